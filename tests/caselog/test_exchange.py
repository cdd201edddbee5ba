"""Backup while writing, JSON export/import merging by UUID, and CSV cells that cannot run as formulas."""

from __future__ import annotations

import csv
import json
import sqlite3
import subprocess
import sys
import time

import pytest

from desktop_app.caselog.exchange import neutralise_cell
from desktop_app.caselog.import_check import ImportRefused
from desktop_app.models import InputError
from desktop_app.services import caselog
from tests.conftest import EXAMPLES, REPO

PAYLOADS = ['=HYPERLINK("http://evil","x")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\tTAB=1", "\rCR=1", "=1+1"]


def test_csv_cells_that_start_a_formula_are_neutralised(log, evaluated, tmp_path):
    ids = []
    for n, payload in enumerate(PAYLOADS):
        case, rec = evaluated("recovering", patient_ref=f"{payload[:40]}{n}".replace("\r", "").replace("\t", ""), notes=payload)
        ids.append(caselog.record_evaluation(log, case, rec, who="dr-a"))
        caselog.add_note(log, ids[-1], payload, who="dr-a")
    caselog.record_clinician_override(log, ids[0], "withhold", "other_clinical_judgement", "=cmd", who="=evil")
    out = tmp_path / "cases.csv"
    assert caselog.export_log(log, out, "csv") == len(PAYLOADS)
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    assert len(body) == len(PAYLOADS)
    for row in body:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (header, row)
    refs = {row[header.index("patient_ref")] for row in body}
    assert "'=1+16" in refs and "'@SUM(A1:A9)3" in refs
    notes = {row[header.index("case_notes")] for row in body}
    assert set(notes) == {"'" + payload for payload in PAYLOADS}
    assert "'=cmd" in {row[header.index("override_text")] for row in body}


def test_neutralise_leaves_ordinary_text_alone():
    assert neutralise_cell("RHEU-0412") == "RHEU-0412"
    assert neutralise_cell(1100) == "1100"
    assert neutralise_cell(None) == ""
    assert neutralise_cell("-5") == "'-5"


def test_json_export_is_lossless_and_importing_twice_adds_nothing(tmp_path, evaluated, example_stems):
    with caselog.open_log(tmp_path / "a.db") as source:
        ids = [caselog.record_evaluation(source, *evaluated(stem), who="dr-a") for stem in example_stems]
        caselog.acknowledge_pitfall(source, ids[0], "premature_resumption", who="dr-a")
        caselog.record_clinician_override(source, ids[1], "continue", "patient_preference", "travelling", who="dr-a")
        caselog.add_note(source, ids[2], "=not a formula here", who="dr-b")
        caselog.export_log(source, tmp_path / "a.json", "json")
        originals = {i: caselog.get_case(source, i) for i in ids}
    document = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert document["format"] == "neutrohold-caselog-export" and len(document["tables"]["evaluations"]) == len(ids)
    with caselog.open_log(tmp_path / "b.db") as target:
        first = caselog.import_log(target, tmp_path / "a.json")
        assert first.added["evaluations"] == len(ids) and first.already_present == 0
        counts = {
            t: target.db.execute("SELECT count(*) FROM " + t).fetchone()[0] for t in ("audit", "observations", "case_search")
        }
        second = caselog.import_log(target, tmp_path / "a.json")
        assert sum(second.added.values()) == 0 and second.kept_local == 0
        assert second.already_present == sum(len(rows) for rows in document["tables"].values())
        assert {t: target.db.execute("SELECT count(*) FROM " + t).fetchone()[0] for t in counts} == counts
        for evaluation_id, original in originals.items():
            assert caselog.get_case(target, evaluation_id) == original
        assert [row.id for row in caselog.list_cases(target, "formula")] == [ids[2]]
        events = {row[0] for row in target.db.execute("SELECT event FROM audit WHERE seq > 1")}
        assert events == {"imported"}
        assert caselog.verify(target).ok


def test_two_workstations_merge_both_ways(tmp_path, evaluated):
    with caselog.open_log(tmp_path / "ward.db") as ward, caselog.open_log(tmp_path / "clinic.db") as clinic:
        held = caselog.record_evaluation(ward, *evaluated("long-neutropenia"), who="dr-ward")
        caselog.record_evaluation(clinic, *evaluated("febrile"), who="dr-clinic")
        caselog.export_log(ward, tmp_path / "ward.json", "json")
        caselog.import_log(clinic, tmp_path / "ward.json")
        episode = caselog.get_case(clinic, held).episode
        caselog.close_episode(clinic, episode.id, who="dr-clinic")
        caselog.export_log(clinic, tmp_path / "clinic.json", "json")
        summary = caselog.import_log(ward, tmp_path / "clinic.json")
        assert summary.added["evaluations"] == 1 and summary.updated["episodes"] == 1
        assert caselog.get_case(ward, held).episode.status == "closed"
        assert caselog.count_cases(ward) == caselog.count_cases(clinic) == 2
        assert caselog.verify(ward).ok and caselog.verify(clinic).ok


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(format="other"), "not a NeutroHold case log export"),
        (lambda d: d["tables"]["evaluations"][0].update(decision=3), "decision: must be str"),
        (lambda d: d["tables"]["evaluations"][0].pop("who"), "must have exactly the columns"),
        (lambda d: d["tables"]["patients"][0].update(patient_ref="SOMEONE"), "does not belong to its patient_ref"),
        (
            lambda d: d["tables"]["evaluations"][0].update(case_json='{"patient_ref": ""}'),
            "case_json: does not hold a valid case",
        ),
        (lambda d: d["tables"]["evaluations"][0].update(decision="maybe"), "decision: says 'maybe' but its stored case"),
        (lambda d: d["tables"].update(patients=[]), "points to patients record"),
    ],
)
def test_a_bad_export_is_refused_whole(tmp_path, evaluated, mutate, message):
    with caselog.open_log(tmp_path / "a.db") as source:
        caselog.record_evaluations(source, [evaluated(), evaluated("febrile")], who="dr-a")
        caselog.export_log(source, tmp_path / "a.json", "json")
    document = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    # Unsigned, so the record checks (not the signature) are what refuses the file.
    document.pop("signature")
    document["workstation"] = None
    mutate(document)
    (tmp_path / "bad.json").write_text(json.dumps(document), encoding="utf-8")
    with caselog.open_log(tmp_path / "b.db") as target:
        with pytest.raises((InputError, ImportRefused), match=message):
            caselog.import_log(target, tmp_path / "bad.json", accept_unsigned=True)
        assert caselog.count_cases(target) == 0
        assert target.db.execute("SELECT count(*) FROM audit").fetchone()[0] == 1


