"""One formatter per style of number and date, for every language (Babel's CLDR data, never hand tables).

English output is exactly what the app always printed; another language gets its own local form
(for example "miércoles, 25 de noviembre de 2026", "0,41"). Nothing here reads the process locale,
so a German workstation never writes German into an English handout.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_datetime, format_skeleton, format_time
from babel.numbers import format_decimal

SOURCE_LANGUAGE = "en"

DateStyle = Literal["clinic_moment", "chart_day", "chart_moment", "patient_date", "short_moment", "file_stamp"]

# The English patterns of today's printouts, screens and lists (CLDR pattern syntax).
_ENGLISH = {
    "clinic_moment": "yyyy-MM-dd HH:mm",  # 2026-11-25 21:15: summaries, lists, warnings
    "chart_day": "d MMM",  # 24 Nov (5 Nov): the axis of the printed ANC chart
    "chart_moment": "dd MMM HH:mm",  # 24 Nov 09:30: the chart's spoken description
    "patient_date": "EEEE d MMMM y",  # Wednesday 25 November 2026: the handout
    "short_moment": "EEE yyyy-MM-dd HH:mm",  # Wed 2026-11-25 21:15: the panel's earliest restart
    "file_stamp": "yyyyMMdd-HHmm",  # 20261124-1200: names of saved files (never localised)
}
# Other languages: CLDR skeletons, so each language orders and spells them its own way.
_SKELETONS = {"chart_day": "MMMd", "chart_moment": "MMMd", "short_moment": "yMMMEd"}
_WITH_TIME = frozenset({"chart_moment", "short_moment"})


def locale(language: str) -> Locale:
    """The Babel locale of a language code ("en", "es", "pt_BR"); an unknown code is a ValueError."""
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError) as exc:
        raise ValueError(f"{language!r} is not a known language code") from exc


def moment_text(moment: datetime | date | None, style: DateStyle = "clinic_moment", language: str = SOURCE_LANGUAGE) -> str:
    """A moment in one of the app's styles and a language; None is written "-" (nothing recorded)."""
    if moment is None:
        return "-"
    if style == "clinic_moment" and isinstance(moment, datetime):
        # Every language writes it the same, all digits (lists of thousands of rows call this): no CLDR lookup.
        return f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d} {moment.hour:02d}:{moment.minute:02d}"
    if language == SOURCE_LANGUAGE or style in ("clinic_moment", "file_stamp"):
        pattern = _ENGLISH[style]
        if isinstance(moment, datetime):
            return format_datetime(moment, pattern, tzinfo=moment.tzinfo, locale="en")
        return format_date(moment, pattern, locale="en")
    where = locale(language)
    if style == "patient_date":
        return format_date(moment, "full", locale=where)
    if not isinstance(moment, datetime):
        moment = datetime(moment.year, moment.month, moment.day)
    day = format_skeleton(_SKELETONS[style], moment, tzinfo=moment.tzinfo, locale=where)
    if style in _WITH_TIME:
        return f"{day} {format_time(moment, 'HH:mm', tzinfo=moment.tzinfo, locale=where)}"
    return day


def number(value: float, language: str = SOURCE_LANGUAGE, decimals: int | None = None) -> str:
    """A number as written everywhere: 500.0 -> 500, 38.5 -> 38.5, 0.41 -> 0.41 (es: 0,41).

    `decimals` fixes the digits after the point (a temperature: 38.0).
    """
    if language == SOURCE_LANGUAGE:
        if decimals is not None:
            return f"{value:.{decimals}f}"
        return str(int(value)) if float(value).is_integer() else f"{value:g}"
    pattern = "0." + "0" * decimals if decimals else ("0" if float(value).is_integer() else "0.######")
    return format_decimal(value, format=pattern, locale=locale(language))
