"""Open the case log file safely: private permissions, local disk, integrity check, WAL, migrations."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from desktop_app.caselog.schema import MIGRATION_SET, MIGRATIONS_TABLE, SCHEMA_VERSIONS, migrations

if TYPE_CHECKING:
    from sqlite_utils import Database

BUSY_TIMEOUT_SECONDS = 10.0
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
SIDE_FILES = ("-wal", "-shm")

# SQLite's write-ahead log needs shared memory and working locks, which these do not give.
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smbfs", "smb3", "ncpfs", "afs", "9p", "ceph", "glusterfs", "lustre", "gpfs",
        "davfs", "fuse.sshfs", "sshfs", "fuse.glusterfs", "fuse.rclone", "fuse.s3fs", "fuse.cephfs", "fuse.davfs2",
    }
)  # fmt: skip
MOUNTS = Path("/proc/mounts")


class CaseLogError(Exception):
    """The case log cannot be used as asked; the message says why and what to do next."""

    exit_code = 1


class CaseLogDamaged(CaseLogError):
    """The file fails SQLite's integrity check or is not a case log; it is left untouched."""

    def __init__(self, path: Path, detail: str, latest_backup: Path | None = None) -> None:
        backup = f"--db {latest_backup}" if latest_backup else "--db BACKUP.db"
        super().__init__(
            f"the case log {path} is damaged ({detail}); nothing was changed. "
            f"Open your last backup with {backup}, or start a new log with --db NEW.db; keep this file for recovery"
        )
        self.path = path
        self.detail = detail
        self.latest_backup = latest_backup


class CaseLogRefused(CaseLogError):
    """The file must not be opened here: network disk, newer schema, or not a file."""

    exit_code = 2


class CaseLogBusy(CaseLogError):
    """Another program held the write lock for longer than the busy timeout."""


def filesystem_type(path: Path) -> str | None:
    """The type of the filesystem holding `path`, from /proc/mounts (None where that is unknown)."""
    try:
        lines = MOUNTS.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = str(path.resolve())
    best, best_type = "", None
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        # /proc/mounts escapes spaces and tabs in mount points as octal.
        mount_point = fields[1].replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, fields[2]
    return best_type


def _refuse_network_disk(folder: Path) -> None:
    kind = filesystem_type(folder)
    if kind is not None and (kind in NETWORK_FILESYSTEMS or kind.startswith("smb")):
        raise CaseLogRefused(
            f"the case log folder {folder} is on a network filesystem ({kind}); SQLite cannot keep the log "
            "safe there. Choose a folder on this computer's own disk with --db or NEUTROHOLD_DB"
        )


def _make_private_file(path: Path) -> None:
    """Create an empty file readable only by its owner, unless it already exists."""
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return
    os.close(handle)


def tighten_permissions(path: Path) -> None:
    """Make the log and its -wal/-shm files owner-only (0600) if anything looser slipped through."""
    for candidate in (path, *(path.with_name(path.name + suffix) for suffix in SIDE_FILES)):
        try:
            mode = stat.S_IMODE(candidate.stat().st_mode)
            if mode != PRIVATE_FILE:
                os.chmod(candidate, PRIVATE_FILE)
        except FileNotFoundError:
            continue


class Reader(Protocol):
    """What the read queries need of a connection: sqlite-utils' Database and Rows both give it."""

    def execute(self, sql: str, parameters: Any = ...) -> sqlite3.Cursor: ...

    def query(self, sql: str, params: Any = ...) -> Iterator[dict[str, Any]]: ...


