"""Frozen pydantic views of what the case log holds, handed to the services, the CLI and the GUI."""

from __future__ import annotations

import hashlib
import sqlite3
import zlib
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from desktop_app.models import CaseInput, Decision, Recommendation, Severity

if TYPE_CHECKING:
    from desktop_app.caselog.base import Reader

EpisodeStatus = Literal["held", "resumed", "closed"]
ObservationKind = Literal["anc", "cbc", "temperature"]
WithdrawnTable = Literal["evaluations", "acknowledgements", "clinician_overrides"]
OverrideReason = Literal["patient_preference", "specialist_advice", "alternative_cause", "other_clinical_judgement"]


class _View(BaseModel):
    # Built on first use: the window lists cases at start-up; reports and the CLI's views come later or never.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class CaseFilter(_View):
    """Narrowing of the case list besides the free-text search; `until` is inclusive."""

    decision: Decision | None = None
    since: datetime | None = None
    until: datetime | None = None
    pack_version: str | None = None


class CaseRow(_View):
    """One logged evaluation as a line of the case list."""

    id: str
    patient_ref: str
    as_of: datetime
    decision: Decision
    decision_taken: Decision | None = Field(description="the clinician's override, when there is one")
    anc_cells_per_uL: int
    severity: Severity
    pack_id: str
    pack_version: str
    who: str
    recorded_at: datetime
    withdrawn: bool = Field(default=False, description="withdrawn as entered in error (the row itself is kept)")


class Episode(_View):
    id: str
    patient_id: str
    status: EpisodeStatus
    opened_at: datetime
    updated_at: datetime


class Observation(_View):
    """A reading as entered (value, unit) and normalised (ANC in cells/uL, temperature in Celsius)."""

    id: str
    kind: ObservationKind
    taken_at: datetime
    value: float
    unit: str
    normalised: float
    neutrophil_pct: float | None
    band_pct: float | None


class Acknowledgement(_View):
    id: str
    evaluation_id: str
    pitfall_id: str
    who: str
    at: datetime


class ClinicianOverride(_View):
    id: str
    evaluation_id: str
    decision_taken: Decision
    reason: OverrideReason
    text: str
    who: str
    at: datetime


class Note(_View):
    id: str
    evaluation_id: str
    text: str
    who: str
    at: datetime


class Withdrawal(_View):
    """An evaluation, pitfall tick or override withdrawn as "entered in error": who, when and why."""

    id: str
    target_table: WithdrawnTable
    target_id: str
    reason: str
    who: str
    at: datetime


class CaseRecord(_View):
    """Everything logged about one evaluation, with the patient's other evaluations oldest first.

    Withdrawn entries stay in their tuples (history keeps them); `withdrawals` says which they are.
    """

    row: CaseRow
    case: CaseInput
    recommendation: Recommendation
    episode: Episode | None
    observations: tuple[Observation, ...]
    acknowledgements: tuple[Acknowledgement, ...]
    clinician_overrides: tuple[ClinicianOverride, ...]
    notes: tuple[Note, ...]
    history: tuple[CaseRow, ...]
    withdrawals: tuple[Withdrawal, ...] = ()

    def withdrawal_of(self, record_id: str) -> Withdrawal | None:
        """The withdrawal of this evaluation, or of one of its ticks or overrides, if there is one."""
        return next((item for item in self.withdrawals if item.target_id == record_id), None)

    @property
    def withdrawal(self) -> Withdrawal | None:
        """The withdrawal of the evaluation itself."""
        return self.withdrawal_of(self.row.id)

    @property
    def clinician_override(self) -> ClinicianOverride | None:
        """The override in force: the latest one recorded that was not withdrawn."""
        standing = [item for item in self.clinician_overrides if self.withdrawal_of(item.id) is None]
        return standing[-1] if standing else None

    @property
    def standing_acknowledgements(self) -> tuple[Acknowledgement, ...]:
        """The pitfall ticks that were not withdrawn."""
        return tuple(item for item in self.acknowledgements if self.withdrawal_of(item.id) is None)


class Draft(_View):
    """An unsaved form kept for crash recovery."""

    key: str
    payload: dict[str, Any]
    updated_at: datetime


class VerifyReport(_View):
    """Result of `log verify`; `problems` lists the first broken event first."""

    ok: bool
    events: int
    cases: int
    problems: tuple[str, ...]
    anchors: int = Field(default=0, description="anchor files checked against the trail")


class ImportSummary(_View):
    added: dict[str, int]
    updated: dict[str, int]
    already_present: int
    kept_local: int = Field(description="rows whose UUID exists here with different content; the local row was kept")


