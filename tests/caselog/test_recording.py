"""Recording cases and what follows them: episodes, pitfall ticks, clinician overrides, notes, drafts."""

from __future__ import annotations

import json
import uuid

import pytest

from desktop_app.caselog import recording
from desktop_app.caselog.records import document_text
from desktop_app.models import InputError, Recommendation, parse_case
from desktop_app.services import caselog


def test_a_recorded_case_reads_back_exactly(log, evaluated):
    case, rec = evaluated("febrile")
    evaluation_id = caselog.record_evaluation(log, case, rec, who="Dr Ada")
    record = caselog.get_case(log, evaluation_id)
    assert record.case == case
    assert record.recommendation == rec
    assert record.row.decision == rec.decision == "withhold"
    assert record.row.patient_ref == "RHEU-0977" and record.row.who == "Dr Ada"
    assert record.row.pack_version == rec.pack.version
    assert [o.kind for o in record.observations] == ["anc", "temperature", "temperature", "temperature"]
    anc = record.observations[0]
    assert (anc.value, anc.unit, anc.normalised) == (0.41, "10^9/L", 410.0)
    assert record.episode is not None and record.episode.status == "held"
    assert [row.id for row in record.history] == [evaluation_id]
    stored = log.db.execute("SELECT case_json, recommendation_json FROM evaluations").fetchone()
    assert isinstance(stored[1], bytes) and len(stored[1]) < len(rec.model_dump_json()) / 4  # kept compressed
    assert document_text(log.rows, stored[0]) == case.model_dump_json()
    assert document_text(log.rows, stored[1]) == rec.model_dump_json()  # byte for byte
    assert parse_case(json.loads(document_text(log.rows, stored[0]))) == case
    assert Recommendation.model_validate(json.loads(document_text(log.rows, stored[1]))) == rec


def test_cbc_readings_keep_the_differential(log, evaluated):
    evaluation_id = caselog.record_evaluation(log, *evaluated("cbc-derived"), who="dr-a")
    (reading,) = caselog.get_case(log, evaluation_id).observations
    assert (reading.kind, reading.value, reading.unit, reading.neutrophil_pct, reading.band_pct) == ("cbc", 2.9, "10^9/L", 31, 3)
    assert reading.normalised == pytest.approx(986.0)


def test_episode_follows_the_decisions_of_one_patient(log, evaluated):
    held = caselog.record_evaluation(log, *evaluated("long-neutropenia"), who="dr-a")
    episode = caselog.get_case(log, held).episode
    resumed = caselog.record_evaluation(
        log,
        *evaluated("recovering", patient_ref="HAEM-2208"),
        who="dr-a",
    )
    record = caselog.get_case(log, resumed)
    assert record.episode.id == episode.id and record.episode.status == "resumed"
    assert {row.id for row in record.history} == {held, resumed}
    caselog.close_episode(log, episode.id, who="dr-a")
    again = caselog.record_evaluation(log, *evaluated("long-neutropenia"), who="dr-a")
    assert caselog.get_case(log, again).episode.id != episode.id
    assert caselog.verify(log).ok


def test_a_continue_without_an_open_episode_opens_none(log, evaluated):
    case, rec = evaluated("recovering", patient_ref="RHEU-7", anakinra="active")
    assert rec.decision == "continue"
    assert caselog.get_case(log, caselog.record_evaluation(log, case, rec, who="dr-a")).episode is None


def test_pitfall_ticks_are_kept_once_and_must_be_on_the_checklist(log, evaluated):
    evaluation_id = caselog.record_evaluation(log, *evaluated(), who="dr-a")
    first = caselog.acknowledge_pitfall(log, evaluation_id, "premature_resumption", who="dr-a")
    assert caselog.acknowledge_pitfall(log, evaluation_id, "premature_resumption", who="dr-b") == first
    with pytest.raises(InputError, match="not on this case's pitfall checklist"):
        caselog.acknowledge_pitfall(log, evaluation_id, "made_up", who="dr-a")
    with pytest.raises(InputError, match="no logged case"):
        caselog.acknowledge_pitfall(log, "0" * 36, "premature_resumption", who="dr-a")
    (ack,) = caselog.get_case(log, evaluation_id).acknowledgements
    assert (ack.pitfall_id, ack.who) == ("premature_resumption", "dr-a")


