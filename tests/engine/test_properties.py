"""Properties that must hold for every valid case, checked with Hypothesis."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.services.evaluation import evaluate
from desktop_app.models import InputError, parse_case

AS_OF = datetime(2026, 11, 24, 12, 0)
UNITS = ("cells/uL", "cells/mm3", "10^9/L", "10^3/uL")
PROFILE = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

moments = st.integers(min_value=0, max_value=24 * 30).map(lambda h: (AS_OF - timedelta(hours=h)).isoformat())
anc_readings = st.builds(
    lambda value, unit, at: {"value": value, "unit": unit, "taken_at": at},
    st.floats(min_value=0, max_value=9_000, allow_nan=False),
    st.sampled_from(UNITS),
    moments,
)
cbc_readings = st.builds(
    lambda wbc, neut, band, at: {"wbc": wbc, "wbc_unit": "10^9/L", "neutrophil_pct": neut, "band_pct": band, "taken_at": at},
    st.floats(min_value=0, max_value=80, allow_nan=False),
    st.floats(min_value=0, max_value=90, allow_nan=False),
    st.floats(min_value=0, max_value=10, allow_nan=False),
    moments,
)


@st.composite
def cases(draw: st.DrawFn) -> dict:
    data = {
        "patient_ref": draw(st.text(st.characters(categories=("L", "N")), min_size=1, max_size=20)),
        "anakinra": draw(st.sampled_from(("active", "held"))),
        "anc": draw(st.lists(anc_readings, max_size=4)),
        "cbc": draw(st.lists(cbc_readings, max_size=2)),
        "last_fever_at": draw(st.none() | moments),
        "temperatures": draw(
            st.lists(st.builds(lambda c, at: {"celsius": c, "taken_at": at}, st.floats(35, 41), moments), max_size=3)
        ),
        "urti": draw(st.sampled_from(("active", "resolved", "none", None))),
        "infection_signs": draw(st.sampled_from((True, False, None))),
        "lower_respiratory_signs": draw(st.booleans()),
        "expected_neutropenia_days": draw(st.none() | st.floats(0, 60)),
        "age_years": draw(st.none() | st.integers(0, 120)),
        "immunosuppressants": draw(st.lists(st.sampled_from(("methotrexate", "prednisolone")), max_size=2)),
        "prior_neutropenia": draw(st.booleans()),
        "hematologic_disorder": draw(st.booleans()),
    }
    if not data["anc"] and not data["cbc"]:
        data["anc"] = [draw(anc_readings)]
    return data


@PROFILE
@given(cases())
def test_every_valid_case_gets_a_decision_and_same_bytes_twice(pack, data):
    first = evaluate(parse_case(data), pack, AS_OF)
    second = evaluate(parse_case(json.loads(json.dumps(data))), pack, AS_OF)
    assert first.decision in ("withhold", "resume", "continue")
    assert json.dumps(first.model_dump(mode="json")) == json.dumps(second.model_dump(mode="json"))
    assert len(first.criteria) == 4 and len(first.pitfalls) == 4


@PROFILE
@given(cases(), st.integers(min_value=1, max_value=5000))
def test_a_higher_count_never_turns_resume_into_withhold(pack, data, extra):
    data = {**data, "cbc": [], "anc": [{"value": 600, "unit": "cells/uL", "taken_at": AS_OF.isoformat()}]}
    lower = evaluate(parse_case(data), pack, AS_OF)
    data["anc"][0]["value"] += extra
    higher = evaluate(parse_case(data), pack, AS_OF)
    if lower.decision == "resume":
        assert higher.decision == "resume"
    if lower.decision == "continue":
        assert higher.decision == "continue"


@PROFILE
@given(cases(), st.integers(min_value=0, max_value=5000))
def test_withhold_is_never_lifted_by_a_lower_count(pack, data, lower_by):
    data = {**data, "cbc": [], "anc": [{"value": 5200, "unit": "cells/uL", "taken_at": AS_OF.isoformat()}]}
    high = evaluate(parse_case(data), pack, AS_OF)
    data["anc"][0]["value"] -= lower_by
    low = evaluate(parse_case(data), pack, AS_OF)
    if high.decision == "withhold":
        assert low.decision == "withhold"


BAD_VALUES = {
    "anc": st.sampled_from([-1, -0.001, 10_000_000, "many", None, float("inf")]).map(
        lambda v: [{"value": v, "unit": "cells/uL", "taken_at": AS_OF.isoformat()}]
    ),
    "age_years": st.sampled_from([-1, 121, 3.5, "old"]),
    "urti": st.sampled_from(["maybe", "", 1]),
    "anakinra": st.sampled_from(["paused", None, ""]),
    "infection_signs": st.sampled_from(["perhaps", 2]),
    "patient_ref": st.sampled_from(["", " ", "x" * 65, "a\nb", 12]),
    "expected_neutropenia_days": st.sampled_from([-1, 400, "soon"]),
    "notes": st.just("n" * 4001),
    "cbc": st.sampled_from(
        [
            [{"wbc": 2, "neutrophil_pct": 101, "taken_at": AS_OF.isoformat()}],
            [{"wbc": 2, "neutrophil_pct": 60, "band_pct": 50, "taken_at": AS_OF.isoformat()}],
        ]
    ),
}


@PROFILE
@given(cases(), st.sampled_from(sorted(BAD_VALUES)).flatmap(lambda k: st.tuples(st.just(k), BAD_VALUES[k])))
def test_invalid_values_raise_input_error_naming_the_field(data, bad):
    key, value = bad
    data = {**data, key: value}
    with pytest.raises(InputError) as caught:
        parse_case(data)
    assert caught.value.field.split("[")[0].split(".")[0] == key