def test_export_never_overwrites(log, tmp_path):
    (tmp_path / "taken.json").write_text("keep me", encoding="utf-8")
    with pytest.raises(InputError, match="already exists"):
        caselog.export_log(log, tmp_path / "taken.json", "json")
    with pytest.raises(InputError, match="already exists"):
        caselog.backup(log, tmp_path / "taken.json")
    assert (tmp_path / "taken.json").read_text(encoding="utf-8") == "keep me"


def test_backup_while_another_process_is_writing(log_path, tmp_path, evaluated):
    caselog.open_log(log_path).close()
    cases = [str(EXAMPLES / "recovering.json")] * 40
    writer = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "log", "add", *cases, "--json", "--db", str(log_path), "--as-of", "2026-11-24T12:00"],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        with caselog.open_log(log_path) as log:
            deadline = time.monotonic() + 30
            while caselog.count_cases(log) < 3 and time.monotonic() < deadline:
                time.sleep(0.02)
            copies = [caselog.backup(log, tmp_path / f"copy{n}.db") for n in range(3)]
    finally:
        out, err = writer.communicate(timeout=60)
    assert writer.returncode == 0, err
    assert len(out.splitlines()) == 40
    for copy in copies:
        with caselog.open_log(copy) as restored:
            report = caselog.verify(restored)
            assert report.ok and report.cases >= 3, report
    conn = sqlite3.connect(copies[0])
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
