"""How the ANC charts mark a fever, defined once for the screen (gui/anc_chart.py) and print (reports/figures.py).

Plain values, no Qt: the symbol in the label, the marker's shape and line, the colour role (each
medium has its own colour for it: the screen's sits on the window's base, print's is darker for
paper and greyscale copies) and the words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

MarkShape = Literal["triangle_down"]
LineStyle = Literal["dash"]
Medium = Literal["screen", "print"]


@dataclass(frozen=True)
class ChartMark:
    """One kind of mark on a chart: a vertical line at the moment, a marker at the plot's top edge, a label."""

    symbol: str  # leads the label, and looks like the marker drawn at the top of the line
    shape: MarkShape
    line: LineStyle
    colour_role: str
    words: str

    def label(self, celsius: float | None = None, words: str | None = None, language: str = "en") -> str:
        """The words beside the mark (`words`: in the chart's language), with the temperature read when there is one."""
        from desktop_app.wording.formats import number

        reading = f" {number(celsius, language, decimals=1)} \u00b0C" if celsius is not None else ""
        return f"{self.symbol} {words or self.words}{reading}"


FEVER_MARK = ChartMark(symbol="\u25bc", shape="triangle_down", line="dash", colour_role="fever", words="fever")

# One colour per role and medium; each stands out from white at least 3:1 (tests/gui/test_chart_and_layers.py).
MARK_COLOURS: dict[str, dict[Medium, str]] = {"fever": {"screen": "#c2410c", "print": "#7a1414"}}


def mark_colour(mark: ChartMark, medium: Medium) -> str:
    return MARK_COLOURS[mark.colour_role][medium]
