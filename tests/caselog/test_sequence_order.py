"""What the log shows as current follows the order things were recorded in, not the workstation's clock."""

from __future__ import annotations

from desktop_app.caselog import recording
from desktop_app.services import caselog


def test_a_clock_stepping_back_does_not_make_the_older_override_current(log, evaluated, monkeypatch):
    case, rec = evaluated("recovering")
    evaluation_id = caselog.record_evaluation(log, case, rec, who="test")
    monkeypatch.setattr(recording, "now_utc", lambda: "2026-11-24T12:00:00.000000+00:00")
    caselog.record_clinician_override(log, evaluation_id, "withhold", "specialist_advice", "first", who="test")
    monkeypatch.setattr(recording, "now_utc", lambda: "2026-11-20T08:00:00.000000+00:00")  # the clock went back
    caselog.record_clinician_override(log, evaluation_id, "continue", "patient_preference", "second", who="test")
    record = caselog.get_case(log, evaluation_id)
    assert record.clinician_override is not None and record.clinician_override.text == "second"
