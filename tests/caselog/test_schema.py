"""Schema and migrations: from an empty file, from each earlier version, and held to the column allow-list."""

from __future__ import annotations

import json

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop_app.caselog import recording
from desktop_app.caselog.audit import AuditTrail, observations_digest
from desktop_app.caselog.schema import (
    LOCAL_COLUMNS,
    MIGRATION_SET,
    MIGRATIONS_TABLE,
    SCHEMA_VERSIONS,
    SELECT_COLUMNS,
    TABLE_COLUMNS,
    migrations,
)
from desktop_app.caselog.store import CaseLogRefused
from desktop_app.services import caselog


def _tables(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    conn.close()
    return dict(rows)


def test_versions_list_every_registered_migration():
    with Database(memory=True) as db:
        assert tuple(m.name for m in migrations().pending(db)) == SCHEMA_VERSIONS
    # Opening a log reads sqlite-utils' record of applied migrations directly: hold the names to its own.
    assert (migrations().name, migrations().migrations_table) == (MIGRATION_SET, MIGRATIONS_TABLE)


def test_an_empty_file_is_never_taken_for_a_new_log(log_path):
    log_path.parent.mkdir()
    log_path.touch()
    with pytest.raises(caselog.CaseLogEmpty, match="empty file"):
        caselog.open_log(log_path)
    assert log_path.stat().st_size == 0


def test_a_new_log_gets_the_whole_schema(log_path):
    with caselog.open_log(log_path) as log:
        assert [m.name for m in migrations().applied(log.db)] == list(SCHEMA_VERSIONS)
        assert log.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert log.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert log.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert log.db.execute("PRAGMA busy_timeout").fetchone()[0] == 10000
        events = list(log.db.query("SELECT event, payload FROM audit"))
    assert events == [
        {"event": "schema_upgraded", "payload": json.dumps({"migrations": list(SCHEMA_VERSIONS)}, separators=(",", ":"))}
    ]
    tables = _tables(log_path)
    for table in TABLE_COLUMNS:
        assert tables[table].rstrip().endswith("STRICT"), table
    assert "audit" in tables and "case_search" in tables


def test_reopening_applies_nothing_and_writes_nothing(log_path):
    caselog.open_log(log_path).close()
    with caselog.open_log(log_path) as log:
        assert log.db.execute("SELECT count(*) FROM audit").fetchone()[0] == 1


@pytest.mark.parametrize("table", sorted(TABLE_COLUMNS))
def test_column_allow_list_matches_the_live_schema(log, table):
    live = [(row[1], row[2]) for row in log.db.execute("SELECT * FROM pragma_table_info(?)", [table])]
    sql_type = {str: "TEXT", int: "INTEGER", float: "REAL"}
    local = [(name, "INTEGER") for name in LOCAL_COLUMNS.get(table, ())]
    # The case documents are kept compressed since m008 (text in older rows): their column takes either.
    documents = {"case_json", "recommendation_json"} if table == "evaluations" else set()
    assert live == [(name, "ANY" if name in documents else sql_type[kind]) for name, kind in TABLE_COLUMNS[table]] + local
    assert [d[0] for d in log.db.execute(SELECT_COLUMNS[table] + " LIMIT 0").description] == [n for n, _ in TABLE_COLUMNS[table]]


def _write_case_as_then(db: Database, case, rec) -> tuple[str, str]:
    """Record a case and a note as the schema of the time allowed (search key and index came with m002)."""
    if db["case_search"].exists():
        evaluation_id = recording.record_cases(db, [(case, rec)], "dr-early")[0]
        return evaluation_id, recording.add_note(db, evaluation_id, "marrow review booked", "dr-early")
    at = "2026-11-24T12:30:00+00:00"
    patient = {"id": recording.patient_id_for(case.patient_ref), "patient_ref": case.patient_ref, "registered_at": at}
    episode = {"id": recording.new_id(), "patient_id": patient["id"], "status": "held", "opened_at": at, "updated_at": at}
    evaluation = {
        "id": recording.new_id(), "patient_id": patient["id"], "episode_id": episode["id"], "as_of": rec.as_of.isoformat(),
        "decision": rec.decision, "anc_cells_per_uL": rec.anc_cells_per_uL, "severity": rec.severity, "pack_id": rec.pack.id,
        "pack_version": rec.pack.version, "pack_sha256": rec.pack.sha256, "who": "dr-early", "recorded_at": at,
        "overrides": "[]", "case_json": case.model_dump_json(), "recommendation_json": rec.model_dump_json(),
    }  # fmt: skip
    readings = recording.observation_rows(case, evaluation["id"])
    note = {
        "id": recording.new_id(),
        "evaluation_id": evaluation["id"],
        "text": "marrow review booked",
        "who": "dr-early",
        "at": at,
    }
    trail = AuditTrail(db)
    for table, rows in (("patients", [patient]), ("episodes", [episode]), ("evaluations", [evaluation]),
                        ("observations", readings), ("notes", [note])):  # fmt: skip
        db[table].insert_all(rows)
    trail.record("case_recorded", evaluation["id"], [("patients", patient), ("episodes", episode), ("evaluations", evaluation)],
                 observations=observations_digest(readings))  # fmt: skip
    trail.record("note_added", note["id"], [("notes", note)])
    trail.write()
    return evaluation["id"], note["id"]


@pytest.mark.parametrize("stop_before", SCHEMA_VERSIONS[1:])
def test_upgrade_from_each_earlier_version_keeps_cases_findable(log_path, evaluated, stop_before):
    log_path.parent.mkdir()
    case, rec = evaluated("febrile")
    with Database(log_path) as db:
        db.execute("PRAGMA foreign_keys = ON")
        with db.atomic():
            migrations().apply(db, stop_before=stop_before)
            evaluation_id, note_id = _write_case_as_then(db, case, rec)
    with caselog.open_log(log_path) as log:
        assert [m.name for m in migrations().applied(log.db)] == list(SCHEMA_VERSIONS)
        assert caselog.verify(log).ok, caselog.verify(log).problems
        assert [row.id for row in caselog.list_cases(log, "RHEU-0977")] == [evaluation_id]
        assert [row.id for row in caselog.list_cases(log, "marrow")] == [evaluation_id]
        record = caselog.get_case(log, evaluation_id)
        assert [note.id for note in record.notes] == [note_id]
        caselog.save_draft(log, "new-case", {"patient_ref": "RHEU-1"})
        assert caselog.load_draft(log, "new-case").payload == {"patient_ref": "RHEU-1"}


def test_a_log_from_a_newer_version_is_refused(log_path):
    caselog.open_log(log_path).close()
    with Database(log_path) as db:
        db["_sqlite_migrations"].insert({"migration_set": MIGRATION_SET, "name": "m999_future", "applied_at": "2030"})
    with pytest.raises(CaseLogRefused, match="newer NeutroHold"):
        caselog.open_log(log_path)


def test_observation_digest_ignores_row_order():
    rows = [{"id": "b", "evaluation_id": "e", "kind": "anc", "taken_at": "t", "value": 1.0, "unit": "cells/uL",
             "normalised": 1.0, "neutrophil_pct": None, "band_pct": None}]  # fmt: skip
    rows.append({**rows[0], "id": "a"})
    assert observations_digest(rows) == observations_digest(reversed(rows))


def test_a_log_made_without_m006_gets_withdrawals_after_m007_and_m008(log_path, evaluated):
    """Issue 18/19 logs (m001-m005, m007, m008) were made before m006 existed: opening adds it by name."""
    from sqlite_utils import Migrations

    from desktop_app.caselog import schema

    log_path.parent.mkdir()
    case, rec = evaluated("febrile")
    without = Migrations(MIGRATION_SET)
    for name, step in schema._STEPS:
        if name != "m006_withdrawals":
            without(name=name)(step)
    with Database(log_path) as db:
        db.execute("PRAGMA foreign_keys = ON")
        with db.atomic():
            without.apply(db)
            evaluation_id, _ = _write_case_as_then(db, case, rec)
        assert not db["withdrawals"].exists()
    with caselog.open_log(log_path) as log:
        applied = [m.name for m in migrations().applied(log.db)]
        assert sorted(applied) == sorted(SCHEMA_VERSIONS) and applied[-1] == "m006_withdrawals"
        assert caselog.verify(log).ok, caselog.verify(log).problems
        gone = caselog.withdraw(log, evaluation_id, "entered on the wrong patient", who="Dr Ada")
        assert gone.target_id == evaluation_id
        assert caselog.get_case(log, evaluation_id).withdrawal is not None
        assert caselog.count_cases(log) == 1  # the withdrawn case stays in the log
        assert caselog.verify(log).ok, caselog.verify(log).problems
