"""The main window driven through its public object names: live decision, marking, saving, layout memory."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMenuBar,
    QMessageBox,
    QPlainTextEdit,
    QScrollBar,
    QTableView,
    QTextEdit,
    QWidget,
)

from desktop_app.gui.problem_message import DiscardQuestion, ProblemMessage
from desktop_app.gui.preferences import Preferences, PreferencesDialog
from desktop_app.gui.print_desk import PrintChoiceDialog
from desktop_app.gui.recommendation_panel import CRITERION_ID_ROLE, CRITERION_MET_ROLE
from desktop_app.gui.theme import DANGER
from desktop_app.knowledge import apply_overrides
from desktop_app.models import parse_case
from tests.gui.conftest import add_anc, choose, decision_text, example, named

CONTRACT_NAMES = (
    "mainWindow patientRefEdit ageSpin anakinraStatusCombo ancValueSpin ancUnitCombo ancTakenAtEdit addAncButton "
    "ancTable lastFeverEdit noFeverCheck urtiCombo infectionSignsCombo lowerRespCheck expectedDaysSpin "
    "priorNeutropeniaCheck hematologicCheck notesEdit decisionLabel criteriaList earliestResumeLabel redFlagsPanel "
    "pitfallChecklist saveButton caseLogView searchEdit"
).split()


def test_every_contract_object_name_is_there(window: Any) -> None:
    assert window.objectName() == "mainWindow"
    for name in CONTRACT_NAMES[1:]:
        assert len(window.findChildren(QWidget, name)) == 1, name


def test_combo_items_carry_their_contract_value(window: Any) -> None:
    def items(name: str) -> list[tuple[str, Any]]:
        combo = named(window, name)
        return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]

    assert items("anakinraStatusCombo") == [("active", "active"), ("held", "held")]
    assert items("urtiCombo") == [("active", "active"), ("resolved", "resolved"), ("none", "none")]
    assert items("infectionSignsCombo") == [("yes", True), ("no", False), ("not assessed", None)]
    assert [named(window, "ancUnitCombo").itemData(i) for i in range(4)] == ["cells/uL", "cells/mm3", "10^9/L", "10^3/uL"]


def test_a_new_case_is_not_marked_and_cannot_be_saved(window: Any) -> None:
    assert named(window, "decisionLabel").property("decision") == "blank"
    assert not named(window, "redFlagsPanel").isVisible()
    assert not named(window, "saveButton").isEnabled()
    assert not window.save_action.isEnabled() and not window.print_action.isEnabled()
    assert not [w.objectName() for w in window.findChildren(QWidget) if w.property("invalid")]


def test_decision_follows_the_anc_after_the_debounce(window: Any, qtbot: Any, as_of: datetime) -> None:
    named(window, "patientRefEdit").setText("RHEU-0001")
    add_anc(window, 320, "cells/uL", as_of - timedelta(hours=2))
    assert window.live.is_pending(), "evaluation waits for the form to be still"
    qtbot.waitUntil(lambda: "Withhold anakinra" in decision_text(window))
    assert decision_text(window).startswith("■ STOP")
    assert named(window, "decisionLabel").property("decision") == "withhold"
    assert named(window, "saveButton").isEnabled()

    table = named(window, "ancTable")
    table.model().setData(table.model().index(0, 1), 1800.0)
    qtbot.waitUntil(lambda: "Continue anakinra" in decision_text(window))
    assert named(window, "decisionLabel").property("decision") == "continue"
    assert "not applicable" in named(window, "earliestResumeLabel").text()


def test_held_patient_recovering_may_resume(window: Any, qtbot: Any, as_of: datetime) -> None:
    named(window, "patientRefEdit").setText("RHEU-0412")
    choose(named(window, "anakinraStatusCombo"), "held")
    add_anc(window, 380, "cells/uL", as_of - timedelta(days=6))
    choose(named(window, "urtiCombo"), "resolved")
    choose(named(window, "infectionSignsCombo"), False)
    named(window, "noFeverCheck").setChecked(True)
    qtbot.waitUntil(lambda: "Withhold anakinra" in decision_text(window))
    add_anc(window, 1.1, "10^9/L", as_of - timedelta(hours=4))
    qtbot.waitUntil(lambda: "Resume anakinra" in decision_text(window))
    assert decision_text(window).startswith("\u25ba RESTART")  # the vocabulary symbol, as printed
    criteria = named(window, "criteriaList")
    assert [criteria.item(i).data(CRITERION_MET_ROLE) for i in range(criteria.count())] == [True] * 4
    assert named(window, "earliestResumeLabel").text().startswith("Earliest resume: now")
    assert not named(window, "redFlagsPanel").isVisible()


def test_criteria_list_shows_met_not_met_and_unknown(window: Any) -> None:
    window.load_case(example("febrile.json"))
    criteria = named(window, "criteriaList")
    states = {
        criteria.item(i).data(CRITERION_ID_ROLE): criteria.item(i).data(CRITERION_MET_ROLE) for i in range(criteria.count())
    }
    assert states == {"anc_recovered": False, "urti_resolved": False, "no_active_infection": None, "afebrile_48h": False}
    texts = [criteria.item(i).text() for i in range(criteria.count())]
    assert texts[0].startswith("✗ NOT MET") and texts[2].startswith("? UNKNOWN")
    assert "2026-11-25 21:15" in named(window, "earliestResumeLabel").text()


def test_red_flags_stand_above_the_decision_for_febrile_neutropenia(window: Any) -> None:
    window.load_case(example("recovering.json"))
    assert not named(window, "redFlagsPanel").isVisible()
    window.load_case(example("febrile.json"))
    flags = named(window, "redFlagsPanel")
    assert flags.isVisible()
    assert "febrile neutropenia" in named(window, "redFlagsText").text()
    assert flags.geometry().bottom() < named(window, "decisionLabel").geometry().top()


def test_unit_slip_warning_appears_next_to_the_anc(window: Any) -> None:
    window.load_case(example("unit-slip.json"))
    warning = named(window, "unitSlipLabel")
    assert warning.isVisible()
    assert "did you mean 0.6 x10^9/L" in warning.text()
    assert warning.parentWidget() is named(window, "ancTable").parentWidget().parentWidget()
    window.load_case(example("recovering.json"))
    assert not warning.isVisible()


def test_invalid_count_time_is_marked_at_the_field_and_kept(window: Any, qtbot: Any, as_of: datetime, monkeypatch: Any) -> None:
    window.load_case(example("recovering.json"))
    assert named(window, "saveButton").isEnabled()
    table = named(window, "ancTable")
    future = as_of + timedelta(days=1)
    table.model().setData(table.model().index(3, 0), QDateTime(future))
    qtbot.waitUntil(lambda: decision_text(window).startswith("✎ Fix: ANC count 4, taken at"))
    assert table.property("invalid") is True
    assert "after the evaluation time" in table.toolTip()
    assert named(window, "ancTableMessage").isVisible()
    assert table.model().index(3, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert table.model().readings()[3]["taken_at"] == future, "what was typed is kept"
    assert not named(window, "saveButton").isEnabled() and not window.save_action.isEnabled()

    warnings: list[str] = []
    monkeypatch.setattr(ProblemMessage, "tell", lambda parent, title, text, *rest: warnings.append(text))
    with qtbot.assertNotEmitted(window.save_requested):
        window.request_save()
    assert warnings and "ANC count 4, taken at" in warnings[0]

    table.model().setData(table.model().index(3, 0), QDateTime(as_of - timedelta(hours=1)))
    qtbot.waitUntil(lambda: "Resume anakinra" in decision_text(window))
    assert not table.property("invalid") and not named(window, "ancTableMessage").isVisible()


def test_empty_patient_reference_and_long_notes_are_refused_with_the_text_kept(window: Any, qtbot: Any) -> None:
    window.load_case(example("recovering.json"))
    reference = named(window, "patientRefEdit")
    reference.setText("   ")
    qtbot.waitUntil(lambda: decision_text(window).startswith("✎ Fix: Patient reference"))
    assert reference.property("invalid") is True and reference.text() == "   "
    reference.setText("RHEU-0412")
    notes = named(window, "notesEdit")
    notes.setPlainText("x" * 4001)
    qtbot.waitUntil(lambda: decision_text(window).startswith("✎ Fix: Notes"))
    assert notes.property("invalid") is True and len(notes.toPlainText()) == 4001
    assert not reference.property("invalid")
    assert decision_text(window) == "✎ Fix: Notes: is longer than 4000 characters"


def _has_colour(widget: QWidget, colour: str, tolerance: int = 40) -> bool:
    """Whether any painted pixel of the widget is close to `colour`: what a user sees, not a property."""
    image = widget.grab().toImage()
    wanted = QColor(colour)
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - wanted.red()) + abs(pixel.green() - wanted.green()) + abs(pixel.blue() - wanted.blue())
                <= tolerance
            ):
                return True
    return False


def test_the_invalid_mark_and_the_banner_colours_are_painted(window: Any, qtbot: Any) -> None:
    window.load_case(example("recovering.json"))
    reference = named(window, "patientRefEdit")
    qtbot.waitUntil(lambda: "Resume anakinra" in decision_text(window))
    assert not _has_colour(reference, DANGER)
    assert _has_colour(named(window, "decisionLabel"), "#dff3df")  # the pale green of Resume
    reference.setText("")
    qtbot.waitUntil(lambda: reference.property("invalid") is True)
    assert _has_colour(reference, DANGER)  # the red border round the field
    message = named(window, "patientRefEditMessage")
    assert message.isVisible() and _has_colour(message, DANGER) and message.font().bold()
    reference.setText("RHEU-0412")
    qtbot.waitUntil(lambda: not reference.property("invalid"))
    assert not _has_colour(reference, DANGER) and not message.isVisible()
    window.load_case(example("febrile.json"))
    qtbot.waitUntil(lambda: "Withhold anakinra" in decision_text(window))
    assert _has_colour(named(window, "decisionLabel"), DANGER)  # the red STOP banner
    assert _has_colour(named(window, "redFlagsPanel"), DANGER)  # its red frame


def test_removing_the_last_count_asks_for_one(window: Any, qtbot: Any) -> None:
    window.load_case(example("unit-slip.json"))
    table = named(window, "ancTable")
    table.selectRow(0)
    named(window, "removeAncButton").click()
    qtbot.waitUntil(lambda: decision_text(window).startswith("✎ Fix: ANC counts"))
    assert table.property("invalid") is True


def test_save_print_and_export_hand_over_a_validated_snapshot(window: Any, qtbot: Any, monkeypatch: Any) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(
        PrintChoiceDialog, "ask", classmethod(lambda cls, parent, default, for_pdf=False, **_: asked.append(for_pdf))
    )
    window.load_case(example("febrile.json"))
    checklist = named(window, "pitfallChecklist")
    checklist.item(1).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(window.save_requested) as saved:
        named(window, "saveButton").click()
    snapshot = saved.args[0]
    assert snapshot.case == parse_case(example("febrile.json"))
    assert snapshot.recommendation.decision == "withhold"
    assert snapshot.ticked_pitfalls == ("inadequate_monitoring",)
    with qtbot.waitSignal(window.print_requested) as printed:
        window.print_action.trigger()
    assert printed.args[0].case.patient_ref == "RHEU-0977"
    with qtbot.waitSignal(window.export_pdf_requested):
        window.export_action.trigger()
    assert asked == [False, True], "the print desk asked which printout, and nothing was printed when cancelled"


def test_pitfall_ticks_are_announced_and_survive_reevaluation(window: Any, qtbot: Any) -> None:
    window.load_case(example("febrile.json"), ticked=["alternative_causes"])
    checklist = named(window, "pitfallChecklist")
    assert checklist.ticked_ids() == ["alternative_causes"]
    with qtbot.waitSignal(window.pitfall_ticked) as ticked:
        checklist.item(0).setCheckState(Qt.CheckState.Checked)
    assert ticked.args == ["premature_resumption", True]
    named(window, "ageSpin").setValue(72)
    qtbot.waitUntil(lambda: not window.live.is_pending())
    assert checklist.ticked_ids() == ["premature_resumption", "alternative_causes"]


def test_new_case_asks_before_discarding_unsaved_input(window: Any, monkeypatch: Any) -> None:
    window.load_case(example("febrile.json"))
    named(window, "ageSpin").setValue(80)
    answers = [False]  # Cancel
    monkeypatch.setattr(DiscardQuestion, "ask", lambda *args: answers.pop(0))
    window.new_action.trigger()
    assert named(window, "patientRefEdit").text() == "RHEU-0977"
    answers.append(True)  # Discard
    window.new_action.trigger()
    assert named(window, "patientRefEdit").text() == ""
    assert named(window, "decisionLabel").property("decision") == "blank"
    assert named(window, "pitfallChecklist").ticked_ids() == []


def test_a_saved_case_is_replaced_without_asking(log_window: Any, monkeypatch: Any) -> None:
    window = log_window
    window.load_case(example("febrile.json"))
    named(window, "ageSpin").setValue(80)
    window.save_action.trigger()
    assert window.session.state == "saved"
    monkeypatch.setattr(DiscardQuestion, "ask", lambda *args: pytest.fail("asked"))
    window.new_case()
    assert window.form.is_blank()


def test_site_overrides_are_shown_when_active(make_window: Any, pack: Any) -> None:
    site_pack = apply_overrides(pack, {"resume_anc_above": (1000, "haematology protocol 2026")}, site="North clinic")
    window = make_window(pack=site_pack)
    window.load_case(example("recovering.json"))
    panel = named(window, "siteOverridesPanel")
    assert panel.isVisible()
    text = named(window, "siteOverridesText").text()
    assert "North clinic" in text and "resume_anc_above = 1000 (pack default 500)" in text and "haematology protocol" in text
    assert "site overrides active" in named(window, "statusPackLabel").text()


def test_rules_show_their_provenance_and_the_sources_that_differ(window: Any) -> None:
    window.load_case(example("febrile.json"))
    badge = named(window, "provenanceBadge_withhold_low_anc")
    assert badge.text() == "ARTICLE ONLY" and badge.property("provenance") == "article-only"
    assert named(window, "provenanceBadge_red_flag_febrile_neutropenia").text() == "GUIDELINE"
    assert "EU label" in named(window, "sourcesDifferLabel").text()
    assert "Next due" in named(window, "monitoringLabel").text()
    assert "Antiviral" in named(window, "prophylaxisLabel").text()
    assert "concomitant immunosuppressants" in named(window, "riskFactorsLabel").text()


def test_case_text_is_shown_as_plain_text(window: Any) -> None:
    case = example("febrile.json") | {"patient_ref": "<b>RHEU</b>"}
    window.load_case(case)
    from PySide6.QtWidgets import QLabel

    for label in window.findChildren(QLabel):
        if label.text() and label.objectName() not in ("", "qt_scrollarea_viewport"):
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_find_puts_the_cursor_in_the_search_box(window: Any, qtbot: Any) -> None:
    window.activateWindow()
    named(window, "patientRefEdit").setFocus()
    window.find_action.trigger()
    qtbot.waitUntil(lambda: named(window, "searchEdit").hasFocus())
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    shortcuts = {a.objectName(): a.shortcut().toString() for a in window.actions()}
    assert shortcuts["newAction"] == "Ctrl+N" and shortcuts["saveAction"] == "Ctrl+S"
    assert shortcuts["printAction"] == "Ctrl+P" and shortcuts["quitAction"] == "Ctrl+Q"
    assert shortcuts["exportPdfAction"]


def test_window_layout_is_remembered(make_window: Any, qtbot: Any) -> None:
    first = make_window()
    # The offscreen screen is 800 x 800, so the remembered size has to fit in it.
    default = first.size()
    first.resize(default.width(), default.height() - 90)
    first.splitter.setSizes([150, 300, 330])
    sizes = first.splitter.sizes()
    first.close()
    second = make_window()
    assert second.size() == first.size() != default
    assert second.splitter.sizes() == sizes


def test_preferences_are_asked_for_and_remembered(make_window: Any, monkeypatch: Any) -> None:
    window = make_window()
    chosen = Preferences(clinician_name="Dr A. Osei", site_name="North clinic", paper_size="letter", default_audience="patient")
    seen: list[Preferences] = []

    def ask(cls: Any, parent: Any, current: Preferences) -> Preferences:
        seen.append(current)
        return chosen

    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(ask))
    window.preferences_action.trigger()
    assert seen == [Preferences()]
    assert window.preferences == chosen
    assert make_window(show=False).preferences == chosen


def test_preferences_dialog_copies_to_and_from_the_model(qtbot: Any) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    chosen = Preferences(clinician_name="Dr B", site_name="South", paper_size="letter", default_audience="patient")
    dialog.load(chosen)
    assert dialog.to_model() == chosen


def test_about_names_the_pack(window: Any, monkeypatch: Any) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window.about_action.trigger()
    assert "anakinra-neutropenia" in shown[0]


def _interactive(widget: QWidget) -> bool:
    return isinstance(
        widget,
        (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QTextEdit, QPlainTextEdit, QAbstractItemView, QMenuBar, QMenu),
    )


def _inside_a_compound_control(widget: QWidget, top: QWidget) -> bool:
    """Parts Qt builds inside one control (a spin box's line edit, a table's header, scroll bars)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(
            parent, (QAbstractSpinBox, QComboBox, QAbstractItemView, QScrollBar, QLineEdit)
        ) or parent.objectName().startswith("qt_scrollarea_"):
            if not (isinstance(parent, QAbstractItemView) and parent.objectName() == "qt_scrollarea_viewport"):
                return True
        parent = parent.parentWidget()
    # The menu bar's own overflow menu is not one of the window's menus.
    if isinstance(widget, QMenu) and isinstance(widget.parentWidget(), QMenuBar):
        return widget.menuAction() not in widget.parentWidget().actions()
    return widget.objectName().startswith("qt_")


