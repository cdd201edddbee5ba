"""`neutrohold evaluate CASE.json`: one case evaluated and printed (JSON, text or FHIR), with a PDF or calendar beside it."""

from __future__ import annotations

import argparse
import json
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


def add_evaluate_command(verbs: Verbs) -> None:
    evaluate = verbs.add_parser("evaluate", help="evaluate one case file and print the recommendation")
    evaluate.add_argument("case", type=Path, metavar="CASE.json", help="case file (JSON, case contract v1)")
    evaluate.add_argument(
        "--as-of", type=iso_moment, metavar="ISO", help="moment of evaluation (default: the case's as_of, else now)"
    )
    evaluate.add_argument(
        "--format", choices=("json", "text", "fhir"), default="json", help="output format (default json; fhir: an R4 Bundle)"
    )
    add_overrides_option(evaluate, keep_earlier=False)
    add_pack_option(evaluate)
    evaluate.add_argument("--ics", type=Path, metavar="FILE", help="also write the monitoring schedule as a new iCalendar file")
    add_print_options(evaluate)
    add_evaluate_options(evaluate)
    evaluate.set_defaults(handler=_evaluate)


def _evaluate(args: argparse.Namespace) -> int:
    from desktop_app.cli.labs import with_labs, write_fhir
    from desktop_app.reports.text import render_text
    from desktop_app.services.evaluation import evaluate_data, read_case_file
    from desktop_app.services.packs import pack_for_case

    data = with_labs(read_case_file(args.case), args)
    pack = pack_for_case(data, args.pack, args.overrides)
    case, rec = evaluate_data(data, pack, args.as_of, datetime.now().astimezone())
    if args.pdf is not None:
        from desktop_app.services.printing import write_pdf

        write_pdf(case, rec, args.pdf, args.audience, args.paper, args.large_print, pack=pack)
    if args.ics is not None:
        status = write_ics(case.patient_ref, rec, args.ics)
        if status != EXIT_OK:
            return status
    if args.format == "fhir":
        write_fhir(case, rec, pack, args.with_pdf)
    elif args.format == "json":
        sys.stdout.write(json.dumps(rec.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(render_text(case, rec))
    return EXIT_OK


def write_ics(patient_ref: str, rec: object, out: Path) -> int:
    """Write a recommendation's schedule as iCalendar; a file that cannot be written is one line and exit 1."""
    from desktop_app.caselog.store import CaseLogError
    from desktop_app.services.calendar import write_calendar

    try:
        write_calendar(patient_ref, rec, out)  # type: ignore[arg-type]
    except CaseLogError as exc:
        print(f"neutrohold: {exc}", file=sys.stderr)
        return exc.exit_code
    return EXIT_OK
