"""Open the case log file safely: private permissions, local disk, integrity check, WAL, migrations."""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

# Re-exported: the error base, file modes, private folders and Reader live in base (no circle with whole, audit, records).
from desktop_app.caselog.base import PRIVATE_FILE as PRIVATE_FILE
from desktop_app.caselog.base import PRIVATE_FOLDER as PRIVATE_FOLDER
from desktop_app.caselog.base import CaseLogError as CaseLogError
from desktop_app.caselog.base import FileNotWritten as FileNotWritten
from desktop_app.caselog.base import Reader as Reader
from desktop_app.caselog.base import make_private_folders as make_private_folders
from desktop_app.caselog.schema import MIGRATION_SET, MIGRATIONS_TABLE, SCHEMA_VERSIONS, migrations
from desktop_app.caselog.stamp import FileState, Stamp, forget_stamp, read_stamp, write_stamp

if TYPE_CHECKING:
    from sqlite_utils import Database

BUSY_TIMEOUT_SECONDS = 10.0
SIDE_FILES = ("-wal", "-shm")

# SQLite's write-ahead log needs shared memory and working locks, which these do not give.
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smbfs", "smb3", "ncpfs", "afs", "9p", "ceph", "glusterfs", "lustre", "gpfs",
        "davfs", "fuse.sshfs", "sshfs", "fuse.glusterfs", "fuse.rclone", "fuse.s3fs", "fuse.cephfs", "fuse.davfs2",
    }
)  # fmt: skip
MOUNTS = Path("/proc/mounts")


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


class CaseLogMissing(CaseLogRefused):
    """A reader was given a path with no case log: absent or an empty file; nothing is created there."""


class CaseLogEmpty(CaseLogMissing):
    """The file is there but holds nothing (0 bytes): perhaps a log cut short, never taken for a new one."""


class CaseLogBusy(CaseLogError):
    """Another program held the write lock for longer than the busy timeout."""


class CaseLogReadOnly(CaseLogError):
    """The log (or its folder) cannot be written here; it can still be read."""


class CaseLogSwapped(CaseLogError):
    """The file at the log's name is no longer the one that was opened (moved, replaced or restored)."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"the case log {path} was replaced or moved by another program after it was opened; nothing was written to it"
        )
        self.path = path


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


def _create_new_log(path: Path, busy_timeout: float) -> None:
    """Build a new, migrated log beside `path` and link it into place whole; if another process was
    first, its log is the one used. A kill leaves no empty or half-made file at `path`."""
    from desktop_app.caselog.whole import discard, new_temporary, publish
    from desktop_app.models import InputError

    move_orphans(path)
    try:
        temporary = new_temporary(path)
    except InputError:
        return  # made by another process meanwhile
    try:
        conn = sqlite3.connect(temporary, timeout=busy_timeout)
        try:
            _configure(conn, temporary)
            _migrate(CaseLog(temporary, conn))
        finally:
            conn.close()
        publish(temporary, path)
    except InputError:
        return
    except BaseException:
        discard(temporary)
        raise


def tighten_permissions(path: Path) -> None:
    """Take group and other access off the log and its -wal/-shm files; a stricter mode (0400) is kept."""
    for candidate in (path, *(path.with_name(path.name + suffix) for suffix in SIDE_FILES)):
        try:
            mode = stat.S_IMODE(candidate.stat().st_mode)
            if mode & ~PRIVATE_FILE:
                os.chmod(candidate, mode & PRIVATE_FILE)
        except (FileNotFoundError, PermissionError):
            continue


def side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in SIDE_FILES]


def move_aside(path: Path, label: str = "damaged", now: datetime | None = None) -> tuple[Path, ...]:
    """Rename the log and its -wal/-shm together to `<name>.<label>-<timestamp>`; never over an existing file.

    The -wal goes with its file, so whatever it holds is still there in the renamed copy. Returns
    the new names (the log first). Nothing is ever deleted.
    """
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    serial = 1
    while any(candidate.exists() for candidate in (target, *side_files(target))):
        serial += 1
        target = path.with_name(f"{path.name}.{label}-{stamp}-{serial}")
    moved: list[Path] = []
    # The file first: a kill after it leaves no log at `path` (never a log without its -wal), and
    # the -wal left behind is set aside by move_orphans before anything new is put there.
    if path.exists():
        os.rename(path, target)
        moved.append(target)
    for side, kept in zip(side_files(path), side_files(target), strict=True):
        if side.exists():
            os.rename(side, kept)
            moved.append(kept)
    return tuple(moved)


def move_orphans(path: Path) -> tuple[Path, ...]:
    """A -wal/-shm left at `path` without its log (a move cut short) must not be read into a new log there."""
    if path.exists() or not any(side.exists() for side in side_files(path)):
        return ()
    return move_aside(path, "orphaned")


def require_existing_log(path: Path, what: str = "case log") -> None:
    """A reader's check: the file must exist and hold something; nothing is created in its place."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise CaseLogMissing(f"the {what} {path} does not exist; nothing was created. Give an existing log with --db") from None
    except OSError as exc:
        raise CaseLogRefused(f"the {what} {path} cannot be read ({exc.strerror}); check its permissions") from None
    if path.is_dir():
        raise CaseLogRefused(f"{path} is a folder; give the case log a file name such as {path / 'caselog.db'}")
    if size == 0:
        raise CaseLogEmpty(f"the {what} {path} is an empty file (0 bytes), not a case log; it was left as it is")


