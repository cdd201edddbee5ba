"""Both printouts in a pseudo-language: every word of the pack's wording and of the printout chrome is
accented and marked, so a word written into a printout without passing through a catalogue shows up as
plain ASCII and fails the test. The same renders in each real language fail on a missing key."""

from __future__ import annotations

import re
import shutil
import string
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from desktop_app.knowledge.catalogue import parse_catalogue
from desktop_app.reports.context import PrintContext
from desktop_app.services import renderers
from desktop_app.wording import render
from tests.reports.conftest import PRINTED_AT, flat

PSEUDO = "eo"  # a code Babel knows (dates and numbers) that NeutroHold has no words in
_ACCENTS = str.maketrans("aeiouyAEIOUYcnslCNSL", "àéîõüýÀÉÎÕÜÝçñšľÇÑŠĽ")


def pseudo(template: str) -> str:
    """Accent every letter outside {placeholders} and mark the text; the placeholders stay as they are."""
    parts = []
    for literal, field, spec, conversion in string.Formatter().parse(template):
        parts.append(literal.translate(_ACCENTS))
        if field is not None:
            parts.append("{" + field + ("!" + conversion if conversion else "") + (":" + spec if spec else "") + "}")
    return "[" + "".join(parts) + "]" if template.strip() else template


def pseudo_file(english: Path, out: Path) -> None:
    import tomllib

    data = tomllib.loads(english.read_text(encoding="utf-8"))
    data["catalogue"] = {**data.get("catalogue", {}), "language": PSEUDO, "name": "Pseudo", "direction": "ltr"}
    data["review"] = {"status": "unreviewed", "reviewer": "", "reviewed_on": "", "notice": pseudo("Pseudo words, not reviewed.")}
    data["texts"] = {key: pseudo(text) for key, text in data["texts"].items()}
    out.write_text(toml_text(data), encoding="utf-8")


def toml_text(data: dict[str, dict[str, str]]) -> str:
    """Tables of strings as TOML (a JSON string is a TOML basic string)."""
    import json

    lines = []
    for table, values in data.items():
        lines.append(f"[{table}]")
        lines += [f"{json.dumps(key)} = {json.dumps(str(value), ensure_ascii=False)}" for key, value in values.items()]
    return "\n".join(lines) + "\n"


@pytest.fixture
def in_pseudo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pack: Any) -> Any:
    """The app's print and app words, and the pack's, in the pseudo-language; the pack with that catalogue."""
    for name, folder in (("PRINT_CATALOGUES", render.PRINT_CATALOGUES), ("APP_CATALOGUES", render.APP_CATALOGUES)):
        copy = tmp_path / name
        copy.mkdir()
        shutil.copy(folder / "en.toml", copy / "en.toml")
        pseudo_file(folder / "en.toml", copy / f"{PSEUDO}.toml")
        monkeypatch.setattr(render, name, copy)
    render.app_catalogue.cache_clear()
    render._catalogue.cache_clear()
    english = render._english_texts(pack.content)
    data = {
        "catalogue": {"language": PSEUDO, "name": "Pseudo", "direction": "ltr", "source_version": pack.content.version},
        "review": {"status": "unreviewed", "reviewer": "", "reviewed_on": "", "notice": pseudo("Pseudo words, not reviewed.")},
        "texts": {key: pseudo(text) for key, text in english.items()},
    }
    catalogue = parse_catalogue(data, dict(english), "pseudo")
    yield pack.model_copy(update={"catalogues": {**pack.catalogues, PSEUDO: catalogue}})
    render.app_catalogue.cache_clear()
    render._catalogue.cache_clear()


def babel_words() -> set[str]:
    """Words the pseudo-language's own dates and numbers are written with (Babel's, not ours)."""
    from babel import Locale

    locale = Locale.parse(PSEUDO)
    words: set[str] = set()
    for table in (locale.months, locale.days, locale.eras, locale.day_periods):
        for width in table.values():
            for names in width.values():
                for name in names.values() if isinstance(names, Mapping) else [names]:
                    words.update(re.findall(r"[A-Za-z]+", str(name)))
    return {word.lower() for word in words}


