"""Pictures drawn with QPainter for the printouts: the ANC trend chart and the checklist tick boxes."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen, QPolygonF

from desktop_app.models import CaseInput, Recommendation, align, axis_step, recommendation_zone
from desktop_app.reports import marks
from desktop_app.reports.words import clinic_day, renderer_for, thresholds_in_force
from desktop_app.wording import Renderer, formats

# Drawn at about 340 dpi for the size the summary shows it at, so print stays sharp.
CHART_PIXELS = (1400, 560)
INK = QColor("#111111")
GRID = QColor("#d0d0d0")
HOLD_ZONE = QColor("#e9e9e9")
SERIES = QColor("#1e3a6e")
MARK_LINES = {"dash": Qt.PenStyle.DashLine}
MAX_LABELLED_POINTS = 8
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _font(family: str, pixels: int, bold: bool = False) -> QFont:
    font = QFont(family)
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def fever_moments(case: CaseInput, rec: Recommendation) -> list[tuple[datetime, float | None]]:
    """Every fever of the illness the chart should mark: readings at or above the threshold, and the last fever."""
    threshold = thresholds_in_force(rec).get("fever_celsius", 38.0)
    zone = recommendation_zone(rec)
    found: dict[datetime, float | None] = {
        align(t.taken_at, zone): t.celsius for t in case.temperatures if t.celsius >= threshold
    }
    if rec.last_fever_at is not None:
        found.setdefault(rec.last_fever_at, None)
    return sorted(found.items())


def draw_anc_chart(case: CaseInput, rec: Recommendation, family: str, words: Renderer | None = None) -> QImage:
    """ANC over time with the hold and neutropenia thresholds drawn in, fevers and the evaluation marked."""
    width, height = CHART_PIXELS
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    limits = thresholds_in_force(rec)
    hold = limits.get("hold_anc_below", 500.0)
    resume = limits.get("resume_anc_above", hold)
    neutropenia = limits.get("neutropenia_anc_below", 1500.0)
    fevers = fever_moments(case, rec)
    points = [(p.taken_at, p.anc_cells_per_uL) for p in rec.anc_series]

    start = min([moment for moment, _ in points] + [moment for moment, _ in fevers])
    end = rec.as_of
    if end - start < timedelta(days=2):
        start = end - timedelta(days=2)
    pad = (end - start) * 0.05
    start, end = start - pad, end + pad
    top_value = max([value for _, value in points] + [neutropenia]) * 1.15
    step = axis_step(top_value, 5)
    top_value = math.ceil(top_value / step) * step

    # Thresholds are named in the right margin, where no count or fever label can cover them.
    said = words or renderer_for(None, rec)
    lines = [(neutropenia, said.text("report.chart.neutropenia", value=neutropenia), Qt.PenStyle.DotLine)]
    lines.append((hold, said.text("report.chart.hold", value=hold), Qt.PenStyle.DashLine))
    if resume != hold:
        lines.append((resume, said.text("report.chart.resume", value=resume), Qt.PenStyle.DashDotLine))
    line_font = _font(family, 30, bold=True)
    label_width = max(QFontMetricsF(line_font).horizontalAdvance(label) for _, label, _ in lines)
    plot = QRectF(120, 62, width - 120 - label_width - 30, height - 62 - 92)

    def x_of(moment: datetime) -> float:
        return plot.left() + plot.width() * ((moment - start) / (end - start))

    def y_of(value: float) -> float:
        return plot.bottom() - plot.height() * (value / top_value)

    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)

    # The hold zone is shaded grey rather than red so it survives a black-and-white printer.
    painter.fillRect(QRectF(plot.left(), y_of(hold), plot.width(), plot.bottom() - y_of(hold)), HOLD_ZONE)

    painter.setFont(_font(family, 34))
    value = 0.0
    while value <= top_value + 1e-9:
        y = y_of(value)
        painter.setPen(QPen(GRID, 2))
        painter.drawLine(QLineF(plot.left(), y, plot.right(), y))
        painter.setPen(INK)
        painter.drawText(QRectF(0, y - 20, plot.left() - 14, 40), RIGHT, formats.number(value, said.language))
        value += step

    day = datetime.combine((start + timedelta(days=1)).date(), datetime.min.time(), tzinfo=start.tzinfo)
    every = max(1, math.ceil((end - start).days / 8))
    while day <= end:
        x = x_of(day)
        painter.setPen(QPen(GRID, 2))
        painter.drawLine(QLineF(x, plot.top(), x, plot.bottom()))
        painter.setPen(INK)
        painter.drawText(QRectF(x - 90, plot.bottom() + 6, 180, 44), Qt.AlignmentFlag.AlignCenter, clinic_day(day, said.language))
        day += timedelta(days=every)

    painter.setFont(line_font)
    for level, label, style in lines:
        y = y_of(level)
        painter.setPen(QPen(INK, 4, style))
        painter.drawLine(QLineF(plot.left(), y, plot.right(), y))
        painter.setPen(INK)
        painter.drawText(QRectF(plot.right() + 14, y - 22, width - plot.right() - 14, 44), LEFT, label)

    # The same mark as on screen (reports/marks.py): line style, marker, colour role, words.
    mark = marks.FEVER_MARK
    fever_colour = QColor(marks.mark_colour(mark, "print"))
    fever_font = _font(family, 32, bold=True)
    painter.setFont(fever_font)
    # A label that would run into the one before drops to a second row, just inside the plot.
    rows_end = [-math.inf, -math.inf]
    fever_labels: list[tuple[QRectF, str, int]] = []
    for moment, celsius in fevers:
        x = x_of(moment)
        painter.setPen(QPen(fever_colour, 4, MARK_LINES[mark.line]))
        painter.drawLine(QLineF(x, plot.top(), x, plot.bottom()))
        # The marker as on screen: a filled triangle at the top edge, pointing down to the moment.
        painter.setBrush(fever_colour)
        painter.drawPolygon(QPolygonF([QPointF(x - 16, plot.top()), QPointF(x + 16, plot.top()), QPointF(x, plot.top() + 24)]))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        label = mark.label(celsius, said.text("report.chart.fever"), said.language)
        half = QFontMetricsF(fever_font).horizontalAdvance(label) / 2 + 10
        centre = min(max(x, half), width - half)
        row = 0 if centre - half > rows_end[0] else 1
        rows_end[row] = centre + half
        top = plot.top() - 54 if row == 0 else plot.top() + 4
        fever_labels.append((QRectF(centre - half, top, 2 * half, 50), label, row))

    now_x = x_of(rec.as_of)
    painter.setPen(QPen(INK, 3))
    painter.drawLine(QLineF(now_x, plot.top(), now_x, plot.bottom()))
    painter.setFont(_font(family, 30))
    painter.drawText(
        QRectF(now_x - 170, plot.bottom() + 48, 340, 40), Qt.AlignmentFlag.AlignCenter, said.text("report.chart.evaluated")
    )

    painter.setPen(QPen(SERIES, 6))
    path = QPainterPath()
    for index, (moment, value) in enumerate(points):
        spot = QPointF(x_of(moment), y_of(value))
        if index == 0:
            path.moveTo(spot)
        else:
            path.lineTo(spot)
    painter.drawPath(path)
    painter.setBrush(SERIES)
    painter.setFont(_font(family, 36, bold=True))
    # With many counts only the latest is labelled; the table beside the chart has every value.
    labelled = points if len(points) <= MAX_LABELLED_POINTS else points[-1:]
    for moment, value in points:
        spot = QPointF(x_of(moment), y_of(value))
        painter.setPen(QPen(SERIES, 2))
        painter.drawEllipse(spot, 11, 11)
    painter.setPen(INK)
    for moment, value in labelled:
        spot = QPointF(x_of(moment), y_of(value))
        painter.drawText(QRectF(spot.x() - 100, spot.y() - 60, 200, 44), Qt.AlignmentFlag.AlignCenter, str(value))

    painter.setPen(QPen(INK, 3))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(plot)
    # Last, so that no line crosses a label drawn inside the plot.
    painter.setFont(fever_font)
    painter.setPen(fever_colour)
    for box, label, row in fever_labels:
        if row:
            painter.fillRect(box.adjusted(0, 4, 0, -4), QColor("white"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
    painter.setFont(_font(family, 30))
    painter.setPen(INK)
    painter.drawText(
        QRectF(0, 0, plot.left() + 200, 50),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
        said.text("report.chart.axis"),
    )
    painter.end()
    return image


def draw_tick_box(ticked: bool) -> QImage:
    """A checklist box, empty for the clinician to tick by pen, or ticked when acknowledged on screen."""
    size = 96
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(INK, 7))
    painter.drawRect(QRectF(6, 6, size - 12, size - 12))
    if ticked:
        tick = QPainterPath(QPointF(22, 50))
        tick.lineTo(QPointF(42, 72))
        tick.lineTo(QPointF(76, 24))
        painter.setPen(QPen(INK, 12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.drawPath(tick)
    painter.end()
    return image
