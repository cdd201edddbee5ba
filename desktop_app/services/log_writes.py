"""The window's writes to the case log, made on a worker thread's own connection so the window never waits on the lock.

Each write opens the log file again (a few milliseconds), checks that it is still the file the window
opened (same device and inode, same identity row), and runs one all-or-nothing unit of work. When
another program holds the write lock, `on_waiting` is called once (the window then says it is
waiting) and the write waits up to the usual busy timeout before giving up.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from desktop_app.caselog import recording
from desktop_app.caselog.store import (
    BUSY_TIMEOUT_SECONDS,
    CaseLog,
    CaseLogBusy,
    CaseLogMissing,
    CaseLogSwapped,
    log_identity,
    open_case_log,
)
from desktop_app.models import CaseInput, Recommendation

T = TypeVar("T")

# How long a write tries for the lock before the window is told that it is waiting.
WAIT_BEFORE_SAYING_SECONDS = 0.25


def identity_of(log: CaseLog) -> str | None:
    """The log's identity row (see store.log_identity), read once when the window attaches the log."""
    return log_identity(log.rows)


def write_from_worker(
    log: CaseLog,
    identity: str | None,
    write: Callable[[CaseLog], T],
    on_waiting: Callable[[], None] | None = None,
    busy_timeout: float = BUSY_TIMEOUT_SECONDS,
) -> T:
    """Run `write` on a connection of its own to the file of `log` (safe on any thread; `log` is only stat'ed).

    Raises CaseLogSwapped when the file at the log's name is no longer the one opened, CaseLogBusy
    when the lock stayed held for `busy_timeout`, or whatever the write itself raises.
    """
    log.check_identity()
    waited = False
    for timeout in (min(WAIT_BEFORE_SAYING_SECONDS, busy_timeout), busy_timeout):
        try:
            return _write_once(log, identity, write, timeout)
        except CaseLogBusy:
            if waited or on_waiting is None or timeout >= busy_timeout:
                raise
            waited = True
            on_waiting()
    raise AssertionError("unreachable")  # pragma: no cover


def _write_once(log: CaseLog, identity: str | None, write: Callable[[CaseLog], T], timeout: float) -> T:
    try:
        writer = open_case_log(log.path, check_integrity=False, create=False, busy_timeout=timeout)
    except CaseLogMissing:
        raise CaseLogSwapped(log.path) from None
    try:
        if not writer.same_file_as(log) or identity_of(writer) != identity:
            raise CaseLogSwapped(log.path)
        return write(writer)
    finally:
        writer.close()


def save_evaluation(
    log: CaseLog,
    case: CaseInput,
    recommendation: Recommendation,
    ticked: Sequence[str],
    *,
    who: str,
    draft_key: str | None = None,
) -> str:
    """Record the case, its ticks and the removal of its draft in ONE transaction; the evaluation id.

    A crash can leave either the draft (nothing saved) or the saved case (no draft), never both, so
    a saved case is never offered again as a draft.
    """
    from desktop_app.services.caselog import _checked_who

    who = _checked_who(who)
    with log.unit_of_work() as db:
        (evaluation_id,) = recording.record_cases(db, [(case, recommendation)], who)
        for pitfall_id in ticked:
            recording.acknowledge_pitfall(db, evaluation_id, pitfall_id, who)
        if draft_key is not None:
            recording.discard_draft(db, draft_key)
    return evaluation_id


def keep_draft(log: CaseLog, key: str, payload: Mapping[str, Any], replaces: str | None = None) -> None:
    """Keep the form under `key`; a restored leftover draft (`replaces`) goes in the same transaction."""
    with log.unit_of_work() as db:
        recording.save_draft(db, key, payload)
        if replaces is not None and replaces != key:
            recording.discard_draft(db, replaces)


def open_locked_read_only(path: Path) -> CaseLog:
    """A read-only connection to a log another program has locked, made without reading it yet.

    The window shows it read-only; its list reads once the other program lets go (F5).
    """
    uri = path.expanduser().absolute().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=WAIT_BEFORE_SAYING_SECONDS)
    return CaseLog(path.expanduser().absolute(), conn, read_only=True)
