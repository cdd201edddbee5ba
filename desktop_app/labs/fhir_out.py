"""Write one evaluation as a FHIR R4 Bundle (validated with the fhir.resources R4B models).

Patient (pseudonymous identifier only), an Observation per count and temperature (LOINC, UCUM), a
GuidanceResponse with its output Parameters, a DetectedIssue per red flag and warning, Provenance,
and optionally a DocumentReference with the clinician summary PDF.
"""

from __future__ import annotations

import base64
import uuid
from datetime import UTC, datetime
from typing import Any

from desktop_app.labs.records import LOINC_OUT
from desktop_app.models import CaseInput, Recommendation

LOINC_SYSTEM = "http://loinc.org"
UCUM_SYSTEM = "http://unitsofmeasure.org"
PATIENT_SYSTEM = "urn:neutrohold:patient-ref"
PACK_SYSTEM = "urn:neutrohold:knowledge-pack"
FLAG_SYSTEM = "urn:neutrohold:flag"
UCUM_OF_UNIT = {"cells/uL": "/uL", "cells/mm3": "/mm3", "10^9/L": "10*9/L", "10^3/uL": "10*3/uL", "%": "%", "Cel": "Cel"}


def _instant(moment: datetime, zone_name: str | None) -> str:
    """FHIR wants an offset on every time: wall-clock times are read in the evaluation's zone."""
    return _aware(moment, zone_name).isoformat(timespec="seconds")


def _aware(moment: datetime, zone_name: str | None) -> datetime:
    """A wall-clock time in the evaluation's zone when it names one, else in the workstation's."""
    if moment.tzinfo is not None:
        return moment
    if zone_name:
        from desktop_app import models

        # The recorded zone is an IANA key, UTC or a fixed offset such as UTC+01:00.
        reader = getattr(models, "zone_from_name", None)
        if reader is not None:
            return moment.replace(tzinfo=reader(zone_name))
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            return moment.replace(tzinfo=ZoneInfo(zone_name))
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return moment.astimezone()


class _Ids:
    def __init__(self, seed: str) -> None:
        self.seed = seed
        self.count = 0

    def next(self) -> str:
        self.count += 1
        return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'neutrohold:{self.seed}:{self.count}')}"


def _quantity(value: float, unit: str) -> dict[str, Any]:
    return {"value": value, "unit": unit, "system": UCUM_SYSTEM, "code": UCUM_OF_UNIT[unit]}


def _observation(kind: str, value: float, unit: str, taken_at: datetime, zone: str | None, patient: str) -> dict[str, Any]:
    code, display = LOINC_OUT[kind]  # type: ignore[index]
    return {
        "resourceType": "Observation",
        "status": "final",
        "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                  "code": "vital-signs" if kind == "temperature" else "laboratory"}]}],
        "code": {"coding": [{"system": LOINC_SYSTEM, "code": code, "display": display}]},
        "subject": {"reference": patient},
        "effectiveDateTime": _instant(taken_at, zone),
        "valueQuantity": _quantity(value, unit),
    }  # fmt: skip


def evaluation_bundle(
    case: CaseInput, rec: Recommendation, *, pdf: bytes | None = None, who: str | None = None, recorded_at: datetime | None = None
) -> dict[str, Any]:
    """The evaluation as a FHIR R4 collection Bundle (JSON-ready dict), validated before it is returned."""
    zone = getattr(rec, "timezone", None)
    ids = _Ids(f"{case.patient_ref}|{rec.as_of.isoformat()}|{rec.pack.sha256}|{rec.decision}")
    entries: list[tuple[str, dict[str, Any]]] = []
    patient = ids.next()
    entries.append((patient, {"resourceType": "Patient", "identifier": [{"system": PATIENT_SYSTEM, "value": case.patient_ref}]}))
    observations: list[str] = []
    for reading in case.anc:
        observations.append(ids.next())
        entries.append((observations[-1], _observation("anc", reading.value, reading.unit, reading.taken_at, zone, patient)))
    for cbc in case.cbc:
        parts = [("wbc", cbc.wbc, cbc.wbc_unit), ("neutrophil_pct", cbc.neutrophil_pct, "%"), ("band_pct", cbc.band_pct, "%")]
        for kind, value, unit in parts:
            observations.append(ids.next())
            entries.append((observations[-1], _observation(kind, value, unit, cbc.taken_at, zone, patient)))
    for temperature in case.temperatures:
        observations.append(ids.next())
        entries.append(
            (observations[-1], _observation("temperature", temperature.celsius, "Cel", temperature.taken_at, zone, patient))
        )
    as_of = _instant(rec.as_of, zone)
    parameters = ids.next()
    entries.append((parameters, _parameters(rec, zone)))
    guidance = ids.next()
    entries.append((guidance, _guidance(rec, patient, as_of, parameters, observations)))
    issues: list[str] = []
    for severity, flags in (("high", rec.red_flags), ("moderate", rec.warnings)):
        for flag in flags:
            issues.append(ids.next())
            entries.append((issues[-1], {
                "resourceType": "DetectedIssue", "status": "final", "severity": severity,
                "code": {"coding": [{"system": FLAG_SYSTEM, "code": flag.id}], "text": flag.id},
                "patient": {"reference": patient}, "identifiedDateTime": as_of, "detail": flag.message,
                "implicated": [{"reference": guidance}],
            }))  # fmt: skip
    document = None
    if pdf is not None:
        document = ids.next()
        entries.append((document, {
            "resourceType": "DocumentReference", "status": "current",
            "type": {"text": "NeutroHold clinician summary"}, "subject": {"reference": patient}, "date": as_of,
            "content": [{"attachment": {"contentType": "application/pdf", "data": base64.b64encode(pdf).decode("ascii"),
                                        "title": "Clinician summary"}}],
        }))  # fmt: skip
    targets = [guidance, parameters, *issues, *observations] + ([document] if document else [])
    entries.append((ids.next(), _provenance(rec, targets, who, recorded_at or rec.as_of, zone)))
    bundle = {
        "resourceType": "Bundle",
        "identifier": {"system": "urn:neutrohold:evaluation", "value": str(uuid.uuid5(uuid.NAMESPACE_URL, ids.seed))},
        "type": "collection",
        "timestamp": _instant(recorded_at or rec.as_of, zone),
        "entry": [{"fullUrl": url, "resource": resource} for url, resource in entries],
    }
    validate_bundle(bundle)
    return bundle


