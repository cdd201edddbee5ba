"""The worklist's facts of an evaluation: what the follow-up worklist needs of its recommendation.

Kept beside each evaluation (table worklist_facts, schema m009) and written with it, so the worklist
is drawn up without reading every recommendation (caselog/worklist.py); `log verify` recomputes each
from its recommendation (caselog/audit.py). Below the schema: the migration that backfills them uses it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING, Any

from pydantic import TypeAdapter

from desktop_app.models import Recommendation, recommendation_zone, recorded_zone

if TYPE_CHECKING:
    from desktop_app.caselog.base import Reader


def instant(moment: datetime, zone: object) -> datetime:
    """A recorded moment as a real instant; a naive one (older logs) is wall-clock time of its zone."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone if zone is not None else UTC)  # type: ignore[arg-type]
    return moment.astimezone(UTC)


MOMENT: TypeAdapter[datetime] = TypeAdapter(datetime)


@dataclass(frozen=True)
class Facts:
    """What the worklist needs of one recommendation: its zone, timed monitoring, earliest restart, latest count.

    Stored beside each evaluation (table worklist_facts, schema m009) so the worklist is drawn up
    without reading every recommendation; the same facts are taken from a loaded record by the
    reference path, and a test holds the two to identical worklists.
    """

    timezone: str | None
    as_of: datetime
    monitoring: tuple[tuple[str, str, datetime], ...]  # (id, test, due_at) of the items that have a due time
    earliest_resume_at: datetime | None
    latest_count: datetime | None

    @property
    def zone(self) -> tzinfo | None:
        """The clinic zone of the recommendation (as models.recommendation_zone)."""
        return recorded_zone(self.timezone, self.as_of)


def _latest_count(counted: Iterable[datetime], zone: object) -> datetime | None:
    moments = list(counted)
    return max(moments, key=lambda moment: instant(moment, zone)) if moments else None


def facts_of(rec: Recommendation) -> Facts:
    """The worklist facts of a loaded recommendation."""
    zone = recommendation_zone(rec)
    return Facts(
        timezone=rec.timezone,
        as_of=rec.as_of,
        monitoring=tuple((item.id, item.test, item.due_at) for item in rec.monitoring if item.due_at is not None),
        earliest_resume_at=rec.earliest_resume_at,
        latest_count=_latest_count((point.taken_at for point in rec.anc_series), zone),
    )


def facts_json(recommendation: Mapping[str, Any]) -> str:
    """The stored form of the facts, taken from a recommendation document (its JSON, parsed) as written:
    moments are kept as the document spells them, so reading them back gives what the document gives.
    Short keys (tz, at, due, resume, count): one row per evaluation, so every byte counts a hundred thousand times."""
    timezone, as_of = recommendation.get("timezone"), recommendation["as_of"]
    zone = recorded_zone(timezone, MOMENT.validate_python(as_of))
    counted = {
        str(point["taken_at"]): MOMENT.validate_python(point["taken_at"]) for point in recommendation.get("anc_series", ())
    }
    latest = _latest_count(counted.values(), zone)
    spelled = next((text for text, moment in counted.items() if moment is latest), None)
    return json.dumps(
        {
            "tz": timezone,
            "at": as_of,
            "due": [
                [item["id"], item["test"], item["due_at"]]
                for item in recommendation.get("monitoring", ())
                if item.get("due_at") is not None
            ],
            "resume": recommendation.get("earliest_resume_at"),
            "count": spelled,
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def facts_rows(db: Reader, rows: Iterable[Mapping[str, Any]]) -> list[tuple[str, str]]:
    """(evaluation id, stored facts) of evaluations rows, their recommendation as text or as stored.

    A recommendation that cannot be read (altered outside NeutroHold) gets none: the worklist then
    loads that record, which reports it as it always has, and `log verify` names it.
    """
    from desktop_app.caselog.records import DocumentUnreadable, document_text

    found = []
    for row in rows:
        try:
            found.append((row["id"], facts_json(json.loads(document_text(db, row["recommendation_json"])))))
        except (DocumentUnreadable, ValueError, KeyError, TypeError, RecursionError):
            continue
    return found


def facts_from_json(text: str) -> Facts:
    data = json.loads(text)

    def moment(value: str | None) -> datetime | None:
        return None if value is None else MOMENT.validate_python(value)

    return Facts(
        timezone=data["tz"],
        as_of=MOMENT.validate_python(data["at"]),
        monitoring=tuple((item_id, test, MOMENT.validate_python(due)) for item_id, test, due in data["due"]),
        earliest_resume_at=moment(data["resume"]),
        latest_count=moment(data["count"]),
    )


def has_facts(db: Reader) -> bool:
    """Whether this log keeps worklist facts (schema m009); an older one, read before its upgrade, does not."""
    return db.execute("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'worklist_facts'").fetchone() is not None
