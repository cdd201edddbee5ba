"""The case log's tables, created and upgraded only through sqlite-utils migrations."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database, Migrations

# sqlite-utils records applied migrations in this table, one row per (migration set, name). Opening a
# log reads it directly, so a log that is up to date opens without loading sqlite-utils at all (it
# comes with the first write); a test holds these names to sqlite-utils' own.
MIGRATION_SET = "neutrohold-caselog"
MIGRATIONS_TABLE = "_sqlite_migrations"
_STEPS: list[tuple[str, Callable[[Database], None]]] = []


def _migration(name: str) -> Callable[[Callable[[Database], None]], Callable[[Database], None]]:
    """Register a schema step under `name`, in the order of definition."""

    def register(step: Callable[[Database], None]) -> Callable[[Database], None]:
        _STEPS.append((name, step))
        return step

    return register


@functools.cache
def migrations() -> Migrations:
    """Every schema step as a sqlite-utils migration set (built, and sqlite-utils loaded, on first use)."""
    from sqlite_utils import Migrations

    registered = Migrations(MIGRATION_SET)
    for name, step in _STEPS:
        registered(name=name)(step)
    return registered


# Override reasons a clinician may code; the CHECK constraint in the schema repeats this list.
OVERRIDE_REASONS = ("patient_preference", "specialist_advice", "alternative_cause", "other_clinical_judgement")
EPISODE_STATUSES = ("held", "resumed", "closed")
OBSERVATION_KINDS = ("anc", "cbc", "temperature")

# Every column of every record table, in schema order, with the Python type SQLite hands back.
# Audit digests, export and import are built from this allow-list; a test holds it to the schema.
TABLE_COLUMNS: dict[str, tuple[tuple[str, type], ...]] = {
    "patients": (("id", str), ("patient_ref", str), ("registered_at", str)),
    "episodes": (("id", str), ("patient_id", str), ("status", str), ("opened_at", str), ("updated_at", str)),
    "evaluations": (
        ("id", str),
        ("patient_id", str),
        ("episode_id", str),
        ("as_of", str),
        ("decision", str),
        ("anc_cells_per_uL", int),
        ("severity", str),
        ("pack_id", str),
        ("pack_version", str),
        ("pack_sha256", str),
        ("who", str),
        ("recorded_at", str),
        ("overrides", str),
        ("case_json", str),
        ("recommendation_json", str),
    ),
    "observations": (
        ("id", str),
        ("evaluation_id", str),
        ("kind", str),
        ("taken_at", str),
        ("value", float),
        ("unit", str),
        ("normalised", float),
        ("neutrophil_pct", float),
        ("band_pct", float),
    ),
    "acknowledgements": (("id", str), ("evaluation_id", str), ("pitfall_id", str), ("who", str), ("at", str)),
    "clinician_overrides": (
        ("id", str),
        ("evaluation_id", str),
        ("decision_taken", str),
        ("reason", str),
        ("text", str),
        ("who", str),
        ("at", str),
    ),
    "notes": (("id", str), ("evaluation_id", str), ("text", str), ("who", str), ("at", str)),
    "drafts": (("key", str), ("payload", str), ("updated_at", str)),
    "withdrawals": (
        ("id", str),
        ("target_table", str),
        ("target_id", str),
        ("reason", str),
        ("who", str),
        ("at", str),
    ),
    # Where an imported record came from (schema m007); records made here have no row.
    "provenance": (
        ("id", str),
        ("record_table", str),
        ("workstation_id", str),
        ("workstation_name", str),
        ("imported_at", str),
        ("signed", int),
        ("rechecked", int),
    ),
}
# Records a clinician may withdraw as "entered in error" (the original row stays; see m006).
WITHDRAWABLE_TABLES = ("evaluations", "acknowledgements", "clinician_overrides")
# Columns that belong to this file only: never exported, imported or vouched for by the audit trail.
LOCAL_COLUMNS = {"evaluations": ("search_key",)}
# Columns that may be NULL (all others are NOT NULL in the schema).
NULLABLE_COLUMNS = {("evaluations", "episode_id"), ("observations", "neutrophil_pct"), ("observations", "band_pct")}

# The same columns as SELECT statements, written out so no SQL is assembled from names at run time.
SELECT_COLUMNS: dict[str, str] = {
    "patients": "SELECT id, patient_ref, registered_at FROM patients",
    "episodes": "SELECT id, patient_id, status, opened_at, updated_at FROM episodes",
    "evaluations": (
        "SELECT id, patient_id, episode_id, as_of, decision, anc_cells_per_uL, severity, pack_id, pack_version,"
        " pack_sha256, who, recorded_at, overrides, case_json, recommendation_json FROM evaluations"
    ),
    "observations": (
        "SELECT id, evaluation_id, kind, taken_at, value, unit, normalised, neutrophil_pct, band_pct FROM observations"
    ),
    "acknowledgements": "SELECT id, evaluation_id, pitfall_id, who, at FROM acknowledgements",
    "clinician_overrides": "SELECT id, evaluation_id, decision_taken, reason, text, who, at FROM clinician_overrides",
    "notes": "SELECT id, evaluation_id, text, who, at FROM notes",
    "drafts": "SELECT key, payload, updated_at FROM drafts",
    "withdrawals": "SELECT id, target_table, target_id, reason, who, at FROM withdrawals",
    "provenance": "SELECT id, record_table, workstation_id, workstation_name, imported_at, signed, rechecked FROM provenance",
}


# Plain INSERTs with one named parameter per column: rows are dicts keyed by the allow-list above.
INSERT_ROW: dict[str, str] = {
    "patients": "INSERT INTO patients (id, patient_ref, registered_at) VALUES (:id, :patient_ref, :registered_at)",
    "episodes": (
        "INSERT INTO episodes (id, patient_id, status, opened_at, updated_at)"
        " VALUES (:id, :patient_id, :status, :opened_at, :updated_at)"
    ),
    "evaluations": (
        "INSERT INTO evaluations (id, patient_id, episode_id, as_of, decision, anc_cells_per_uL, severity, pack_id,"
        " pack_version, pack_sha256, who, recorded_at, overrides, case_json, recommendation_json, search_key)"
        " VALUES (:id, :patient_id, :episode_id, :as_of, :decision, :anc_cells_per_uL, :severity, :pack_id,"
        " :pack_version, :pack_sha256, :who, :recorded_at, :overrides, :case_json, :recommendation_json, :search_key)"
    ),
    "observations": (
        "INSERT INTO observations (id, evaluation_id, kind, taken_at, value, unit, normalised, neutrophil_pct, band_pct)"
        " VALUES (:id, :evaluation_id, :kind, :taken_at, :value, :unit, :normalised, :neutrophil_pct, :band_pct)"
    ),
    "acknowledgements": (
        "INSERT INTO acknowledgements (id, evaluation_id, pitfall_id, who, at) VALUES (:id, :evaluation_id, :pitfall_id, :who, :at)"
    ),
    "clinician_overrides": (
        "INSERT INTO clinician_overrides (id, evaluation_id, decision_taken, reason, text, who, at)"
        " VALUES (:id, :evaluation_id, :decision_taken, :reason, :text, :who, :at)"
    ),
    "notes": "INSERT INTO notes (id, evaluation_id, text, who, at) VALUES (:id, :evaluation_id, :text, :who, :at)",
    "withdrawals": (
        "INSERT INTO withdrawals (id, target_table, target_id, reason, who, at)"
        " VALUES (:id, :target_table, :target_id, :reason, :who, :at)"
    ),
    "provenance": (
        "INSERT INTO provenance (id, record_table, workstation_id, workstation_name, imported_at, signed, rechecked)"
        " VALUES (:id, :record_table, :workstation_id, :workstation_name, :imported_at, :signed, :rechecked)"
    ),
    "case_search": "INSERT INTO case_search (rowid, patient_ref, notes) VALUES (:search_key, :patient_ref, :notes)",
    "audit": (
        "INSERT INTO audit (seq, event, entity_id, payload, at, prev_hash, hash)"
        " VALUES (:seq, :event, :entity_id, :payload, :at, :prev_hash, :hash)"
    ),
}


def insert_rows(db: Database, table: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert rows inside the caller's unit of work, by a fixed INSERT per table; case documents are stored compressed.

    executemany rather than Table.insert_all: the latter re-inspects every value of every batch,
    which more than doubled the cost of a bulk load.
    """
    if not db.conn.in_transaction:
        raise RuntimeError("case log rows are written only inside a unit of work")
    facts: list[tuple[str, str]] = []
    if table != "evaluations":
        db.conn.executemany(INSERT_ROW[table], rows)
        return
    from desktop_app.caselog.facts import facts_rows, has_facts
    from desktop_app.caselog.records import next_training_mark, stored_evaluations, train_when_due

    if has_facts(db):  # every way an evaluation comes in (saved, added, imported, synced) stores its facts
        facts = facts_rows(db, rows)
    (count,) = db.execute("SELECT coalesce(max(rowid), 0) FROM evaluations").fetchone()
    start = 0
    while start < len(rows):  # in segments ending at each dictionary training mark, so the rest use it
        segment = rows[start : start + next_training_mark(count)]
        db.conn.executemany(INSERT_ROW[table], stored_evaluations(db, segment))
        train_when_due(db, count, count + len(segment))
        count, start = count + len(segment), start + len(segment)
    if facts:
        db.conn.executemany("INSERT INTO worklist_facts (evaluation_id, facts) VALUES (?, ?)", facts)


