"""The command line speaks the reader's language: `--language`, else the window's (Preferences, else the
system's), else English. Ids, ISO dates and decision ids stay as they are; English output is unchanged."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.services.locations import settings_file
from tests.conftest import EXAMPLES

AS_OF = "2026-11-24T12:00"
# English phrases of the command line that must not survive into another language's output.
ENGLISH = re.compile(r"\b(cases|EVALUATED|DECISION|TAKEN|PATIENT|recorded|readings|pitfall|history|ticked|audit events|"
                     r"invalid input|is not one of|must be|entered in error|withdrew|anchored|exported)\b")  # fmt: skip
EXPECTED = {
    "es": ("EVALUADO", "PACIENTE", "de 3", "paciente", "valores", "lista de errores frecuentes", "entrada no válida", "correcto"),
    "fr": ("ÉVALUÉ", "PATIENT", "sur 3", "patient", "valeurs", "liste des pièges", "saisie non valide", "correct"),
    "de": ("BEWERTET", "PATIENT", "von 3", "Patient", "Werte", "Checkliste der Fallstricke", "ungültige Eingabe", "in Ordnung"),
}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def log(tmp_path: Path, capsys) -> tuple[str, str]:
    db = str(tmp_path / "caselog.db")
    cases = [str(EXAMPLES / name) for name in ("febrile.json", "recovering.json", "normal.json") if (EXAMPLES / name).exists()]
    cases += [str(path) for path in sorted(EXAMPLES.glob("*.json")) if str(path) not in cases][: 3 - len(cases)]
    code, out, err = run(capsys, "log", "add", *cases, "--as-of", AS_OF, "--json", "--db", db, "--who", "Dr Ada")
    assert (code, err) == (0, "")
    first = json.loads(out.splitlines()[1])["id"]
    return db, first


def bad_case(tmp_path: Path) -> str:
    case = json.loads((EXAMPLES / "febrile.json").read_text(encoding="utf-8"))
    case["anc"][0]["value"] = -1
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_list_show_verify_and_errors_in_each_language(capsys, tmp_path, log, code):
    db, first = log
    listing, shown, checked, refused = EXPECTED[code][:3], EXPECTED[code][3:6], EXPECTED[code][7], EXPECTED[code][6]
    status, out, err = run(capsys, "log", "list", "--db", db, "--language", code)
    assert (status, err) == (0, "")
    assert all(word in out for word in listing), out
    assert "withhold" in out  # the decision ids stay as scripts read them
    status, out, _ = run(capsys, "log", "show", first, "--db", db, "--language", code)
    assert status == 0 and all(word in out for word in shown), out
    assert f"{first}" in out and re.search(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", out)
    status, out, _ = run(capsys, "log", "verify", "--db", db, "--language", code)
    assert status == 0 and out.startswith(checked), out
    status, out, err = run(capsys, "log", "add", bad_case(tmp_path), "--db", db, "--language", code)
    assert status == 2 and out == "" and len(err.splitlines()) == 1
    assert refused in err and "anc[0].value" in err and "-1" in err, err
    for text in (out, err):
        assert not ENGLISH.search(text), (code, text)


def test_the_headline_of_a_logged_case_is_said_again_in_the_language(capsys, log):
    db, first = log
    _, english, _ = run(capsys, "log", "show", first, "--db", db)
    _, spanish, _ = run(capsys, "log", "show", first, "--db", db, "--language", "es")
    headline = lambda text: next(line for line in text.splitlines() if line.startswith(("decision ", "decisión ")))  # noqa: E731
    assert headline(english).split(":")[0].split()[-1] == headline(spanish).split(":")[0].split()[-1]  # the same decision id
    assert headline(english).split(": ", 1)[1] != headline(spanish).split(": ", 1)[1]


def test_without_language_the_window_language_is_used(capsys, log):
    db, _ = log
    settings_file().write_text("[preferences]\nlanguage = de\n", encoding="utf-8")
    status, out, _ = run(capsys, "log", "list", "--db", db)
    assert status == 0 and out.startswith("BEWERTET") and out.rstrip().endswith("von 3")
    status, out, _ = run(capsys, "log", "list", "--db", db, "--language", "en")
    assert out.startswith("EVALUATED") and out.rstrip().endswith("1-3 of 3 cases")


def test_the_system_language_is_used_when_preferences_follow_it(capsys, log, monkeypatch):
    db, _ = log
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    status, out, _ = run(capsys, "log", "verify", "--db", db)
    assert status == 0 and out.startswith("correct : cas 3")


def test_english_output_reads_as_it_always_has(capsys, log, tmp_path):
    db, first = log
    _, out, _ = run(capsys, "log", "list", "--db", db)
    assert out.splitlines()[0] == "EVALUATED         DECISION  TAKEN        ANC  PATIENT           PACK      ID"
    assert out.splitlines()[-1] == "1-3 of 3 cases"
    _, out, _ = run(capsys, "log", "show", first, "--db", db)
    assert out.splitlines()[1].startswith("patient      ") and "(recorded " in out and "\nreadings\n" in out
    _, out, _ = run(capsys, "log", "verify", "--db", db)
    assert out.startswith("ok: 3 cases, ")
    status, _, err = run(capsys, "log", "add", bad_case(tmp_path), "--db", db)
    assert (
        status == 2 and err == f"neutrohold: invalid input: {tmp_path / 'bad.json'}: anc[0].value: must be 0 or more (got -1)\n"
    )


@pytest.mark.parametrize("spelled", ["klingon", "xx", "es_", ""])
def test_a_language_it_does_not_speak_is_a_usage_error(capsys, log, spelled):
    db, _ = log
    status, out, err = run(capsys, "log", "list", "--db", db, "--language", spelled)
    assert status == 2 and out == "" and len(err.splitlines()) == 1 and "--language" in err


@pytest.mark.parametrize("spelled", ["ES", "es-ES", "es_MX", "es-419"])
def test_the_spellings_of_a_language_code(capsys, log, spelled):
    db, _ = log
    status, out, _ = run(capsys, "log", "list", "--db", db, "--language", spelled)
    assert status == 0 and out.startswith("EVALUADO")
