"""Clinical vignettes: one case in, the decision and key facts a clinician would expect out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from desktop_app.services.evaluation import evaluate
from desktop_app.knowledge import apply_overrides
from desktop_app.models import parse_case

AS_OF = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def ago(hours: float) -> str:
    return (AS_OF - timedelta(hours=hours)).isoformat()


def anc(value: float, unit: str = "cells/uL", hours_ago: float = 2) -> dict[str, Any]:
    return {"value": value, "unit": unit, "taken_at": ago(hours_ago)}


def case(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "patient_ref": "VIG",
        "anakinra": "active",
        "urti": "none",
        "infection_signs": False,
        "indication": "rheumatoid_arthritis",
        "last_fever_at": None,
    }
    if "anc" not in fields and "cbc" not in fields:
        base["anc"] = [anc(2500)]
    base.update(fields)
    return base


@dataclass
class Vignette:
    name: str
    data: dict[str, Any]
    decision: str
    severity: str | None = None
    anc: int | None = None
    criteria: dict[str, bool | None] = field(default_factory=dict)
    earliest: str | None | type(...) = ...
    red_flags: tuple[str, ...] | None = None
    prophylaxis: bool | None = None
    warnings: tuple[str, ...] | None = None
    risk_factors: tuple[str, ...] | None = None
    overrides: dict[str, tuple[float | bool, str]] | None = None


HELD_OK = {"anakinra": "held", "urti": "resolved", "infection_signs": False}

VIGNETTES = [
    # ---- ANC band edges on the drug -----------------------------------------------------------
    Vignette(
        "ANC 99 on drug: profound",
        case(anc=[anc(99)]),
        "withhold",
        "profound",
        99,
        red_flags=("profound_neutropenia",),
        prophylaxis=True,
    ),
    Vignette(
        "ANC 100 on drug: severe, not profound", case(anc=[anc(100)]), "withhold", "severe", 100, red_flags=(), prophylaxis=False
    ),
    Vignette("ANC 0 on drug", case(anc=[anc(0)]), "withhold", "profound", 0),
    Vignette("ANC 499 on drug: withhold", case(anc=[anc(499)]), "withhold", "severe", 499),
    Vignette(
        "ANC 500 on drug, quiet: continue",
        case(anc=[anc(500)]),
        "continue",
        "moderate",
        500,
        warnings=("label_threshold", "benign_low_count"),
    ),
    Vignette("ANC 501 on drug, quiet: continue", case(anc=[anc(501)]), "continue", "moderate", 501),
    Vignette("ANC 999 on drug: moderate", case(anc=[anc(999)]), "continue", "moderate", 999),
    Vignette("ANC 1000 on drug: mild", case(anc=[anc(1000)]), "continue", "mild", 1000),
    Vignette(
        "ANC 1499 on drug: mild, label note",
        case(anc=[anc(1499)]),
        "continue",
        "mild",
        1499,
        warnings=("label_threshold", "benign_low_count"),
    ),
    Vignette("ANC 1500 on drug: no neutropenia", case(anc=[anc(1500)]), "continue", "none", 1500, warnings=()),
    # ---- ANC band edges while held --------------------------------------------------------------
    Vignette(
        "held ANC 499", case(anc=[anc(499)], **HELD_OK), "withhold", "severe", criteria={"anc_recovered": False}, earliest=None
    ),
    Vignette("held ANC 500: not strictly above", case(anc=[anc(500)], **HELD_OK), "withhold", criteria={"anc_recovered": False}),
    Vignette(
        "held ANC 501: resume",
        case(anc=[anc(501)], **HELD_OK),
        "resume",
        criteria={"anc_recovered": True},
        earliest=AS_OF.isoformat(),
    ),
    Vignette(
        "held ANC 1499: resume with label warning",
        case(anc=[anc(1499)], **HELD_OK),
        "resume",
        "mild",
        warnings=("label_threshold", "benign_low_count"),
    ),
    Vignette("held ANC 1500: resume, no label warning", case(anc=[anc(1500)], **HELD_OK), "resume", "none", warnings=()),
    # ---- URTI with neutropenia --------------------------------------------------------------------
    Vignette("ANC 1499 + active URTI: withhold", case(anc=[anc(1499)], urti="active"), "withhold", "mild"),
    Vignette("ANC 1500 + active URTI: continue", case(anc=[anc(1500)], urti="active"), "continue", "none"),
    Vignette("ANC 800 + resolved URTI: continue", case(anc=[anc(800)], urti="resolved"), "continue"),
    Vignette(
        "held, URTI still active",
        case(anc=[anc(2000)], **{**HELD_OK, "urti": "active"}),
        "withhold",
        criteria={"urti_resolved": False},
    ),
    Vignette(
        "held, URTI never present",
        case(anc=[anc(2000)], **{**HELD_OK, "urti": "none"}),
        "resume",
        criteria={"urti_resolved": True},
    ),
    # ---- Fever timing -------------------------------------------------------------------------------
    Vignette(
        "held, fever exactly 48 h ago: met",
        case(anc=[anc(900)], last_fever_at=ago(48), **HELD_OK),
        "resume",
        criteria={"afebrile_48h": True},
    ),
    Vignette(
        "held, fever 47 h ago: not yet",
        case(anc=[anc(900)], last_fever_at=ago(47), **HELD_OK),
        "withhold",
        criteria={"afebrile_48h": False},
        earliest=(AS_OF + timedelta(hours=1)).isoformat(),
    ),
    Vignette("held, fever 49 h ago", case(anc=[anc(900)], last_fever_at=ago(49), **HELD_OK), "resume"),
    Vignette(
        "held, no fever at all", case(anc=[anc(900)], last_fever_at=None, **HELD_OK), "resume", criteria={"afebrile_48h": True}
    ),
    Vignette(
        "held, febrile reading in temperatures overrides older last_fever_at",
        case(anc=[anc(900)], last_fever_at=ago(100), temperatures=[{"celsius": 38.0, "taken_at": ago(10)}], **HELD_OK),
        "withhold",
        criteria={"afebrile_48h": False},
        earliest=(AS_OF + timedelta(hours=38)).isoformat(),
    ),
    Vignette(
        "37.9 C is not a fever", case(anc=[anc(900)], temperatures=[{"celsius": 37.9, "taken_at": ago(3)}], **HELD_OK), "resume"
    ),
    Vignette(
        "fever 5 h ago + ANC 450: febrile neutropenia",
        case(anc=[anc(450)], last_fever_at=ago(5)),
        "withhold",
        red_flags=("febrile_neutropenia",),
    ),
    Vignette(
        "fever 5 h ago + ANC 500: fever with neutropenia, no FN flag",
        case(anc=[anc(500)], last_fever_at=ago(5)),
        "withhold",
        red_flags=(),
    ),
    Vignette("fever 50 h ago + ANC 450: no FN flag", case(anc=[anc(450)], last_fever_at=ago(50)), "withhold", red_flags=()),
    Vignette("fever 5 h ago + ANC 3000 on drug: continue", case(anc=[anc(3000)], last_fever_at=ago(5)), "continue"),
    # ---- Unknown criteria ---------------------------------------------------------------------------
    Vignette(
        "held, infection not assessed",
        case(anc=[anc(2000)], anakinra="held", urti="resolved", infection_signs=None),
        "withhold",
        criteria={"no_active_infection": None},
        warnings=("not_assessed",),
    ),
    Vignette(
        "held, URTI not recorded",
        case(anc=[anc(2000)], anakinra="held", urti=None, infection_signs=False),
        "withhold",
        criteria={"urti_resolved": None},
    ),
    Vignette(
        "on drug, nothing assessed, normal count: continue with warning",
        case(anc=[anc(2000)], urti=None, infection_signs=None),
        "continue",
        warnings=("not_assessed",),
    ),
    # ---- Other infection ----------------------------------------------------------------------------
    Vignette(
        "active infection with normal count: withhold (label)",
        case(anc=[anc(4000)], infection_signs=True),
        "withhold",
        criteria={"no_active_infection": False},
    ),
    Vignette(
        "lower respiratory spread: red flag",
        case(anc=[anc(4000)], urti="active", lower_respiratory_signs=True),
        "withhold",
        red_flags=("lower_respiratory_involvement",),
        criteria={"no_active_infection": False},
    ),
    # ---- Unit conversions ---------------------------------------------------------------------------
    Vignette("0.45 x10^9/L = 450", case(anc=[anc(0.45, "10^9/L")]), "withhold", anc=450),
    Vignette("cells/mm3 same as cells/uL", case(anc=[anc(501, "cells/mm3")], **HELD_OK), "resume", anc=501),
    Vignette("10^3/uL like 10^9/L", case(anc=[anc(1.2, "10^3/uL")]), "continue", anc=1200),
    Vignette("0.6 entered as cells/uL: unit slip", case(anc=[anc(0.6)]), "withhold", anc=1, warnings=("unit_slip",)),
    Vignette(
        "4500 entered as 10^9/L: unit slip", case(anc=[anc(4500, "10^9/L")]), "continue", anc=4_500_000, warnings=("unit_slip",)
    ),
    Vignette(
        "0.4995 x10^9/L is 499.5: below 500, shown unrounded", case(anc=[anc(0.4995, "10^9/L")]), "withhold", "severe", anc=499.5
    ),
    Vignette("0.5004 x10^9/L held: 500.4 is above 500", case(anc=[anc(0.5004, "10^9/L")], **HELD_OK), "resume", anc=500.4),
    Vignette("0.4996 x10^9/L is 499.6: shown as 499.6, not 500", case(anc=[anc(0.4996, "10^9/L")]), "withhold", anc=499.6),
    # ---- CBC-derived ANC ----------------------------------------------------------------------------
    Vignette(
        "CBC 2.5 x (36+4)% = 1000",
        case(cbc=[{"wbc": 2.5, "wbc_unit": "10^9/L", "neutrophil_pct": 36, "band_pct": 4, "taken_at": ago(1)}]),
        "continue",
        "mild",
        1000,
    ),
    Vignette(
        "CBC 1800 cells/uL x 25% = 450",
        case(cbc=[{"wbc": 1800, "wbc_unit": "cells/uL", "neutrophil_pct": 25, "taken_at": ago(1)}]),
        "withhold",
        anc=450,
    ),
    Vignette(
        "CBC newer than ANC wins",
        case(anc=[anc(300, hours_ago=30)], cbc=[{"wbc": 3.0, "neutrophil_pct": 50, "taken_at": ago(2)}], **HELD_OK),
        "resume",
        anc=1500,
    ),
    Vignette(
        "ANC beats a CBC taken at the same moment",
        case(anc=[anc(700, hours_ago=2)], cbc=[{"wbc": 1.0, "neutrophil_pct": 10, "taken_at": ago(2)}]),
        "continue",
        anc=700,
    ),
    # ---- Serial counts out of order -----------------------------------------------------------------
    Vignette(
        "latest by time, not by list order",
        case(anc=[anc(1200, hours_ago=2), anc(200, hours_ago=72), anc(350, hours_ago=48)], **HELD_OK),
        "resume",
        anc=1200,
    ),
    Vignette(
        "falling series, latest is low",
        case(anc=[anc(350, hours_ago=1), anc(1200, hours_ago=72), anc(800, hours_ago=24)]),
        "withhold",
        anc=350,
    ),
    Vignette("count 4 days old: stale warning", case(anc=[anc(2500, hours_ago=96)]), "continue", warnings=("stale_count",)),
    # ---- Prophylaxis and risk factors ---------------------------------------------------------------
    Vignette(
        "ANC 450 expected 8 days: prophylaxis",
        case(anc=[anc(450)], expected_neutropenia_days=8, **HELD_OK),
        "withhold",
        prophylaxis=True,
    ),
    Vignette(
        "ANC 600 expected 8 days: no prophylaxis above 500",
        case(anc=[anc(600)], expected_neutropenia_days=8, **HELD_OK),
        "resume",
        prophylaxis=False,
    ),
    Vignette(
        "ANC 1200 expected a year: no prophylaxis",
        case(anc=[anc(1200)], expected_neutropenia_days=365),
        "continue",
        prophylaxis=False,
    ),
    Vignette(
        "expected exactly 7 days: no prophylaxis",
        case(anc=[anc(600)], expected_neutropenia_days=7),
        "continue",
        prophylaxis=False,
    ),
    Vignette(
        "long expectation but no neutropenia: none",
        case(anc=[anc(2000)], expected_neutropenia_days=10),
        "continue",
        prophylaxis=False,
    ),
    Vignette(
        "all four risk factors",
        case(
            anc=[anc(2000)], age_years=65, immunosuppressants=["methotrexate"], prior_neutropenia=True, hematologic_disorder=True
        ),
        "continue",
        risk_factors=("immunosuppressants", "advanced_age", "prior_neutropenia", "hematologic_disorder"),
    ),
    Vignette("age 64 is not advanced", case(anc=[anc(2000)], age_years=64), "continue", risk_factors=()),
    # ---- Site overrides ------------------------------------------------------------------------------
    Vignette(
        "site resumes only above 1500 (EU label)",
        case(anc=[anc(1200)], **HELD_OK),
        "withhold",
        criteria={"anc_recovered": False},
        overrides={"resume_anc_above": (1500, "follow the EU label")},
    ),
    Vignette(
        "site requires both prophylaxis conditions (guideline)",
        case(anc=[anc(80)], expected_neutropenia_days=3),
        "withhold",
        prophylaxis=False,
        overrides={"prophylaxis_requires_both": (True, "IDSA: profound and protracted")},
    ),
    Vignette(
        "site both conditions, both present",
        case(anc=[anc(80)], expected_neutropenia_days=10),
        "withhold",
        prophylaxis=True,
        overrides={"prophylaxis_requires_both": (True, "IDSA: profound and protracted")},
    ),
    Vignette(
        "site waits 72 h fever-free",
        case(anc=[anc(900)], last_fever_at=ago(60), **HELD_OK),
        "withhold",
        earliest=(AS_OF + timedelta(hours=12)).isoformat(),
        overrides={"afebrile_hours": (72, "local infection team")},
    ),
]


def test_at_least_forty_vignettes():
    assert len(VIGNETTES) >= 40


@pytest.mark.parametrize("vignette", VIGNETTES, ids=lambda v: v.name)
def test_vignette(vignette: Vignette, pack):
    used = apply_overrides(pack, vignette.overrides, site="Test site") if vignette.overrides else pack
    rec = evaluate(parse_case(vignette.data), used, AS_OF)
    out = rec.model_dump(mode="json")
    assert out["decision"] == vignette.decision
    if vignette.severity is not None:
        assert out["severity"] == vignette.severity
    if vignette.anc is not None:
        assert out["anc_cells_per_uL"] == vignette.anc
    met = {c["id"]: c["met"] for c in out["criteria"]}
    for cid, expected in vignette.criteria.items():
        assert met[cid] is expected, cid
    if vignette.earliest is not ...:
        assert out["earliest_resume_at"] == vignette.earliest
    if vignette.red_flags is not None:
        assert tuple(f["id"] for f in out["red_flags"]) == vignette.red_flags
    if vignette.prophylaxis is not None:
        assert out["prophylaxis"]["recommended"] is vignette.prophylaxis
        assert (out["prophylaxis"]["agent"] is not None) is vignette.prophylaxis
    if vignette.warnings is not None:
        assert tuple(w["id"] for w in out["warnings"]) == vignette.warnings
    if vignette.risk_factors is not None:
        assert tuple(out["risk_factors"]) == vignette.risk_factors
    if vignette.overrides:
        assert {o["key"] for o in out["pack"]["overrides"]} == set(vignette.overrides)
        overridden = {name for entry in out["trace"] for name in entry["overridden"]}
        assert overridden == set(vignette.overrides)
