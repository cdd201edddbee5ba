"""Failing storage keeps data: a full disk or a page limit leaves the log as it was and the form as typed.

Real failures, not mocks: SQLite's own page limit (PRAGMA max_page_count) on the connection that
writes, and, where this user may mount one, a small tmpfs that really runs out of space.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.services.evaluation import evaluate
from desktop_app.models import parse_case
from desktop_app.services import caselog
from tests.conftest import EXAMPLES, REPO

AS_OF = "2026-11-24T12:00"


def contents(db: Path) -> list[tuple]:
    """Every row of every table, read on a connection of its own."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = []
        for table, sql in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'case_search%' ORDER BY name"
        ):
            order = "1, 2" if "WITHOUT ROWID" in sql else "rowid"  # readings and worklist facts have no rowid (m010)
            rows.extend((table, *row) for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY {order}'))  # noqa: S608 - names from the file
        return rows
    finally:
        conn.close()


def fill_to_the_page_limit(log: caselog.CaseLog) -> None:
    """No page more than the file has now: the next write that needs a page fails as on a full disk."""
    pages = log.conn.execute("PRAGMA page_count").fetchone()[0]
    log.conn.execute(f"PRAGMA max_page_count = {int(pages)}")


def test_a_record_refused_at_the_page_limit_leaves_the_log_exactly_as_it_was(tmp_path, pack, as_of):
    db = tmp_path / "caselog.db"
    case = parse_case(json.loads((EXAMPLES / "febrile.json").read_text(encoding="utf-8")))
    with caselog.open_log(db) as log:
        caselog.record_evaluation(log, case, evaluate(case, pack, as_of), who="Dr Ada")
        fill_to_the_page_limit(log)
        # Compressed documents (m008) may fit the pages the file has: record until one needs a new page.
        for _ in range(200):
            before = contents(db)
            try:
                caselog.record_evaluation(log, case, evaluate(case, pack, as_of), who="Dr Ada")
            except sqlite3.OperationalError as exc:
                assert "full" in str(exc)
                break
        else:
            pytest.fail("the page limit never refused a record")
    assert contents(db) == before
    with caselog.open_reader(db) as log:
        assert caselog.verify(log).ok


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 1 MiB tmpfs of our own (root only); skipped where this user cannot mount."""
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(mount_point)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def neutrohold(*argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TZ": "UTC"}
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *argv], capture_output=True, text=True, cwd=REPO, env=env, timeout=120
    )


def test_log_add_on_a_full_disk_exits_1_with_one_line_and_the_log_unchanged(small_disk):
    db = small_disk / "caselog.db"
    added = neutrohold("log", "add", str(EXAMPLES / "febrile.json"), "--as-of", AS_OF, "--db", str(db))
    assert added.returncode == 0, added.stderr
    before = contents(db)
    filler = small_disk / "filler"
    with open(filler, "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass  # the disk is full now
        try:
            while True:
                handle.write(b"\0" * 512)
        except OSError:
            pass  # not even a sector is left
    result = neutrohold("log", "add", str(EXAMPLES / "recovering.json"), "--as-of", AS_OF, "--db", str(db))
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
    assert "full" in result.stderr or "disk" in result.stderr
    filler.unlink()
    assert contents(db) == before
    verified = neutrohold("log", "verify", "--db", str(db))
    assert verified.returncode == 0, verified.stdout + verified.stderr
