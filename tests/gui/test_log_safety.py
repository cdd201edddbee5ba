"""The window never drops work silently: locked and read-only logs, drafts that cannot be kept, writes that wait
for another program's lock, and a log file swapped under the window."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool, QTimer

from desktop_app.caselog import recording
from desktop_app.services.evaluation import evaluate
from desktop_app.gui.log_notices import SwappedLogDialog, UnsavedCloseDialog
from desktop_app.gui.log_recovery import DamagedLogDialog, ReadOnlyStartNotice, open_for_window
from desktop_app.gui.tasks import TaskRunner
from desktop_app.models import parse_case
from desktop_app.services import caselog, log_writes
from tests.conftest import REPO
from tests.gui.conftest import enter_case, example, log_rows, named

HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "exclusive-mode":
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
conn.execute("BEGIN EXCLUSIVE")
print("held", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
conn.close()
"""


class LockHolder:
    """Another program (a real second process) holding the log's write lock until told to let go."""

    def __init__(self, db: Path, mode: str = "transaction") -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(db), mode], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=REPO
        )
        assert self.process.stdout is not None and self.process.stdout.readline().strip() == "held"

    def release(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.write("\n")
            self.process.stdin.flush()
        self.process.communicate(timeout=30)


def no_damage_dialog(monkeypatch: Any) -> None:
    monkeypatch.setattr(
        DamagedLogDialog, "ask", classmethod(lambda cls, *args: pytest.fail("a readable log was reported as damaged"))
    )


def told(monkeypatch: Any) -> list[str]:
    texts: list[str] = []
    monkeypatch.setattr(ReadOnlyStartNotice, "tell", classmethod(lambda cls, parent, text: texts.append(text)))
    return texts


def one_case_log(db: Path, pack: Any, as_of: datetime) -> None:
    case = parse_case(example("febrile.json"))
    with caselog.open_log(db) as log:
        caselog.record_evaluation(log, case, evaluate(case, pack, as_of), who="test")


def assert_read_only_window(window: Any, words: str, monkeypatch: Any) -> None:
    """Save is off and says why; closing with the typed case asks, offering no Save."""
    monkeypatch.setattr(
        UnsavedCloseDialog,
        "ask",
        classmethod(lambda cls, parent, reason, can_save: pytest.fail("Save offered") if can_save else "discard"),
    )
    notice = named(window, "logReadOnlyNotice")
    assert notice.isVisible() and words in notice.text()
    window.load_case(example("febrile.json"))
    window.form.patient_ref.setText("RHEU-0700")
    window.live.evaluate_now()
    save = named(window, "saveButton")
    assert not save.isEnabled() and not window.save_action.isEnabled()
    assert words in save.toolTip() and save.toolTip().startswith("Cannot save")


def test_a_log_locked_by_another_program_at_start_opens_read_only(
    make_window: Any, db: Path, pack: Any, as_of: datetime, monkeypatch: Any
) -> None:
    one_case_log(db, pack, as_of)
    no_damage_dialog(monkeypatch)
    texts = told(monkeypatch)
    holder = LockHolder(db, "exclusive-mode")  # even reading is blocked
    try:
        opened = open_for_window(db)
        assert opened is not None
        log, reason = opened
        try:
            assert log.read_only and reason is not None and "lock" in reason
            assert len(texts) == 1 and "read-only" in texts[0] and "Traceback" not in texts[0]
            window = make_window()
            window.attach_log(log, reason)
            assert_read_only_window(window, "lock", monkeypatch)
            assert "could not be read" in named(window, "caseLogEmptyLabel").text()
            holder.release()
            window.refresh_action.trigger()  # F5 once the other program has finished
            assert len(log_rows(window)) == 1
        finally:
            window.close()
            log.close()
    finally:
        holder.release()


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder this user cannot write: a read-only bind mount for root (0500 would not stop root), else 0500."""
    folder = tmp_path / "ro"
    folder.mkdir()
    yield folder
    if not os.access(folder, os.W_OK) and os.geteuid() == 0:
        subprocess.run(["umount", str(folder)], check=False)
    os.chmod(folder, 0o700)


def make_read_only(folder: Path) -> None:
    if os.geteuid() != 0:
        os.chmod(folder, 0o500)
        return
    done = subprocess.run(["mount", "--bind", "-o", "ro", str(folder), str(folder)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip("cannot make a read-only folder here")
    if os.access(folder, os.W_OK):
        subprocess.run(["umount", str(folder)], check=False)
        pytest.skip("cannot make a read-only folder here")


def test_a_log_in_a_read_only_folder_opens_read_only_and_is_not_called_damaged(
    make_window: Any, read_only_folder: Path, pack: Any, as_of: datetime, monkeypatch: Any
) -> None:
    db = read_only_folder / "caselog.db"
    one_case_log(db, pack, as_of)
    make_read_only(read_only_folder)
    before = sorted(path.name for path in read_only_folder.iterdir())  # the log (and its check stamp)
    no_damage_dialog(monkeypatch)
    texts = told(monkeypatch)
    opened = open_for_window(db)
    assert opened is not None
    log, reason = opened
    try:
        assert log.read_only and reason is not None and "cannot write" in reason
        assert len(texts) == 1 and "damaged" not in texts[0] and "new" not in texts[0].lower().split("case log")[0]
        window = make_window()
        window.attach_log(log, reason)
        assert_read_only_window(window, "cannot write", monkeypatch)
        assert len(log_rows(window)) == 1
        enter_case(window, "RHEU-0701", 300, as_of - timedelta(hours=2))
        window.session.autosave()
        assert "read-only" in named(window, "draftFailedNotice").text()
        assert window.close()
    finally:
        log.close()
    assert "caselog.db" in before
    assert sorted(path.name for path in read_only_folder.iterdir()) == before


def test_a_draft_that_cannot_be_kept_is_shown_and_closing_asks_first(
    log_window: Any, as_of: datetime, monkeypatch: Any, qtbot: Any
) -> None:
    def disk_full(*args: Any, **kwargs: Any) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(recording, "save_draft", disk_full)
    enter_case(log_window, "RHEU-0600", 300, as_of - timedelta(hours=3))
    log_window.session.autosave()
    notice = named(log_window, "draftFailedNotice")
    assert notice.isVisible() and "disk is full" in notice.text()
    asked: list[tuple[str, bool]] = []
    answers = ["cancel", "save"]
    monkeypatch.setattr(
        UnsavedCloseDialog,
        "ask",
        classmethod(lambda cls, parent, reason, can_save: asked.append((reason, can_save)) or answers.pop(0)),
    )
    assert not log_window.close() and log_window.isVisible()
    assert named(log_window, "patientRefEdit").text() == "RHEU-0600", "Cancel keeps the form as typed"
    assert not log_window.close()  # Save: the case is saved, then the window closes
    qtbot.waitUntil(lambda: not log_window.isVisible(), timeout=5000)
    assert [can_save for _, can_save in asked] == [True, True] and "disk is full" in asked[0][0]
    log = log_window.log_session.log
    assert caselog.count_cases(log) == 1 and caselog.list_drafts(log) == []


def test_closing_after_the_draft_was_kept_asks_nothing(log_window: Any, as_of: datetime, monkeypatch: Any) -> None:
    monkeypatch.setattr(
        UnsavedCloseDialog, "ask", classmethod(lambda cls, *args: pytest.fail("asked although the draft was kept"))
    )
    enter_case(log_window, "RHEU-0601", 300, as_of - timedelta(hours=3))
    log_window.session.autosave()
    assert not named(log_window, "draftFailedNotice").isVisible()
    assert log_window.close()
    assert len(caselog.list_drafts(log_window.log_session.log)) == 1


def test_save_and_the_drafts_discard_are_one_transaction(log_window: Any, as_of: datetime, monkeypatch: Any) -> None:
    enter_case(log_window, "RHEU-0602", 300, as_of - timedelta(hours=3))
    log_window.session.autosave()
    log = log_window.log_session.log
    assert len(caselog.list_drafts(log)) == 1
    real_discard = recording.discard_draft

    def crash(*args: Any) -> None:
        raise sqlite3.OperationalError("disk I/O error")  # as a crash between the save and the discard would

    monkeypatch.setattr(recording, "discard_draft", crash)
    problems: list[str] = []
    monkeypatch.setattr(
        "desktop_app.gui.log_session.ProblemMessage.tell", classmethod(lambda cls, parent, title, text: problems.append(text))
    )
    log_window.live.evaluate_now()
    log_window.save_action.trigger()
    assert len(problems) == 1 and "not saved" in problems[0] and "disk I/O error" in problems[0]
    assert caselog.count_cases(log) == 0 and len(caselog.list_drafts(log)) == 1, "neither the case nor the end of its draft"
    monkeypatch.setattr(recording, "discard_draft", real_discard)
    log_window.save_action.trigger()
    assert caselog.count_cases(log) == 1 and caselog.list_drafts(log) == [], "both at once"


def test_a_save_waits_for_another_programs_lock_and_the_window_stays_responsive(
    make_window: Any, db: Path, as_of: datetime, qtbot: Any
) -> None:
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    window = make_window(db=db, log_runner=TaskRunner(pool=pool))
    enter_case(window, "RHEU-0603", 300, as_of - timedelta(hours=3))
    window.live.evaluate_now()
    holder = LockHolder(db)  # a second process holds BEGIN EXCLUSIVE
    try:
        started = time.monotonic()
        window.save_action.trigger()
        assert time.monotonic() - started < 0.2, "the GUI thread did not wait for the lock"
        waiting = named(window, "logWaitingNotice")
        qtbot.waitUntil(waiting.isVisible, timeout=3000)
        assert "Waiting for the case log" in waiting.text()
        assert not named(window, "saveButton").isEnabled(), "no second save while the first waits"
        ticks: list[float] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(time.monotonic()))
        timer.start(50)
        qtbot.wait(600)
        timer.stop()
        assert len(ticks) >= 6, f"the event loop ran only {len(ticks)} times in 600 ms while the save waited"
        assert caselog.count_cases(window.log_session.log) == 0
    finally:
        holder.release()
    qtbot.waitUntil(lambda: caselog.count_cases(window.log_session.log) == 1, timeout=10000)
    qtbot.waitUntil(lambda: not waiting.isVisible(), timeout=3000)
    assert window.is_unchanged() and caselog.list_drafts(window.log_session.log) == []
    assert pool.waitForDone(5000)


def test_a_log_swapped_under_the_window_is_noticed_before_the_next_write(
    make_window: Any, db: Path, as_of: datetime, monkeypatch: Any, tmp_path: Path
) -> None:
    window = make_window(db=db)
    window.load_case(example("febrile.json"))
    window.form.patient_ref.setText("RHEU-0604")
    window.save_action.trigger()
    log = window.log_session.log
    backup = caselog.backup(log, tmp_path / "copy.db")
    window.new_action.trigger()
    enter_case(window, "RHEU-0605", 300, as_of - timedelta(hours=3))
    window.live.evaluate_now()
    window.save_action.trigger()
    assert caselog.count_cases(log) == 2
    caselog.restore(backup, db)  # another program puts a backup in place: a new file at the name
    asked: list[Path] = []
    answers = ["cancel", "reopen"]
    monkeypatch.setattr(SwappedLogDialog, "ask", classmethod(lambda cls, parent, path: asked.append(path) or answers.pop(0)))
    window.new_action.trigger()
    enter_case(window, "RHEU-0606", 300, as_of - timedelta(hours=3))
    window.live.evaluate_now()
    window.save_action.trigger()
    window.save_action.trigger()
    assert asked == [db.absolute(), db.absolute()]
    with caselog.open_reader(db) as now:
        assert caselog.count_cases(now) == 1 and caselog.list_drafts(now) == [], "nothing was written into the new file"
    assert_read_only_window(window, "replaced", monkeypatch)
    assert len(log_rows(window)) == 1, "the window now shows the new file"


def test_keeping_on_with_the_swapped_file_writes_there_after_asking(
    make_window: Any, db: Path, as_of: datetime, monkeypatch: Any, tmp_path: Path
) -> None:
    window = make_window(db=db)
    log = window.log_session.log
    backup = caselog.backup(log, tmp_path / "copy.db")
    caselog.restore(backup, db)
    monkeypatch.setattr(SwappedLogDialog, "ask", classmethod(lambda cls, parent, path: "adopt"))
    enter_case(window, "RHEU-0607", 300, as_of - timedelta(hours=3))
    window.live.evaluate_now()
    window.save_action.trigger()  # asks, writes nothing
    with caselog.open_reader(db) as now:
        assert caselog.count_cases(now) == 0
    window.save_action.trigger()
    with caselog.open_reader(db) as now:
        assert caselog.count_cases(now) == 1


def test_a_worker_write_refuses_a_file_of_another_log_at_the_same_name(db: Path, tmp_path: Path) -> None:
    with caselog.open_log(db) as log:
        identity = log_writes.identity_of(log)
        other = tmp_path / "other.db"
        caselog.open_log(other).close()
        os.replace(other, db)
        with pytest.raises(caselog.CaseLogSwapped):
            log_writes.write_from_worker(log, identity, lambda writer: caselog.add_note(writer, "x" * 36, "late", who="t"))


def test_neutrohold_started_on_a_locked_log_shows_a_read_only_window_and_exits_0(
    qapp: Any, db: Path, pack: Any, as_of: datetime, monkeypatch: Any
) -> None:
    import argparse

    from PySide6.QtWidgets import QApplication

    from desktop_app.gui import app
    import desktop_app.services.packs as packs

    monkeypatch.setattr(packs, "open_pack", lambda overrides=None: pack)
    one_case_log(db, pack, as_of)
    no_damage_dialog(monkeypatch)
    texts = told(monkeypatch)
    notices: list[bool] = []

    def note_window() -> None:
        window = next((w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible()), None)
        if window is not None and getattr(window, "log_session", None) is not None:
            notices.append(named(window, "logReadOnlyNotice").isVisible() and not named(window, "saveButton").isEnabled())
            seen["log"] = window.log_session.log
            window.close()
        else:
            QTimer.singleShot(10, note_window)

    seen: dict[str, Any] = {}
    QTimer.singleShot(0, note_window)
    holder = LockHolder(db, "exclusive-mode")
    try:
        assert app.run(argparse.Namespace(db=db, overrides=None)) == 0
    finally:
        holder.release()
    assert len(texts) == 1 and "lock" in texts[0]
    assert notices[:1] == [True] and seen["log"].read_only
