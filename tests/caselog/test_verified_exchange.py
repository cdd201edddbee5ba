"""Imports check every record before writing any; exports are signed and carry their audit events."""

from __future__ import annotations

import json
import sqlite3
import stat

import pytest

from desktop_app.caselog import import_check
from desktop_app.caselog.import_check import ImportRefused
from desktop_app.models import InputError
from desktop_app.services import caselog, workstation
from desktop_app.services.log_exchange import SignerRefused


@pytest.fixture
def exported(tmp_path, evaluated):
    """A log of workstation A with three cases, a tick and a note, exported signed: (path, ids)."""
    keys = tmp_path / "keys-a"
    with caselog.open_log(tmp_path / "a.db") as source:
        ids = caselog.record_evaluations(source, [evaluated(), evaluated("febrile"), evaluated("long-neutropenia")], who="dr-a")
        caselog.add_note(source, ids[0], "seen in clinic", who="dr-a")
        caselog.export_log(source, tmp_path / "a.json", "json", keys=keys)
    return tmp_path / "a.json", ids


def _document(path):
    return json.loads(path.read_text(encoding="utf-8"))


def _unsigned(document):
    document.pop("signature", None)
    document["workstation"] = None
    return document


def _write(path, document):
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _untouched(log):
    assert caselog.count_cases(log) == 0
    assert log.db.execute("SELECT count(*) FROM audit").fetchone()[0] == 1  # only the schema event of a new log
    assert log.db.execute("SELECT count(*) FROM provenance").fetchone()[0] == 0


def _withhold_row(document):
    return next(row for row in document["tables"]["evaluations"] if row["decision"] == "withhold")


def test_a_decision_edited_by_hand_is_refused_naming_the_record_and_field(tmp_path, exported):
    path, _ = exported
    document = _unsigned(_document(path))
    row = _withhold_row(document)
    row["decision"] = "resume"
    with caselog.open_log(tmp_path / "b.db") as target:
        with pytest.raises(ImportRefused, match=f"evaluations record {row['id']}: decision: says 'resume'") as refused:
            caselog.import_log(target, _write(tmp_path / "edited.json", document), accept_unsigned=True)
        assert refused.value.exit_code == 1
        _untouched(target)


def test_a_recommendation_edited_consistently_is_caught_by_deriving_it_again(tmp_path, exported):
    """Column and JSON both say resume: only the engine, run again with the same pack, tells."""
    path, _ = exported
    document = _unsigned(_document(path))
    document["audit"] = []  # edited so thoroughly the events were dropped too: still refused for the content first
    row = _withhold_row(document)
    stored = json.loads(row["recommendation_json"])
    stored["decision"] = "resume"
    row["recommendation_json"] = json.dumps(stored)
    row["decision"] = "resume"
    with caselog.open_log(tmp_path / "b.db") as target:
        with pytest.raises(ImportRefused, match=f"{row['id']}: recommendation_json.decision: differs from what pack"):
            caselog.import_log(target, _write(tmp_path / "edited.json", document), accept_unsigned=True)
        _untouched(target)


def test_a_removed_audit_event_is_refused(tmp_path, exported):
    path, ids = exported
    document = _unsigned(_document(path))
    document["audit"] = [event for event in document["audit"] if event["entity_id"] != ids[1]]
    with caselog.open_log(tmp_path / "b.db") as target:
        with pytest.raises(ImportRefused, match="audit: no audit event in the file vouches for it") as refused:
            caselog.import_log(target, _write(tmp_path / "cut.json", document), accept_unsigned=True)
        assert f"evaluations record {ids[1]}: audit: no audit event" in "\n".join(refused.value.problems)
        _untouched(target)


def test_an_edited_signed_file_fails_its_signature(tmp_path, exported):
    path, _ = exported
    text = path.read_text(encoding="utf-8").replace('"who": "dr-a"', '"who": "dr-x"', 1)
    (tmp_path / "edited.json").write_text(text, encoding="utf-8")
    with caselog.open_log(tmp_path / "b.db") as target:
        with pytest.raises(ImportRefused, match="signature: does not match the content"):
            caselog.import_log(target, tmp_path / "edited.json", keys=tmp_path / "keys-a", accept_unsigned=True)
        _untouched(target)


def test_a_signature_taken_from_another_file_is_refused(tmp_path, exported, evaluated):
    path, _ = exported
    with caselog.open_log(tmp_path / "other.db") as other:
        caselog.record_evaluation(other, *evaluated("febrile"), who="dr-a")
        caselog.export_log(other, tmp_path / "other.json", "json", keys=tmp_path / "keys-a")
    theirs = (tmp_path / "other.json").read_text(encoding="utf-8").rsplit('"signature": ', 1)[1]
    mine = path.read_text(encoding="utf-8").rsplit('"signature": ', 1)[0]
    (tmp_path / "swapped.json").write_text(mine + '"signature": ' + theirs, encoding="utf-8")
    with caselog.open_log(tmp_path / "b.db") as target:
        with pytest.raises(ImportRefused, match="signature: does not match"):
            caselog.import_log(target, tmp_path / "swapped.json", keys=tmp_path / "keys-a")
        _untouched(target)


