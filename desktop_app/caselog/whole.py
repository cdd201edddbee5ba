"""Files that appear whole under their name or not at all: written beside it, synced, then linked into place.

A copy is written to a hidden temporary file in the destination folder, flushed to disk, checked
by the caller, and only then given its name (a hard link, so an existing file is never replaced;
a rename where the file system has no hard links). A kill at any moment leaves at most a
`.NAME.*.partial` file, never a half file under NAME; the next write or open in that folder sweeps
such leftovers away once they are clearly stale (see sweep_partials).
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import sqlite3
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from desktop_app.caselog.store import PRIVATE_FILE, FileNotWritten, make_private_folders
from desktop_app.models import InputError

PARTIAL_SUFFIX = ".partial"
# A temporary file this old (since its last change) belongs to a write that was killed: a live write keeps changing it.
STALE_PARTIAL_SECONDS = 60.0
# SQLite's own side files of a temporary database, removed with it.
SQLITE_SIDE_FILES = ("-journal", "-wal", "-shm")
# Only names new_temporary makes (and SQLite's side files of them) are ever swept.
_PARTIAL_NAME = re.compile(r"\..+\.[0-9a-f]{8}\.partial(-journal|-wal|-shm)?")
# errno values that mean "this file system cannot make hard links": fall back to a rename.
_NO_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EMLINK, errno.ENOSYS}


def sweep_partials(folder: Path, now: float | None = None) -> list[Path]:
    """Remove what killed writes left in `folder`: our `.NAME.xxxxxxxx.partial` files (and SQLite's side files
    of them) last changed more than STALE_PARTIAL_SECONDS before now; anything else is left alone. The removed paths."""
    moment = time.time() if now is None else now
    removed: list[Path] = []
    try:
        candidates = list(folder.iterdir())
    except OSError:
        return removed
    for candidate in candidates:
        if not _PARTIAL_NAME.fullmatch(candidate.name):
            continue
        try:
            found = candidate.lstat()
            if not stat.S_ISREG(found.st_mode) or moment - found.st_mtime <= STALE_PARTIAL_SECONDS:
                continue
            candidate.unlink()
        except OSError:
            continue  # gone meanwhile, or a folder this user cannot write
        removed.append(candidate)
    return removed


def refuse_existing(out: Path) -> None:
    if out.exists() or out.is_symlink():
        raise InputError(str(out), "already exists; choose a new file name (nothing is ever overwritten)")


def new_temporary(out: Path, replacing: bool = False) -> Path:
    """An empty owner-only file beside `out`, to be filled and then published under `out`'s name.

    `replacing=True` is for a caller that moves the file at `out` aside before publishing (restore).
    """
    if not replacing:
        refuse_existing(out)
    try:
        make_private_folders(out.parent)
        sweep_partials(out.parent)
        while True:
            temporary = out.with_name(f".{out.name}.{secrets.token_hex(4)}{PARTIAL_SUFFIX}")
            try:
                os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
            except FileExistsError:
                continue
            return temporary
    except OSError as exc:
        raise FileNotWritten(out, exc.strerror or str(exc)) from None


def sync_file(path: Path) -> None:
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def sync_folder(folder: Path) -> None:
    """Make a new name in `folder` survive a power cut (where the system lets a folder be synced)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass  # some file systems (vfat, network) refuse to sync a folder; the file itself is synced
    finally:
        os.close(handle)


def publish(temporary: Path, out: Path) -> None:
    """Give the synced temporary file its final name without ever replacing a file there."""
    try:
        sync_file(temporary)
        try:
            os.link(temporary, out)
        except FileExistsError:
            raise InputError(str(out), "already exists; choose a new file name (nothing is ever overwritten)") from None
        except OSError as exc:
            if exc.errno not in _NO_LINKS:
                raise
            refuse_existing(out)
            os.rename(temporary, out)
        else:
            os.unlink(temporary)
        discard(temporary)  # side files a check of the copy may have left
        sync_folder(out.parent)
    except InputError:
        discard(temporary)
        raise
    except OSError as exc:
        discard(temporary)
        raise FileNotWritten(out, exc.strerror or str(exc)) from None


def discard(temporary: Path) -> None:
    """Remove a temporary copy and any side files SQLite left beside it."""
    for candidate in (temporary, *(temporary.with_name(temporary.name + side) for side in SQLITE_SIDE_FILES)):
        try:
            candidate.unlink()
        except FileNotFoundError:
            continue
        except OSError:
            continue  # a read-only folder: the temporary file could not be made there either


def is_disk_problem(exc: BaseException) -> bool:
    """SQLite's words for a full disk or a folder it cannot write."""
    text = str(exc).lower()
    return isinstance(exc, sqlite3.Error) and any(
        words in text for words in ("disk is full", "disk i/o", "readonly", "read-only", "unable to open", "database or disk")
    )


@contextmanager
def written_whole(out: Path, mode: str = "w") -> Iterator[IO[Any]]:
    """A handle on a temporary file; on a clean exit it is synced and named `out`, on any error removed."""
    temporary = new_temporary(out)
    try:
        handle = open(temporary, mode, encoding=None if "b" in mode else "utf-8", newline=None if "b" in mode else "")
    except OSError as exc:
        discard(temporary)
        raise FileNotWritten(out, exc.strerror or str(exc)) from None
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        discard(temporary)
        raise FileNotWritten(out, exc.strerror or str(exc)) from None
    except BaseException:
        discard(temporary)
        raise
    publish(temporary, out)
