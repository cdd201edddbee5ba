"""Durability: writers killed with SIGKILL at random moments lose no acknowledged case and leave no half case;
several writers at once all succeed."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.caselog.records import document_text
from desktop_app.services import caselog
from desktop_app.services.packs import open_pack
from tests.conftest import EXAMPLES, REPO

KILLS_WANTED = 50
CASES_PER_WRITER = 8


@pytest.fixture
def case_files(example_stems) -> list[str]:
    # Prime the pack self-check cache so every writer starts as fast as a real second run.
    open_pack()
    return [str(EXAMPLES / f"{example_stems[i % len(example_stems)]}.json") for i in range(CASES_PER_WRITER)]


def _writer(log_path: Path, case_files: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "log", "add", *case_files, "--json", "--db", str(log_path), "--as-of", "2026-11-24T12:00"],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def _acknowledged(stdout: str) -> list[str]:
    """Ids of cases whose line was printed whole: the writer prints only after the commit."""
    return [json.loads(line)["id"] for line in stdout.splitlines(keepends=True) if line.endswith("\n")]


def _assert_whole(log_path: Path, acknowledged: set[str]) -> int:
    with caselog.open_log(log_path) as log:
        report = caselog.verify(log)
        assert report.ok, report.problems
        logged = {row[0]: document_text(log.rows, row[1]) for row in log.db.execute("SELECT id, case_json FROM evaluations")}
        assert acknowledged <= set(logged), acknowledged - set(logged)
        readings = dict(log.db.execute("SELECT evaluation_id, count(*) FROM observations GROUP BY evaluation_id").fetchall())
        indexed = {
            row[0] for row in log.db.execute("SELECT e.id FROM case_search s JOIN evaluations e ON e.search_key = s.rowid")
        }
        for evaluation_id, case_json in logged.items():
            case = json.loads(case_json)
            assert readings.get(evaluation_id, 0) == len(case["anc"]) + len(case["cbc"]) + len(case["temperatures"])
            assert evaluation_id in indexed
        return len(logged)


def test_writers_killed_at_random_moments_lose_nothing_acknowledged(log_path, case_files):
    chance = random.Random(20261124)
    acknowledged: set[str] = set()
    kills = rounds = 0
    while kills < KILLS_WANTED and rounds < 4 * KILLS_WANTED:
        rounds += 1
        # Two writers at once, so kills also land while one waits for the other's lock.
        writers = [_writer(log_path, case_files) for _ in range(2)]
        first_line = ""
        if chance.random() < 0.3:
            time.sleep(chance.uniform(0.0, 0.6))  # anywhere: start-up, opening, migrating, writing
        else:
            first_line = writers[0].stdout.readline()  # a case committed: now in the thick of writing
            time.sleep(chance.uniform(0.0, 0.04))
        for writer in writers:
            if writer.poll() is None:
                os.kill(writer.pid, signal.SIGKILL)
        for n, writer in enumerate(writers):
            out, _ = writer.communicate(timeout=30)
            kills += writer.returncode == -signal.SIGKILL
            acknowledged.update(_acknowledged((first_line if n == 0 else "") + out))
        if rounds % 5 == 0:
            _assert_whole(log_path, acknowledged)
    assert kills >= KILLS_WANTED
    assert _assert_whole(log_path, acknowledged) >= len(acknowledged) > 0


def test_four_writers_at_once_all_succeed(tmp_path, case_files):
    log_path = tmp_path / "fresh" / "caselog.db"
    writers = [_writer(log_path, case_files[:5]) for _ in range(4)]
    results = [writer.communicate(timeout=60) for writer in writers]
    for writer, (_out, err) in zip(writers, results, strict=True):
        assert writer.returncode == 0, err
        assert err == ""
    ids = {i for out, _ in results for i in _acknowledged(out)}
    assert len(ids) == 20
    assert _assert_whole(log_path, ids) == 20


def test_verify_and_export_see_one_consistent_state_while_another_process_writes(log_path, case_files, tmp_path):
    caselog.open_log(log_path).close()
    writer = _writer(log_path, case_files * 5)
    checks = 0
    try:
        with caselog.open_log(log_path) as log:
            while writer.poll() is None or checks == 0:
                report = caselog.verify(log)
                assert report.ok, report.problems
                caselog.export_log(log, tmp_path / f"export{checks}.json", "json")
                checks += 1
    finally:
        out, err = writer.communicate(timeout=60)
    assert writer.returncode == 0, err
    with caselog.open_log(tmp_path / "merged.db") as merged:
        for n in range(checks):
            caselog.import_log(merged, tmp_path / f"export{n}.json")
        assert caselog.count_cases(merged) == len(_acknowledged(out))
        assert caselog.verify(merged).ok