def _run(db: Database, statements: tuple[str, ...]) -> None:
    for statement in statements:
        db.execute(statement)


@_migration("m001_case_tables")
def m001_case_tables(db: Database) -> None:
    _run(
        db,
        (
            """CREATE TABLE patients (
                id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
                patient_ref TEXT NOT NULL UNIQUE CHECK (length(patient_ref) BETWEEN 1 AND 64),
                registered_at TEXT NOT NULL
            ) STRICT""",
            """CREATE TABLE episodes (
                id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
                patient_id TEXT NOT NULL REFERENCES patients(id),
                status TEXT NOT NULL CHECK (status IN ('held', 'resumed', 'closed')),
                opened_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            ) STRICT""",
            "CREATE INDEX episodes_by_patient ON episodes(patient_id, status)",
            # Small columns first: listing and counting never walk the large JSON documents. Those are
            # checked by pydantic before writing and by audit digests after; a json_valid CHECK would
            # re-parse 10 KB per case in the quick_check at every open.
            """CREATE TABLE evaluations (
                id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
                patient_id TEXT NOT NULL REFERENCES patients(id),
                episode_id TEXT REFERENCES episodes(id),
                as_of TEXT NOT NULL,
                decision TEXT NOT NULL CHECK (decision IN ('withhold', 'resume', 'continue')),
                anc_cells_per_uL INTEGER NOT NULL,
                severity TEXT NOT NULL,
                pack_id TEXT NOT NULL,
                pack_version TEXT NOT NULL,
                pack_sha256 TEXT NOT NULL,
                who TEXT NOT NULL,
                recorded_at TEXT NOT NULL,
                overrides TEXT NOT NULL CHECK (json_valid(overrides)),
                case_json TEXT NOT NULL,
                recommendation_json TEXT NOT NULL
            ) STRICT""",
            "CREATE INDEX evaluations_by_patient ON evaluations(patient_id, as_of)",
            "CREATE INDEX evaluations_by_episode ON evaluations(episode_id)",
            """CREATE TABLE observations (
                id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
                evaluation_id TEXT NOT NULL REFERENCES evaluations(id),
                kind TEXT NOT NULL CHECK (kind IN ('anc', 'cbc', 'temperature')),
                taken_at TEXT NOT NULL,
                value REAL NOT NULL,
                unit TEXT NOT NULL,
                normalised REAL NOT NULL,
                neutrophil_pct REAL,
                band_pct REAL
            ) STRICT""",
            "CREATE INDEX observations_by_evaluation ON observations(evaluation_id)",
            """CREATE TABLE acknowledgements (
                id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
                evaluation_id TEXT NOT NULL REFERENCES evaluations(id),
                pitfall_id TEXT NOT NULL,
                who TEXT NOT NULL,
                at TEXT NOT NULL
            ) STRICT""",
            "CREATE INDEX acknowledgements_by_evaluation ON acknowledgements(evaluation_id, pitfall_id)",
            """CREATE TABLE clinician_overrides (
                id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
                evaluation_id TEXT NOT NULL REFERENCES evaluations(id),
                decision_taken TEXT NOT NULL CHECK (decision_taken IN ('withhold', 'resume', 'continue')),
                reason TEXT NOT NULL CHECK (reason IN
                    ('patient_preference', 'specialist_advice', 'alternative_cause', 'other_clinical_judgement')),
                text TEXT NOT NULL,
                who TEXT NOT NULL,
                at TEXT NOT NULL
            ) STRICT""",
            "CREATE INDEX clinician_overrides_by_evaluation ON clinician_overrides(evaluation_id, at)",
            """CREATE TABLE notes (
                id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
                evaluation_id TEXT NOT NULL REFERENCES evaluations(id),
                text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
                who TEXT NOT NULL,
                at TEXT NOT NULL
            ) STRICT""",
            "CREATE INDEX notes_by_evaluation ON notes(evaluation_id)",
            """CREATE TABLE audit (
                seq INTEGER PRIMARY KEY,
                event TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                payload TEXT NOT NULL,
                at TEXT NOT NULL,
                prev_hash TEXT NOT NULL,
                hash TEXT NOT NULL
            ) STRICT""",
        ),
    )
    _run(db, _APPEND_ONLY_TRIGGERS)


