"""How printouts write moments, counts and pack wording, the same on every workstation."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from desktop_app.knowledge.pack import Thresholds
from desktop_app.models import Recommendation, number_text

# Spelled out here, not with strftime, because Qt sets the C locale from the environment and a
# German workstation would otherwise print "Mittwoch" in an English handout.
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def clinic_time(moment: datetime | None) -> str:
    """A moment as clinicians read it on the summary: 2026-11-25 21:15 (the engine's style)."""
    if moment is None:
        return "-"
    return f"{moment:%Y-%m-%d %H:%M}"


def clinic_day(moment: datetime) -> str:
    """Short day label for chart axes: 24 Nov."""
    return f"{moment.day} {MONTH_NAMES[moment.month - 1][:3]}"


def patient_date(moment: datetime) -> str:
    """A date as a patient reads it: Wednesday 25 November 2026."""
    return f"{DAY_NAMES[moment.weekday()]} {moment.day} {MONTH_NAMES[moment.month - 1]} {moment.year}"


# Thresholds written the way the engine writes them: one formatter for the app (models.number_text).
number = number_text


def thresholds_in_force(rec: Recommendation) -> dict[str, float]:
    """The thresholds the engine read for this recommendation, taken from its trace.

    The trace is kept with every logged case, so a reprint shows the values that were in force at
    evaluation (site overrides included), even if the installed pack has changed since.
    """
    found: dict[str, float] = {}
    for entry in rec.trace:
        for name, value in entry.inputs.items():
            if name in Thresholds.model_fields:
                found[name] = value
    return found


def pack_words(rec: Recommendation) -> dict[str, str]:
    """Threshold names as pack wording uses them: {resume_anc_above} -> "500", {fever_celsius} -> "38.0"."""
    in_force = thresholds_in_force(rec)
    words = {name: number(value) for name, value in in_force.items()}
    if "fever_celsius" in in_force:
        words["fever_celsius"] = f"{in_force['fever_celsius']:.1f}"
    return words


def fill(template: str | None, words: Mapping[str, str]) -> str:
    """Pack wording with its {placeholders} filled in; an absent wording gives an empty string."""
    return template.format_map(words) if template else ""
