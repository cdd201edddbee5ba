"""A recommendation evaluated again in its recorded zone is the same, whatever the zone's spelling.

Workstations whose /etc/localtime is Etc/UTC (most servers, many clinic images) record "Etc/UTC";
replay and the import re-check read the zone back by that name and must not turn it into "UTC",
or every such case would be reported as altered.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from desktop_app.services.evaluation import evaluate
from desktop_app.models import parse_case, zone_from_name, zone_name

AS_OF = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize("key", ["Etc/UTC", "UTC", "Europe/Berlin", "America/New_York", "Etc/GMT+5"])
def test_recorded_zone_reads_back_as_the_same_name(key):
    zone = ZoneInfo(key) if key != "UTC" else UTC
    assert zone_name(zone_from_name(zone_name(zone))) == zone_name(zone)


@pytest.mark.parametrize("key", ["Etc/UTC", "Europe/Berlin"])
def test_evaluation_again_in_its_recorded_zone_is_identical(pack, key):
    case = parse_case(
        {
            "patient_ref": "ZONE-1",
            "age_years": 50,
            "anakinra": "active",
            "anc": [{"value": 900, "unit": "cells/uL", "taken_at": "2026-11-24T07:30:00"}],
            "urti": "active",
            "last_fever_at": None,
        }
    )
    first = evaluate(case, pack, AS_OF, ZoneInfo(key))
    again = evaluate(case, pack, AS_OF, zone_from_name(first.timezone))
    assert first.timezone == key
    assert again.model_dump(mode="json") == first.model_dump(mode="json")
