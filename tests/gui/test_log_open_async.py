"""The window opens its case log off the GUI thread, and a window that started read-only can try again for writing.

Another program is a real second process holding the log's lock (tests.gui.test_log_safety.LockHolder).
"""

from __future__ import annotations

import argparse
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop_app.gui.app import Startup
from desktop_app.gui.log_recovery import DamagedLogDialog, ReadOnlyStartNotice
from desktop_app.gui.tasks import TaskRunner
from desktop_app.services import caselog
from tests.gui.conftest import enter_case, log_rows, named
from tests.gui.test_log_safety import LockHolder, one_case_log


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []
    monkeypatch.setattr(ReadOnlyStartNotice, "tell", classmethod(lambda cls, parent, text: texts.append(text)))
    monkeypatch.setattr(
        DamagedLogDialog, "ask", classmethod(lambda cls, *args: pytest.fail("a readable log was reported as damaged"))
    )
    return texts


def _start(make_window: Any, db: Path) -> tuple[Any, Startup]:
    """A window with the pack in place and real workers, whose log is opened as the app opens it."""
    runner = TaskRunner()
    window = make_window(runner=runner, log_runner=runner)
    startup = Startup(window, argparse.Namespace(db=db, overrides=None))
    return window, startup


def _stop(window: Any, startup: Startup) -> None:
    window.runner.wait_until_idle(20_000)
    window.close()
    startup.close_log()


def test_the_log_is_opened_on_a_worker_while_the_window_says_so(
    make_window: Any, db: Path, pack: Any, as_of: datetime, qtbot: Any, told: list[str]
) -> None:
    one_case_log(db, pack, as_of)
    holder = LockHolder(db, "exclusive-mode")  # even reading is blocked: the start cannot open it for writing
    window, startup = _start(make_window, db)
    try:
        startup.open_log()
        # Back on the GUI thread at once: the wait for the lock happens on the worker.
        assert window.log_session is None
        empty = named(window, "caseLogEmptyLabel")
        assert empty.isVisible() and empty.text() == "Opening the case log…"
        assert window.statusBar().currentMessage() == "Opening the case log…"
        qtbot.waitUntil(lambda: window.log_session is not None, timeout=15_000)
        assert window.read_only_reason is not None and "lock" in window.read_only_reason
        assert len(told) == 1 and "Try again" in told[0]
        assert named(window, "logRetryButton").isVisible()
        assert not named(window, "saveButton").isEnabled()
    finally:
        holder.release()
        _stop(window, startup)


def test_a_free_log_opens_for_saving_through_the_worker(
    make_window: Any, db: Path, pack: Any, as_of: datetime, qtbot: Any, told: list[str]
) -> None:
    one_case_log(db, pack, as_of)
    window, startup = _start(make_window, db)
    try:
        startup.open_log()
        qtbot.waitUntil(lambda: window.log_session is not None, timeout=15_000)
        assert window.read_only_reason is None and told == []
        assert not named(window, "logRetryButton").isVisible()
        assert len(log_rows(window)) == 1
        # Opened at once on the GUI thread after the worker's try, its connection then waits for locks as usual.
        from desktop_app.caselog.store import BUSY_TIMEOUT_SECONDS

        assert window.log_session.log.conn.execute("PRAGMA busy_timeout").fetchone()[0] == int(BUSY_TIMEOUT_SECONDS * 1000)
    finally:
        _stop(window, startup)


def test_try_again_reopens_for_saving_once_the_lock_has_gone(
    make_window: Any, db: Path, pack: Any, as_of: datetime, qtbot: Any, told: list[str]
) -> None:
    one_case_log(db, pack, as_of)
    holder = LockHolder(db, "exclusive-mode")  # even reading is blocked: the start cannot open it for writing
    window, startup = _start(make_window, db)
    try:
        startup.open_log()
        qtbot.waitUntil(lambda: window.log_session is not None, timeout=15_000)
        retry = named(window, "logRetryButton")
        assert retry.isVisible() and window.read_only_reason is not None

        # Still locked: the window stays read-only and says so; Try again is offered again.
        retry.click()
        assert not retry.isEnabled(), "one try at a time"
        qtbot.waitUntil(retry.isEnabled, timeout=15_000)
        assert window.read_only_reason is not None and retry.isVisible()
        assert "still read-only" in window.statusBar().currentMessage()

        holder.release()
        retry.click()
        qtbot.waitUntil(lambda: window.read_only_reason is None, timeout=15_000)
        assert not retry.isVisible() and not named(window, "logReadOnlyNotice").isVisible()
        enter_case(window, "RHEU-0800", 300, as_of - timedelta(hours=2))
        window.live.evaluate_now()
        save = named(window, "saveButton")
        assert save.isEnabled(), save.toolTip()
        save.click()
        qtbot.waitUntil(lambda: window.log_session is not None and window.log_session.shows_saved(), timeout=15_000)
    finally:
        holder.release()
        _stop(window, startup)
    with caselog.open_log(db, check_integrity=False, create=False, read_only=True) as log:
        assert caselog.count_cases(log, "") == 2, "the case saved after Try again is in the file"
