"""The HTML layer: every user-entered value escaped, wording filled from the pack and the trace."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop_app.knowledge import apply_overrides
from desktop_app.reports.context import Acknowledgement, ClinicianOverride, LoggedNote, PrintContext
from desktop_app.reports.html import build_clinician_html, build_handout_html, esc
from desktop_app.reports.words import clinic_time, pack_words, patient_date, thresholds_in_force

PAYLOADS = ('<img src="/etc/passwd">', '<span style="font-size:1px">', "</td></tr></table><h1>x", "&amp; & <b>")
AT = datetime(2026, 11, 24, 11, 0)


def hostile_context(pack, payload: str) -> PrintContext:
    return PrintContext(
        site_name=payload,
        clinician_name=payload,
        evaluated_by=payload,
        printed_at=AT,
        acknowledgements=(Acknowledgement(pitfall_id="premature_resumption", who=payload, at=AT),),
        clinician_override=ClinicianOverride(decision_taken="resume", reason=payload, text=payload, who=payload, at=AT),
        logged_notes=(LoggedNote(text=payload, who=payload, at=AT),),
        pack=pack,
    )


@pytest.mark.parametrize("payload", PAYLOADS)
def test_every_user_entered_value_is_escaped(evaluated, pack, payload):
    case, rec = evaluated("febrile", patient_ref=payload, notes=f"{payload}\nsecond line", immunosuppressants=[payload])
    context = hostile_context(pack, payload)
    for html in (build_clinician_html(case, rec, context), build_handout_html(case, rec, context)):
        assert payload not in html
        assert esc(payload) in html
    clinician = build_clinician_html(case, rec, context)
    # Once each for: patient ref, site, clinician, evaluated by, tick, override reason, text and who,
    # note text and who, immunosuppressant, case notes.
    assert clinician.count(esc(payload)) >= 12


def test_pack_wording_with_angle_brackets_is_escaped_too(evaluated, pack):
    case, rec = evaluated("febrile")
    html = build_clinician_html(case, rec, PrintContext(pack=pack))
    assert "ANC 410 &lt; 500" in html


def test_notes_keep_their_line_breaks(evaluated, pack):
    case, rec = evaluated("recovering", notes="first line\nsecond line")
    assert "first line<br/>second line" in build_clinician_html(case, rec, PrintContext(pack=pack))


def test_thresholds_come_from_the_trace_with_site_overrides(evaluated, pack):
    changes = {"resume_anc_above": (1000, "follow the EU label"), "fever_celsius": (38.3, "IDSA single reading")}
    site_pack = apply_overrides(pack, changes)
    _, rec = evaluated("recovering", with_pack=site_pack)
    in_force = thresholds_in_force(rec)
    assert in_force["resume_anc_above"] == 1000
    assert in_force["hold_anc_below"] == 500
    assert in_force["neutropenia_anc_below"] == 1500
    words = pack_words(rec)
    assert words["fever_celsius"] == "38.3"
    assert words["resume_anc_above"] == "1000"


def test_the_handout_needs_the_pack_wording(evaluated):
    case, rec = evaluated("febrile")
    with pytest.raises(ValueError, match="pack"):
        build_handout_html(case, rec, PrintContext())


def test_every_handout_wording_of_the_pack_fills_in(pack, evaluated):
    _, rec = evaluated("febrile")
    words = {**pack_words(rec), "anc": "410", "count_date": "x", "resume_date": "x", "due": "x", "due_by": "x"}
    patient = pack.content.patient
    texts = [value for value in patient.model_dump().values() if isinstance(value, str)]
    texts += list(patient.criteria.values()) + list(patient.monitoring.values())
    for text in texts:
        assert "{" not in text.format_map(words)
    assert set(patient.criteria) == {c.id for c in rec.criteria}


def test_dates_are_written_in_english_for_patients_and_iso_for_clinicians():
    moment = datetime(2026, 11, 25, 21, 15)
    assert patient_date(moment) == "Wednesday 25 November 2026"
    assert clinic_time(moment) == "2026-11-25 21:15"
    assert clinic_time(None) == "-"
