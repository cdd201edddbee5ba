"""Withdrawals travel like other records: signed, checked before writing, vouched by their carried audit
events, with provenance; `log sync` carries them between workstations."""

from __future__ import annotations

import json

import pytest

from desktop_app.caselog.import_check import ImportRefused
from desktop_app.services import caselog
from desktop_app.services.log_exchange import sync


@pytest.fixture
def withdrawn_export(tmp_path, evaluated):
    """Workstation A: two cases, the second withdrawn as entered in error, exported signed: (path, ids)."""
    with caselog.open_log(tmp_path / "a.db") as source:
        ids = caselog.record_evaluations(source, [evaluated(), evaluated("febrile")], who="dr-a")
        caselog.withdraw(source, ids[1], "entered on the wrong patient", who="dr-a")
        caselog.export_log(source, tmp_path / "a.json", "json", keys=tmp_path / "keys-a")
    return tmp_path / "a.json", ids


def _unsigned_copy(tmp_path, path, change):
    document = json.loads(path.read_text(encoding="utf-8"))
    document.pop("signature", None)
    document["workstation"] = None
    change(document)
    out = tmp_path / "changed.json"
    out.write_text(json.dumps(document), encoding="utf-8")
    return out


def _untouched(log):
    assert caselog.count_cases(log) == 0
    assert log.db.execute("SELECT count(*) FROM withdrawals").fetchone()[0] == 0
    assert log.db.execute("SELECT count(*) FROM provenance").fetchone()[0] == 0


def test_a_withdrawal_arrives_with_its_audit_event_and_provenance(tmp_path, withdrawn_export):
    path, ids = withdrawn_export
    document = json.loads(path.read_text(encoding="utf-8"))
    (row,) = document["tables"]["withdrawals"]
    assert row["target_id"] == ids[1]
    assert any(event["event"] == "entry_withdrawn" for event in document["audit"])
    with caselog.open_log(tmp_path / "b.db") as target:
        summary = caselog.import_log(target, path, accept_unsigned=True)
        assert summary.added["withdrawals"] == 1
        record = caselog.get_case(target, ids[1])
        assert record.withdrawal is not None and record.withdrawal.reason == "entered on the wrong patient"
        assert caselog.get_provenance(target, row["id"]) is not None
        assert caselog.verify(target).ok, caselog.verify(target).problems
        assert sum(caselog.import_log(target, path, accept_unsigned=True).added.values()) == 0


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["tables"]["withdrawals"][0].update(reason="edited afterwards"), "does not match audit event"),
        (lambda d: d["audit"].__delitem__(slice(None)), "no audit event in the file vouches for it"),
        (lambda d: d["tables"]["withdrawals"][0].update(target_table="patients"), "target_table: must be one of"),
        (
            lambda d: d["tables"]["withdrawals"][0].update(target_id="0" * 8 + "-0000-4000-8000-" + "0" * 12),
            "neither in the file nor in this log",
        ),
        (lambda d: d["tables"]["withdrawals"][0].update(reason="   "), "reason: must be 1 to 4000 characters"),
        (lambda d: d["tables"]["withdrawals"][0].update(at="later"), "at: 'later' is not an ISO"),
    ],
)
def test_a_bad_withdrawal_refuses_the_whole_file(tmp_path, withdrawn_export, change, message):
    path, _ = withdrawn_export
    changed = _unsigned_copy(tmp_path, path, change)
    with caselog.open_log(tmp_path / "b.db") as target:
        with pytest.raises(ImportRefused, match=message) as refused:
            caselog.import_log(target, changed, accept_unsigned=True)
        assert "\n" not in str(refused.value)
        _untouched(target)


def test_sync_carries_a_withdrawal_made_after_the_case_travelled(tmp_path, evaluated):
    folder = tmp_path / "usb"
    with caselog.open_log(tmp_path / "ward.db") as ward, caselog.open_log(tmp_path / "clinic.db") as clinic:
        (case_id,) = caselog.record_evaluations(ward, [evaluated("febrile")], who="dr-ward")
        sync(ward, folder, trust_new=True, keys=tmp_path / "keys-ward")
        sync(clinic, folder, trust_new=True, keys=tmp_path / "keys-clinic")
        assert caselog.get_case(clinic, case_id).withdrawal is None
        caselog.withdraw(ward, case_id, "entered twice", who="dr-ward")
        report = sync(ward, folder, keys=tmp_path / "keys-ward")
        assert report.written is not None and report.refused == []
        report = sync(clinic, folder, keys=tmp_path / "keys-clinic")
        assert report.refused == []
        gone = caselog.get_case(clinic, case_id).withdrawal
        assert gone is not None and gone.reason == "entered twice" and gone.who == "dr-ward"
        assert caselog.verify(clinic).ok, caselog.verify(clinic).problems
        again = sync(clinic, folder, keys=tmp_path / "keys-clinic")
        assert again.written is None and again.added_cases == 0 and again.refused == []