# Clinical records are never changed once written; only episodes (status) and drafts move.
_APPEND_ONLY_TRIGGERS = (
    "CREATE TRIGGER patients_no_update BEFORE UPDATE ON patients BEGIN SELECT RAISE(ABORT, 'patients are append-only'); END",
    "CREATE TRIGGER patients_no_delete BEFORE DELETE ON patients BEGIN SELECT RAISE(ABORT, 'patients are append-only'); END",
    "CREATE TRIGGER evaluations_no_update BEFORE UPDATE ON evaluations BEGIN SELECT RAISE(ABORT, 'evaluations are append-only'); END",
    "CREATE TRIGGER evaluations_no_delete BEFORE DELETE ON evaluations BEGIN SELECT RAISE(ABORT, 'evaluations are append-only'); END",
    "CREATE TRIGGER observations_no_update BEFORE UPDATE ON observations BEGIN SELECT RAISE(ABORT, 'observations are append-only'); END",
    "CREATE TRIGGER observations_no_delete BEFORE DELETE ON observations BEGIN SELECT RAISE(ABORT, 'observations are append-only'); END",
    "CREATE TRIGGER acknowledgements_no_update BEFORE UPDATE ON acknowledgements BEGIN SELECT RAISE(ABORT, 'acknowledgements are append-only'); END",
    "CREATE TRIGGER acknowledgements_no_delete BEFORE DELETE ON acknowledgements BEGIN SELECT RAISE(ABORT, 'acknowledgements are append-only'); END",
    "CREATE TRIGGER clinician_overrides_no_update BEFORE UPDATE ON clinician_overrides BEGIN SELECT RAISE(ABORT, 'clinician overrides are append-only'); END",
    "CREATE TRIGGER clinician_overrides_no_delete BEFORE DELETE ON clinician_overrides BEGIN SELECT RAISE(ABORT, 'clinician overrides are append-only'); END",
    "CREATE TRIGGER notes_no_update BEFORE UPDATE ON notes BEGIN SELECT RAISE(ABORT, 'notes are append-only'); END",
    "CREATE TRIGGER notes_no_delete BEFORE DELETE ON notes BEGIN SELECT RAISE(ABORT, 'notes are append-only'); END",
    "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
    "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
)