def connect_read_only(path: Path, timeout: float = BUSY_TIMEOUT_SECONDS) -> sqlite3.Connection:
    """A connection that can never change the file: no checkpoint of a stale -wal into it, no new -wal.

    In a read-only folder with no -wal to read, SQLite cannot make the shared-memory file a
    write-ahead log reader needs; the file is then read as immutable, which is exact there.
    """
    uri = path.expanduser().absolute().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=timeout)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        wal = path.with_name(path.name + "-wal")
        if "unable to open" not in str(exc) or os.access(path.parent, os.W_OK) or (wal.exists() and wal.stat().st_size):
            conn.close()
            if "unable to open" in str(exc):
                raise CaseLogRefused(f"the case log {path} cannot be opened ({exc}); check its permissions") from None
            raise
        conn.close()
        conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, timeout=timeout)
    except sqlite3.DatabaseError:
        conn.close()
        raise
    return conn


def log_identity(reader: Reader | sqlite3.Connection) -> str | None:
    """The log's identity: the hash of its first audit event, which every backup of it carries too."""
    try:
        row = reader.execute("SELECT hash FROM audit WHERE seq = 1").fetchone()
    except sqlite3.OperationalError:
        return None
    return row[0] if row else None


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

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool = False) -> None:
        self.path = path
        self.conn = conn
        self.rows = Rows(conn)
        self.read_only = read_only
        self._db: Database | None = None
        self._file_identity = _file_identity(path)

    def check_identity(self) -> None:
        """Raise CaseLogSwapped when the file at `path` is not the one opened (moved, replaced, restored)."""
        if _file_identity(self.path) != self._file_identity:
            raise CaseLogSwapped(self.path)

    def same_file_as(self, other: CaseLog) -> bool:
        """Both connections were opened on one file (the same device and inode)."""
        return self._file_identity is not None and self._file_identity == other._file_identity

    @property
    def db(self) -> Database:
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, strict=True, execute_plugins=False)
        return self._db

    @contextmanager
    def unit_of_work(self) -> Iterator[Database]:
        """One all-or-nothing write: the write lock is taken up front, so a busy log waits, never fails midway.

        Before writing, the file at the log's name must still be the one opened (see check_identity).
        A log that was as NeutroHold left it before the write is stamped so again after it (see stamp.py).
        """
        if self.read_only:
            raise CaseLogReadOnly(f"the case log {self.path} is open for reading only; nothing was written")
        self.check_identity()
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
            trusted = self._trusted_stamp()
            version = self._data_version()
            yield db
        except BaseException:
            self.conn.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.rollback()
            raise
        self._restamp(trusted, version)

    def _trusted_stamp(self) -> Stamp | None:
        """The recorded stamp, when the file is still in the state it records (nobody else changed it)."""
        stamp = read_stamp(self.path)
        if stamp is None:
            return None
        try:
            state = FileState.read(self.path, self.conn)
        except sqlite3.Error:
            return None
        return stamp if stamp.matches(state) else None

    def _data_version(self) -> int:
        version: int = self.conn.execute("PRAGMA data_version").fetchone()[0]
        return version

    def _restamp(self, trusted: Stamp | None, version: int) -> None:
        # data_version moves only when another connection commits: then the file holds more than our write.
        if trusted is None:
            return
        try:
            state = FileState.read(self.path, self.conn)
            if self._data_version() == version:
                write_stamp(self.path, state, trusted.checked_at)
        except sqlite3.Error:
            return

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
        """Close the connection; the last one to close folds the -wal into the file, which is stamped again."""
        trusted = None if self.read_only else self._trusted_stamp()
        self.conn.close()
        if trusted is not None:
            write_stamp(self.path, FileState.of_files(self.path, trusted.state["head"]), trusted.checked_at)

    def __enter__(self) -> CaseLog:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_dev, found.st_ino


