"""`neutrohold labs`, `evaluate --labs`, `evaluate --format fhir` and the log's FHIR output, as a script calls them."""

from __future__ import annotations

import json
import os
import stat

from fhir.resources.R4B.bundle import Bundle

from desktop_app.cli import main
from tests.conftest import EXAMPLES

LABS = EXAMPLES / "labs"
CASE = LABS / "case-nh-0042.json"


def test_labs_json_lists_the_readings(capsys):
    assert main(["labs", str(LABS / "oru-r01-cbc.hl7"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["format"] == "hl7v2" and out["patient_ref"] == "NH-0042"
    assert out["anc"] == [{"value": 0.42, "unit": "10^9/L", "taken_at": "2026-11-24T08:10:00+01:00"}]
    assert {r["written_unit"] for r in out["results"]} >= {"[degF]", "10*9/L"}


def test_labs_text_says_what_was_skipped(capsys):
    assert main(["labs", str(LABS / "analyser.csv")]) == 0
    out = capsys.readouterr().out
    assert "1 cbc" in out and "skipped row 6: test HGB" in out


def test_a_file_for_another_patient_exits_2_with_one_line(capsys):
    assert main(["labs", str(LABS / "fhir-searchset.json"), "--patient", "OTHER-1"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "NH-0042" in err and "OTHER-1" in err


def test_evaluate_with_two_lab_files(capsys):
    assert main(["evaluate", str(CASE), "--labs", str(LABS / "oru-r01-cbc.hl7"), "--labs", str(LABS / "analyser.csv")]) == 0
    rec = json.loads(capsys.readouterr().out)
    assert rec["decision"] == "withhold" and rec["anc_cells_per_uL"] == 420
    assert "febrile_neutropenia" in {f["id"] for f in rec["red_flags"]}


def test_evaluate_labs_refuses_results_after_the_evaluation_time(capsys):
    assert main(["evaluate", str(CASE), "--labs", str(LABS / "fhir-searchset.json"), "--as-of", "2026-11-24T06:00:00+01:00"]) == 2
    err = capsys.readouterr().err
    assert "fhir-searchset.json" in err and "after the evaluation time" in err and err.count("\n") == 1


def test_evaluate_labs_refuses_a_file_of_another_patient(capsys):
    assert main(["evaluate", str(EXAMPLES / "febrile.json"), "--labs", str(LABS / "oru-r01-cbc.hl7")]) == 2
    assert "is for patient NH-0042, not RHEU-0977" in capsys.readouterr().err


def test_evaluate_format_fhir_validates(capsys):
    assert main(["evaluate", str(CASE), "--labs", str(LABS / "fhir-searchset.json"), "--format", "fhir"]) == 0
    bundle = Bundle.model_validate_json(capsys.readouterr().out)
    kinds = [e.resource.get_resource_type() for e in bundle.entry]
    assert kinds.count("Observation") == 3 and "GuidanceResponse" in kinds and "Provenance" in kinds


def test_log_show_and_export_as_fhir(tmp_path, capsys):
    db = tmp_path / "log.db"
    assert (
        main(
            [
                "log",
                "add",
                str(EXAMPLES / "febrile.json"),
                str(EXAMPLES / "recovering.json"),
                "--as-of",
                "2026-11-24T12:00",
                "--db",
                str(db),
                "--json",
            ]
        )
        == 0
    )
    ids = [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()]
    assert main(["log", "show", ids[0][:8], "--format", "fhir", "--db", str(db)]) == 0
    shown = Bundle.model_validate_json(capsys.readouterr().out)
    patient = next(e.resource for e in shown.entry if e.resource.get_resource_type() == "Patient")
    assert patient.identifier[0].value == "RHEU-0977"
    out = tmp_path / "log.ndjson"
    assert main(["log", "export", "--format", "fhir", "--out", str(out), "--db", str(db)]) == 0
    lines = out.read_text().splitlines()
    assert len(lines) == 2 and all(Bundle.model_validate_json(line).type == "collection" for line in lines)
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    assert main(["log", "export", "--format", "fhir", "--out", str(out), "--db", str(db)]) == 2
