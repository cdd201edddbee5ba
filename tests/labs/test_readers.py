"""Lab files read as a clinic receives them: HL7 v2 ORU^R01, FHIR R4 JSON and analyser CSV."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.labs import LabFileError, add_to_case, read_lab_bytes, read_lab_file, read_lab_text
from desktop_app.labs.csv_in import load_mapping
from tests.conftest import EXAMPLES

LABS = EXAMPLES / "labs"
MSH = "MSH|^~\\&|LIS|LAB|NH|CLINIC|20261124093000||ORU^R01|42|P|2.5.1"


def hl7(*segments: str, end: str = "\r", header: str = MSH) -> str:
    return end.join([header, *segments]) + end


def obx(n: int, code: str, value: str, unit: str, status: str = "F", when: str = "20261124081000") -> str:
    return f"OBX|{n}|NM|{code}^name^LN||{value}|{unit}^^UCUM|||||{status}|||{when}"


def test_hl7_example_reads_the_corrected_count_and_converts_fahrenheit():
    found = read_lab_file(LABS / "oru-r01-cbc.hl7")
    assert found.format == "hl7v2" and found.patient_ref == "NH-0042"
    assert found.anc == ({"value": 0.42, "unit": "10^9/L", "taken_at": "2026-11-24T08:10:00+01:00"},)
    assert found.temperatures == ({"celsius": 38.5, "taken_at": "2026-11-24T07:45:00+01:00"},)
    reasons = " ".join(s.reason for s in found.skipped)
    assert "status P is not final" in reasons and "718-7" in reasons


@pytest.mark.parametrize("end", ["\r", "\n", "\r\n"])
def test_hl7_segment_ends_of_any_system(end):
    text = hl7("PID|1||P1^^^C^MR", obx(1, "751-8", "320", "/uL"), end=end)
    assert read_lab_text(text, "f").anc == ({"value": 320, "unit": "cells/uL", "taken_at": "2026-11-24T08:10:00"},)


def test_hl7_batch_of_several_messages_and_the_corrected_result_wins():
    batch = "\r".join([
        "BHS|^~\\&|LIS", hl7("PID|1||P1", obx(1, "751-8", "0.30", "10*9/L")).strip(),
        hl7("PID|1||P1", obx(1, "751-8", "0.35", "10*9/L", status="C")).strip(), "BTS|2",
    ])  # fmt: skip
    found = read_lab_text(batch, "batch.hl7")
    assert [a["value"] for a in found.anc] == [0.35]
    assert any("replaced by the corrected result" in s.reason for s in found.skipped)


def test_hl7_cbc_differential_becomes_a_cbc_reading_and_obr7_gives_the_time():
    text = hl7(
        "PID|1||P1", "OBR|1|||58410-2^CBC^LN|||202611240700",
        "OBX|1|NM|6690-2^WBC^LN||3.2|10*3/uL|||||F", "OBX|2|NM|770-8^Neut^LN||40|%|||||F", "OBX|3|NM|764-1^Band^LN||5|%|||||F",
    )  # fmt: skip
    assert read_lab_text(text, "f").cbc == (
        {"wbc": 3.2, "wbc_unit": "10^3/uL", "neutrophil_pct": 40, "band_pct": 5, "taken_at": "2026-11-24T07:00:00"},
    )


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (hl7("PID|1||P1", obx(1, "751-8", "320", "/uL"), header=MSH.replace("ORU^R01", "ADT^A01")), "ADT^A01, not ORU^R01"),
        (hl7("PID|1||P1", obx(1, "718-7", "120", "g/L")), "no final neutrophil result"),
        (hl7("PID|1||P1", obx(1, "751-8", "320", "mmol/L")), "segment 3 (OBX): the unit 'mmol/L' of 751-8"),
        (hl7("PID|1||P1", obx(1, "751-8", "lots", "/uL")), "segment 3 (OBX): the value 'lots'"),
        (hl7("PID|1||P1", obx(1, "751-8", "320", "/uL", when="")), "751-8 has no time"),
        (hl7("PID|1||P1", obx(1, "751-8", "320", "/uL", when="yesterday")), "not an HL7 date-time"),
        ("Dear colleague\nplease see the results\n", "is not an HL7 v2 message, FHIR JSON or a CSV"),
    ],
)
def test_bad_hl7_is_refused_naming_the_problem(text, words):
    with pytest.raises(LabFileError) as caught:
        read_lab_text(text, "lab.hl7")
    assert caught.value.field == "lab.hl7" and words in caught.value.message


def test_a_file_for_another_patient_is_refused_naming_both():
    with pytest.raises(LabFileError, match="is for patient NH-0042, not RHEU-0977"):
        read_lab_file(LABS / "fhir-searchset.json", patient_ref="RHEU-0977")


def test_several_patients_read_only_the_chosen_one():
    text = hl7("PID|1||A1", obx(1, "751-8", "320", "/uL")) + hl7("PID|1||B2", obx(1, "751-8", "900", "/uL")).removeprefix("")
    with pytest.raises(LabFileError, match="2 patients"):
        read_lab_text(text, "f")
    assert [a["value"] for a in read_lab_text(text, "f", patient_ref="B2").anc] == [900]


def test_results_after_the_evaluation_time_are_refused():
    with pytest.raises(LabFileError, match="after the evaluation time"):
        read_lab_file(LABS / "fhir-searchset.json", as_of=datetime(2026, 11, 24, 7, 0, tzinfo=UTC))


def test_broken_encoding_binary_and_oversized_files(tmp_path):
    with pytest.raises(LabFileError, match="not UTF-8"):
        read_lab_bytes(MSH.encode() + b"\rPID|1||\xff\xfe", "f")
    with pytest.raises(LabFileError, match="binary"):
        read_lab_bytes(b"MSH\x00\x01", "f")
    big = tmp_path / "big.hl7"
    big.write_bytes(b"x" * (10 * 1024 * 1024 + 1))
    with pytest.raises(LabFileError, match="over 10 MB"):
        read_lab_file(big)


def test_fhir_searchset_with_ucum_units():
    found = read_lab_file(LABS / "fhir-searchset.json")
    assert found.format == "fhir" and found.patient_ref == "NH-0042"
    assert [(a["value"], a["unit"]) for a in found.anc] == [(0.35, "10^9/L"), (620, "cells/uL")]
    assert found.temperatures == ({"celsius": 38.4, "taken_at": "2026-11-22T20:00:00+01:00"},)


def observation(code: str, value: float, unit: str, status: str = "final", when: str = "2026-11-24T08:00:00+01:00") -> dict:
    return {
        "resourceType": "Observation", "status": status, "code": {"coding": [{"system": "http://loinc.org", "code": code}]},
        "effectiveDateTime": when, "valueQuantity": {"value": value, "system": "http://unitsofmeasure.org", "code": unit},
        "subject": {"identifier": {"value": "P9"}},
    }  # fmt: skip


def test_fhir_single_observation_in_fahrenheit_and_a_transaction_bundle():
    single = read_lab_text(json.dumps(observation("26499-4", 1.2, "10*3/uL")), "obs.json")
    assert single.anc[0]["unit"] == "10^3/uL" and single.patient_ref == "P9"
    bundle = {"resourceType": "Bundle", "type": "transaction", "entry": [
        {"resource": observation("751-8", 300, "/mm3"), "request": {"method": "POST", "url": "Observation"}},
        {"resource": observation("8310-5", 100.4, "[degF]"), "request": {"method": "POST", "url": "Observation"}},
        {"resource": observation("751-8", 999, "/mm3", status="preliminary", when="2026-11-24T09:00:00+01:00"),
         "request": {"method": "POST", "url": "Observation"}},
    ]}  # fmt: skip
    found = read_lab_text(json.dumps(bundle), "tx.json")
    assert found.anc[0]["unit"] == "cells/mm3" and found.temperatures[0]["celsius"] == 38.0
    assert any("status preliminary" in s.reason for s in found.skipped)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (
            {
                "resourceType": "Bundle",
                "type": "searchset",
                "entry": [{"resource": {"resourceType": "Observation", "status": "final"}}],
            },
            "entry 1: not a valid FHIR R4 Observation",
        ),
        (observation("751-8", 300, "mg"), "the unit 'mg' of 751-8"),
        ({"resourceType": "Bundle", "type": "searchset", "entry": []}, "no final neutrophil result"),
        ({"hello": 1}, "no resourceType"),
    ],
)
def test_bad_fhir_is_refused_naming_the_entry(data, words):
    with pytest.raises(LabFileError) as caught:
        read_lab_text(json.dumps(data), "x.json")
    assert words in caught.value.message


def test_csv_example_and_a_site_mapping(tmp_path):
    found = read_lab_file(LABS / "analyser.csv")
    assert found.cbc[0]["neutrophil_pct"] == 21 and found.cbc[0]["band_pct"] == 3
    mapping = tmp_path / "site.toml"
    mapping.write_text(
        '[columns]\ntaken_at = "Collected"\ntest = "Analyte"\nvalue = "Result"\nunit = "Units"\n[tests]\n"ABS NEUT" = "751-8"\n'
    )
    sheet = tmp_path / "site.csv"
    sheet.write_text("Collected;Analyte;Result;Units\n2026-11-24T08:00;ABS NEUT;0,4;G/L\n2026-11-24T08:00;ABS NEUT;0.45;G/L\n")
    with pytest.raises(LabFileError, match="row 2: the value '0,4' is not a number"):
        read_lab_file(sheet, mapping=mapping)
    sheet.write_text("Collected;Analyte;Result;Units\n2026-11-24T08:00;ABS NEUT;0.45;G/L\n")
    assert read_lab_file(sheet, mapping=mapping).anc == ({"value": 0.45, "unit": "10^9/L", "taken_at": "2026-11-24T08:00:00"},)
    with pytest.raises(LabFileError, match="lacks the column"):
        read_lab_file(sheet)
    assert load_mapping(mapping).tests == {"abs neut": "751-8"}


def test_readings_already_in_the_case_are_not_added_twice():
    found = read_lab_file(LABS / "fhir-searchset.json")
    case = {"patient_ref": "NH-0042", "anc": [{"value": 350, "unit": "cells/uL", "taken_at": "2026-11-23T08:05:00+01:00"}]}
    merged, skipped = add_to_case(case, found)
    assert [a["value"] for a in merged["anc"]] == [350, 620]
    assert [s.where for s in skipped] == ["anc 2026-11-23T08:05:00+01:00"]
    assert case["anc"] == [{"value": 350, "unit": "cells/uL", "taken_at": "2026-11-23T08:05:00+01:00"}]
    again, skipped_again = add_to_case(merged, found)
    assert again == merged and len(skipped_again) == 3


def test_a_later_reading_is_not_mistaken_for_a_duplicate():
    found = read_lab_file(LABS / "fhir-searchset.json")
    case = {
        "anc": [{"value": 350, "unit": "cells/uL", "taken_at": (datetime(2026, 11, 23, 8, 5) + timedelta(minutes=1)).isoformat()}]
    }
    assert len(add_to_case(case, found)[0]["anc"]) == 3
