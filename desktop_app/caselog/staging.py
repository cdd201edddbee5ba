"""Imports in bounded memory: an export staged, checked in batches, then merged in one transaction.

The file is streamed once (caselog.streaming) into a private temporary SQLite database while its
bytes are hashed for the signature; no more than one record and one read piece are held at a time.
Every check of caselog.import_check then runs over the staged records, batch by batch, with the
cross-record checks (ids used twice, references, the carried audit events) done as queries on the
staging database. The merge (exchange.merge_export) reads the staged records in batches inside the
log's one write transaction. The staging database is SQLite's own temporary file, removed by SQLite
when it is closed and never named in a folder: a kill at any moment leaves the log as it was and no
copy of the records behind.
"""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from desktop_app.caselog import import_check
from desktop_app.caselog.audit import row_digest
from desktop_app.caselog.exchange import EXCHANGED_TABLES, EXPORT_FORMAT, EXPORT_VERSION, _checked_row, _workstation
from desktop_app.caselog.import_check import FOREIGN_KEYS, ImportRefused, LocalIds, Reproduce, _Problems
from desktop_app.caselog.schema import WITHDRAWABLE_TABLES
from desktop_app.caselog.signing import MAX_TRAILER_BYTES, TRAILER, verify
from desktop_app.caselog.streaming import stream_export
from desktop_app.models import InputError

BATCH_ROWS = 200  # records held at once while checking and merging (an evaluation is 5 to 30 KB)
_STAGE_ROWS = 500  # records written to the staging database at once
_ID_BATCH = 5000
_SCHEMA = (
    "CREATE TABLE records (pos INTEGER PRIMARY KEY, tbl TEXT NOT NULL, idx INTEGER NOT NULL, id TEXT NOT NULL,"
    " digest TEXT NOT NULL, evaluation_id TEXT, body TEXT NOT NULL)",
    "CREATE TABLE events (pos INTEGER PRIMARY KEY, body TEXT NOT NULL)",
    # What the carried events vouch for, latest event last (keys are JSON texts: a file may name anything).
    "CREATE TABLE vouched (tbl TEXT NOT NULL, id TEXT NOT NULL, seq INTEGER, digest TEXT, PRIMARY KEY (tbl, id)) WITHOUT ROWID",
    "CREATE TABLE readings (evaluation_id TEXT PRIMARY KEY, seq INTEGER, digest TEXT) WITHOUT ROWID",
    # Records pointed at that the file does not hold; here = 1 when this log holds them.
    "CREATE TABLE refs (tbl TEXT NOT NULL, id TEXT NOT NULL, here INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (tbl, id))"
    " WITHOUT ROWID",
)
_INDEXES = (
    "CREATE INDEX records_table ON records (tbl, pos)",
    "CREATE INDEX records_key ON records (tbl, id)",
    "CREATE INDEX records_id ON records (id)",
    "CREATE INDEX records_readings ON records (evaluation_id, pos) WHERE evaluation_id IS NOT NULL",
)


