"""A case's monitoring schedule as an iCalendar file: one event per timed test, the patient reference only."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, UTC
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.caselog.whole import written_whole
from desktop_app.models import InputError, Recommendation, recommendation_zone

if TYPE_CHECKING:
    from desktop_app.services.renderers import Rendering

EVENT_LENGTH = timedelta(minutes=15)
PRODUCT_ID = "-//NeutroHold//Monitoring schedule//EN"


def _moment(moment: datetime, rec: Recommendation) -> datetime:
    """The due time with its recorded IANA zone (written with TZID), else in UTC."""
    zone = recommendation_zone(rec)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone or UTC)
    if rec.timezone and getattr(zone, "key", None):
        return moment.astimezone(zone)
    return moment.astimezone(UTC)


def schedule_calendar(patient_ref: str, rec: Recommendation) -> bytes:
    """The iCalendar text: each event carries the patient reference, the test and the due time, nothing else."""
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    stamp = rec.as_of.astimezone(UTC) if rec.as_of.tzinfo else rec.as_of.replace(tzinfo=UTC)
    for item in rec.monitoring:
        if item.due_at is None:
            continue
        start = _moment(item.due_at, rec)
        event = Event()
        key = f"{patient_ref}|{item.id}|{start.astimezone(UTC).isoformat()}"
        event.add("uid", hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + "@neutrohold.invalid")
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", start + EVENT_LENGTH)
        event.add("summary", f"{patient_ref}: {item.test}")
        calendar.add_component(event)
    if hasattr(calendar, "add_missing_timezones"):
        calendar.add_missing_timezones()
    return calendar.to_ical()


def _refuse_untimed(rec: Recommendation, field: str) -> None:
    if not any(item.due_at is not None for item in rec.monitoring):
        raise InputError(field, "this recommendation has no timed test to put in a calendar")


def render_schedule(rendering: Rendering) -> bytes:
    """The `ics` renderer; InputError for a recommendation with no timed test."""
    _refuse_untimed(rendering.recommendation, "ics")
    return schedule_calendar(rendering.case.patient_ref, rendering.recommendation)


def write_calendar(patient_ref: str, rec: Recommendation, out: Path) -> int:
    """Write the schedule to the new file `out` (0600, whole or absent); the number of events."""
    _refuse_untimed(rec, str(out))
    data = schedule_calendar(patient_ref, rec)
    with written_whole(Path(out), "wb") as handle:
        handle.write(data)
    return data.count(b"BEGIN:VEVENT")
