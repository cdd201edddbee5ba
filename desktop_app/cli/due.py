"""`neutrohold due`: the follow-up worklist (counts due or overdue, patients to review, stale counts)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.cli.common import EXIT_OK, Verbs, add_db_option, add_overrides_option, iso_moment, reporting_log_errors


def add_due_command(verbs: Verbs) -> None:
    due = verbs.add_parser("due", help="the follow-up worklist: counts due or overdue, patients to review, stale counts")
    due.add_argument("--as-of", type=iso_moment, metavar="ISO", help="the moment to draw the worklist up for (default now)")
    due.add_argument("--json", action="store_true", help="print the worklist as JSON (worklist contract v1, see README)")
    due.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="also write a printable worklist (30 rows a page)")
    due.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default a4)")
    due.add_argument(
        "--language", metavar="CODE",
        help="language of the listing and the PDF: en, es, fr, de... (default: the window's, when the pack has it)",
    )  # fmt: skip
    add_db_option(due)
    add_overrides_option(due)
    due.set_defaults(handler=reporting_log_errors(_due_list))


def _due_list(args: argparse.Namespace) -> int:
    from desktop_app.reports.worklist import how_late, item_count, item_words
    from desktop_app.services import caselog, worklist
    from desktop_app.services.languages import printout_language
    from desktop_app.services.packs import open_pack
    from desktop_app.wording.formats import moment_text
    from desktop_app.wording.render import app_catalogue

    pack = open_pack(getattr(args, "overrides", None))
    language = printout_language(args.language, pack)  # before the log is read: a bad code reads nothing
    with caselog.open_reader(getattr(args, "db", None)) as log:
        found = worklist.build(log, pack, args.as_of)
    if args.pdf is not None:
        worklist.write_pdf(found, args.pdf, args.paper, language)
    if args.json:
        sys.stdout.write(worklist.as_json(found) + "\n")
        return EXIT_OK
    words = app_catalogue(language).texts
    as_of = moment_text(found.as_of, "clinic_moment", language)
    if not found.items:
        print(words["worklist.nothing_due_as_of"].format(moment=as_of))
        return EXIT_OK
    heads = [
        words[f"worklist.column.{name}"].upper() for name in ("patient", "item", "due", "how_late", "decision", "anc", "case")
    ]
    lines = [
        (
            row.patient_ref, item_words(row.item, language), moment_text(row.due_at, "clinic_moment", language),
            how_late(row.overdue_minutes, language), row.decision, str(row.anc_cells_per_uL), row.evaluation_id,
        )
        for row in found.items
    ]  # fmt: skip
    # Columns as wide as their longest entry (at least the English widths, so English reads as it always has).
    widths = [max([least, len(heads[at])] + [len(line[at]) for line in lines]) for at, least in enumerate((16, 26, 16, 14, 8, 6))]
    for line in [tuple(heads), *lines]:
        cells = [line[at].rjust(width) if at == 5 else line[at].ljust(width) for at, width in enumerate(widths)]
        print("  ".join([*cells, line[6]]))
    print(words["worklist.count_as_of"].format(items=item_count(found.count, language), moment=as_of))
    return EXIT_OK
