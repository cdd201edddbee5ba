"""Withdrawing a clinician's override puts the episode back where the standing history leaves it:
`log show`, the worklist and `log verify` all see it."""

from __future__ import annotations

import json

from desktop_app.services import caselog
from tests.cli.test_clinic_week import add, due, run
from tests.conftest import EXAMPLES


def episode_line(capsys, db, evaluation_id: str) -> str:
    code, out, _ = run(capsys, "log", "show", evaluation_id, "--db", str(db))
    assert code == 0
    return next(line for line in out.splitlines() if line.startswith("episode"))


def override(db, evaluation_id: str, decision: str) -> str:
    with caselog.open_log(db) as log:
        return caselog.record_clinician_override(log, evaluation_id, decision, "specialist_advice", who="Dr Ada")


def test_withdrawing_a_hold_override_of_a_restart_moves_the_episode_back_to_resumed(capsys, tmp_path):
    db = tmp_path / "caselog.db"
    restarted = add(capsys, db, EXAMPLES / "recovering.json")
    assert "resumed" in episode_line(capsys, db, restarted)
    override_id = override(db, restarted, "withhold")
    assert "held" in episode_line(capsys, db, restarted)
    held_items = {row["item"] for row in due(capsys, db, "2026-11-27T07:00") if row["patient_ref"] == "RHEU-0412"}
    assert "review_resume" in held_items  # held by the override: to be re-evaluated

    code, out, err = run(capsys, "log", "withdraw", override_id, "--reason", "wrong patient", "--who", "Dr Bo", "--db", str(db))
    assert (code, err) == (0, "") and override_id in out
    assert "resumed" in episode_line(capsys, db, restarted)
    assert [row for row in due(capsys, db, "2026-11-27T07:00") if row["patient_ref"] == "RHEU-0412"] == []
    rows = [row for row in due(capsys, db, "2026-12-01T00:00") if row["patient_ref"] == "RHEU-0412"]
    assert [(row["item"], row["decision"]) for row in rows] == [("cbc_due", "resume")]  # the follow-up count only
    code, out, _ = run(capsys, "log", "show", restarted, "--json", "--db", str(db))
    assert json.loads(out)["episode"]["status"] == "resumed"
    code, out, _ = run(capsys, "log", "verify", "--db", str(db))
    assert code == 0, out  # the episode's new state is vouched for by the withdrawal's audit event


def test_of_two_overrides_withdrawing_the_later_leaves_the_earlier_in_force(capsys, tmp_path):
    db = tmp_path / "caselog.db"
    held = add(capsys, db, EXAMPLES / "febrile.json")
    assert "held" in episode_line(capsys, db, held)
    first = override(db, held, "resume")
    assert "resumed" in episode_line(capsys, db, held)
    second = override(db, held, "continue")
    run(capsys, "log", "withdraw", second, "--reason", "entered twice", "--who", "Dr Bo", "--db", str(db))
    assert "resumed" in episode_line(capsys, db, held)  # the first override still stands
    run(capsys, "log", "withdraw", first, "--reason", "specialist changed their mind", "--who", "Dr Bo", "--db", str(db))
    assert "held" in episode_line(capsys, db, held)  # back to the recommendation: withhold
    rows = [row for row in due(capsys, db, "2026-11-25T11:00") if row["patient_ref"] == "RHEU-0977"]
    assert [(row["item"], row["decision"]) for row in rows] == [("cbc_overdue", "withhold")]
    code, out, _ = run(capsys, "log", "verify", "--db", str(db))
    assert code == 0, out


def test_the_restored_status_travels_with_an_export(capsys, tmp_path):
    db, other = tmp_path / "a.db", tmp_path / "b.db"
    restarted = add(capsys, db, EXAMPLES / "recovering.json")
    override_id = override(db, restarted, "withhold")
    run(capsys, "log", "export", "--format", "json", "--out", str(tmp_path / "first.json"), "--db", str(db))
    assert run(capsys, "log", "import", str(tmp_path / "first.json"), "--db", str(other))[0] == 0
    assert "held" in episode_line(capsys, other, restarted)
    run(capsys, "log", "withdraw", override_id, "--reason", "wrong patient", "--who", "Dr Bo", "--db", str(db))
    run(capsys, "log", "export", "--format", "json", "--out", str(tmp_path / "second.json"), "--db", str(db))
    assert run(capsys, "log", "import", str(tmp_path / "second.json"), "--db", str(other))[0] == 0
    assert "resumed" in episode_line(capsys, other, restarted)
    assert run(capsys, "log", "verify", "--db", str(other))[0] == 0
