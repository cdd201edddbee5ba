"""The screen chart and the printed chart mark a fever the same way, from one definition (reports/marks.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtGui import QImage

from desktop_app.gui.anc_chart import AncTrendChart
from desktop_app.gui.theme import NON_TEXT_CONTRAST, contrast_ratio
from desktop_app.models import AncPoint
from desktop_app.reports import marks
from desktop_app.reports.figures import draw_anc_chart
from desktop_app.reports.pdf import bundled_font_family

SIGNAL = "#00c853"  # a green neither chart uses for anything else


def _colours(image: QImage) -> set[str]:
    return {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(0, image.height(), 2)}


def _screen_chart(qtbot: Any) -> QImage:
    chart = AncTrendChart()
    qtbot.addWidget(chart)
    chart.resize(500, 260)
    points = [
        AncPoint(taken_at=datetime(2026, 11, 18, 8), anc_cells_per_uL=380, source="anc", entered="380 cells/uL"),
        AncPoint(taken_at=datetime(2026, 11, 24, 8), anc_cells_per_uL=1100, source="cbc", entered="WBC"),
    ]
    chart.set_series(points, 500, 1500, datetime(2026, 11, 19, 22), datetime(2026, 11, 24, 12))
    return chart.grab().toImage()


def test_both_charts_draw_the_fever_in_the_colour_of_the_one_definition(qtbot, evaluated, monkeypatch):
    case, rec = evaluated("febrile")
    monkeypatch.setitem(marks.MARK_COLOURS, "fever", {"screen": SIGNAL, "print": SIGNAL})
    assert SIGNAL in _colours(_screen_chart(qtbot))
    assert SIGNAL in _colours(draw_anc_chart(case, rec, bundled_font_family()))
    monkeypatch.undo()
    # Without the fever mark, neither draws that colour: it came from the definition, not from either chart.
    assert SIGNAL not in _colours(_screen_chart(qtbot)) | _colours(draw_anc_chart(case, rec, bundled_font_family()))


def test_the_fever_words_and_symbol_are_the_same_on_screen_and_paper():
    mark = marks.FEVER_MARK
    assert mark.label() == "\u25bc fever"
    assert mark.label(38.6) == "\u25bc fever 38.6 \u00b0C"
    for medium in ("screen", "print"):
        assert contrast_ratio(marks.mark_colour(mark, medium), "#ffffff") >= NON_TEXT_CONTRAST
