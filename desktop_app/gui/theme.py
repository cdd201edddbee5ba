"""How things look: decision banners, provenance badges, warnings and invalid fields, in one style sheet."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class DecisionLook:
    """Symbol and word carry the meaning on their own, so the banner reads in greyscale too."""

    symbol: str
    word: str


DECISION_LOOK: dict[str, DecisionLook] = {
    "withhold": DecisionLook("■", "STOP"),
    "resume": DecisionLook("▶", "RESTART"),
    "continue": DecisionLook("●", "NO CHANGE"),
}

PROVENANCE_WORDS: dict[str, str] = {
    "label": "DRUG LABEL",
    "guideline": "GUIDELINE",
    "article-only": "ARTICLE ONLY",
}

DANGER = "#b3261e"
WARNING = "#8a5300"

STYLE_SHEET = f"""
QGroupBox {{ font-weight: bold; }}
QGroupBox * {{ font-weight: normal; }}
QLineEdit[invalid="true"], QAbstractSpinBox[invalid="true"], QComboBox[invalid="true"],
QPlainTextEdit[invalid="true"], QTableView[invalid="true"] {{
    border: 2px solid {DANGER}; border-radius: 3px; background: #fff4f3;
}}
QCheckBox[invalid="true"] {{ border: 2px solid {DANGER}; border-radius: 3px; }}
QLabel[role="fieldError"] {{ color: {DANGER}; font-weight: bold; }}
QLabel[role="unitSlip"], QFrame[role="warnings"] QLabel {{ color: #5c3900; }}
QLabel[role="unitSlip"] {{
    background: #fff3d6; border: 1px solid #c98a00; border-left: 5px solid #c98a00; border-radius: 3px; padding: 4px 6px;
}}
QLabel#decisionLabel {{ border-radius: 6px; padding: 10px 12px; border: 2px solid #6b6b6b; }}
QLabel#decisionLabel[decision="withhold"] {{ background: {DANGER}; color: white; border-color: #7a140f; }}
QLabel#decisionLabel[decision="resume"] {{ background: #dff3df; color: #14501a; border: 3px solid #2e7d32; }}
QLabel#decisionLabel[decision="continue"] {{ background: #e3ecf8; color: #0d3c78; border: 2px dashed #2f5f9e; }}
QLabel#decisionLabel[decision="invalid"] {{ background: #fff3d6; color: #5c3900; border: 2px dashed #c98a00; }}
QLabel#decisionLabel[decision="blank"] {{ background: palette(base); color: palette(text); border: 1px dashed #8a8a8a; }}
QFrame#redFlagsPanel {{ background: #fdeceb; border: 3px solid {DANGER}; border-radius: 6px; }}
QFrame#redFlagsPanel QLabel {{ color: #5f0f0a; }}
QFrame[role="warnings"] {{ background: #fff7e3; border: 1px solid #c98a00; border-left: 5px solid #c98a00; border-radius: 4px; }}
QFrame[role="overrides"] {{ background: #efe7fb; border: 1px solid #6a4c9c; border-left: 5px solid #6a4c9c; border-radius: 4px; }}
QLabel[role="sectionTitle"] {{ color: palette(text); }}
QLabel[role="muted"] {{ color: #555555; }}
QLabel[role="badge"] {{ border-radius: 3px; padding: 1px 5px; font-weight: bold; }}
QLabel[role="badge"][provenance="label"] {{ background: #1f4e8c; color: white; }}
QLabel[role="badge"][provenance="guideline"] {{ background: #dbe8d4; color: #1d4d12; border: 1px solid #4a7a3a; }}
QLabel[role="badge"][provenance="article-only"] {{ background: #ffffff; color: #6b3d00; border: 1px dashed #a8660a; }}
QLabel#caseLogEmptyLabel {{ color: #555555; }}
QFrame[role="saved"] {{ background: #f2f5f8; border: 1px solid #8797a8; border-radius: 4px; }}
QLabel[role="clinicianDecision"] {{
    background: #efe7fb; color: #2e1a52; border: 2px solid #6a4c9c; border-radius: 4px; padding: 6px 8px; font-weight: bold;
}}
"""


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The widget's font grown by a factor, so text follows the user's font size instead of pixels."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property (invalid, decision, role) has changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
