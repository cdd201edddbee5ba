"""The compact log (schema m008): documents kept compressed, given back byte for byte; the upgrade survives a kill."""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from sqlite_utils import Database

from desktop_app.caselog import recording
from desktop_app.caselog.records import document_text
from desktop_app.caselog.schema import migrations
from desktop_app.services import caselog
from tests.conftest import REPO

OPEN_LOG = "import sys; from pathlib import Path; from desktop_app.services import caselog; print('opening', flush=True); caselog.open_log(Path(sys.argv[1])).close()"


def _documents(path: Path) -> dict[str, tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT id, case_json, recommendation_json FROM evaluations").fetchall()
        return {row[0]: (document_text(conn, row[1]), document_text(conn, row[2])) for row in rows}
    finally:
        conn.close()


def _applied(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    finally:
        conn.close()


def _log_before_m008(path: Path, evaluated, copies: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    cases = [evaluated(stem, patient_ref=f"OLD-{n:05d}") for n in range(copies) for stem in ("febrile", "recovering")]
    with Database(path) as db:
        db.execute("PRAGMA journal_mode = wal")
        with db.atomic():
            migrations().apply(db, stop_before="m008_compact_json")
            recording.record_cases(db, cases, "dr-early")


def test_a_logged_case_takes_a_fraction_of_its_text(log, evaluated):
    case, rec = evaluated("febrile")
    caselog.record_evaluations(log, [evaluated("febrile", patient_ref=f"P-{n}") for n in range(50)], who="dr-a")
    sizes = log.rows.execute("SELECT avg(length(case_json) + length(recommendation_json)) FROM evaluations").fetchone()[0]
    assert sizes < (len(case.model_dump_json()) + len(rec.model_dump_json())) / 8
    assert caselog.verify(log).ok


def test_the_upgrade_keeps_every_document_byte_for_byte_and_the_audit_trail_intact(log_path, evaluated):
    _log_before_m008(log_path, evaluated, 200)
    before = _documents(log_path)
    with caselog.open_log(log_path) as log:
        assert caselog.verify(log).ok, caselog.verify(log).problems
        assert log.rows.execute("SELECT count(*) FROM evaluations WHERE typeof(recommendation_json) = 'text'").fetchone()[0] == 0
        assert caselog.count_cases(log, "OLD-00123") == 2
    assert _documents(log_path) == before


def test_a_kill_during_the_upgrade_loses_nothing(log_path, evaluated, tmp_path):
    _log_before_m008(log_path, evaluated, 1500)
    before = _documents(log_path)
    spare = tmp_path / "timing.db"
    shutil.copy(log_path, spare)
    command = [sys.executable, "-c", OPEN_LOG]
    started = time.monotonic()
    subprocess.run([*command, str(spare)], check=True, cwd=REPO, capture_output=True)
    duration = time.monotonic() - started
    chance = random.Random(8)
    kills = 0
    for _ in range(4):
        child = subprocess.Popen([*command, str(log_path)], cwd=REPO, stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None and child.stdout.readline() == "opening\n"
        time.sleep(chance.uniform(0.1, 0.8) * duration)
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
            kills += 1
        child.wait(60)
        child.stdout.close()
        applied = _applied(log_path)  # whole before or whole after, never half
        assert _documents(log_path) == before
        if "m008_compact_json" in applied:
            break
    assert kills >= 1
    with caselog.open_log(log_path) as log:
        assert caselog.verify(log).ok, caselog.verify(log).problems
    assert "m008_compact_json" in _applied(log_path)
    assert _documents(log_path) == before


def test_a_document_altered_outside_neutrohold_is_reported_never_a_traceback(capsys, log_path, evaluated):
    from desktop_app.cli import main

    with caselog.open_log(log_path) as log:
        evaluation_id = caselog.record_evaluation(log, *evaluated("febrile"), who="dr-a")
    outside = sqlite3.connect(log_path)
    outside.execute("DROP TRIGGER evaluations_no_update")
    (stored,) = outside.execute("SELECT recommendation_json FROM evaluations").fetchone()
    outside.execute("UPDATE evaluations SET recommendation_json = ?", [stored[:40] + b"\x00" * 30 + stored[70:]])
    outside.commit()
    outside.close()
    assert main(["log", "show", evaluation_id, "--db", str(log_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is damaged" in err and "Traceback" not in err
    assert main(["log", "verify", "--db", str(log_path)]) == 1
    assert "no longer matches" in capsys.readouterr().out
