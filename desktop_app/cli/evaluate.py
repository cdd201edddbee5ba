"""`neutrohold evaluate CASE.json`: one case evaluated and printed (JSON, text or FHIR), with a PDF or calendar beside it."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from desktop_app.cli.common import (
    EXIT_OK,
    Verbs,
    add_overrides_option,
    add_pack_option,
    add_print_options,
    iso_moment,
)
from desktop_app.cli.labs import add_evaluate_options
from desktop_app.services import renderers


def add_evaluate_command(verbs: Verbs) -> None:
    evaluate = verbs.add_parser("evaluate", help="evaluate one case file and print the recommendation")
    evaluate.add_argument("case", type=Path, metavar="CASE.json", help="case file (JSON, case contract v1)")
    evaluate.add_argument(
        "--as-of", type=iso_moment, metavar="ISO", help="moment of evaluation (default: the case's as_of, else now)"
    )
    evaluate.add_argument(
        "--format", choices=renderers.names("one", terminal=True), default="json",
        help="output format (default json; fhir: an R4 Bundle)",
    )  # fmt: skip
    add_overrides_option(evaluate, keep_earlier=False)
    add_pack_option(evaluate)
    evaluate.add_argument("--ics", type=Path, metavar="FILE", help="also write the monitoring schedule as a new iCalendar file")
    add_print_options(evaluate)
    add_evaluate_options(evaluate)
    evaluate.set_defaults(handler=_evaluate)


def _evaluate(args: argparse.Namespace) -> int:
    from desktop_app.cli.labs import with_labs
    from desktop_app.services.evaluation import evaluate_data, read_case_file
    from desktop_app.services.languages import printout_language
    from desktop_app.services.packs import pack_for_case

    data = with_labs(read_case_file(args.case), args)
    pack = pack_for_case(data, args.pack, args.overrides)
    case, rec = evaluate_data(data, pack, args.as_of, datetime.now().astimezone())
    rendering = renderers.Rendering(
        case, rec, pack=pack, audience=args.audience, paper=args.paper, large_print=args.large_print, with_pdf=args.with_pdf,
        language=printout_language(args.language, pack),
    )  # fmt: skip
    if args.pdf is not None:
        renderers.write("pdf", rendering, args.pdf)
    if args.ics is not None:
        status = write_ics(rendering, args.ics)
        if status != EXIT_OK:
            return status
    sys.stdout.write(renderers.render(args.format, rendering).decode("utf-8"))
    return EXIT_OK


def write_ics(rendering: renderers.Rendering, out: Path) -> int:
    """Write a recommendation's schedule as iCalendar; a file that cannot be written is one line and exit 1."""
    from desktop_app.caselog.store import CaseLogError

    try:
        renderers.write("ics", rendering, out)
    except CaseLogError as exc:
        print(f"neutrohold: {exc}", file=sys.stderr)
        return exc.exit_code
    return EXIT_OK
