"""What every case log module may use and which imports nothing else from the case log: the error
base, owner-only file modes and folders, and the Reader protocol of the read queries.

It sits at the bottom of the case log's own layers (see [tool.importlinter] in pyproject.toml), so
`store`, `whole`, `audit` and `records` can all use these without importing each other in a circle.
`desktop_app.caselog.store` re-exports every name here, as before.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


class CaseLogError(Exception):
    """The case log cannot be used as asked; the message says why and what to do next."""

    exit_code = 1


class FileNotWritten(CaseLogError):
    """A copy, export or restore could not be written whole (full disk, read-only folder); nothing is left at its name."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path} could not be written ({reason}); nothing was left under that name")
        self.path = path


def make_private_folders(folder: Path) -> None:
    """Create `folder` and any missing parents owner-only (0700); existing folders are left as they are."""
    missing: list[Path] = []
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            break
        missing.append(candidate)
    for candidate in reversed(missing):
        try:
            candidate.mkdir(mode=PRIVATE_FOLDER)
        except FileExistsError:
            continue  # another process made it meanwhile
        os.chmod(candidate, PRIVATE_FOLDER)


class Reader(Protocol):
    """What the read queries need of a connection: sqlite-utils' Database and Rows both give it."""

    def execute(self, sql: str, parameters: Any = ...) -> sqlite3.Cursor: ...

    def query(self, sql: str, params: Any = ...) -> Iterator[dict[str, Any]]: ...
