"""The ANC trend chart: counts over time against the hold and neutropenia lines, with the last fever marked."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.gui.words import app_words, words
from desktop_app.wording.formats import moment_text
from desktop_app.wording.formats import number as local_number
from desktop_app.models import AncPoint, axis_step
from desktop_app.reports import marks

_SERIES = QColor("#1f4e8c")
_HOLD = QColor("#b3261e")
_NEUTROPENIA = QColor("#8a5300")
_MARK_LINES = {"dash": Qt.PenStyle.DashLine}


class AncTrendChart(QWidget):
    """Drawn with QPainter (no QtCharts); line styles differ as well as colours, so it reads in greyscale."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ancTrendChart")
        self.setAccessibleName(app_words("a11y.name.anc_trend_chart"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._points: list[tuple[datetime, float, str]] = []
        self._hold_below = 500.0
        self._neutropenia_below = 1500.0
        self._fever: datetime | None = None
        self._now: datetime | None = None

    def set_series(
        self,
        points: Sequence[AncPoint],
        hold_below: float,
        neutropenia_below: float,
        last_fever_at: datetime | None,
        as_of: datetime | None,
    ) -> None:
        self._points = [(p.taken_at, p.anc_cells_per_uL, p.source) for p in points]
        self._hold_below = hold_below
        self._neutropenia_below = neutropenia_below
        self._fever = last_fever_at
        self._now = as_of
        language = words().app_language
        each = QCoreApplication.translate("AncTrendChart", "{count} on {moment}")
        counts = ", ".join(
            each.format(count=local_number(count, language), moment=moment_text(moment, "chart_moment", language))
            for moment, count, _ in self._points
        ) or QCoreApplication.translate("AncTrendChart", "none")
        fever = (
            QCoreApplication.translate("AncTrendChart", "; last fever {moment}").format(
                moment=moment_text(last_fever_at, "chart_moment", language)
            )
            if last_fever_at
            else ""
        )
        self.setAccessibleDescription(
            QCoreApplication.translate("AncTrendChart", "ANC counts in cells per microlitre: {counts}{fever}").format(
                counts=counts, fever=fever
            )
        )
        self.update()

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().lineSpacing()
        return QSize(line * 24, line * 13)

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().lineSpacing()
        return QSize(line * 14, line * 13)

    # ---- drawing ---------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        metrics = self.fontMetrics()
        line = metrics.lineSpacing()
        left = metrics.horizontalAdvance("00000") + line // 2
        plot = QRectF(left, line * 1.6, self.width() - left - line * 1.2, self.height() - line * 3.4)
        text_pen = QPen(palette.color(QPalette.ColorRole.Text))
        if not self._points:
            painter.setPen(text_pen)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("AncTrendChart", "No counts to chart yet")
            )
            return

        moments = [m for m, _, _ in self._points] + [m for m in (self._fever, self._now) if m is not None]
        start, end = min(moments), max(moments)
        if end - start < timedelta(hours=24):
            start, end = start - timedelta(hours=12), end + timedelta(hours=12)
        pad = (end - start) * 0.04
        start, end = start - pad, end + pad
        top_count = max([c for _, c, _ in self._points] + [self._neutropenia_below * 1.2])
        step = axis_step(top_count, 4)
        top = math.ceil(top_count * 1.08 / step) * step

        def x_of(moment: datetime) -> float:
            return plot.left() + (moment - start) / (end - start) * plot.width()

        def y_of(count: float) -> float:
            return plot.bottom() - count / top * plot.height()

        # Axes and grid.
        grid = QPen(QColor("#d9d9d9"), 1)
        painter.setPen(grid)
        value = 0.0
        while value <= top + 1e-6:
            y = y_of(value)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_pen)
            painter.drawText(
                QRectF(0, y - line / 2, left - line / 3, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                local_number(value, words().app_language),
            )
            painter.setPen(grid)
            value += step
        self._draw_days(painter, plot, start, end, x_of, text_pen, line)

        # Threshold lines: dashed for neutropenia, dash-dot for the hold line; their labels as the printed chart writes them ("hold < 500"), in the window's language.
        shown = words()
        for count, colour, style, label in (
            (
                self._neutropenia_below,
                _NEUTROPENIA,
                Qt.PenStyle.DashLine,
                shown.text("report.chart.neutropenia", value=self._neutropenia_below),
            ),
            (self._hold_below, _HOLD, Qt.PenStyle.DashDotLine, shown.text("report.chart.hold", value=self._hold_below)),
        ):
            y = y_of(count)
            painter.setPen(QPen(colour, 2, style))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.drawText(
                QRectF(plot.left() + 4, y - line - 1, plot.width() - 8, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                label,
            )

        if self._now is not None:
            x = x_of(self._now)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            # Below the fever label's row, so the two never overlap.
            painter.drawText(
                QRectF(x - line * 6 - 3, plot.bottom() - line * 1.2, line * 6, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                QCoreApplication.translate("AncTrendChart", "now", "the chart's line at the moment of evaluation"),
            )

        if self._fever is not None:
            self._draw_fever(painter, plot, x_of(self._fever), line)

        # The series: a line through the counts, circles for measured ANC, diamonds for CBC-derived.
        painter.setPen(QPen(_SERIES, 2.5))
        path = QPainterPath()
        for number, (moment, count, _) in enumerate(self._points):
            point = QPointF(x_of(moment), y_of(count))
            path.moveTo(point) if number == 0 else path.lineTo(point)
        painter.drawPath(path)
        label_font = QFont(self.font())
        label_font.setBold(True)
        painter.setFont(label_font)
        radius = max(3.5, line / 4)
        for moment, count, source in self._points:
            point = QPointF(x_of(moment), y_of(count))
            painter.setPen(QPen(_SERIES, 2))
            painter.setBrush(palette.color(QPalette.ColorRole.Base) if source == "cbc" else _SERIES)
            if source == "cbc":
                painter.drawPolygon(
                    QPolygonF(
                        [
                            point + QPointF(0, -radius * 1.4),
                            point + QPointF(radius * 1.4, 0),
                            point + QPointF(0, radius * 1.4),
                            point + QPointF(-radius * 1.4, 0),
                        ]
                    )
                )
            else:
                painter.drawEllipse(point, radius, radius)
            painter.setPen(text_pen)
            above = point.y() - radius - line * 1.1 > plot.top()
            y = point.y() - radius - line if above else point.y() + radius
            painter.drawText(QRectF(point.x() - line * 3, y, line * 6, line), Qt.AlignmentFlag.AlignCenter, str(count))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1))
        painter.drawRect(plot)

    @staticmethod
    def _draw_days(painter: QPainter, plot: QRectF, start: datetime, end: datetime, x_of, pen: QPen, line: int) -> None:
        days = max((end - start).days, 1)
        every = next(n for n in (1, 2, 3, 7, 14, 28, 56) if days / n <= 7)
        day = start.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
        while day < end:
            x = x_of(day)
            painter.setPen(QPen(QColor("#d9d9d9"), 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(pen)
            painter.drawText(
                QRectF(x - line * 2.5, plot.bottom() + 2, line * 5, line * 1.2),
                Qt.AlignmentFlag.AlignCenter,
                moment_text(day, "chart_day", words().app_language),
            )
            day += timedelta(days=every)

    def _draw_fever(self, painter: QPainter, plot: QRectF, x: float, line: int) -> None:
        # The same mark as on paper (reports/marks.py): line style, marker, colour role, words.
        mark = marks.FEVER_MARK
        colour = QColor(marks.mark_colour(mark, "screen"))
        painter.setPen(QPen(colour, 2, _MARK_LINES[mark.line]))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        marker = QPolygonF(
            [QPointF(x - line / 3, plot.top()), QPointF(x + line / 3, plot.top()), QPointF(x, plot.top() + line / 2)]
        )
        painter.setBrush(colour)
        painter.drawPolygon(marker)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        said = mark.label(words=words().text("report.chart.fever"), language=words().app_language)
        width = self.fontMetrics().horizontalAdvance(said) + line
        left = min(max(x - width / 2, 0), self.width() - width)
        painter.drawText(QRectF(left, plot.top() - line * 1.25, width, line), Qt.AlignmentFlag.AlignCenter, said)
