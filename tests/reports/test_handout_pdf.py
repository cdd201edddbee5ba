"""The patient handout PDF: plain words (Flesch-Kincaid grade 6 or lower), dates, the urgent box, large print."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop_app.reports.context import ClinicianOverride, PrintContext
from desktop_app.reports.html import HANDOUT_PT, LARGE_PRINT_PT
from desktop_app.reports.words import fill, patient_date
from desktop_app.services.printing import build_document
from tests.reports.conftest import EXAMPLE_NAMES, PAPER_POINTS, PRINTED_AT
from desktop_app.reports.readability import readability

BANNER = {"withhold": "PAUSE.", "resume": "RESTART.", "continue": "CARRY ON."}


@pytest.mark.parametrize("large_print", [False, True])
@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_every_example_prints_a_plain_handout(evaluated, printed, pack, name, paper, large_print):
    case, rec = evaluated(name)
    pdf = printed(case, rec, "patient", paper, large_print)
    text = pdf.text
    assert len(pdf.pages) <= (3 if large_print else 1)
    for number, page in enumerate(pdf.pages):
        assert pdf.page_size(number) == pytest.approx(PAPER_POINTS[paper], abs=1)
        assert page.endswith(f"Page {number + 1} of {len(pdf.pages)}")
    formula, score = readability(text, "en")
    assert formula.is_plain(score), f"{formula.describe()}: {score:.1f}"

    patient = pack.content.patient
    assert f"{BANNER[rec.decision]} {pack.content.decisions[rec.decision].patient}" in text
    assert "Neutrophils are the white blood cells that fight infection." in text  # the one term explained
    assert fill(patient.urgent, {"fever_celsius": "38.0"}) in text
    assert "38.0 C or more, trouble breathing, or you feel much worse." in text
    assert "When should I get help?" in pdf.pages[0]
    assert f"Your last count was {rec.anc_cells_per_uL}, from the test on {patient_date(rec.anc_series[-1].taken_at)}." in text
    for item in rec.monitoring:
        if item.due_at:
            assert patient_date(item.due_at) in text
    if rec.decision == "withhold":
        assert patient.restart_intro in text
        for criterion in rec.criteria:
            assert patient.criteria[criterion.id].format(resume_anc_above="500", afebrile_hours="48") in text
        if rec.earliest_resume_at:
            assert f"The earliest it could start again is {patient_date(rec.earliest_resume_at)}" in text
        else:
            assert patient.restart_no_date in text
    # Clinical shorthand and the clinician's notes stay off the patient's sheet.
    for jargon in ("ANC", "URTI", "CBC", "cells/uL", "neutropenia"):
        assert jargon not in text
    if case.notes:
        assert case.notes not in text


def test_large_print_has_the_same_words_in_a_bigger_font(qapp, evaluated, pack):
    case, rec = evaluated("febrile")
    context = PrintContext(printed_at=PRINTED_AT, pack=pack)
    regular = build_document(case, rec, "patient", large_print=False, context=context)
    large = build_document(case, rec, "patient", large_print=True, context=context)
    assert regular.toPlainText() == large.toPlainText()
    assert regular.defaultFont().pointSizeF() == HANDOUT_PT
    assert large.defaultFont().pointSizeF() == LARGE_PRINT_PT >= 16


def test_a_clinician_override_sets_the_handout_decision(evaluated, printed, pack):
    case, rec = evaluated("febrile")
    chosen = ClinicianOverride(
        decision_taken="continue",
        reason="specialist_advice",
        text="Benign ethnic neutropenia",
        who="Dr A",
        at=datetime(2026, 11, 24, 12, 1),
    )
    text = printed(case, rec, "patient", context=PrintContext(printed_at=PRINTED_AT, clinician_override=chosen)).text
    assert f"CARRY ON. {pack.content.decisions['continue'].patient}" in text
    assert pack.content.patient.override_note in text
    assert pack.content.decisions["withhold"].patient not in text
    assert "When can I start again?" not in text
    assert pack.content.patient.tests_ask in text
    assert "Benign ethnic neutropenia" not in text  # the clinician's reasoning is for the clinician copy


def test_the_patient_ref_and_site_print_as_typed(evaluated, printed):
    payload = '<img src="/etc/passwd">'
    case, rec = evaluated("recovering", patient_ref=payload)
    text = printed(
        case, rec, "patient", context=PrintContext(printed_at=PRINTED_AT, site_name='<span style="font-size:1px">')
    ).text
    assert f'Information for {payload} from <span style="font-size:1px">.' in text
