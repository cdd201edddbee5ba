"""A pack's self-check: its wording fits the engine, its golden cases pass, and no case grid cell fails."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from desktop_app.engine.decide import RULE_IDS, _words, count_edges, evaluate
from desktop_app.knowledge.pack import Pack, placeholders
from desktop_app.models import InputError, parse_case, zone_from_name

# Placeholders the engine fills besides the thresholds, and those only some rules receive.
COMMON_WORDS = frozenset(
    {
        "anc",
        "severity",
        "ctcae_words",
        "urti",
        "fever_at",
        "fever_until",
        "lower_suffix",
        "risk_list",
        "prophylaxis_logic",
        "indication_label",
        "scope_reason",
    }
)
RULE_WORDS = {
    "rules.warn_unit_slip.clinician": {"taken_at", "entered", "anc_from_entry", "likely"},
    "rules.warn_not_assessed.clinician": {"unassessed"},
    "rules.warn_stale_count.clinician": {"count_age_hours", "taken_at"},
    "rules.warn_units_confirmed.clinician": {"entered", "taken_at"},
    "rules.prophylaxis_antibacterial.clinician": {"agent", "prophylaxis_reason"},
    "rules.warn_tnf_blocker_combination.clinician": {"drug_names"},
    "rules.warn_il1_blocker_combination.clinician": {"drug_names"},
    "rules.advice_renal_dosing.clinician": {"crcl"},
    "provisional.reason": {"taken_at", "entered", "entered_anc", "entered_decision", "intended", "intended_decision"},
    # Handout wording filled by the reports layer.
    "patient.latest_count": {"count_date"},
    "patient.restart_date": {"resume_date"},
    "patient.monitoring.daily_cbc": {"due"},
    "patient.monitoring.cbc_after_resume": {"due", "due_by"},
    "patient.monitoring.repeat_cbc_on_drug": {"due"},
}
# Message templates the engine fills with exactly these values ({drug} and {Drug} are always there);
# those it fills through the pack's words (thresholds and case words) are listed with None.
MESSAGE_WORDS: dict[str, frozenset[str] | None] = {
    "unit_slip_likely_cells": frozenset({"value"}),
    "unit_slip_likely_thousands": frozenset({"value", "cells"}),
    "entered_count": frozenset({"value", "unit"}),
    "entered_cbc": frozenset({"wbc", "wbc_unit", "neutrophil_pct", "band_pct"}),
    "ctcae_grade": frozenset({"grade"}),
    "prophylaxis_reason": None,
    "prophylaxis_count_below": None,
    "prophylaxis_count_not_below": None,
    "prophylaxis_days_unknown": None,
    "prophylaxis_days_not_low": None,
    "prophylaxis_days_more": None,
    "prophylaxis_days_not_more": None,
}
MESSAGE_EXTRA = {"prophylaxis_reason": {"count_part", "duration_part"}}
ALWAYS = frozenset({"drug", "Drug"})
GRID_AS_OF = datetime(2026, 1, 15, 12, 0)


class PackRefused(ValueError):
    """The pack failed its self-check and must not be used."""


@dataclass(frozen=True)
class CheckReport:
    pack_id: str
    version: str
    golden_passed: int
    grid_cells: int


def check_pack(pack: Pack, defaults: Pack | None = None) -> CheckReport:
    """Refuse `pack` (raise PackRefused) unless it fits the engine; golden cases run on `defaults`."""
    name = f"pack {pack.content.id} {pack.content.version}"
    _check_rules(pack, name)
    _check_words(pack, name)
    golden = _run_golden(defaults or pack, name)
    cells = _sweep(pack, name)
    return CheckReport(pack.content.id, pack.content.version, golden, cells)


def _check_rules(pack: Pack, name: str) -> None:
    worded = {rule.id for rule in pack.content.rules}
    missing = [rule_id for rule_id in RULE_IDS if rule_id not in worded]
    if missing:
        raise PackRefused(f"{name} refused: no wording for rules {', '.join(missing)}")
    unknown = sorted(worded - set(RULE_IDS))
    if unknown:
        raise PackRefused(f"{name} refused: rules the engine does not know: {', '.join(unknown)}")


def _check_words(pack: Pack, name: str) -> None:
    known = set(_words(pack)) | COMMON_WORDS
    for where, fields in pack.content.template_fields().items():
        unknown = fields - known - RULE_WORDS.get(where, set())
        if unknown:
            raise PackRefused(f"{name} refused: {where} uses unknown placeholders {', '.join(sorted(unknown))}")
    content = pack.content
    for message, template in content.messages.items():
        given = MESSAGE_WORDS.get(message, frozenset())
        allowed = (known | MESSAGE_EXTRA.get(message, set()) | {"days"}) if given is None else set(given)
        unknown = placeholders(template) - allowed - ALWAYS
        if unknown:
            raise PackRefused(f"{name} refused: messages.{message} uses unknown placeholders {', '.join(sorted(unknown))}")
    fixed = {f"vocabulary.{state}.{key}": text for state, words in content.vocabulary.items() for key, text in words}
    fixed["drug.name"] = content.drug.name
    for where, template in fixed.items():
        unknown = placeholders(template) - (ALWAYS if where != "drug.name" else set())
        if unknown:
            raise PackRefused(f"{name} refused: {where} uses unknown placeholders {', '.join(sorted(unknown))}")


def _run_golden(pack: Pack, name: str) -> int:
    if not pack.content.golden:
        raise PackRefused(f"{name} refused: it has no golden cases to check itself with")
    for golden in pack.content.golden:
        label = f"{name} refused: golden case {golden.name!r}"
        try:
            case = parse_case(golden.case_data())
            result = evaluate(case, pack, datetime.fromisoformat(golden.as_of))
        except (InputError, ValueError) as exc:
            raise PackRefused(f"{label} could not be evaluated: {exc}") from None
        got = result.model_dump(mode="json")
        expected: dict[str, Any] = {"decision": golden.expect_decision}
        if golden.expect_severity is not None:
            expected["severity"] = golden.expect_severity
        if golden.expect_provisional is not None:
            expected["provisional"] = golden.expect_provisional
        for key, want in expected.items():
            if got[key] != want:
                raise PackRefused(f"{label} expected {key} {want!r}, got {got[key]!r}")
        if golden.expect_earliest_resume_at is not None:
            want_at = _instant(golden.expect_earliest_resume_at, result.timezone)
            got_at = result.earliest_resume_at
            if want_at != got_at:
                raise PackRefused(
                    f"{label} expected earliest_resume_at {golden.expect_earliest_resume_at!r}, got {got['earliest_resume_at']!r}"
                )
        warnings = {flag["id"] for flag in got["warnings"]}
        advice = {flag["id"] for flag in got["advice"]}
        missing = [w for w in golden.expect_warnings if w not in warnings] + [a for a in golden.expect_advice if a not in advice]
        if missing:
            raise PackRefused(f"{label} expected {', '.join(missing)} among its warnings and advice")
        everything = warnings | advice | {flag["id"] for flag in got["red_flags"]}
        present = [i for i in golden.expect_absent if i in everything]
        if present:
            raise PackRefused(f"{label} expected no {', '.join(present)}")
        if golden.expect_red_flags is not None:
            flags = tuple(flag["id"] for flag in got["red_flags"])
            if flags != golden.expect_red_flags:
                raise PackRefused(f"{label} expected red flags {list(golden.expect_red_flags)}, got {list(flags)}")
        if golden.expect_prophylaxis is not None and got["prophylaxis"]["recommended"] != golden.expect_prophylaxis:
            raise PackRefused(f"{label} expected prophylaxis {golden.expect_prophylaxis}, got the opposite")
    return len(pack.content.golden)


def _instant(text: str, zone: str | None) -> datetime | None:
    """An expected moment of a golden case; naive text is wall-clock time of the evaluation's zone."""
    if not text:
        return None
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=zone_from_name(zone))


