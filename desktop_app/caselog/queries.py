"""Read the case log: the paged, searchable case list, its count, and one case with its history."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from desktop_app.caselog import listing
from desktop_app.caselog.records import (
    Acknowledgement,
    CaseFilter,
    CaseRecord,
    DocumentUnreadable,
    CaseRow,
    ClinicianOverride,
    Draft,
    Episode,
    Note,
    Observation,
    Provenance,
    Withdrawal,
    document_text,
)
from desktop_app.caselog.schema import SELECT_COLUMNS
from desktop_app.models import InputError, Recommendation, parse_case

if TYPE_CHECKING:
    from desktop_app.caselog.base import Reader

# The case list's SQL lives in listing.py (no model layer there); these names are its own.
ROW_SQL, WITHDRAWN_EVALUATION, ORDERS, MAX_PAGE = listing.ROW_SQL, listing.WITHDRAWN_EVALUATION, listing.ORDERS, listing.MAX_PAGE
_ROW, _BROAD_SEARCH, _PAGE, BROAD_SEARCH_MATCHES = (
    listing.ROW_SQL,
    listing.BROAD_SEARCH,
    listing.PAGE,
    listing.BROAD_SEARCH_MATCHES,
)
search_expression = listing.search_expression


def _case_row(row: dict[str, Any]) -> CaseRow:
    return CaseRow.model_validate({**row, "withdrawn": bool(row["withdrawn"])})


def list_cases(
    db: Reader,
    query: str,
    filters: CaseFilter | None,
    offset: int,
    limit: int,
    after: str | None = None,
    order: str = "newest",
) -> list[CaseRow]:
    """One page of logged evaluations (see listing.page), as CaseRow views."""
    return [_case_row(row) for row in listing.page(db, query, filters, offset, limit, after, order)]


def count_cases(db: Reader, query: str, filters: CaseFilter | None) -> int:
    return listing.count(db, query, filters)


def resolve_case_id(db: Reader, id_or_prefix: str) -> str:
    """The full evaluation id for an id or a unique prefix of at least 6 characters."""
    wanted = id_or_prefix.strip().lower()
    if not re.fullmatch(r"[0-9a-f-]{6,36}", wanted):
        raise InputError("id", f"{id_or_prefix!r} is not a case id (or its first 6+ characters)")
    found: list[str] = [
        row[0] for row in db.execute("SELECT id FROM evaluations WHERE id >= ? AND id < ? LIMIT 2", [wanted, wanted + "~"])
    ]
    if not found:
        raise InputError("id", f"no logged case has an id starting {wanted!r}")
    if len(found) > 1:
        raise InputError("id", f"more than one case has an id starting {wanted!r}; give more characters")
    return found[0]


def get_case(db: Reader, evaluation_id: str) -> CaseRecord:
    """One logged evaluation with its readings, ticks, overrides, notes and the patient's history."""
    rows = list(db.query(_ROW + " WHERE e.id = :id", {"id": evaluation_id}))
    if not rows:
        raise InputError("id", f"no logged case has the id {evaluation_id!r}")
    documents = db.execute(
        "SELECT patient_id, episode_id, case_json, recommendation_json FROM evaluations WHERE id = ?", [evaluation_id]
    ).fetchone()
    patient_id, episode_id, case_json, recommendation_json = documents
    episode = None
    if episode_id is not None:
        episode = Episode.model_validate(next(db.query(SELECT_COLUMNS["episodes"] + " WHERE id = ?", [episode_id])))
    by_evaluation = [evaluation_id]
    try:
        case = parse_case(json.loads(document_text(db, case_json)))
        recommendation = Recommendation.model_validate_json(document_text(db, recommendation_json))
    except (ValueError, RecursionError) as exc:  # bytes altered outside NeutroHold that still inflate
        raise DocumentUnreadable(
            f"a stored case document is not a valid case or recommendation ({str(exc).splitlines()[0][:80]})"
        ) from None
    return CaseRecord(
        row=_case_row(rows[0]),
        case=case,
        recommendation=recommendation,
        episode=episode,
        observations=tuple(
            Observation.model_validate(row)
            for row in db.query(
                "SELECT id, kind, taken_at, value, unit, normalised, neutrophil_pct, band_pct FROM observations"
                " WHERE evaluation_id = ? ORDER BY kind, taken_at, id",
                by_evaluation,
            )
        ),
        acknowledgements=tuple(
            Acknowledgement.model_validate(row)
            for row in db.query(
                "SELECT id, evaluation_id, pitfall_id, who, at FROM acknowledgements WHERE evaluation_id = ? ORDER BY rowid",
                by_evaluation,
            )
        ),
        clinician_overrides=tuple(
            ClinicianOverride.model_validate(row)
            for row in db.query(
                "SELECT id, evaluation_id, decision_taken, reason, text, who, at FROM clinician_overrides"
                " WHERE evaluation_id = ? ORDER BY rowid",
                by_evaluation,
            )
        ),
        notes=tuple(
            Note.model_validate(row)
            for row in db.query(
                "SELECT id, evaluation_id, text, who, at FROM notes WHERE evaluation_id = ? ORDER BY rowid", by_evaluation
            )
        ),
        history=tuple(
            _case_row(row)
            for row in db.query(_ROW + " WHERE e.patient_id = :patient ORDER BY e.as_of, e.id", {"patient": patient_id})
        ),
        withdrawals=tuple(
            Withdrawal.model_validate(row)
            for row in db.query(
                "SELECT id, target_table, target_id, reason, who, at FROM withdrawals"
                " WHERE target_id IN (SELECT id FROM evaluations WHERE patient_id = ?)"
                " OR target_id IN (SELECT id FROM acknowledgements WHERE evaluation_id = ?)"
                " OR target_id IN (SELECT id FROM clinician_overrides WHERE evaluation_id = ?) ORDER BY rowid",
                [patient_id, evaluation_id, evaluation_id],
            )
        ),
    )


