"""Lay an HTML printout out as pages with the bundled font, and paint it to a PDF or a printer with page footers."""

from __future__ import annotations

import contextlib
from html import unescape
import functools
import os
import re
import tempfile
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QBuffer, QIODevice, QLineF, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPagedPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtPrintSupport import QPrinter

Paper = Literal["a4", "letter"]
PAPER: dict[str, QPageSize.PageSizeId] = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
FONT_FILES = ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf")  # the printouts use no italics
MARGINS_MM = QMarginsF(14, 11, 14, 9)
FOOTER_FONT_PT = 7.5  # smallest footer; a large-print document gets a proportionally larger one
FOOTER_LINES_WITH_NOTICE = 5.0  # the rule, the title line, and two lines of review notice


@functools.cache
def bundled_font_family() -> str:
    """Register the bundled font with Qt (once) and return its family name.

    Read through importlib.resources so it also works from a zip or a frozen build. Fails loudly:
    a silent fallback to whatever the workstation has would change the layout of every printout.
    """
    if QGuiApplication.instance() is None:
        raise RuntimeError("a QGuiApplication must exist before the print font can be registered")
    folder = resources.files("desktop_app.resources") / "fonts"
    families = set()
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFontFromData((folder / name).read_bytes())
        if font_id < 0:
            raise RuntimeError(f"the bundled font {name} could not be loaded")
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    if len(families) != 1:
        raise RuntimeError(f"the bundled font files name {len(families)} families, expected one")
    return families.pop()


def text_document(html: str, images: Mapping[str, QImage], base_pt: float) -> QTextDocument:
    """A QTextDocument of `html` in the bundled font, with the pictures it refers to attached."""
    document = QTextDocument()
    font = QFont(bundled_font_family())
    font.setPointSizeF(base_pt)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    for url, image in images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
    document.setHtml(html)
    # What the footers say (reports/html.py writes it in the head, in the printout's language).
    for name, content in _FOOTER_META.findall(html):
        document.setProperty(name, unescape(content))
    return document


_FOOTER_META = re.compile(r'<meta name="(neutrohold-[a-z-]+)" content="([^"]*)"/>')
PAGE_LABEL_PROPERTY = "neutrohold-page-label"
REVIEW_NOTICE_PROPERTY = "neutrohold-review-notice"


def footer_words(document: QTextDocument) -> tuple[str, str | None]:
    """The page label template ("Page {page} of {total}") and the review notice (None when reviewed)."""
    label = document.property(PAGE_LABEL_PROPERTY)
    notice = document.property(REVIEW_NOTICE_PROPERTY)
    return (str(label) if label else "Page {page} of {total}", str(notice) if notice else None)


def page_layout(paper: Paper) -> QPageLayout:
    return QPageLayout(QPageSize(PAPER[paper]), QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter)


def paint_pages(document: QTextDocument, device: QPagedPaintDevice, first: int = 1, last: int | None = None) -> int:
    """Paint pages `first`..`last` of `document` onto a PDF writer or printer, each with its footer.

    The document is laid out again for the device's own resolution and paper (on a copy, so the
    caller's document keeps its layout). Returns the total page count, which the footers show.
    """
    laid_out = document.clone()
    dpi = device.logicalDpiY()
    body = device.pageLayout().paintRectPixels(dpi)
    footer_pt = max(FOOTER_FONT_PT, document.defaultFont().pointSizeF() * 0.7)
    page_label, notice = footer_words(document)
    footer = footer_pt * (FOOTER_LINES_WITH_NOTICE if notice else 2.2) * dpi / 72  # room for an unreviewed translation's notice
    laid_out.documentLayout().setPaintDevice(device)
    laid_out.setPageSize(QSizeF(body.width(), body.height() - footer))
    keep_headings_with_next(laid_out)
    total = laid_out.pageCount()
    title = document.metaInformation(QTextDocument.MetaInformation.DocumentTitle)
    page_height = laid_out.pageSize().height()
    first = min(max(first, 1), total)
    last = total if last is None else min(max(last, first), total)

    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or PDF file could not be opened for painting")
    try:
        for page in range(first, last + 1):
            if page > first and not device.newPage():
                raise OSError("the printer refused a new page")
            painter.save()
            painter.translate(0, -(page - 1) * page_height)
            # One device pixel less at each edge: a line starting exactly on a page boundary would
            # otherwise also be drawn, clipped but still searchable, on the page before.
            laid_out.drawContents(painter, QRectF(0, (page - 1) * page_height + 1, body.width(), page_height - 2))
            painter.restore()
            band = QRectF(0, body.height() - footer, body.width(), footer)
            _footer(painter, band, footer_pt, title, page_label.format(page=page, total=total), notice)
    except BaseException:
        painter.end()
        raise
    # Ending the painter is when a printer or PDF file takes the job; a false result means it did not.
    if not painter.end():
        raise OSError("the printer or PDF file did not accept the job; nothing was printed")
    return total


