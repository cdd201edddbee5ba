"""The window at the edges of the rules: indication, fever unknown, empty entry, unit slips (issue 10)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from tests.gui.conftest import add_anc, choose, decision_text, enter_case, named


def test_a_new_case_starts_with_fever_not_assessed_and_an_empty_count(window: Any) -> None:
    assert named(window, "feverStateCombo").currentData() == "not_assessed"
    assert not named(window, "noFeverCheck").isChecked()
    spin = named(window, "ancValueSpin")
    assert spin.value() == spin.minimum() and spin.text() == "enter a count"
    named(window, "addAncButton").click()
    assert named(window, "ancTable").model().rowCount() == 0, "an empty count is not added"
    assert named(window, "ancTable").property("invalid") or window.form.problem_control() is not None


def test_held_patient_never_asked_about_fever_is_not_resumed(window: Any, qtbot: Any, as_of: datetime) -> None:
    enter_case(window, "EDGE-1", 2200, as_of - timedelta(hours=2))
    choose(named(window, "anakinraStatusCombo"), "held")
    choose(named(window, "urtiCombo"), "resolved")
    qtbot.waitUntil(lambda: "Withhold anakinra" in decision_text(window))
    named(window, "noFeverCheck").setChecked(True)
    assert named(window, "feverStateCombo").currentData() == "none"
    qtbot.waitUntil(lambda: "Resume anakinra" in decision_text(window))


def test_an_out_of_scope_indication_shows_a_neutral_specialist_state(window: Any, qtbot: Any, as_of: datetime) -> None:
    enter_case(window, "EDGE-2", 300, as_of - timedelta(hours=2))
    qtbot.waitUntil(lambda: "Withhold anakinra" in decision_text(window))
    choose(named(window, "indicationCombo"), "covid19_pneumonia")
    qtbot.waitUntil(lambda: "Specialist decision" in decision_text(window))
    banner = named(window, "decisionLabel")
    assert "STOP" not in banner.text() and "RESTART" not in banner.text()
    assert banner.property("decision") == "out_of_scope"


def test_a_unit_slip_blocks_save_until_the_unit_is_settled(window: Any, qtbot: Any, as_of: datetime) -> None:
    named(window, "patientRefEdit").setText("EDGE-3")
    choose(named(window, "indicationCombo"), "rheumatoid_arthritis")
    add_anc(window, 850, "10^9/L", as_of - timedelta(hours=2))
    choose(named(window, "urtiCombo"), "active")
    choose(named(window, "infectionSignsCombo"), False)
    named(window, "noFeverCheck").setChecked(True)
    qtbot.waitUntil(lambda: "provisional" in decision_text(window))
    assert "Withhold anakinra" in decision_text(window), "the cautious reading (850 cells/uL) decides"
    assert not named(window, "saveButton").isEnabled() and not window.print_action.isEnabled()
    fix, confirm = named(window, "unitSlipFixButton"), named(window, "unitSlipConfirmButton")
    assert fix.isVisible() and fix.text() == "Use 850 cells/uL"
    assert confirm.text() == "850 10^9/L is right"
    confirm.click()
    qtbot.waitUntil(lambda: "Continue anakinra" in decision_text(window) and "provisional" not in decision_text(window))
    assert named(window, "saveButton").isEnabled()


def test_using_the_intended_unit_corrects_the_count(window: Any, qtbot: Any, as_of: datetime) -> None:
    named(window, "patientRefEdit").setText("EDGE-4")
    add_anc(window, 850, "10^9/L", as_of - timedelta(hours=2))
    choose(named(window, "urtiCombo"), "active")
    choose(named(window, "infectionSignsCombo"), False)
    qtbot.waitUntil(lambda: named(window, "unitSlipFixButton").isVisible())
    named(window, "unitSlipFixButton").click()
    qtbot.waitUntil(lambda: "Withhold anakinra" in decision_text(window) and "provisional" not in decision_text(window))
    assert window.form.to_data()["anc"][0]["unit"] == "cells/uL"
    assert not named(window, "unitSlipFixButton").isVisible()


def test_an_out_of_scope_case_is_saved_and_listed(log_window: Any, qtbot: Any, as_of: datetime) -> None:
    from tests.gui.conftest import log_rows

    enter_case(log_window, "EDGE-5", 300, as_of - timedelta(hours=2))
    choose(named(log_window, "indicationCombo"), "mas_hlh")
    named(log_window, "noFeverCheck").setChecked(True)
    qtbot.waitUntil(lambda: "Specialist decision" in decision_text(log_window) and named(log_window, "saveButton").isEnabled())
    named(log_window, "saveButton").click()
    qtbot.waitUntil(lambda: any(row[0] == "EDGE-5" for row in log_rows(log_window)))
    row = next(row for row in log_rows(log_window) if row[0] == "EDGE-5")
    assert row[1] == "Specialist decides" and row[2] == "300"
