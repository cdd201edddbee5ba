"""Fixtures for the window tests: a main window at a fixed moment, and helpers that type like a clinician."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.tasks import SyncRunner
from tests.conftest import EXAMPLES


@pytest.fixture
def make_window(qtbot: Any, pack: Any, as_of: datetime) -> Callable[..., MainWindow]:
    """Build (and show) main windows evaluated at `as_of`; each is closed after the test."""

    def make(show: bool = True, **options: Any) -> MainWindow:
        options.setdefault("runner", SyncRunner())
        options.setdefault("clock", lambda: as_of)
        window = MainWindow(options.pop("pack", pack), **options)
        qtbot.addWidget(window)
        if show:
            window.show()
            qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    return make_window()


def example(name: str) -> dict[str, Any]:
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))


def named(window: QWidget, name: str) -> Any:
    """A control by its automation name (the public object-name contract)."""
    found = window.findChild(QWidget, name)
    assert found is not None, f"no widget named {name}"
    return found


def choose(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    assert index >= 0, f"{value!r} is not an item of {combo.objectName()}"
    combo.setCurrentIndex(index)


def add_anc(window: QWidget, value: float, unit: str, taken_at: datetime) -> None:
    named(window, "ancValueSpin").setValue(value)
    choose(named(window, "ancUnitCombo"), unit)
    named(window, "ancTakenAtEdit").setDateTime(QDateTime(taken_at))
    named(window, "addAncButton").click()


def decision_text(window: QWidget) -> str:
    label = named(window, "decisionLabel")
    assert isinstance(label, QLabel)
    return label.text()
