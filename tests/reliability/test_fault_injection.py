"""Faults made for real: kill -9 of `log import` and of a schema upgrade at random moments, a lock held by another
process, a stale write-ahead log restored with the README's own steps, and what killed writes leave behind.
Each test prints what was acknowledged and what was found, and asserts they are equal."""

from __future__ import annotations

import os
import random
import re
import shlex
import signal
import stat
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.caselog import whole
from desktop_app.services import caselog
from tests.conftest import REPO
from tests.reliability.test_backup_restore import ALL_EXAMPLES, AS_OF, _bulk_log, _crash_leaving_a_stale_wal, add, run


def cli(*argv: str) -> tuple[subprocess.Popen[str], float]:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop_app", *argv], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ), time.monotonic()


class Moments:
    """Random kill moments spread over the time the same command took whole on this machine (it varies with load)."""

    def __init__(self, seed: int) -> None:
        self.chance = random.Random(seed)
        self.duration: float | None = None

    def wait(self, started: float) -> bool:
        """Sleep until a random moment of the run; False for the first run, which is timed, not killed."""
        if self.duration is None:
            return False
        time.sleep(max(0.0, started + self.chance.uniform(0.1, 1.3) * self.duration - time.monotonic()))
        return True


def kill_at_random(process: subprocess.Popen[str], started: float, moments: Moments) -> tuple[bool, str, str]:
    """Kill -9 the process at a random moment of its run (the first run is left whole and timed): (killed, stdout, stderr)."""
    if not moments.wait(started):
        out, err = process.communicate(timeout=120)
        moments.duration = time.monotonic() - started
        return False, out, err
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    out, err = process.communicate(timeout=120)
    return process.returncode == -signal.SIGKILL, out, err


def cases_in(db: Path) -> int:
    with caselog.open_reader(db) as log:
        report = caselog.verify(log)
        assert report.ok, report.problems
        return caselog.count_cases(log)


def case_ids(db: Path) -> set[str]:
    with caselog.open_reader(db) as log:
        return {row[0] for row in log.conn.execute("SELECT id FROM evaluations")}


def test_an_import_killed_at_random_moments_is_all_or_nothing(capsys, tmp_path):
    source = tmp_path / "source.db"
    _bulk_log(source, 2000)
    exported = case_ids(source)
    export = tmp_path / "all.json"
    code, _, err = run(capsys, "log", "export", "--format", "json", "--out", str(export), "--db", str(source))
    assert code == 0, err
    moments = Moments(20261203)
    kills = acknowledged = found = 0
    for round_ in range(8):
        target = tmp_path / f"target-{round_}" / "caselog.db"
        add(capsys, target)
        before = case_ids(target)
        killed, out, err = kill_at_random(*cli("log", "import", str(export), "--db", str(target)), moments)
        kills += killed
        promised = before | (exported if not killed else set())
        assert killed or (out.count("\n"), err) == (1, ""), (out, err)
        cases_in(target)  # opens and verifies
        now = case_ids(target)
        assert now in (before, before | exported), f"a killed import left {len(now - before)} of 2000 cases"
        acknowledged += len(promised)
        found += len(promised & now)
    print(f"import: {kills} of 8 killed at random moments; acknowledged {acknowledged} cases, found {found}; none half imported")
    assert found == acknowledged
    assert kills, "no import was killed: the moments chosen missed it"


