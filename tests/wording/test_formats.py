"""One formatter per style: English exactly as the app always wrote it, other languages the local way."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop_app.wording.formats import moment_text, number

LEGACY = {  # the strftime copies the styles replace
    "clinic_moment": "%Y-%m-%d %H:%M",
    "chart_moment": "%d %b %H:%M",
    "short_moment": "%a %Y-%m-%d %H:%M",
    "file_stamp": "%Y%m%d-%H%M",
}


@pytest.mark.parametrize("zone", [None, "Europe/Berlin", "America/New_York", "Australia/Lord_Howe"])
def test_english_is_byte_identical_to_what_the_app_wrote(zone: str | None) -> None:
    start = datetime(2026, 1, 1, 0, 5, tzinfo=ZoneInfo(zone) if zone else None)
    for step in range(0, 400):
        moment = start + timedelta(days=step, hours=step % 24, minutes=step % 60)
        for style, pattern in LEGACY.items():
            assert moment_text(moment, style) == moment.strftime(pattern)  # type: ignore[arg-type]
        month = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")[moment.month - 1]
        assert moment_text(moment, "chart_day") == f"{moment.day} {month}"
        assert moment_text(moment, "patient_date") == f"{moment:%A} {moment.day} {moment:%B} {moment.year}"
    assert moment_text(None) == "-"


def test_other_languages_write_dates_and_numbers_their_own_way() -> None:
    moment = datetime(2026, 11, 24, 9, 30)
    assert moment_text(moment, "patient_date", "es") == "martes, 24 de noviembre de 2026"
    assert moment_text(moment, "patient_date", "de") == "Dienstag, 24. November 2026"
    assert moment_text(moment, "patient_date", "fr") == "mardi 24 novembre 2026"
    assert moment_text(moment, "clinic_moment", "de") == "2026-11-24 09:30"  # unambiguous in every language
    assert number(0.41, "es") == "0,41" and number(0.41) == "0.41"
    assert number(38.0, "fr", decimals=1) == "38,0" and number(38.0, decimals=1) == "38.0"
    assert number(500.0) == "500" and number(500.0, "de") == "500"
    with pytest.raises(ValueError, match="not a known language"):
        number(1.5, "xx-nowhere")