@_migration("m002_search")
def m002_search(db: Database) -> None:
    _run(
        db,
        (
            # A local integer key per evaluation, the rowid of its search row: the full-text index
            # then answers with integers, not with text ids it must look up one by one.
            "ALTER TABLE evaluations ADD COLUMN search_key INTEGER",
            "DROP TRIGGER evaluations_no_update",
            "UPDATE evaluations SET search_key = rowid",
            "CREATE TRIGGER evaluations_no_update BEFORE UPDATE ON evaluations"
            " BEGIN SELECT RAISE(ABORT, 'evaluations are append-only'); END",
            "CREATE UNIQUE INDEX evaluations_by_search_key ON evaluations(search_key)",
            # One row per evaluation: its patient ref, then its case notes and every note added later.
            """CREATE VIRTUAL TABLE case_search USING fts5(
                patient_ref, notes, tokenize = 'unicode61 remove_diacritics 2'
            )""",
            """INSERT INTO case_search (rowid, patient_ref, notes)
                SELECT e.search_key, p.patient_ref, coalesce(json_extract(e.case_json, '$.notes'), '')
                    || coalesce(char(10) || (SELECT group_concat(n.text, char(10)) FROM notes n WHERE n.evaluation_id = e.id), '')
                FROM evaluations e JOIN patients p ON p.id = e.patient_id""",
            # Newest first, by any single filter, without touching the JSON documents.
            "CREATE INDEX evaluations_by_moment ON evaluations(as_of, id, search_key)",
            "CREATE INDEX evaluations_by_decision ON evaluations(decision, as_of, id, search_key)",
            "CREATE INDEX evaluations_by_pack_version ON evaluations(pack_version, as_of, id, search_key)",
        ),
    )


