"""Read the case log: the paged, searchable case list, its count, and one case with its history."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

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

# A withdrawn override is no longer in force; a withdrawn evaluation is listed, marked (schema m006).
_ROW = (
    "SELECT e.id, p.patient_ref, e.as_of, e.decision,"
    " (SELECT o.decision_taken FROM clinician_overrides o WHERE o.evaluation_id = e.id"
    "  AND NOT EXISTS (SELECT 1 FROM withdrawals w WHERE w.target_id = o.id AND w.target_table = 'clinician_overrides')"
    "  ORDER BY o.at DESC, o.id DESC LIMIT 1) AS decision_taken,"
    " e.anc_cells_per_uL, e.severity, e.pack_id, e.pack_version, e.who, e.recorded_at,"
    " EXISTS (SELECT 1 FROM withdrawals w WHERE w.target_id = e.id AND w.target_table = 'evaluations') AS withdrawn"
    " FROM evaluations e JOIN patients p ON p.id = e.patient_id"
)
WITHDRAWN_EVALUATION = "EXISTS (SELECT 1 FROM withdrawals w WHERE w.target_id = e.id AND w.target_table = 'evaluations')"
_COUNT = "SELECT count(*) FROM evaluations e"
_COUNT_SEARCH_ONLY = "SELECT count(*) FROM case_search WHERE case_search MATCH :search"
# Each filter is a fixed clause with named parameters; only the clauses in use are joined.
_CLAUSES = {
    "search": "e.search_key IN (SELECT rowid FROM case_search WHERE case_search MATCH :search)",
    "decision": "e.decision = :decision",
    "since": "e.as_of >= :since",
    "until": "e.as_of < :until",
    "pack_version": "e.pack_version = :pack_version",
    "after": "(e.as_of, e.id) < (SELECT as_of, id FROM evaluations WHERE id = :after)",
}
# For a search matching many cases: walk the newest-first index and test each case against the
# matches ("+" keeps SQLite from starting at the matches, which would mean sorting them all).
_BROAD_SEARCH = "+e.search_key IN (SELECT rowid FROM case_search WHERE case_search MATCH :search)"
# Above this many matches, walking the index in order is cheaper than sorting the matches.
BROAD_SEARCH_MATCHES = 1000
# The orders a list may be sorted in (an allow-list: no identifier ever comes from the caller).
# Ties go newest first; each _desc order is the exact mirror, so one index (schema m004) serves both.
ORDERS = {
    "newest": "e.as_of DESC, e.id DESC",
    "oldest": "e.as_of ASC, e.id ASC",
    "patient": "p.patient_ref ASC, e.as_of DESC, e.id DESC",
    "patient_desc": "p.patient_ref DESC, e.as_of ASC, e.id ASC",
    "decision": "e.decision ASC, e.as_of DESC, e.id DESC",
    "decision_desc": "e.decision DESC, e.as_of ASC, e.id ASC",
    "anc": "e.anc_cells_per_uL ASC, e.as_of DESC, e.id DESC",
    "anc_desc": "e.anc_cells_per_uL DESC, e.as_of ASC, e.id ASC",
    "pack": "e.pack_version ASC, e.as_of DESC, e.id DESC",
    "pack_desc": "e.pack_version DESC, e.as_of ASC, e.id ASC",
}
_PAGE = " LIMIT :limit OFFSET :offset"
MAX_PAGE = 1000


def search_expression(text: str) -> str | None:
    """User text as an FTS5 query: each word a quoted phrase matching as a prefix, all words required.

    Returns "" when the text has words but none that can match (punctuation only), None when empty.
    """
    words = text.split()
    if not words:
        return None
    phrases = ['"' + word.replace('"', '""') + '"*' for word in words if re.search(r"\w", word)]
    return " ".join(phrases)


def _wall_clock(moment: Any) -> str:
    """Logged moments compare as clinic wall-clock text, so an offset on the filter is dropped."""
    wall_clock: str = moment.replace(tzinfo=None).isoformat()
    return wall_clock


def _where(db: Reader, query: str, filters: CaseFilter | None) -> tuple[str, dict[str, Any]] | None:
    """The WHERE text and its parameters, or None when the search can match nothing."""
    params: dict[str, Any] = {}
    expression = search_expression(query)
    if expression == "":
        return None
    if expression is not None:
        params["search"] = expression
    if filters is not None:
        if filters.decision is not None:
            params["decision"] = filters.decision
        if filters.since is not None:
            params["since"] = _wall_clock(filters.since)
        if filters.until is not None:
            # "~" sorts after any offset or fraction, so a case at exactly `until` is included.
            params["until"] = _wall_clock(filters.until) + "~"
        if filters.pack_version is not None:
            params["pack_version"] = filters.pack_version
    clauses = [_CLAUSES[name] for name in _CLAUSES if name in params]
    if expression is not None and _search_matches(db, expression) > BROAD_SEARCH_MATCHES:
        clauses[0] = _BROAD_SEARCH
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def _search_matches(db: Reader, expression: str) -> int:
    matches: int = db.execute(_COUNT_SEARCH_ONLY, {"search": expression}).fetchone()[0]
    return matches


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
    """One page of logged evaluations, newest first by moment of evaluation unless `order` says otherwise.

    `after` (the id of the last row already shown) continues a newest-first list from there at the
    cost of one page, however deep; `offset` costs a walk over every row skipped.
    """
    if offset < 0 or not 1 <= limit <= MAX_PAGE:
        raise InputError("limit", f"a page holds 1 to {MAX_PAGE} cases and starts at 0 or later")
    if order not in ORDERS:
        raise InputError("order", f"{order!r} is not one of {', '.join(ORDERS)}")
    if after is not None and order != "newest":
        raise InputError("after", "continuing after a case works only for the newest-first order; use offset")
    where = _where(db, query, filters)
    if where is None:
        return []
    text, params = where
    if after is not None:
        text += (" AND " if text else " WHERE ") + _CLAUSES["after"]
        params = {**params, "after": after}
    ordered = " ORDER BY " + ORDERS[order] + _PAGE
    return [_case_row(row) for row in db.query(_ROW + text + ordered, {**params, "limit": limit, "offset": offset})]


def count_cases(db: Reader, query: str, filters: CaseFilter | None) -> int:
    expression = search_expression(query)
    if expression and (filters is None or filters == CaseFilter()):
        return _search_matches(db, expression)  # one search row per evaluation
    where = _where(db, query, filters)
    if where is None:
        return 0
    text, params = where
    count: int = db.execute(_COUNT + text, params).fetchone()[0]
    return count


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