class DecisionDrift(_View):
    """A logged case the current pack would decide differently at its original moment."""

    id: str
    patient_ref: str
    as_of: datetime
    logged_decision: Decision
    replayed_decision: Decision
    logged_pack_version: str


class ReplayReport(_View):
    cases: int
    pack_id: str
    pack_version: str
    pack_sha256: str
    drifts: tuple[DecisionDrift, ...]
    faults: tuple[DecisionDrift, ...] = Field(
        default=(), description="cases the same pack (sha256 and site overrides) now decides otherwise: the record was damaged"
    )


class Provenance(_View):
    """Where an imported record came from (schema m007)."""

    workstation_id: str
    workstation_name: str
    imported_at: datetime
    signed: bool = Field(description="the file was signed by a workstation trusted here")
    rechecked: bool = Field(description="the engine derived the stored recommendation again here (its pack is installed)")

    def describe(self) -> str:
        short = self.workstation_id[:8]
        signed = "signed" if self.signed else "UNSIGNED"
        checked = "re-checked" if self.rechecked else "not re-checked (its pack is not installed here)"
        return f"imported from workstation {self.workstation_name} ({short}) on {self.imported_at:%Y-%m-%d %H:%M} UTC; {signed}, {checked}"


class BackupFacts(_View):
    """A copy of a case log that passed its checks: which log it belongs to, how many cases, how recent."""

    path: Path
    identity: str | None = Field(description="hash of the log's first audit event; None for a log with no events yet")
    cases: int
    newest_recorded_at: str | None = Field(description="when its newest case was recorded (UTC, ISO), None when empty")


class RestoreReport(_View):
    """What `log restore` did: the backup put in place, where the previous files were kept, what they held beyond it."""

    backup: BackupFacts
    log: Path
    kept: tuple[Path, ...] = Field(description="the previous log and its -wal/-shm, renamed and kept; empty when there was none")
    missing_ids: tuple[str, ...] | None = Field(
        description="cases in the previous log that the backup lacks; None when it could not be read"
    )


# --- The stored JSON documents of an evaluation (case_json, recommendation_json) -------------------
# Read them ONLY through document_text / readable_evaluation, and write them only through
# stored_evaluations (schema.insert_rows does): since schema m008 they are kept compressed.
#
# A stored document is either the JSON text itself (logs before m008, and what an export carries), or
# a BLOB: a 4-byte magic naming the codec, the 8-byte key of a dictionary in table
# document_dictionaries (the first 8 bytes of the dictionary's SHA-256), then the compressed UTF-8 text:
#   NHz1  raw deflate (zlib) against a pack's first recorded documents (schema m008). Each pack gets
#         such a dictionary on its first recorded case; its wording then costs a few bytes later on.
#   NHz2  a Zstandard frame against a dictionary trained on the log's own recent documents (schema
#         m010): trained when the log reaches TRAIN_AT evaluations, it knows every decision path the
#         clinic sees, not only the first case's, and takes about a third of the space of NHz1.
# Decompressing gives back the text byte for byte, so the recommendation is reproduced exactly and the
# audit digests stay those of the text.
DOCUMENT_MAGIC = b"NHz1"
TRAINED_MAGIC = b"NHz2"
_KEY_BYTES = 8
_LEVEL = 9
# Evaluations in the log when a dictionary is trained from the latest TRAIN_SAMPLES cases: first once the
# clinic's usual cases are there, again as the log grows (a new pack, a new language, new habits).
TRAIN_AT = (200, 1000, 5000, 25000, 125000)
TRAIN_SAMPLES = 200
TRAINED_DICTIONARY_BYTES = 64 * 1024
_ZSTD_LEVEL = 9  # ~0.15 ms a document: faster than deflate at 9, and a third of its size here
TRAINING_MIGRATION = "m010_compact_log"
TRAINED_PACK = "*"  # document_dictionaries.pack_sha256 of a trained dictionary: it serves every pack
_ZSTD_DICT_MAGIC = b"\x37\xa4\x30\xec"
# Dictionaries never change once written (the table is append-only) and are named by their own hash,
# so a process may keep every one it has read, whichever log it came from.
_DICTIONARIES: dict[bytes, bytes] = {}
_COMPRESSORS: dict[bytes, Any] = {}
_ZSTD: dict[bytes, Any] = {}
DOCUMENT_COLUMNS = ("case_json", "recommendation_json")
_MAX_DOCUMENT_BYTES = 16 * 1024 * 1024


class DocumentUnreadable(sqlite3.DatabaseError):
    """A stored document that does not decompress: damage to the file (or an edit outside NeutroHold),
    handled wherever a damaged page of the database is."""


