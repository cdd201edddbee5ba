"""Import a JSON export of any size in bounded memory: read it record by record, stage, merge in batches.

The export format is unchanged (one JSON document, see exchange.export_json). A small incremental
reader walks it with json's own decoder, one record at a time; each record is checked as
exchange.read_export checks it and staged in a temporary table (on disk, not in memory); the merge
then reads the staging table a batch at a time, with the rules of exchange.import_export.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from desktop_app.caselog.audit import AuditTrail, observations_digest, row_digest
from desktop_app.caselog.exchange import (
    EXCHANGED_TABLES,
    EXPORT_FORMAT,
    EXPORT_VERSION,
    _checked_row,
    _existing,
    _give_search_keys,
    _search_row,
    _withdrawn_already,
)
from desktop_app.caselog.records import ImportSummary
from desktop_app.caselog.recording import index_note, set_episode_status
from desktop_app.caselog.schema import insert_rows
from desktop_app.models import InputError

if TYPE_CHECKING:
    from sqlite_utils import Database

READ_CHUNK = 1 << 20  # characters read at a time
STAGE_BATCH = 200  # records per INSERT: an evaluation carries its whole case and recommendation
MERGE_BATCH = 200  # records merged at a time, each batch held in memory twice (file and local row)
_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
MERGED_TABLES = ("patients", "episodes", "evaluations", "acknowledgements", "clinician_overrides", "notes", "withdrawals")


class _Reader:
    """A JSON text read piece by piece; only the current piece and one value are ever held."""

    def __init__(self, handle: IO[str], source: Path) -> None:
        self.handle = handle
        self.source = source
        self.buffer = ""
        self.pos = 0
        self.at_end = False

    def _more(self) -> bool:
        chunk = self.handle.read(READ_CHUNK)
        if not chunk:
            self.at_end = True
            return False
        self.buffer = self.buffer[self.pos :] + chunk
        self.pos = 0
        return True

    def _bad(self, what: str) -> InputError:
        return InputError(str(self.source), f"is not valid JSON ({what})")

    def peek(self) -> str:
        """The next character that is not white space ("" at the end of the file)."""
        while True:
            self.pos = _SPACE.match(self.buffer, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buffer):
                return self.buffer[self.pos]
            if not self._more():
                return ""

    def expect(self, char: str) -> None:
        if self.peek() != char:
            raise self._bad(f"expected {char!r}")
        self.pos += 1

    def value(self) -> Any:
        """The next whole JSON value; a number at the end of a piece waits for the next piece."""
        self.peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buffer, self.pos)
            except json.JSONDecodeError as exc:
                if self.at_end or not self._more():
                    raise self._bad(exc.msg) from None
                continue
            if end == len(self.buffer) and not self.at_end and self._more():
                continue  # 12 may be the start of 123: decode again with the next piece
            self.pos = end
            return value


def _members(reader: _Reader) -> Iterator[str]:
    """The keys of a JSON object, the reader left at each value."""
    reader.expect("{")
    if reader.peek() == "}":
        reader.pos += 1
        return
    while True:
        key = reader.value()
        if not isinstance(key, str):
            raise reader._bad("an object key must be text")
        reader.expect(":")
        yield key
        following = reader.peek()
        reader.pos += 1
        if following == "}":
            return
        if following != ",":
            raise reader._bad("expected ',' or '}'")


def stream_export(source: Path, header: dict[str, Any]) -> Iterator[tuple[str, int, Any]]:
    """(table, index, record) for each record of the export, in file order; `header` gets the other fields."""
    try:
        handle = open(source, encoding="utf-8")  # noqa: SIM115 - closed below, after the last record
    except FileNotFoundError:
        raise InputError(str(source), "file not found") from None
    except OSError as exc:
        raise InputError(str(source), f"cannot be read ({exc})") from None
    try:
        reader = _Reader(handle, source)
        try:
            for key in _members(reader):
                if key != "tables":
                    header[key] = reader.value()
                    continue
                for table in _members(reader):
                    if table not in EXCHANGED_TABLES:
                        raise InputError(f"{source}: tables", f"must hold only {', '.join(EXCHANGED_TABLES)}")
                    if reader.peek() != "[":
                        raise InputError(f"{source}: tables.{table}", "must be a list of rows")
                    reader.pos += 1
                    index = 0
                    if reader.peek() == "]":
                        reader.pos += 1
                        continue
                    while True:
                        yield table, index, reader.value()
                        index += 1
                        following = reader.peek()
                        reader.pos += 1
                        if following == "]":
                            break
                        if following != ",":
                            raise reader._bad(f"expected ',' or ']' in tables.{table}")
            if reader.peek() != "":
                raise reader._bad("extra data after the document")
        except UnicodeDecodeError as exc:
            raise InputError(str(source), f"cannot be read ({exc})") from None
    finally:
        handle.close()


def _check_header(source: Path, header: dict[str, Any]) -> None:
    if header.get("format") != EXPORT_FORMAT:
        raise InputError(str(source), "is not a NeutroHold case log export")
    if header.get("version") != EXPORT_VERSION:
        raise InputError(str(source), f"is export version {header.get('version')!r}; this NeutroHold reads version {EXPORT_VERSION}")


def stage_export(db: Database, source: Path) -> int:
    """Check every record of the export and stage it in a temporary table; the number of records.

    Runs inside the caller's unit of work: a bad record names itself and nothing is merged.
    """
    db.conn.execute(
        "CREATE TEMP TABLE import_staged (n INTEGER PRIMARY KEY, tbl TEXT NOT NULL, id TEXT NOT NULL,"
        " evaluation_id TEXT, record TEXT NOT NULL, used INTEGER NOT NULL DEFAULT 0)"
    )
    db.conn.execute("CREATE INDEX temp.import_staged_by_table ON import_staged(tbl, evaluation_id)")
    header: dict[str, Any] = {}
    batch: list[tuple[str, str, str | None, str]] = []
    count = 0
    for table, index, record in stream_export(source, header):
        if count == 0 and "format" in header:
            _check_header(source, header)  # refuse another file before reading all of it
        row = _checked_row(source, table, index, record)
        batch.append((table, row["id"], row.get("evaluation_id"), json.dumps(row, ensure_ascii=False)))
        count += 1
        if len(batch) >= STAGE_BATCH:
            _stage(db, batch)
    _stage(db, batch)
    _check_header(source, header)
    return count


def _stage(db: Database, batch: list[tuple[str, str, str | None, str]]) -> None:
    db.conn.executemany("INSERT INTO import_staged (tbl, id, evaluation_id, record) VALUES (?, ?, ?, ?)", batch)
    batch.clear()


def _staged(db: Database, table: str) -> Iterator[list[dict[str, Any]]]:
    """The staged records of one table, a batch at a time, in file order."""
    last = 0
    while True:
        rows = db.execute(
            "SELECT n, record FROM import_staged WHERE tbl = ? AND n > ? ORDER BY n LIMIT ?", [table, last, MERGE_BATCH]
        ).fetchall()
        if not rows:
            return
        last = rows[-1][0]
        yield [json.loads(record) for _, record in rows]


def _readings_of(db: Database, evaluation_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The staged readings of these evaluations, marked as taken."""
    wanted = json.dumps(evaluation_ids)
    found: dict[str, list[dict[str, Any]]] = {}
    for (record,) in db.execute(
        "SELECT record FROM import_staged WHERE tbl = 'observations' AND evaluation_id IN (SELECT value FROM json_each(?)) ORDER BY n",
        [wanted],
    ):
        row = json.loads(record)
        found.setdefault(row["evaluation_id"], []).append(row)
    db.execute(
        "UPDATE import_staged SET used = 1 WHERE tbl = 'observations' AND evaluation_id IN (SELECT value FROM json_each(?))", [wanted]
    )
    return found