def test_unsigned_or_unknown_signer_needs_accept_unsigned_and_is_marked(tmp_path, exported):
    path, ids = exported
    keys_b = tmp_path / "keys-b"
    with caselog.open_log(tmp_path / "b.db") as target:
        with pytest.raises(SignerRefused, match="not trusted here"):
            caselog.import_log(target, path, keys=keys_b)
        unsigned = _write(tmp_path / "unsigned.json", _unsigned(_document(path)))
        with pytest.raises(SignerRefused, match="is not signed"):
            caselog.import_log(target, unsigned, keys=keys_b)
        _untouched(target)
        caselog.import_log(target, path, keys=keys_b, accept_unsigned=True)
        came = caselog.get_provenance(target, ids[0])
        assert came is not None and not came.signed and came.rechecked
        assert "UNSIGNED" in came.describe()
        assert caselog.verify(target).ok


def test_a_trusted_workstation_imports_signed_and_shows_where_records_came_from(tmp_path, exported):
    path, ids = exported
    keys_b = tmp_path / "keys-b"
    key = workstation.read_key_file(path)
    assert workstation.trust(key, keys_b) and not workstation.trust(key, keys_b)
    assert len(key.fingerprint.split()) == 8 and all(len(group) == 4 for group in key.fingerprint.split())
    with caselog.open_log(tmp_path / "b.db") as target:
        summary = caselog.import_log(target, path, keys=keys_b)
        assert summary.added["evaluations"] == 3
        came = caselog.get_provenance(target, ids[2])
        assert came.signed and came.rechecked and came.workstation_id == key.id
        assert came.describe().startswith(f"imported from workstation {key.name} ({key.id[:8]}) on ")
        assert caselog.get_provenance(target, ids[0]) is not None
        assert caselog.verify(target).ok
        again = caselog.import_log(target, path, keys=keys_b)
        assert sum(again.added.values()) == 0


def test_the_private_key_is_owner_only_and_kept(tmp_path):
    keys = tmp_path / "keys"
    first = workstation.this_workstation(keys)
    assert stat.S_IMODE((keys / workstation.PRIVATE_KEY_FILE).stat().st_mode) == 0o600
    assert stat.S_IMODE(keys.stat().st_mode) == 0o700
    assert workstation.this_workstation(keys).public_key == first.public_key


def test_a_pack_not_installed_here_is_accepted_as_not_rechecked(tmp_path, evaluated, pack, as_of):
    from desktop_app.services.evaluation import evaluate

    elsewhere = pack.model_copy(update={"sha256": "f" * 64})
    case, _ = evaluated("febrile")
    with caselog.open_log(tmp_path / "a.db") as source:
        evaluation_id = caselog.record_evaluation(source, case, evaluate(case, elsewhere, as_of), who="dr-a")
        caselog.export_log(source, tmp_path / "a.json", "json")
    with caselog.open_log(tmp_path / "b.db") as target:
        caselog.import_log(target, tmp_path / "a.json")  # the same config folder: signed by this workstation
        came = caselog.get_provenance(target, evaluation_id)
        assert came.signed and not came.rechecked and "not re-checked" in came.describe()


def test_a_conflicting_record_is_refused_never_overwritten(tmp_path, exported):
    path, ids = exported
    document = _unsigned(_document(path))
    with caselog.open_log(tmp_path / "b.db") as target:
        caselog.import_log(target, path, keys=tmp_path / "keys-a")
        note = document["tables"]["notes"][0]
        note["text"] = "changed later"
        document["version"] = 1  # an old export, with no audit events to vouch for the notes
        del document["audit"], document["workstation"], document["incremental"]
        with pytest.raises(ImportRefused, match=f"notes record {note['id']}: conflict"):
            caselog.import_log(target, _write(tmp_path / "changed.json", document), accept_unsigned=True)
        assert caselog.get_case(target, ids[0]).notes[0].text == "seen in clinic"


