"""The audit trail: append-only by trigger, and any edit, deletion or reordering caught by verify."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.services import caselog

TRIGGERS = ("audit_no_update", "audit_no_delete")


@pytest.fixture
def logged(log_path, evaluated, example_stems) -> Path:
    with caselog.open_log(log_path) as log:
        ids = [caselog.record_evaluation(log, *evaluated(stem), who="dr-a") for stem in example_stems]
        caselog.acknowledge_pitfall(log, ids[0], "premature_resumption", who="dr-a")
        caselog.add_note(log, ids[1], "second opinion requested", who="dr-b")
        assert caselog.verify(log).ok
    return log_path


def _tamper(path: Path, *statements: str, drop: tuple[str, ...] = TRIGGERS) -> None:
    conn = sqlite3.connect(path)
    try:
        for trigger in drop:
            conn.execute("DROP TRIGGER " + trigger)
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def _verify(path: Path) -> caselog.VerifyReport:
    with caselog.open_log(path) as log:
        return caselog.verify(log)


def test_triggers_reject_changing_the_trail(logged):
    conn = sqlite3.connect(logged)
    try:
        for statement in ("UPDATE audit SET event = 'x' WHERE seq = 2", "DELETE FROM audit WHERE seq = 2",
                          "UPDATE evaluations SET decision = 'resume'", "DELETE FROM observations"):  # fmt: skip
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                conn.execute(statement)
    finally:
        conn.close()
    assert _verify(logged).ok


@pytest.mark.parametrize(
    ("statements", "first"),
    [
        (["UPDATE audit SET payload = replace(payload, 'withhold', 'resume') WHERE event = 'case_recorded'"], "was altered"),
        (["UPDATE audit SET at = '2020-01-01T00:00:00+00:00' WHERE seq = 3"], "audit event #3"),
        (["DELETE FROM audit WHERE seq = 4"], "audit event #4 is missing"),
        (
            [
                "UPDATE audit SET seq = 1000 WHERE seq = 5",
                "UPDATE audit SET seq = 5 WHERE seq = 6",
                "UPDATE audit SET seq = 6 WHERE seq = 1000",
            ],
            "audit event #5",
        ),  # fmt: skip
        (["DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)"], "has no audit event"),
    ],
    ids=["edited-payload", "edited-time", "deleted", "reordered", "tail-cut"],
)
def test_verify_names_the_first_broken_event(logged, statements, first, capsys):
    _tamper(logged, *statements)
    report = _verify(logged)
    assert not report.ok
    assert first in report.problems[0]
    assert main(["log", "verify", "--db", str(logged)]) == 1
    captured = capsys.readouterr()
    assert first in captured.err and captured.err.count("\n") == 1


@pytest.mark.parametrize(
    ("trigger", "statement", "expected"),
    [
        ("evaluations_no_update", "UPDATE evaluations SET decision = 'resume' WHERE decision = 'withhold'", "was edited"),
        ("observations_no_update", "UPDATE observations SET value = value * 10", "readings of evaluation"),
        ("observations_no_delete", "DELETE FROM observations WHERE kind = 'temperature'", "readings of evaluation"),
        ("patients_no_update", "UPDATE patients SET patient_ref = 'SOMEONE-ELSE' WHERE patient_ref = 'RHEU-0412'", "was edited"),
        ("notes_no_delete", "DELETE FROM notes", "was deleted"),
        ("acknowledgements_no_update", "UPDATE acknowledgements SET who = 'mallory'", "was edited"),
    ],
)
def test_verify_catches_records_changed_with_their_triggers_dropped(logged, trigger, statement, expected):
    _tamper(logged, statement, drop=(trigger,))
    report = _verify(logged)
    assert not report.ok
    assert any(expected in problem for problem in report.problems), report.problems
    assert "audit event #" in report.problems[0]


def test_verify_catches_a_record_slipped_in_without_an_event(logged):
    _tamper(
        logged,
        "INSERT INTO episodes (id, patient_id, status, opened_at, updated_at)"
        " SELECT '00000000-0000-4000-8000-000000000000', id, 'held', 'x', 'y' FROM patients LIMIT 1",
        drop=(),
    )
    report = _verify(logged)
    assert not report.ok and "has no audit event" in report.problems[0]


def test_episode_status_changed_behind_the_apps_back_is_caught(logged):
    _tamper(logged, "UPDATE episodes SET status = 'closed'", drop=())
    report = _verify(logged)
    assert not report.ok and "episodes row" in report.problems[0]


def test_foreign_key_breakage_is_reported(logged):
    _tamper(
        logged, "PRAGMA foreign_keys = OFF", "DELETE FROM patients WHERE patient_ref = 'RHEU-0412'", drop=("patients_no_delete",)
    )
    report = _verify(logged)
    assert not report.ok
    assert any("points to a missing patients row" in problem for problem in report.problems)