def test_every_interactive_widget_has_an_object_name_and_accessible_name(window: Any) -> None:
    window.load_case(example("febrile.json"))
    missing = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in window.findChildren(QWidget)
        if _interactive(w) and not _inside_a_compound_control(w, window) and not (w.objectName() and w.accessibleName())
    ]
    assert missing == []


def test_every_control_of_a_saved_case_has_names(log_window: Any) -> None:
    log_window.load_case(example("recovering.json"))
    log_window.save_action.trigger()
    named(log_window, "caseLogView").setCurrentIndex(named(log_window, "caseLogView").model().index(0, 0))
    missing = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in log_window.findChildren(QWidget)
        if _interactive(w) and not _inside_a_compound_control(w, log_window) and not (w.objectName() and w.accessibleName())
    ]
    assert missing == []
    for name in ("clinicianOverrideButton", "caseHistoryList", "caseLogOpenButton", "caseLogPrintButton", "caseLogExportButton"):
        assert named(log_window, name).isEnabled(), name


def test_without_a_case_log_the_pane_says_so_and_search_is_still_announced(window: Any, qtbot: Any) -> None:
    assert window.log_session is None
    empty = named(window, "caseLogEmptyLabel")
    assert empty.isVisible() and empty.text() == "Opening the case log…"
    assert not window.refresh_action.isEnabled()
    with qtbot.waitSignal(window.case_log.search_changed) as searched:
        named(window, "searchEdit").setText(" 0412 ")
    assert searched.args == ["0412"]
    view = named(window, "caseLogView")
    assert isinstance(view, QTableView) and view.isSortingEnabled(), "the log sorts by any column, newest first to begin with"
    assert isinstance(named(window, "criteriaList"), QListWidget)