def _downgrade_to_m004(db: Path) -> None:
    """Make `db` a log of the schema before m005 (as written by the version before), keeping its cases."""
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        new = "decision TEXT NOT NULL CHECK (decision IN ('withhold', 'resume', 'continue', 'out_of_scope'))"
        old = "decision TEXT NOT NULL CHECK (decision IN ('withhold', 'resume', 'continue'))"
        (sql,) = conn.execute("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'evaluations'").fetchone()
        assert new in sql
        (version,) = conn.execute("PRAGMA schema_version").fetchone()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'evaluations'", [sql.replace(new, old)])
        conn.execute("PRAGMA schema_version = " + str(int(version) + 1))
        conn.execute("PRAGMA writable_schema = OFF")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm005_out_of_scope_decision'")
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _raw_ids(db: Path) -> set[str]:
    conn = sqlite3.connect(f"{db.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return {row[0] for row in conn.execute("SELECT id FROM evaluations")}
    finally:
        conn.close()


def _schema_steps(db: Path) -> list[str]:
    conn = sqlite3.connect(f"{db.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    finally:
        conn.close()


def test_a_schema_upgrade_killed_at_random_moments_leaves_a_log_that_opens_with_every_case(capsys, tmp_path):
    moments = Moments(20261204)
    kills = upgraded = acknowledged = found = 0
    for round_ in range(8):
        db = tmp_path / f"old-{round_}" / "caselog.db"
        _bulk_log(db, 1500)
        _downgrade_to_m004(db)
        assert "m005_out_of_scope_decision" not in _schema_steps(db)
        promised = _raw_ids(db)  # read without opening it as a log, which would upgrade it
        # `log add` upgrades the schema first, then records one case (and prints its id).
        killed, out, err = kill_at_random(*cli("log", "add", ALL_EXAMPLES[0], "--as-of", AS_OF, "--db", str(db)), moments)
        kills += killed
        upgraded += "m005_out_of_scope_decision" in _schema_steps(db)
        if not killed:
            assert (out.count("\n"), err) == (1, ""), (out, err)
            promised |= {line.split()[0] for line in out.splitlines()}
        # The next open finishes (or finds finished) the upgrade; every acknowledged case is there and verifies.
        cases_in(db)
        assert "m005_out_of_scope_decision" in _schema_steps(db)
        now = case_ids(db)
        acknowledged += len(promised)
        found += len(promised & now)
        assert len(now - promised) <= 1
    print(
        f"schema upgrade: {kills} of 8 killed at random moments ({upgraded} of 8 upgraded when stopped); "
        f"acknowledged {acknowledged} cases, found {found}"
    )
    assert found == acknowledged
    assert kills


HOLD_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("held", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("ROLLBACK")
"""


def test_a_held_exclusive_lock_makes_log_add_exit_1_in_one_line_writing_nothing(capsys, tmp_path):
    db = tmp_path / "caselog.db"
    add(capsys, db)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db), "30"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        writer, _ = cli("log", "add", *ALL_EXAMPLES, "--as-of", AS_OF, "--db", str(db))
        out, err = writer.communicate(timeout=60)
        waited = time.monotonic() - started
    finally:
        holder.kill()
        holder.communicate()
    print(f"log add under a held lock: exit {writer.returncode} after {waited:.1f} s; {err.strip()!r}")
    assert writer.returncode == 1 and out == "" and err.count("\n") == 1 and "locked" in err and "Traceback" not in err
    assert waited >= caselog.BUSY_TIMEOUT_SECONDS - 0.5
    assert cases_in(db) == 6, "nothing of the refused add was written"


def _readme_restore_steps() -> list[list[str]]:
    """The commands of README's 'Backup and restore' block, in order."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("### Backup and restore", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block is not None
    steps = []
    for line in block.group(1).splitlines():
        command = line.split("#", 1)[0].strip()
        if command:
            steps.append(shlex.split(command))
    return steps


def test_a_stale_wal_crash_is_restored_with_the_readmes_own_steps(capsys, tmp_path):
    db = tmp_path / "caselog.db"
    add(capsys, db, 2)  # 12 cases acknowledged before the backup
    usb = tmp_path / "usb"
    steps = _readme_restore_steps()
    verbs = [step[2] for step in steps]
    assert verbs == ["backup", "backup", "verify", "restore"], verbs

    def as_run(step: list[str]) -> list[str]:
        argv = [part.replace("/media/usb", str(usb)) for part in step[1:]]
        return argv if "--db" in argv else [*argv, "--db", str(db)]

    for step in steps[:3]:  # take the backups and check the copy, as the README says
        code, _, err = run(capsys, *as_run(step))
        assert code == 0, (step, err)
    _crash_leaving_a_stale_wal(db, 5)  # 5 more acknowledged, then a crash: they live only in the -wal
    with open(db, "r+b") as handle:
        handle.truncate(2 * 4096)  # and the file itself is damaged
    code, _, err = run(capsys, "log", "verify", "--db", str(db))
    assert code == 1 and "damaged" in err
    code, out, err = run(capsys, *as_run(steps[3]))
    assert code == 0, err
    found = cases_in(db)
    kept = next(path for path in tmp_path.glob("caselog.db.replaced-*") if not path.name.endswith(("-wal", "-shm")))
    assert kept.with_name(kept.name + "-wal").stat().st_size > 0, "the stale -wal was kept with its file"
    print(f"stale WAL restore by the README: acknowledged 12 before the backup, found {found} after the restore; {out.strip()}")
    assert found == 12 and "restored 12 cases" in out


def test_what_killed_writes_left_is_swept_at_the_next_backup_and_nothing_else(capsys, tmp_path):
    db = tmp_path / "caselog.db"
    add(capsys, db)
    folder = caselog.backups_dir(db)
    folder.mkdir(mode=0o700)
    old = time.time() - 3600
    stale = [folder / ".caselog-20261201T000000000000Z.db.0a1b2c3d.partial", folder / ".caselog-x.db.0a1b2c3d.partial-journal"]
    fresh = folder / ".caselog-y.db.4e5f6a7b.partial"  # a write still going on
    foreign = [folder / "notes.partial", folder / ".notes.partial", folder / "mine.db"]
    for path in (*stale, fresh, *foreign):
        path.write_bytes(b"half")
    for path in (*stale, *foreign):
        os.utime(path, (old, old))
    code, _, err = run(capsys, "log", "backup", "--db", str(db))
    assert code == 0, err
    left = sorted(path.name for path in folder.iterdir())
    print(f"sweep: {len(stale)} stale partial files removed, {len(left)} files left: {left}")
    assert not any(path.exists() for path in stale)
    assert fresh.exists() and all(path.exists() for path in foreign)
    assert len(caselog.backup_candidates(db)) == 1
    assert whole.sweep_partials(folder, now=time.time() + 3600) == [fresh]


FIRST_START = """
import stat, sys
from desktop_app.services import caselog
with caselog.open_log() as log:  # the window's first start: the default log in the user data folder
    print(log.path, oct(stat.S_IMODE(log.path.parent.stat().st_mode)), flush=True)
"""


def test_first_starts_at_the_same_moment_all_succeed_on_one_default_log(tmp_path):
    failures = 0
    for round_ in range(6):
        home = tmp_path / f"home-{round_}"
        env = {key: value for key, value in os.environ.items() if not key.startswith("NEUTROHOLD_")}
        env["XDG_DATA_HOME"] = str(home / "deep" / "data")
        starts = [
            subprocess.Popen(
                [sys.executable, "-c", FIRST_START], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
            )
            for _ in range(3)
        ]
        results = [start.communicate(timeout=60) for start in starts]
        failures += sum(start.returncode != 0 for start in starts)
        assert [start.returncode for start in starts] == [0, 0, 0], [err for _, err in results]
        paths = {out.split()[0] for out, _ in results}
        assert len(paths) == 1 and all(out.split()[1] == "0o700" for out, _ in results)
        assert cases_in(Path(paths.pop())) == 0
        assert stat.S_IMODE((home / "deep").stat().st_mode) == 0o700, "missing parents are made private too"
    print(f"first starts: 18 at 3 at a time, {failures} failed")


def test_exports_and_backups_to_a_full_file_system_exit_1_in_one_line_and_leave_nothing(capsys, tmp_path):
    db = tmp_path / "caselog.db"
    _bulk_log(db, 400)
    full = tmp_path / "small"
    full.mkdir()
    if (
        os.geteuid() != 0
        or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=128k", "tmpfs", str(full)], capture_output=True).returncode
    ):
        pytest.skip("a small file system needs root here (the max_page_count stand-in is in test_backup_restore)")
    try:
        outcomes = []
        for argv in (
            ("log", "export", "--format", "json", "--out", str(full / "all.json")),
            ("log", "export", "--format", "csv", "--out", str(full / "all.csv")),
            ("log", "backup", str(full / "copy.db")),
        ):
            code, out, err = run(capsys, *argv, "--db", str(db))
            outcomes.append(code)
            assert code == 1 and out == "" and err.count("\n") == 1 and "nothing was left" in err, (argv, err)
        left = sorted(path.name for path in full.iterdir())
        print(f"full file system: exits {outcomes}; files left {left}")
        assert left == []
    finally:
        subprocess.run(["umount", str(full)], check=False)


def test_a_restore_killed_at_random_moments_always_leaves_a_whole_log_at_the_name(capsys, tmp_path):
    db = tmp_path / "caselog.db"
    _bulk_log(db, 3000)
    code, _, err = run(capsys, "log", "backup", str(tmp_path / "copy.db"), "--db", str(db))
    assert code == 0, err
    add(capsys, db)  # 6 more cases after the backup: the log at the name has 3006, the backup 3000
    moments = Moments(20261205)
    kills = 0
    seen: list[int] = []
    for _ in range(8):
        killed, out, err = kill_at_random(*cli("log", "restore", str(tmp_path / "copy.db"), "--db", str(db)), moments)
        kills += killed
        assert killed or "restored 3000 cases" in out, err
        assert db.exists(), "a killed restore left no log at the name"
        found = cases_in(db)
        assert found in (3000, 3006)
        seen.append(found)
        kept = [path for path in tmp_path.glob("caselog.db.replaced-*") if not path.name.endswith(("-wal", "-shm"))]
        assert any(cases_in(path) == 3006 for path in kept) or found == 3006, "the previous log is kept whole"
        if found == 3000:
            add(capsys, db)  # back to a log with cases the backup lacks, for the next round
    print(f"restore: {kills} of 8 killed at random moments; log at the name after each: {seen}; never absent or half")
    assert kills
