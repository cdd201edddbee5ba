"""The case list as SQL: one page of rows and their count, by search, filters and order.

Plain rows (dicts) from plain SQL, with no model layer: `neutrohold log list` answers from here without
loading pydantic, and caselog.queries builds its CaseRow views on the same rows.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from datetime import datetime

    from desktop_app.caselog.base import Reader

# A withdrawn override is no longer in force; a withdrawn evaluation is listed, marked (schema m006).
ROW_SQL = (
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
CLAUSES = {
    "search": "e.search_key IN (SELECT rowid FROM case_search WHERE case_search MATCH :search)",
    "decision": "e.decision = :decision",
    "since": "e.as_of >= :since",
    "until": "e.as_of < :until",
    "pack_version": "e.pack_version = :pack_version",
    "after": "(e.as_of, e.id) < (SELECT as_of, id FROM evaluations WHERE id = :after)",
}
# For a search matching many cases: walk the newest-first index and test each case against the
# matches ("+" keeps SQLite from starting at the matches, which would mean sorting them all).
BROAD_SEARCH = "+e.search_key IN (SELECT rowid FROM case_search WHERE case_search MATCH :search)"
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
PAGE = " LIMIT :limit OFFSET :offset"
MAX_PAGE = 1000


class Filters(Protocol):
    """What narrows the list besides the search (records.CaseFilter is one); `until` is inclusive."""

    @property
    def decision(self) -> str | None: ...
    @property
    def since(self) -> datetime | None: ...
    @property
    def until(self) -> datetime | None: ...
    @property
    def pack_version(self) -> str | None: ...


def _refuse(field: str, message: str) -> Exception:
    from desktop_app.models import InputError  # only now: a list that is asked rightly never loads the models

    return InputError(field, message)


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


def _narrows(filters: Filters | None) -> bool:
    return filters is not None and any(
        value is not None for value in (filters.decision, filters.since, filters.until, filters.pack_version)
    )


def _where(db: Reader, query: str, filters: Filters | None) -> tuple[str, dict[str, Any]] | None:
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
    clauses = [CLAUSES[name] for name in CLAUSES if name in params]
    if expression is not None and _search_matches(db, expression) > BROAD_SEARCH_MATCHES:
        clauses[0] = BROAD_SEARCH
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def _search_matches(db: Reader, expression: str) -> int:
    matches: int = db.execute(_COUNT_SEARCH_ONLY, {"search": expression}).fetchone()[0]
    return matches


def page(
    db: Reader,
    query: str,
    filters: Filters | None,
    offset: int,
    limit: int,
    after: str | None = None,
    order: str = "newest",
) -> list[dict[str, Any]]:
    """One page of logged evaluations as rows (ROW_SQL's columns), newest first by moment of evaluation
    unless `order` says otherwise.

    `after` (the id of the last row already shown) continues a newest-first list from there at the
    cost of one page, however deep; `offset` costs a walk over every row skipped.
    """
    if offset < 0 or not 1 <= limit <= MAX_PAGE:
        raise _refuse("limit", f"a page holds 1 to {MAX_PAGE} cases and starts at 0 or later")
    if order not in ORDERS:
        raise _refuse("order", f"{order!r} is not one of {', '.join(ORDERS)}")
    if after is not None and order != "newest":
        raise _refuse("after", "continuing after a case works only for the newest-first order; use offset")
    where = _where(db, query, filters)
    if where is None:
        return []
    text, params = where
    if after is not None:
        text += (" AND " if text else " WHERE ") + CLAUSES["after"]
        params = {**params, "after": after}
    ordered = " ORDER BY " + ORDERS[order] + PAGE
    return list(db.query(ROW_SQL + text + ordered, {**params, "limit": limit, "offset": offset}))


def count(db: Reader, query: str, filters: Filters | None) -> int:
    """How many cases `page` pages through."""
    expression = search_expression(query)
    if expression and not _narrows(filters):
        return _search_matches(db, expression)  # one search row per evaluation
    where = _where(db, query, filters)
    if where is None:
        return 0
    text, params = where
    found: int = db.execute(_COUNT + text, params).fetchone()[0]
    return found
