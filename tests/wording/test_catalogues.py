"""Translation catalogues: a complete one loads and changes the pack's hash; a wrong one is refused by key."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from desktop_app.knowledge import PackError, installed_pack, load_pack_dir
from desktop_app.models import parse_case
from desktop_app.services.evaluation import evaluate


def toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def write_catalogue(folder: Path, texts: dict[str, str], language: str = "it", status: str = "unreviewed") -> Path:
    (folder / "wording").mkdir(exist_ok=True)
    lines = [
        "[catalogue]",
        f'language = "{language}"',
        'name = "Test language"',
        'direction = "ltr"',
        'source_version = "1.1.0"',
        "[review]",
        f'status = "{status}"',
        "[texts]",
    ]
    lines += [f"{toml_string(key)} = {toml_string(value)}" for key, value in texts.items()]
    path = folder / "wording" / f"{language}.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def pack_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "anakinra-neutropenia"
    shutil.copytree(installed_pack(), folder, ignore=shutil.ignore_patterns("wording"))
    return folder


def english(folder: Path) -> dict[str, str]:
    return load_pack_dir(folder).content.texts()


def test_the_shipped_pack_keeps_its_hash_and_a_translation_changes_it(pack_copy: Path, pack: Any) -> None:
    bare = load_pack_dir(pack_copy)
    assert bare.sha256 == "df451ab4e85c3d9dabaf786709b01ef64d8cf3dbeffbb1d3d9b24a9cd4c33a2b"  # as logged before 1.2
    texts = {key: "[it] " + value for key, value in english(pack_copy).items()}
    write_catalogue(pack_copy, texts)
    translated = load_pack_dir(pack_copy)
    assert translated.sha256 != bare.sha256 and translated.catalogues["it"].reviewed is False
    texts["pitfalls.alternative_causes.text"] += " (changed)"
    write_catalogue(pack_copy, texts)
    assert load_pack_dir(pack_copy).sha256 != translated.sha256  # a changed translation is a changed pack


def test_a_recommendation_renders_in_a_catalogue_language_and_keeps_its_messages(pack_copy: Path, as_of: Any) -> None:
    texts = {key: "[it] " + value for key, value in english(pack_copy).items()}
    write_catalogue(pack_copy, texts)
    pack = load_pack_dir(pack_copy)
    case = parse_case(
        {"patient_ref": "L-1", "anakinra": "active", "anc": [{"value": 320, "unit": "cells/uL", "taken_at": "2026-11-24T08:00"}]}
    )
    english_rec = evaluate(case, pack, as_of)
    other = evaluate(case, pack, as_of, language="it")
    assert other.language == "it" and english_rec.language == "en"
    assert other.headline == "[it] Withhold anakinra"
    assert other.criteria[0].detail == "[it] " + english_rec.criteria[0].detail
    assert other.criteria[0].detail_wording == english_rec.criteria[0].detail_wording  # same message, other words
    with pytest.raises(ValueError, match="language"):
        evaluate(case, pack, as_of, language="zz")


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (lambda t: t.update({"rules.no_such_rule.clinician": "x"}), "texts.rules.no_such_rule.clinician: not a wording"),
        (lambda t: t.pop("criteria.anc_recovered.met"), "texts.criteria.anc_recovered.met: missing"),
        (
            lambda t: t.update({"rules.withhold_low_anc.clinician": "ANC {anc} below {resume_anc_above}"}),
            "texts.rules.withhold_low_anc.clinician: placeholders",
        ),
    ],
)
def test_a_catalogue_with_a_wrong_key_is_refused_naming_it(pack_copy: Path, change: Any, named: str) -> None:
    texts = dict(english(pack_copy))
    change(texts)
    write_catalogue(pack_copy, texts)
    with pytest.raises(PackError, match=named.replace(".", r"\.").replace("{", r"\{")):
        load_pack_dir(pack_copy)


def test_every_message_the_engine_composes_names_a_wording_of_the_pack(pack: Any) -> None:
    from desktop_app.knowledge.pack import MESSAGE_IDS

    texts = pack.content.texts()
    assert all(f"messages.{name}" in texts for name in MESSAGE_IDS)
    assert texts["drug.name"] == "anakinra"


def test_a_message_template_naming_a_value_the_engine_does_not_give_is_refused(pack_copy: Path) -> None:
    from desktop_app.engine import PackRefused, check_pack

    text = (pack_copy / "pack.toml").read_text(encoding="utf-8")
    text = text.replace('ctcae_grade = "CTCAE grade {grade}"', 'ctcae_grade = "CTCAE grade {grade} ({band})"', 1)
    (pack_copy / "pack.toml").write_text(text, encoding="utf-8")
    with pytest.raises(PackRefused, match=r"messages\.ctcae_grade uses unknown placeholders band"):
        check_pack(load_pack_dir(pack_copy))


@pytest.mark.parametrize(
    ("language", "withhold"), [("es", "Suspender anakinra"), ("fr", "Suspendre l'anakinra"), ("de", "Anakinra aussetzen")]
)
def test_the_shipped_translations_load_and_render_a_recommendation(pack: Any, as_of: Any, language: str, withhold: str) -> None:
    from desktop_app.wording import Renderer

    catalogue = pack.catalogues[language]
    assert catalogue.language == language and catalogue.direction == "ltr" and not catalogue.reviewed
    assert catalogue.review.notice  # the line an unreviewed printout carries
    case = parse_case(
        {
            "patient_ref": "L-2",
            "anakinra": "active",
            "anc": [{"value": 0.41, "unit": "10^9/L", "taken_at": "2026-11-24T08:00"}],
            "last_fever_at": "2026-11-23T21:15",
            "urti": "active",
            "infection_signs": False,
            "expected_neutropenia_days": 3,
        }
    )
    rec = evaluate(case, pack, as_of, language=language)
    assert rec.language == language and rec.headline == withhold
    english = evaluate(case, pack, as_of)
    assert all(a.detail != b.detail for a, b in zip(rec.criteria, english.criteria, strict=True))
    assert "{" not in rec.prophylaxis.reason and rec.prophylaxis.reason != english.prophylaxis.reason
    assert Renderer(pack, language).decision_words("withhold", "clinician") != "STOP" or language == "fr"


def test_the_drugs_name_may_change_case_but_not_go_missing(tmp_path: Path) -> None:
    """ "{Drug} status" is "Estado de {drug}" in Spanish: one placeholder in either case, never dropped."""
    import tomllib

    from desktop_app.knowledge.catalogue import read_app_catalogue
    from desktop_app.wording.render import APP_CATALOGUES

    english = read_app_catalogue(APP_CATALOGUES / "en.toml", None).texts
    assert english["form.drug_status"] == "{Drug} status"
    source = tomllib.loads((APP_CATALOGUES / "es.toml").read_text(encoding="utf-8"))

    def written(drug_status: str) -> Path:
        texts = {**source["texts"], "form.drug_status": drug_status}
        path = tmp_path / "es.toml"
        head = '[catalogue]\nlanguage = "es"\nname = "Español"\ndirection = "ltr"\nsource_version = "1"\n[review]\nstatus = "unreviewed"\n'
        body = "\n".join(f"{toml_string(key)} = {toml_string(value)}" for key, value in texts.items())
        path.write_text(head + "[texts]\n" + body + "\n", encoding="utf-8")
        return path

    assert read_app_catalogue(written("Estado de {drug}"), english).texts["form.drug_status"] == "Estado de {drug}"
    with pytest.raises(PackError, match=r"texts\.form\.drug_status: placeholders"):
        read_app_catalogue(written("Estado del fármaco"), english)
    with pytest.raises(PackError, match=r"texts\.form\.drug_status: placeholders"):
        read_app_catalogue(written("Estado de {drug} ({Dose})"), english)
