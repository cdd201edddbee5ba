"""Contrast as WCAG 2.2 AA measures it, in the standard and the high-contrast schemes: text 4.5:1, borders and focus 3:1."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionFocusRect

from desktop_app.gui import theme
from desktop_app.gui.preferences import Preferences
from desktop_app.gui.recommendation_panel import _CRITERION_MARKS
from desktop_app.gui.theme import HIGH_CONTRAST, STANDARD, Scheme, contrast_ratio
from tests.gui.conftest import example, named

ROLE = QPalette.ColorRole
TEXT_ON = [
    (ROLE.WindowText, ROLE.Window), (ROLE.Text, ROLE.Base), (ROLE.Text, ROLE.AlternateBase), (ROLE.ButtonText, ROLE.Button),
    (ROLE.PlaceholderText, ROLE.Base), (ROLE.PlaceholderText, ROLE.Button), (ROLE.HighlightedText, ROLE.Highlight),
    (ROLE.ToolTipText, ROLE.ToolTipBase), (ROLE.Link, ROLE.Base),
]  # fmt: skip


@pytest.fixture(autouse=True)
def standard_afterwards() -> Iterator[None]:
    yield
    theme.apply_scheme(STANDARD)


def test_the_contrast_ratio_is_wcags() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#7f7f7f", "#ffffff") == pytest.approx(4.0, abs=0.01), "the old placeholder grey fails AA"


@pytest.mark.parametrize("scheme", [STANDARD, HIGH_CONTRAST], ids=lambda s: s.name)
def test_every_palette_pair_borders_and_the_focus_ring_meet_aa(scheme: Scheme) -> None:
    palette = theme.scheme_palette(scheme)
    for text, ground in TEXT_ON:
        ratio = contrast_ratio(palette.color(text), palette.color(ground))
        assert ratio >= 4.5, f"{text.name} on {ground.name}: {ratio:.2f}"
    for ground in (ROLE.Window, ROLE.Base, ROLE.Button):
        assert contrast_ratio(scheme.border, palette.color(ground)) >= 3.0, f"borders on {ground.name}"
        assert contrast_ratio(scheme.focus, palette.color(ground)) >= 3.0, f"the focus ring on {ground.name}"
    assert theme.FOCUS_RING_WIDTH >= 2 and theme.FOCUS_OUTLINE_WIDTH >= 2


def _blocks(sheet: str) -> Iterator[tuple[str, dict[str, str]]]:
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", sheet):
        values = dict(re.findall(r"([a-z-]+)\s*:\s*([^;]+);", body))
        yield selector.strip(), {key: value.strip() for key, value in values.items()}


def test_every_look_of_the_theme_meets_aa() -> None:
    """Walk the theme's own colours: each boxed look's text on its ground, plain looks and criteria on the window."""
    window, base = STANDARD.roles[ROLE.Window], STANDARD.roles[ROLE.Base]
    checked = 0
    for look, sheet in theme.BOXED_LOOKS.items():
        ground = window
        for selector, values in _blocks(sheet):
            background = values.get("background", ground)
            colour = values.get("color")
            if background.startswith("palette(") or (colour or "").startswith("palette("):
                continue
            if selector.startswith("QFrame"):
                ground = background  # the labels inside a boxed frame stand on its ground
            if colour is not None:
                ratio = contrast_ratio(colour, background)
                assert ratio >= 4.5, f"{look} {selector}: {colour} on {background} is {ratio:.2f}"
                checked += 1
    assert checked >= 12
    for name, look in theme.TEXT_LOOKS.items():
        if look.colour:
            assert contrast_ratio(look.colour, window) >= 4.5, name
    for _symbol, word, colour in _CRITERION_MARKS.values():
        assert contrast_ratio(colour, base) >= 4.5, word


def _darkest_and_ground(image: QImage) -> tuple[QColor, QColor]:
    counts: dict[int, int] = {}
    darkest = QColor("#ffffff")
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            counts[colour.rgb()] = counts.get(colour.rgb(), 0) + 1
            if theme.relative_luminance(colour) < theme.relative_luminance(darkest):
                darkest = colour
    return darkest, QColor.fromRgb(max(counts, key=counts.__getitem__))


@pytest.mark.parametrize("contrast", ["standard", "high"])
def test_placeholder_text_as_painted_meets_aa(make_window: Any, contrast: str) -> None:
    """The grey 'not recorded' in the URTI box and the search box's hint, measured on the pixels drawn."""
    window = make_window()
    window.preferences = Preferences(contrast=contrast)  # type: ignore[arg-type]
    window.preferences_changed.emit(window.preferences)
    window.load_case(example("febrile.json") | {"urti": None})
    for name in ("urtiCombo", "searchEdit"):
        control = named(window, name)
        # Inside the frame, left of the drop-down arrow or clear button: the hint's letters and their ground.
        image = control.grab(control.rect().adjusted(6, 6, -control.height(), -6)).toImage()
        darkest, ground = _darkest_and_ground(image)
        assert contrast_ratio(darkest, ground) >= 4.5, f"{name}: {darkest.name()} on {ground.name()}"


@pytest.mark.parametrize("scheme", [STANDARD, HIGH_CONTRAST], ids=lambda s: s.name)
def test_the_focused_item_in_a_list_has_a_solid_two_pixel_outline(qapp: QApplication, scheme: Scheme) -> None:
    theme.apply_scheme(scheme)
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor(scheme.roles[ROLE.Base]))
    option = QStyleOptionFocusRect()
    option.rect = QRect(0, 0, 40, 20)
    option.state = QStyle.StateFlag.State_KeyboardFocusChange | QStyle.StateFlag.State_HasFocus
    option.palette = qapp.palette()
    painter = QPainter(image)
    qapp.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter)
    painter.end()
    middle = [image.pixelColor(x, 10) for x in range(4)]
    solid = [colour for colour in middle if contrast_ratio(colour, scheme.roles[ROLE.Base]) >= 3.0]
    assert len(solid) >= 2, f"outline pixels {[c.name() for c in middle]}"


def test_the_high_contrast_scheme_follows_the_preference_and_the_system(make_window: Any, monkeypatch: Any) -> None:
    window = make_window()
    assert theme.current_scheme() is STANDARD and QApplication.palette().color(ROLE.PlaceholderText).name() == "#474747"
    window.preferences = Preferences(contrast="high")
    window.preferences_changed.emit(window.preferences)
    assert theme.current_scheme() is HIGH_CONTRAST
    assert QApplication.palette().color(ROLE.Window).name() == "#ffffff"
    window.preferences = Preferences(contrast="system")
    window.preferences_changed.emit(window.preferences)
    assert theme.current_scheme() is STANDARD, "the test desktop asks for no contrast"
    monkeypatch.setattr(theme, "system_wants_high_contrast", lambda: True)
    window.preferences_changed.emit(window.preferences)
    assert theme.current_scheme() is HIGH_CONTRAST, "following the system's high-contrast setting"
