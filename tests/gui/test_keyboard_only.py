"""A whole case by keyboard alone: enter it, save it, find and reopen it, export its PDF; and count the key presses."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QFileDialog, QLabel, QMainWindow, QWidget

from desktop_app.gui.print_desk import EXPORT_FOLDER_KEY
from tests.gui.conftest import log_rows, named

# The real modal dialogs, before the autouse fixture makes them fail: this test answers them by keyboard.
REAL_DIALOG_EXEC = QDialog.exec
REAL_SAVE_FILE_NAME = QFileDialog.getSaveFileName
Key = Qt.Key
CTRL, ALT, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ShiftModifier


class Keyboard:
    """Presses keys on whatever has the focus, as a person would, and counts them."""

    def __init__(self) -> None:
        self.presses = 0

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        dialog = QApplication.activeModalWidget()
        target = QApplication.focusWidget()
        if dialog is not None and (target is None or target.window() is not dialog):
            target = dialog
        assert target is not None, "something has the focus"
        self.presses += 1
        QTest.keyClick(target, key, modifiers)

    def type(self, text: str) -> None:
        for character in text:
            target = QApplication.focusWidget()
            assert target is not None
            self.presses += 1
            QTest.keyClicks(target, character)

    def answer_dialogs(self, *answers: tuple[Qt.Key, ...]) -> list[str]:
        """As each modal dialog comes up in turn, press its keys in it; returns the dialog titles seen."""
        seen: list[str] = []
        answered: list[QWidget] = []

        def answer() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None or not dialog.isVisible() or dialog in answered:
                QTimer.singleShot(20, answer)
                return
            if not dialog.isActiveWindow():
                dialog.activateWindow()  # as the window system does for a new dialog
                QTimer.singleShot(20, answer)
                return
            answered.append(dialog)
            seen.append(dialog.windowTitle())
            for key in answers[len(seen) - 1]:
                self.press(key)
            if len(seen) < len(answers):
                QTimer.singleShot(20, answer)

        QTimer.singleShot(20, answer)
        return seen


@pytest.fixture
def keys(qtbot: Any) -> Iterator[Keyboard]:
    keyboard = Keyboard()
    yield keyboard
    # A shortcut that opened a modal dialog gets its key release after the dialog: let go of every modifier,
    # or the next test's clicks would count as Shift+clicks.
    spare = QWidget()
    qtbot.addWidget(spare)
    for modifier in (Key.Key_Shift, Key.Key_Control, Key.Key_Alt):
        QTest.keyRelease(spare, modifier)
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def mnemonic_clashes(widget: QWidget) -> dict[str, list[str]]:
    """Alt+letters that more than one control of `widget` claims (its buddied labels, buttons and, for a
    window, its menu titles): each such letter with the texts that claim it."""
    texts = [label.text() for label in widget.findChildren(QLabel) if label.buddy() is not None]
    texts += [button.text() for button in widget.findChildren(QAbstractButton)]
    if isinstance(widget, QMainWindow):
        texts += [action.text() for action in widget.menuBar().actions()]
    owners: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        letter = mnemonic(text)
        if letter:
            owners[letter].append(text)
    return {letter: names for letter, names in owners.items() if len(names) > 1}


def test_no_alt_letter_is_used_twice_in_the_window(window: Any) -> None:
    """Two controls on one Alt+letter only take turns at the focus: neither can be reached at one press."""
    assert mnemonic_clashes(window) == {}


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # the offscreen platform, for the file dialog
def test_a_whole_case_by_keyboard_alone(
    log_window: Any, qtbot: Any, keys: Keyboard, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: Any
) -> None:
    monkeypatch.setattr(QDialog, "exec", REAL_DIALOG_EXEC)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", REAL_SAVE_FILE_NAME)
    window = log_window
    window._settings.setValue(EXPORT_FOLDER_KEY, str(tmp_path))  # where this clinician saved PDFs last time
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert QApplication.focusWidget() is named(window, "patientRefEdit"), "typing goes into the case at once"
    focused: Callable[[], QWidget | None] = QApplication.focusWidget

    keys.type("KB-1")
    for _ in range(5):  # age, anakinra, indication, kidney function, then the new count
        keys.press(Key.Key_Tab)
    assert focused() is named(window, "ancValueSpin")
    keys.type("410")
    keys.press(Key.Key_Return)
    assert window.form.anc_model.rowCount() == 1
    keys.press(Key.Key_L, ALT)  # Last fever
    keys.press(Key.Key_Tab)  # its "none recorded" box
    keys.press(Key.Key_Space)
    keys.press(Key.Key_U, ALT)  # Viral URTI symptoms
    keys.press(Key.Key_Down)  # active
    keys.press(Key.Key_O, ALT)  # Signs of other infection
    keys.press(Key.Key_Up)  # no
    assert named(window, "noFeverCheck").isChecked() and named(window, "urtiCombo").currentData() == "active"
    assert named(window, "infectionSignsCombo").currentData() is False
    # A person reads the recommendation before saving it; it appears once typing pauses.
    qtbot.waitUntil(lambda: "Withhold anakinra" in named(window, "decisionLabel").text() and window.save_action.isEnabled())
    keys.press(Key.Key_S, CTRL)
    assert [row[0] for row in log_rows(window)] == ["KB-1"], "saved"

    keys.press(Key.Key_N, CTRL)
    assert window.form.is_blank()
    keys.press(Key.Key_F, CTRL)
    keys.type("KB-1")
    keys.press(Key.Key_Return)  # search now; the first match is selected
    keys.press(Key.Key_Return)  # open it
    assert named(window, "patientRefEdit").text() == "KB-1" and window.is_unchanged(), "the saved case is reopened"

    # The printout dialog (Enter: clinician summary, Choose file…), then the file dialog (Enter: save as proposed).
    titles = keys.answer_dialogs((Key.Key_Return,), (Key.Key_Return,))
    keys.press(Key.Key_E, CTRL | SHIFT)
    qtbot.waitUntil(lambda: bool(sorted(tmp_path.glob("KB-1-summary-*.pdf"))), timeout=10_000)
    written = sorted(tmp_path.glob("KB-1-summary-*.pdf"))
    assert written and written[0].read_bytes().startswith(b"%PDF")
    assert titles == ["Export PDF for KB-1", "Export PDF for KB-1"], "both dialogs name the patient"
    with capsys.disabled():
        print(f"\nkeyboard only: a whole case entered, saved, found, reopened and exported in {keys.presses} key presses")
    assert keys.presses < 70
