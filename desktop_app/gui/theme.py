"""How things look: decision banners, provenance badges, warnings and invalid fields."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget


@dataclass(frozen=True)
class DecisionLook:
    """Symbol and word carry the meaning on their own, so the banner reads in greyscale too."""

    symbol: str
    word: str


DECISION_LOOK: dict[str, DecisionLook] = {
    "withhold": DecisionLook("■", "STOP"),
    "resume": DecisionLook("▶", "RESTART"),
    "continue": DecisionLook("●", "NO CHANGE"),
    "out_of_scope": DecisionLook("◆", "SPECIALIST"),
    "provisional": DecisionLook("?", "CHECK UNIT"),
}

PROVENANCE_WORDS: dict[str, str] = {
    "label": "DRUG LABEL",
    "guideline": "GUIDELINE",
    "article-only": "ARTICLE ONLY",
    "safety-check": "SAFETY CHECK",
}

DANGER = "#b3261e"
MUTED = "#555555"


@dataclass(frozen=True)
class TextLook:
    """A look made of a text colour and a weight alone: set through the palette and the font."""

    colour: str | None = None
    bold: bool = False


# Each look belongs to the widgets that wear it. A style sheet on the whole window would send every one
# of its 300-odd widgets through Qt's style-sheet style, about 3 MB more at start-up for the same
# picture; so plain text is coloured through its palette, and only the boxed looks (a border, a
# background) carry a style sheet of their own.
TEXT_LOOKS: dict[str, TextLook] = {
    "fieldError": TextLook(DANGER, bold=True),
    "muted": TextLook(MUTED),
    "sectionTitle": TextLook(),
}

BOXED_LOOKS: dict[str, str] = {
    "unitSlip": """
QLabel { color: #5c3900; background: #fff3d6; border: 1px solid #c98a00; border-left: 5px solid #c98a00;
         border-radius: 3px; padding: 4px 6px; }""",
    "decision": f"""
QLabel {{ border-radius: 6px; padding: 10px 12px; border: 2px solid #6b6b6b; }}
QLabel[decision="withhold"] {{ background: {DANGER}; color: white; border-color: #7a140f; }}
QLabel[decision="resume"] {{ background: #dff3df; color: #14501a; border: 3px solid #2e7d32; }}
QLabel[decision="continue"] {{ background: #e3ecf8; color: #0d3c78; border: 2px dashed #2f5f9e; }}
QLabel[decision="out_of_scope"] {{ background: #ececec; color: #1a1a1a; border: 2px solid #4d4d4d; }}
QLabel[decision="provisional"] {{ background: #fff4d6; color: #4a3300; border: 3px dashed #8a5a00; }}
QLabel[decision="invalid"] {{ background: #fff3d6; color: #5c3900; border: 2px dashed #c98a00; }}
QLabel[decision="blank"] {{ background: palette(base); color: palette(text); border: 1px dashed #8a8a8a; }}""",
    "redFlags": f"""
QFrame[role="redFlags"] {{ background: #fdeceb; border: 3px solid {DANGER}; border-radius: 6px; }}
QLabel {{ color: #5f0f0a; }}""",
    "warnings": """
QFrame[role="warnings"] { background: #fff7e3; border: 1px solid #c98a00; border-left: 5px solid #c98a00; border-radius: 4px; }
QLabel { color: #5c3900; }""",
    "overrides": """
QFrame[role="overrides"] { background: #efe7fb; border: 1px solid #6a4c9c; border-left: 5px solid #6a4c9c; border-radius: 4px; }""",
    "saved": """
QFrame[role="saved"] { background: #f2f5f8; border: 1px solid #8797a8; border-radius: 4px; }""",
    "clinicianDecision": """
QLabel { background: #efe7fb; color: #2e1a52; border: 2px solid #6a4c9c; border-radius: 4px; padding: 6px 8px; font-weight: bold; }""",
    "badge": """
QLabel { border-radius: 3px; padding: 1px 5px; font-weight: bold; }
QLabel[provenance="label"] { background: #1f4e8c; color: white; }
QLabel[provenance="guideline"] { background: #dbe8d4; color: #1d4d12; border: 1px solid #4a7a3a; }
QLabel[provenance="article-only"] { background: #ffffff; color: #6b3d00; border: 1px dashed #a8660a; }
QLabel[provenance="safety-check"] { background: #f2f2f2; color: #222222; border: 1px solid #555555; }""",
}

# Worn by a control only while it is marked invalid: the mark is its border and background.
INVALID_LOOK = f"""
QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTableView {{
    border: 2px solid {DANGER}; border-radius: 3px; background: #fff4f3;
}}
QCheckBox {{ border: 2px solid {DANGER}; border-radius: 3px; }}"""


def set_role(widget: QWidget, role: str) -> None:
    """Give a widget one of the looks above; the `role` property also names it for tests and automation."""
    widget.setProperty("role", role)
    text = TEXT_LOOKS.get(role)
    if text is None:
        widget.setStyleSheet(BOXED_LOOKS[role])
        return
    if text.colour is not None:
        palette = widget.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(text.colour))
        widget.setPalette(palette)
    if text.bold:
        widget.setFont(weight_only(QFont.Weight.Bold))


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark a control invalid (red border, pale red ground) or clear the mark; the `invalid` property follows."""
    widget.setProperty("invalid", invalid)
    widget.setStyleSheet(INVALID_LOOK if invalid else "")


def weight_only(weight: QFont.Weight) -> QFont:
    """A font that sets the weight alone: family and size still follow the parent (and the user's settings)."""
    font = QFont()
    font.setWeight(weight)
    return font


def titled_group(title: str, name: str, parent: QWidget) -> tuple[QGroupBox, QWidget]:
    """A group box with a bold title; its contents go on the returned body, which keeps the normal weight."""
    group = QGroupBox(title, parent)
    group.setObjectName(name)
    group.setFont(weight_only(QFont.Weight.Bold))
    body = QWidget(group)
    body.setObjectName(f"{name}Body")
    body.setFont(weight_only(QFont.Weight.Normal))
    frame = QVBoxLayout(group)
    frame.setContentsMargins(0, 0, 0, 0)
    frame.addWidget(body)
    return group, body


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The widget's font grown by a factor, so text follows the user's font size instead of pixels."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def repolish(widget: QWidget) -> None:
    """Re-apply a widget's own style sheet after a property its selectors read (decision) has changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
