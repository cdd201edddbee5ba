"""The decision engine: (CaseInput, Pack, as_of) -> Recommendation, pure and deterministic."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any, Literal

from desktop_app.knowledge.pack import CRITERION_IDS, RISK_FACTOR_IDS, Pack, placeholders
from desktop_app.models import (
    UNIT_WORDS,
    Refusal,
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
    Message,
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
    """How a moment is written in the trace (data, not wording): 2026-11-25 12:00 (wall clock of `zone`)."""
    if zone is not None and moment.tzinfo is not None:
        moment = moment.astimezone(zone)
    return moment.strftime("%Y-%m-%d %H:%M")


_number = number_text


def m(message_id: str, **params: Any) -> dict[str, Any]:
    """A message as a parameter of another message: {"id", "params"}."""
    return {"id": message_id, "params": params}


def unit_word(unit: str) -> dict[str, Any]:
    """A count's unit as a message parameter (a word of the wording layer, like a status named in a sentence)."""
    return m(f"values.unit.{UNIT_WORDS[unit]}")


def moment(value: datetime) -> dict[str, str]:
    """A moment as a message parameter: the ISO instant with the clinic's offset (written by the wording layer)."""
    return {"moment": value.isoformat()}


@dataclass
class _Reading:
    taken_at: datetime  # a real instant, in UTC
    cells: float  # exact cells/uL, never rounded before a comparison
    source: Literal["anc", "cbc"]
    entered: dict[str, Any]  # the reading as typed, a message
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
    said: dict[str, Message] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.settings = {**self.pack.thresholds.model_dump(), **self.pack.settings.model_dump()}
        self.changed = {o.key for o in self.pack.overrides}
        self.texts = self.pack.content.texts()

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

    def say(self, path: str, **extra: Any) -> Message:
        """The message at `path` of the pack's wording, with the parameters its English template names."""
        values = {**self.words, **extra}
        return Message(id=path, params={name: values[name] for name in sorted(placeholders(self.texts[path]))})

    def clinician(self, rule_id: str, **extra: Any) -> Message:
        message = self.say(f"rules.{rule_id}.clinician", **extra)
        self.said.setdefault(rule_id, message)
        return message

    def when(self, moment: datetime) -> str:
        return when(moment, self.zone)

    def moment(self, value: datetime) -> dict[str, str]:
        return moment(value.astimezone(self.zone))

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
        except Refusal as exc:
            raise InputError("timezone", str(exc), reason=exc.reason, params=exc.params) from None
        except ValueError as exc:
            raise InputError("timezone", str(exc)) from None
    return workstation or UTC


