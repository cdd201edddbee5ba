"""The knowledge pack: validation, content hash, golden self-check, grid sweep and site overrides."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from desktop_app.engine import PackRefused, check_pack
from desktop_app.services.evaluation import evaluate
from desktop_app.knowledge import PackError, apply_overrides, installed_pack, load_pack_dir, read_overrides
from desktop_app.models import parse_case
from desktop_app.services.packs import open_pack


@pytest.fixture
def pack_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "anakinra-neutropenia"
    shutil.copytree(installed_pack(), folder)
    return folder


def edit(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / name
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def test_pack_has_id_semver_and_stable_hash(pack):
    assert pack.content.id == "anakinra-neutropenia"
    assert pack.content.version.count(".") == 2
    assert len(pack.sha256) == 64
    assert load_pack_dir(installed_pack()).sha256 == pack.sha256


def test_comments_do_not_change_the_hash_but_content_does(pack, pack_copy):
    (pack_copy / "pack.toml").write_text("# a comment\n" + (pack_copy / "pack.toml").read_text())
    assert load_pack_dir(pack_copy).sha256 == pack.sha256
    edit(pack_copy, "pack.toml", 'version = "1.1.0"', 'version = "1.1.1"')
    assert load_pack_dir(pack_copy).sha256 != pack.sha256


def test_every_rule_has_provenance_citation_and_plain_words(pack):
    for rule in pack.content.rules:
        assert rule.provenance in ("label", "guideline", "article-only", "safety-check")
        assert rule.citations
        if rule.provenance == "safety-check":
            # A safety check has no clinical source and must not borrow one.
            assert not {"kineret-us-pi", "kineret-eu-smpc", "ctcae-v5", "article"} & set(rule.citations), rule.id
    article_only = [r for r in pack.content.rules if r.provenance == "article-only"]
    assert any(r.differs for r in article_only)
    differs = " ".join(r.differs or "" for r in pack.content.rules)
    assert "1500" in differs and "both conditions" in differs


def test_a_failing_golden_case_refuses_the_pack(pack_copy):
    edit(pack_copy, "golden.toml", 'expect_decision = "continue"', 'expect_decision = "withhold"')
    with pytest.raises(PackRefused, match="golden case 'ANC exactly 500 on the drug, no infection: continue'"):
        check_pack(load_pack_dir(pack_copy))


def test_a_pack_without_golden_cases_is_refused(pack_copy):
    (pack_copy / "golden.toml").unlink()
    with pytest.raises(PackRefused, match="no golden cases"):
        check_pack(load_pack_dir(pack_copy))


def test_unknown_placeholder_in_wording_is_refused(pack_copy):
    edit(pack_copy, "pack.toml", "stop anakinra now.", "stop anakinra now {typo}.")
    # With its translations, the pack is refused at load: no translation has the typo's placeholder.
    with pytest.raises(PackError, match=r"rules.withhold_low_anc.clinician: placeholders"):
        load_pack_dir(pack_copy)
    shutil.rmtree(pack_copy / "wording")  # English only: the self-check names the unknown placeholder
    with pytest.raises(PackRefused, match=r"rules.withhold_low_anc.clinician uses unknown placeholders typo"):
        check_pack(load_pack_dir(pack_copy))


def test_missing_rule_wording_is_refused(pack_copy):
    edit(pack_copy, "pack.toml", 'id = "warn_duffy_variant"', 'id = "warn_something_else"')
    shutil.rmtree(pack_copy / "wording")  # the English pack's own check (translations are checked at load)
    with pytest.raises(PackRefused, match="no wording for rules warn_duffy_variant"):
        check_pack(load_pack_dir(pack_copy))


def test_incoherent_thresholds_are_refused_at_load(pack_copy):
    edit(pack_copy, "pack.toml", "hold_anc_below = 500 ", "hold_anc_below = 900 ")
    with pytest.raises(PackError, match="hold_anc_below must not exceed resume_anc_above"):
        load_pack_dir(pack_copy)


def test_citation_ids_must_exist(pack_copy):
    edit(pack_copy, "pack.toml", 'citations = ["article"]', 'citations = ["nowhere"]')
    with pytest.raises(PackError, match="unknown citation ids: nowhere"):
        load_pack_dir(pack_copy)


def test_grid_sweep_covers_band_edges(pack):
    report = check_pack(pack)
    assert report.golden_passed >= 10
    assert report.grid_cells >= 1000


def test_override_changes_decision_and_is_reported(pack):
    data = {
        "patient_ref": "P",
        "anakinra": "held",
        "urti": "resolved",
        "infection_signs": False,
        "last_fever_at": None,
        "anc": [{"value": 900, "unit": "cells/uL", "taken_at": "2026-11-24T08:00"}],
    }
    as_of = datetime(2026, 11, 24, 12)
    assert evaluate(parse_case(data), pack, as_of).decision == "resume"
    site = apply_overrides(pack, {"resume_anc_above": (1500, "EU label")}, site="Clinic A")
    rec = evaluate(parse_case(data), site, as_of)
    assert rec.decision == "withhold"
    assert rec.pack.site == "Clinic A"
    assert [(o.key, o.value, o.default, o.reason) for o in rec.pack.overrides] == [("resume_anc_above", 1500, 500, "EU label")]
    assert rec.pack.sha256 == pack.sha256


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ({"resume_anc_above": (5000, "x" * 5)}, "outside the sane range 200-2000"),
        ({"fever_celsius": (36.0, "cold site")}, "outside the sane range"),
        ({"label_start_anc_below": (1000, "not ours")}, "fixed by the pack"),
        ({"banana": (1, "why not")}, "not a threshold or setting"),
        ({"prophylaxis_requires_both": (3, "number")}, "must be true or false"),
        ({"hold_anc_below": (1200, "too high")}, "hold_anc_below must not exceed resume_anc_above"),
    ],
)
def test_bad_overrides_are_refused(pack, entries, message):
    with pytest.raises(PackError, match=message):
        apply_overrides(pack, entries)


def test_overrides_file_requires_a_reason(tmp_path):
    path = tmp_path / "overrides.toml"
    path.write_text("[overrides.resume_anc_above]\nvalue = 1500\n")
    with pytest.raises(PackError, match=r"overrides.resume_anc_above.reason: is required"):
        read_overrides(path)


def test_default_overrides_file_in_user_config_is_used(private_user_folders):
    config = private_user_folders / "config" / "NeutroHold"
    config.mkdir(parents=True)
    (config / "overrides.toml").write_text(
        'site = "Riverside Rheumatology"\n[overrides.resume_anc_above]\nvalue = 1000\nreason = "Local policy"\n'
    )
    pack = open_pack()
    assert pack.site == "Riverside Rheumatology"
    assert pack.thresholds.resume_anc_above == 1000


def test_open_pack_refuses_an_override_outside_its_range(tmp_path):
    path = tmp_path / "site.toml"
    path.write_text('[overrides.afebrile_hours]\nvalue = 12\nreason = "too short"\n')
    with pytest.raises(PackError, match="afebrile_hours"):
        open_pack(path)


def test_handout_wording_placeholders_are_checked_at_load(pack_copy):
    edit(pack_copy, "pack.toml", "Your cold has gone.", "Your cold has gone {sooon}.")
    shutil.rmtree(pack_copy / "wording")  # the English pack's own check (translations are checked at load)
    with pytest.raises(PackRefused, match=r"patient.criteria.urti_resolved uses unknown placeholders sooon"):
        check_pack(load_pack_dir(pack_copy))
