"""Use case: read a case, settle the moment of evaluation, and evaluate it with the pack in force."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop_app import engine
from desktop_app.knowledge import Pack
from desktop_app.models import CaseInput, InputError, Recommendation, loads_case_json, parse_case
from desktop_app.wording import render_recommendation

MAX_CASE_FILE_BYTES = 2 * 1024 * 1024


def read_case_file(path: Path) -> Any:
    """Raw JSON of a case file; InputError (naming the file) when it cannot be read or parsed.

    A UTF-8 byte order mark (Windows Notepad) is accepted; a key given twice is refused.
    """
    try:
        if path.stat().st_size > MAX_CASE_FILE_BYTES:
            raise InputError.of(str(path), "file_too_large", limit=MAX_CASE_FILE_BYTES // (1024 * 1024))
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError.of(str(path), "file_not_found") from None
    except UnicodeDecodeError as exc:
        raise InputError.of(str(path), "not_utf8", at=exc.start) from None
    except OSError as exc:
        raise InputError.of(str(path), "unreadable_file", why=exc.strerror or exc) from None
    return loads_case_json(text, str(path))


def parse_moment(text: str, field: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise InputError.of(field, "iso_moment", given=repr(text)) from None


def evaluate(case: CaseInput, pack: Pack, as_of: datetime, zone: tzinfo | None = None, language: str = "en") -> Recommendation:
    """The engine's recommendation with its messages written out in `language` (default the pack's English)."""
    return render_recommendation(engine.evaluate(case, pack, as_of, zone), pack, language)


@lru_cache(maxsize=1)
def workstation_zone() -> tzinfo:
    """This computer's time zone (IANA, through tzlocal), else its current fixed offset."""
    try:
        import tzlocal

        return tzlocal.get_localzone()
    except Exception:  # noqa: BLE001 - an unreadable zone setting falls back to the offset in force
        return datetime.now(UTC).astimezone().tzinfo or UTC


def settle_as_of(case: CaseInput, as_of: datetime | None, now: datetime) -> datetime:
    """The evaluation moment: the explicit one, else the case's own, else `now`."""
    if as_of is not None:
        return as_of
    if case.as_of is not None:
        return case.as_of
    return now


def evaluate_data(
    data: Any, pack: Pack, as_of: datetime | None, now: datetime, zone: tzinfo | None = None
) -> tuple[CaseInput, Recommendation]:
    """Validate raw case data and evaluate it; InputError names the field of any bad input.

    Naive times are read in the case's zone, else the site's, else `zone` (default: this computer's).
    """
    case = parse_case(data)
    return case, evaluate(case, pack, settle_as_of(case, as_of, now), zone or workstation_zone())
