"""The follow-up worklist: what each patient's latest standing evaluation says is due, overdue or stale."""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field

from desktop_app.caselog.queries import WITHDRAWN_EVALUATION, get_case, latest_standing_evaluations
from desktop_app.caselog.facts import MOMENT, Facts, facts_from_json, facts_of, has_facts, instant
from desktop_app.caselog.records import CaseRecord
from desktop_app.models import Decision, Severity

if TYPE_CHECKING:
    from desktop_app.caselog.store import Reader

WorkItem = Literal["cbc_overdue", "stale_count", "review_resume", "cbc_due"]
# Most urgent first: a missed count, a count too old to act on, a patient who may restart, a count due soon.
URGENCY: dict[str, int] = {"cbc_overdue": 0, "stale_count": 1, "review_resume": 2, "cbc_due": 3}
DUE_WINDOW = timedelta(hours=24)
WORKLIST_FORMAT = "neutrohold-worklist"
WORKLIST_VERSION = 1


class WorklistRow(BaseModel):
    """One thing to do for one patient (worklist contract v1; see README "Follow-up worklist")."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    patient_ref: str
    item: WorkItem
    monitoring_id: str | None = Field(description="the recommendation's monitoring item (cbc_due / cbc_overdue only)")
    test: str
    due_at: datetime = Field(description="when it was or is due, in the clinic zone the evaluation recorded")
    overdue_minutes: int = Field(description="minutes past due at the worklist's moment; negative while still ahead")
    decision: Decision = Field(description="the latest decision in force: the clinician's override, else the recommendation")
    recommended_decision: Decision
    anc_cells_per_uL: int
    severity: Severity
    evaluation_id: str
    evaluated_at: datetime
    episode_id: str | None


@dataclass(frozen=True)
class Standing:
    """A patient's latest standing evaluation, as the worklist reads it."""

    patient_ref: str
    evaluation_id: str
    evaluated_at: datetime
    decision: Decision  # in force: the clinician's override, else the recommendation
    recommended: Decision
    anc_cells_per_uL: int
    severity: Severity
    episode_id: str | None
    closed: bool


def _in_force(record: CaseRecord) -> Decision:
    override = record.clinician_override
    return override.decision_taken if override is not None else record.row.decision


# One earlier evaluation as the closing rule reads it: id, moment, decision in force, withdrawn.
Past = tuple[str, datetime, Decision, bool]


def _resumed_before(latest_id: str, latest_as_of: datetime, history: Iterable[Past]) -> bool:
    """An earlier standing evaluation of the patient restarted the drug (its override, else its decision)."""
    return any(
        past_id != latest_id and not withdrawn and decision == "resume" and as_of <= latest_as_of
        for past_id, as_of, decision, withdrawn in history
    )


def _closed(record: CaseRecord, normal_anc_from: float) -> bool:
    """The episode is over: the clinician closed it, or a count came back normal after restarting."""
    if record.episode is not None and record.episode.status == "closed":
        return True
    if record.row.anc_cells_per_uL < normal_anc_from or _in_force(record) == "withhold":
        return False
    history = ((past.id, past.as_of, past.decision_taken or past.decision, past.withdrawn) for past in record.history)
    return _resumed_before(record.row.id, record.row.as_of, history)


def standing_of(record: CaseRecord, normal_anc_from: float) -> Standing:
    """The worklist's view of a loaded record (the reference path)."""
    return Standing(
        patient_ref=record.row.patient_ref, evaluation_id=record.row.id, evaluated_at=record.row.as_of,
        decision=_in_force(record), recommended=record.row.decision, anc_cells_per_uL=record.row.anc_cells_per_uL,
        severity=record.row.severity, episode_id=record.episode.id if record.episode else None,
        closed=_closed(record, normal_anc_from),
    )  # fmt: skip


def items_for(record: CaseRecord, as_of: datetime, stale_count_hours: float, normal_anc_from: float) -> list[WorklistRow]:
    """The worklist rows one loaded evaluation gives at `as_of` (an aware instant)."""
    if record.withdrawal is not None:
        return []
    return work_items(standing_of(record, normal_anc_from), facts_of(record.recommendation), as_of, stale_count_hours)


