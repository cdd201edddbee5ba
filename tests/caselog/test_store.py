"""Opening the log: where it lives, private file modes, network disks refused, damaged files left alone."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from desktop_app.caselog import store
from desktop_app.caselog.store import CaseLogDamaged, CaseLogRefused
from desktop_app.services import caselog
from desktop_app.services.locations import data_dir


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_location_prefers_the_explicit_path_then_the_environment_then_the_data_folder(tmp_path, monkeypatch):
    assert caselog.caselog_path() == data_dir() / "caselog.db"
    monkeypatch.setenv("NEUTROHOLD_DB", str(tmp_path / "env.db"))
    assert caselog.caselog_path() == tmp_path / "env.db"
    assert caselog.caselog_path(tmp_path / "given.db") == tmp_path / "given.db"


def test_first_use_creates_a_private_folder_and_private_files(private_user_folders, evaluated):
    with caselog.open_log() as log:
        caselog.record_evaluation(log, *evaluated(), who="dr-a")
        path = log.path
        folder = path.parent
        assert _mode(folder) == 0o700
        for name in (path.name, path.name + "-wal", path.name + "-shm"):
            assert _mode(folder / name) == 0o600, name
        backup = caselog.backup(log)
        assert _mode(backup) == 0o600 and _mode(backup.parent) == 0o700
        export = caselog.export_log(log, folder / "out.json", "json")
        assert export == 1 and _mode(folder / "out.json") == 0o600
        caselog.export_log(log, folder / "out.csv", "csv")
        assert _mode(folder / "out.csv") == 0o600
    assert path == data_dir() / "caselog.db"


def test_a_new_folder_for_an_explicit_path_is_private(tmp_path):
    with caselog.open_log(tmp_path / "new" / "deeper" / "log.db") as log:
        assert _mode(log.path.parent) == 0o700


def test_a_loose_existing_log_is_tightened(log_path):
    caselog.open_log(log_path).close()
    log_path.chmod(0o644)
    caselog.open_log(log_path).close()
    assert _mode(log_path) == 0o600


@pytest.mark.parametrize("content", [b"this is not a database at all" * 10, b"SQLite format 3\x00" + b"\xff" * 2000])
def test_a_damaged_file_gives_a_way_out_and_is_never_overwritten(log_path, content):
    log_path.parent.mkdir()
    log_path.write_bytes(content)
    with pytest.raises(CaseLogDamaged) as raised:
        caselog.open_log(log_path)
    message = str(raised.value)
    assert str(log_path) in message and "damaged" in message
    assert "backup" in message and "new log" in message
    assert log_path.read_bytes() == content
    assert not Path(str(log_path) + "-wal").exists()


def test_a_truncated_log_is_reported_damaged_and_names_the_latest_backup(log_path, evaluated):
    with caselog.open_log(log_path) as log:
        caselog.record_evaluations(
            log, [evaluated(stem) for stem in ("febrile", "recovering", "long-neutropenia")] * 20, who="dr-a"
        )
        latest = caselog.backup(log)
    content = log_path.read_bytes()
    log_path.write_bytes(content[: len(content) // 2])
    with pytest.raises(CaseLogDamaged) as raised:
        caselog.open_log(log_path)
    assert raised.value.latest_backup == latest
    assert f"--db {latest}" in str(raised.value)
    assert log_path.stat().st_size == len(content) // 2
    with caselog.open_log(latest) as restored:
        assert caselog.count_cases(restored) == 60


@pytest.mark.parametrize("kind", ["nfs4", "cifs", "smb3", "fuse.sshfs", "9p"])
def test_a_log_on_a_network_filesystem_is_refused(tmp_path, monkeypatch, kind):
    mounts = tmp_path / "mounts"
    share = tmp_path / "share"
    share.mkdir()
    mounts.write_text(f"/dev/vda / ext4 rw 0 0\nserver:/export {share} {kind} rw 0 0\n", encoding="utf-8")
    monkeypatch.setattr(store, "MOUNTS", mounts)
    with pytest.raises(CaseLogRefused, match="network filesystem") as raised:
        caselog.open_log(share / "caselog.db")
    assert kind in str(raised.value)
    assert not (share / "caselog.db").exists()
    caselog.open_log(tmp_path / "local.db").close()


def test_mount_points_with_spaces_are_read(tmp_path, monkeypatch):
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/vda / ext4 rw 0 0\n//srv/x /mnt/clinic\\040share cifs rw 0 0\n", encoding="utf-8")
    monkeypatch.setattr(store, "MOUNTS", mounts)
    assert store.filesystem_type(Path("/mnt/clinic share/log.db")) == "cifs"
    assert store.filesystem_type(Path("/mnt/clinic")) == "ext4"


def test_a_folder_is_not_a_log(tmp_path):
    with pytest.raises(CaseLogRefused, match="is a folder"):
        caselog.open_log(tmp_path)


def test_a_write_waits_for_another_writer_then_gives_up_clearly(log_path, monkeypatch, evaluated):
    caselog.open_log(log_path).close()
    blocker = sqlite3.connect(log_path)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with caselog.open_log(log_path) as log:
            log.db.execute("PRAGMA busy_timeout = 50")
            with pytest.raises(store.CaseLogBusy, match="locked"):
                caselog.record_evaluation(log, *evaluated(), who="dr-a")
    finally:
        blocker.rollback()
        blocker.close()
    with caselog.open_log(log_path) as log:
        assert caselog.count_cases(log) == 0


def test_a_database_of_another_program_is_left_alone(tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    with pytest.raises(CaseLogRefused, match="another program"):
        caselog.open_log(other)
    assert other.read_bytes() == before


READ_THEN_WRITE = """
import sys
from pathlib import Path
from desktop_app.services import caselog
log = caselog.open_log(Path(sys.argv[1]), check_integrity=False)
rows = caselog.list_cases(log, "")
counted = caselog.count_cases(log, "")
drafts = caselog.list_drafts(log)
record = caselog.get_case(log, rows[0].id)
print(len(rows), counted, len(drafts), record.case.patient_ref, "sqlite_utils" in sys.modules)
caselog.save_draft(log, "new-case", {"patient_ref": "RHEU-2"})
print(caselog.load_draft(log, "new-case").payload["patient_ref"], "sqlite_utils" in sys.modules)
log.close()
"""


def test_an_up_to_date_log_is_read_without_sqlite_utils_which_comes_with_the_first_write(log_path, evaluated):
    # The window lists and reopens cases at start-up; sqlite-utils and its command-line helpers
    # (click, dateutil, pluggy: about 3 MB and 35 ms) load only when something is written.
    import subprocess
    import sys

    case, rec = evaluated("febrile")
    with caselog.open_log(log_path) as log:
        caselog.record_evaluation(log, case, rec, who="tester")
    out = subprocess.run([sys.executable, "-c", READ_THEN_WRITE, str(log_path)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["1 1 0 RHEU-0977 False", "RHEU-2 True"]
