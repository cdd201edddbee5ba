"""The decision engine: (CaseInput, Pack, as_of) -> Recommendation, pure and deterministic."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any, Literal

from desktop_app.knowledge.pack import CRITERION_IDS, RISK_FACTOR_IDS, Pack
from desktop_app.models import (
    CAUTION,
    UNIT_FACTOR,
    AncPoint,
    CaseInput,
    Change,
    Citation,
    Criterion,
    CriterionId,
    Decision,
    Flag,
    InputError,
    MonitoringItem,
    Pitfall,
    Prophylaxis,
    Recommendation,
    RuleBasis,
    Scope,
    Severity,
    TraceEntry,
    check_times,
    localize,
    number_text,
    shown_count,
    zone_name,
    zone_named,
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
    "monitor_routine_label_schedule",
    "monitor_infection_watch",
    "dose_reduction_on_recurrence",
    "advice_no_live_vaccines",
    "advice_renal_dosing",
    "risk_factors_prolonged",
    "scope_out_of_scope",
    "warn_indication_not_recorded",
    "warn_flare_risk",
    "warn_tnf_blocker_combination",
    "warn_il1_blocker_combination",
    "warn_unit_slip",
    "warn_units_confirmed",
    "warn_label_threshold",
    "warn_not_assessed",
    "warn_stale_count",
    "warn_duffy_variant",
)

THOUSAND_UNITS = frozenset(unit for unit, factor in UNIT_FACTOR.items() if factor == 1000)


def when(moment: datetime, zone: tzinfo | None = None) -> str:
    """How a moment is written in clinical text: 2026-11-25 12:00 (wall-clock time of `zone`)."""
    if zone is not None and moment.tzinfo is not None:
        moment = moment.astimezone(zone)
    return moment.strftime("%Y-%m-%d %H:%M")


_number = number_text


@dataclass
class _Reading:
    taken_at: datetime  # a real instant, in UTC
    cells: float  # exact cells/uL, never rounded before a comparison
    source: Literal["anc", "cbc"]
    entered: str
    index: int
    raw_value: float
    unit: str


@dataclass
class _Run:
    """Working state of one evaluation: what fired, and the words to fill the wording with."""

    pack: Pack
    words: dict[str, Any]
    zone: tzinfo
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

    def when(self, moment: datetime) -> str:
        return when(moment, self.zone)

    def local(self, moment: datetime | None) -> datetime | None:
        return None if moment is None else moment.astimezone(self.zone)

    def shown(self, cells: float) -> int | float:
        return shown_count(cells, count_edges(self.pack))


def count_edges(pack: Pack) -> tuple[float, ...]:
    """Every count the rules compare with: a shown count never crosses one of them by rounding."""
    t = pack.thresholds
    return (
        t.hold_anc_below,
        t.resume_anc_above,
        t.neutropenia_anc_below,
        t.profound_anc_below,
        t.febrile_neutropenia_anc_below,
        t.label_start_anc_below,
        t.prophylaxis_anc_below,
        *pack.content.severity.model_dump().values(),
        *pack.content.ctcae.model_dump().values(),
    )


def clinic_zone(case: CaseInput, pack: Pack, workstation: tzinfo | None) -> tzinfo:
    """The zone naive times are read in: the case's own, else the site's, else the workstation's."""
    name = case.timezone or pack.site_timezone
    if name is not None:
        try:
            return zone_named(name)
        except ValueError as exc:
            raise InputError("timezone", str(exc)) from None
    return workstation or UTC