def import_staged(db: Database) -> ImportSummary:
    """Merge the staged export by UUID, a batch at a time, with the rules of exchange.import_export."""
    added = dict.fromkeys(EXCHANGED_TABLES, 0)
    updated = {"episodes": 0}
    already_present = kept_local = 0
    seen_evaluations: set[str] = set()
    for table in MERGED_TABLES:
        for chunk in _staged(db, table):
            trail = AuditTrail(db)
            local = _existing(db, table, [row["id"] for row in chunk])
            fresh: dict[str, dict[str, Any]] = {}
            readings = _readings_of(db, [row["id"] for row in chunk if row["id"] not in local]) if table == "evaluations" else {}
            new_readings: list[dict[str, Any]] = []
            for row in chunk:
                here = local.get(row["id"])
                if row["id"] in fresh or (table == "evaluations" and row["id"] in seen_evaluations):
                    continue
                if here is None and table == "withdrawals" and _withdrawn_already(db, row, fresh):
                    kept_local += 1
                elif here is None:
                    fresh[row["id"]] = row
                    extra = {}
                    if table == "evaluations":
                        own = readings.pop(row["id"], [])
                        new_readings.extend(own)
                        extra = {"observations": observations_digest(own)}
                        seen_evaluations.add(row["id"])
                    trail.record("imported", row["id"], [(table, row)], **extra)
                elif row_digest(table, here) == row_digest(table, row):
                    already_present += 1
                elif table == "episodes" and row["updated_at"] > here["updated_at"] and row["patient_id"] == here["patient_id"]:
                    merged = {**here, "status": row["status"], "updated_at": row["updated_at"]}
                    set_episode_status(db, merged)
                    trail.record("imported", row["id"], [(table, merged)])
                    updated["episodes"] += 1
                else:
                    kept_local += 1
            if table == "evaluations":
                _give_search_keys(db, fresh)
            insert_rows(db, table, list(fresh.values()))
            added[table] += len(fresh)
            if table == "evaluations":
                insert_rows(db, "observations", new_readings)
                added["observations"] += len(new_readings)
                insert_rows(db, "case_search", [_search_row(db, row) for row in fresh.values()])
            elif table == "notes":
                for row in fresh.values():
                    index_note(db, row["evaluation_id"], row["text"])
            trail.write()
    for chunk in _leftover_readings(db):
        present = _existing(db, "observations", [row["id"] for row in chunk])
        for row in chunk:
            here = present.get(row["id"])
            if here is not None and row_digest("observations", here) == row_digest("observations", row):
                already_present += 1
            else:
                kept_local += 1
    return ImportSummary(added=added, updated=updated, already_present=already_present, kept_local=kept_local)


def _leftover_readings(db: Database) -> Iterator[list[dict[str, Any]]]:
    """Readings of evaluations that were already here (they travel only with a new evaluation)."""
    last = 0
    while True:
        rows = db.execute(
            "SELECT n, record FROM import_staged WHERE tbl = 'observations' AND used = 0 AND n > ? ORDER BY n LIMIT ?",
            [last, MERGE_BATCH],
        ).fetchall()
        if not rows:
            return
        last = rows[-1][0]
        yield [json.loads(record) for _, record in rows]


def import_file(db: Database, source: Path) -> ImportSummary:
    """Stage and merge an export inside the caller's unit of work; importing it twice adds nothing."""
    try:
        stage_export(db, source)
        return import_staged(db)
    finally:
        db.conn.execute("DROP TABLE IF EXISTS temp.import_staged")