def outside_catalogue(text: str) -> str:
    """The text with every [bracketed] catalogue wording (nested too) taken out: what is left was put in
    by code or is data."""
    kept, depth = [], 0
    for char in text:
        if char == "[":
            depth += 1
            kept.append(" ")
        elif char == "]" and depth:
            depth -= 1
        elif depth == 0:
            kept.append(char)
    return "".join(kept)


UNIT_IDS = ("cells/uL", "cells/mm3", "10^9/L", "10^3/uL")  # the contract's ids: never shown inside a sentence


def plain_words(text: str, data: set[str]) -> list[str]:
    """Words of three letters or more outside the catalogues' wording that are not data, and the
    contract's unit ids written raw: text that bypassed the catalogues."""
    allowed = {word.lower() for word in data} | babel_words()
    left = outside_catalogue(text)
    # A catalogue's own unit is accented (çéľľš/üĽ, 10^9/Ľ): a unit id as written in the contract, anywhere,
    # is a raw value put into a sentence.
    found = [unit for unit in UNIT_IDS if unit in text]
    for word in re.findall(r"(?<![\w\u00C0-\u024F])[A-Za-z]{3,}(?![\w\u00C0-\u024F])", left):
        if word.lower() not in allowed and re.search(r"[aeiouyAEIOUY]", word):
            found.append(word)
    return found


CASES = ("febrile", "recovering", "unit-slip", "cbc-derived", "long-neutropenia", "chest-spread")


@pytest.mark.parametrize("audience", ["clinician", "patient", "text"])
@pytest.mark.parametrize("name", CASES)
def test_no_printout_word_bypasses_the_catalogues(qapp: Any, in_pseudo: Any, evaluated: Any, audience: str, name: str) -> None:
    """Both printouts (PDF, read back) and the text summary (`evaluate --format text`)."""
    from pypdf import PdfReader
    import io

    case, rec = evaluated(name)
    context = PrintContext(
        printed_at=PRINTED_AT, site_name="Clinic", clinician_name="Dr Osei", audit_head="#12 abcdef012345",
        pack=in_pseudo, language=PSEUDO,
    )  # fmt: skip
    printout = "clinician" if audience == "text" else audience
    rendering = renderers.Rendering(case, rec, pack=in_pseudo, context=context, audience=printout, language=PSEUDO)
    if audience == "text":
        text = flat(renderers.render("text", rendering).decode("utf-8"))
    else:
        text = flat(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(renderers.render("pdf", rendering))).pages))
    assert "[" in text and "Pseudo" not in text.replace("Pséüdõ", "")  # the pseudo words are printed
    data = {*re.findall(r"[A-Za-z]+", case.patient_ref), "Clinic", "Osei", "abcdef", "sha"}
    data |= set(re.findall(r"[A-Za-z]+", rec.pack.id)) | set(re.findall(r"[A-Za-z]+", " ".join(case.immunosuppressants)))
    data |= set(re.findall(r"[A-Za-z]+", case.notes)) | {"NeutroHold"}
    # A source's title is a bibliographic name, printed as published (the note on it is translated).
    data |= {word for citation in rec.citations for word in re.findall(r"[A-Za-z]+", citation.title)}
    english_notice = render.app_catalogue("en").texts["report.unreviewed"]
    assert english_notice in text or audience == "text"  # an unreviewed translation says so on every printed page
    leftovers = plain_words(text.replace(english_notice, ""), data)
    assert leftovers == [], "\n".join(sorted(set(leftovers))) + "\n\n" + text


def test_a_word_outside_the_catalogues_is_caught() -> None:
    assert plain_words("[Çhéçk] ANC 410 cells/uL", set()) == ["cells/uL", "ANC", "cells"]
    assert plain_words("[Wîthhõld] 2026-11-24", set()) == []
    assert plain_words("[Réàd àš [0,6 10^9/Ľ] ît gîvéš]", set()) == []  # the catalogue's own unit
    assert plain_words("[Réàd àš [0,6 10^9/L] ît gîvéš]", set()) == ["10^9/L"]  # a raw unit inside a sentence
