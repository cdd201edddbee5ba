"""Keyboard use as a keyboard-only clinician meets it: the Tab cycle, Enter, the case log and its context menu."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.gui.print_desk import PrintChoiceDialog
from tests.gui.conftest import example, named


def _walk(window: Any, qtbot: Any, key: Qt.Key) -> list[str]:
    """Press Tab (or Shift+Tab) from the patient reference until the focus comes back to it."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    named(window, "patientRefEdit").setFocus()
    visited: list[str] = []
    for _ in range(80):
        focused = QApplication.focusWidget()
        visited.append(focused.objectName())
        QTest.keyClick(focused, key)
        if QApplication.focusWidget() is named(window, "patientRefEdit"):
            return visited
    raise AssertionError(f"Tab never came back to the patient reference: {visited}")


def test_tab_visits_every_control_once_in_reading_order_and_shift_tab_reverses_it(window: Any, qtbot: Any) -> None:
    window.load_case(example("febrile.json") | {"last_fever_at": None})
    forward = _walk(window, qtbot, Qt.Key.Key_Tab)
    assert len(forward) == len(set(forward)), "no control is visited twice before the cycle closes"
    form_stops = [w.objectName() for w in window.form.tab_stops() if w.isVisibleTo(window) and w.isEnabled()]
    assert forward[: len(form_stops)] == form_stops, "the form top to bottom, every control"
    assert forward[len(form_stops) :] == [
        "saveButton",
        "recommendationPanel",
        "criteriaList",
        "pitfallChecklist",
        "searchEdit",
        "caseLogView",
    ]
    for name in ("ancTakenAtEdit", "removeAncButton", "noFeverCheck", "urtiCombo", "infectionSignsCombo", "notesEdit"):
        assert name in forward, f"{name} is reached going forward"
    assert forward.count("ancTakenAtEdit") == 1, "a date-time field is one Tab stop"
    backward = _walk(window, qtbot, Qt.Key.Key_Backtab)
    assert backward == [forward[0], *reversed(forward[1:])]


def test_a_saved_case_ends_the_cycle_with_pitfalls_then_override(log_window: Any, qtbot: Any) -> None:
    log_window.load_case(example("febrile.json"))
    log_window.save_action.trigger()
    forward = _walk(log_window, qtbot, Qt.Key.Key_Tab)
    tail = forward[forward.index("recommendationPanel") :]
    assert tail == [
        "recommendationPanel",
        "caseHistoryList",
        "criteriaList",
        "pitfallChecklist",
        "clinicianOverrideButton",
        "searchEdit",
        "caseLogView",
        "caseLogOpenButton",
        "caseLogPrintButton",
        "caseLogExportButton",
        "dueTable",
        "printWorklistButton",
    ]


def test_focus_starts_at_the_patient_reference(window: Any, qtbot: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is named(window, "patientRefEdit")


def test_arrow_keys_select_and_enter_opens_and_the_menu_key_acts_on_the_selected_row(
    log_window: Any, qtbot: Any, monkeypatch: Any
) -> None:
    window = log_window
    for name in ("febrile.json", "recovering.json", "unit-slip.json"):
        window.new_case()
        window.load_case(example(name))
        window.save_action.trigger()
    window.new_case()
    view = named(window, "caseLogView")
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    QTest.keyClick(view, Qt.Key.Key_Down)
    selected = view.model().index(1, 0).data()
    assert view.currentIndex().row() == 1 and window.form.is_blank(), "moving with the arrow keys opens nothing"

    exported: list[str] = []
    window.case_log.export_chosen.connect(exported.append)
    seen: list[list[str]] = []

    def show_menu(menu: Any, position: Any) -> None:
        seen.append([action.text() for action in menu.actions()])
        next(a for a in menu.actions() if a.objectName() == "caseLogExportAction").trigger()

    monkeypatch.setattr(window.case_log, "show_menu", show_menu)
    monkeypatch.setattr(PrintChoiceDialog, "ask", classmethod(lambda cls, *args, **kwargs: None))
    # The Menu key: Qt sends a keyboard context-menu event to the focused list, pointing wherever the mouse is.
    QApplication.sendEvent(
        view, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(2, 2), view.mapToGlobal(QPoint(2, 2)))
    )
    assert seen and all(selected in text for text in seen[0]), "every action names the selected patient"
    assert exported == [view.model().index(1, 0).data(Qt.ItemDataRole.UserRole)]

    QTest.keyClick(view, Qt.Key.Key_Return)
    assert named(window, "patientRefEdit").text() == selected, "Enter opens the selected case"