@_migration("m003_drafts")
def m003_drafts(db: Database) -> None:
    db.execute(
        """CREATE TABLE drafts (
            key TEXT PRIMARY KEY NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
            payload TEXT NOT NULL CHECK (json_valid(payload)),
            updated_at TEXT NOT NULL
        ) STRICT"""
    )


@_migration("m004_sort_indexes")
def m004_sort_indexes(db: Database) -> None:
    """Let the window sort the whole case list by any column without sorting every row each time.

    Each index matches an order of caselog.queries.ORDERS; a descending order is read backwards.
    """
    for statement in (
        "CREATE INDEX evaluations_sorted_by_patient ON evaluations(patient_id, as_of DESC, id DESC)",
        "CREATE INDEX evaluations_sorted_by_decision ON evaluations(decision, as_of DESC, id DESC)",
        "CREATE INDEX evaluations_sorted_by_anc ON evaluations(anc_cells_per_uL, as_of DESC, id DESC)",
        "CREATE INDEX evaluations_sorted_by_pack ON evaluations(pack_version, as_of DESC, id DESC)",
    ):
        db.execute(statement)


@_migration("m005_out_of_scope_decision")
def m005_out_of_scope_decision(db: Database) -> None:
    """Let an evaluation record the decision "out_of_scope" (pack 1.1.0: the specialist decides).

    Widening a CHECK constraint changes no stored row, so the table's recorded SQL is edited in place,
    the way SQLite documents for such changes, instead of copying every case into a new table.
    """
    old = "decision TEXT NOT NULL CHECK (decision IN ('withhold', 'resume', 'continue'))"
    new = "decision TEXT NOT NULL CHECK (decision IN ('withhold', 'resume', 'continue', 'out_of_scope'))"
    (sql,) = db.execute("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'evaluations'").fetchone()
    if old not in sql:
        raise RuntimeError("the evaluations table is not the one this migration expects")
    (version,) = db.execute("PRAGMA schema_version").fetchone()
    # A PRAGMA takes no bound parameter; the value is SQLite's own integer, passed through int().
    bump = "PRAGMA schema_version = " + str(int(version) + 1)
    db.execute("PRAGMA writable_schema = ON")
    try:
        db.execute("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'evaluations'", [sql.replace(old, new)])
        db.execute(bump)  # every connection, this one included, reads the new SQL
    finally:
        db.execute("PRAGMA writable_schema = OFF")


