"""The decision engine: (CaseInput, Pack, as_of) -> Recommendation, pure and deterministic."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from desktop_app.knowledge.pack import CRITERION_IDS, RISK_FACTOR_IDS, Pack
from desktop_app.models import (
    UNIT_FACTOR,
    AncPoint,
    CaseInput,
    Change,
    Citation,
    Criterion,
    Flag,
    MonitoringItem,
    Pitfall,
    Prophylaxis,
    Recommendation,
    RuleBasis,
    TraceEntry,
    align,
    check_times,
    reference_zone,
    round_count,
)

# Every rule the engine knows, in the order it is considered and reported. A pack must word each.
RULE_IDS: tuple[str, ...] = (
    "withhold_low_anc",
    "withhold_neutropenia_urti",
    "withhold_active_infection",
    "withhold_fever_neutropenia",
    "continue_no_hold_reason",
    "resume_all_criteria_met",
    "keep_holding_until_criteria_met",
    "severity_grading",
    "red_flag_febrile_neutropenia",
    "red_flag_lower_respiratory",
    "red_flag_profound_neutropenia",
    "prophylaxis_antibacterial",
    "antiviral_consider",
    "monitor_daily_cbc_while_held",
    "monitor_cbc_after_resume",
    "monitor_mild_neutropenia_on_drug",
    "monitor_infection_watch",
    "dose_reduction_on_recurrence",
    "risk_factors_prolonged",
    "warn_unit_slip",
    "warn_label_threshold",
    "warn_not_assessed",
    "warn_stale_count",
    "warn_duffy_variant",
)

THOUSAND_UNITS = frozenset(unit for unit, factor in UNIT_FACTOR.items() if factor == 1000)


def when(moment: datetime) -> str:
    """How a moment is written in clinical text: 2026-11-25 12:00."""
    return moment.strftime("%Y-%m-%d %H:%M")


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


@dataclass
class _Reading:
    taken_at: datetime
    cells: float
    source: str
    entered: str
    index: int
    raw_value: float
    unit: str


@dataclass
class _Run:
    """Working state of one evaluation: what fired, and the words to fill the wording with."""

    pack: Pack
    words: dict[str, Any]
    trace: list[TraceEntry] = field(default_factory=list)
    fired: list[str] = field(default_factory=list)
    said: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.settings = {**self.pack.thresholds.model_dump(), **self.pack.settings.model_dump()}
        self.changed = {o.key for o in self.pack.overrides}

    def consider(self, rule_id: str, fired: bool, reads: tuple[str, ...] = (), **inputs: Any) -> bool:
        """Record that a rule was weighed: its inputs, the thresholds it read, which were overridden."""
        rule = self.pack.content.rule(rule_id)
        inputs.update({name: self.settings[name] for name in reads})
        self.trace.append(
            TraceEntry(
                id=rule_id,
                fired=fired,
                provenance=rule.provenance,
                inputs=inputs,
                overridden=tuple(name for name in reads if name in self.changed),
            )
        )
        if fired:
            self.fired.append(rule_id)
        return fired

    def say(self, template: str, **extra: Any) -> str:
        return template.format_map({**self.words, **extra}) if extra else template.format_map(self.words)

    def clinician(self, rule_id: str, **extra: Any) -> str:
        text = self.say(self.pack.content.rule(rule_id).clinician, **extra)
        self.said.setdefault(rule_id, text)
        return text


def _readings(case: CaseInput, zone: Any) -> list[_Reading]:
    found = [
        _Reading(align(r.taken_at, zone), r.cells_per_uL, "anc", f"{_number(r.value)} {r.unit}", i, r.value, r.unit)
        for i, r in enumerate(case.anc)
    ]
    found += [
        _Reading(
            align(r.taken_at, zone),
            r.cells_per_uL,
            "cbc",
            f"WBC {_number(r.wbc)} {r.wbc_unit} x ({_number(r.neutrophil_pct)}% + {_number(r.band_pct)}% bands)",
            i,
            r.wbc,
            r.wbc_unit,
        )
        for i, r in enumerate(case.cbc)
    ]
    # Latest last; at the same moment a measured ANC outranks one derived from a CBC.
    found.sort(key=lambda r: (r.taken_at, r.source == "anc", -r.index))
    return found


def _last_fever(case: CaseInput, threshold: float, zone: Any) -> datetime | None:
    moments = [align(case.last_fever_at, zone)] if case.last_fever_at else []
    moments += [align(t.taken_at, zone) for t in case.temperatures if t.celsius >= threshold]
    return max(moments) if moments else None


def _severity(anc: int, pack: Pack) -> str:
    bands = pack.content.severity
    for name, floor in (("none", bands.none), ("mild", bands.mild), ("moderate", bands.moderate), ("severe", bands.severe)):
        if anc >= floor:
            return name
    return "profound"


def _words(pack: Pack) -> dict[str, Any]:
    words: dict[str, Any] = {name: _number(value) for name, value in pack.thresholds.model_dump().items()}
    words["fever_celsius"] = f"{pack.thresholds.fever_celsius:.1f}"
    words["prophylaxis_logic"] = (
        "both conditions (guideline)" if pack.settings.prophylaxis_requires_both else "either condition (article)"
    )
    return words


def evaluate(case: CaseInput, pack: Pack, as_of: datetime) -> Recommendation:
    """Decide whether anakinra is withheld, resumed or continued for `case` at the moment `as_of`."""
    check_times(case, as_of)
    zone = reference_zone(case, as_of)
    now = align(as_of, zone)
    t = pack.thresholds
    content = pack.content

    readings = _readings(case, zone)
    current = readings[-1]
    anc = round_count(current.cells)
    severity = _severity(anc, pack)
    last_fever = _last_fever(case, t.fever_celsius, zone)
    afebrile_window = timedelta(hours=t.afebrile_hours)
    recent_fever = last_fever is not None and now - last_fever < afebrile_window
    fever_until = last_fever + afebrile_window if last_fever is not None else None
    neutropenic = anc < t.neutropenia_anc_below
    infection = case.infection_signs is True or case.lower_respiratory_signs

    run = _Run(pack=pack, words=_words(pack))
    run.words.update(
        anc=anc,
        severity=severity,
        urti=case.urti or "not recorded",
        fever_at=when(last_fever) if last_fever else "none",
        fever_until=when(fever_until) if fever_until else "now",
        lower_suffix=" spreading to the lower airway" if case.lower_respiratory_signs else "",
    )

    criteria = _criteria(case, run, anc, last_fever, recent_fever)
    all_met = all(c.met is True for c in criteria)

    # ---- decision -------------------------------------------------------------------------
    on_drug = case.anakinra == "active"
    hold_low = run.consider(
        "withhold_low_anc", on_drug and anc < t.hold_anc_below, ("hold_anc_below",), anc=anc, anakinra=case.anakinra
    )
    hold_urti = run.consider(
        "withhold_neutropenia_urti",
        on_drug and neutropenic and case.urti == "active",
        ("neutropenia_anc_below",),
        anc=anc,
        urti=case.urti,
    )
    hold_infection = run.consider(
        "withhold_active_infection",
        on_drug and infection,
        infection_signs=case.infection_signs,
        lower_respiratory_signs=case.lower_respiratory_signs,
    )
    hold_fever = run.consider(
        "withhold_fever_neutropenia",
        on_drug and neutropenic and recent_fever,
        ("neutropenia_anc_below", "afebrile_hours", "fever_celsius"),
        anc=anc,
        last_fever_at=run.words["fever_at"],
    )
    must_hold = hold_low or hold_urti or hold_infection or hold_fever
    run.consider("continue_no_hold_reason", on_drug and not must_hold, anakinra=case.anakinra)
    criteria_inputs = {c.id: c.met for c in criteria}
    resume_reads = ("resume_anc_above", "afebrile_hours", "fever_celsius")
    resume = run.consider("resume_all_criteria_met", not on_drug and all_met, resume_reads, **criteria_inputs)
    run.consider("keep_holding_until_criteria_met", not on_drug and not all_met, resume_reads, **criteria_inputs)
    decision = ("withhold" if must_hold else "continue") if on_drug else ("resume" if resume else "withhold")
    run.consider("severity_grading", True, anc=anc, severity=severity)

    red_flags = _red_flags(case, run, anc, recent_fever)
    prophylaxis = _prophylaxis(case, run, anc, neutropenic)
    monitoring = _monitoring(case, run, decision, anc, neutropenic, current.taken_at, now)
    advice = []
    if run.consider("dose_reduction_on_recurrence", decision == "resume", decision=decision):
        advice.append(Flag(id="dose_reduction_on_recurrence", message=run.clinician("dose_reduction_on_recurrence")))
    risk_factors = _risk_factors(case, run)
    warnings = _warnings(case, run, decision, anc, readings, now, recent_fever)

    if decision == "continue":
        earliest = None
    elif recent_fever:
        earliest = fever_until
    else:
        earliest = now if decision == "resume" else None

    changes = ()
    if decision == "withhold":
        changes = tuple(_change(c, run) for c in criteria if c.met is not True)

    fired_rules = [content.rule(rule_id) for rule_id in run.fired]
    cited = {cid for rule in fired_rules for cid in rule.citations}
    patient = [content.decisions[decision].patient, run.say(content.patient.why_low)]
    patient += [run.say(rule.patient) for rule in fired_rules if rule.patient]
    patient.append(run.say(content.patient.urgent))

    return Recommendation(
        decision=decision,
        headline=content.decisions[decision].clinician,
        anc_cells_per_uL=anc,
        severity=severity,
        criteria=criteria,
        earliest_resume_at=earliest,
        prophylaxis=prophylaxis,
        monitoring=monitoring,
        red_flags=red_flags,
        risk_factors=risk_factors,
        risk_factor_labels=tuple(run.say(content.risk_factors[rid].label) for rid in risk_factors),
        pitfalls=tuple(Pitfall(id=p.id, text=p.text) for p in content.pitfalls),
        citations=tuple(Citation(id=c.id, title=c.title, detail=c.detail) for c in content.citations if c.id in cited),
        trace=tuple(run.trace),
        pack=pack.stamp(),
        what_would_change=changes,
        warnings=warnings,
        advice=tuple(advice),
        basis=tuple(
            RuleBasis(
                id=rule.id,
                title=rule.title,
                text=run.said.get(rule.id) or run.clinician(rule.id),
                provenance=rule.provenance,
                citations=rule.citations,
                differs=run.say(rule.differs) if rule.differs else None,
            )
            for rule in fired_rules
        ),
        patient_explanation=tuple(dict.fromkeys(patient)),
        as_of=now,
        last_fever_at=last_fever,
        anc_series=tuple(
            AncPoint(taken_at=r.taken_at, anc_cells_per_uL=round_count(r.cells), source=r.source, entered=r.entered)
            for r in readings
        ),
    )


def _criteria(
    case: CaseInput, run: _Run, anc: int, last_fever: datetime | None, recent_fever: bool
) -> tuple[Criterion, ...]:
    text = run.pack.content.criteria
    anc_met = anc > run.pack.thresholds.resume_anc_above
    urti_met = None if case.urti is None else case.urti != "active"
    if case.lower_respiratory_signs or case.infection_signs is True:
        infection_met: bool | None = False
    else:
        infection_met = None if case.infection_signs is None else True

    def detail(cid: str, met: bool | None, unmet_key: str = "unmet", met_key: str = "met") -> str:
        words = text[cid].model_dump()
        key = met_key if met else ("unknown" if met is None else unmet_key)
        return run.say(words[key])

    found = {
        "anc_recovered": (anc_met, detail("anc_recovered", anc_met)),
        "urti_resolved": (urti_met, detail("urti_resolved", urti_met)),
        "no_active_infection": (
            infection_met,
            detail("no_active_infection", infection_met, "unmet_lower" if case.lower_respiratory_signs else "unmet"),
        ),
        "afebrile_48h": (
            not recent_fever,
            detail("afebrile_48h", not recent_fever, met_key="met" if last_fever else "met_none"),
        ),
    }
    return tuple(
        Criterion(id=cid, met=found[cid][0], detail=found[cid][1], title=run.say(text[cid].title)) for cid in CRITERION_IDS
    )


def _change(criterion: Criterion, run: _Run) -> Change:
    words = run.pack.content.criteria[criterion.id]
    template = words.needed_unknown if criterion.met is None and words.needed_unknown else words.needed
    return Change(criterion=criterion.id, needed=run.say(template))


def _red_flags(case: CaseInput, run: _Run, anc: int, recent_fever: bool) -> tuple[Flag, ...]:
    t = run.pack.thresholds
    flags = []
    checks = (
        (
            "red_flag_febrile_neutropenia",
            "febrile_neutropenia",
            recent_fever and anc < t.febrile_neutropenia_anc_below,
            ("febrile_neutropenia_anc_below", "afebrile_hours", "fever_celsius"),
            {"anc": anc, "recent_fever": recent_fever},
        ),
        (
            "red_flag_lower_respiratory",
            "lower_respiratory_involvement",
            case.lower_respiratory_signs,
            (),
            {"lower_respiratory_signs": case.lower_respiratory_signs},
        ),
        ("red_flag_profound_neutropenia", "profound_neutropenia", anc < t.profound_anc_below, ("profound_anc_below",), {"anc": anc}),
    )
    for rule_id, flag_id, fired, reads, inputs in checks:
        if run.consider(rule_id, fired, reads, **inputs):
            flags.append(Flag(id=flag_id, message=run.clinician(rule_id)))
    return tuple(flags)


def _prophylaxis(case: CaseInput, run: _Run, anc: int, neutropenic: bool) -> Prophylaxis:
    t = run.pack.thresholds
    rule = run.pack.content.rule("prophylaxis_antibacterial")
    profound = anc < t.profound_anc_below
    days = case.expected_neutropenia_days
    prolonged = neutropenic and days is not None and days > t.prophylaxis_days_above
    both = run.pack.settings.prophylaxis_requires_both
    recommended = (profound and prolonged) if both else (profound or prolonged)
    parts = [f"ANC {anc} is {'' if profound else 'not '}below {run.words['profound_anc_below']}"]
    if days is None:
        parts.append("expected length of neutropenia not estimated")
    else:
        longer = "more" if prolonged else "not more"
        parts.append(f"neutropenia expected to last {_number(days)} days, {longer} than {run.words['prophylaxis_days_above']}")
    reason = f"{'; '.join(parts)}. Rule in use: {run.words['prophylaxis_logic']}"
    if run.consider(
        "prophylaxis_antibacterial",
        recommended,
        ("profound_anc_below", "prophylaxis_days_above", "prophylaxis_requires_both"),
        anc=anc,
        expected_neutropenia_days=days,
        prophylaxis_requires_both=both,
    ):
        run.clinician("prophylaxis_antibacterial", agent=rule.agent, prophylaxis_reason=reason)
    antiviral = None
    if run.consider("antiviral_consider", case.urti == "active", urti=case.urti):
        antiviral = run.clinician("antiviral_consider")
    return Prophylaxis(
        recommended=recommended, agent=rule.agent if recommended else None, reason=reason, antiviral=antiviral
    )


def _monitoring(
    case: CaseInput, run: _Run, decision: str, anc: int, neutropenic: bool, counted_at: datetime, now: datetime
) -> tuple[MonitoringItem, ...]:
    t = run.pack.thresholds
    items = []
    if run.consider("monitor_daily_cbc_while_held", decision == "withhold", ("held_cbc_interval_hours",), decision=decision):
        due = max(now, counted_at + timedelta(hours=t.held_cbc_interval_hours))
        items.append(
            MonitoringItem(
                id="daily_cbc",
                test="CBC with differential",
                schedule=run.clinician("monitor_daily_cbc_while_held"),
                due_at=due,
            )
        )
    follow_reads = ("followup_cbc_days_min", "followup_cbc_days_max")
    if run.consider("monitor_cbc_after_resume", decision == "resume", follow_reads, decision=decision):
        items.append(
            MonitoringItem(
                id="cbc_after_resume",
                test="CBC with differential",
                schedule=run.clinician("monitor_cbc_after_resume"),
                due_at=now + timedelta(days=t.followup_cbc_days_min),
                due_by=now + timedelta(days=t.followup_cbc_days_max),
            )
        )
    on_drug_low = decision == "continue" and neutropenic
    mild_reads = ("neutropenia_anc_below", "on_drug_cbc_interval_days")
    if run.consider("monitor_mild_neutropenia_on_drug", on_drug_low, mild_reads, decision=decision, anc=anc):
        items.append(
            MonitoringItem(
                id="repeat_cbc_on_drug",
                test="CBC with differential",
                schedule=run.clinician("monitor_mild_neutropenia_on_drug"),
                due_at=max(now, counted_at + timedelta(days=t.on_drug_cbc_interval_days)),
            )
        )
    run.consider("monitor_infection_watch", True, decision=decision)
    items.append(
        MonitoringItem(
            id="infection_watch",
            test="Signs of infection",
            schedule=run.clinician("monitor_infection_watch"),
            due_at=None,
        )
    )
    return tuple(items)


def _risk_factors(case: CaseInput, run: _Run) -> tuple[str, ...]:
    t = run.pack.thresholds
    present = {
        "immunosuppressants": bool(case.immunosuppressants),
        "advanced_age": case.age_years is not None and case.age_years >= t.advanced_age_years,
        "prior_neutropenia": case.prior_neutropenia,
        "hematologic_disorder": case.hematologic_disorder,
    }
    found = tuple(rid for rid in RISK_FACTOR_IDS if present[rid])
    labels = ", ".join(run.say(run.pack.content.risk_factors[rid].label) for rid in found)
    run.words["risk_list"] = labels or "none"
    run.consider(
        "risk_factors_prolonged",
        bool(found),
        ("advanced_age_years",),
        age_years=case.age_years,
        immunosuppressants=list(case.immunosuppressants),
        prior_neutropenia=case.prior_neutropenia,
        hematologic_disorder=case.hematologic_disorder,
    )
    return found


def _warnings(
    case: CaseInput, run: _Run, decision: str, anc: int, readings: list[_Reading], now: datetime, recent_fever: bool
) -> tuple[Flag, ...]:
    t = run.pack.thresholds
    warnings = []
    slips = []
    for reading in readings:
        if reading.unit in THOUSAND_UNITS and reading.raw_value > t.unit_slip_high_thousands:
            likely = f"did you mean {_number(reading.raw_value)} cells/uL?"
        elif reading.unit not in THOUSAND_UNITS and 0 < reading.raw_value < t.unit_slip_low_cells:
            likely = f"did you mean {_number(reading.raw_value)} x10^9/L ({_number(reading.raw_value * 1000)} cells/uL)?"
        else:
            continue
        slips.append(f"{reading.source}[{reading.index}]")
        warnings.append(
            Flag(
                id="unit_slip",
                message=run.clinician(
                    "warn_unit_slip",
                    taken_at=when(reading.taken_at),
                    entered=reading.entered,
                    anc_from_entry=round_count(reading.cells),
                    likely=likely,
                ),
            )
        )
    run.consider("warn_unit_slip", bool(slips), ("unit_slip_low_cells", "unit_slip_high_thousands"), readings=slips)

    label_gap = decision in ("resume", "continue") and anc < t.label_start_anc_below
    if run.consider("warn_label_threshold", label_gap, ("label_start_anc_below",), decision=decision, anc=anc):
        warnings.append(Flag(id="label_threshold", message=run.clinician("warn_label_threshold")))

    unassessed = []
    if case.urti is None:
        unassessed.append("upper respiratory symptoms")
    if case.infection_signs is None:
        unassessed.append("signs of other infection")
    if run.consider("warn_not_assessed", bool(unassessed), urti=case.urti, infection_signs=case.infection_signs):
        warnings.append(
            Flag(id="not_assessed", message=run.clinician("warn_not_assessed", unassessed=", ".join(unassessed)))
        )

    latest = readings[-1].taken_at
    age_hours = (now - latest) / timedelta(hours=1)
    stale = age_hours > t.stale_count_hours
    stale_reads = ("stale_count_hours",)
    if run.consider("warn_stale_count", stale, stale_reads, latest_count_at=when(latest), count_age_hours=round(age_hours)):
        warnings.append(
            Flag(
                id="stale_count",
                message=run.clinician("warn_stale_count", count_age_hours=round(age_hours), taken_at=when(latest)),
            )
        )

    quiet = case.infection_signs is False and case.urti != "active" and not recent_fever and not case.lower_respiratory_signs
    # Only a steady low count on the drug suggests a benign variant; a recent deeper fall does not.
    steady = all(round_count(r.cells) >= t.hold_anc_below for r in readings)
    benign = decision == "continue" and steady and anc < t.neutropenia_anc_below and quiet
    duffy_reads = ("hold_anc_below", "neutropenia_anc_below")
    if run.consider("warn_duffy_variant", benign, duffy_reads, anc=anc, infection_signs=case.infection_signs, urti=case.urti):
        warnings.append(Flag(id="benign_low_count", message=run.clinician("warn_duffy_variant")))
    return tuple(warnings)