class _HashingReader(io.RawIOBase):
    """The file's bytes as read, hashed whole and, held back by the trailer's length, up to a signature."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.whole = hashlib.sha256()
        self.content = hashlib.sha256()
        self.held = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        count = self.raw.readinto(buffer)  # type: ignore[attr-defined]
        if count:
            data = bytes(memoryview(buffer)[:count])
            self.whole.update(data)
            self.held += data
            if len(self.held) > MAX_TRAILER_BYTES:
                cut = len(self.held) - MAX_TRAILER_BYTES
                self.content.update(self.held[:cut])
                self.held = self.held[cut:]
        return count or 0

    def close(self) -> None:
        self.raw.close()
        super().close()

    def signed_part(self) -> tuple[bytes, str] | None:
        """(SHA-256 of the signed bytes, signature) when the file ends as a signed export does (signing.split_signed)."""
        while not self.raw.closed and self.read(1 << 20):  # the rest (hashed too), if the reader stopped early
            pass
        match = TRAILER.search(self.held)
        if match is None:
            return None
        content = self.content.copy()
        content.update(self.held[: match.start()])
        return content.digest(), match.group(1).decode("ascii")


@dataclass
class StagedExport:
    """An export streamed into a temporary staging database and checked for shape and signature."""

    conn: sqlite3.Connection
    source: Path
    events: bool = False  # the file carries audit events (version 2)
    workstation: dict[str, str] | None = None  # the signer, when the signature holds
    signed: bool = False
    incremental: bool = False
    digest: str = ""  # SHA-256 of the whole file
    counts: dict[str, int] = field(default_factory=dict)

    # ---- RowSource (exchange.merge_export) ----------------------------------------------------

    def batches(self, table: str, size: int | None = None) -> Iterator[list[dict[str, Any]]]:
        for batch in self._pages(table, size or BATCH_ROWS):
            yield [row for _, row in batch]

    def readings(self, evaluation_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
        found: dict[str, list[dict[str, Any]]] = {}
        for start in range(0, len(evaluation_ids), _ID_BATCH):
            for evaluation_id, body in self.conn.execute(
                "SELECT evaluation_id, body FROM records WHERE evaluation_id IN (SELECT value FROM json_each(?))"
                " AND tbl = 'observations' ORDER BY pos",
                [json.dumps(list(evaluation_ids[start : start + _ID_BATCH]))],
            ):
                found.setdefault(evaluation_id, []).append(json.loads(body))
        return found

    # ---- reading the staged records -------------------------------------------------------------

    def _pages(self, table: str, size: int) -> Iterator[list[tuple[int, dict[str, Any]]]]:
        after = 0
        while True:
            page = self.conn.execute(
                "SELECT pos, body FROM records WHERE tbl = ? AND pos > ? ORDER BY pos LIMIT ?", [table, after, size]
            ).fetchall()
            if not page:
                return
            after = page[-1][0]
            yield [(pos, json.loads(body)) for pos, body in page]

    def drop_repeats(self) -> None:
        """Keep the first row of an id used twice in a table (the checks refused any with other content)."""
        self.conn.execute("DELETE FROM records WHERE pos NOT IN (SELECT min(pos) FROM records GROUP BY tbl, id)")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> StagedExport:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _staging_database() -> sqlite3.Connection:
    # "": a private temporary database that SQLite deletes itself when it is closed (or the process dies).
    conn = sqlite3.connect("", isolation_level=None)
    conn.execute("PRAGMA cache_size = -8192")  # KiB: the staging database's memory, whatever the file's size
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA temp_store = FILE")
    for statement in _SCHEMA:
        conn.execute(statement)
    return conn


def stage_export(source: Path) -> StagedExport:
    """Stream `source` into a staging database, hashing it; raise as exchange.read_export_file would.

    The same checks, in the same order: size, JSON, format, version, carried events, workstation,
    signature over exactly the signed bytes, tables, row count, then every row's columns and types.
    """
    try:
        size = source.stat().st_size
        if size > import_check.MAX_FILE_BYTES:
            raise InputError(
                str(source), f"is {size} bytes; at most {import_check.MAX_FILE_BYTES} bytes are accepted in one export"
            )
        raw = open(source, "rb", buffering=0)  # noqa: SIM115 - closed by the text reader over it
    except FileNotFoundError:
        raise InputError(str(source), "file not found") from None
    except OSError as exc:
        raise InputError(str(source), f"cannot be read ({exc.strerror or exc})") from None
    hashing = _HashingReader(raw)
    text = io.TextIOWrapper(io.BufferedReader(hashing, 1 << 20), encoding="utf-8", newline="")
    staged = StagedExport(conn=_staging_database(), source=source)
    try:
        _fill(staged, hashing, text)
    except BaseException:
        staged.close()
        raise
    return staged


def _fill(staged: StagedExport, hashing: _HashingReader, text: IO[str]) -> None:
    source = staged.source
    header: dict[str, Any] = {}
    shape_problem: InputError | None = None
    rows = events = 0
    limit = import_check.MAX_ROWS
    pending: list[tuple[str, int, str, str, str | None, str]] = []
    pending_events: list[tuple[str]] = []
    conn = staged.conn
    conn.execute("BEGIN")
    for name, index, value in stream_export(source, header, handle=text, audit=True):
        # Past the row limit the file is refused: what follows is read (to tell a broken file) but not kept.
        if name == "audit":
            events += 1
            if events <= limit:
                pending_events.append((json.dumps(value, ensure_ascii=False),))
        else:
            rows += 1
            staged.counts[name] = staged.counts.get(name, 0) + 1
            if shape_problem is not None or rows > limit:
                continue
            try:
                row = _checked_row(source, name, index, value)
            except InputError as exc:
                shape_problem = exc  # told after the signature and the row count, as for a file read whole
                continue
            reading_of = row["evaluation_id"] if name == "observations" else None
            pending.append((name, index, row["id"], row_digest(name, row), reading_of, json.dumps(row, ensure_ascii=False)))
        if len(pending) >= _STAGE_ROWS or len(pending_events) >= _STAGE_ROWS:
            _flush(conn, pending, pending_events)
    _flush(conn, pending, pending_events)
    conn.execute("COMMIT")
    signed_part = hashing.signed_part()
    staged.digest = hashing.whole.hexdigest()
    _check_header(staged, header, signed_part)
    count = rows + (events if staged.events else 0)
    if count > limit:
        raise ImportRefused(str(source), [f"holds {count} rows and audit events; at most {limit} are accepted in one file"])
    if shape_problem is not None:
        raise shape_problem
    for statement in _INDEXES:
        conn.execute(statement)


def _flush(conn: sqlite3.Connection, pending: list[Any], pending_events: list[Any]) -> None:
    conn.executemany("INSERT INTO records (tbl, idx, id, digest, evaluation_id, body) VALUES (?, ?, ?, ?, ?, ?)", pending)
    conn.executemany("INSERT INTO events (body) VALUES (?)", pending_events)
    pending.clear()
    pending_events.clear()


def _check_header(staged: StagedExport, header: dict[str, Any], signed_part: tuple[bytes, str] | None) -> None:
    """Format, version, carried events, workstation and signature, as exchange.read_export_file checks them."""
    source = staged.source
    if header.get("format") != EXPORT_FORMAT:
        raise InputError(str(source), "is not a NeutroHold case log export")
    version = header.get("version")
    if version not in (1, EXPORT_VERSION) or type(version) is not int:
        raise InputError(
            str(source), f"is export version {str(version)[:20]!r}; this NeutroHold reads versions 1 and {EXPORT_VERSION}"
        )
    if version == EXPORT_VERSION:
        if header.get("audit") != []:  # [] when its events came one by one; anything else is not a list
            raise InputError(f"{source}: audit", "must be a list of audit events")
        staged.events = True
        workstation = _workstation(source, header.get("workstation"))
        if "signature" in header:
            if workstation is None:
                raise ImportRefused(str(source), ["signature: is there but the file names no workstation public key"])
            if signed_part is None:
                raise ImportRefused(
                    str(source), ["signature: is not where a signature belongs (the file was edited after signing)"]
                )
            digest, signature = signed_part
            if not verify(workstation["public_key"], digest, signature):
                raise ImportRefused(str(source), [
                    "signature: does not match the content: the file was altered after signing, or the signature belongs to another file"
                ])  # fmt: skip
            staged.signed = True
            staged.workstation = workstation
        elif workstation is not None:
            raise ImportRefused(
                str(source), ["signature: is missing, though the file names a signing workstation (it was removed)"]
            )
    if "tables" not in header:
        raise InputError(f"{source}: tables", f"must hold only {', '.join(EXCHANGED_TABLES)}")
    staged.incremental = header.get("incremental") is True


# ---- The checks over the staged records ------------------------------------------------------------


def check_staged(
    staged: StagedExport, source: str, *, reproduce: Reproduce, local_ids: LocalIds, now: datetime | None = None
) -> set[str]:
    """Every check of import_check.check_tables, batch by batch; ImportRefused names the first bad records.

    Returns the evaluations whose recommendation could not be derived again (their pack is not installed)."""
    now = now or datetime.now(UTC)
    problems = _Problems()
    not_rechecked: set[str] = set()
    conn = staged.conn
    # Ids used twice for different content (few or none): only those are followed row by row.
    twice = {row[0] for row in conn.execute("SELECT id FROM records GROUP BY id HAVING count(DISTINCT tbl || ' ' || digest) > 1")}
    seen: dict[str, tuple[str, str]] = {}
    for table in EXCHANGED_TABLES:
        for batch in staged._pages(table, BATCH_ROWS):
            for pos, row in batch:
                if row["id"] in twice:
                    digest = conn.execute("SELECT digest FROM records WHERE pos = ?", [pos]).fetchone()[0]
                    earlier = seen.get(row["id"])
                    if earlier is not None and earlier != (table, digest):
                        problems.add(
                            table, row["id"], "id", f"is used twice in the file ({earlier[0]} and {table}) for different content"
                        )
                    seen[row["id"]] = (table, digest)
                import_check.check_record(table, row, now, problems, reproduce, not_rechecked)
                if problems.full():
                    raise ImportRefused(source, problems.items)
    if problems.items:
        raise ImportRefused(source, problems.items)
    _check_references(staged, local_ids, problems)
    if staged.events:
        _check_audit(staged, problems)
    if problems.items:
        raise ImportRefused(source, problems.items)
    return not_rechecked


def _check_references(staged: StagedExport, local_ids: LocalIds, problems: _Problems) -> None:
    """Every foreign key points at a record of the file or of this log (import_check._check_references)."""
    conn = staged.conn
    in_file = "EXISTS (SELECT 1 FROM records t WHERE t.tbl = {table} AND t.id = {value})"
    here = "EXISTS (SELECT 1 FROM refs f WHERE f.tbl = {table} AND f.id = {value} AND f.here = 1)"
    for table, keys in FOREIGN_KEYS.items():
        for name, target, _ in keys:
            conn.execute(
                "INSERT OR IGNORE INTO refs (tbl, id) SELECT ?, v FROM (SELECT json_extract(body, ?) AS v FROM records"
                " WHERE tbl = ?) WHERE v IS NOT NULL AND NOT " + in_file.format(table="?", value="v"),
                [target, "$." + name, table, target],
            )
    withdrawn = (
        "SELECT pos, id, json_extract(body, '$.target_table') AS target, json_extract(body, '$.target_id') AS value"
        " FROM records WHERE tbl = 'withdrawals' AND json_extract(body, '$.target_table') IN (SELECT value FROM json_each(?))"
    )
    conn.execute(
        "INSERT OR IGNORE INTO refs (tbl, id) SELECT target, value FROM (" + withdrawn + ") WHERE NOT "
        + in_file.format(table="target", value="value"),
        [json.dumps(WITHDRAWABLE_TABLES)],
    )  # fmt: skip
    for (target,) in conn.execute("SELECT DISTINCT tbl FROM refs").fetchall():
        after = ""
        while True:
            ids = [row[0] for row in conn.execute(
                "SELECT id FROM refs WHERE tbl = ? AND id > ? ORDER BY id LIMIT ?", [target, after, _ID_BATCH]
            )]  # fmt: skip
            if not ids:
                break
            after = ids[-1]
            present = local_ids(target, ids)
            conn.execute(
                "UPDATE refs SET here = 1 WHERE tbl = ? AND id IN (SELECT value FROM json_each(?))",
                [target, json.dumps(sorted(present))],
            )
    targets: dict[str, str] = {}
    for _, record_id, target, value, held in conn.execute(
        "SELECT pos, id, target, value, " + in_file.format(table="target", value="value") + " OR "
        + here.format(table="target", value="value") + " FROM (" + withdrawn + ") ORDER BY pos",
        [json.dumps(WITHDRAWABLE_TABLES)],
    ).fetchall():  # fmt: skip
        if not held:
            problems.add(
                "withdrawals", record_id, "target_id", f"points to {target} record {value}, which is neither in the file nor in this log"
            )  # fmt: skip
        earlier = targets.setdefault(value, record_id)
        if earlier != record_id:
            problems.add(
                "withdrawals", record_id, "target_id", f"withdraws {target} record {value} a second time (withdrawal {earlier})"
            )
        if problems.full():
            return
    for table, keys in FOREIGN_KEYS.items():
        for name, target, _ in keys:
            for record_id, value in conn.execute(
                "SELECT id, v FROM (SELECT pos, id, json_extract(body, ?) AS v FROM records WHERE tbl = ?)"
                " WHERE v IS NOT NULL AND NOT " + in_file.format(table="?", value="v") + " AND NOT "
                + here.format(table="?", value="v") + " ORDER BY pos LIMIT ?",
                ["$." + name, table, target, target, import_check.MAX_REPORTED],
            ):  # fmt: skip
                problems.add(
                    table, record_id, name, f"points to {target} record {value}, which is neither in the file nor in this log"
                )
                if problems.full():
                    return
    for (record_id,) in conn.execute(
        "SELECT e.id FROM records e JOIN records p ON p.tbl = 'episodes' AND p.id = json_extract(e.body, '$.episode_id')"
        " WHERE e.tbl = 'evaluations' AND json_extract(p.body, '$.patient_id') != json_extract(e.body, '$.patient_id')"
        " ORDER BY e.pos LIMIT ?",
        [import_check.MAX_REPORTED],
    ):
        problems.add("evaluations", record_id, "episode_id", "points to an episode of another patient")


def _check_audit(staged: StagedExport, problems: _Problems) -> None:
    """The carried events are intact and vouch for every staged record (import_check.check_audit)."""
    conn = staged.conn

    def events() -> Iterator[Any]:
        after = 0
        while True:
            page = conn.execute(
                "SELECT pos, body FROM events WHERE pos > ? ORDER BY pos LIMIT ?", [after, _STAGE_ROWS]
            ).fetchall()
            if not page:
                return
            after = page[-1][0]
            for _, body in page:
                yield json.loads(body)

    def vouch(table: Any, key: Any, seq: int, digest: Any) -> None:
        conn.execute(
            "INSERT OR REPLACE INTO vouched (tbl, id, seq, digest) VALUES (?, ?, ?, ?)",
            [json.dumps(table), json.dumps(key), seq, json.dumps(digest)],
        )

    def vouch_read(key: Any, seq: int, digest: Any) -> None:
        conn.execute(
            "INSERT OR REPLACE INTO readings (evaluation_id, seq, digest) VALUES (?, ?, ?)", [json.dumps(key), seq, json.dumps(digest)]
        )  # fmt: skip

    conn.execute("BEGIN")
    try:
        intact = import_check.walk_events(events(), problems, vouch, vouch_read)
    finally:
        conn.execute("COMMIT")
    if not intact:
        return
    for table in EXCHANGED_TABLES:
        if table == "observations":
            continue
        for batch in staged.batches(table):
            found = {
                json.loads(key): (seq, json.loads(digest))
                for key, seq, digest in conn.execute(
                    "SELECT id, seq, digest FROM vouched WHERE tbl = ? AND id IN (SELECT value FROM json_each(?))",
                    [json.dumps(table), json.dumps([json.dumps(row["id"]) for row in batch])],
                )
            }
            if import_check.vouch_rows(table, batch, lambda _, key: found.get(key), problems):  # noqa: B023 - used at once
                return

    def vouched_readings(evaluation_id: str) -> tuple[int, Any] | None:
        row = conn.execute("SELECT seq, digest FROM readings WHERE evaluation_id = ?", [json.dumps(evaluation_id)]).fetchone()
        return None if row is None else (row[0], json.loads(row[1]))

    current: str | None = None
    rows: list[dict[str, Any]] = []
    for evaluation_id, body in conn.execute(
        "SELECT evaluation_id, body FROM records WHERE evaluation_id IS NOT NULL AND tbl = 'observations'"
        " ORDER BY evaluation_id, pos"
    ):
        if evaluation_id != current and rows:
            import_check.vouch_readings(rows[0]["evaluation_id"], rows, vouched_readings, problems)
            rows = []
        current = evaluation_id
        rows.append(json.loads(body))
    if rows:
        import_check.vouch_readings(rows[0]["evaluation_id"], rows, vouched_readings, problems)
