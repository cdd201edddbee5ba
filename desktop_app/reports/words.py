"""How printouts write moments, counts and pack wording, the same on every workstation."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from desktop_app.knowledge.pack import Thresholds
from desktop_app.models import Recommendation, number_text
from desktop_app.wording import Renderer
from desktop_app.wording import formats
from desktop_app.wording.formats import moment_text

if TYPE_CHECKING:
    from desktop_app.reports.context import PrintContext

# Through wording.formats (Babel's CLDR data), never strftime: Qt sets the C locale from the
# environment, and a German workstation would otherwise print "Mittwoch" in an English handout.


def clinic_time(moment: datetime | None, language: str = "en") -> str:
    """A moment as clinicians read it on the summary: 2026-11-25 21:15 (the engine's style)."""
    return moment_text(moment, "clinic_moment", language)


def clinic_day(moment: datetime, language: str = "en") -> str:
    """Short day label for chart axes: 24 Nov."""
    return moment_text(moment, "chart_day", language)


def patient_date(moment: datetime, language: str = "en") -> str:
    """A date as a patient reads it: Wednesday 25 November 2026 (es: miércoles, 25 de noviembre de 2026)."""
    return moment_text(moment, "patient_date", language)


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


def pack_words(rec: Recommendation, language: str = "en") -> dict[str, str]:
    """Threshold names as pack wording uses them: {resume_anc_above} -> "500", {fever_celsius} -> "38.0"
    (es: "38,0"), and the drug's name."""
    in_force = thresholds_in_force(rec)
    words = {name: formats.number(value, language) for name, value in in_force.items()}
    if "fever_celsius" in in_force:
        words["fever_celsius"] = formats.number(in_force["fever_celsius"], language, decimals=1)
    return words


def renderer_for(context: PrintContext | None, rec: Recommendation, language: str | None = None) -> Renderer:
    """The wording a printout is written with, in its language (the context's, else English): the print
    context's pack, else the installed pack the recommendation names (a reprint of a case logged with a
    pack no longer installed: the default one). A language the pack has no wording in is an InputError."""
    from desktop_app.models import InputError

    chosen = language or (context.language if context is not None else formats.SOURCE_LANGUAGE)
    try:
        if context is not None and context.pack is not None:
            return Renderer(context.pack, chosen)
        return installed_renderer(rec.pack.id, chosen)
    except ValueError as exc:
        raise InputError("language", str(exc).removeprefix("language: ")) from None


def in_language(rec: Recommendation, words: Renderer) -> Recommendation:
    """The recommendation with its texts in the printout's language, rendered again from its messages.

    An evaluation logged before messages were kept (no `*_wording`) can only be printed in the language
    it was written in: anything else is an InputError, never a printout half in another language.
    """
    from desktop_app.models import InputError
    from desktop_app.wording.render import render_recommendation

    if rec.language == words.language:
        return rec
    if rec.headline_wording is None:
        raise InputError(
            "language", f"this evaluation was recorded before translations were kept; it can be printed in {rec.language} only"
        )
    return render_recommendation(rec, words)


@lru_cache(maxsize=8)
def installed_renderer(pack_id: str, language: str = "en") -> Renderer:
    from desktop_app.knowledge import PackError, installed_pack, load_pack_dir

    try:
        pack = load_pack_dir(installed_pack(pack_id))
    except PackError:
        pack = load_pack_dir(installed_pack())
    return Renderer(pack, language)


def fill(template: str | None, words: Mapping[str, str]) -> str:
    """Pack wording with its {placeholders} filled in; an absent wording gives an empty string."""
    return template.format_map(words) if template else ""