def _readings(case: CaseInput, zone: tzinfo) -> list[_Reading]:
    found = [
        _Reading(
            localize(r.taken_at, zone, f"anc[{i}].taken_at"),
            r.cells_per_uL,
            "anc",
            m("messages.entered_count", value=r.value, unit=unit_word(r.unit)),
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
            m(
                "messages.entered_cbc",
                wbc=r.wbc,
                wbc_unit=unit_word(r.wbc_unit),
                neutrophil_pct=r.neutrophil_pct,
                band_pct=r.band_pct,
            ),
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
    """Raw values every wording may name: the thresholds by name, the drug, the prophylaxis rule in use."""
    words: dict[str, Any] = dict(pack.thresholds.model_dump())
    words["fever_celsius"] = {"celsius": pack.thresholds.fever_celsius}
    words["prophylaxis_logic"] = m(
        "messages.prophylaxis_logic_both" if pack.settings.prophylaxis_requires_both else "messages.prophylaxis_logic_either"
    )
    words["drug"] = m("drug.name")
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
            message = run.clinician("warn_units_confirmed", entered=r.entered, taken_at=run.moment(r.taken_at))
            flags.append(Flag(id="units_confirmed", message="", message_wording=message))
            continue
        if slip.intended_unit == "cells/uL":
            likely = m("messages.unit_slip_likely_cells", value=r.raw_value)
        else:
            likely = m("messages.unit_slip_likely_thousands", value=r.raw_value, cells=r.raw_value * 1000)
        message = run.clinician(
            "warn_unit_slip", taken_at=run.moment(r.taken_at), entered=r.entered, anc_from_entry=run.shown(r.cells), likely=likely
        )
        flags.append(Flag(id="unit_slip", message="", message_wording=message))
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
    first = slips[0]
    words = {
        **_words(pack),
        "taken_at": moment(first.reading.taken_at.astimezone(tz)),
        "entered": first.reading.entered,
        "entered_anc": shown_count(first.reading.cells, count_edges(pack)),
        "entered_decision": (entered.headline_wording or Message(id="")).model_dump(),
        "intended": m("messages.entered_count", value=first.reading.raw_value, unit=unit_word(first.intended_unit)),
        "intended_decision": (intended.headline_wording or Message(id="")).model_dump(),
    }
    template = pack.content.texts()["provisional.reason"]
    reason = Message(id="provisional.reason", params={name: words[name] for name in sorted(placeholders(template))})
    trace = tuple(
        entry.model_copy(
            update={"inputs": {**entry.inputs, "entered_decision": entered.decision, "intended_decision": intended.decision}}
        )
        if entry.id == "warn_unit_slip"
        else entry
        for entry in chosen.trace
    )
    return chosen.model_copy(
        update={"provisional": True, "provisional_reason": "", "provisional_reason_wording": reason, "trace": trace}
    )


def _indication(case: CaseInput, pack: Pack) -> str | None:
    if case.pack is not None and case.pack != pack.content.id:
        raise InputError.of("pack", "other_pack", named=repr(case.pack), used=repr(pack.content.id))
    if case.indication is not None and case.indication not in pack.content.indications:
        known = ", ".join(pack.content.indications)
        raise InputError.of("indication", "unknown_indication", given=repr(case.indication), known=known)
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
        severity=m(f"report.severity.{severity}"),  # the band's word, from the printout catalogue
        ctcae_words=m("messages.ctcae_grade", grade=grade) if grade else m("messages.ctcae_grade_0_1"),
        urti=m(f"values.urti.{case.urti}") if case.urti else m("messages.not_recorded"),
        fever_at=run.moment(last_fever) if last_fever else m("messages.fever_none" if fever_known else "messages.not_recorded"),
        fever_until=run.moment(fever_until) if fever_until else m("messages.fever_until_now"),
        lower_suffix=m("messages.lower_airway_suffix") if case.lower_respiratory_signs else "",
        indication_label=m(f"indications.{indication}.label") if indication else m("messages.indication_unknown"),
        scope_reason=m(f"indications.{indication}.reason") if indication and scope_words and scope_words.reason else "",
    )
    # The trace keeps the moment of the last fever as it always wrote it (data, not wording).
    fever_seen = run.when(last_fever) if last_fever else ("none" if fever_known else "not recorded")

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
        last_fever_at=fever_seen,
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
    patient = [run.say(f"decisions.{decision}.patient"), run.say("patient.why_low")]
    patient += [run.say(f"rules.{rule.id}.patient") for rule in fired_rules if rule.patient]
    patient.append(run.say("patient.urgent"))
    reason = m(f"indications.{indication}.reason") if scope_words and not in_scope else None
    unique_patient: dict[str, Message] = {}
    for message in patient:
        unique_patient.setdefault(message.model_dump_json(), message)

    return Recommendation(
        decision=decision,
        headline="",
        headline_wording=run.say(f"decisions.{decision}.clinician"),
        anc_cells_per_uL=anc,
        severity=severity,
        criteria=criteria,
        earliest_resume_at=run.local(earliest),
        prophylaxis=prophylaxis,
        monitoring=monitoring,
        red_flags=red_flags,
        risk_factors=risk_factors,
        risk_factor_labels=tuple("" for _ in risk_factors),
        risk_factor_labels_wording=tuple(run.say(f"risk_factors.{rid}.label") for rid in risk_factors),
        pitfalls=tuple(Pitfall(id=p.id, text="", text_wording=Message(id=f"pitfalls.{p.id}.text")) for p in content.pitfalls),
        citations=tuple(
            Citation(
                id=c.id,
                title=c.title,  # quoted as published, in every language
                detail="",
                detail_wording=Message(id=f"citations.{c.id}.detail"),
            )
            for c in content.citations
            if c.id in cited
        ),
        trace=tuple(run.trace),
        pack=pack.stamp(),
        what_would_change=changes,
        warnings=warnings,
        advice=advice,
        basis=tuple(
            RuleBasis(
                id=rule.id,
                title="",
                text="",
                provenance=rule.provenance,
                citations=rule.citations,
                differs="" if rule.differs else None,
                title_wording=Message(id=f"rules.{rule.id}.title"),
                text_wording=run.said.get(rule.id) or run.clinician(rule.id),
                differs_wording=run.say(f"rules.{rule.id}.differs") if rule.differs else None,
            )
            for rule in fired_rules
        ),
        patient_explanation=tuple("" for _ in unique_patient),
        patient_explanation_wording=tuple(unique_patient.values()),
        as_of=now.astimezone(zone),
        last_fever_at=run.local(last_fever),
        anc_series=tuple(
            AncPoint(
                taken_at=r.taken_at.astimezone(zone),
                anc_cells_per_uL=run.shown(r.cells),
                source=r.source,
                entered="",
                entered_wording=Message.model_validate(r.entered),
            )
            for r in readings
        ),
        scope=Scope(
            in_scope=in_scope,
            reason="",
            indication=indication,
            reason_wording=Message.model_validate(reason) if reason else None,
        ),
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

    def detail(cid: CriterionId, met: bool | None, unmet_key: str = "unmet", met_key: str = "met") -> Message:
        words = text[cid].model_dump()
        key = met_key if met else ("unknown" if met is None else unmet_key)
        return run.say(f"criteria.{cid}.{key if words[key] else 'unmet'}")

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
        Criterion(
            id=cid,
            met=found[cid][0],
            detail="",
            title="",
            detail_wording=found[cid][1],
            title_wording=run.say(f"criteria.{cid}.title"),
        )
        for cid in CRITERION_IDS
    )


def _change(criterion: Criterion, run: _Run) -> Change:
    words = run.pack.content.criteria[criterion.id]
    key = "needed_unknown" if criterion.met is None and words.needed_unknown else "needed"
    return Change(criterion=criterion.id, needed="", needed_wording=run.say(f"criteria.{criterion.id}.{key}"))


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
            flags.append(Flag(id=flag_id, message="", message_wording=run.clinician(rule_id)))
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
    count_part = run.say("messages.prophylaxis_count_below" if profound else "messages.prophylaxis_count_not_below")
    if days is None:
        duration_part = run.say("messages.prophylaxis_days_unknown")
    elif not below_line and days > t.prophylaxis_days_above:
        duration_part = run.say("messages.prophylaxis_days_not_low", days=days)
    else:
        duration_part = run.say(
            "messages.prophylaxis_days_more" if prolonged else "messages.prophylaxis_days_not_more", days=days
        )
    reason = run.say("messages.prophylaxis_reason", count_part=count_part.model_dump(), duration_part=duration_part.model_dump())
    agent = m("rules.prophylaxis_antibacterial.agent")
    if run.consider(
        "prophylaxis_antibacterial",
        recommended,
        ("profound_anc_below", "prophylaxis_days_above", "prophylaxis_anc_below", "prophylaxis_requires_both"),
        anc=anc,
        expected_neutropenia_days=days,
        prophylaxis_requires_both=both,
    ):
        run.clinician("prophylaxis_antibacterial", agent=agent, prophylaxis_reason=reason.model_dump())
    antiviral = None
    if run.consider("antiviral_consider", case.urti == "active", urti=case.urti):
        antiviral = run.clinician("antiviral_consider")
    return Prophylaxis(
        recommended=recommended,
        agent="" if recommended and rule.agent else None,
        reason="",
        antiviral="" if antiviral else None,
        reason_wording=reason,
        agent_wording=Message.model_validate(agent) if recommended and rule.agent else None,
        antiviral_wording=antiviral,
    )


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
                test="",
                test_wording=Message(id="messages.test_cbc"),
                schedule="",
                schedule_wording=run.clinician("monitor_daily_cbc_while_held"),
                due_at=run.local(due),
            )
        )
    follow_reads = ("followup_cbc_days_min", "followup_cbc_days_max")
    if run.consider("monitor_cbc_after_resume", decision == "resume", follow_reads, decision=decision):
        items.append(
            MonitoringItem(
                id="cbc_after_resume",
                test="",
                test_wording=Message(id="messages.test_cbc"),
                schedule="",
                schedule_wording=run.clinician("monitor_cbc_after_resume"),
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
                test="",
                test_wording=Message(id="messages.test_cbc"),
                schedule="",
                schedule_wording=run.clinician("monitor_mild_neutropenia_on_drug"),
                due_at=run.local(max(now, counted_at + timedelta(days=t.on_drug_cbc_interval_days))),
            )
        )
    # The label's routine schedule runs from the start of treatment, which the case does not record.
    if run.consider("monitor_routine_label_schedule", decision == "continue", decision=decision):
        items.append(
            MonitoringItem(
                id="routine_neutrophil_counts",
                test="",
                test_wording=Message(id="messages.test_neutrophils"),
                schedule="",
                schedule_wording=run.clinician("monitor_routine_label_schedule"),
                due_at=None,
            )
        )
    run.consider("monitor_infection_watch", True, decision=decision)
    items.append(
        MonitoringItem(
            id="infection_watch",
            test="",
            test_wording=Message(id="messages.test_infection_signs"),
            schedule="",
            schedule_wording=run.clinician("monitor_infection_watch"),
            due_at=None,
        )
    )
    return tuple(items)