def test_every_alt_letter_leads_to_a_control_that_takes_focus(window: Any) -> None:
    from PySide6.QtWidgets import QLabel

    letters: dict[str, str] = {}
    for label in window.findChildren(QLabel):
        if "&" in label.text():
            buddy = label.buddy()
            assert buddy is not None and buddy.focusPolicy() != Qt.FocusPolicy.NoFocus, label.text()
            letter = label.text().split("&")[1][0].lower()
            assert letter not in letters, f"Alt+{letter} is used by {letters[letter]!r} and {label.text()!r}"
            letters[letter] = label.text()


def test_print_hands_over_the_evaluation_on_screen_and_judges_a_stale_one_again(
    make_window: Any, qtbot: Any, monkeypatch: Any, as_of: datetime
) -> None:
    monkeypatch.setattr(PrintChoiceDialog, "ask", classmethod(lambda cls, parent, default, for_pdf=False, **_: None))
    now = [as_of]
    window = make_window(clock=lambda: now[0])
    shown = window.load_case(example("febrile.json"))  # no as_of of its own: judged at the clock's time
    redrawn: list[Any] = []
    window.live.updated.connect(redrawn.append)
    now[0] = as_of + timedelta(seconds=30)
    with qtbot.waitSignal(window.print_requested) as printed:
        window.print_action.trigger()
    assert printed.args[0].recommendation is shown.recommendation, "what is printed is what the panel shows"
    assert redrawn == [], "pressing Print did not evaluate the case again nor redraw the panel"
    now[0] = as_of + timedelta(hours=3)  # left open: judged again at the moment Print is pressed
    with qtbot.waitSignal(window.print_requested) as printed:
        window.print_action.trigger()
    assert printed.args[0].recommendation.as_of > shown.recommendation.as_of
    assert len(redrawn) == 1 and redrawn[0].recommendation is printed.args[0].recommendation
    named(window, "ageSpin").setValue(71)  # a change not yet evaluated (debounce running) is evaluated first
    with qtbot.waitSignal(window.print_requested) as printed:
        window.print_action.trigger()
    assert printed.args[0].case.age_years == 71


def test_each_case_shows_only_its_own_rules(window: Any) -> None:
    """The rule rows are refilled for the next case: none of the previous case's rules is left on screen."""

    def shown_rules() -> list[str]:
        labels = [w for w in window.panel.basis.findChildren(QLabel) if w.isVisibleTo(window)]
        texts = [label for label in labels if not label.objectName().startswith("provenanceBadge_")]
        assert len(labels) == 2 * len(texts), "each rule shown has its badge and its text, and nothing else is shown"
        return sorted(label.objectName().removeprefix("basisText_") for label in texts)

    first = window.load_case(example("febrile.json")).recommendation
    assert shown_rules() == sorted(rule.id for rule in first.basis)
    second = window.load_case(example("recovering.json")).recommendation
    assert {rule.id for rule in first.basis} != {rule.id for rule in second.basis}, "the two examples apply different rules"
    assert shown_rules() == sorted(rule.id for rule in second.basis)
    for rule in second.basis:
        assert named(window, f"basisText_{rule.id}").text() == f"{rule.title}: {rule.text}"
    window.load_case(example("febrile.json"))
    assert shown_rules() == sorted(rule.id for rule in first.basis)