def grid_counts(pack: Pack) -> list[int]:
    """ANC values at and either side of every threshold and severity band edge of the pack."""
    edges = set(count_edges(pack))
    values = {0, 5000}
    for edge in edges:
        values.update({int(edge) - 1, int(edge), int(edge) + 1})
    return sorted(v for v in values if v >= 0)


def _sweep(pack: Pack, name: str) -> int:
    t = pack.thresholds
    window = t.afebrile_hours
    fever_ages: list[float | None] = [None, 1, window - 1, window, window + 1, 240]
    counted = (GRID_AS_OF - timedelta(hours=2)).isoformat()
    cells = 0
    for anc, fever_age, urti, infection, drug in itertools.product(
        grid_counts(pack), fever_ages, ("active", "resolved", "none", None), (True, False, None), ("active", "held")
    ):
        data: dict[str, Any] = {
            "patient_ref": "GRID",
            "anakinra": drug,
            "anc": [{"value": anc, "unit": "cells/uL", "taken_at": counted}],
            "urti": urti,
            "infection_signs": infection,
            "last_fever_at": None if fever_age is None else (GRID_AS_OF - timedelta(hours=fever_age)).isoformat(),
        }
        try:
            result = evaluate(parse_case(data), pack, GRID_AS_OF)
        except Exception as exc:  # noqa: BLE001 - any failure at all refuses the pack
            raise PackRefused(f"{name} refused: grid cell {data} raised {type(exc).__name__}: {exc}") from None
        if result.decision not in ("withhold", "resume", "continue", "out_of_scope"):
            raise PackRefused(f"{name} refused: grid cell {data} yielded no decision")
        cells += 1
    return cells