class Rows:
    """The read side of a case log connection, as dictionaries, without loading sqlite-utils."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters)

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Iterator[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        keys = [column[0] for column in cursor.description]
        for row in cursor:
            yield dict(zip(keys, row, strict=True))


class CaseLog:
    """One open case log; its connection belongs to the thread that opened it.

    Reads go through `rows`; writes through `db`, a sqlite-utils Database made on first use, so a
    window that only lists and reads cases never loads sqlite-utils and its command-line helpers.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self.rows = Rows(conn)
        self._db: Database | None = None

    @property
    def db(self) -> Database:
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, strict=True, execute_plugins=False)
        return self._db

    @contextmanager
    def unit_of_work(self) -> Iterator[Database]:
        """One all-or-nothing write: the write lock is taken up front, so a busy log waits, never fails midway."""
        db = self.db
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            raise CaseLogBusy(
                f"the case log {self.path} stayed locked by another program for {BUSY_TIMEOUT_SECONDS:g} s ({exc}); try again"
            ) from None
        try:
            yield db
        except BaseException:
            self.conn.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.rollback()
            raise

    @contextmanager
    def snapshot(self) -> Iterator[Rows]:
        """Several reads that see one consistent state of the log while other programs write."""
        if self.conn.in_transaction:
            yield self.rows
            return
        self.conn.execute("BEGIN")
        try:
            yield self.rows
        finally:
            self.conn.rollback()

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> CaseLog:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def open_case_log(path: Path, check_integrity: bool = True) -> CaseLog:
    """Open (creating on first use) the case log at `path`, checked and migrated to the current schema.

    `check_integrity=False` skips the full PRAGMA quick_check (about 1.3 s at 100,000 cases) for a
    caller that runs `quick_check_file` in the background instead, as the desktop window does; a
    file too damaged to read is still refused here.
    """
    path = path.expanduser().absolute()
    if path.is_dir():
        raise CaseLogRefused(f"{path} is a folder; give the case log a file name such as {path / 'caselog.db'}")
    folder = path.parent
    try:
        if not folder.exists():
            folder.mkdir(parents=True, mode=PRIVATE_FOLDER)
            os.chmod(folder, PRIVATE_FOLDER)
        _refuse_network_disk(folder)
        _make_private_file(path)
    except OSError as exc:
        raise CaseLogRefused(f"the case log {path} cannot be created ({exc.strerror}); choose another place with --db") from None
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS)
    try:
        if check_integrity:
            _check_integrity(conn, path)
        try:
            applied = _applied_migrations(conn, path)
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                raise
            raise CaseLogDamaged(path, str(exc)) from None
        _configure(conn, path)
        log = CaseLog(path, conn)
        if not set(SCHEMA_VERSIONS) <= set(applied):
            _migrate(log)
    except BaseException:
        conn.close()
        raise
    tighten_permissions(path)
    return log


def quick_check_file(path: Path) -> None:
    """Run PRAGMA quick_check on its own read-only connection (any thread); raise CaseLogDamaged if it fails."""
    conn = sqlite3.connect(f"{path.expanduser().absolute().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS)
    try:
        # The check reads each page once: a small page cache is as fast, and a background check at
        # start-up then adds under 1 MB to the window's memory instead of about 2.5 MB.
        conn.execute("PRAGMA cache_size = -256")  # KiB; a PRAGMA takes no parameters
        _check_integrity(conn, path)
    finally:
        conn.close()


def _check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    try:
        findings = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc):
            raise CaseLogBusy(f"the case log {path} stayed locked by another program ({exc}); try again") from None
        if "unable to open" in str(exc):
            raise CaseLogRefused(f"the case log {path} cannot be opened ({exc}); check its permissions") from None
        raise CaseLogDamaged(path, str(exc)) from None
    except sqlite3.DatabaseError as exc:
        raise CaseLogDamaged(path, str(exc)) from None
    if findings != ["ok"]:
        raise CaseLogDamaged(path, "; ".join(findings[:3]))


def _configure(conn: sqlite3.Connection, path: Path) -> None:
    conn.execute("PRAGMA busy_timeout = 10000")  # BUSY_TIMEOUT_SECONDS; a PRAGMA takes no parameters
    conn.execute("PRAGMA foreign_keys = ON")
    try:
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        if mode != "wal":
            mode = conn.execute("PRAGMA journal_mode = wal").fetchone()[0]
    except sqlite3.OperationalError as exc:
        raise CaseLogBusy(f"the case log {path} could not be switched to write-ahead logging ({exc}); try again") from None
    if mode != "wal":
        raise CaseLogRefused(f"the case log {path} cannot use write-ahead logging on this disk; choose a local folder")
    # FULL: a case acknowledged on screen survives a power cut, not just a crash.
    conn.execute("PRAGMA synchronous = FULL")


def _applied_migrations(conn: sqlite3.Connection, path: Path) -> list[str]:
    """The schema steps already applied, read before anything is written; refuses a file that is
    neither empty nor a case log this version understands."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    applied: list[str] = []
    if MIGRATIONS_TABLE in tables:
        applied = [row[0] for row in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [MIGRATION_SET]
        )]  # fmt: skip
    if not applied and tables - {MIGRATIONS_TABLE}:
        raise CaseLogRefused(f"{path} is a database of another program, not a NeutroHold case log; it was left as it is")
    unknown = [name for name in applied if name not in SCHEMA_VERSIONS]
    if unknown:
        raise CaseLogRefused(
            f"the case log {path} was written by a newer NeutroHold (schema {unknown[-1]}); update NeutroHold to open it"
        )
    return applied


def _migrate(log: CaseLog) -> None:
    from desktop_app.caselog.audit import AuditTrail

    with log.unit_of_work() as db:
        # Re-read under the write lock: another process may have migrated meanwhile.
        pending = [m.name for m in migrations().pending(db)]
        if not pending:
            return
        migrations().apply(db)
        trail = AuditTrail(db)
        trail.append("schema_upgraded", "schema", {"migrations": pending})
        trail.write()
