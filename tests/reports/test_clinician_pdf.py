"""The clinician summary PDF, read back as text: decision, counts, criteria, dates, checklist, provenance, stamp."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop_app.knowledge import apply_overrides
from desktop_app.reports.context import Acknowledgement, ClinicianOverride, LoggedNote, PrintContext
from desktop_app.reports.html import ANC_ROWS
from desktop_app.reports.words import clinic_time
from desktop_app.services.printing import build_document
from tests.reports.conftest import EXAMPLE_NAMES, PAPER_POINTS, PRINTED_AT, flat

BANNER = {
    "withhold": "STOP \u2014 WITHHOLD ANAKINRA",
    "resume": "RESTART \u2014 RESUME ANAKINRA",  # the same words as the screen's banner (the pack's vocabulary)
    "continue": "NO CHANGE \u2014 CONTINUE ANAKINRA",
}
STATUS = {True: "Met", False: "NOT MET", None: "UNKNOWN"}


def assert_complete_summary(pdf, case, rec, paper):
    """Everything the summary must show for any recommendation."""
    text = pdf.text
    assert 1 <= len(pdf.pages) <= 2
    for number, page in enumerate(pdf.pages, start=1):
        assert page.endswith(f"Page {number} of {len(pdf.pages)}")
        assert case.patient_ref in page  # the footer names the patient on every page
        width, height = pdf.page_size(number - 1)
        assert (width, height) == pytest.approx(PAPER_POINTS[paper], abs=1)
    assert BANNER[rec.decision] in pdf.pages[0]
    assert f"Patient {case.patient_ref}" in text
    assert f"Evaluated {clinic_time(rec.as_of)}" in text
    assert f"ANC {rec.anc_cells_per_uL} cells/uL" in text
    for point in list(reversed(rec.anc_series))[:ANC_ROWS]:
        assert f"{clinic_time(point.taken_at)} {point.anc_cells_per_uL} {flat(point.entered)}" in text
    for criterion in rec.criteria:
        assert f"{STATUS[criterion.met]} {criterion.title} {criterion.detail}" in text
    if rec.decision == "withhold" and rec.earliest_resume_at:
        assert f"Earliest resume: {clinic_time(rec.earliest_resume_at)}" in text
    for change in rec.what_would_change:
        assert change.needed in text
    for warning in rec.warnings:
        assert flat(warning.message) in text
    for flag in rec.red_flags:
        assert flat(flag.message) in pdf.pages[0]
    for item in rec.monitoring:
        assert flat(item.schedule) in text
        if item.due_at:
            assert clinic_time(item.due_at) in text
        if item.due_by:
            assert clinic_time(item.due_by) in text
    assert rec.prophylaxis.reason in text
    for pitfall in rec.pitfalls:
        assert pitfall.text in text
    for basis in rec.basis:
        assert flat(basis.text) in text
        if basis.differs:
            assert flat(basis.differs) in text
    assert ("Sources differ" in text) == any(b.differs for b in rec.basis)
    for citation in rec.citations:
        assert citation.title in text
    assert f"Knowledge pack {rec.pack.id} version {rec.pack.version}, sha256 {rec.pack.sha256[:12]}" in text
    assert "Decision support only." in text
    assert "Signature ____" in text


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_every_example_prints_a_complete_summary(evaluated, printed, name, paper):
    case, rec = evaluated(name)
    pdf = printed(case, rec, "clinician", paper)
    assert_complete_summary(pdf, case, rec, paper)
    if case.notes:
        assert flat(case.notes) in pdf.text


def test_red_flags_come_before_the_decision(evaluated, printed):
    case, rec = evaluated("febrile")
    assert [flag.id for flag in rec.red_flags] == ["febrile_neutropenia"]
    first_page = printed(case, rec).pages[0]
    assert first_page.index("RED FLAG") < first_page.index(BANNER["withhold"])


def test_resume_shows_the_follow_up_window(evaluated, printed):
    case, rec = evaluated("recovering")
    assert rec.decision == "resume"
    text = printed(case, rec, paper="letter").text
    assert "All criteria met; anakinra may restart from 2026-11-24 12:00." in text
    assert "2026-12-01 12:00 to 2026-12-08 12:00" in text
    assert "If neutropenia recurs after restarting, consider a lower dose." in text
    assert "Check: ANC 1100 is below 1500" in text  # the stricter label, beside the decision


def test_continue_says_no_resume_date_applies(evaluated, printed):
    count = {"value": 2400, "unit": "cells/uL", "taken_at": "2026-11-24T08:00"}
    case, rec = evaluated(
        {"patient_ref": "RHEU-2001", "anakinra": "active", "anc": [count], "urti": "none", "infection_signs": False}
    )
    assert rec.decision == "continue"
    pdf = printed(case, rec)
    assert_complete_summary(pdf, case, rec, "a4")
    assert "Not applicable: anakinra continues." in pdf.text
    assert "What would change the decision" not in pdf.text
    assert "no neutropenia" in pdf.text


def test_site_overrides_are_printed_with_their_reasons(evaluated, printed, pack):
    site_pack = apply_overrides(
        pack,
        {"resume_anc_above": (1000, "Closer to the EU label"), "prophylaxis_requires_both": (True, "Guideline logic")},
        site="Northside Rheumatology",
    )
    case, rec = evaluated("recovering", with_pack=site_pack)
    pdf = printed(case, rec)
    assert_complete_summary(pdf, case, rec, "a4")
    text = pdf.text
    assert "site Northside Rheumatology" in text
    assert "resume_anc_above 1000 500 Closer to the EU label" in text
    assert "prophylaxis_requires_both yes no Guideline logic" in text
    assert "Northside Rheumatology" in pdf.pages[0]  # the site heads the summary


def test_acknowledged_pitfalls_are_ticked_with_who_and_when(evaluated, printed):
    case, rec = evaluated("febrile")
    ticks = (
        Acknowledgement(pitfall_id="premature_resumption", who="Dr A. Okafor", at=datetime(2026, 11, 24, 12, 1)),
        Acknowledgement(pitfall_id="alternative_causes", who="Dr B. Lund", at=datetime(2026, 11, 24, 12, 2)),
    )
    text = printed(case, rec, context=PrintContext(printed_at=PRINTED_AT, acknowledgements=ticks)).text
    by_pitfall = {p.id: p.text for p in rec.pitfalls}
    assert f"{by_pitfall['premature_resumption']} Checked by Dr A. Okafor, 2026-11-24 12:01" in text
    assert f"{by_pitfall['alternative_causes']} Checked by Dr B. Lund, 2026-11-24 12:02" in text
    assert f"{by_pitfall['inadequate_monitoring']} Checked by ____" in text
    assert text.count("Checked by ____") == len(rec.pitfalls) - len(ticks)


def test_header_override_and_logged_notes(evaluated, printed):
    case, rec = evaluated("long-neutropenia")
    context = PrintContext(
        site_name="St Elsewhere Haematology",
        clinician_name="Dr C. Mensah",
        evaluated_by="nurse.lee",
        printed_at=PRINTED_AT,
        clinician_override=ClinicianOverride(
            decision_taken="resume",
            reason="specialist_advice",
            text="Haematology advise restarting.",
            who="Dr C. Mensah",
            at=datetime(2026, 11, 24, 12, 4),
        ),
        logged_notes=(LoggedNote(text="Spoke to the patient by phone.", who="nurse.lee", at=datetime(2026, 11, 24, 12, 3)),),
    )
    pdf = printed(case, rec, context=context)
    first = pdf.pages[0]
    assert "St Elsewhere Haematology" in first
    assert "Printed 2026-11-24 12:05" in first
    assert "Clinician Dr C. Mensah" in first and "Evaluated by nurse.lee" in first
    assert "CLINICIAN DECISION: RESUME (differs from the recommendation)" in first
    assert "Reason: specialist advice \u2014 Haematology advise restarting." in first
    assert "Spoke to the patient by phone. \u2014 nurse.lee, 2026-11-24 12:03" in pdf.text


def test_many_counts_keep_the_summary_on_two_pages(evaluated, printed):
    readings = [{"value": 2000 - 150 * day, "unit": "cells/uL", "taken_at": f"2026-11-{10 + day:02d}T08:00"} for day in range(13)]
    case, rec = evaluated(
        {"patient_ref": "SERIES-1", "anakinra": "active", "anc": readings, "urti": "active", "infection_signs": False}
    )
    pdf = printed(case, rec, paper="letter")
    assert_complete_summary(pdf, case, rec, "letter")
    assert f"{len(readings) - ANC_ROWS} earlier counts are in the chart only" in pdf.text


@pytest.mark.parametrize("name", ["febrile", "chest-spread"])
def test_no_words_are_lost_between_document_and_pdf(qapp, evaluated, printed, pack, name):
    case, rec = evaluated(name)
    context = PrintContext(printed_at=PRINTED_AT, pack=pack)
    document_words = flat(build_document(case, rec, "clinician", context=context).toPlainText().replace("\ufffc", " ")).split()
    pdf_words = set(printed(case, rec, context=context).text.split())
    assert [word for word in document_words if word not in pdf_words] == []