def open_case_log(
    path: Path,
    check_integrity: bool = True,
    *,
    create: bool = True,
    read_only: bool = False,
    busy_timeout: float = BUSY_TIMEOUT_SECONDS,
) -> CaseLog:
    """Open the case log at `path`, checked and migrated to the current schema.

    `create=False` (the reader verbs) refuses a missing or empty file with CaseLogMissing instead of
    starting a new log there; `read_only=True` also reads it on a connection that cannot write.
    Everything is first read on a read-only connection, so a damaged file, with its stale -wal, is
    refused exactly as it was found. `check_integrity=True` runs the full PRAGMA quick_check (it
    reads every page: seconds at 100,000 cases) when the file is not in the state NeutroHold last
    checked or wrote it in (see stamp.py). `check_integrity=False`
    skips it for a caller that runs `quick_check_file` in the background, as the desktop window does.
    A log of an older schema is upgraded once, even by a reader.
    """
    path = path.expanduser().absolute()
    if path.is_dir():
        raise CaseLogRefused(f"{path} is a folder; give the case log a file name such as {path / 'caselog.db'}")
    folder = path.parent
    if create and not read_only:
        try:
            make_private_folders(folder)
            _refuse_network_disk(folder)
            if not path.exists():
                _create_new_log(path, busy_timeout)
        except OSError as exc:
            if isinstance(exc, PermissionError) and path.exists():
                raise CaseLogReadOnly(
                    f"the case log {path} is in a folder this user cannot write to; it can only be read"
                ) from None
            raise CaseLogRefused(
                f"the case log {path} cannot be created ({exc.strerror}); choose another place with --db"
            ) from None
    else:
        _refuse_network_disk(folder)
    require_existing_log(path)
    applied = _probe(path, check_integrity, busy_timeout)
    pending = not set(SCHEMA_VERSIONS) <= set(applied)
    if not read_only and not (os.access(path, os.W_OK) and os.access(folder, os.W_OK | os.X_OK)):
        raise CaseLogReadOnly(
            f"the case log {path} is read-only for this user (the file or its folder cannot be written); it can only be read"
        )
    if read_only and not pending:
        conn = connect_read_only(path, busy_timeout)
        return CaseLog(path, conn, read_only=True)
    if read_only and not os.access(path, os.W_OK):
        raise CaseLogRefused(f"the case log {path} needs a schema upgrade, which needs write access; open it once as its owner")
    conn = sqlite3.connect(path, timeout=busy_timeout)
    try:
        _configure(conn, path)
        log = CaseLog(path, conn)
        if pending:
            _migrate(log)
    except BaseException:
        conn.close()
        raise
    tighten_permissions(path)
    if read_only:
        log.close()
        return open_case_log(path, check_integrity=False, create=False, read_only=True, busy_timeout=busy_timeout)
    return log


