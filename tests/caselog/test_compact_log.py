"""The compact log (schemas m008, m010): documents kept compressed, given back byte for byte; each upgrade survives a kill."""

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

import pytest

from desktop_app.caselog import recording
from desktop_app.caselog.records import TRAIN_AT, document_text
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


STEMS = ("febrile", "recovering", "long-neutropenia", "chest-spread", "cbc-derived")


def _varied(evaluated, count: int, prefix: str = "OLD") -> list:
    """`count` cases across the example files, each its own patient."""
    return [evaluated(STEMS[n % len(STEMS)], patient_ref=f"{prefix}-{n:05d}") for n in range(count)]


def _log_before(path: Path, evaluated, count: int, migration: str = "m008_compact_json") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    cases = _varied(evaluated, count)
    with Database(path) as db:
        db.execute("PRAGMA journal_mode = wal")
        with db.atomic():
            migrations().apply(db, stop_before=migration)
            recording.record_cases(db, cases, "dr-early")


def _log_before_m008(path: Path, evaluated, copies: int) -> None:
    _log_before(path, evaluated, 2 * copies)


def _readings(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute("SELECT * FROM observations").fetchall())
    finally:
        conn.close()


def _codecs(path: Path) -> dict[bytes, int]:
    conn = sqlite3.connect(path)
    try:
        found = conn.execute("SELECT substr(recommendation_json, 1, 4), count(*) FROM evaluations GROUP BY 1").fetchall()
        return {bytes(magic): count for magic, count in found}
    finally:
        conn.close()


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
        assert caselog.count_cases(log, "OLD-00123") == 1
    assert _documents(log_path) == before


@pytest.mark.parametrize(("migration", "count"), [("m008_compact_json", 3000), ("m010_compact_log", 1500)])
def test_a_kill_during_the_upgrade_loses_nothing(log_path, evaluated, tmp_path, migration, count):
    _log_before(log_path, evaluated, count, migration)
    readings = _readings(log_path)
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
        assert _readings(log_path) == readings
        if migration in applied:
            break
    assert kills >= 1
    with caselog.open_log(log_path) as log:
        assert caselog.verify(log).ok, caselog.verify(log).problems
    assert migration in _applied(log_path)
    assert _documents(log_path) == before
    assert _readings(log_path) == readings


def test_past_its_first_mark_the_log_stores_each_case_in_a_third_of_the_space(log, evaluated):
    first = TRAIN_AT[0]
    cases = _varied(evaluated, first + 60, "P")
    ids = caselog.record_evaluations(log, cases, who="dr-a")
    codecs = {bytes(magic): size for magic, size in log.rows.execute(
        "SELECT substr(recommendation_json, 1, 4), avg(length(case_json) + length(recommendation_json)) FROM evaluations GROUP BY 1"
    ).fetchall()}  # fmt: skip
    assert set(codecs) == {b"NHz1", b"NHz2"}
    assert codecs[b"NHz2"] < codecs[b"NHz1"] / 2
    # the cases stored against the trained dictionary are the 60 after the mark, one batch or not
    assert (
        log.rows.execute(
            "SELECT count(*) FROM evaluations WHERE substr(recommendation_json, 1, 4) = CAST('NHz2' AS BLOB)"
        ).fetchone()[0]
        == 60
    )
    assert caselog.verify(log).ok
    for index in (0, first - 1, first, len(cases) - 1):
        record = caselog.get_case(log, ids[index])
        assert record.recommendation.model_dump_json() == cases[index][1].model_dump_json()
        assert record.case.model_dump_json() == cases[index][0].model_dump_json()


def test_the_compact_upgrade_keeps_documents_readings_and_search_and_gives_the_space_back(log_path, evaluated):
    _log_before(log_path, evaluated, TRAIN_AT[0] + 100, "m010_compact_log")
    before, readings, size = _documents(log_path), _readings(log_path), log_path.stat().st_size
    with caselog.open_log(log_path) as log:
        assert caselog.verify(log).ok, caselog.verify(log).problems
        assert caselog.count_cases(log, "OLD-00123") == 1
        record = caselog.get_case(log, caselog.list_cases(log, "OLD-00123")[0].id)
        assert len(record.observations) == len([row for row in readings if row[1] == record.row.id]) > 0
    assert _codecs(log_path) == {b"NHz2": TRAIN_AT[0] + 100}
    assert _documents(log_path) == before
    assert _readings(log_path) == readings
    assert log_path.stat().st_size < size * 0.8


def test_a_small_log_upgrades_and_keeps_its_pack_dictionaries(log_path, evaluated):
    _log_before(log_path, evaluated, 20, "m010_compact_log")
    before = _documents(log_path)
    with caselog.open_log(log_path) as log:
        assert caselog.verify(log).ok
    assert _codecs(log_path) == {b"NHz1": 20}
    assert _documents(log_path) == before


@pytest.mark.parametrize("trained", [False, True])
def test_a_document_altered_outside_neutrohold_is_reported_never_a_traceback(capsys, log_path, evaluated, trained):
    from desktop_app.cli import main

    with caselog.open_log(log_path) as log:
        if trained:
            caselog.record_evaluations(log, _varied(evaluated, TRAIN_AT[0]), who="dr-a")
        evaluation_id = caselog.record_evaluation(log, *evaluated("febrile"), who="dr-a")
    outside = sqlite3.connect(log_path)
    outside.execute("DROP TRIGGER evaluations_no_update")
    (stored,) = outside.execute("SELECT recommendation_json FROM evaluations WHERE id = ?", [evaluation_id]).fetchone()
    assert bytes(stored[:4]) == (b"NHz2" if trained else b"NHz1")
    outside.execute(
        "UPDATE evaluations SET recommendation_json = ? WHERE id = ?", [stored[:40] + b"\x00" * 30 + stored[70:], evaluation_id]
    )
    outside.commit()
    outside.close()
    assert main(["log", "show", evaluation_id, "--db", str(log_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is damaged" in err and "Traceback" not in err
    assert main(["log", "verify", "--db", str(log_path)]) == 1
    assert "no longer matches" in capsys.readouterr().out
