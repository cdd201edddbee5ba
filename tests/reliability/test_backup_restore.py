"""Backups and restores a clinic can bet a patient on: readers never create, copies are whole or absent,
restore keeps the damaged log with its -wal and says what the backup lacks."""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.services import caselog
from tests.conftest import EXAMPLES, REPO

AS_OF = "2026-11-24T12:00"
ALL_EXAMPLES = sorted(str(path) for path in EXAMPLES.glob("*.json"))
READERS = (
    ("list",),
    ("show", "abcdef12"),
    ("export", "--format", "json", "--out", "OUT"),
    ("backup", "OUT"),
    ("verify",),
    ("replay",),
)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def add(capsys, db: Path, times: int = 1) -> None:
    for _ in range(times):
        code, _, err = run(capsys, "log", "add", *ALL_EXAMPLES, "--as-of", AS_OF, "--db", str(db))
        assert (code, err) == (0, "")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("verb", READERS, ids=lambda verb: verb[0])
@pytest.mark.parametrize("kind", ["missing", "empty"])
def test_readers_refuse_a_missing_or_empty_log_and_create_nothing(capsys, tmp_path, verb, kind):
    db = tmp_path / "logs" / "caselog.db"
    if kind == "empty":
        db.parent.mkdir()
        db.touch()
    argv = [part.replace("OUT", str(tmp_path / "out.file")) for part in verb]
    code, out, err = run(capsys, "log", *argv, "--db", str(db))
    assert code == 2 and out == "" and err.count("\n") == 1 and str(db) in err
    assert ("does not exist" if kind == "missing" else "empty file") in err
    assert db.exists() == (kind == "empty") and not (tmp_path / "out.file").exists()
    assert sorted(p.name for p in tmp_path.rglob("*")) == (["caselog.db", "logs"] if kind == "empty" else [])


def test_verify_reads_without_writing(capsys, tmp_path):
    db = tmp_path / "caselog.db"
    add(capsys, db)
    before = digest(db)
    os.chmod(db, 0o400)
    code, out, _ = run(capsys, "log", "verify", "--db", str(db))
    assert code == 0 and out.startswith("ok: 6 cases")
    assert digest(db) == before and stat.S_IMODE(db.stat().st_mode) == 0o400


def test_a_write_to_a_read_only_log_is_refused_in_one_line_and_the_mode_is_kept(capsys, tmp_path):
    db = tmp_path / "caselog.db"
    add(capsys, db)
    os.chmod(db, 0o400)
    if os.access(db, os.W_OK):
        pytest.skip("running as root: a 0400 file is still writable")
    code, _, err = run(capsys, "log", "add", ALL_EXAMPLES[0], "--as-of", AS_OF, "--db", str(db))
    assert code == 1 and "read-only" in err and err.count("\n") == 1
    assert stat.S_IMODE(db.stat().st_mode) == 0o400