@_migration("m006_withdrawals")
def m006_withdrawals(db: Database) -> None:
    """Let an evaluation, a pitfall tick or an override be withdrawn as "entered in error".

    A withdrawal is a record of its own, append-only like the others: the withdrawn row is never
    changed or removed, so the history shows what was entered and why it no longer counts.
    """
    _run(
        db,
        (
            """CREATE TABLE withdrawals (
                id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
                target_table TEXT NOT NULL CHECK (target_table IN ('evaluations', 'acknowledgements', 'clinician_overrides')),
                target_id TEXT NOT NULL CHECK (length(target_id) = 36),
                reason TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 4000),
                who TEXT NOT NULL,
                at TEXT NOT NULL
            ) STRICT""",
            "CREATE UNIQUE INDEX withdrawals_by_target ON withdrawals(target_id, target_table)",
            "CREATE TRIGGER withdrawals_no_update BEFORE UPDATE ON withdrawals"
            " BEGIN SELECT RAISE(ABORT, 'withdrawals are append-only'); END",
            "CREATE TRIGGER withdrawals_no_delete BEFORE DELETE ON withdrawals"
            " BEGIN SELECT RAISE(ABORT, 'withdrawals are append-only'); END",
        ),
    )


@_migration("m007_provenance")
def m007_provenance(db: Database) -> None:
    """Where each imported record came from: the workstation, when, whether the file was signed and
    whether its recommendation was re-derived here (a record of a pack not installed is not)."""
    _run(
        db,
        (
            """CREATE TABLE provenance (
                id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
                record_table TEXT NOT NULL,
                workstation_id TEXT NOT NULL,
                workstation_name TEXT NOT NULL,
                imported_at TEXT NOT NULL,
                signed INTEGER NOT NULL CHECK (signed IN (0, 1)),
                rechecked INTEGER NOT NULL CHECK (rechecked IN (0, 1))
            ) STRICT""",
            "CREATE TRIGGER provenance_no_update BEFORE UPDATE ON provenance BEGIN SELECT RAISE(ABORT, 'provenance is append-only'); END",
            "CREATE TRIGGER provenance_no_delete BEFORE DELETE ON provenance BEGIN SELECT RAISE(ABORT, 'provenance is append-only'); END",
        ),
    )


