"""The window on a real case log: save, search, reopen with history, ticks, overrides, second instance, refresh."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop_app.gui.problem_message import DiscardQuestion, ProblemMessage
from desktop_app.gui.override_dialog import ClinicianOverrideDialog, OverrideChoice
from desktop_app.gui.preferences import Preferences
from desktop_app.services import caselog
from tests.gui.conftest import choose, decision_text, enter_case, example, log_rows, named


def save(window: Any) -> str:
    """Save with Ctrl+S's action; the id of the evaluation now shown."""
    window.save_action.trigger()
    assert window.log_session.record is not None, "the case was saved"
    return window.log_session.record.row.id


def search(window: Any, qtbot: Any, text: str) -> None:
    named(window, "searchEdit").setText(text)
    qtbot.waitUntil(lambda: window.case_log.model.query == text.strip())


def choose_row(window: Any, row: int) -> None:
    """Select a row and press Open: selecting alone (arrow keys) opens nothing."""
    view = named(window, "caseLogView")
    view.setCurrentIndex(view.model().index(row, 0))
    named(window, "caseLogOpenButton").click()


def set_clinician(window: Any, name: str) -> None:
    window.preferences = Preferences(clinician_name=name, site_name="North clinic")


def test_save_shows_the_row_search_filters_as_you_type_and_reopen_brings_back_case_and_ticks(
    log_window: Any, qtbot: Any, as_of: datetime
) -> None:
    window = log_window
    set_clinician(window, "Dr A. Osei")
    assert named(window, "caseLogEmptyLabel").isVisible()
    enter_case(window, "RHEU-0001", 320, as_of - timedelta(hours=2))
    qtbot.waitUntil(lambda: "Withhold anakinra" in decision_text(window))
    named(window, "pitfallChecklist").item(2).setCheckState(Qt.CheckState.Checked)
    first = save(window)
    assert log_rows(window) == [("RHEU-0001", "Withhold", "320", "2026-11-24 12:00", "1.1.0")]
    assert named(window, "caseLogCountLabel").text() == "1 case"
    assert not named(window, "caseLogEmptyLabel").isVisible()

    window.new_case()
    window.load_case(example("recovering.json"))
    second = save(window)
    window.new_case()
    assert sorted(row[0] for row in log_rows(window)) == ["RHEU-0001", "RHEU-0412"]

    search(window, qtbot, "0001")
    assert [row[0] for row in log_rows(window)] == ["RHEU-0001"]
    assert named(window, "caseLogCountLabel").text() == "1 case found"
    search(window, qtbot, "coryza")  # notes are searched too
    assert log_rows(window) == []
    assert named(window, "caseLogEmptyLabel").text() == "No saved case matches the search."
    search(window, qtbot, "")
    assert len(log_rows(window)) == 2

    choose_row(window, [row[0] for row in log_rows(window)].index("RHEU-0001"))
    assert named(window, "patientRefEdit").text() == "RHEU-0001"
    assert window.log_session.record.row.id == first
    checklist = named(window, "pitfallChecklist")
    assert checklist.ticked_ids() == ["overlooked_viral_infection"]
    item = checklist.item(2)
    assert "ticked by Dr A. Osei" in item.text() and "Dr A. Osei" in item.toolTip()
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable, "a recorded tick is locked"
    assert (
        named(window, "savedEvaluationLabel").text().startswith("In the case log: evaluated Tue 2026-11-24 12:00 by Dr A. Osei")
    )
    other_row = [row[0] for row in log_rows(window)].index("RHEU-0412")
    named(window, "caseLogView").activated.emit(named(window, "caseLogView").model().index(other_row, 0))
    assert window.log_session.record.row.id == second
    assert named(window, "patientRefEdit").text() == "RHEU-0412"


def test_a_reopened_case_shows_its_saved_moment_not_now(make_window: Any, db: Path, as_of: datetime) -> None:
    first = make_window(db=db)
    first.load_case(example("febrile.json"))
    save(first)
    first.close()
    later = make_window(db=db, clock=lambda: as_of + timedelta(days=3))
    choose_row(later, 0)
    assert "evaluated Tue 2026-11-24 12:00" in named(later, "ancSummaryLabel").text()
    assert decision_text(later).startswith("■ STOP")
    named(later, "ageSpin").setValue(72)  # a change makes it a new evaluation, judged now
    later.live.evaluate_now()
    assert "evaluated Fri 2026-11-27 12:00" in named(later, "ancSummaryLabel").text()
    assert named(later, "savedEvaluationLabel").text().startswith("Changed since the evaluation of Tue 2026-11-24 12:00")


