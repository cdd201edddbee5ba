"""Command-line front end: `neutrohold evaluate`, `packs`, `log ...`, and the desktop window by default."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import NoReturn

from desktop_app import __version__

EXIT_OK, EXIT_CHECK_FAILED, EXIT_BAD_INPUT = 0, 1, 2
LOG_HELP = "the case log: add, list, show, export, import, backup, verify, replay"


class UsageError(Exception):
    """The command line itself is wrong (unknown option, missing argument)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def iso_moment(text: str) -> datetime:
    """argparse type for --as-of and similar: an ISO date-time, or a one-line usage error."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO date-time such as 2026-11-24T09:30") from None


def build_parser(argv: Sequence[str] = ("log",)) -> argparse.ArgumentParser:
    """The whole command line; the `log` commands are built only when `argv` may name them.

    Building the dozen `log` sub-parsers takes about as long as the rest of the command's start-up, so
    the window (`neutrohold` alone) gets a stand-in `log` entry that shows in --help and nothing more.
    """
    parser = _Parser(
        prog="neutrohold",
        description="Offline decision support: withhold or resume anakinra in neutropenia with a viral URTI.",
    )
    parser.add_argument("--version", action="version", version=f"neutrohold {__version__}")
    parser.add_argument(
        "--self-test", action="store_true", help="check this installation (packs, log, printing, offline) and exit"
    )
    parser.add_argument("--portable", action="store_true", help="keep the case log and settings beside the app (USB stick)")
    verbs = parser.add_subparsers(dest="verb", metavar="COMMAND")
    from desktop_app.cli_labs import add_evaluate_options, add_labs_command

    evaluate = verbs.add_parser("evaluate", help="evaluate one case file and print the recommendation")
    evaluate.add_argument("case", type=Path, metavar="CASE.json", help="case file (JSON, case contract v1)")
    evaluate.add_argument(
        "--as-of", type=iso_moment, metavar="ISO", help="moment of evaluation (default: the case's as_of, else now)"
    )
    evaluate.add_argument(
        "--format", choices=("json", "text", "fhir"), default="json", help="output format (default json; fhir: an R4 Bundle)"
    )
    evaluate.add_argument("--overrides", type=Path, metavar="FILE", help="site overrides TOML (default: the user config folder)")
    add_pack_option(evaluate)
    evaluate.add_argument("--ics", type=Path, metavar="FILE", help="also write the monitoring schedule as a new iCalendar file")
    add_print_options(evaluate)
    add_evaluate_options(evaluate)
    evaluate.set_defaults(handler=_evaluate)
    add_labs_command(verbs)

    due = verbs.add_parser("due", help="the follow-up worklist: counts due or overdue, patients to review, stale counts")
    due.add_argument("--as-of", type=iso_moment, metavar="ISO", help="the moment to draw the worklist up for (default now)")
    due.add_argument("--json", action="store_true", help="print the worklist as JSON (worklist contract v1, see README)")
    due.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="also write a printable worklist (30 rows a page)")
    due.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default a4)")
    due.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="PATH",
        help="case log file (default: $NEUTROHOLD_DB, else the user data folder)",
    )
    due.add_argument(
        "--overrides",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="FILE",
        help="site overrides TOML (default: the user config folder)",
    )
    due.set_defaults(handler=_due)

    packs = verbs.add_parser("packs", help="list installed knowledge packs and re-run their golden cases")
    packs.set_defaults(handler=_packs)

    gui = verbs.add_parser("gui", help="open the desktop window (the default when no command is given)")
    _add_gui_options(gui)
    gui.set_defaults(handler=_gui)
    _add_gui_options(parser)
    if "log" in argv:
        from desktop_app.cli_log import add_log_commands

        add_log_commands(verbs)
    else:
        verbs.add_parser("log", help=LOG_HELP)
    return parser


def add_pack_option(parser: argparse.ArgumentParser) -> None:
    """--pack ID: the knowledge pack to evaluate with (see `neutrohold packs`)."""
    parser.add_argument(
        "--pack",
        metavar="ID",
        help="knowledge pack to evaluate with (default: the case's pack field, else the only or default pack)",
    )


def add_print_options(parser: argparse.ArgumentParser, required: bool = False) -> None:
    """--pdf and how to print it; shared by `evaluate` and `log print`."""
    parser.add_argument("--pdf", type=Path, metavar="OUT.pdf", required=required, help="also write a printable PDF here")
    parser.add_argument(
        "--audience", choices=("clinician", "patient"), default="clinician", help="clinician summary or patient handout"
    )
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default a4)")
    parser.add_argument("--large-print", action="store_true", help="patient handout in large print")


def _add_gui_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", type=Path, metavar="PATH", help="case log file (default: $NEUTROHOLD_DB, else the user data folder)"
    )
    parser.add_argument("--overrides", type=Path, metavar="FILE", help="site overrides TOML (default: the user config folder)")


def _gui(args: argparse.Namespace) -> int:
    from desktop_app.gui.app import run

    return run(args)


def _evaluate(args: argparse.Namespace) -> int:
    from desktop_app.cli_labs import with_labs, write_fhir
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


def _due(args: argparse.Namespace) -> int:
    from desktop_app.cli_log import reporting_log_errors

    return reporting_log_errors(_due_list)(args)


def _due_list(args: argparse.Namespace) -> int:
    from desktop_app.reports.worklist import ITEM_WORDS, how_late
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
            f"{row.patient_ref:<16}  {ITEM_WORDS[row.item]:<26}  {row.due_at:%Y-%m-%d %H:%M}  {how_late(row.overdue_minutes):<14}  "
            f"{row.decision:<8}  {row.anc_cells_per_uL:>6}  {row.evaluation_id}"
        )
    print(f"{found.count} items as of {found.as_of:%Y-%m-%d %H:%M}")
    return EXIT_OK


def _self_test(args: argparse.Namespace) -> int:
    from desktop_app.services.selftest import run_checks

    passed = failed = 0
    for result in run_checks(getattr(args, "overrides", None)):
        print(f"{'PASS' if result.passed else 'FAIL'}  {result.name}: {result.detail}", flush=True)
        passed += result.passed
        failed += not result.passed
    print(f"self-test: {passed} passed, {failed} failed")
    return EXIT_OK if failed == 0 else EXIT_CHECK_FAILED


def _packs(args: argparse.Namespace) -> int:
    from desktop_app.services.locations import site_packs_dir
    from desktop_app.services.packs import check_installed_packs, choose_pack_id

    try:
        default = choose_pack_id(None)
    except ValueError:
        default = None
    site = site_packs_dir()
    for pack, report in check_installed_packs():
        where = "site" if Path(pack.source).parent == site else "shipped"
        mark = "  (default)" if pack.content.id == default else ""
        print(
            f"{pack.content.id} {pack.content.version}  sha256 {pack.sha256[:12]}  "
            f"golden cases {report.golden_passed} passed  grid {report.grid_cells} cells  ok  {where}{mark}  ({pack.source})"
        )
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    parser = build_parser(argv)
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        print(f"neutrohold: {exc} (see neutrohold --help)", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.portable:
        from desktop_app.services.locations import enable_portable_mode

        enable_portable_mode()
    if args.self_test:
        args.handler = _self_test
    elif args.verb is None:
        args.handler = _gui
    try:
        return args.handler(args)
    except KeyboardInterrupt:
        return 130
    except ValueError as exc:
        # Imported only now: the window's start-up must not wait for the domain modules.
        from desktop_app.engine import PackRefused
        from desktop_app.knowledge import PackError
        from desktop_app.models import InputError

        if isinstance(exc, InputError):
            print(f"neutrohold: invalid input: {exc.field}: {exc.message}", file=sys.stderr)
            return EXIT_BAD_INPUT
        if isinstance(exc, PackError):
            print(f"neutrohold: {exc}", file=sys.stderr)
            return EXIT_BAD_INPUT
        if isinstance(exc, PackRefused):
            print(f"neutrohold: {exc}", file=sys.stderr)
            return EXIT_CHECK_FAILED
        raise