@_migration("m008_compact_json")
def m008_compact_json(db: Database) -> None:
    """Keep each evaluation's case and recommendation documents compressed (see records.document_text).

    The two columns are widened from TEXT to ANY in the table's recorded SQL (no stored row changes;
    the way m005 widened a CHECK), then every document is rewritten compressed against its pack's
    dictionary. All inside the migration's one transaction: a kill at any point leaves the log as it was.
    """
    from desktop_app.caselog.records import stored_evaluations

    db.execute(
        """CREATE TABLE document_dictionaries (
            key BLOB PRIMARY KEY NOT NULL CHECK (length(key) = 8),
            pack_sha256 TEXT NOT NULL,
            zdict BLOB NOT NULL
        ) STRICT"""
    )
    db.execute("CREATE INDEX document_dictionaries_by_pack ON document_dictionaries(pack_sha256)")
    db.execute(
        "CREATE TRIGGER document_dictionaries_no_update BEFORE UPDATE ON document_dictionaries"
        " BEGIN SELECT RAISE(ABORT, 'compression dictionaries are append-only'); END"
    )
    db.execute(
        "CREATE TRIGGER document_dictionaries_no_delete BEFORE DELETE ON document_dictionaries"
        " BEGIN SELECT RAISE(ABORT, 'compression dictionaries are append-only'); END"
    )
    (sql,) = db.execute("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'evaluations'").fetchone()
    widened = sql
    for column in ("case_json", "recommendation_json"):
        old, new = f"{column} TEXT NOT NULL", f"{column} ANY NOT NULL"
        if widened.count(old) != 1:
            raise RuntimeError("the evaluations table is not the one this migration expects")
        widened = widened.replace(old, new)
    (version,) = db.execute("PRAGMA schema_version").fetchone()
    bump = "PRAGMA schema_version = " + str(int(version) + 1)  # SQLite's own integer; a PRAGMA takes no parameter
    db.execute("PRAGMA writable_schema = ON")
    try:
        db.execute("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'evaluations'", [widened])
        db.execute(bump)
    finally:
        db.execute("PRAGMA writable_schema = OFF")
    # Records are append-only; this one rewrite keeps every document's text, only its storage changes.
    (trigger,) = db.execute("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'evaluations_no_update'").fetchone()
    db.execute("DROP TRIGGER evaluations_no_update")
    last = 0
    while True:
        batch = db.execute(
            "SELECT rowid, pack_sha256, case_json, recommendation_json FROM evaluations"
            " WHERE rowid > ? AND typeof(recommendation_json) = 'text' ORDER BY rowid LIMIT 2000",
            [last],
        ).fetchall()
        if not batch:
            break
        rows = [{"pack_sha256": sha, "case_json": case, "recommendation_json": rec} for _, sha, case, rec in batch]
        db.conn.executemany(
            "UPDATE evaluations SET case_json = ?, recommendation_json = ? WHERE rowid = ?",
            [
                (row["case_json"], row["recommendation_json"], rowid)
                for row, (rowid, *_) in zip(stored_evaluations(db, rows), batch, strict=True)
            ],
        )
        last = batch[-1][0]
    db.execute(trigger)


@_migration("m009_worklist_facts")
def m009_worklist_facts(db: Database) -> None:
    """Keep beside each evaluation what the follow-up worklist needs of its recommendation (zone, timed
    monitoring, earliest restart, latest count; caselog/worklist.py Facts), so `neutrohold due` and the
    Due view draw it up without reading every recommendation. Derived, so append-only like the records
    it comes from, and checked against them by `log verify`. Backfilled here, in the migration's one
    transaction: a kill at any point leaves the log as it was.
    """
    from desktop_app.caselog.facts import facts_rows

    _run(
        db,
        (
            """CREATE TABLE worklist_facts (
                evaluation_id TEXT PRIMARY KEY NOT NULL REFERENCES evaluations(id),
                facts TEXT NOT NULL CHECK (json_valid(facts))
            ) STRICT""",
            "CREATE TRIGGER worklist_facts_no_update BEFORE UPDATE ON worklist_facts"
            " BEGIN SELECT RAISE(ABORT, 'worklist facts are append-only'); END",
            "CREATE TRIGGER worklist_facts_no_delete BEFORE DELETE ON worklist_facts"
            " BEGIN SELECT RAISE(ABORT, 'worklist facts are append-only'); END",
        ),
    )
    last = 0
    while True:
        batch = db.execute(
            "SELECT rowid, id, recommendation_json FROM evaluations WHERE rowid > ? ORDER BY rowid LIMIT 2000", [last]
        ).fetchall()
        if not batch:
            break
        rows = [{"id": evaluation_id, "recommendation_json": document} for _, evaluation_id, document in batch]
        db.conn.executemany("INSERT INTO worklist_facts (evaluation_id, facts) VALUES (?, ?)", facts_rows(db, rows))
        last = batch[-1][0]


