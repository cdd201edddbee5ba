"""Read FHIR R4 JSON lab results (a Bundle or single Observations) with fhir.resources (R4B models)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from desktop_app.labs.records import LOINC, LabResult, Skipped, normalise

LOINC_SYSTEM = "http://loinc.org"
FINAL_STATUSES = {"final", "amended", "corrected"}
BUNDLE_TYPES = {
    "collection",
    "searchset",
    "transaction",
    "batch",
    "document",
    "message",
    "transaction-response",
    "batch-response",
}


def looks_like_fhir(text: str) -> bool:
    return text.lstrip().startswith(("{", "["))


def read_fhir(text: str) -> tuple[list[tuple[str | None, LabResult]], list[Skipped]]:
    """(patient id, result) for every Observation of interest, and what was skipped; ValueError names the entry."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise ValueError(f"is not valid JSON ({exc})") from None
    items: list[tuple[str, Any]] = []
    full_urls: dict[str, str] = {}
    if isinstance(data, list):
        items = [(f"item {i + 1}", item) for i, item in enumerate(data)]
    elif isinstance(data, dict) and data.get("resourceType") == "Bundle":
        entries = data.get("entry") or []
        if not isinstance(entries, list):
            raise ValueError("Bundle.entry is not a list")
        _validate("Bundle", {**data, "entry": []}, "Bundle")
        for i, entry in enumerate(entries):
            resource = entry.get("resource") if isinstance(entry, dict) else None
            if isinstance(entry, dict) and isinstance(entry.get("fullUrl"), str):
                full_urls[f"entry {i + 1}"] = entry["fullUrl"]
            items.append((f"entry {i + 1}", resource))
    elif isinstance(data, dict):
        items = [("resource", data)]
    else:
        raise ValueError("is not a FHIR resource (a JSON object with resourceType)")
    patients: dict[str, str] = {}
    observations: list[tuple[str, Any]] = []
    skipped: list[Skipped] = []
    for where, resource in items:
        kind = resource.get("resourceType") if isinstance(resource, dict) else None
        if kind == "Patient":
            patient = _validate("Patient", resource, where)
            ident = next((i.value for i in patient.identifier or [] if i.value), None)
            if ident:
                # Observations point at their patient by "Patient/id" or by the entry's fullUrl.
                if patient.id:
                    patients[f"Patient/{patient.id}"] = ident
                if where in full_urls:
                    patients[full_urls[where]] = ident
        elif kind == "Observation":
            observations.append((where, _validate("Observation", resource, where)))
        elif kind is None:
            raise ValueError(f"{where}: is not a FHIR resource (no resourceType)")
        else:
            skipped.append(Skipped(where=where, reason=f"a {kind}, not an Observation"))
    results: list[tuple[str | None, LabResult]] = []
    for where, obs in observations:
        result = _result(where, obs, skipped)
        if result is not None:
            results.append((_subject(obs, patients), result))
    return results, skipped


def _validate(kind: str, data: Any, where: str) -> Any:
    from pydantic import ValidationError

    from fhir.resources.R4B import get_fhir_model_class

    try:
        return get_fhir_model_class(kind).model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        path = ".".join(str(p) for p in first["loc"])
        raise ValueError(f"{where}: not a valid FHIR R4 {kind} ({path}: {first['msg']})") from None
    except (TypeError, ValueError, RecursionError) as exc:
        raise ValueError(f"{where}: not a valid FHIR R4 {kind} ({exc})") from None


def _subject(obs: Any, patients: dict[str, str]) -> str | None:
    subject = obs.subject
    if subject is None:
        return None
    if subject.identifier is not None and subject.identifier.value:
        return subject.identifier.value
    reference = subject.reference or ""
    return patients.get(reference, reference.removeprefix("Patient/") or None)


def _result(where: str, obs: Any, skipped: list[Skipped]) -> LabResult | None:
    codes = [c.code for c in (obs.code.coding or []) if c.system == LOINC_SYSTEM and c.code]
    code = next((c for c in codes if c in LOINC), None)
    if code is None:
        skipped.append(Skipped(where=where, reason=f"code {', '.join(codes) or '(no LOINC)'} is not a result NeutroHold reads"))
        return None
    if obs.status not in FINAL_STATUSES:
        skipped.append(Skipped(where=where, reason=f"status {obs.status} is not final, amended or corrected"))
        return None
    quantity = obs.valueQuantity
    if quantity is None or quantity.value is None:
        raise ValueError(f"{where}: {code} has no valueQuantity")
    unit = quantity.code or quantity.unit or ""
    moment = obs.effectiveDateTime or (obs.effectivePeriod.start if obs.effectivePeriod else None) or obs.issued
    if moment is None:
        raise ValueError(f"{where}: {code} has no effectiveDateTime")
    if not isinstance(moment, datetime):
        raise ValueError(f"{where}: {code} was taken on {moment}, a date without a time")
    result = normalise(where, code, LOINC[code], format(quantity.value, "f"), unit, moment)
    return result.model_copy(update={"corrected": obs.status in ("amended", "corrected")})
