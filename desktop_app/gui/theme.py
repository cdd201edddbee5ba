"""How things look: decision banners, provenance badges, warnings and invalid fields; the palettes and their contrast."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QAccessibilityHints, QColor, QFont, QPainter, QPalette, QPen
from desktop_app.wording.vocabulary import DECISION_STATES, THEME

from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class DecisionLook:
    """Symbol and word carry the meaning on their own, so the banner reads in greyscale too."""

    symbol: str
    word: str


def decision_look(state: str) -> DecisionLook:
    """Symbol (the decision vocabulary's) and word (the pack's) of a decision state, as print shows them too."""
    from desktop_app.gui.words import decision_word

    return DecisionLook(DECISION_STATES[state].symbol, decision_word(state))


def _decision_looks() -> str:
    """The banner's look for each decision state, from the one colour table (wording.vocabulary.THEME)."""
    rules = []
    for state, look in DECISION_STATES.items():
        colours = THEME[look.colour_role]
        rules.append(
            f'QLabel[decision="{state}"] {{ background: {colours.fill}; color: {colours.text}; border: {colours.border}; }}'
        )
    return "\n".join(rules)


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
{_decision_looks()}
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


# ---- contrast (WCAG 2.2 AA: 4.5:1 for text, 3:1 for borders and focus indicators) ----------------------

TEXT_CONTRAST = 4.5
NON_TEXT_CONTRAST = 3.0


def relative_luminance(colour: QColor | str) -> float:
    """WCAG relative luminance of an opaque colour (0 black .. 1 white)."""
    rgb = QColor(colour)

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF())


