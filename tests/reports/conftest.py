"""Fixtures for the printout tests: evaluated vignettes, and PDFs written through the service and read back."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desktop_app.services.evaluation import evaluate
from desktop_app.models import CaseInput, Recommendation, parse_case
from desktop_app.reports.context import PrintContext
from desktop_app.services.printing import write_pdf
from tests.conftest import EXAMPLES

EXAMPLE_NAMES = sorted(path.stem for path in EXAMPLES.glob("*.json"))
PRINTED_AT = datetime(2026, 11, 24, 12, 5)
# PDF points of each paper size, portrait.
PAPER_POINTS = {"a4": (595.3, 841.9), "letter": (612.0, 792.0)}

Evaluated = tuple[CaseInput, Recommendation]


def flat(text: str) -> str:
    """Text with every run of whitespace (pypdf puts tabs between words) made one space."""
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class PrintedPdf:
    path: Path
    reader: PdfReader
    pages: list[str]

    @property
    def text(self) -> str:
        return " ".join(self.pages)

    def page_size(self, index: int) -> tuple[float, float]:
        box = self.reader.pages[index].mediabox
        return float(box.width), float(box.height)


def read_pdf(path: Path) -> PrintedPdf:
    reader = PdfReader(path)
    return PrintedPdf(path, reader, [flat(page.extract_text()) for page in reader.pages])


@pytest.fixture
def evaluated(pack, as_of: datetime) -> Callable[..., Evaluated]:
    """Evaluate an example file (by stem) or raw case data at the fixed moment, with any pack."""

    def make(source: str | dict[str, Any] = "recovering", with_pack=None, **changes: Any) -> Evaluated:
        data = json.loads((EXAMPLES / f"{source}.json").read_text(encoding="utf-8")) if isinstance(source, str) else source
        case = parse_case({**data, **changes})
        return case, evaluate(case, with_pack or pack, as_of)

    return make


@pytest.fixture
def printed(qapp, tmp_path: Path, pack) -> Callable[..., PrintedPdf]:
    """Write a printout through the print service into the test's folder and read it back."""
    written = iter(range(1_000_000))

    def make(
        case: CaseInput,
        rec: Recommendation,
        audience: str = "clinician",
        paper: str = "a4",
        large_print: bool = False,
        context: PrintContext | None = None,
    ) -> PrintedPdf:
        out = tmp_path / f"{audience}-{paper}-{next(written)}.pdf"
        context = context or PrintContext(printed_at=PRINTED_AT)
        assert write_pdf(case, rec, out, audience, paper, large_print, context, pack=pack) == out
        return read_pdf(out)

    return make
