"""Output formats come from one registry (services/renderers.py): the CLI offers what is registered, and uses it."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from desktop_app.cli import build_parser, main
from desktop_app.services import renderers
from tests.conftest import EXAMPLES

AS_OF = "2026-11-24T12:00"


def shouted_decision(rendering: renderers.Rendering) -> bytes:
    """A format registered by the test: the decision in capitals and the patient, one line."""
    return f"{rendering.recommendation.decision.upper()} {rendering.case.patient_ref}\n".encode()


def shouted_log(log, out: Path, keys) -> int:
    from desktop_app.services import caselog

    rows = caselog.list_cases(log, limit=1000)
    out.write_text("".join(f"{row.decision.upper()} {row.patient_ref}\n" for row in rows), encoding="utf-8")
    return len(rows)


@pytest.fixture
def shout(monkeypatch):
    here = f"{__name__}:"
    monkeypatch.setitem(
        renderers.RENDERERS,
        "shout",
        renderers.Renderer("shout", "test format", one=here + "shouted_decision", log=here + "shouted_log"),
    )


def _choices(*argv: str) -> tuple[str, ...]:
    parser = build_parser(argv)
    found: list[tuple[str, ...]] = []

    def walk(p) -> None:
        for action in p._actions:
            if "--format" in action.option_strings:
                found.append(tuple(action.choices))
            for sub in getattr(action, "choices", None) or {}:
                if isinstance(action.choices, dict):
                    walk(action.choices[sub])

    walk(parser)
    return tuple(found)


def test_the_format_choices_are_the_registered_formats():
    evaluate, show, export = _choices("log")
    assert evaluate == renderers.names("one", terminal=True) == ("json", "text", "fhir")
    assert set(show) == set(evaluate) and show[0] == "text"
    assert export == renderers.names("log") == ("json", "csv", "fhir")
    assert "pdf" in renderers.names("one") and "pdf" not in evaluate  # a binary file is written with --pdf, not printed


def test_a_registered_renderer_is_offered_and_used_by_evaluate_show_and_export(capsys, shout, tmp_path):
    assert "shout" in _choices("log")[0]
    assert main(["evaluate", str(EXAMPLES / "febrile.json"), "--as-of", AS_OF, "--format", "shout"]) == 0
    printed = capsys.readouterr().out
    patient = json.loads((EXAMPLES / "febrile.json").read_text(encoding="utf-8"))["patient_ref"]
    assert printed == f"WITHHOLD {patient}\n"

    db = str(tmp_path / "caselog.db")
    assert main(["log", "add", str(EXAMPLES / "febrile.json"), "--as-of", AS_OF, "--db", db]) == 0
    case_id = capsys.readouterr().out.split()[0]
    assert main(["log", "show", case_id, "--format", "shout", "--db", db]) == 0
    assert capsys.readouterr().out == f"WITHHOLD {patient}\n"
    out = tmp_path / "shouted.txt"
    assert main(["log", "export", "--format", "shout", "--out", str(out), "--db", db]) == 0
    assert out.read_text(encoding="utf-8") == f"WITHHOLD {patient}\n"


def test_an_unregistered_format_is_a_usage_error_naming_it(capsys):
    assert main(["evaluate", str(EXAMPLES / "febrile.json"), "--format", "shout"]) == 2
    assert "shout" in capsys.readouterr().err


@pytest.fixture
def evaluated_example(qapp):
    from desktop_app.services.evaluation import evaluate_data, read_case_file
    from desktop_app.services.packs import open_pack

    data = read_case_file(EXAMPLES / "febrile.json")
    return evaluate_data(data, open_pack(None), datetime.fromisoformat(AS_OF), datetime.now().astimezone())


def test_files_are_written_private_and_whole_a_pdf_replaced_a_calendar_never(evaluated_example, tmp_path):
    case, rec = evaluated_example
    pdf = tmp_path / "handout.pdf"
    for _ in range(2):  # printing to the same file again replaces it, as "Print to File" does
        assert renderers.write("pdf", renderers.Rendering(case, rec, audience="patient"), pdf) == pdf
        assert pdf.read_bytes().startswith(b"%PDF") and (pdf.stat().st_mode & 0o777) == 0o600
    ics = tmp_path / "schedule.ics"
    renderers.write("ics", renderers.Rendering(case, rec), ics)
    assert b"BEGIN:VEVENT" in ics.read_bytes() and (ics.stat().st_mode & 0o777) == 0o600
    with pytest.raises(ValueError, match="already exists"):
        renderers.write("ics", renderers.Rendering(case, rec), ics)
