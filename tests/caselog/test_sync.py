"""`log sync`: three workstations, one folder, any order: the same records everywhere, conflicts refused."""

from __future__ import annotations

import itertools
import json
import stat

import pytest

from desktop_app.caselog.audit import row_digest
from desktop_app.caselog.exchange import EXCHANGED_TABLES
from desktop_app.caselog.records import readable_evaluation
from desktop_app.caselog.schema import SELECT_COLUMNS
from desktop_app.services import caselog
from desktop_app.services.log_exchange import new_workstations, sync

NAMES = ("ward", "clinic", "lab")


def _record_set(log) -> set[tuple]:
    """Every exchanged record as (table, id, digest); patients by id and ref (whoever registered them first)."""
    found = set()
    for table in EXCHANGED_TABLES:
        for row in log.rows.query(SELECT_COLUMNS[table]):
            if table == "patients":
                found.add((table, row["id"], row["patient_ref"]))
            else:  # documents as recorded: each log compresses them against its own dictionary
                readable = readable_evaluation(log.rows, row) if table == "evaluations" else row
                found.add((table, row["id"], row_digest(table, readable)))
    return found


@pytest.fixture
def stations(tmp_path, evaluated):
    """Three workstations, each with its own log, key folder and cases (one patient seen at two of them)."""
    made = {}
    cases = {"ward": ["long-neutropenia", "febrile"], "clinic": ["recovering"], "lab": ["unit-slip", "long-neutropenia"]}
    for name in NAMES:
        log = caselog.open_log(tmp_path / f"{name}.db")
        ids = caselog.record_evaluations(log, [evaluated(stem) for stem in cases[name]], who=f"dr-{name}")
        caselog.add_note(log, ids[0], f"note from {name}", who=f"dr-{name}")
        made[name] = (log, tmp_path / f"keys-{name}")
    yield made
    for log, _ in made.values():
        log.close()


@pytest.mark.parametrize("order", list(itertools.permutations(NAMES)))
def test_three_workstations_converge_whatever_the_order(tmp_path, stations, order):
    folder = tmp_path / "usb"
    # Two rounds in the given order: the first carries each station's records in, the second out.
    for name in order + order:
        log, keys = stations[name]
        report = sync(log, folder, trust_new=True, keys=keys)
        assert report.refused == []
    sets = {name: _record_set(stations[name][0]) for name in NAMES}
    assert sets["ward"] == sets["clinic"] == sets["lab"]
    assert caselog.count_cases(stations["ward"][0]) == 5
    for name in NAMES:
        assert caselog.verify(stations[name][0]).ok
    # Running it again changes nothing: no file written, nothing imported.
    files_before = sorted(folder.rglob("*.json"))
    for name in order:
        log, keys = stations[name]
        again = sync(log, folder, keys=keys)
        assert again.written is None and again.added_cases == 0 and again.refused == []
        assert _record_set(log) == sets[name]
    assert sorted(folder.rglob("*.json")) == files_before


def test_a_later_episode_status_travels_and_wins(tmp_path, stations):
    folder = tmp_path / "usb"
    ward, ward_keys = stations["ward"]
    clinic, clinic_keys = stations["clinic"]
    sync(ward, folder, trust_new=True, keys=ward_keys)
    sync(clinic, folder, trust_new=True, keys=clinic_keys)
    held = next(row for row in caselog.list_cases(clinic) if row.decision == "withhold")
    episode = caselog.get_case(clinic, held.id).episode
    caselog.close_episode(clinic, episode.id, who="dr-clinic")
    sync(clinic, folder, keys=clinic_keys)
    sync(ward, folder, trust_new=True, keys=ward_keys)
    assert caselog.get_case(ward, held.id).episode.status == "closed"
    assert _record_set(ward) == _record_set(clinic)


def test_a_new_workstation_is_imported_only_once_trusted(tmp_path, stations):
    folder = tmp_path / "usb"
    ward, ward_keys = stations["ward"]
    clinic, clinic_keys = stations["clinic"]
    sync(ward, folder, keys=ward_keys)
    (fresh,) = new_workstations(folder, clinic_keys)
    report = sync(clinic, folder, keys=clinic_keys)
    assert [key.id for key in report.untrusted] == [fresh.id] and report.added_cases == 0
    assert caselog.count_cases(clinic) == 1
    confirmed = sync(clinic, folder, trust_new=[fresh.id], keys=clinic_keys)
    assert [key.id for key in confirmed.enrolled] == [fresh.id] and confirmed.added_cases == 2
    assert new_workstations(folder, clinic_keys) == []
    for path in folder.rglob("*.json"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_tampered_file_in_the_folder_is_refused_and_reported(tmp_path, stations):
    folder = tmp_path / "usb"
    ward, ward_keys = stations["ward"]
    clinic, clinic_keys = stations["clinic"]
    report = sync(ward, folder, keys=ward_keys)
    text = report.written.read_text(encoding="utf-8").replace('"dr-ward"', '"dr-evil"', 1)
    report.written.chmod(0o600)
    report.written.unlink()
    report.written.write_text(text, encoding="utf-8")
    result = sync(clinic, folder, trust_new=True, keys=clinic_keys)
    assert len(result.refused) == 1 and "signature" in result.refused[0]
    assert caselog.count_cases(clinic) == 1


def test_a_conflict_is_refused_and_reported_never_overwritten(tmp_path, stations, evaluated):
    folder = tmp_path / "usb"
    ward, ward_keys = stations["ward"]
    clinic, clinic_keys = stations["clinic"]
    report = sync(ward, folder, keys=ward_keys)
    document = json.loads(report.written.read_text(encoding="utf-8"))
    note = document["tables"]["notes"][0]
    # The clinic already holds a different note under the same id (as if two logs had made the same id).
    clinic_case = caselog.list_cases(clinic)[0].id
    clinic.conn.execute("BEGIN IMMEDIATE")
    clinic.conn.execute(
        "INSERT INTO notes (id, evaluation_id, text, who, at) VALUES (?, ?, 'mine', 'dr-clinic', ?)",
        [note["id"], clinic_case, note["at"]],
    )
    clinic.conn.execute("COMMIT")
    result = sync(clinic, folder, trust_new=True, keys=clinic_keys)
    assert len(result.refused) == 1 and f"notes record {note['id']}: conflict" in result.refused[0]
    assert caselog.get_case(clinic, clinic_case).notes[-1].text == "mine"
    assert caselog.count_cases(clinic) == 1


def test_another_key_under_this_workstations_id_stops_the_sync(tmp_path, stations):
    from desktop_app.caselog.signing import new_private_key, public_key_text
    from desktop_app.services import workstation

    folder = tmp_path / "usb"
    ward, ward_keys = stations["ward"]
    mine = workstation.own_key(ward_keys)
    impostor = folder / f"workstation-{mine.id}"
    impostor.mkdir(parents=True)
    fake = workstation.WorkstationKey(mine.id, "ward", public_key_text(new_private_key().public_key()))
    (impostor / "key.json").write_text(json.dumps(workstation.key_document(fake)), encoding="utf-8")
    with pytest.raises(workstation.KeysUnusable, match="another key under this workstation's id"):
        sync(ward, folder, keys=ward_keys)
    assert [path.name for path in impostor.iterdir()] == ["key.json"]