def test_new_folders_are_private_all_the_way_down(capsys, tmp_path):
    db = tmp_path / "a" / "b" / "caselog.db"
    add(capsys, db)
    for folder in (tmp_path / "a", tmp_path / "a" / "b"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_backups_belong_to_their_log_and_carry_its_identity_and_count(capsys, tmp_path):
    first, second = tmp_path / "one" / "caselog.db", tmp_path / "two" / "ward.db"
    add(capsys, first)
    add(capsys, second, times=2)
    code, out, _ = run(capsys, "log", "backup", "--db", str(second))
    assert code == 0 and "backed up 12 cases" in out
    assert [p.parent for p in caselog.backup_candidates(second)] == [tmp_path / "two" / "ward-backups"]
    assert caselog.backup_candidates(first) == []
    latest = caselog.latest_backup(second)
    assert latest is not None and latest.cases == 12
    with caselog.open_reader(second) as log:
        assert latest.identity == caselog.log_identity(log.conn)
    with caselog.open_reader(first) as log:
        assert caselog.latest_backup(second, caselog.log_identity(log.conn)) is None
    assert stat.S_IMODE((tmp_path / "two" / "ward-backups").stat().st_mode) == 0o700
    assert stat.S_IMODE(latest.path.stat().st_mode) == 0o600


def test_restore_refuses_a_backup_of_another_log(capsys, tmp_path):
    first, second = tmp_path / "one.db", tmp_path / "two.db"
    add(capsys, first)
    add(capsys, second)
    run(capsys, "log", "backup", str(tmp_path / "one-copy.db"), "--db", str(first))
    before = digest(second)
    code, _, err = run(capsys, "log", "restore", str(tmp_path / "one-copy.db"), "--db", str(second))
    assert code == 2 and "another case log" in err and err.count("\n") == 1
    assert digest(second) == before


def _crash_leaving_a_stale_wal(db: Path, cases: int) -> None:
    """A writer records cases and is killed before any checkpoint: they live only in the -wal."""
    script = (
        "import sqlite3, sys, os, signal\n"
        "from pathlib import Path\n"
        "from desktop_app.services import caselog\n"
        "from desktop_app.services.evaluation import evaluate_data, read_case_file\n"
        "from desktop_app.services.packs import open_pack\n"
        "from datetime import datetime\n"
        "pack = open_pack(None)\n"
        "log = caselog.open_log(Path(sys.argv[1]))\n"
        "log.conn.execute('PRAGMA wal_autocheckpoint = 0')\n"
        f"for n in range({cases}):\n"
        "    data = read_case_file(Path(sys.argv[2]))\n"
        "    data['patient_ref'] = f'WAL-{n}'\n"
        "    case, rec = evaluate_data(data, pack, datetime(2026, 11, 24, 12, 0), datetime(2026, 11, 24, 12, 0))\n"
        "    caselog.record_evaluation(log, case, rec, who='test')\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(db), ALL_EXAMPLES[0]], cwd=REPO, capture_output=True, text=True)
    assert done.returncode == -signal.SIGKILL, done.stderr


def test_restore_after_a_crash_with_a_stale_wal_keeps_the_damaged_log_whole(capsys, tmp_path):
    db = tmp_path / "caselog.db"
    add(capsys, db)
    code, out, _ = run(capsys, "log", "backup", "--db", str(db))
    assert code == 0
    backup = caselog.backup_candidates(db)[0]
    _crash_leaving_a_stale_wal(db, 12)
    wal = db.with_name(db.name + "-wal")
    assert wal.stat().st_size > 0
    # Damage the file itself: the check must find it without merging the -wal into it.
    with open(db, "r+b") as handle:
        handle.truncate(2 * 4096)
    before = {path.name: digest(path) for path in (db, wal)}
    code, _, err = run(capsys, "log", "verify", "--db", str(db))
    assert code == 1 and "damaged" in err and str(backup) in err
    assert {path.name: digest(path) for path in (db, wal)} == before  # the check changed nothing
    code, out, err = run(capsys, "log", "restore", str(backup), "--db", str(db))
    assert code == 0, err
    assert "restored 6 cases" in out
    kept = sorted(tmp_path.glob("caselog.db.replaced-*"))
    assert [path.name.endswith("-wal") for path in kept].count(True) == 1
    kept_file = next(path for path in kept if not path.name.endswith(("-wal", "-shm")))
    assert digest(kept_file) == before["caselog.db"]
    assert digest(kept_file.with_name(kept_file.name + "-wal")) == before["caselog.db-wal"]
    code, out, _ = run(capsys, "log", "verify", "--db", str(db))
    assert code == 0 and out.startswith("ok: 6 cases")
    code, out, _ = run(capsys, "log", "add", ALL_EXAMPLES[0], "--as-of", AS_OF, "--db", str(db))
    assert code == 0


def test_restore_says_which_cases_the_backup_lacks(capsys, tmp_path):
    db = tmp_path / "caselog.db"
    add(capsys, db)
    run(capsys, "log", "backup", str(tmp_path / "copy.db"), "--db", str(db))
    code, out, _ = run(capsys, "log", "add", ALL_EXAMPLES[0], ALL_EXAMPLES[1], "--as-of", AS_OF, "--db", str(db))
    later = [line.split()[0] for line in out.splitlines()]
    code, out, _ = run(capsys, "log", "restore", str(tmp_path / "copy.db"), "--db", str(db))
    assert code == 0 and "2 cases in the previous log are not in the backup" in out
    assert all(case_id in out for case_id in later)
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_a_damaged_backup_is_never_restored(capsys, tmp_path):
    db = tmp_path / "caselog.db"
    add(capsys, db)
    run(capsys, "log", "backup", str(tmp_path / "copy.db"), "--db", str(db))
    with open(tmp_path / "copy.db", "r+b") as handle:
        handle.truncate(4096 * 3)
    before = digest(db)
    code, _, err = run(capsys, "log", "restore", str(tmp_path / "copy.db"), "--db", str(db))
    assert code == 1 and "damaged" in err and err.count("\n") == 1
    assert digest(db) == before and not list(tmp_path.glob("caselog.db.replaced-*"))


def _bulk_log(db: Path, cases: int) -> None:
    from desktop_app.services.evaluation import evaluate
    from desktop_app.models import parse_case
    from desktop_app.services.evaluation import read_case_file
    from desktop_app.services.packs import open_pack
    from datetime import datetime

    pack = open_pack(None)
    data = read_case_file(Path(ALL_EXAMPLES[0]))
    batch = []
    for n in range(cases):
        data["patient_ref"] = f"BULK-{n}"
        case = parse_case(data)
        batch.append((case, evaluate(case, pack, datetime(2026, 11, 24, 12, 0))))
    with caselog.open_log(db) as log:
        caselog.record_evaluations(log, batch, who="bulk")


def test_backups_killed_at_random_moments_leave_whole_files_or_none(tmp_path):
    db = tmp_path / "caselog.db"
    _bulk_log(db, 3000)
    chance = random.Random(20261202)
    # Kill moments are spread over the time a whole backup takes on this machine now (it varies with load).
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "desktop_app", "log", "backup", str(tmp_path / "timed.db"), "--db", str(db)],
        cwd=REPO, capture_output=True, check=True,
    )  # fmt: skip
    duration = time.monotonic() - started
    kills = whole = 0
    for round_ in range(12):
        out = tmp_path / "copies" / f"copy-{round_}.db"
        writer = subprocess.Popen(
            [sys.executable, "-m", "desktop_app", "log", "backup", str(out), "--db", str(db)],
            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        time.sleep(chance.uniform(0.15, 2.0) * duration)
        if writer.poll() is None:
            os.kill(writer.pid, signal.SIGKILL)
        _, err = writer.communicate(timeout=60)
        kills += writer.returncode == -signal.SIGKILL
        if out.exists():
            from desktop_app.caselog.exchange import describe_copy

            facts = describe_copy(out)
            assert facts.cases == 3000
            whole += 1
        else:
            assert writer.returncode != 0, err
    print(f"backups: {kills} killed, {whole} of 12 whole under their name, {12 - whole} absent, 0 half")
    assert kills and whole


def test_a_killed_export_can_be_run_again(capsys, tmp_path):
    db = tmp_path / "caselog.db"
    _bulk_log(db, 3000)
    out = tmp_path / "all.json"
    writer = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "log", "export", "--format", "json", "--out", str(out), "--db", str(db)],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    time.sleep(0.8)
    if writer.poll() is None:
        os.kill(writer.pid, signal.SIGKILL)
    writer.communicate(timeout=60)
    if writer.returncode == -signal.SIGKILL and out.exists():
        # Killed after the file got its name (a loaded machine): it must then be whole.
        assert len(json.loads(out.read_text(encoding="utf-8"))["tables"]["evaluations"]) == 3000
    if out.exists():
        out.unlink()
    code, out_text, _ = run(capsys, "log", "export", "--format", "json", "--out", str(out), "--db", str(db))
    assert code == 0 and "exported 3000 cases" in out_text