def _dictionary(db: Reader, key: bytes) -> bytes:
    zdict = _DICTIONARIES.get(key)
    if zdict is None:
        row = db.execute("SELECT zdict FROM document_dictionaries WHERE key = ?", [key]).fetchone()
        if row is None or hashlib.sha256(row[0]).digest()[:_KEY_BYTES] != key:
            raise DocumentUnreadable("a compressed case document names a dictionary this log does not hold")
        zdict = _DICTIONARIES[key] = bytes(row[0])
    return zdict


def _zstd_codec(key: bytes, zdict: bytes) -> tuple[Any, Any]:
    """The compressor and decompressor of a trained dictionary, primed once per process."""
    codec = _ZSTD.get(key)
    if codec is None:
        import zstandard

        if not zdict.startswith(_ZSTD_DICT_MAGIC):
            raise DocumentUnreadable("a compressed case document names a dictionary of another kind")
        trained = zstandard.ZstdCompressionDict(zdict, dict_type=zstandard.DICT_TYPE_FULLDICT)
        trained.precompute_compress(level=_ZSTD_LEVEL)
        compressor = zstandard.ZstdCompressor(
            dict_data=trained, write_checksum=False, write_content_size=True, write_dict_id=False
        )
        codec = _ZSTD[key] = (compressor, zstandard.ZstdDecompressor(dict_data=trained))
        _DICTIONARIES[key] = zdict
    return codec


def document_text(db: Reader, stored: str | bytes) -> str:
    """The JSON text of a stored case or recommendation document, exactly as it was recorded."""
    if isinstance(stored, str):
        return stored
    stored = bytes(stored)
    magic, start = stored[: len(DOCUMENT_MAGIC)], len(DOCUMENT_MAGIC)
    key, body = stored[start : start + _KEY_BYTES], stored[start + _KEY_BYTES :]
    if magic == TRAINED_MAGIC:
        return _zstd_text(key, _dictionary(db, key), body)
    if magic != DOCUMENT_MAGIC:
        raise DocumentUnreadable("a case document is neither JSON text nor a NeutroHold compressed document")
    inflater = zlib.decompressobj(-zlib.MAX_WBITS, zdict=_dictionary(db, key))
    try:
        data = inflater.decompress(body) + inflater.flush()
        if not inflater.eof:
            raise DocumentUnreadable("a compressed case document is cut short")
        return data.decode("utf-8")
    except (zlib.error, UnicodeDecodeError) as exc:
        raise DocumentUnreadable(f"a compressed case document does not decompress ({exc})") from None


def _zstd_text(key: bytes, zdict: bytes, body: bytes) -> str:
    import zstandard

    _, decompressor = _zstd_codec(key, zdict)
    try:
        data: bytes = decompressor.decompress(body, max_output_size=_MAX_DOCUMENT_BYTES)
        return data.decode("utf-8")
    except (zstandard.ZstdError, UnicodeDecodeError) as exc:
        raise DocumentUnreadable(f"a compressed case document does not decompress ({exc})") from None


def readable_evaluation(db: Reader, row: Mapping[str, Any]) -> dict[str, Any]:
    """An evaluations row with its documents as text: what the audit digests, exports and imports see."""
    readable = dict(row)
    for column in DOCUMENT_COLUMNS:
        if column in readable:
            readable[column] = document_text(db, readable[column])
    return readable


def _compressor(zdict: bytes) -> Any:
    key = hashlib.sha256(zdict).digest()[:_KEY_BYTES]
    primed = _COMPRESSORS.get(key)
    if primed is None:
        # Priming with the dictionary costs more than compressing one document: done once, then copied.
        primed = _COMPRESSORS[key] = zlib.compressobj(
            _LEVEL, zlib.DEFLATED, -zlib.MAX_WBITS, 9, zlib.Z_DEFAULT_STRATEGY, zdict=zdict
        )
        _DICTIONARIES[key] = zdict
    return primed


def compress_document(zdict: bytes, text: str) -> bytes:
    """`text` stored against `zdict`: a trained dictionary gives an NHz2 document, any other an NHz1 one."""
    key = hashlib.sha256(zdict).digest()[:_KEY_BYTES]
    if zdict.startswith(_ZSTD_DICT_MAGIC):
        compressor, _ = _zstd_codec(key, zdict)
        frame: bytes = compressor.compress(text.encode("utf-8"))
        return TRAINED_MAGIC + key + frame
    deflater = _compressor(zdict).copy()
    document: bytes = DOCUMENT_MAGIC + key + deflater.compress(text.encode("utf-8")) + deflater.flush()
    return document