@_migration("m010_compact_log")
def m010_compact_log(db: Database) -> None:
    """Make the log compact (about 5 KB a case of 10 readings, from about 7).

    - Readings are kept in the order of their evaluation (a WITHOUT ROWID table keyed by evaluation and
      reading id): a case's readings sit together and need no index of their own.
    - The worklist facts likewise, keyed by their evaluation.
    - Once the log holds TRAIN_AT[0] cases, a dictionary is trained on its latest ones and every
      document is stored again against it (records.py, NHz2), each given back byte for byte.
    All inside the migration's one transaction: a kill at any point leaves the log as it was.
    """
    from desktop_app.caselog import records

    _run(
        db,
        (
            """CREATE TABLE observations_compact (
                id TEXT NOT NULL CHECK (length(id) = 36),
                evaluation_id TEXT NOT NULL REFERENCES evaluations(id),
                kind TEXT NOT NULL CHECK (kind IN ('anc', 'cbc', 'temperature')),
                taken_at TEXT NOT NULL,
                value REAL NOT NULL,
                unit TEXT NOT NULL,
                normalised REAL NOT NULL,
                neutrophil_pct REAL,
                band_pct REAL,
                PRIMARY KEY (evaluation_id, id)
            ) WITHOUT ROWID, STRICT""",
            "INSERT INTO observations_compact (id, evaluation_id, kind, taken_at, value, unit, normalised, neutrophil_pct,"
            " band_pct) SELECT id, evaluation_id, kind, taken_at, value, unit, normalised, neutrophil_pct, band_pct"
            " FROM observations",
            "DROP TABLE observations",  # its index and triggers go with it; no trigger fires on a DROP
            "ALTER TABLE observations_compact RENAME TO observations",
            "CREATE TRIGGER observations_no_update BEFORE UPDATE ON observations"
            " BEGIN SELECT RAISE(ABORT, 'observations are append-only'); END",
            "CREATE TRIGGER observations_no_delete BEFORE DELETE ON observations"
            " BEGIN SELECT RAISE(ABORT, 'observations are append-only'); END",
            """CREATE TABLE worklist_facts_compact (
                evaluation_id TEXT PRIMARY KEY NOT NULL REFERENCES evaluations(id),
                facts TEXT NOT NULL CHECK (json_valid(facts))
            ) WITHOUT ROWID, STRICT""",
            "INSERT INTO worklist_facts_compact (evaluation_id, facts) SELECT evaluation_id, facts FROM worklist_facts",
            "DROP TABLE worklist_facts",
            "ALTER TABLE worklist_facts_compact RENAME TO worklist_facts",
            "CREATE TRIGGER worklist_facts_no_update BEFORE UPDATE ON worklist_facts"
            " BEGIN SELECT RAISE(ABORT, 'worklist facts are append-only'); END",
            "CREATE TRIGGER worklist_facts_no_delete BEFORE DELETE ON worklist_facts"
            " BEGIN SELECT RAISE(ABORT, 'worklist facts are append-only'); END",
        ),
    )
    (cases,) = db.execute("SELECT count(*) FROM evaluations").fetchone()
    zdict = records.train_dictionary(db) if cases >= records.TRAIN_AT[0] else None
    if zdict is None:
        return
    # Records are append-only; this one rewrite keeps every document's text, only its storage changes.
    (trigger,) = db.execute("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'evaluations_no_update'").fetchone()
    db.execute("DROP TRIGGER evaluations_no_update")
    last = 0
    while True:
        batch = db.execute(
            "SELECT rowid, case_json, recommendation_json FROM evaluations WHERE rowid > ? ORDER BY rowid LIMIT 2000", [last]
        ).fetchall()
        if not batch:
            break
        db.conn.executemany(
            "UPDATE evaluations SET case_json = ?, recommendation_json = ? WHERE rowid = ?",
            [
                (
                    records.compress_document(zdict, records.document_text(db, case_json)),
                    records.compress_document(zdict, records.document_text(db, recommendation_json)),
                    rowid,
                )
                for rowid, case_json, recommendation_json in batch
            ],
        )
        last = batch[-1][0]
    db.execute(trigger)


# Every schema version in the order applied.
SCHEMA_VERSIONS = tuple(name for name, _ in _STEPS)