def keep_headings_with_next(document: QTextDocument) -> None:
    """Start a new page before any heading that the layout left alone at the foot of a page.

    QTextDocument knows no "keep with next"; one forward pass suffices because moving a heading
    only changes the layout after it.
    """
    page_height = document.pageSize().height()
    # Lay the whole document out first: layout is lazy, and changing a format part-way through an
    # incremental layout can leave later blocks unplaced (they then print nowhere).
    document.documentLayout().documentSize()
    block = document.begin()
    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel() and following.isValid():
            # What the heading introduces: the next block, and after a one-line lead-in the one after.
            introduced = [following]
            if following.layout().lineCount() <= 1 and following.next().isValid():
                introduced.append(following.next())
            page = _page_of(document, block, page_height)
            if any(_page_of(document, later, page_height) > page for later in introduced):
                heading = block.blockFormat()
                heading.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(heading)
                document.documentLayout().documentSize()
        block = following


def _page_of(document: QTextDocument, block: QTextBlock, page_height: float) -> int:
    """The page (from 0) on which the block's first line is drawn."""
    box = document.documentLayout().blockBoundingRect(block)  # first: it lays out what a change undid
    layout = block.layout()
    first_line = layout.lineAt(0).y() if layout.lineCount() else 0.0
    return int((box.top() - layout.boundingRect().top() + first_line) // page_height)


def _footer(painter: QPainter, band: QRectF, size_pt: float, title: str, page_label: str, notice: str | None = None) -> None:
    font = QFont(bundled_font_family())
    font.setPointSizeF(size_pt)
    painter.setFont(font)
    painter.setPen(QPen(Qt.GlobalColor.black, 0))
    line = band.height() / (FOOTER_LINES_WITH_NOTICE if notice else 2.2)  # one footer line, in device pixels
    rule_y = band.top() + line * 0.66
    painter.drawLine(QLineF(band.left(), rule_y, band.right(), rule_y))
    text_band = QRectF(band.left(), band.top() + line * 0.77, band.width(), line * 1.43)
    painter.drawText(text_band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    painter.drawText(text_band, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, page_label)
    if notice:
        # Every page of an unreviewed translation says so, in its language and in English (issue 15).
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        notice_band = QRectF(band.left(), text_band.bottom(), band.width(), band.bottom() - text_band.bottom())
        # Two lines at most: the sentence wraps at a word where the two languages do not fit side by side.
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        while (
            bold.pointSizeF() > 5
            and QFontMetricsF(bold, painter.device()).boundingRect(notice_band, flags, notice).height() > notice_band.height()
        ):
            bold.setPointSizeF(bold.pointSizeF() - 0.5)
            painter.setFont(bold)
        painter.drawText(notice_band, flags, notice)


def pdf_bytes(document: QTextDocument, paper: Paper) -> bytes:
    """The whole PDF in memory, so that nothing reaches the disk until it is complete."""
    return pdf_pages(document, page_layout(paper))[0]


def pdf_pages(document: QTextDocument, layout: QPageLayout, first: int = 1, last: int | None = None) -> tuple[bytes, int]:
    """Pages `first`..`last` as a PDF in memory on `layout` (what a printer was set to), and the total page count."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(layout)
    writer.setTitle(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setCreator("NeutroHold")
    total = paint_pages(document, writer, first, last)  # ending the painter completes the PDF in the buffer
    return bytes(buffer.data().data()), total


def save_privately(data: bytes, target: Path) -> Path:
    """Write `data` to `target` atomically with mode 0600: a temp file in the same folder, then rename.

    A failure at any step leaves `target` as it was and no temp file behind.
    """
    target = Path(target)
    # mkstemp creates the file readable and writable by its owner only (0600), whatever the umask.
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
    _sync_folder(target.parent)
    return target


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; only POSIX can open a folder for fsync."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def print_document(document: QTextDocument, printer: QPrinter) -> int:
    """Print a prepared document on `printer` (as QPrintDialog left it), honouring a chosen page range."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        pages = paint_pages(document, printer, printer.fromPage(), printer.toPage() or None)
    else:
        pages = paint_pages(document, printer)
    if printer.printerState() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        raise OSError(f"the printer {printer.printerName() or ''} reported an error after the job; check it and print again")
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        os.chmod(printer.outputFileName(), 0o600)  # "Print to File" is patient data like every other PDF
    return pages
