"""Fixtures for the case log: a fresh log per test and evaluated example cases to record in it."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from desktop_app.services.evaluation import evaluate
from desktop_app.models import CaseInput, Recommendation, parse_case
from desktop_app.services import caselog
from tests.conftest import EXAMPLES

Evaluated = tuple[CaseInput, Recommendation]


@pytest.fixture
def log_path(tmp_path: Path) -> Path:
    return tmp_path / "logs" / "caselog.db"


@pytest.fixture
def log(log_path: Path) -> Iterator[caselog.CaseLog]:
    with caselog.open_log(log_path) as opened:
        yield opened


@pytest.fixture
def evaluated(pack, as_of: datetime) -> Callable[..., Evaluated]:
    """Evaluate an example file (by stem), optionally with fields changed, at the fixed moment."""

    def make(stem: str = "recovering", **changes) -> Evaluated:
        data = json.loads((EXAMPLES / f"{stem}.json").read_text(encoding="utf-8"))
        data.update(changes)
        case = parse_case(data)
        return case, evaluate(case, pack, as_of)

    return make


@pytest.fixture
def example_stems() -> list[str]:
    return sorted(path.stem for path in EXAMPLES.glob("*.json"))