def test_a_clinician_override_is_coded_and_moves_the_episode(log, evaluated):
    evaluation_id = caselog.record_evaluation(log, *evaluated("chest-spread"), who="dr-a")
    with pytest.raises(InputError, match="reason"):
        caselog.record_clinician_override(log, evaluation_id, "continue", "because", who="dr-a")
    with pytest.raises(InputError, match="nothing to override"):
        caselog.record_clinician_override(log, evaluation_id, "withhold", "specialist_advice", who="dr-a")
    with pytest.raises(InputError, match="say in a few words"):
        caselog.record_clinician_override(log, evaluation_id, "continue", "other_clinical_judgement", "  ", who="dr-a")
    caselog.record_clinician_override(log, evaluation_id, "continue", "specialist_advice", "ID team advice", who="dr-b")
    record = caselog.get_case(log, evaluation_id)
    assert record.clinician_override.decision_taken == "continue"
    assert record.clinician_override.reason == "specialist_advice" and record.clinician_override.who == "dr-b"
    assert record.row.decision == "withhold" and record.row.decision_taken == "continue"
    assert record.episode.status == "resumed"
    assert caselog.list_cases(log)[0].decision_taken == "continue"
    assert caselog.verify(log).ok


def test_notes_are_added_never_edited_and_found_by_search(log, evaluated):
    evaluation_id = caselog.record_evaluation(log, *evaluated(), who="dr-a")
    caselog.add_note(log, evaluation_id, "Haematology says: repeat film tomorrow", who="dr-b")
    with pytest.raises(InputError, match="empty"):
        caselog.add_note(log, evaluation_id, "   ", who="dr-b")
    assert [row.id for row in caselog.list_cases(log, "film")] == [evaluation_id]
    assert [n.text for n in caselog.get_case(log, evaluation_id).notes] == ["Haematology says: repeat film tomorrow"]


def test_drafts_survive_until_discarded(log):
    assert caselog.load_draft(log, "new-case") is None
    caselog.save_draft(log, "new-case", {"patient_ref": "RHEU-1", "anc": [{"value": "3"}]})
    caselog.save_draft(log, "new-case", {"patient_ref": "RHEU-12"})
    caselog.save_draft(log, "case-2", {"patient_ref": "RHEU-2"})
    assert caselog.load_draft(log, "new-case").payload == {"patient_ref": "RHEU-12"}
    assert [d.key for d in caselog.list_drafts(log)] == ["case-2", "new-case"]
    caselog.discard_draft(log, "new-case")
    caselog.discard_draft(log, "new-case")
    assert caselog.load_draft(log, "new-case") is None
    with pytest.raises(InputError, match="plain JSON"):
        caselog.save_draft(log, "x", {"when": object()})
    assert caselog.verify(log).ok


def test_every_write_adds_audit_events_in_its_own_transaction(log, evaluated):
    before = log.db.execute("SELECT count(*) FROM audit").fetchone()[0]
    evaluation_id = caselog.record_evaluation(log, *evaluated(), who="dr-a")
    events = [row[0] for row in log.db.execute("SELECT event FROM audit WHERE seq > ? ORDER BY seq", [before])]
    assert events == ["case_recorded"]
    payload = json.loads(log.db.execute("SELECT payload FROM audit ORDER BY seq DESC LIMIT 1").fetchone()[0])
    assert [table for table, _, _ in payload["records"]] == ["patients", "episodes", "evaluations"]
    caselog.acknowledge_pitfall(log, evaluation_id, "alternative_causes", who="dr-a")
    assert log.db.execute("SELECT event FROM audit ORDER BY seq DESC LIMIT 1").fetchone()[0] == "pitfall_acknowledged"


def test_a_failing_unit_of_work_leaves_nothing(log, evaluated, monkeypatch):
    def fail_after_the_records_are_in(trail):
        raise RuntimeError("power cut before the audit events")

    monkeypatch.setattr(recording.AuditTrail, "write", fail_after_the_records_are_in)
    with pytest.raises(RuntimeError):
        caselog.record_evaluations(log, [evaluated(), evaluated("febrile")], who="dr-a")
    assert caselog.count_cases(log) == 0
    assert log.db.execute("SELECT count(*) FROM patients").fetchone()[0] == 0
    assert log.db.execute("SELECT count(*) FROM audit").fetchone()[0] == 1


def test_who_must_be_given(log, evaluated):
    with pytest.raises(InputError, match="who"):
        caselog.record_evaluation(log, *evaluated(), who=" ")


def test_the_same_patient_ref_is_the_same_patient_on_every_workstation(tmp_path, evaluated):
    ids = []
    for name in ("a.db", "b.db"):
        with caselog.open_log(tmp_path / name) as log:
            caselog.record_evaluation(log, *evaluated(), who="dr-a")
            ids.append(log.db.execute("SELECT id FROM patients").fetchone()[0])
    assert ids[0] == ids[1]


def test_new_ids_are_random_version_4_uuids():
    ids = [recording.new_id() for _ in range(2000)]
    assert len(set(ids)) == len(ids)
    for text in ids:
        parsed = uuid.UUID(text)
        assert (parsed.version, parsed.variant, str(parsed)) == (4, uuid.RFC_4122, text)
