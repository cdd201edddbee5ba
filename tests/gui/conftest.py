"""Fixtures for the window tests: a main window at a fixed moment, and helpers that type like a clinician."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QLabel, QMessageBox, QWidget

from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.tasks import SyncRunner
from desktop_app.services import caselog
from tests.conftest import EXAMPLES


@pytest.fixture(autouse=True)
def modal_dialogs_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog nobody answers would hang the run: fail instead. Tests replace the ask() they expect."""

    def refuse(*args: Any, **kwargs: Any) -> None:
        pytest.fail(f"an unexpected modal dialog would block the test: {args!r}")

    for owner, name in (
        (QDialog, "exec"), (QMessageBox, "exec"), (QMessageBox, "question"), (QMessageBox, "warning"),
        (QMessageBox, "critical"), (QMessageBox, "information"), (QMessageBox, "about"), (QFileDialog, "getSaveFileName"),
    ):  # fmt: skip
        monkeypatch.setattr(owner, name, refuse)


@pytest.fixture(autouse=True)
def one_printer(monkeypatch: pytest.MonkeyPatch) -> None:
    """One printer installed, whatever this computer has (tests/printing/ prints on a real CUPS queue)."""
    from desktop_app.gui.print_desk import PrinterSearch

    monkeypatch.setattr(PrinterSearch, "find", classmethod(lambda cls: ("Test printer",)))


@pytest.fixture
def case_logs() -> Iterator[Callable[[Path], caselog.CaseLog]]:
    """Open real case log files; each is closed after the test, once its windows have closed (pytest-qt
    closes widgets before fixtures are torn down)."""
    opened: list[caselog.CaseLog] = []

    def open_log(path: Path) -> caselog.CaseLog:
        log = caselog.open_log(path)
        opened.append(log)
        return log

    yield open_log
    for log in opened:
        log.close()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "logs" / "caselog.db"


@pytest.fixture
def make_window(
    case_logs: Callable[[Path], caselog.CaseLog], qtbot: Any, pack: Any, as_of: datetime
) -> Callable[..., MainWindow]:
    """Build (and show) main windows evaluated at `as_of`; each is closed after the test.

    `db=PATH` attaches a case log opened on that file (a second window on the same file has its own
    connection, as a second NeutroHold would).
    """

    def make(show: bool = True, db: Path | None = None, **options: Any) -> MainWindow:
        options.setdefault("runner", SyncRunner())
        options.setdefault("clock", lambda: as_of)
        if db is not None:
            options["log"] = case_logs(db)
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


@pytest.fixture
def log_window(make_window: Callable[..., MainWindow], db: Path) -> MainWindow:
    """A window on a fresh case log file."""
    return make_window(db=db)


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


def enter_case(window: QWidget, patient_ref: str, anc: float, taken_at: datetime) -> None:
    """Type a minimal case as a clinician would: reference, one count, URTI and infection signs."""
    named(window, "patientRefEdit").setText(patient_ref)
    add_anc(window, anc, "cells/uL", taken_at)
    choose(named(window, "urtiCombo"), "active")
    choose(named(window, "infectionSignsCombo"), False)


def log_rows(window: Any) -> list[tuple[str, ...]]:
    """The case log table as shown: one tuple of cell texts per loaded row."""
    model = named(window, "caseLogView").model()
    return [tuple(model.index(r, c).data() for c in range(model.columnCount())) for r in range(model.rowCount())]


def decision_text(window: QWidget) -> str:
    label = named(window, "decisionLabel")
    assert isinstance(label, QLabel)
    return label.text()
