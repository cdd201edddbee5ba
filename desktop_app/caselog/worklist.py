"""The follow-up worklist: what each patient's latest standing evaluation says is due, overdue or stale."""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta, UTC
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field

from desktop_app.caselog.queries import get_case, latest_standing_evaluations
from desktop_app.caselog.records import CaseRecord
from desktop_app.models import Decision, Severity, recommendation_zone

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


def _instant(moment: datetime, zone: object) -> datetime:
    """A recorded moment as a real instant; a naive one (older logs) is wall-clock time of its zone."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone if zone is not None else UTC)  # type: ignore[arg-type]
    return moment.astimezone(UTC)


def _in_force(record: CaseRecord) -> Decision:
    override = record.clinician_override
    return override.decision_taken if override is not None else record.row.decision


def _closed(record: CaseRecord, normal_anc_from: float) -> bool:
    """The episode is over: the clinician closed it, or a count came back normal after restarting."""
    if record.episode is not None and record.episode.status == "closed":
        return True
    if record.row.anc_cells_per_uL < normal_anc_from or _in_force(record) == "withhold":
        return False
    latest = record.row
    return any(
        past.id != latest.id
        and not past.withdrawn
        and (past.decision_taken or past.decision) == "resume"
        and past.as_of <= latest.as_of
        for past in record.history
    )


def items_for(record: CaseRecord, as_of: datetime, stale_count_hours: float, normal_anc_from: float) -> list[WorklistRow]:
    """The worklist rows one evaluation gives at `as_of` (an aware instant)."""
    if record.withdrawal is not None or _closed(record, normal_anc_from):
        return []
    rec = record.recommendation
    zone = recommendation_zone(rec)
    decision = _in_force(record)
    now = as_of.astimezone(UTC)
    found: list[tuple[WorkItem, str | None, str, datetime]] = []
    for monitoring in rec.monitoring:
        if monitoring.due_at is None:
            continue
        due = _instant(monitoring.due_at, zone)
        if due < now:
            found.append(("cbc_overdue", monitoring.id, monitoring.test, monitoring.due_at))
        elif due <= now + DUE_WINDOW:
            found.append(("cbc_due", monitoring.id, monitoring.test, monitoring.due_at))
    if decision == "withhold":
        if rec.earliest_resume_at is not None and _instant(rec.earliest_resume_at, zone) <= now:
            found.append(("review_resume", None, "Re-evaluate: resume criteria may be met", rec.earliest_resume_at))
        counted = [point.taken_at for point in rec.anc_series]
        if counted:
            latest_count = max(counted, key=lambda moment: _instant(moment, zone))
            stale_at = latest_count + timedelta(hours=stale_count_hours)
            if _instant(stale_at, zone) < now:
                found.append(("stale_count", None, "CBC with differential (latest count out of date)", stale_at))
    rows = []
    for item, monitoring_id, test, due_at in found:
        shown_due = due_at if due_at.tzinfo is not None or zone is None else due_at.replace(tzinfo=zone)
        late = now - _instant(due_at, zone)
        rows.append(
            WorklistRow(
                patient_ref=record.row.patient_ref, item=item, monitoring_id=monitoring_id, test=test, due_at=shown_due,
                overdue_minutes=int(late.total_seconds() // 60), decision=decision, recommended_decision=record.row.decision,
                anc_cells_per_uL=record.row.anc_cells_per_uL, severity=record.row.severity, evaluation_id=record.row.id,
                evaluated_at=record.row.as_of, episode_id=record.episode.id if record.episode else None,
            )
        )  # fmt: skip
    return rows


def urgency(row: WorklistRow) -> tuple[int, int, str, str]:
    """Most urgent kind first; within a kind, the longest overdue first, then by patient."""
    return (URGENCY[row.item], -row.overdue_minutes, row.patient_ref, row.monitoring_id or "")


def by_urgency(rows: Iterable[WorklistRow]) -> list[WorklistRow]:
    return sorted(rows, key=urgency)


def build_worklist(
    db: Reader, as_of: datetime, stale_count_hours: float, normal_anc_from: float, limit: int | None = None
) -> tuple[list[WorklistRow], int]:
    """Every open item of every patient's latest standing evaluation at `as_of`, most urgent first, and how many.

    With `limit`, only that many of the most urgent rows are kept (the count is still of all): the
    window's view then holds a bounded list however many patients the log has.
    """
    total = 0

    def every_row() -> Iterator[WorklistRow]:
        nonlocal total
        for evaluation_id in latest_standing_evaluations(db):
            for row in items_for(get_case(db, evaluation_id), as_of, stale_count_hours, normal_anc_from):
                total += 1
                yield row

    if limit is None:
        rows = by_urgency(every_row())
    else:
        rows = heapq.nsmallest(limit, every_row(), key=urgency)
    return rows, total
