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
    add_db_option(due)
    add_overrides_option(due)
    due.set_defaults(handler=reporting_log_errors(_due_list))


def _due_list(args: argparse.Namespace) -> int:
    from desktop_app.reports.worklist import how_late, item_count, item_words
    from desktop_app.services import caselog, worklist
    from desktop_app.services.packs import open_pack

    pack = open_pack(getattr(args, "overrides", None))
    with caselog.open_reader(getattr(args, "db", None)) as log:
        found = worklist.build(log, pack, args.as_of)
    if args.pdf is not None:
        worklist.write_pdf(found, args.pdf, args.paper)
    if args.json:
        sys.stdout.write(worklist.as_json(found) + "\n")
        return EXIT_OK
    if not found.items:
        print(f"nothing is due as of {found.as_of:%Y-%m-%d %H:%M}")
        return EXIT_OK
    print(f"{'PATIENT':<16}  {'ITEM':<26}  {'DUE':<16}  {'HOW LATE':<14}  {'DECISION':<8}  {'ANC':>6}  CASE")
    for row in found.items:
        print(
            f"{row.patient_ref:<16}  {item_words(row.item):<26}  {row.due_at:%Y-%m-%d %H:%M}  {how_late(row.overdue_minutes):<14}  "
            f"{row.decision:<8}  {row.anc_cells_per_uL:>6}  {row.evaluation_id}"
        )
    print(f"{item_count(found.count)} as of {found.as_of:%Y-%m-%d %H:%M}")
    return EXIT_OK