def work_items(standing: Standing, facts: Facts, as_of: datetime, stale_count_hours: float) -> list[WorklistRow]:
    """The worklist rows of one patient's latest standing evaluation at `as_of` (an aware instant)."""
    if standing.closed:
        return []
    zone = facts.zone
    now = as_of.astimezone(UTC)
    found: list[tuple[WorkItem, str | None, str, datetime]] = []
    for item_id, test_name, timed in facts.monitoring:
        due = instant(timed, zone)
        if due < now:
            found.append(("cbc_overdue", item_id, test_name, timed))
        elif due <= now + DUE_WINDOW:
            found.append(("cbc_due", item_id, test_name, timed))
    if standing.decision == "withhold":
        if facts.earliest_resume_at is not None and instant(facts.earliest_resume_at, zone) <= now:
            found.append(("review_resume", None, "Re-evaluate: resume criteria may be met", facts.earliest_resume_at))
        if facts.latest_count is not None:
            stale_at = facts.latest_count + timedelta(hours=stale_count_hours)
            if instant(stale_at, zone) < now:
                found.append(("stale_count", None, "CBC with differential (latest count out of date)", stale_at))
    rows = []
    for item, monitoring_id, test, due_at in found:
        shown_due = due_at if due_at.tzinfo is not None or zone is None else due_at.replace(tzinfo=zone)
        late = now - instant(due_at, zone)
        rows.append(
            WorklistRow(
                patient_ref=standing.patient_ref, item=item, monitoring_id=monitoring_id, test=test, due_at=shown_due,
                overdue_minutes=int(late.total_seconds() // 60), decision=standing.decision,
                recommended_decision=standing.recommended, anc_cells_per_uL=standing.anc_cells_per_uL,
                severity=standing.severity, evaluation_id=standing.evaluation_id, evaluated_at=standing.evaluated_at,
                episode_id=standing.episode_id,
            )
        )  # fmt: skip
    return rows


def urgency(row: WorklistRow) -> tuple[int, int, str, str]:
    """Most urgent kind first; within a kind, the longest overdue first, then by patient."""
    return (URGENCY[row.item], -row.overdue_minutes, row.patient_ref, row.monitoring_id or "")


def by_urgency(rows: Iterable[WorklistRow]) -> list[WorklistRow]:
    return sorted(rows, key=urgency)


# Per patient, the latest evaluation not withdrawn (by the log's own order, as latest_standing_evaluations),
# with the override in force (the latest recorded that was not withdrawn, as CaseRecord.clinician_override)
# and its stored facts: one indexed pass, no case document read.
_STANDING = (
    "SELECT e.id, e.patient_id, p.patient_ref, e.as_of, e.decision, e.anc_cells_per_uL, e.severity, e.episode_id,"
    " ep.status AS episode_status,"
    " (SELECT o.decision_taken FROM clinician_overrides o WHERE o.evaluation_id = e.id"
    "  AND NOT EXISTS (SELECT 1 FROM withdrawals w WHERE w.target_id = o.id AND w.target_table = 'clinician_overrides')"
    "  ORDER BY o.rowid DESC LIMIT 1) AS in_force,"
    " f.facts"
    " FROM evaluations e JOIN patients p ON p.id = e.patient_id LEFT JOIN episodes ep ON ep.id = e.episode_id"
    " LEFT JOIN worklist_facts f ON f.evaluation_id = e.id"
    " WHERE e.rowid IN (SELECT max(e.rowid) FROM evaluations e WHERE NOT " + WITHDRAWN_EVALUATION + " GROUP BY e.patient_id)"
    " ORDER BY e.rowid"
)
_HISTORY = (
    "SELECT e.id, e.as_of, e.decision,"
    " (SELECT o.decision_taken FROM clinician_overrides o WHERE o.evaluation_id = e.id"
    "  AND NOT EXISTS (SELECT 1 FROM withdrawals w WHERE w.target_id = o.id AND w.target_table = 'clinician_overrides')"
    "  ORDER BY o.at DESC, o.id DESC LIMIT 1) AS decision_taken, "
    + WITHDRAWN_EVALUATION
    + " AS withdrawn FROM evaluations e WHERE e.patient_id = ?"
)


def _standing_from_facts(db: Reader, normal_anc_from: float) -> Iterator[tuple[Standing, Facts]]:
    for row in db.execute(_STANDING):
        evaluation_id, patient_id, patient_ref, as_of, decision, anc, severity, episode_id, status, in_force, stored = row
        facts = facts_from_json(stored) if stored is not None else facts_of(get_case(db, evaluation_id).recommendation)
        evaluated_at = MOMENT.validate_python(as_of)
        in_force = in_force or decision
        closed = status == "closed"
        if not closed and anc >= normal_anc_from and in_force != "withhold":
            history = (
                (past_id, MOMENT.validate_python(past_as_of), taken or past_decision, bool(withdrawn))
                for past_id, past_as_of, past_decision, taken, withdrawn in db.execute(_HISTORY, [patient_id])
            )
            closed = _resumed_before(evaluation_id, evaluated_at, history)
        yield (
            Standing(
                patient_ref=patient_ref, evaluation_id=evaluation_id, evaluated_at=evaluated_at, decision=in_force,
                recommended=decision, anc_cells_per_uL=anc, severity=severity, episode_id=episode_id, closed=closed,
            ),
            facts,
        )  # fmt: skip


def build_worklist(
    db: Reader,
    as_of: datetime,
    stale_count_hours: float,
    normal_anc_from: float,
    limit: int | None = None,
    reference: bool = False,
) -> tuple[list[WorklistRow], int]:
    """Every open item of every patient's latest standing evaluation at `as_of`, most urgent first, and how many.

    With `limit`, only that many of the most urgent rows are kept (the count is still of all): the
    window's view then holds a bounded list however many patients the log has. The worklist is drawn
    up from the stored facts; `reference` (or a log without them) loads each patient's whole record
    instead, the slow way the facts are checked against.
    """
    total = 0

    def every_row() -> Iterator[WorklistRow]:
        nonlocal total
        if reference or not has_facts(db):
            for evaluation_id in latest_standing_evaluations(db):
                for row in items_for(get_case(db, evaluation_id), as_of, stale_count_hours, normal_anc_from):
                    total += 1
                    yield row
            return
        for standing, facts in _standing_from_facts(db, normal_anc_from):
            for row in work_items(standing, facts, as_of, stale_count_hours):
                total += 1
                yield row

    if limit is None:
        rows = by_urgency(every_row())
    else:
        rows = heapq.nsmallest(limit, every_row(), key=urgency)
    return rows, total