def _scope(rec: Recommendation) -> tuple[bool, str, bool, str | None]:
    """(in scope, scope reason, provisional, why) of a recommendation, from before or after these fields existed."""
    scope = getattr(rec, "scope", None)
    in_scope = rec.decision != "out_of_scope" and (scope is None or scope.in_scope)
    return (
        in_scope,
        getattr(scope, "reason", "") or "",
        bool(getattr(rec, "provisional", False)),
        getattr(rec, "provisional_reason", None),
    )


def _parameters(rec: Recommendation, zone: str | None) -> dict[str, Any]:
    in_scope, scope_reason, provisional, provisional_reason = _scope(rec)
    params: list[dict[str, Any]] = [
        {"name": "decision", "valueCode": rec.decision},
        {"name": "provisional", "valueBoolean": provisional},
        {"name": "in_scope", "valueBoolean": in_scope},
        {"name": "anc_cells_per_uL", "valueDecimal": rec.anc_cells_per_uL},
        {"name": "severity", "valueCode": rec.severity},
    ]
    if provisional_reason:
        params.append({"name": "provisional_reason", "valueString": provisional_reason})
    if scope_reason:
        params.append({"name": "scope_reason", "valueString": scope_reason})
    if rec.earliest_resume_at is not None:
        params.append({"name": "earliest_resume_at", "valueDateTime": _instant(rec.earliest_resume_at, zone)})
    for criterion in rec.criteria:
        part: list[dict[str, Any]] = [
            {"name": "id", "valueCode": criterion.id},
            {"name": "detail", "valueString": criterion.detail},
        ]
        # met is true, false or unknown; unknown is written as no value, never as false or true.
        part.insert(
            1,
            {"name": "met", "valueBoolean": criterion.met}
            if criterion.met is not None
            else {"name": "met", "valueString": "unknown"},
        )
        params.append({"name": "criterion", "part": part})
    return {"resourceType": "Parameters", "parameter": params}


def _guidance(rec: Recommendation, patient: str, as_of: str, parameters: str, observations: list[str]) -> dict[str, Any]:
    # success: the pack gave its guidance (out_of_scope is guidance too: "this pack does not decide here").
    # data-requested: provisional, a doubtful input awaits confirmation before the guidance is final.
    in_scope, scope_reason, provisional, provisional_reason = _scope(rec)
    status = "data-requested" if provisional else "success"
    reasons = [{"text": rec.headline}]
    if not in_scope:
        reasons.append({"text": f"out of scope: {scope_reason or 'the pack gives no withhold or resume decision here'}"})
    if provisional:
        reasons.append({"text": f"provisional: {provisional_reason or 'a doubtful input awaits confirmation'}"})
    return {
        "resourceType": "GuidanceResponse",
        "identifier": [{"system": "urn:neutrohold:decision", "value": rec.decision}],
        "moduleCodeableConcept": {"coding": [{"system": PACK_SYSTEM, "code": rec.pack.id, "version": rec.pack.version}],
                                  "text": f"{rec.pack.id} {rec.pack.version}"},
        "status": status,
        "subject": {"reference": patient},
        "occurrenceDateTime": as_of,
        "reasonCode": reasons,
        "evaluationMessage": [],
        "outputParameters": {"reference": parameters},
        "dataRequirement": [],
        "note": [{"text": item.message} for item in rec.advice] or None,
    } | ({"reasonReference": [{"reference": o} for o in observations]} if observations else {})  # fmt: skip


def _provenance(rec: Recommendation, targets: list[str], who: str | None, recorded: datetime, zone: str | None) -> dict[str, Any]:
    entities: list[dict[str, Any]] = [{
        "role": "source",
        "what": {"identifier": {"system": "urn:neutrohold:pack-sha256", "value": rec.pack.sha256},
                 "display": f"knowledge pack {rec.pack.id} {rec.pack.version}"},
    }]  # fmt: skip
    for override in rec.pack.overrides:
        entities.append({
            "role": "source",
            "what": {"display": f"site override {override.key} = {override.value} (default {override.default}): {override.reason}"},
        })  # fmt: skip
    stamp = _aware(recorded, zone)
    return {
        "resourceType": "Provenance",
        "target": [{"reference": t} for t in targets],
        "recorded": stamp.astimezone(UTC).isoformat(timespec="seconds"),
        "agent": [{"who": {"display": who or "NeutroHold"}}],
        "entity": entities,
    }


def _drop_empty(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _drop_empty(v) for k, v in value.items() if v not in (None, [], {})}
    if isinstance(value, list):
        return [_drop_empty(v) for v in value]
    return value


def validate_bundle(bundle: dict[str, Any]) -> Any:
    """The Bundle as fhir.resources R4B models; ValueError when it is not valid FHIR."""
    from fhir.resources.R4B.bundle import Bundle

    cleaned = _drop_empty(bundle)
    bundle.clear()
    bundle.update(cleaned)
    return Bundle.model_validate(bundle)
