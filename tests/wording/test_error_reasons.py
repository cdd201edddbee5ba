"""Why an input is refused, in each language: every reason id translated with its placeholders, and the
window and the command line saying it in their language (the English message is the source)."""

from __future__ import annotations

import string

import pytest

from desktop_app.models import REASON_EXTRA_PARAMS, REASONS, CaseInput, InputError, describe_validation_error
from desktop_app.wording.errors import ERROR_CATALOGUES, reason_text, reasons

LANGUAGES = ("es", "fr", "de")


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_each_language_has_a_file():
    assert sorted(path.stem for path in ERROR_CATALOGUES.glob("*.toml")) == sorted(LANGUAGES)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_reason_is_translated_with_its_placeholders(code):
    texts = reasons(code)
    assert set(texts) == set(REASONS), set(texts) ^ set(REASONS)
    for reason, english in REASONS.items():
        allowed = placeholders(english) | REASON_EXTRA_PARAMS.get(reason, frozenset())
        found = placeholders(texts[reason])
        assert found <= allowed, (code, reason, found - allowed)
        assert len(found) >= len(placeholders(english)), (code, reason, "a placeholder was dropped")
        assert texts[reason] != english or not english.strip(), (code, reason, "left in English")


def refusal(data: dict) -> InputError:
    from pydantic import ValidationError

    try:
        CaseInput.model_validate(data)
    except ValidationError as exc:
        return describe_validation_error(exc)
    raise AssertionError("the case was accepted")


CASE = {"patient_ref": "P-1", "anakinra": "active", "anc": [{"value": 0.4, "unit": "10^9/L", "taken_at": "2026-11-24T08:00"}]}
BAD = [
    ({**CASE, "anc": [{**CASE["anc"][0], "value": -1}]}, "anc[0].value", "at_least"),
    ({**CASE, "anc": [{**CASE["anc"][0], "value": 90000}]}, "anc[0].value", "implausible_anc"),
    ({**CASE, "anakinra": "paused"}, "anakinra", "not_one_of"),
    ({**CASE, "anc": []}, "anc", "no_count"),
    ({**CASE, "age_years": 40.5}, "age_years", "whole_number"),
    ({**CASE, "as_of": "yesterday"}, "as_of", "iso_moment"),
    ({**CASE, "patient_ref": "a\nb"}, "patient_ref", "control_characters"),
    ({**CASE, "timezone": "Mars/Olympus"}, "timezone", "unknown_zone"),
    ({**CASE, "fever": True}, "fever", "not_a_field"),
    ({key: value for key, value in CASE.items() if key != "patient_ref"}, "patient_ref", "missing"),
]


@pytest.mark.parametrize(("data", "field", "reason"), BAD, ids=[reason for _, _, reason in BAD])
def test_a_refused_case_names_its_reason_and_says_it_in_each_language(data, field, reason):
    error = refusal(data)
    assert (error.field, error.reason) == (field, reason)
    assert reason_text(error, "en") == error.message
    said = {code: reason_text(error, code) for code in LANGUAGES}
    assert len({error.message, *said.values()}) == 4, said  # four different sentences
    for code, text in said.items():
        for value in error.params.values():
            if value and reason != "not_one_of":
                assert value in text, (code, value, text)


def test_the_english_wording_reads_as_before():
    assert refusal(BAD[0][0]).message == "must be 0 or more (got -1)"
    assert refusal(BAD[2][0]).message == "'paused' is not one of 'active' or 'held'"
    assert reason_text(refusal(BAD[2][0]), "es") == "'paused' no es uno de estos valores: 'active', 'held'"


def test_an_error_without_a_reason_is_shown_as_raised():
    error = InputError("notes", "some words from elsewhere")
    assert all(reason_text(error, code) == "some words from elsewhere" for code in ("en", *LANGUAGES))


def test_the_window_marks_the_field_in_its_language(qtbot, pack):
    from desktop_app.gui.case_form import problem_text
    from desktop_app.gui.words import forget_pack, use_pack

    error = refusal(BAD[0][0])
    try:
        use_pack(pack, "de")
        assert "muss 0 oder mehr sein (erhalten: -1)" in problem_text(error)
        use_pack(pack, "en")
        assert problem_text(error).endswith("must be 0 or more (got -1)")
    finally:
        forget_pack()
