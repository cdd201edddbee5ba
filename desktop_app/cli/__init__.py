"""Command-line front end: `neutrohold evaluate`, `packs`, `log ...`, and the desktop window by default.

The package is layered (pyproject.toml [tool.importlinter]): this module assembles the parser and
runs a command; each verb module (evaluate, labs, due, log, installation) builds its own options and
handlers; common holds what they share. Only the standard library is imported before a command runs.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from desktop_app import __version__
from desktop_app.cli.common import EXIT_BAD_INPUT, LOG_HELP, Parser, UsageError, report_domain_error, use_language
from desktop_app.cli.due import add_due_command
from desktop_app.cli.evaluate import add_evaluate_command
from desktop_app.cli.installation import add_gui_options, add_installation_commands, self_test, window
from desktop_app.cli.labs import add_labs_command

__all__ = ["build_parser", "main"]


def build_parser(argv: Sequence[str] = ("log",)) -> Parser:
    """The whole command line; the `log` commands are built only when `argv` may name them.

    Building the dozen `log` sub-parsers takes about as long as the rest of the command's start-up, so
    the window (`neutrohold` alone) gets a stand-in `log` entry that shows in --help and nothing more.
    """
    parser = Parser(
        prog="neutrohold",
        description="Offline decision support: withhold or resume the drug of a knowledge pack in neutropenia with a viral URTI.",
    )
    parser.add_argument("--version", action="version", version=f"neutrohold {__version__}")
    parser.add_argument(
        "--self-test", action="store_true", help="check this installation (packs, log, printing, offline) and exit"
    )
    parser.add_argument("--portable", action="store_true", help="keep the case log and settings beside the app (USB stick)")
    verbs = parser.add_subparsers(dest="verb", metavar="COMMAND")
    add_evaluate_command(verbs)
    add_labs_command(verbs)
    add_due_command(verbs)
    add_installation_commands(verbs)
    add_gui_options(parser)
    if "log" in argv:
        from desktop_app.cli.log import add_log_commands

        add_log_commands(verbs)
    else:
        verbs.add_parser("log", help=LOG_HELP)
    return parser


def main(argv: list[str] | None = None) -> int:
    # No third-party pydantic plugin sees a case (patient data stays in the app), and start-up skips pydantic's
    # scan of every installed package's entry points for one (about a tenth of `log list`'s import time).
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    if argv is None:
        argv = sys.argv[1:]
    parser = build_parser(argv)
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        print(f"neutrohold: {exc} (see neutrohold --help)", file=sys.stderr)
        return EXIT_BAD_INPUT
    use_language(getattr(args, "language", None))
    if args.portable:
        from desktop_app.services.locations import enable_portable_mode

        enable_portable_mode()
    if args.self_test:
        args.handler = self_test
    elif args.verb is None:
        args.handler = window
    try:
        return args.handler(args)
    except KeyboardInterrupt:
        return 130
    except ValueError as exc:
        status = report_domain_error(exc)
        if status is None:
            raise
        return status