def test_a_log_replaced_under_an_open_connection_is_not_written_into(tmp_path, capsys):
    db = tmp_path / "caselog.db"
    add(capsys, db)
    run(capsys, "log", "backup", str(tmp_path / "copy.db"), "--db", str(db))
    log = caselog.open_log(db)
    try:
        run(capsys, "log", "restore", str(tmp_path / "copy.db"), "--db", str(db))
        with pytest.raises(caselog.CaseLogSwapped):
            caselog.add_note(log, "x" * 36, "late note", who="test")
    finally:
        log.close()


def test_two_first_starts_at_once_both_succeed(tmp_path):
    for attempt in range(6):
        db = tmp_path / f"fresh-{attempt}" / "caselog.db"
        writers = [
            subprocess.Popen(
                [sys.executable, "-m", "desktop_app", "log", "add", ALL_EXAMPLES[0], "--as-of", AS_OF, "--db", str(db)],
                cwd=REPO,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )  # fmt: skip
            for _ in range(2)
        ]
        for writer in writers:
            _, err = writer.communicate(timeout=60)
            assert writer.returncode == 0, err
        with caselog.open_reader(db) as log:
            assert caselog.count_cases(log) == 2


def test_sqlite_full_disk_during_backup_leaves_nothing(tmp_path, capsys):
    db = tmp_path / "caselog.db"
    _bulk_log(db, 500)
    out = tmp_path / "copies" / "copy.db"
    from desktop_app.caselog import exchange

    with caselog.open_reader(db) as log:
        # A stand-in for a small file system: SQLite's own page limit on the copy.
        original = exchange.fill_copy

        def fill_limited(conn, temporary):
            target = sqlite3.connect(temporary)
            target.execute("PRAGMA max_page_count = 20")
            try:
                conn.backup(target)
            finally:
                target.close()

        exchange.fill_copy = fill_limited
        try:
            with pytest.raises(caselog.FileNotWritten, match="nothing was left"):
                caselog.backup(log, out)
        finally:
            exchange.fill_copy = original
    assert not out.exists() and list(out.parent.iterdir()) == []
