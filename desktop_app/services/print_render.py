"""Lay out and paint a printout in a separate process, so the window's GUI thread is never held by it.

QTextDocument.setHtml and drawContents keep Python's lock while they run (up to a quarter of a
second per printout), so doing them on a worker thread still froze the window. A spawned child
process builds the document and returns the finished PDF; the caller (on the window's runner)
only waits, which releases the lock. The same PDF then goes to the spooler or to "Print to File".
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from desktop_app.knowledge import Pack
    from desktop_app.models import CaseInput, Recommendation
    from desktop_app.reports.context import PrintContext
    from desktop_app.services.worklist import Worklist

RENDER_TIMEOUT_S = 120.0


@dataclass(frozen=True)
class PageSetup:
    """A page layout in plain numbers (Qt objects do not cross processes)."""

    size_id: int  # QPageSize.PageSizeId value; Custom (-1 here) uses size_mm
    size_mm: tuple[float, float]
    landscape: bool
    margins_mm: tuple[float, float, float, float]  # left, top, right, bottom


@dataclass(frozen=True)
class RenderJob:
    case: CaseInput
    recommendation: Recommendation
    audience: Literal["clinician", "patient"]
    large_print: bool
    context: PrintContext
    pack: Pack | None
    page: PageSetup
    first: int = 1
    last: int | None = None


@dataclass(frozen=True)
class WorklistJob:
    """The follow-up worklist (reports/worklist.py, 30 rows a page) on a page layout."""

    worklist: Worklist
    page: PageSetup
    first: int = 1
    last: int | None = None
    language: str = "en"


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    total_pages: int  # of the whole printout
    pages: int  # in this PDF (a chosen range may be fewer)


def render(job: RenderJob | WorklistJob) -> Rendered:
    """Build and paint the printout in this process (the child's work; also usable directly)."""
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize

    from desktop_app.reports.pdf import pdf_pages

    if isinstance(job, WorklistJob):
        from desktop_app.services.worklist import build_document as build_worklist

        document = build_worklist(job.worklist, job.language)
    else:
        from desktop_app.services.printing import build_document

        document = build_document(job.case, job.recommendation, job.audience, job.large_print, job.context, job.pack)
    page = job.page
    size = (
        QPageSize(QPageSize.PageSizeId(page.size_id))
        if page.size_id >= 0
        else QPageSize(QSizeF(*page.size_mm), QPageSize.Unit.Millimeter)
    )
    orientation = QPageLayout.Orientation.Landscape if page.landscape else QPageLayout.Orientation.Portrait
    layout = QPageLayout(size, orientation, QMarginsF(*page.margins_mm), QPageLayout.Unit.Millimeter)
    pdf, total = pdf_pages(document, layout, job.first, job.last)
    first = min(max(job.first, 1), total)
    last = total if job.last is None else min(max(job.last, first), total)
    return Rendered(pdf, total, last - first + 1)


def _render_in_child(job: RenderJob | WorklistJob) -> Rendered:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the child draws into a PDF; it opens no window
    if hasattr(os, "nice"):
        os.nice(10)  # on a busy workstation the window, not the printout, gets the processor first
    return render(job)


def render_elsewhere(job: RenderJob | WorklistJob, timeout: float = RENDER_TIMEOUT_S) -> Rendered:
    """`render` in a fresh spawned process; blocks the calling (worker) thread only, without the GIL held."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        future = pool.submit(_render_in_child, job)
        try:
            return future.result(timeout=timeout)
        except FutureTimeout:
            for process in list(getattr(pool, "_processes", {}).values()):
                process.kill()
            raise OSError(f"laying out the printout took longer than {timeout:g} s; nothing was printed") from None
        except BrokenProcessPool:
            raise OSError("the process laying out the printout stopped unexpectedly; nothing was printed") from None
