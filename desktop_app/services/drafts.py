"""Crash recovery for the form (no Qt): each window keeps its unsaved case as a draft under its own key; leftovers are offered back.

A window's key is a uuid made when the window starts (its instance id). While the window lives it
holds an advisory lock on a file of that name in the log's `<name>-instances` folder; the lock goes
with the process, however it ends. A draft whose instance holds no lock is a leftover, whatever
process ids have been reused since.
"""

from __future__ import annotations

import os
import platform
import time
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

DRAFT_PREFIX = "window-"
LOCK_SUFFIX = ".lock"
# A lock file nobody holds is removed once it is this old (a window starting now may not hold its lock yet).
STALE_LOCK_SECONDS = 60.0
DraftAnswer = Literal["restore", "discard"]

# Keys of the drafts owned by windows open in this process.
_LIVE_KEYS: set[str] = set()

try:
    import fcntl
except ImportError:  # pragma: no cover - not on POSIX
    fcntl = None  # type: ignore[assignment]


def instances_dir(log_path: Path) -> Path:
    """Where the windows on the log at `log_path` keep their instance locks: a private folder beside it."""
    return log_path.with_name(f"{log_path.stem}-instances")


def new_draft_key() -> str:
    key = f"{DRAFT_PREFIX}{uuid.uuid4().hex}"
    _LIVE_KEYS.add(key)
    return key


def release_draft_key(key: str) -> None:
    """The window owning `key` is gone (closed, or destroyed as in a crash): its draft is now a leftover."""
    _LIVE_KEYS.discard(key)


class InstanceLock:
    """Held while one window lives: tells other NeutroHold processes that its draft is not a leftover."""

    def __init__(self, folder: Path, key: str) -> None:
        self.path = folder / f"{key}{LOCK_SUFFIX}"
        self._handle: int | None = None
        if fcntl is None:
            return
        from desktop_app.services.caselog import make_private_folders

        try:
            make_private_folders(folder)
            handle = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return  # a read-only folder: nothing can be written there, no draft either
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(handle)
            return
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            os.unlink(self.path)
        except OSError:
            pass
        os.close(self._handle)
        self._handle = None


def instance_alive(folder: Path, key: str) -> bool:
    """Some window (in any process) still holds the lock of instance `key`."""
    if key in _LIVE_KEYS:
        return True
    if fcntl is None:
        return False  # no lock to ask; offering a live window's draft is harmless
    try:
        handle = os.open(folder / f"{key}{LOCK_SUFFIX}", os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(handle)
    return False


def sweep_dead_instances(folder: Path, now: float | None = None) -> int:
    """Remove lock files of instances that have ended (no lock held, older than STALE_LOCK_SECONDS); how many."""
    if fcntl is None or not folder.is_dir():
        return 0
    moment = time.time() if now is None else now
    removed = 0
    for candidate in folder.glob(f"{DRAFT_PREFIX}*{LOCK_SUFFIX}"):
        key = candidate.name.removesuffix(LOCK_SUFFIX)
        try:
            old = moment - candidate.stat().st_mtime > STALE_LOCK_SECONDS
        except OSError:
            continue
        if old and not instance_alive(folder, key):
            try:
                candidate.unlink()
                removed += 1
            except OSError:
                continue
    return removed


def draft_payload(data: dict[str, Any], ticked: list[str], key: str = "", log: str | None = None) -> dict[str, Any]:
    """What a draft keeps: the form, its ticks, the instance that wrote it and the log's identity."""
    return {"data": data, "ticked": ticked, "instance": key.removeprefix(DRAFT_PREFIX), "log": log, "host": platform.node()}


def is_leftover(key: str, payload: dict[str, Any], folder: Path, log: str | None = None) -> bool:
    """A draft of this log that no living window instance is keeping."""
    if not key.startswith(DRAFT_PREFIX):
        return False
    written_for = payload.get("log")
    if written_for is not None and log is not None and written_for != log:
        return False
    return not instance_alive(folder, key)


def draft_summary(payload: dict[str, Any], updated_at: datetime, language: str = "en") -> str:
    """What the draft dialog says of an unsaved case: its patient, how many counts, when it last changed (in `language`)."""
    from desktop_app.wording.formats import moment_text, number
    from desktop_app.wording.render import app_catalogue

    words = app_catalogue(language).texts
    data: dict[str, Any] = payload["data"] if isinstance(payload.get("data"), dict) else {}
    patient = str(data.get("patient_ref") or "").strip() or words["draft.no_patient"]
    counts = len(data.get("anc") or []) + len(data.get("cbc") or [])
    moment = updated_at.astimezone() if updated_at.tzinfo is not None else updated_at
    return words["draft.summary"].format(
        patient=patient, counts=number(counts, language), moment=moment_text(moment, "short_moment", language)
    )
