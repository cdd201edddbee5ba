"""Printouts in the reader's language (issue 15): a Spanish, French or German handout and summary from the
same logged evaluation, local dates and decimals, and an unreviewed translation says so on every page."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli import main
from desktop_app.reports.context import PrintContext
from desktop_app.services import caselog
from tests.conftest import EXAMPLES, REPO
from tests.reports.conftest import PRINTED_AT, read_pdf

PRINT_WORDS = REPO / "desktop_app" / "wording" / "print"

# Words a reader of each language must find, and the English chrome that must not be left behind.
EXPECTED = {
    "es": {
        "patient": ["¿Qué está pasando?", "martes, 24 de noviembre de 2026", "38,0 °C", "Página 1 de"],
        "clinician": ["Criterios para reanudar", "NO CUMPLIDO", "RAN 410 células/µL", "neutropenia grave", "Página 1 de 2"],
        "notice": "Esta traducción aún no ha sido revisada por un profesional sanitario.",
    },
    "fr": {
        "patient": ["24 novembre 2026", "38,0", "Page 1 sur"],
        "clinician": ["Critères de reprise", "NON REMPLI", "Page 1 sur 2"],
        "notice": "Cette traduction n'a pas encore été relue par un clinicien.",
    },
    "de": {
        "patient": ["24. November 2026", "38,0", "Seite 1 von"],
        "clinician": ["Kriterien für die Wiederaufnahme", "NICHT ERFÜLLT", "Seite 1 von 2"],
        "notice": "Diese Übersetzung wurde noch nicht von medizinischem Fachpersonal geprüft.",
    },
}
ENGLISH_CHROME = {
    "patient": ["What is happening?", "When can I start again?", "Written on", "Page 1 of"],
    "clinician": ["Resume criteria", "NOT MET", "Check before acting", "Decision support only", "Page 1 of", "severe"],
}
ENGLISH_NOTICE = "This translation has not yet been reviewed by a clinician."


def english_texts() -> dict[str, str]:
    return tomllib.loads((PRINT_WORDS / "en.toml").read_text(encoding="utf-8"))["texts"]


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_every_printout_word_is_translated_with_the_same_placeholders(language: str) -> None:
    english = english_texts()
    said = tomllib.loads((PRINT_WORDS / f"{language}.toml").read_text(encoding="utf-8"))
    assert said["catalogue"]["language"] == language
    assert said["review"]["status"] == "unreviewed" and said["review"]["notice"] == EXPECTED[language]["notice"]
    texts = said["texts"]
    assert set(texts) == set(english)
    placeholders = re.compile(r"\{(\w+)\}")
    assert [key for key in english if set(placeholders.findall(english[key])) != set(placeholders.findall(texts[key]))] == []
    # Translated, not copied: hardly any sentence of more than two words is the English one.
    copied = [key for key, text in english.items() if len(text.split()) > 2 and texts[key] == text]
    assert len(copied) <= 3, copied


@pytest.mark.parametrize("language", sorted(EXPECTED))
@pytest.mark.parametrize("audience", ["patient", "clinician"])
def test_a_printout_in_another_language_reads_in_it_with_the_review_line_on_every_page(
    evaluated: Any, printed: Any, language: str, audience: str
) -> None:
    case, rec = evaluated("febrile")
    pdf = printed(case, rec, audience, context=PrintContext(printed_at=PRINTED_AT, language=language))
    for word in EXPECTED[language][audience]:
        assert word in pdf.text, word
    for word in ENGLISH_CHROME[audience]:
        assert word not in pdf.text, word
    notice = f"{EXPECTED[language]['notice']} / {ENGLISH_NOTICE}"
    assert len(pdf.pages) >= 1
    assert all(notice in page for page in pdf.pages)
    assert "RHEU-0977" in pdf.text  # the patient's reference is never translated


def test_the_english_printout_carries_no_review_line(evaluated: Any, printed: Any) -> None:
    case, rec = evaluated("febrile")
    for audience in ("patient", "clinician"):
        pdf = printed(case, rec, audience, context=PrintContext(printed_at=PRINTED_AT))
        assert ENGLISH_NOTICE not in pdf.text and "Page 1 of" in pdf.text


def test_a_large_print_translated_handout_keeps_the_notice_whole(evaluated: Any, printed: Any) -> None:
    case, rec = evaluated("recovering")
    pdf = printed(case, rec, "patient", large_print=True, context=PrintContext(printed_at=PRINTED_AT, language="de"))
    assert all(f"{EXPECTED['de']['notice']} / {ENGLISH_NOTICE}" in page for page in pdf.pages)


def run(capsys: Any, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_evaluate_prints_in_the_language_asked_and_accepts_region_spellings(capsys: Any, tmp_path: Path) -> None:
    febrile = str(EXAMPLES / "febrile.json")
    for spelling in ("es", "ES", "es-ES", "es_ES"):
        out = tmp_path / f"{spelling}.pdf"
        code, _, err = run(
            capsys,
            "evaluate",
            febrile,
            "--as-of",
            "2026-11-24T12:00",
            "--pdf",
            str(out),
            "--audience",
            "patient",
            "--language",
            spelling,
        )
        assert (code, err) == (0, ""), spelling
        assert "¿Qué está pasando?" in read_pdf(out).text
    code, out, err = run(capsys, "evaluate", febrile, "--as-of", "2026-11-24T12:00", "--format", "text", "--language", "fr")
    assert code == 0 and "Critères de reprise" in out and "[ ] NON REMPLI" in out and "Resume criteria" not in out


@pytest.mark.parametrize("language", ["xx", "english", "", "es-"])
def test_an_unknown_language_exits_2_naming_the_field_and_writes_nothing(capsys: Any, tmp_path: Path, language: str) -> None:
    out = tmp_path / "never.pdf"
    code, stdout, err = run(
        capsys,
        "evaluate",
        str(EXAMPLES / "febrile.json"),
        "--as-of",
        "2026-11-24T12:00",
        "--pdf",
        str(out),
        "--language",
        language,
    )
    assert code == 2 and stdout == ""
    assert len(err.strip().splitlines()) == 1 and "language" in err
    assert not out.exists()


def test_a_logged_case_reprints_in_another_language_and_the_print_is_audited(capsys: Any, tmp_path: Path) -> None:
    db = tmp_path / "log.db"
    code, out, _ = run(capsys, "log", "add", str(EXAMPLES / "recovering.json"), "--as-of", "2026-11-24T12:00", "--db", str(db))
    assert code == 0
    evaluation_id = out.split()[0]
    english = tmp_path / "en.pdf"
    spanish = tmp_path / "es.pdf"
    assert run(capsys, "log", "print", evaluation_id, "--pdf", str(english), "--audience", "patient", "--db", str(db))[0] == 0
    code, out, err = run(
        capsys,
        "log",
        "print",
        evaluation_id,
        "--pdf",
        str(spanish),
        "--audience",
        "patient",
        "--language",
        "es",
        "--who",
        "Dr Ruiz",
        "--db",
        str(db),
    )
    assert (code, err) == (0, "") and "es" in out
    assert "You can start your anakinra injections again" in read_pdf(english).text
    text = read_pdf(spanish).text
    assert "¿Cuándo puedo volver a empezar?" in text and "You can start" not in text
    with caselog.open_reader(db) as log:
        rows = log.db.execute("SELECT payload FROM audit WHERE event = 'printed' ORDER BY seq").fetchall()
    printed_facts = [json.loads(payload)["printout"] for (payload,) in rows]
    assert [facts["language"] for facts in printed_facts] == ["en", "es"]
    assert json.loads(rows[1][0])["who"] == "Dr Ruiz"
    assert printed_facts[1]["audience"] == "patient"


def test_a_logged_case_in_an_unknown_language_is_refused_and_not_audited(capsys: Any, tmp_path: Path) -> None:
    db = tmp_path / "log.db"
    code, out, _ = run(capsys, "log", "add", str(EXAMPLES / "recovering.json"), "--as-of", "2026-11-24T12:00", "--db", str(db))
    evaluation_id = out.split()[0]
    with caselog.open_log(db) as log:
        head = caselog.audit_head(log)
    code, _, err = run(
        capsys, "log", "print", evaluation_id, "--pdf", str(tmp_path / "x.pdf"), "--language", "tlh", "--db", str(db)
    )
    assert code == 2 and len(err.strip().splitlines()) == 1 and "language" in err
    assert not (tmp_path / "x.pdf").exists()
    with caselog.open_log(db) as log:
        assert caselog.audit_head(log).seq == head.seq


@pytest.mark.parametrize("language", ["en", *sorted(EXPECTED)])
@pytest.mark.parametrize("name", ["febrile", "recovering", "cbc-derived", "unit-slip"])
def test_the_handout_reads_plainly_by_its_languages_own_formula(evaluated: Any, printed: Any, language: str, name: str) -> None:
    from desktop_app.reports.readability import readability

    case, rec = evaluated(name)
    pdf = printed(case, rec, "patient", context=PrintContext(printed_at=PRINTED_AT, language=language))
    formula, score = readability(pdf.text, language)
    assert formula.is_plain(score), f"{language} {name}: {formula.describe()}, got {score:.1f}"


# The same facts written the way a specialist writes to a specialist: each formula must call it hard.
DENSE = {
    "en": "Administration of interleukin-1 receptor antagonist therapy necessitates discontinuation whenever "
    "absolute neutrophil concentrations demonstrate clinically significant deterioration accompanying "
    "concurrent respiratory viral pathology, pending haematological reconstitution.",
    "es": "La administración del tratamiento con antagonistas del receptor de interleucina-1 exige su interrupción "
    "cuando las concentraciones absolutas de neutrófilos evidencian un deterioro clínicamente significativo "
    "concomitante con una patología vírica respiratoria, hasta la reconstitución hematológica.",
    "fr": "L'administration d'un traitement par antagoniste du récepteur de l'interleukine-1 nécessite son "
    "interruption lorsque les concentrations absolues de polynucléaires neutrophiles manifestent une "
    "détérioration cliniquement significative concomitante d'une pathologie virale respiratoire.",
    "de": "Die Verabreichung einer Interleukin-1-Rezeptorantagonistentherapie erfordert eine Unterbrechung, "
    "sobald die absoluten Neutrophilenkonzentrationen eine klinisch bedeutsame Verschlechterung bei "
    "gleichzeitiger respiratorischer Viruserkrankung bis zur hämatologischen Rekonstitution aufweisen.",
}


@pytest.mark.parametrize("language", sorted(DENSE))
def test_each_formula_calls_specialist_prose_hard(language: str) -> None:
    from desktop_app.reports.readability import readability

    formula, score = readability(DENSE[language], language)
    assert not formula.is_plain(score), f"{language}: {formula.describe()}, got {score:.1f}"


def test_without_language_the_command_line_prints_in_the_language_saved_in_preferences(capsys: Any) -> None:
    from desktop_app.services.locations import settings_file

    settings_file().write_text("[preferences]\nlanguage=fr\n", encoding="utf-8")
    code, out, _ = run(capsys, "evaluate", str(EXAMPLES / "febrile.json"), "--as-of", "2026-11-24T12:00", "--format", "text")
    assert code == 0 and "Critères de reprise" in out
    settings_file().write_text("[preferences]\nlanguage=xx\n", encoding="utf-8")  # not a pack language: English
    code, out, _ = run(capsys, "evaluate", str(EXAMPLES / "febrile.json"), "--as-of", "2026-11-24T12:00", "--format", "text")
    assert code == 0 and "Resume criteria" in out
