"""Strict input, forgiving spelling: what a case file may and may not say (issue 10, item 6)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.services.evaluation import evaluate
from desktop_app.models import CAUTION, InputError, loads_case_json, parse_case
from desktop_app.units import canonical_count_unit

AS_OF = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
GOOD: dict[str, Any] = {
    "patient_ref": "STRICT-1",
    "anakinra": "active",
    "indication": "rheumatoid_arthritis",
    "anc": [{"value": 2400, "unit": "cells/uL", "taken_at": "2026-11-24T08:00"}],
    "urti": "none",
    "infection_signs": False,
    "last_fever_at": None,
}


@pytest.mark.parametrize(
    ("spelling", "canonical"),
    [
        ("cells/uL", "cells/uL"),
        ("cells/µL", "cells/uL"),  # micro sign
        ("cells/μL", "cells/uL"),  # Greek mu
        ("/uL", "cells/uL"),
        ("/µL", "cells/uL"),
        ("/mm3", "cells/mm3"),
        ("cells/mm3", "cells/mm3"),
        ("10^9/L", "10^9/L"),
        ("x10^9/L", "10^9/L"),
        ("×10^9/L", "10^9/L"),
        ("10*9/L", "10^9/L"),
        ("G/L", "10^9/L"),
        ("10^3/uL", "10^3/uL"),
        ("10^3/µL", "10^3/uL"),
        ("K/uL", "10^3/uL"),
        ("10*3/uL", "10^3/uL"),
    ],
)
def test_lab_spellings_of_units_are_accepted_and_normalised(spelling: str, canonical: str) -> None:
    assert canonical_count_unit(spelling) == canonical
    data = {
        **GOOD,
        "anc": [{"value": 2.4 if canonical in ("10^9/L", "10^3/uL") else 2400, "unit": spelling, "taken_at": "2026-11-24T08:00"}],
    }
    case = parse_case(data)
    assert case.anc[0].unit == canonical
    assert evaluate(case, _pack(), AS_OF).anc_cells_per_uL == 2400


@pytest.mark.parametrize("spelling", ["g/L", "mmol/L", "cells", "10^6/L", "", "uL/cells"])
def test_unknown_or_ambiguous_units_are_refused_naming_the_field(spelling: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_case({**GOOD, "anc": [{"value": 2.4, "unit": spelling, "taken_at": "2026-11-24T08:00"}]})
    assert caught.value.field == "anc[0].unit"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"infection_signs": "no"}, "infection_signs"),
        ({"infection_signs": 0}, "infection_signs"),
        ({"lower_respiratory_signs": "false"}, "lower_respiratory_signs"),
        ({"age_years": True}, "age_years"),
        ({"age_years": "70"}, "age_years"),
        ({"expected_neutropenia_days": False}, "expected_neutropenia_days"),
        ({"creatinine_clearance_ml_min": True}, "creatinine_clearance_ml_min"),
        ({"creatinine_clearance_ml_min": 300}, "creatinine_clearance_ml_min"),
        ({"units_confirmed": "yes"}, "units_confirmed"),
        ({"anc": [{"value": True, "unit": "cells/uL", "taken_at": "2026-11-24T08:00"}]}, "anc[0].value"),
        ({"anc": [{"value": "2400", "unit": "cells/uL", "taken_at": "2026-11-24T08:00"}]}, "anc[0].value"),
        ({"anc": [{"value": 2400, "unit": "cells/uL", "taken_at": 1764000000}]}, "anc[0].taken_at"),
        ({"anc": [{"value": 2400, "unit": "cells/uL", "taken_at": "1764000000"}]}, "anc[0].taken_at"),
        ({"anc": [{"value": 2400, "unit": "cells/uL", "taken_at": "2026-11-24"}]}, "anc[0].taken_at"),
        ({"last_fever_at": 1764000000}, "last_fever_at"),
        ({"indication": "covid"}, "indication"),
        ({"timezone": "Mars/Olympus_Mons"}, "timezone"),
        ({"patient_ref": 12345}, "patient_ref"),
    ],
)
def test_no_lax_coercion(change: dict[str, Any], field: str) -> None:
    with pytest.raises(InputError) as caught:
        case = parse_case({**GOOD, **change})
        evaluate(case, _pack(), AS_OF)
    assert caught.value.field == field


def test_a_key_given_twice_is_refused_naming_it() -> None:
    text = '{"patient_ref": "X", "anakinra": "active", "anakinra": "held", "anc": []}'
    with pytest.raises(InputError) as caught:
        loads_case_json(text)
    assert caught.value.field == "anakinra"


def test_a_byte_order_mark_is_accepted() -> None:
    assert loads_case_json("\ufeff" + json.dumps(GOOD))["patient_ref"] == "STRICT-1"


@pytest.mark.parametrize(
    ("wall", "message"),
    [("2026-03-29T02:30", "does not exist"), ("2026-10-25T02:30", "happens twice")],
)
def test_a_wall_clock_time_the_zone_skips_or_repeats_asks_for_an_offset(wall: str, message: str) -> None:
    data = {**GOOD, "timezone": "Europe/Berlin", "anc": [{"value": 2400, "unit": "cells/uL", "taken_at": wall}]}
    with pytest.raises(InputError, match=message) as caught:
        evaluate(parse_case(data), _pack(), datetime(2026, 11, 1, 12, tzinfo=UTC))
    assert caught.value.field == "anc[0].taken_at"
    # With its offset the same moment is fine.
    data["anc"][0]["taken_at"] = wall + "+01:00"
    assert evaluate(parse_case(data), _pack(), datetime(2026, 11, 1, 12, tzinfo=UTC)).timezone == "Europe/Berlin"


def test_output_times_carry_their_offset() -> None:
    data = {**GOOD, "timezone": "Europe/Berlin", "anakinra": "held", "last_fever_at": "2026-11-23T20:00"}
    rec = evaluate(parse_case(data), _pack(), datetime(2026, 11, 24, 12))
    out = rec.model_dump(mode="json")
    assert out["as_of"] == "2026-11-24T12:00:00+01:00"
    assert out["earliest_resume_at"] == "2026-11-25T20:00:00+01:00"


def test_an_unknown_fever_history_is_not_no_fever() -> None:
    held = {k: v for k, v in GOOD.items() if k != "last_fever_at"} | {"anakinra": "held"}
    rec = evaluate(parse_case(held), _pack(), AS_OF)
    afebrile = next(c for c in rec.criteria if c.id == "afebrile_48h")
    assert afebrile.met is None and rec.decision == "withhold"
    # ... and a logged case keeps the difference through a round trip.
    again = parse_case(json.loads(parse_case(held).model_dump_json()))
    assert "last_fever_at" not in again.model_fields_set
    explicit = parse_case(json.loads(parse_case({**held, "last_fever_at": None}).model_dump_json()))
    assert evaluate(explicit, _pack(), AS_OF).decision == "resume"


def _pack() -> Any:
    from desktop_app.knowledge import installed_pack, load_pack_dir

    global _PACK
    try:
        return _PACK
    except NameError:
        _PACK = load_pack_dir(installed_pack())
        return _PACK


counts = st.one_of(
    st.tuples(st.floats(0, 30, allow_nan=False), st.just("cells/uL")),
    st.tuples(st.floats(0, 6000, allow_nan=False), st.sampled_from(["cells/uL", "cells/mm3"])),
    st.tuples(st.floats(0, 5000, allow_nan=False), st.sampled_from(["10^9/L", "10^3/uL"])),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    count=counts,
    drug=st.sampled_from(["active", "held"]),
    urti=st.sampled_from(["active", "resolved", "none", None]),
    infection=st.sampled_from([True, False, None]),
    fever_hours=st.one_of(st.none(), st.floats(0, 200)),
)
def test_provisional_is_never_less_cautious_than_the_entered_reading(count, drug, urti, infection, fever_hours) -> None:
    value, unit = count
    data = {
        "patient_ref": "PROP",
        "anakinra": drug,
        "indication": "rheumatoid_arthritis",
        "anc": [{"value": value, "unit": unit, "taken_at": (AS_OF - timedelta(hours=1)).isoformat()}],
        "urti": urti,
        "infection_signs": infection,
        "last_fever_at": None if fever_hours is None else (AS_OF - timedelta(hours=fever_hours)).isoformat(),
    }
    rec = evaluate(parse_case(data), _pack(), AS_OF)
    confirmed = evaluate(parse_case({**data, "units_confirmed": True}), _pack(), AS_OF)
    assert confirmed.provisional is False
    if rec.provisional:
        assert CAUTION[rec.decision] >= CAUTION[confirmed.decision]
        assert any(w.id == "unit_slip" for w in rec.warnings)
    else:
        assert rec.decision == confirmed.decision


def test_cli_refuses_a_duplicate_key_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "dup.json"
    path.write_text(
        '{"patient_ref": "X", "anakinra": "active", "anakinra": "held", "anc": [{"value": 1, "unit": "10^9/L", "taken_at": "2026-11-24T08:00"}]}'
    )
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "evaluate", str(path), "--as-of", "2026-11-24T12:00"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "anakinra" in done.stderr and "twice" in done.stderr
