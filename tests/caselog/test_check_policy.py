"""The full integrity check runs where it protects the data, not at every open of a log NeutroHold left as it was."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest

from desktop_app.caselog import store
from desktop_app.caselog.stamp import FileState, read_stamp, stamp_path, write_stamp
from desktop_app.cli import main
from desktop_app.services import caselog


@pytest.fixture
def full_checks(monkeypatch) -> list[str]:
    """The files the full check read, in order."""
    seen: list[str] = []
    original = store._check_integrity

    def counting(conn, path):
        seen.append(path.name)
        return original(conn, path)

    monkeypatch.setattr(store, "_check_integrity", counting)
    return seen


def _filled(log_path, evaluated, copies: int = 1) -> None:
    with caselog.open_log(log_path) as log:
        caselog.record_evaluations(
            log, [evaluated(s) for s in ("febrile", "recovering", "long-neutropenia")] * copies, who="dr-a"
        )


def test_a_log_left_by_neutrohold_opens_without_the_full_check(log_path, evaluated, full_checks):
    _filled(log_path, evaluated)
    assert full_checks == ["caselog.db"]  # the new log, once
    with caselog.open_reader(log_path) as log:
        assert caselog.count_cases(log) == 3
    with caselog.open_log(log_path) as log:
        caselog.record_evaluation(log, *evaluated("febrile"), who="dr-b")
    with caselog.open_reader(log_path) as log:
        assert caselog.count_cases(log) == 4
    assert full_checks == ["caselog.db"]


def test_a_write_by_another_program_brings_the_full_check_back_once(log_path, evaluated, full_checks):
    _filled(log_path, evaluated)
    other = sqlite3.connect(log_path)
    other.execute("INSERT INTO drafts (key, payload, updated_at) VALUES ('x', '{}', '2026-01-01')")
    other.commit()
    other.close()
    with caselog.open_reader(log_path):
        pass
    with caselog.open_reader(log_path):
        pass
    assert full_checks == ["caselog.db", "caselog.db"]


def test_damage_with_the_modification_time_put_back_is_still_found(log_path, evaluated):
    _filled(log_path, evaluated, copies=40)
    before = log_path.stat()
    data = bytearray(log_path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096
    data[middle : middle + 4096] = b"\xa5" * 4096
    log_path.write_bytes(bytes(data))
    os.utime(log_path, ns=(before.st_atime_ns, before.st_mtime_ns))
    with pytest.raises(caselog.CaseLogDamaged):
        caselog.open_reader(log_path)


def test_a_missing_or_torn_stamp_means_a_full_check(log_path, evaluated, full_checks):
    _filled(log_path, evaluated)
    stamp_path(log_path).write_text('{"version": 1, "state": {"db"', encoding="utf-8")
    with caselog.open_reader(log_path):
        pass
    stamp_path(log_path).unlink()
    with caselog.open_reader(log_path):
        pass
    assert full_checks == ["caselog.db"] * 3


def test_the_window_checks_in_the_background_at_most_daily(log_path, evaluated):
    _filled(log_path, evaluated)
    assert caselog.check_log_integrity(log_path, when_due=True) is False
    recorded = json.loads(stamp_path(log_path).read_text(encoding="utf-8"))
    recorded["checked_at"] -= 25 * 3600
    stamp_path(log_path).write_text(json.dumps(recorded), encoding="utf-8")
    assert caselog.check_log_integrity(log_path, when_due=True) is True
    assert caselog.check_log_integrity(log_path, when_due=True) is False
    assert caselog.check_log_integrity(log_path) is True  # verify and explicit checks always read everything


def test_a_write_after_an_outside_change_does_not_vouch_for_it(log_path, evaluated, full_checks):
    _filled(log_path, evaluated)
    with caselog.open_log(log_path, check_integrity=False) as log:  # as the window opens it
        other = sqlite3.connect(log_path)
        other.execute("INSERT INTO drafts (key, payload, updated_at) VALUES ('x', '{}', '2026-01-01')")
        other.commit()
        other.close()
        caselog.record_evaluation(log, *evaluated("febrile"), who="dr-b")
    with caselog.open_reader(log_path):
        pass
    assert full_checks == ["caselog.db", "caselog.db"]


def _damage_unseen(log_path) -> None:
    """Scribble over a leaf of the case table, then stamp the file as if the damage came from the disk itself."""
    head = read_stamp(log_path).state["head"]
    probe = sqlite3.connect(log_path)
    (page,) = probe.execute("SELECT max(pageno) FROM dbstat WHERE name = 'evaluations' AND pagetype = 'leaf'").fetchone()
    size = probe.execute("PRAGMA page_size").fetchone()[0]
    probe.close()
    data = bytearray(log_path.read_bytes())
    data[(page - 1) * size + 8 : page * size] = b"\xa5" * (size - 8)
    log_path.write_bytes(bytes(data))
    write_stamp(log_path, FileState.of_files(log_path, head), read_stamp(log_path).checked_at)


@pytest.mark.parametrize(
    "verb", [["list", "--limit", "1000"], ["list", "--decision", "withhold", "--limit", "1000"], ["export", "--format", "csv"]]
)
def test_a_damaged_page_found_while_reading_gives_the_damaged_log_message(capsys, log_path, evaluated, tmp_path, verb):
    _filled(log_path, evaluated, copies=40)
    _damage_unseen(log_path)
    argv = ["log", *verb, "--db", str(log_path)]
    if verb[0] == "export":
        argv += ["--out", str(tmp_path / "out.csv")]
    code = main(argv)
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and "is damaged" in err and "backup" in err and "Traceback" not in err
    assert not stamp_path(log_path).exists()  # the next open runs the full check