def contrast_ratio(first: QColor | str, second: QColor | str) -> float:
    """WCAG contrast ratio of two colours, 1 (none) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@dataclass(frozen=True)
class Scheme:
    """The colours the window is drawn in: the palette roles, and the borders and focus ring the style paints."""

    name: str
    roles: dict[QPalette.ColorRole, str]
    disabled_text: str
    border: str
    focus: str


_ROLE = QPalette.ColorRole
# Qt's defaults with the few that fall short of AA replaced: placeholder grey (4.0:1), the selection (white
# on #308cc6, 3.6:1) and the borders Fusion derives from the window colour (2.3:1).
STANDARD = Scheme(
    "standard",
    {
        _ROLE.Window: "#efefef", _ROLE.WindowText: "#000000", _ROLE.Base: "#ffffff", _ROLE.AlternateBase: "#f7f7f7",
        _ROLE.Text: "#000000", _ROLE.PlaceholderText: "#474747", _ROLE.Button: "#efefef", _ROLE.ButtonText: "#000000",
        _ROLE.Highlight: "#1d5d9b", _ROLE.HighlightedText: "#ffffff", _ROLE.ToolTipBase: "#ffffdc", _ROLE.ToolTipText: "#000000",
        _ROLE.Link: "#0b4a99", _ROLE.BrightText: "#ffffff",
    },
    disabled_text="#6e6e6e",
    border="#6f6f6f",
    focus="#0b4a99",  # 7:1 on white and on the pale panels
)  # fmt: skip
HIGH_CONTRAST = Scheme(
    "high",
    {
        _ROLE.Window: "#ffffff", _ROLE.WindowText: "#000000", _ROLE.Base: "#ffffff", _ROLE.AlternateBase: "#ececec",
        _ROLE.Text: "#000000", _ROLE.PlaceholderText: "#333333", _ROLE.Button: "#ffffff", _ROLE.ButtonText: "#000000",
        _ROLE.Highlight: "#000000", _ROLE.HighlightedText: "#ffffff", _ROLE.ToolTipBase: "#ffffff", _ROLE.ToolTipText: "#000000",
        _ROLE.Link: "#00007a", _ROLE.BrightText: "#ffffff",
    },
    disabled_text="#505050",
    border="#000000",
    focus="#0b4a99",
)  # fmt: skip


def scheme_palette(scheme: Scheme) -> QPalette:
    palette = QPalette()
    for role, colour in scheme.roles.items():
        palette.setColor(role, QColor(colour))
    for role in (_ROLE.Mid, _ROLE.Dark, _ROLE.Shadow):
        palette.setColor(role, QColor(scheme.border))
    for role in (_ROLE.Text, _ROLE.WindowText, _ROLE.ButtonText, _ROLE.PlaceholderText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(scheme.disabled_text))
    return palette


class ContrastStyle(QProxyStyle):
    """The platform style with AA borders round fields, buttons and boxes, and a solid 2 px focus outline in lists."""

    def __init__(self, scheme: Scheme) -> None:
        super().__init__()
        self.scheme = scheme

    def _outline(self, painter: QPainter, option: QStyleOption, colour: str, width: int = 1) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor(colour), width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = width / 2
        painter.drawRoundedRect(QRectF(option.rect).adjusted(inset, inset, -inset, -inset), 2, 2)
        painter.restore()

    def drawPrimitive(
        self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        primitive = QStyle.PrimitiveElement
        if element == primitive.PE_FrameFocusRect:
            # Fusion draws a faint, translucent outline (1.7:1); the focused item gets a solid one instead.
            if option.state & QStyle.StateFlag.State_KeyboardFocusChange:
                self._outline(painter, option, self.scheme.focus, FOCUS_OUTLINE_WIDTH)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in (primitive.PE_FrameLineEdit, primitive.PE_PanelButtonCommand, primitive.PE_IndicatorCheckBox):
            self._outline(painter, option, self.scheme.border)

    def drawComplexControl(
        self, control: QStyle.ComplexControl, option: QStyleOptionComplex, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_SpinBox:
            self._outline(painter, option, self.scheme.border)


FOCUS_OUTLINE_WIDTH = 2
# The focus ring round the focused control (drawn by gui.accessibility): WCAG 2.2 asks 2 px at 3:1.
FOCUS_RING_WIDTH = 3
_styles: list[ContrastStyle] = []
_hints: list[Any] = []  # [the application, its style hints]


def accessibility_hints() -> QAccessibilityHints | None:
    """The desktop's accessibility settings (Qt 6.10+), or None without an application."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    # PySide6 drops the hints with the style-hints wrapper they came from: keep that wrapper for good.
    if not _hints or _hints[0] is not app:
        _hints[:] = [app, app.styleHints()]
    return _hints[1].accessibility()


def system_wants_high_contrast() -> bool:
    """The desktop's accessibility setting asks for high contrast (Qt 6.10's contrast preference)."""
    hints = accessibility_hints()
    return hints is not None and hints.contrastPreference() == Qt.ContrastPreference.HighContrast


def chosen_scheme(contrast: str) -> Scheme:
    """ "high" or "standard" as chosen in the preferences; "system" follows the desktop's setting."""
    if contrast == "high" or (contrast == "system" and system_wants_high_contrast()):
        return HIGH_CONTRAST
    return STANDARD


def apply_scheme(scheme: Scheme) -> None:
    """Draw the whole application in `scheme`: its palette, and the style that paints borders and focus outlines."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    style = app.style()
    if isinstance(style, ContrastStyle):
        if style.scheme == scheme and app.palette() == scheme_palette(scheme):
            return
        style.scheme = scheme
    else:
        proxy = ContrastStyle(scheme)
        base = QStyleFactory.create(style.name())
        if base is not None:
            proxy.setBaseStyle(base)
        _styles.append(proxy)  # Qt owns it once set; the reference keeps Python from collecting it first
        app.setStyle(proxy)
    app.setPalette(scheme_palette(scheme))
    for widget in app.allWidgets():
        widget.update()


def current_scheme() -> Scheme:
    app = QApplication.instance()
    style = app.style() if isinstance(app, QApplication) else None
    return style.scheme if isinstance(style, ContrastStyle) else STANDARD