def _readings(case: CaseInput, zone: tzinfo) -> list[_Reading]:
    found = [
        _Reading(
            localize(r.taken_at, zone, f"anc[{i}].taken_at"),
            r.cells_per_uL,
            "anc",
            f"{_number(r.value)} {r.unit}",
            i,
            r.value,
            r.unit,
        )
        for i, r in enumerate(case.anc)
    ]
    found += [
        _Reading(
            localize(r.taken_at, zone, f"cbc[{i}].taken_at"),
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


def _last_fever(case: CaseInput, threshold: float, zone: tzinfo) -> datetime | None:
    moments = [localize(case.last_fever_at, zone, "last_fever_at")] if case.last_fever_at else []
    moments += [
        localize(t.taken_at, zone, f"temperatures[{i}].taken_at")
        for i, t in enumerate(case.temperatures)
        if t.celsius >= threshold
    ]
    return max(moments) if moments else None


def _severity(cells: float, pack: Pack) -> Severity:
    bands = pack.content.severity
    bounds: tuple[tuple[Severity, float], ...] = (
        ("none", bands.none),
        ("mild", bands.mild),
        ("moderate", bands.moderate),
        ("severe", bands.severe),
    )
    for name, floor in bounds:
        if cells >= floor:
            return name
    return "profound"


def _ctcae_grade(cells: float, pack: Pack) -> int | None:
    """CTCAE v5 grade of 'neutrophil count decreased'; None at or above 1500 (grade 1 needs the lab's range)."""
    bands = pack.content.ctcae
    if cells < bands.grade4_below:
        return 4
    if cells < bands.grade3_below:
        return 3
    if cells < bands.grade2_below:
        return 2
    return None


def _words(pack: Pack) -> dict[str, Any]:
    words: dict[str, Any] = {name: _number(value) for name, value in pack.thresholds.model_dump().items()}
    words["fever_celsius"] = f"{pack.thresholds.fever_celsius:.1f}"
    words["prophylaxis_logic"] = (
        "both conditions (guideline)" if pack.settings.prophylaxis_requires_both else "either condition (article)"
    )
    return words


# ---- unit slips -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Slip:
    reading: _Reading
    intended_unit: str
    intended_cells: float


def _slips(readings: list[_Reading], pack: Pack) -> list[_Slip]:
    """Counts implausible for their unit, each with the reading that was most likely meant."""
    t = pack.thresholds
    found = []
    for reading in readings:
        if reading.unit in THOUSAND_UNITS and reading.raw_value > t.unit_slip_high_thousands:
            intended = "cells/uL"
        elif reading.unit not in THOUSAND_UNITS and 0 < reading.raw_value < t.unit_slip_low_cells:
            intended = "10^9/L"
        else:
            continue
        found.append(_Slip(reading, intended, reading.cells / UNIT_FACTOR[reading.unit] * UNIT_FACTOR[intended]))
    return found


def _as_intended(case: CaseInput, slips: list[_Slip]) -> CaseInput:
    """The case with every slipped count read in its likely intended unit."""
    anc = list(case.anc)
    cbc = list(case.cbc)
    for slip in slips:
        i = slip.reading.index
        if slip.reading.source == "anc":
            anc[i] = anc[i].model_copy(update={"unit": slip.intended_unit})
        else:
            cbc[i] = cbc[i].model_copy(update={"wbc_unit": slip.intended_unit})
    return case.model_copy(update={"anc": tuple(anc), "cbc": tuple(cbc)})


def _slip_warnings(run: _Run, slips: list[_Slip], confirmed: bool) -> list[Flag]:
    flags = []
    for slip in slips:
        r = slip.reading
        if confirmed:
            message = run.clinician("warn_units_confirmed", entered=r.entered, taken_at=run.when(r.taken_at))
            flags.append(Flag(id="units_confirmed", message=message))
            continue
        if slip.intended_unit == "cells/uL":
            likely = f"did you mean {_number(r.raw_value)} cells/uL?"
        else:
            likely = f"did you mean {_number(r.raw_value)} x10^9/L ({_number(r.raw_value * 1000)} cells/uL)?"
        message = run.clinician(
            "warn_unit_slip", taken_at=run.when(r.taken_at), entered=r.entered, anc_from_entry=run.shown(r.cells), likely=likely
        )
        flags.append(Flag(id="unit_slip", message=message))
    return flags


# ---- evaluation -------------------------------------------------------------------------------


def evaluate(case: CaseInput, pack: Pack, as_of: datetime, zone: tzinfo | None = None) -> Recommendation:
    """Decide whether anakinra is withheld, resumed or continued for `case` at the moment `as_of`.

    `zone` is the workstation's time zone, used for naive times when neither the case nor the site
    names one (default UTC). Every elapsed time is measured between real instants.

    A count that is implausible for its unit is evaluated both as entered and as most likely meant;
    until the case confirms its units, the more cautious result stands and is marked provisional.
    """
    tz = clinic_zone(case, pack, zone)
    check_times(case, as_of, tz)
    indication = _indication(case, pack)
    readings = _readings(case, tz)
    slips = _slips(readings, pack)
    if not slips or case.units_confirmed:
        return _evaluate_reading(case, pack, as_of, tz, indication, slips, confirmed=bool(slips))
    entered = _evaluate_reading(case, pack, as_of, tz, indication, slips, confirmed=False)
    intended = _evaluate_reading(_as_intended(case, slips), pack, as_of, tz, indication, slips, confirmed=False)
    chosen = intended if CAUTION[intended.decision] > CAUTION[entered.decision] else entered
    content = pack.content
    first = slips[0]
    reason = content.provisional.reason.format_map(
        {
            **_words(pack),
            "taken_at": when(first.reading.taken_at, tz),
            "entered": first.reading.entered,
            "entered_anc": _number(shown_count(first.reading.cells, count_edges(pack))),
            "entered_decision": entered.headline,
            "intended": f"{_number(first.reading.raw_value)} {first.intended_unit}",
            "intended_decision": intended.headline,
        }
    )
    trace = tuple(
        entry.model_copy(
            update={"inputs": {**entry.inputs, "entered_decision": entered.decision, "intended_decision": intended.decision}}
        )
        if entry.id == "warn_unit_slip"
        else entry
        for entry in chosen.trace
    )
    return chosen.model_copy(update={"provisional": True, "provisional_reason": reason, "trace": trace})


def _indication(case: CaseInput, pack: Pack) -> str | None:
    if case.pack is not None and case.pack != pack.content.id:
        raise InputError("pack", f"the case names pack {case.pack!r} but is being evaluated with {pack.content.id!r}")
    if case.indication is not None and case.indication not in pack.content.indications:
        known = ", ".join(pack.content.indications)
        raise InputError("indication", f"{case.indication!r} is not one of the pack's indications: {known}")
    return case.indication


def _evaluate_reading(
    case: CaseInput, pack: Pack, as_of: datetime, zone: tzinfo, indication: str | None, slips: list[_Slip], confirmed: bool
) -> Recommendation:
    now = localize(as_of, zone, "as_of")
    t = pack.thresholds
    content = pack.content
    readings = _readings(case, zone)
    current = readings[-1]
    cells = current.cells
    severity = _severity(cells, pack)
    grade = _ctcae_grade(cells, pack)
    fever_known = case.fever_recorded
    last_fever = _last_fever(case, t.fever_celsius, zone)
    afebrile_window = timedelta(hours=t.afebrile_hours)
    recent_fever = last_fever is not None and now - last_fever < afebrile_window
    fever_until = last_fever + afebrile_window if last_fever is not None else None
    neutropenic = cells < t.neutropenia_anc_below
    infection = case.infection_signs is True or case.lower_respiratory_signs
    scope_words = content.indications[indication] if indication else None
    in_scope = scope_words is None or scope_words.in_scope

    run = _Run(pack=pack, words=_words(pack), zone=zone)
    anc = run.shown(cells)
    run.words.update(
        anc=anc,
        severity=severity,
        ctcae_words=f"CTCAE grade {grade}" if grade else "CTCAE grade 0-1: grade 1 only below the lab's lower limit of normal",
        urti=case.urti or "not recorded",
        fever_at=run.when(last_fever) if last_fever else ("none" if fever_known else "not recorded"),
        fever_until=run.when(fever_until) if fever_until else "now",
        lower_suffix=" spreading to the lower airway" if case.lower_respiratory_signs else "",
        indication_label=scope_words.label if scope_words else "the recorded indication",
        scope_reason=scope_words.reason if scope_words else "",
    )

    criteria = _criteria(case, run, cells, last_fever, recent_fever, fever_known)
    all_met = all(c.met is True for c in criteria)

    # ---- decision -------------------------------------------------------------------------
    # Out of scope, no withhold or resume rule applies: they are weighed (trace) but do not fire.
    on_drug = case.anakinra == "active"
    low = on_drug and cells < t.hold_anc_below
    urti_hold = on_drug and neutropenic and case.urti == "active"
    infection_hold = on_drug and infection
    fever_hold = on_drug and neutropenic and recent_fever
    must_hold = low or urti_hold or infection_hold or fever_hold
    rules_say: Decision = ("withhold" if must_hold else "continue") if on_drug else ("resume" if all_met else "withhold")
    run.consider("withhold_low_anc", in_scope and low, ("hold_anc_below",), anc=anc, anakinra=case.anakinra)
    run.consider("withhold_neutropenia_urti", in_scope and urti_hold, ("neutropenia_anc_below",), anc=anc, urti=case.urti)
    run.consider(
        "withhold_active_infection",
        in_scope and infection_hold,
        infection_signs=case.infection_signs,
        lower_respiratory_signs=case.lower_respiratory_signs,
    )
    run.consider(
        "withhold_fever_neutropenia",
        in_scope and fever_hold,
        ("neutropenia_anc_below", "afebrile_hours", "fever_celsius"),
        anc=anc,
        last_fever_at=run.words["fever_at"],
    )
    run.consider("continue_no_hold_reason", in_scope and on_drug and not must_hold, anakinra=case.anakinra)
    criteria_inputs = {c.id: c.met for c in criteria}
    resume_reads = ("resume_anc_above", "afebrile_hours", "fever_celsius")
    run.consider("resume_all_criteria_met", in_scope and not on_drug and all_met, resume_reads, **criteria_inputs)
    run.consider("keep_holding_until_criteria_met", in_scope and not on_drug and not all_met, resume_reads, **criteria_inputs)
    run.consider("scope_out_of_scope", not in_scope, indication=indication, rules_would_say=rules_say)
    decision: Decision = rules_say if in_scope else "out_of_scope"
    run.consider("severity_grading", True, anc=anc, severity=severity, ctcae_grade=grade)

    red_flags = _red_flags(case, run, cells, recent_fever)
    prophylaxis = _prophylaxis(case, run, cells)
    monitoring = _monitoring(run, decision, cells, neutropenic, current.taken_at, now)
    advice = _advice(case, run, decision)
    risk_factors = _risk_factors(case, run)
    warnings = _warnings(case, run, decision, cells, readings, now, recent_fever, indication, slips, confirmed)

    if decision in ("continue", "out_of_scope"):
        earliest = None
    elif recent_fever:
        earliest = fever_until
    else:
        earliest = now if decision == "resume" else None

    changes: tuple[Change, ...] = ()
    if decision == "withhold":
        changes = tuple(_change(c, run) for c in criteria if c.met is not True)

    fired_rules = [content.rule(rule_id) for rule_id in run.fired]
    cited = {cid for rule in fired_rules for cid in rule.citations}
    patient = [run.say(content.decisions[decision].patient), run.say(content.patient.why_low)]
    patient += [run.say(rule.patient) for rule in fired_rules if rule.patient]
    patient.append(run.say(content.patient.urgent))
    reason = scope_words.reason if scope_words and not in_scope else ""

    return Recommendation(
        decision=decision,
        headline=run.say(content.decisions[decision].clinician),
        anc_cells_per_uL=anc,
        severity=severity,
        criteria=criteria,
        earliest_resume_at=run.local(earliest),
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
        advice=advice,
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
        as_of=now.astimezone(zone),
        last_fever_at=run.local(last_fever),
        anc_series=tuple(
            AncPoint(
                taken_at=r.taken_at.astimezone(zone), anc_cells_per_uL=run.shown(r.cells), source=r.source, entered=r.entered
            )
            for r in readings
        ),
        scope=Scope(in_scope=in_scope, reason=reason, indication=indication),
        ctcae_grade=grade,
        timezone=zone_name(zone),
    )


def _criteria(
    case: CaseInput, run: _Run, cells: float, last_fever: datetime | None, recent_fever: bool, fever_known: bool
) -> tuple[Criterion, ...]:
    text = run.pack.content.criteria
    anc_met = cells > run.pack.thresholds.resume_anc_above
    urti_met = None if case.urti is None else case.urti != "active"
    if case.lower_respiratory_signs or case.infection_signs is True:
        infection_met: bool | None = False
    else:
        infection_met = None if case.infection_signs is None else True
    # Unknown is never "no": with no fever history at all the fever-free criterion is unknown.
    afebrile_met: bool | None = (not recent_fever) if fever_known else None

    def detail(cid: CriterionId, met: bool | None, unmet_key: str = "unmet", met_key: str = "met") -> str:
        words = text[cid].model_dump()
        key = met_key if met else ("unknown" if met is None else unmet_key)
        return run.say(words[key] or words["unmet"])

    found = {
        "anc_recovered": (anc_met, detail("anc_recovered", anc_met)),
        "urti_resolved": (urti_met, detail("urti_resolved", urti_met)),
        "no_active_infection": (
            infection_met,
            detail("no_active_infection", infection_met, "unmet_lower" if case.lower_respiratory_signs else "unmet"),
        ),
        "afebrile_48h": (afebrile_met, detail("afebrile_48h", afebrile_met, met_key="met" if last_fever else "met_none")),
    }
    return tuple(
        Criterion(id=cid, met=found[cid][0], detail=found[cid][1], title=run.say(text[cid].title)) for cid in CRITERION_IDS
    )


def _change(criterion: Criterion, run: _Run) -> Change:
    words = run.pack.content.criteria[criterion.id]
    template = words.needed_unknown if criterion.met is None and words.needed_unknown else words.needed
    return Change(criterion=criterion.id, needed=run.say(template))


def _red_flags(case: CaseInput, run: _Run, cells: float, recent_fever: bool) -> tuple[Flag, ...]:
    t = run.pack.thresholds
    anc = run.words["anc"]
    flags = []
    checks = (
        (
            "red_flag_febrile_neutropenia",
            "febrile_neutropenia",
            recent_fever and cells < t.febrile_neutropenia_anc_below,
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
        (
            "red_flag_profound_neutropenia",
            "profound_neutropenia",
            cells < t.profound_anc_below,
            ("profound_anc_below",),
            {"anc": anc},
        ),
    )
    for rule_id, flag_id, fired, reads, inputs in checks:
        if run.consider(rule_id, fired, reads, **inputs):
            flags.append(Flag(id=flag_id, message=run.clinician(rule_id)))
    return tuple(flags)


def _prophylaxis(case: CaseInput, run: _Run, cells: float) -> Prophylaxis:
    t = run.pack.thresholds
    rule = run.pack.content.rule("prophylaxis_antibacterial")
    anc = run.words["anc"]
    profound = cells < t.profound_anc_below
    days = case.expected_neutropenia_days
    # The duration arm counts only while the count is below the guideline's neutropenia line (500).
    below_line = cells < t.prophylaxis_anc_below
    prolonged = below_line and days is not None and days > t.prophylaxis_days_above
    both = run.pack.settings.prophylaxis_requires_both
    recommended = (profound and prolonged) if both else (profound or prolonged)
    parts = [f"ANC {anc} is {'' if profound else 'not '}below {run.words['profound_anc_below']}"]
    if days is None:
        parts.append("expected length of neutropenia not estimated")
    elif not below_line and days > t.prophylaxis_days_above:
        parts.append(
            f"neutropenia expected to last {_number(days)} days, but ANC is not below {run.words['prophylaxis_anc_below']}"
        )
    else:
        longer = "more" if prolonged else "not more"
        parts.append(f"neutropenia expected to last {_number(days)} days, {longer} than {run.words['prophylaxis_days_above']}")
    reason = f"{'; '.join(parts)}. Rule in use: {run.words['prophylaxis_logic']}"
    if run.consider(
        "prophylaxis_antibacterial",
        recommended,
        ("profound_anc_below", "prophylaxis_days_above", "prophylaxis_anc_below", "prophylaxis_requires_both"),
        anc=anc,
        expected_neutropenia_days=days,
        prophylaxis_requires_both=both,
    ):
        run.clinician("prophylaxis_antibacterial", agent=rule.agent, prophylaxis_reason=reason)
    antiviral = None
    if run.consider("antiviral_consider", case.urti == "active", urti=case.urti):
        antiviral = run.clinician("antiviral_consider")
    return Prophylaxis(recommended=recommended, agent=rule.agent if recommended else None, reason=reason, antiviral=antiviral)


def _monitoring(
    run: _Run, decision: str, cells: float, neutropenic: bool, counted_at: datetime, now: datetime
) -> tuple[MonitoringItem, ...]:
    t = run.pack.thresholds
    anc = run.words["anc"]
    items = []
    if run.consider("monitor_daily_cbc_while_held", decision == "withhold", ("held_cbc_interval_hours",), decision=decision):
        due = max(now, counted_at + timedelta(hours=t.held_cbc_interval_hours))
        items.append(
            MonitoringItem(
                id="daily_cbc",
                test="CBC with differential",
                schedule=run.clinician("monitor_daily_cbc_while_held"),
                due_at=run.local(due),
            )
        )
    follow_reads = ("followup_cbc_days_min", "followup_cbc_days_max")
    if run.consider("monitor_cbc_after_resume", decision == "resume", follow_reads, decision=decision):
        items.append(
            MonitoringItem(
                id="cbc_after_resume",
                test="CBC with differential",
                schedule=run.clinician("monitor_cbc_after_resume"),
                due_at=run.local(now + timedelta(days=t.followup_cbc_days_min)),
                due_by=run.local(now + timedelta(days=t.followup_cbc_days_max)),
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
                due_at=run.local(max(now, counted_at + timedelta(days=t.on_drug_cbc_interval_days))),
            )
        )
    # The label's routine schedule runs from the start of treatment, which the case does not record.
    if run.consider("monitor_routine_label_schedule", decision == "continue", decision=decision):
        items.append(
            MonitoringItem(
                id="routine_neutrophil_counts",
                test="Neutrophil count",
                schedule=run.clinician("monitor_routine_label_schedule"),
                due_at=None,
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


def _advice(case: CaseInput, run: _Run, decision: str) -> tuple[Flag, ...]:
    advice = []
    if run.consider("dose_reduction_on_recurrence", decision == "resume", decision=decision):
        advice.append(Flag(id="dose_reduction_on_recurrence", message=run.clinician("dose_reduction_on_recurrence")))
    if run.consider("advice_no_live_vaccines", decision in ("continue", "resume"), decision=decision):
        advice.append(Flag(id="no_live_vaccines", message=run.clinician("advice_no_live_vaccines")))
    crcl = case.creatinine_clearance_ml_min
    low_kidney = crcl is not None and crcl < run.pack.thresholds.renal_crcl_below
    if run.consider("advice_renal_dosing", low_kidney, ("renal_crcl_below",), creatinine_clearance_ml_min=crcl):
        advice.append(Flag(id="renal_dosing", message=run.clinician("advice_renal_dosing", crcl=_number(crcl or 0))))
    return tuple(advice)


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


def _drug_matches(case: CaseInput, names: tuple[str, ...]) -> list[str]:
    """Entries of the case's drug list that name one of `names` as a whole word, in any case."""
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)
    return [entry for entry in case.immunosuppressants if pattern.search(entry)]


def _steady(readings: list[_Reading], t: Any) -> bool:
    """No count below the hold line, and no fall of more than the pack's share within its window."""
    if any(r.cells < t.hold_anc_below for r in readings):
        return False
    window = timedelta(days=t.benign_fall_days)
    for i, earlier in enumerate(readings):
        for later in readings[i + 1 :]:
            if later.taken_at - earlier.taken_at <= window and earlier.cells > 0:
                if (earlier.cells - later.cells) / earlier.cells * 100 > t.benign_fall_percent:
                    return False
    return True


def _warnings(
    case: CaseInput,
    run: _Run,
    decision: str,
    cells: float,
    readings: list[_Reading],
    now: datetime,
    recent_fever: bool,
    indication: str | None,
    slips: list[_Slip],
    confirmed: bool,
) -> tuple[Flag, ...]:
    t = run.pack.thresholds
    anc = run.words["anc"]
    warnings = []
    if run.consider("warn_indication_not_recorded", indication is None, indication=indication):
        warnings.append(Flag(id="indication_not_recorded", message=run.clinician("warn_indication_not_recorded")))
    flare = indication is not None and run.pack.content.indications[indication].flare_risk
    if run.consider("warn_flare_risk", flare and decision == "withhold", indication=indication, decision=decision):
        warnings.append(Flag(id="weigh_flare_risk", message=run.clinician("warn_flare_risk")))
    for drug_class in run.pack.content.drug_classes.values():
        matches = _drug_matches(case, drug_class.names)
        if run.consider(drug_class.rule, bool(matches), immunosuppressants=list(case.immunosuppressants), matched=matches):
            warnings.append(Flag(id=drug_class.warning, message=run.clinician(drug_class.rule, drug_names=", ".join(matches))))

    slipped = [f"{s.reading.source}[{s.reading.index}]" for s in slips]
    warnings += _slip_warnings(run, slips, confirmed)
    run.consider(
        "warn_unit_slip", bool(slips) and not confirmed, ("unit_slip_low_cells", "unit_slip_high_thousands"), readings=slipped
    )
    run.consider("warn_units_confirmed", bool(slips) and confirmed, readings=slipped)

    label_gap = decision in ("resume", "continue") and cells < t.label_start_anc_below
    if run.consider("warn_label_threshold", label_gap, ("label_start_anc_below",), decision=decision, anc=anc):
        warnings.append(Flag(id="label_threshold", message=run.clinician("warn_label_threshold")))

    unassessed = []
    if case.urti is None:
        unassessed.append("upper respiratory symptoms")
    if case.infection_signs is None:
        unassessed.append("signs of other infection")
    if not case.fever_recorded:
        unassessed.append("fever")
    if run.consider(
        "warn_not_assessed",
        bool(unassessed),
        urti=case.urti,
        infection_signs=case.infection_signs,
        fever_recorded=case.fever_recorded,
    ):
        warnings.append(Flag(id="not_assessed", message=run.clinician("warn_not_assessed", unassessed=", ".join(unassessed))))

    latest = readings[-1].taken_at
    age_hours = (now - latest) / timedelta(hours=1)
    stale = age_hours > t.stale_count_hours
    stale_reads = ("stale_count_hours",)
    if run.consider("warn_stale_count", stale, stale_reads, latest_count_at=run.when(latest), count_age_hours=round(age_hours)):
        warnings.append(
            Flag(
                id="stale_count",
                message=run.clinician("warn_stale_count", count_age_hours=round(age_hours), taken_at=run.when(latest)),
            )
        )

    quiet = case.infection_signs is False and case.urti != "active" and not recent_fever and not case.lower_respiratory_signs
    # Only a steady low count suggests a benign variant; a fall of more than a third does not.
    benign = _steady(readings, t) and cells < t.neutropenia_anc_below and quiet
    duffy_reads = ("hold_anc_below", "neutropenia_anc_below", "benign_fall_percent", "benign_fall_days")
    if run.consider("warn_duffy_variant", benign, duffy_reads, anc=anc, infection_signs=case.infection_signs, urti=case.urti):
        warnings.append(Flag(id="benign_low_count", message=run.clinician("warn_duffy_variant")))
    return tuple(warnings)