def pack_dictionary(db: Reader, pack_sha256: str, first: Mapping[str, Any], known: dict[str, bytes] | None = None) -> bytes:
    """The dictionary of a pack's documents; the first case recorded with a pack makes it (inside the caller's write)."""
    if known is not None and pack_sha256 in known:
        return known[pack_sha256]
    row = db.execute(
        "SELECT zdict FROM document_dictionaries WHERE pack_sha256 = ? ORDER BY rowid LIMIT 1", [pack_sha256]
    ).fetchone()
    if row is not None:
        zdict = bytes(row[0])
    else:
        zdict = (document_text(db, first["recommendation_json"]) + document_text(db, first["case_json"])).encode("utf-8")
        key = hashlib.sha256(zdict).digest()[:_KEY_BYTES]
        db.execute(
            "INSERT OR IGNORE INTO document_dictionaries (key, pack_sha256, zdict) VALUES (?, ?, ?)", [key, pack_sha256, zdict]
        )
    if known is not None:
        known[pack_sha256] = zdict
    return zdict


def trained_dictionary(db: Reader) -> bytes | None:
    """The newest dictionary trained on this log's documents (schema m010), or None before the log has one."""
    row = db.execute(
        "SELECT zdict FROM document_dictionaries WHERE pack_sha256 = ? ORDER BY rowid DESC LIMIT 1", [TRAINED_PACK]
    ).fetchone()
    return None if row is None else bytes(row[0])


def train_dictionary(db: Reader) -> bytes | None:
    """Train a dictionary on the latest TRAIN_SAMPLES evaluations' documents and keep it in the log
    (inside the caller's write). None, and nothing kept, when they are too few or too alike to train on."""
    import zstandard

    samples: list[bytes | bytearray | memoryview] = []
    for case_json, recommendation_json in db.execute(
        "SELECT case_json, recommendation_json FROM evaluations ORDER BY rowid DESC LIMIT ?", [TRAIN_SAMPLES]
    ).fetchall():
        samples += [document_text(db, recommendation_json).encode("utf-8"), document_text(db, case_json).encode("utf-8")]
    if len(samples) < 2 * TRAIN_SAMPLES:
        return None
    try:
        # Single-threaded training is deterministic: the same cases give the same dictionary anywhere.
        zdict = zstandard.train_dictionary(TRAINED_DICTIONARY_BYTES, samples, level=_ZSTD_LEVEL, threads=0).as_bytes()
    except zstandard.ZstdError:
        return None  # the documents stay with their pack's dictionary, as before
    key = hashlib.sha256(zdict).digest()[:_KEY_BYTES]
    db.execute(
        "INSERT OR IGNORE INTO document_dictionaries (key, pack_sha256, zdict) VALUES (?, ?, ?)", [key, TRAINED_PACK, zdict]
    )
    return zdict


def _has_table(db: Reader, name: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?", [name]).fetchone() is not None


def trains_dictionaries(db: Reader) -> bool:
    """Whether this log keeps trained dictionaries (schema m010 applied; not while an older one is upgraded)."""
    if not _has_table(db, "_sqlite_migrations"):
        return False
    found = db.execute("SELECT 1 FROM _sqlite_migrations WHERE name = ?", [TRAINING_MIGRATION]).fetchone()
    return found is not None


def stored_evaluations(db: Reader, rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Evaluations rows as they are written: each document compressed against the log's trained dictionary,
    or before the log has one, its pack's dictionary.

    A log of a schema before m008 (only while it is being upgraded) keeps them as text.
    """
    if not _has_table(db, "document_dictionaries"):
        return [dict(row) for row in rows]
    trained = trained_dictionary(db)
    known: dict[str, bytes] = {}
    stored = []
    for row in rows:
        zdict = trained if trained is not None else pack_dictionary(db, row["pack_sha256"], row, known)
        compact = dict(row)
        for column in DOCUMENT_COLUMNS:
            compact[column] = compress_document(zdict, document_text(db, row[column]))
        stored.append(compact)
    return stored


def next_training_mark(count: int) -> int:
    """How many evaluations a log of `count` may take before it reaches its next TRAIN_AT mark (at least 1)."""
    return next((mark - count for mark in TRAIN_AT if mark > count), 1 << 62)


def train_when_due(db: Reader, before: int, after: int) -> None:
    """After the log grew from `before` to `after` evaluations (by rowid), train a dictionary if it passed a
    TRAIN_AT mark (inside the caller's write): later cases are stored against it."""
    if any(before < mark <= after for mark in TRAIN_AT) and trains_dictionaries(db):
        train_dictionary(db)
