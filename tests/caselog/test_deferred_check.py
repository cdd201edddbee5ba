"""The window opens the log without the slow integrity check and runs that check on a worker thread."""

from __future__ import annotations

import threading

import pytest

from desktop_app.caselog.store import CaseLogDamaged
from desktop_app.services import caselog


@pytest.mark.parametrize("content", [b"this is not a database at all" * 10, b"SQLite format 3\x00" + b"\xff" * 2000])
def test_unreadable_file_is_refused_even_without_the_full_check(log_path, content):
    log_path.parent.mkdir()
    log_path.write_bytes(content)
    with pytest.raises(CaseLogDamaged):
        caselog.open_log(log_path, check_integrity=False)
    assert log_path.read_bytes() == content


def test_background_check_passes_a_healthy_log_while_it_is_open(log_path, evaluated):
    with caselog.open_log(log_path, check_integrity=False) as log:
        caselog.record_evaluations(log, [evaluated("febrile"), evaluated("recovering")], who="dr-a")
        failures: list[BaseException] = []
        worker = threading.Thread(target=lambda: _collect(failures, log_path))
        worker.start()
        worker.join(30)
        assert failures == []


def test_background_check_finds_damage_deep_in_the_file(log_path, evaluated):
    with caselog.open_log(log_path) as log:
        caselog.record_evaluations(log, [evaluated(s) for s in ("febrile", "recovering", "long-neutropenia")] * 40, who="dr-a")
    data = bytearray(log_path.read_bytes())
    page = 4096
    # Scribble over a page in the middle: the header and schema still read, the table does not.
    middle = (len(data) // page // 2) * page
    data[middle : middle + page] = b"\xa5" * page
    log_path.write_bytes(bytes(data))
    log = caselog.open_log(log_path, check_integrity=False)
    try:
        with pytest.raises(CaseLogDamaged):
            caselog.check_log_integrity(log_path)
    finally:
        log.close()


def _collect(failures: list[BaseException], path) -> None:
    try:
        caselog.check_log_integrity(path)
    except BaseException as exc:  # noqa: BLE001 - handed back to the test thread
        failures.append(exc)