def find_withdrawable(db: Reader, record_id: str) -> tuple[str, str]:
    """(table, full id) of the evaluation, pitfall tick or override with this id (an evaluation also by prefix)."""
    wanted = record_id.strip().lower()
    for table, sql in (
        ("evaluations", "SELECT id FROM evaluations WHERE id = ?"),
        ("acknowledgements", "SELECT id FROM acknowledgements WHERE id = ?"),
        ("clinician_overrides", "SELECT id FROM clinician_overrides WHERE id = ?"),
    ):
        if db.execute(sql, [wanted]).fetchone() is not None:
            return table, wanted
    return "evaluations", resolve_case_id(db, wanted)


def withdrawal_of(db: Reader, record_id: str) -> Withdrawal | None:
    row = next(
        db.query("SELECT id, target_table, target_id, reason, who, at FROM withdrawals WHERE target_id = ?", [record_id]), None
    )
    return None if row is None else Withdrawal.model_validate(row)


def latest_standing_evaluations(db: Reader) -> list[str]:
    """Per patient, the id of the latest evaluation not withdrawn, latest by the log's own order (rowid).

    The log's order, not the clock: a case entered later for an earlier moment is still the newest word.
    """
    return [
        row[0]
        for row in db.execute(
            "SELECT id FROM evaluations WHERE rowid IN (SELECT max(e.rowid) FROM evaluations e"
            " WHERE NOT " + WITHDRAWN_EVALUATION + " GROUP BY e.patient_id) ORDER BY rowid"
        )
    ]


def load_draft(db: Reader, key: str) -> Draft | None:
    row = db.execute("SELECT key, payload, updated_at FROM drafts WHERE key = ?", [key]).fetchone()
    return None if row is None else Draft(key=row[0], payload=json.loads(row[1]), updated_at=row[2])


def list_drafts(db: Reader) -> list[Draft]:
    """Drafts left behind, newest first: what the window offers to restore after a crash."""
    return [
        Draft(key=key, payload=json.loads(payload), updated_at=updated_at)
        for key, payload, updated_at in db.execute("SELECT key, payload, updated_at FROM drafts ORDER BY updated_at DESC")
    ]


def logged_cases(db: Reader) -> Iterator[tuple[str, str, str, str, str, str]]:
    """(id, patient_ref, as_of, decision, pack_version, case_json text) of every evaluation not withdrawn, oldest first."""
    for evaluation_id, patient_ref, as_of, decision, pack_version, case_json in db.execute(
        "SELECT e.id, p.patient_ref, e.as_of, e.decision, e.pack_version, e.case_json"
        " FROM evaluations e JOIN patients p ON p.id = e.patient_id WHERE NOT " + WITHDRAWN_EVALUATION + " ORDER BY e.as_of, e.id"
    ).fetchall():
        yield evaluation_id, patient_ref, as_of, decision, pack_version, document_text(db, case_json)


def replayed_cases(db: Reader) -> Iterator[tuple[str, str, str, str, str, str, str, str]]:
    """(id, patient_ref, as_of, decision, pack_version, pack_sha256, case_json text, recommendation_json
    text) of every evaluation not withdrawn, oldest first: what `log replay` needs to tell drift from damage."""
    for evaluation_id, patient_ref, as_of, decision, pack_version, pack_sha256, case_json, rec_json in db.execute(
        "SELECT e.id, p.patient_ref, e.as_of, e.decision, e.pack_version, e.pack_sha256, e.case_json, e.recommendation_json"
        " FROM evaluations e JOIN patients p ON p.id = e.patient_id WHERE NOT " + WITHDRAWN_EVALUATION + " ORDER BY e.as_of, e.id"
    ).fetchall():
        yield (
            evaluation_id, patient_ref, as_of, decision, pack_version, pack_sha256,
            document_text(db, case_json), document_text(db, rec_json),
        )  # fmt: skip


def get_provenance(db: Reader, record_id: str) -> Provenance | None:
    """Where an imported record came from; None for a record made in this log."""
    row = next(
        db.query(
            "SELECT workstation_id, workstation_name, imported_at, signed, rechecked FROM provenance WHERE id = ?", [record_id]
        ),
        None,
    )
    return None if row is None else Provenance(**{**row, "signed": bool(row["signed"]), "rechecked": bool(row["rechecked"])})