def _advice(case: CaseInput, run: _Run, decision: str) -> tuple[Flag, ...]:
    advice = []
    if run.consider("dose_reduction_on_recurrence", decision == "resume", decision=decision):
        advice.append(
            Flag(id="dose_reduction_on_recurrence", message="", message_wording=run.clinician("dose_reduction_on_recurrence"))
        )
    if run.consider("advice_no_live_vaccines", decision in ("continue", "resume"), decision=decision):
        advice.append(Flag(id="no_live_vaccines", message="", message_wording=run.clinician("advice_no_live_vaccines")))
    crcl = case.creatinine_clearance_ml_min
    low_kidney = crcl is not None and crcl < run.pack.thresholds.renal_crcl_below
    if run.consider("advice_renal_dosing", low_kidney, ("renal_crcl_below",), creatinine_clearance_ml_min=crcl):
        advice.append(Flag(id="renal_dosing", message="", message_wording=run.clinician("advice_renal_dosing", crcl=crcl or 0)))
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
    labels = [run.say(f"risk_factors.{rid}.label").model_dump() for rid in found]
    run.words["risk_list"] = labels or m("messages.risk_none")
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
        warnings.append(
            Flag(id="indication_not_recorded", message="", message_wording=run.clinician("warn_indication_not_recorded"))
        )
    flare = indication is not None and run.pack.content.indications[indication].flare_risk
    if run.consider("warn_flare_risk", flare and decision == "withhold", indication=indication, decision=decision):
        warnings.append(Flag(id="weigh_flare_risk", message="", message_wording=run.clinician("warn_flare_risk")))
    for drug_class in run.pack.content.drug_classes.values():
        matches = _drug_matches(case, drug_class.names)
        if run.consider(drug_class.rule, bool(matches), immunosuppressants=list(case.immunosuppressants), matched=matches):
            warnings.append(
                Flag(id=drug_class.warning, message="", message_wording=run.clinician(drug_class.rule, drug_names=matches))
            )

    slipped = [f"{s.reading.source}[{s.reading.index}]" for s in slips]
    warnings += _slip_warnings(run, slips, confirmed)
    run.consider(
        "warn_unit_slip", bool(slips) and not confirmed, ("unit_slip_low_cells", "unit_slip_high_thousands"), readings=slipped
    )
    run.consider("warn_units_confirmed", bool(slips) and confirmed, readings=slipped)

    label_gap = decision in ("resume", "continue") and cells < t.label_start_anc_below
    if run.consider("warn_label_threshold", label_gap, ("label_start_anc_below",), decision=decision, anc=anc):
        warnings.append(Flag(id="label_threshold", message="", message_wording=run.clinician("warn_label_threshold")))

    unassessed = []
    if case.urti is None:
        unassessed.append(m("messages.unassessed_urti"))
    if case.infection_signs is None:
        unassessed.append(m("messages.unassessed_infection"))
    if not case.fever_recorded:
        unassessed.append(m("messages.unassessed_fever"))
    if run.consider(
        "warn_not_assessed",
        bool(unassessed),
        urti=case.urti,
        infection_signs=case.infection_signs,
        fever_recorded=case.fever_recorded,
    ):
        warnings.append(
            Flag(id="not_assessed", message="", message_wording=run.clinician("warn_not_assessed", unassessed=unassessed))
        )

    latest = readings[-1].taken_at
    age_hours = (now - latest) / timedelta(hours=1)
    stale = age_hours > t.stale_count_hours
    stale_reads = ("stale_count_hours",)
    if run.consider("warn_stale_count", stale, stale_reads, latest_count_at=run.when(latest), count_age_hours=round(age_hours)):
        warnings.append(
            Flag(
                id="stale_count",
                message="",
                message_wording=run.clinician("warn_stale_count", count_age_hours=round(age_hours), taken_at=run.moment(latest)),
            )
        )

    quiet = case.infection_signs is False and case.urti != "active" and not recent_fever and not case.lower_respiratory_signs
    # Only a steady low count suggests a benign variant; a fall of more than a third does not.
    benign = _steady(readings, t) and cells < t.neutropenia_anc_below and quiet
    duffy_reads = ("hold_anc_below", "neutropenia_anc_below", "benign_fall_percent", "benign_fall_days")
    if run.consider("warn_duffy_variant", benign, duffy_reads, anc=anc, infection_signs=case.infection_signs, urti=case.urti):
        warnings.append(Flag(id="benign_low_count", message="", message_wording=run.clinician("warn_duffy_variant")))
    return tuple(warnings)