def _hostile(tmp_path, exported, change):
    path, _ = exported
    document = _unsigned(_document(path))
    change(document)
    return _write(tmp_path / "hostile.json", document)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["tables"]["notes"][0].update(text="x" * 5000), "text: is 5000 characters long"),
        (lambda d: d["tables"]["evaluations"][0].update(who="w" * 100_000), "who: is 100000 characters long"),
        (lambda d: d["tables"]["evaluations"][0].update(case_json="[" * 100_000 + "]" * 100_000), "case_json"),
        (lambda d: d["tables"]["evaluations"][0].update(recorded_at="yesterday"), "recorded_at: 'yesterday' is not an ISO"),
        (lambda d: d["tables"]["evaluations"][0].update(recorded_at="2999-01-01T00:00:00+00:00"), "not a plausible moment"),
        (lambda d: d["tables"]["notes"][0].update(id="../../etc"), "id: is not a lowercase UUID"),
        (
            lambda d: d["tables"]["notes"][0].update(evaluation_id="0" * 8 + "-0000-4000-8000-" + "0" * 12),
            "points to evaluations record",
        ),
        (lambda d: d["tables"]["notes"].append({**d["tables"]["notes"][0], "text": "other"}), "is used twice in the file"),
        (lambda d: d["tables"]["notes"][0].update(id=d["tables"]["evaluations"][1]["id"]), "is used twice in the file"),
    ],
)
def test_hostile_records_are_refused_whole(tmp_path, exported, change, message):
    hostile = _hostile(tmp_path, exported, change)
    with caselog.open_log(tmp_path / "b.db") as target:
        with pytest.raises(ImportRefused, match=message):
            caselog.import_log(target, hostile, accept_unsigned=True)
        _untouched(target)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda text: text[: len(text) // 2], "is not valid JSON"),
        (lambda text: "[" * 200_000 + "]" * 200_000, "not a NeutroHold case log export|nested too deeply"),
        (lambda text: text.replace('"version": 2', '"version": "2"', 1), "is export version"),
        (lambda text: text.replace('"audit": [', '"audit": {"x": [', 1).replace("]}]", "]}]}", 1), "audit|JSON"),
    ],
)
def test_broken_files_are_refused_with_one_clear_line(tmp_path, exported, make, message):
    path, _ = exported
    (tmp_path / "broken.json").write_text(make(path.read_text(encoding="utf-8")), encoding="utf-8")
    with caselog.open_log(tmp_path / "b.db") as target:
        with pytest.raises((InputError, ImportRefused), match=message) as refused:
            caselog.import_log(target, tmp_path / "broken.json", accept_unsigned=True)
        assert "\n" not in str(refused.value)
        _untouched(target)


def test_too_many_rows_or_bytes_are_refused_before_reading(tmp_path, exported, monkeypatch):
    path, _ = exported
    monkeypatch.setattr(import_check, "MAX_ROWS", 5)
    with caselog.open_log(tmp_path / "b.db") as target:
        with pytest.raises(ImportRefused, match="at most 5 are accepted"):
            caselog.import_log(target, path, keys=tmp_path / "keys-a")
        monkeypatch.setattr(import_check, "MAX_FILE_BYTES", 1000)
        with pytest.raises(InputError, match="bytes; at most 1000 bytes"):
            caselog.import_log(target, path, keys=tmp_path / "keys-a")
        _untouched(target)


def test_an_old_unsigned_export_still_imports_with_accept_unsigned(tmp_path, exported):
    path, ids = exported
    document = _document(path)
    old = {"format": document["format"], "version": 1, "exported_at": document["exported_at"], "schema": document["schema"],
           "tables": document["tables"]}  # fmt: skip
    with caselog.open_log(tmp_path / "b.db") as target:
        with pytest.raises(SignerRefused):
            caselog.import_log(target, _write(tmp_path / "v1.json", old))
        summary = caselog.import_log(target, tmp_path / "v1.json", accept_unsigned=True)
        assert summary.added["evaluations"] == 3
        assert not caselog.get_provenance(target, ids[0]).signed


def _tamper(db_path, evaluation_id, decision):
    conn = sqlite3.connect(db_path)
    conn.execute("DROP TRIGGER evaluations_no_update")
    conn.execute("UPDATE evaluations SET decision = ? WHERE id = ?", [decision, evaluation_id])
    conn.commit()
    conn.close()


def test_replay_tells_damage_under_the_same_pack_from_drift(tmp_path, evaluated, pack):
    from desktop_app.knowledge import apply_overrides

    with caselog.open_log(tmp_path / "a.db") as log:
        held = caselog.record_evaluation(log, *evaluated("long-neutropenia"), who="dr-a")
        caselog.record_evaluation(log, *evaluated("recovering"), who="dr-a")
    _tamper(tmp_path / "a.db", held, "resume")
    with caselog.open_log(tmp_path / "a.db") as log:
        report = caselog.replay(log, pack)
        assert [fault.id for fault in report.faults] == [held] and report.drifts == ()
        label = apply_overrides(pack, {"resume_anc_above": (1500, "follow the drug label")}, site="Test clinic")
        other = caselog.replay(log, label)
        assert other.faults == () and {d.logged_decision for d in other.drifts} == {"resume"}


def test_millions_of_rows_are_refused_before_any_row_is_looked_at(tmp_path):
    rows = ",".join(["{}"] * 2_100_000)
    text = (
        '{"format": "neutrohold-caselog-export", "version": 2, "audit": [], "workstation": null, "tables": {"notes": ['
        + rows
        + "]}}"
    )
    (tmp_path / "huge.json").write_text(text, encoding="utf-8")
    with caselog.open_log(tmp_path / "b.db") as target:
        with pytest.raises(ImportRefused, match="holds 2100000 rows and audit events; at most 2000000"):
            caselog.import_log(target, tmp_path / "huge.json", accept_unsigned=True)
        _untouched(target)
