"""Where the focus goes after Save, reopening a case, New case and a dialog: somewhere a clinician expects, in view."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop_app.gui import accessibility
from desktop_app.gui.accessibility import Notice
from tests.gui.conftest import example, named

# Taken before the autouse fixture replaces it: these tests answer real dialogs themselves.
REAL_DIALOG_EXEC = QDialog.exec


def _active(window: Any, qtbot: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _in_view(widget: QWidget, area: Any) -> bool:
    """The widget's top-left corner lies inside the scroll area's viewport."""
    corner = widget.mapTo(area.viewport(), QPoint(0, 0))
    return area.viewport().rect().contains(corner)


def test_save_keeps_the_focus_in_the_form_next_to_save_and_says_saved(
    log_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard: list[Notice] = []
    monkeypatch.setattr(accessibility, "screen_reader_sink", heard.append)
    window = log_window
    _active(window, qtbot)
    window.load_case(example("febrile.json") | {"notes": ""})
    window.new_case()  # the loaded case counts as saved: start anew and enter it as unsaved
    window.restore_draft(example("febrile.json"), ())
    save = named(window, "saveButton")
    save.setFocus()
    assert save.isEnabled() and QApplication.focusWidget() is save
    save.click()
    assert window.log_session.shows_saved() and not save.isEnabled()
    focused = QApplication.focusWidget()
    assert focused is window.form.tab_stops()[-1], f"focus stays in the form on Save's neighbour, not on {focused.objectName()}"
    assert _in_view(focused, window.form_scroll)
    assert ("Saved to the case log.", False) in [(n.text, n.assertive) for n in heard if n.kind == "announcement"]


def test_reopening_a_case_puts_the_focus_on_the_first_field_with_the_banner_in_view(log_window: Any, qtbot: Any) -> None:
    window = log_window
    _active(window, qtbot)
    window.load_case(example("febrile.json"))
    window.save_action.trigger()
    window.new_case()
    window.resize(window.minimumSize())
    # Scrolled to the bottom of the form and of the panel, working in the case log.
    for area in (window.form_scroll, window.panel):
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    view = named(window, "caseLogView")
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    named(window, "caseLogOpenButton").click()
    qtbot.waitUntil(lambda: named(window, "patientRefEdit").text() != "")
    assert QApplication.focusWidget() is named(window, "patientRefEdit")
    assert window.form_scroll.verticalScrollBar().value() == 0
    assert window.panel.verticalScrollBar().value() == 0, "the decision banner at the top of the panel is in view"
    assert _in_view(named(window, "decisionLabel"), window.panel)


def test_new_case_puts_the_focus_on_the_patient_reference(window: Any, qtbot: Any) -> None:
    _active(window, qtbot)
    window.load_case(example("recovering.json"))
    named(window, "notesEdit").setFocus()
    window.form_scroll.verticalScrollBar().setValue(window.form_scroll.verticalScrollBar().maximum())
    window.new_action.trigger()
    assert QApplication.focusWidget() is named(window, "patientRefEdit")
    assert _in_view(named(window, "patientRefEdit"), window.form_scroll)


def _close_next_dialog(qtbot: Any, accept: bool = False) -> list[str]:
    """Answer the next modal dialog (Cancel, or OK) once it is showing; its object name is recorded."""
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.objectName())
        dialog.accept() if accept else dialog.reject()

    QTimer.singleShot(20, answer)
    return seen


def _back(window: Any, qtbot: Any) -> None:
    """The dialog has gone: the window manager makes the window active again (the offscreen platform needs telling)."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    _active(window, qtbot)


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # the offscreen platform, for real dialogs
def test_after_a_dialog_closes_the_focus_is_back_on_the_control_that_opened_it(
    log_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QDialog, "exec", REAL_DIALOG_EXEC)
    window = log_window
    _active(window, qtbot)
    window.load_case(example("febrile.json"))
    window.save_action.trigger()

    override = named(window, "clinicianOverrideButton")
    override.setFocus()
    seen = _close_next_dialog(qtbot)
    override.click()
    assert seen == ["clinicianOverrideDialog"]
    _back(window, qtbot)
    assert QApplication.focusWidget() is override

    print_button = named(window, "caseLogPrintButton")
    view = named(window, "caseLogView")
    view.setCurrentIndex(view.model().index(0, 0))
    print_button.setFocus()
    seen = _close_next_dialog(qtbot)
    print_button.click()
    assert seen == ["printChoiceDialog"]
    _back(window, qtbot)
    assert QApplication.focusWidget() is print_button

    # A dialog opened by a shortcut gives the focus back to where the clinician was typing.
    notes = named(window, "notesEdit")
    notes.setFocus()
    seen = _close_next_dialog(qtbot)
    window.preferences_action.trigger()
    assert seen == ["preferencesDialog"]
    _back(window, qtbot)
    assert QApplication.focusWidget() is notes


def test_moving_through_the_criteria_keeps_the_current_one_in_view(window: Any, qtbot: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    _active(window, qtbot)
    window.load_case(example("recovering.json"))
    window.resize(window.minimumSize())
    criteria = named(window, "criteriaList")
    assert criteria.count() >= 2
    # A panel shorter than the list (a small screen, a large font): one criterion at a time fits.
    window.panel.setFixedHeight(max(criteria.height() // criteria.count(), 1) + 2 * window.panel.frameWidth())
    qtbot.waitUntil(lambda: window.panel.viewport().height() < criteria.height())
    criteria.setFocus()
    criteria.setCurrentRow(0)
    for row in range(1, criteria.count()):
        QTest.keyClick(criteria, Qt.Key.Key_Down)
        assert criteria.currentRow() == row
        rect = criteria.visualRect(criteria.currentIndex())
        centre = criteria.viewport().mapTo(window.panel.viewport(), rect.center())
        assert window.panel.viewport().rect().contains(centre), f"criterion {row} is scrolled into view"
