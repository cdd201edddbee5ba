"""Use case: read a case, settle the moment of evaluation, and evaluate it with the pack in force."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_app.engine import evaluate
from desktop_app.knowledge import Pack
from desktop_app.models import CaseInput, InputError, Recommendation, parse_case, reference_zone


def read_case_file(path: Path) -> Any:
    """Raw JSON of a case file; InputError (naming the file) when it cannot be read or parsed."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(str(path), "file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot be read ({exc})") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(str(path), f"is not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})") from None


def parse_moment(text: str, field: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise InputError(field, f"{text!r} is not an ISO date-time such as 2026-11-24T09:30") from None


def settle_as_of(case: CaseInput, as_of: datetime | None, now: datetime) -> datetime:
    """The evaluation moment: the explicit one, else the case's own, else `now` (aware local time).

    When the case's times are all naive wall-clock times, `now` is used as naive wall-clock time too.
    """
    if as_of is not None:
        return as_of
    if case.as_of is not None:
        return case.as_of
    return now if reference_zone(case, now.replace(tzinfo=None)) is not None else now.replace(tzinfo=None)


def evaluate_data(data: Any, pack: Pack, as_of: datetime | None, now: datetime) -> tuple[CaseInput, Recommendation]:
    """Validate raw case data and evaluate it; InputError names the field of any bad input."""
    case = parse_case(data)
    return case, evaluate(case, pack, settle_as_of(case, as_of, now))
