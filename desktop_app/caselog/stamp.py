"""Whether a case log is still as NeutroHold last checked or wrote it, so the slow full check runs only when needed.

After each of our writes and each passed integrity check, the state of the file is recorded in a
small side file beside the log (`.NAME.stamp`): size, modification and change times, inode of the
log and of its -wal, and the head of the audit trail. A later open that finds the same state skips
the full check (which reads every page: seconds at clinic scale). Anything else (another program
wrote, the file was copied, restored, touched, or the side file is missing or unreadable) means
"changed outside NeutroHold" and the full check runs. The change time (ctime) cannot be set back
by any tool, so even a write that restores the modification time is noticed.

A lost or torn side file only costs one full check: it is never trusted unless it parses and matches.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

STAMP_VERSION = 1
# The window runs the full check in the background at most this often on a log nobody else changed.
FULL_CHECK_EVERY_S = 24 * 3600.0


def stamp_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.stamp")


def _file_state(path: Path) -> list[int] | None:
    try:
        found = path.stat()
    except OSError:
        return None
    if found.st_size == 0 and path.name.endswith("-wal"):
        return None  # an empty -wal (made by merely opening the log) holds nothing
    return [found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino, found.st_dev]


def audit_head(conn: sqlite3.Connection) -> list[Any] | None:
    """The last audit event (seq, hash): every write NeutroHold makes to the records appends one."""
    try:
        row = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    except sqlite3.OperationalError:
        return None
    return list(row) if row else None


@dataclass(frozen=True)
class FileState:
    """What the stamp compares: the log file, its -wal, and the audit head read on a connection to it."""

    db: list[int] | None
    wal: list[int] | None
    head: list[Any] | None

    @classmethod
    def read(cls, path: Path, conn: sqlite3.Connection) -> FileState:
        return cls.of_files(path, audit_head(conn))

    @classmethod
    def of_files(cls, path: Path, head: list[Any] | None) -> FileState:
        return cls(_file_state(path), _file_state(path.with_name(path.name + "-wal")), head)

    def as_json(self) -> dict[str, Any]:
        return {"db": self.db, "wal": self.wal, "head": self.head}


@dataclass(frozen=True)
class Stamp:
    state: dict[str, Any]
    checked_at: float  # when the full check last passed (time.time())

    def matches(self, state: FileState) -> bool:
        return state.db is not None and self.state == state.as_json()

    @property
    def check_due(self) -> bool:
        return not 0 <= time.time() - self.checked_at < FULL_CHECK_EVERY_S


def read_stamp(path: Path) -> Stamp | None:
    """The recorded stamp of the log at `path`, or None when there is none that can be trusted."""
    try:
        data = json.loads(stamp_path(path).read_text(encoding="utf-8"))
        if data.get("version") != STAMP_VERSION:
            return None
        return Stamp(state=dict(data["state"]), checked_at=float(data["checked_at"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def write_stamp(path: Path, state: FileState, checked_at: float) -> None:
    """Record `state` as checked or written by NeutroHold; silently skipped where the folder cannot be written.

    Written to a temporary file and renamed over the old stamp, so the name holds a whole stamp or
    the previous one. Not synced: a stamp lost in a power cut only costs one full check.
    """
    if state.db is None:
        return
    target = stamp_path(path)
    temporary = target.with_name(f"{target.name}.{os.getpid()}.partial")
    text = json.dumps({"version": STAMP_VERSION, "state": state.as_json(), "checked_at": checked_at})
    try:
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(handle, text.encode("utf-8"))
        finally:
            os.close(handle)
        os.replace(temporary, target)
    except OSError:
        try:
            temporary.unlink()
        except OSError:
            pass


def forget_stamp(path: Path) -> None:
    """The next open runs the full check (the log was found damaged, or was replaced)."""
    try:
        stamp_path(path).unlink()
    except OSError:
        pass