def test_ticks_persist_across_reopen_and_in_a_new_window_on_the_same_log(make_window: Any, db: Path, qtbot: Any) -> None:
    window = make_window(db=db)
    set_clinician(window, "Dr B. Lind")
    window.load_case(example("febrile.json"))
    checklist = named(window, "pitfallChecklist")
    checklist.item(0).setCheckState(Qt.CheckState.Checked)
    evaluation = save(window)
    assert not checklist.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    # Ticking a saved case records it at once, with who and when.
    checklist.item(3).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: "ticked by" in checklist.item(3).text())
    assert [t.pitfall_id for t in caselog.get_case(window.log_session.log, evaluation).acknowledgements] == [
        "premature_resumption", "alternative_causes",
    ]  # fmt: skip

    other = make_window(db=db)  # a second NeutroHold on the same file
    choose_row(other, 0)
    reopened = named(other, "pitfallChecklist")
    assert reopened.ticked_ids() == ["premature_resumption", "alternative_causes"]
    assert all("ticked by Dr B. Lind" in reopened.item(row).text() for row in (0, 3))
    assert "ticked by" not in reopened.item(1).text()


def test_changing_a_reopened_case_makes_a_new_evaluation_in_the_patients_history(log_window: Any, qtbot: Any) -> None:
    window = log_window
    window.load_case(example("recovering.json"))
    named(window, "pitfallChecklist").item(0).setCheckState(Qt.CheckState.Checked)
    first = save(window)
    assert named(window, "clinicianOverrideButton").isEnabled()
    assert named(window, "caseHistoryList").count() == 1

    named(window, "ageSpin").setValue(59)
    window.live.evaluate_now()
    assert not named(window, "clinicianOverrideButton").isEnabled(), "an override belongs to a saved evaluation"
    assert named(window, "pitfallChecklist").ticked_ids() == [], "a new evaluation's checklist starts empty"
    named(window, "ageSpin").setValue(58)
    window.live.evaluate_now()
    assert named(window, "pitfallChecklist").ticked_ids() == ["premature_resumption"], "back to the saved evaluation"

    named(window, "ageSpin").setValue(60)
    assert window.save_action.isEnabled(), "Save is offered at once, before the debounced evaluation"
    second = save(window)
    assert second != first
    history = named(window, "caseHistoryList")
    items = {history.item(row).data(Qt.ItemDataRole.UserRole): history.item(row) for row in range(history.count())}
    assert set(items) == {first, second}
    assert items[second].text().endswith("(shown)") and not items[first].text().endswith("(shown)")
    assert [row[0] for row in log_rows(window)] == ["RHEU-0412", "RHEU-0412"]
    history.itemClicked.emit(items[first])
    assert window.log_session.record.row.id == first
    assert named(window, "ageSpin").value() == 58


def test_saving_an_unchanged_saved_case_again_records_nothing(log_window: Any) -> None:
    log_window.load_case(example("febrile.json"))
    save(log_window)
    assert not named(log_window, "saveButton").isEnabled() and not log_window.save_action.isEnabled()
    assert named(log_window, "saveHintLabel").text().startswith("Saved in the case log.")
    log_window.save_case(log_window.snapshot("save"))  # even when asked directly
    assert caselog.count_cases(log_window.log_session.log) == 1
    assert "already in the case log" in log_window.statusBar().currentMessage()
    named(log_window, "ageSpin").setValue(50)
    log_window.live.evaluate_now()
    assert named(log_window, "saveButton").isEnabled() and named(log_window, "saveHintLabel").text() == "Ready to save."


