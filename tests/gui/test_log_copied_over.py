"""A file copied over the open log in place (`cp backup.db caselog.db`: same inode, same identity row, other content)
is noticed before the window's next write, and the window asks, as for a swapped file."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop_app.services.evaluation import evaluate
from desktop_app.gui.log_notices import SwappedLogDialog
from desktop_app.models import parse_case
from desktop_app.services import caselog, log_writes
from tests.gui.conftest import enter_case, example, log_rows


def _save(window: Any, patient: str, as_of: datetime) -> None:
    window.new_action.trigger()
    enter_case(window, patient, 300, as_of - timedelta(hours=3))
    window.live.evaluate_now()
    window.save_action.trigger()


def _quiet(db: Path) -> None:
    """The log between writes, its -wal folded into the file (as a clinic copies it by hand)."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _copy_in_place(source: Path, db: Path) -> None:
    """What `cp source db` does: the bytes of the open log are overwritten, the file stays the same."""
    before = os.stat(db).st_ino
    _quiet(db)
    shutil.copyfile(source, db)
    assert os.stat(db).st_ino == before, "copied in place: the same file"


def test_an_older_copy_put_over_the_log_in_place_is_noticed_before_the_next_write(
    make_window: Any, db: Path, as_of: datetime, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make_window(db=db)
    _save(window, "RHEU-0901", as_of)
    older = tmp_path / "older.db"
    _quiet(db)
    shutil.copyfile(db, older)  # `cp caselog.db older.db`: a copy by hand, same identity row
    _save(window, "RHEU-0902", as_of)
    assert caselog.count_cases(window.log_session.log) == 2
    identity = window.session.identity
    _copy_in_place(older, db)
    with caselog.open_reader(db) as now:
        assert log_writes.identity_of(now) == identity, "the copy carries the same identity row"

    asked: list[Path] = []
    monkeypatch.setattr(SwappedLogDialog, "ask", classmethod(lambda cls, parent, path: asked.append(path) or "cancel"))
    _save(window, "RHEU-0903", as_of)
    assert asked == [db.absolute()], "the window asks before writing into the copied file"
    assert not window.log_session.shows_saved()
    with caselog.open_reader(db) as now:
        assert caselog.count_cases(now) == 1 and caselog.list_drafts(now) == [], "nothing was written into the copy"

    # Keep working on the copy, knowingly: the next save goes there.
    monkeypatch.setattr(SwappedLogDialog, "ask", classmethod(lambda cls, parent, path: asked.append(path) or "adopt"))
    window.save_action.trigger()
    assert len(asked) == 2 and len(log_rows(window)) == 1
    window.save_action.trigger()
    assert window.log_session.shows_saved()
    with caselog.open_reader(db) as now:
        assert caselog.count_cases(now) == 2


def test_another_neutrohold_writing_meanwhile_is_not_taken_for_a_copy(
    make_window: Any, db: Path, pack: Any, as_of: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(db=db)
    _save(window, "RHEU-0911", as_of)
    monkeypatch.setattr(
        SwappedLogDialog,
        "ask",
        classmethod(lambda cls, parent, path: pytest.fail("a log another NeutroHold wrote to was taken for a copy")),
    )
    case = parse_case(example("recovering.json"))
    with caselog.open_log(db) as other:  # `neutrohold log add` from another terminal
        caselog.record_evaluation(other, case, evaluate(case, pack, as_of), who="other")
    _save(window, "RHEU-0912", as_of)
    assert window.log_session.shows_saved()
    with caselog.open_reader(db) as now:
        assert caselog.count_cases(now) == 3
