"""Evaluations written as FHIR R4 Bundles: valid for fhir.resources, and their Observations read back the same."""

from __future__ import annotations

import base64
import json
from datetime import datetime

from fhir.resources.R4B.bundle import Bundle

from desktop_app.services.evaluation import evaluate
from desktop_app.labs import read_lab_text
from desktop_app.labs.fhir_out import evaluation_bundle
from desktop_app.models import parse_case
from tests.conftest import EXAMPLES

CASE = {
    "patient_ref": "FHIR-7",
    "anakinra": "active",
    "anc": [{"value": 0.41, "unit": "10^9/L", "taken_at": "2026-11-24T06:30:00+01:00"}],
    "cbc": [{"wbc": 2.0, "wbc_unit": "10^9/L", "neutrophil_pct": 20, "band_pct": 2, "taken_at": "2026-11-23T06:30:00+01:00"}],
    "temperatures": [{"celsius": 38.6, "taken_at": "2026-11-23T21:15:00+01:00"}],
    "urti": "active",
    "infection_signs": None,
    "notes": "<b>not markup</b>",
}
AS_OF = datetime.fromisoformat("2026-11-24T09:00:00+01:00")


def resources(bundle: dict, kind: str) -> list[dict]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def test_bundle_validates_and_holds_every_part(pack):
    case = parse_case(CASE)
    rec = evaluate(case, pack, AS_OF)
    bundle = evaluation_bundle(case, rec, pdf=b"%PDF-1.4 test", who="dr.who")
    Bundle.model_validate_json(json.dumps(bundle))
    patient = resources(bundle, "Patient")[0]
    assert patient == {"resourceType": "Patient", "identifier": [{"system": "urn:neutrohold:patient-ref", "value": "FHIR-7"}]}
    guidance = resources(bundle, "GuidanceResponse")[0]
    assert guidance["moduleCodeableConcept"]["coding"][0] == {
        "system": "urn:neutrohold:knowledge-pack",
        "code": rec.pack.id,
        "version": rec.pack.version,
    }
    params = {p["name"]: p for p in resources(bundle, "Parameters")[0]["parameter"]}
    assert params["decision"]["valueCode"] == "withhold"
    issues = resources(bundle, "DetectedIssue")
    assert {i["code"]["text"] for i in issues} >= {f.id for f in rec.red_flags} and "febrile_neutropenia" in {
        f.id for f in rec.red_flags
    }
    provenance = resources(bundle, "Provenance")[0]
    assert provenance["entity"][0]["what"]["identifier"]["value"] == rec.pack.sha256
    assert provenance["agent"][0]["who"]["display"] == "dr.who"
    document = resources(bundle, "DocumentReference")[0]
    assert base64.b64decode(document["content"][0]["attachment"]["data"]) == b"%PDF-1.4 test"


def test_unknown_criteria_are_not_written_as_met_or_unmet(pack):
    case = parse_case(CASE)
    bundle = evaluation_bundle(case, evaluate(case, pack, AS_OF))
    criteria = [p for p in resources(bundle, "Parameters")[0]["parameter"] if p["name"] == "criterion"]
    infection = next(c for c in criteria if c["part"][0]["valueCode"] == "no_active_infection")
    assert infection["part"][1] == {"name": "met", "valueString": "unknown"}


def test_observations_read_back_as_the_same_readings(pack):
    case = parse_case(CASE)
    bundle = evaluation_bundle(case, evaluate(case, pack, AS_OF))
    back = read_lab_text(json.dumps(bundle), "bundle.json", patient_ref="FHIR-7")
    assert back.anc == tuple({**r, "taken_at": r["taken_at"]} for r in CASE["anc"])
    assert back.cbc == ({**CASE["cbc"][0]},)
    assert back.temperatures == tuple(CASE["temperatures"])


def test_every_example_case_makes_a_valid_bundle(pack):
    for path in sorted(EXAMPLES.glob("*.json")):
        case = parse_case(json.loads(path.read_text()))
        rec = evaluate(case, pack, case.as_of or datetime(2026, 11, 24, 12, 0))
        Bundle.model_validate(evaluation_bundle(case, rec))