def _probe(path: Path, check_integrity: bool, busy_timeout: float) -> list[str]:
    """Check and read the schema steps of the file on a read-only connection; nothing in it changes."""
    try:
        conn = connect_read_only(path, busy_timeout)
    except sqlite3.DatabaseError as exc:
        _raise_for(exc, path)
    try:
        if check_integrity:
            _check_unless_stamped(conn, path, full_check=False, when_due=False)
        try:
            return _applied_migrations(conn, path)
        except sqlite3.DatabaseError as exc:
            _raise_for(exc, path)
    finally:
        conn.close()


def _raise_for(exc: sqlite3.DatabaseError, path: Path) -> NoReturn:
    text = str(exc)
    if "locked" in text or "busy" in text:
        raise CaseLogBusy(f"the case log {path} is locked by another program ({exc}); try again, or close that program") from None
    if "unable to open" in text:
        raise CaseLogRefused(f"the case log {path} cannot be opened ({exc}); check its permissions") from None
    raise CaseLogDamaged(path, text) from None


def quick_check_file(path: Path, when_due: bool = False) -> bool:
    """Run PRAGMA quick_check on its own read-only connection (any thread); raise CaseLogDamaged if it fails.

    `when_due=True` (the window's background check) skips it when the file is as NeutroHold left it
    and passed the check less than a day ago. Returns whether the check ran.
    """
    try:
        conn = connect_read_only(path)
    except sqlite3.DatabaseError as exc:
        _raise_for(exc, path)
    try:
        # The check reads each page once: a small page cache is as fast, and a background check at
        # start-up then adds under 1 MB to the window's memory instead of about 2.5 MB.
        conn.execute("PRAGMA cache_size = -256")  # KiB; a PRAGMA takes no parameters
        return _check_unless_stamped(conn, path, full_check=not when_due, when_due=when_due)
    finally:
        conn.close()


def _check_unless_stamped(conn: sqlite3.Connection, path: Path, full_check: bool, when_due: bool) -> bool:
    """The full check, unless the stamp says the file is as NeutroHold last checked or wrote it; stamps a pass."""
    try:
        before: FileState | None = FileState.read(path, conn)
    except sqlite3.DatabaseError:
        before = None
    stamp = read_stamp(path)
    if not full_check and before is not None and stamp is not None and stamp.matches(before):
        if not (when_due and stamp.check_due):
            return False
    try:
        _check_integrity(conn, path)
    except CaseLogDamaged:
        forget_stamp(path)
        raise
    try:
        after = FileState.read(path, conn)
    except sqlite3.DatabaseError:
        return True
    if before == after:  # nothing was written while the check read the file
        write_stamp(path, after, time.time())
    return True


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
    # The busy timeout is set by sqlite3.connect(timeout=...): a PRAGMA would take no parameters.
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
    if "m010_compact_log" in pending:
        _give_back_space(log)


def _give_back_space(log: CaseLog) -> None:
    """After the upgrade that made the log compact, give the space it no longer needs back to the disk.

    VACUUM is all-or-nothing too (a kill leaves the upgraded log as it was). When another program holds
    the log open it cannot run; later cases then reuse the free pages instead.
    """
    # The rewritten tables leave pages part empty as well as free ones: only a rebuild gives them back.
    # A new log has only the pages of the tables the upgrade replaced: rebuilt too (at once), so a new
    # log has no free page and a full disk shows on its first write as on any other.
    (free,) = log.conn.execute("PRAGMA freelist_count").fetchone()
    if not free and log.conn.execute("SELECT 1 FROM evaluations LIMIT 1").fetchone() is None:
        return
    trusted, version = log._trusted_stamp(), log._data_version()
    try:
        log.conn.execute("VACUUM")
    except sqlite3.OperationalError:
        return
    log._restamp(trusted, version)
