"""Every control a user can reach in the window has a name a screen reader can say (no '&' mnemonic marks in it)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop_app.gui.accessibility import accessible_text
from tests.gui.conftest import example

INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit)


def _controls(window: QWidget) -> list[QWidget]:
    """Every widget a user can operate: buttons, lists, fields, and anything else that takes the focus by Tab."""
    found = []
    for widget in window.findChildren(QWidget):
        inner = isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox))  # a spin box's own line edit
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if (
            not inner
            and (isinstance(widget, INTERACTIVE) or takes_tab)
            and widget.objectName() not in ("", "qt_scrollarea_viewport")
        ):
            found.append(widget)
    return found


def _nameless(window: QWidget) -> list[str]:
    problems = []
    for widget in _controls(window):
        heard = accessible_text(widget)
        if not heard.strip() or "&" in heard or "&" in widget.accessibleName():
            problems.append(f"{widget.objectName()} ({type(widget).__name__}): {heard!r}")
    return problems


@pytest.mark.parametrize("saved", [False, True], ids=["new case", "saved case"])
def test_every_control_has_a_name_without_mnemonic_marks(log_window: Any, saved: bool) -> None:
    window = log_window
    window.load_case(example("febrile.json"))
    if saved:
        window.save_action.trigger()
    controls = _controls(window)
    assert len(controls) > 30, "the walk reaches the whole window"
    assert _nameless(window) == []


def test_the_read_only_window_names_its_try_again_button(log_window: Any) -> None:
    log_window.set_read_only("another program holds the case log's lock.")
    log_window.log_notices.retry.show()
    assert _nameless(log_window) == []
    assert accessible_text(log_window.log_notices.retry) == "Try again"