def test_enter_in_search_runs_it_and_goes_to_the_first_match(log_window: Any, qtbot: Any) -> None:
    window = log_window
    window.load_case(example("recovering.json"))
    window.save_action.trigger()
    window.new_case()
    search = named(window, "searchEdit")
    search.setFocus()
    QTest.keyClicks(search, "0412")
    QTest.keyClick(search, Qt.Key.Key_Return)
    assert window.case_log.model.query == "0412", "searched at once, without waiting"
    view = named(window, "caseLogView")
    assert view.hasFocus() and view.currentIndex().row() == 0 and window.form.is_blank()


def test_enter_presses_the_focused_button(window: Any, as_of: Any) -> None:
    window.activateWindow()
    named(window, "ancValueSpin").setValue(420)
    button = named(window, "addAncButton")
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Return)
    assert named(window, "ancTable").model().rowCount() == 1
    toggle = named(window, "cbcToggleButton")
    QTest.keyClick(toggle, Qt.Key.Key_Return)
    assert toggle.isChecked()


def test_every_print_and_export_dialog_names_the_patient_of_the_row(log_window: Any, qtbot: Any, monkeypatch: Any) -> None:
    from desktop_app.gui.print_desk import PdfFileDialog, PrintChoice, SystemPrintDialog

    window = log_window
    window.load_case(example("recovering.json"))
    window.save_action.trigger()
    window.new_case()
    window.load_case(example("febrile.json"))
    window.save_action.trigger()
    named_in_dialogs: list[str] = []

    def choose(cls: Any, parent: Any, default: str, for_pdf: bool = False, patient: str = "", **_: Any) -> PrintChoice:
        named_in_dialogs.append(patient)
        return PrintChoice("clinician", False, False)

    monkeypatch.setattr(PrintChoiceDialog, "ask", classmethod(choose))
    monkeypatch.setattr(
        SystemPrintDialog, "ask", classmethod(lambda cls, parent, printer: named_in_dialogs.append(printer.docName()) and False)
    )
    monkeypatch.setattr(
        PdfFileDialog, "ask", classmethod(lambda cls, parent, suggested, patient="": named_in_dialogs.append(patient))
    )
    view = named(window, "caseLogView")
    row = next(r for r in range(view.model().rowCount()) if view.model().index(r, 0).data() == "RHEU-0412")
    view.setCurrentIndex(view.model().index(row, 0))
    named(window, "caseLogPrintButton").click()
    named(window, "caseLogExportButton").click()
    assert named_in_dialogs == ["RHEU-0412", "NeutroHold - clinician summary - RHEU-0412", "RHEU-0412", "RHEU-0412"], (
        "the row's patient, not the one in the form (RHEU-0977)"
    )

    dialog = PrintChoiceDialog("clinician", True, window, "RHEU-0412")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Export PDF for RHEU-0412"
    assert named(dialog, "printPatientLabel").text() == "Patient: RHEU-0412"


def test_the_focus_ring_is_drawn_whole_round_the_focused_control(window: Any, qtbot: Any) -> None:
    from PySide6.QtCore import QRect

    from desktop_app.gui.theme import FOCUS_RING_WIDTH, current_scheme

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    ring = named(window, "focusRing")
    # Drawn on a layer over the window, so the edge of a control's own box does not cut it off.
    assert ring.parentWidget() is window
    for name in ("patientRefEdit", "ancValueSpin", "noFeverCheck", "searchEdit"):
        control = named(window, name)
        control.setFocus()
        qtbot.waitUntil(lambda control=control: ring.widget() is control)
        shown = QRect(control.mapTo(window, control.rect().topLeft()), control.size())
        assert ring.ring_rect.contains(shown) and window.rect().contains(ring.ring_rect)
        picture = window.grab().toImage()
        ratio = window.devicePixelRatioF()
        middle_y = ring.ring_rect.center().y()
        edge = [
            picture.pixelColor(int((ring.ring_rect.left() + x) * ratio), int(middle_y * ratio)).name()
            for x in range(FOCUS_RING_WIDTH)
        ]
        assert edge == [current_scheme().focus] * FOCUS_RING_WIDTH, f"{name}: a solid {FOCUS_RING_WIDTH} px ring, not {edge}"
