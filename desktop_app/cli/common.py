"""What every `neutrohold` command shares: exit codes, the usage-error parser, common options, error reporting.

Imports only the standard library at the top: building the parser must not load a domain module.
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn

EXIT_OK, EXIT_CHECK_FAILED, EXIT_BAD_INPUT = 0, 1, 2
LOG_HELP = "the case log: add, list, show, export, import, backup, verify, replay"
DB_HELP = "case log file (default: $NEUTROHOLD_DB, else the user data folder)"
OVERRIDES_HELP = "site overrides TOML (default: the user config folder)"
Handler = Callable[[argparse.Namespace], int]
# What add_parser returns on the object add_subparsers gives (argparse's private _SubParsersAction).
Verbs = Any


class UsageError(Exception):
    """The command line itself is wrong (unknown option, missing argument)."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def iso_moment(text: str) -> datetime:
    """argparse type for --as-of and similar: an ISO date-time, or a one-line usage error."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO date-time such as 2026-11-24T09:30") from None


def add_db_option(parser: argparse.ArgumentParser, keep_earlier: bool = True) -> None:
    """--db PATH. `keep_earlier` (SUPPRESS) keeps a `neutrohold --db X log ...` given before the command from being reset."""
    default = argparse.SUPPRESS if keep_earlier else None
    parser.add_argument("--db", type=Path, default=default, metavar="PATH", help=DB_HELP)


def add_overrides_option(parser: argparse.ArgumentParser, keep_earlier: bool = True) -> None:
    """--overrides FILE, the site's threshold overrides (see add_db_option for `keep_earlier`)."""
    default = argparse.SUPPRESS if keep_earlier else None
    parser.add_argument("--overrides", type=Path, default=default, metavar="FILE", help=OVERRIDES_HELP)


def add_log_options(parser: argparse.ArgumentParser, handler: Handler, overrides: bool = False, language: bool = True) -> None:
    """--db (and --overrides, --language) for a command that opens the case log, whose failures become one line."""
    if overrides:
        add_overrides_option(parser)
    add_db_option(parser)
    if language:
        add_message_language_option(parser)
    parser.set_defaults(handler=reporting_log_errors(handler))


def add_message_language_option(parser: argparse.ArgumentParser) -> None:
    """--language CODE for a command whose output is messages (no printout)."""
    parser.add_argument(
        "--language", type=spoken_language, metavar="CODE",
        help="language of the messages: en, es, fr, de (default: the window's, else English)",
    )  # fmt: skip


def spoken_language(text: str) -> str:
    """argparse type for a messages' --language: a language NeutroHold speaks (es, ES, es-MX...), or a usage error."""
    from desktop_app.services.languages import spoken_code

    code = spoken_code(text)
    if code is None:
        from desktop_app.wording.app_texts import spoken_languages

        raise argparse.ArgumentTypeError(f"{text!r} is not a language NeutroHold speaks ({', '.join(spoken_languages())})")
    return code


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
    parser.add_argument(
        "--language", metavar="CODE",
        help="language of the printout and text summary: en, es, fr, de... (default: the window's, when the pack has it)",
    )  # fmt: skip


_requested_language: str | None = None


def use_language(requested: str | None) -> None:
    """The language this command's messages are asked in (its --language), before any message is said."""
    global _requested_language
    _requested_language = requested
    message_language.cache_clear()


@functools.cache
def message_language() -> str:
    """The language of this command's messages: its --language when NeutroHold speaks it, else the window's
    (Preferences, else the system's), else English. Read only when a message is said."""
    from desktop_app.services.languages import message_language as chosen

    return chosen(_requested_language)


def words(key: str, section: str = "cli.", **params: object) -> str:
    """One of the command line's sentences (wording/app/<lang>.toml, `cli.<key>`; another `section` of the
    app's words, such as "" for a printout word) in the message language."""
    from desktop_app.wording.app_texts import app_texts

    return app_texts(message_language())[f"{section}{key}"].format(**params)


def complain(line: str) -> None:
    """One line on stderr, prefixed with the program's name."""
    print(f"neutrohold: {line}", file=sys.stderr)


def invalid_input(field: str, exc: Any) -> None:
    """The one stderr line for input that cannot be used: the field, then why, in the message language."""
    from desktop_app.wording.errors import reason_text

    complain(f"{words('invalid_input')}: {field}: {reason_text(exc, message_language())}")


def say(line: str) -> None:
    """One line of output, flushed at once so a reader sees each recorded case as it commits."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def reporting_log_errors(handler: Handler) -> Handler:
    """Turn a case log that cannot be used into one line on stderr and an exit code, never a traceback."""

    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        import sqlite3

        from desktop_app.caselog.store import CaseLogError

        try:
            return handler(args)
        except CaseLogError as exc:
            print(f"neutrohold: {exc}", file=sys.stderr)
            return exc.exit_code
        except sqlite3.DatabaseError as exc:
            if not _is_damage(exc):
                complain(words("log_unusable", why=exc))
                return EXIT_CHECK_FAILED
            # A damaged page found while reading (the open skips the full check of a log as NeutroHold left it).
            from desktop_app.services import caselog

            damaged = caselog.damaged_log(caselog.caselog_path(getattr(args, "db", None)), str(exc))
            print(f"neutrohold: {damaged}", file=sys.stderr)
            return damaged.exit_code
        except sqlite3.Error as exc:
            complain(words("log_unusable", why=exc))
            return EXIT_CHECK_FAILED
        except OSError as exc:
            name = f" {exc.filename}" if exc.filename else ""
            complain(words("file_unusable", name=name, why=exc.strerror or exc))
            return EXIT_CHECK_FAILED

    return run


def _is_damage(exc: Exception) -> bool:
    """SQLite's words for a file whose pages do not read as a database, or a case document that does not decompress."""
    from desktop_app.caselog.records import DocumentUnreadable

    text = str(exc).lower()
    return isinstance(exc, DocumentUnreadable) or any(
        words in text for words in ("malformed", "not a database", "corrupt", "file is not")
    )


def report_domain_error(exc: ValueError) -> int | None:
    """Bad input, a bad pack or a refused pack as one line on stderr and its exit code; None for any other error."""
    # Imported only now: the window's start-up must not wait for the domain modules.
    from desktop_app.engine import PackRefused
    from desktop_app.knowledge import PackError
    from desktop_app.models import InputError

    if isinstance(exc, InputError):
        invalid_input(exc.field, exc)
        return EXIT_BAD_INPUT
    if isinstance(exc, PackError):
        print(f"neutrohold: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if isinstance(exc, PackRefused):
        print(f"neutrohold: {exc}", file=sys.stderr)
        return EXIT_CHECK_FAILED
    return None
