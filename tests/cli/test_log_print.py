"""`neutrohold log print`: a logged case printed with its checklist ticks and its clinician override."""

from __future__ import annotations

import re
import stat

from pypdf import PdfReader

from desktop_app.cli import main
from desktop_app.services import caselog
from tests.conftest import EXAMPLES


def pdf_text(path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(path).pages))


def test_logged_case_prints_with_ticks_and_override(tmp_path, capsys):
    db = tmp_path / "log.db"
    assert (
        main(
            ["log", "add", str(EXAMPLES / "febrile.json"), "--as-of", "2026-11-24T12:00", "--db", str(db), "--who", "dr.adeyemi"]
        )
        == 0
    )
    evaluation_id = capsys.readouterr().out.split()[0]
    with caselog.open_log(db) as log:
        caselog.acknowledge_pitfall(log, evaluation_id, "alternative_causes", who="Dr K. Adeyemi")
        caselog.record_clinician_override(
            log, evaluation_id, "continue", "specialist_advice", "Haematology to review <today>", who="Dr K. Adeyemi"
        )
    out = tmp_path / "case.pdf"
    assert main(["log", "print", evaluation_id[:8], "--pdf", str(out), "--db", str(db), "--paper", "letter"]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = pdf_text(out)
    assert "RHEU-0977" in text and "WITHHOLD ANAKINRA" in text
    assert "Checked by Dr K. Adeyemi" in text
    assert "Haematology to review <today>" in text
    assert text.count("Checked by ____") == 3


def test_patient_handout_of_a_logged_case(tmp_path, capsys):
    db = tmp_path / "log.db"
    assert main(["log", "add", str(EXAMPLES / "recovering.json"), "--as-of", "2026-11-24T12:00", "--db", str(db)]) == 0
    evaluation_id = capsys.readouterr().out.split()[0]
    out = tmp_path / "handout.pdf"
    assert (
        main(["log", "print", evaluation_id, "--pdf", str(out), "--db", str(db), "--audience", "patient", "--large-print"]) == 0
    )
    assert "You can start your anakinra injections again" in pdf_text(out)


def test_unknown_case_exits_2_with_one_line(tmp_path, capsys):
    db = tmp_path / "log.db"
    assert main(["log", "add", str(EXAMPLES / "recovering.json"), "--as-of", "2026-11-24T12:00", "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["log", "print", "ffffffff", "--pdf", str(tmp_path / "x.pdf"), "--db", str(db)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no logged case has an id starting" in err[0]
    assert not (tmp_path / "x.pdf").exists()
