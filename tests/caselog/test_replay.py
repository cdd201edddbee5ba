"""Replay: re-deciding logged cases with the current pack, or a site override, at their original moment."""

from __future__ import annotations

from datetime import UTC

from desktop_app.knowledge import apply_overrides
from desktop_app.services import caselog


def test_replay_with_the_same_pack_changes_nothing(log, evaluated, example_stems, pack):
    for stem in example_stems:
        caselog.record_evaluation(log, *evaluated(stem), who="dr-a")
    report = caselog.replay(log, pack)
    assert report.cases == len(example_stems) and report.drifts == ()
    assert report.pack_sha256 == pack.sha256


def test_replay_lists_the_decisions_a_stricter_threshold_would_change(log, evaluated, example_stems, pack, as_of):
    ids = {stem: caselog.record_evaluation(log, *evaluated(stem), who="dr-a") for stem in example_stems}
    label = apply_overrides(pack, {"resume_anc_above": (1500, "follow the drug label")}, site="Test clinic")
    report = caselog.replay(log, label)
    (drift,) = report.drifts
    assert drift.id == ids["recovering"] and drift.patient_ref == "RHEU-0412"
    assert (drift.logged_decision, drift.replayed_decision) == ("resume", "withhold")
    assert drift.as_of == as_of.replace(tzinfo=UTC) and drift.logged_pack_version == pack.content.version