def test_reopening_asks_before_discarding_what_is_being_typed(log_window: Any, monkeypatch: Any, as_of: datetime) -> None:
    window = log_window
    window.load_case(example("febrile.json"))
    save(window)
    window.new_case()
    enter_case(window, "RHEU-0777", 900, as_of - timedelta(hours=1))
    answers = [False, True]  # Cancel, then Discard
    monkeypatch.setattr(DiscardQuestion, "ask", lambda *args: answers.pop(0))
    choose_row(window, 0)
    assert named(window, "patientRefEdit").text() == "RHEU-0777"
    assert not named(window, "caseLogView").currentIndex().isValid()
    choose_row(window, 0)
    assert named(window, "patientRefEdit").text() == "RHEU-0977"


def test_a_clinician_override_with_its_reason_is_logged_shown_and_kept(make_window: Any, db: Path, monkeypatch: Any) -> None:
    window = make_window(db=db)
    set_clinician(window, "Dr C. Haddad")
    window.load_case(example("recovering.json"))
    button = named(window, "clinicianOverrideButton")
    assert not button.isEnabled(), "nothing to override before the case is saved"
    save(window)
    assert button.isEnabled()
    asked: list[str] = []

    def ask(cls: Any, parent: QWidget, recommended: str) -> OverrideChoice:
        asked.append(recommended)
        return OverrideChoice("withhold", "specialist_advice", "Haematology prefers one more count.")

    monkeypatch.setattr(ClinicianOverrideDialog, "ask", classmethod(ask))
    button.click()
    assert asked == ["resume"]
    label = named(window, "clinicianDecisionLabel")
    assert label.isVisible()
    assert label.text().startswith("Clinician decided: Withhold anakinra (Specialist advice) by Dr C. Haddad at ")
    assert "one more count" in label.text()
    assert log_rows(window)[0][1] == "Resume → clinician: Withhold"

    other = make_window(db=db)
    choose_row(other, 0)
    assert "Clinician decided: Withhold anakinra (Specialist advice)" in named(other, "clinicianDecisionLabel").text()
    chosen = caselog.get_case(other.log_session.log, other.log_session.record.row.id).clinician_override
    assert chosen is not None and (chosen.decision_taken, chosen.reason, chosen.who) == (
        "withhold",
        "specialist_advice",
        "Dr C. Haddad",
    )


def test_the_override_dialog_offers_only_other_decisions_and_needs_a_reason_in_words_for_judgement(qtbot: Any) -> None:
    dialog = ClinicianOverrideDialog("withhold")
    qtbot.addWidget(dialog)
    assert [dialog.decision.itemData(i) for i in range(dialog.decision.count())] == ["resume", "continue"]
    assert [dialog.reason.itemData(i) for i in range(dialog.reason.count())] == list(caselog_reasons())
    ok = dialog.buttons.buttons()[0]
    choose(dialog.reason, "other_clinical_judgement")
    assert not ok.isEnabled() and "Say in a few words why" in dialog.problem.text()
    dialog.text.setPlainText("Bone marrow biopsy planned")
    assert ok.isEnabled()
    assert dialog.to_model() == OverrideChoice("resume", "other_clinical_judgement", "Bone marrow biopsy planned")


def caselog_reasons() -> tuple[str, ...]:
    from desktop_app.caselog.schema import OVERRIDE_REASONS

    return OVERRIDE_REASONS


def test_a_second_window_sees_new_cases_after_refresh(make_window: Any, db: Path) -> None:
    first = make_window(db=db)
    second = make_window(db=db)
    first.load_case(example("febrile.json"))
    save(first)
    assert log_rows(second) == []
    second.refresh_action.trigger()
    assert [row[0] for row in log_rows(second)] == ["RHEU-0977"]
    assert second.refresh_action.shortcuts()[0].toString() in ("F5", "Ctrl+R")
    first.new_case()
    first.load_case(example("recovering.json"))
    save(first)
    second.log_session.refresh_if_changed()  # what activating the window does
    assert len(log_rows(second)) == 2


def test_log_problems_are_reported_not_raised(log_window: Any, monkeypatch: Any) -> None:
    shown: list[str] = []
    monkeypatch.setattr(ProblemMessage, "tell", classmethod(lambda cls, parent, title, text: shown.append(text)))
    log_window.load_case(example("febrile.json"))
    set_clinician(log_window, "x" * 81)
    log_window.save_action.trigger()
    assert shown and "who" in shown[0] and "Preferences" in shown[0]
    assert log_rows(log_window) == []
