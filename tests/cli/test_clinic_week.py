"""The clinic's week from the command line: the worklist, withdrawals, calendars and anchors, as a clinician sees them."""

from __future__ import annotations

import json
import sqlite3
import stat
from pathlib import Path

import pytest

from desktop_app.cli import main
from tests.conftest import EXAMPLES
from datetime import UTC

AS_OF = "2026-11-24T12:00"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "caselog.db"


def add(capsys, db: Path, path: Path, as_of: str = AS_OF) -> str:
    code, out, err = run(capsys, "log", "add", str(path), "--as-of", as_of, "--json", "--db", str(db), "--who", "Dr Ada")
    assert (code, err) == (0, ""), err
    return json.loads(out)["id"]


def case_file(tmp_path: Path, name: str, **changes) -> Path:
    data = json.loads((EXAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    data.update(changes)
    path = tmp_path / f"{name}-{len(list(tmp_path.glob('*.json')))}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def due(capsys, db: Path, as_of: str) -> list[dict]:
    code, out, err = run(capsys, "due", "--json", "--as-of", as_of, "--db", str(db))
    assert (code, err) == (0, ""), err
    document = json.loads(out)
    assert document["format"] == "neutrohold-worklist" and document["version"] == 1
    assert document["count"] == len(document["items"])
    return document["items"]


@pytest.fixture
def clinic(capsys, db, tmp_path) -> dict[str, str]:
    """A held patient (febrile, count 24 Nov 06:30, fever 23 Nov 21:15) and a restarted one (recovering)."""
    return {
        "held": add(capsys, db, EXAMPLES / "febrile.json"),
        "restarted": add(capsys, db, EXAMPLES / "recovering.json"),
    }


def items(found: list[dict]) -> list[tuple[str, str, str]]:
    return [(row["patient_ref"], row["item"], row["due_at"]) for row in found]


def test_a_held_patients_daily_count_is_due_then_overdue(capsys, db, clinic):
    assert items(due(capsys, db, "2026-11-25T00:00")) == [("RHEU-0977", "cbc_due", "2026-11-25T06:30:00Z")]
    late = due(capsys, db, "2026-11-25T11:00")
    assert items(late) == [("RHEU-0977", "cbc_overdue", "2026-11-25T06:30:00Z")]
    row = late[0]
    assert row["overdue_minutes"] == 270 and row["monitoring_id"] == "daily_cbc"
    assert (row["decision"], row["anc_cells_per_uL"], row["evaluation_id"]) == ("withhold", 410, clinic["held"])


def test_review_and_stale_count_come_when_their_time_has_passed(capsys, db, clinic):
    found = items(due(capsys, db, "2026-11-27T07:00"))
    # Most urgent first: the missed count, then the count too old to act on, then the review.
    assert found == [
        ("RHEU-0977", "cbc_overdue", "2026-11-25T06:30:00Z"),
        ("RHEU-0977", "stale_count", "2026-11-27T06:30:00Z"),
        ("RHEU-0977", "review_resume", "2026-11-25T21:15:00Z"),
    ]


def test_the_follow_up_count_after_restarting_is_listed_until_a_normal_count_closes_the_episode(capsys, db, clinic, tmp_path):
    assert ("RHEU-0412", "cbc_due", "2026-12-01T12:00:00Z") in items(due(capsys, db, "2026-12-01T00:00"))
    normal = case_file(
        tmp_path, "recovering", anakinra="active",
        anc=[{"value": 2100, "unit": "cells/uL", "taken_at": "2026-11-30T08:00:00"}],
    )  # fmt: skip
    add(capsys, db, normal, "2026-11-30T09:00")
    assert all(row["patient_ref"] != "RHEU-0412" for row in due(capsys, db, "2026-12-01T13:00"))


def test_the_latest_entry_in_the_log_counts_not_the_latest_clock_time(capsys, db, clinic, tmp_path):
    # Entered after the hold, for an earlier moment: it is still the patient's latest word.
    earlier = case_file(
        tmp_path,
        "febrile",
        anakinra="held",
        urti="resolved",
        infection_signs=False,
        temperatures=[],
        last_fever_at=None,
        anc=[{"value": 2500, "unit": "cells/uL", "taken_at": "2026-11-24T05:00:00"}],
    )
    add(capsys, db, earlier, "2026-11-24T06:00")
    assert all(row["patient_ref"] != "RHEU-0977" or row["item"] != "cbc_overdue" for row in due(capsys, db, "2026-11-25T11:00"))


def test_a_withdrawn_evaluation_leaves_the_worklist_and_stays_in_the_history(capsys, db, clinic):
    code, out, err = run(
        capsys, "log", "withdraw", clinic["held"][:8], "--reason", "wrong patient", "--who", "Dr Bo", "--db", str(db)
    )
    assert code == 0 and err == "" and clinic["held"] in out
    assert due(capsys, db, "2026-11-25T11:00") == []
    code, out, _ = run(capsys, "log", "show", clinic["held"], "--db", str(db))
    assert code == 0 and "WITHDRAWN" in out and "by Dr Bo" in out and "wrong patient" in out
    code, out, _ = run(capsys, "log", "show", clinic["held"], "--json", "--db", str(db))
    record = json.loads(out)
    assert record["row"]["withdrawn"] is True and record["withdrawals"][0]["reason"] == "wrong patient"
    code, out, _ = run(capsys, "log", "verify", "--db", str(db))
    assert code == 0, out
    code, out, _ = run(capsys, "log", "replay", "--json", "--db", str(db))
    assert json.loads(out)["cases"] == 1


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_a_withdrawal_without_a_reason_is_refused_with_exit_2(capsys, db, clinic, reason):
    argv = ["log", "withdraw", clinic["held"], "--db", str(db)] + ([] if reason is None else ["--reason", reason])
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and len(err.splitlines()) == 1 and "--reason" in err
    assert len(due(capsys, db, "2026-11-25T11:00")) == 1


def test_an_entry_is_withdrawn_once(capsys, db, clinic):
    assert run(capsys, "log", "withdraw", clinic["held"], "--reason", "typo", "--db", str(db))[0] == 0
    code, _, err = run(capsys, "log", "withdraw", clinic["held"], "--reason", "again", "--db", str(db))
    assert code == 2 and "already withdrawn" in err


def test_the_calendar_carries_only_the_patient_reference_the_test_and_the_due_time(capsys, db, clinic, tmp_path):
    from icalendar import Calendar

    out = tmp_path / "schedule.ics"
    code, _, err = run(capsys, "log", "show", clinic["held"], "--ics", str(out), "--db", str(db))
    assert (code, err) == (0, "")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert len(events) == 1
    event = events[0]
    assert str(event["SUMMARY"]) == "RHEU-0977: CBC with differential"
    assert event.decoded("DTSTART").isoformat() == "2026-11-25T06:30:00+00:00"
    assert set(event) <= {"SUMMARY", "DTSTART", "DTEND", "DTSTAMP", "UID"}
    text = out.read_text(encoding="utf-8")
    assert "Sore throat" not in text and "prednisolone" not in text


def test_evaluate_writes_the_calendar_in_the_recorded_zone(capsys, tmp_path):
    from icalendar import Calendar

    case = case_file(tmp_path, "febrile", timezone="Europe/Berlin")
    out = tmp_path / "berlin.ics"
    code, _, err = run(capsys, "evaluate", str(case), "--as-of", AS_OF, "--ics", str(out))
    assert (code, err) == (0, "")
    (event,) = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert event.decoded("DTSTART").hour == 6  # 06:30 wall clock in Berlin, as the count was taken
    code, _, err = run(capsys, "evaluate", str(case), "--as-of", AS_OF, "--ics", str(out))
    assert code == 2 and "already exists" in err


def test_the_worklist_prints_30_rows_a_page(capsys, db, tmp_path):
    from pypdf import PdfReader

    for number in range(31):
        add(capsys, db, case_file(tmp_path, "febrile", patient_ref=f"WARD-{number:03d}"))
    out = tmp_path / "due.pdf"
    code, _, err = run(capsys, "due", "--as-of", "2026-11-25T11:00", "--pdf", str(out), "--db", str(db))
    assert (code, err) == (0, "")
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(out).pages]
    assert len(pages) == 2
    assert "WARD-029" in pages[0] and "WARD-030" not in pages[0] and "WARD-030" in pages[1]
    assert "Audit head #" in pages[1]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def drop_newest_case_with_its_audit_tail(db: Path) -> None:
    """What an attacker with file access does: drop the guards, delete the newest case and its events."""
    conn = sqlite3.connect(db)
    with conn:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')  # noqa: S608 - names read from the file itself
        (newest,) = conn.execute("SELECT id FROM evaluations ORDER BY rowid DESC LIMIT 1").fetchone()
        (first_seq,) = conn.execute("SELECT min(seq) FROM audit WHERE entity_id = ?", [newest]).fetchone()
        conn.execute("DELETE FROM observations WHERE evaluation_id = ?", [newest])
        conn.execute("DELETE FROM worklist_facts WHERE evaluation_id = ?", [newest])
        (episode,) = conn.execute("SELECT episode_id FROM evaluations WHERE id = ?", [newest]).fetchone()
        conn.execute("DELETE FROM evaluations WHERE id = ?", [newest])
        conn.execute("DELETE FROM episodes WHERE id = ?", [episode])
        conn.execute("DELETE FROM patients WHERE id NOT IN (SELECT patient_id FROM evaluations)")
        conn.execute("DELETE FROM case_search WHERE rowid NOT IN (SELECT search_key FROM evaluations)")
        conn.execute("DELETE FROM audit WHERE seq >= ?", [first_seq])
    conn.close()


def test_removing_the_newest_case_with_its_audit_tail_fails_verify_against_the_anchor(capsys, db, clinic, tmp_path):
    anchor = tmp_path / "head.anchor.json"
    code, out, err = run(capsys, "log", "anchor", "--out", str(anchor), "--db", str(db))
    assert (code, err) == (0, "") and "#" in out
    assert stat.S_IMODE(anchor.stat().st_mode) == 0o600
    assert run(capsys, "log", "verify", "--anchor", str(anchor), "--db", str(db))[0] == 0
    drop_newest_case_with_its_audit_tail(db)
    # The chain alone cannot see it: what is left is a valid shorter trail.
    assert run(capsys, "log", "verify", "--db", str(db))[0] == 0
    code, out, err = run(capsys, "log", "verify", "--anchor", str(anchor), "--db", str(db))
    assert code == 1 and "removed from the end" in err and len(err.splitlines()) == 1


def test_the_kept_anchor_is_the_default_and_a_swapped_file_fails_it(capsys, db, clinic, tmp_path):
    code, _, err = run(capsys, "log", "anchor", "--db", str(db))
    assert (code, err) == (0, "")
    other = tmp_path / "other.db"
    add(capsys, other, EXAMPLES / "febrile.json")
    add(capsys, other, EXAMPLES / "recovering.json")
    db.unlink()
    for side in ("-wal", "-shm"):
        Path(str(db) + side).unlink(missing_ok=True)
    other.rename(db)
    code, _, err = run(capsys, "log", "verify", "--db", str(db))
    assert code == 1 and "rewritten or this is another file" in err


def test_an_altered_anchor_file_is_refused_naming_it(capsys, db, clinic, tmp_path):
    anchor = tmp_path / "head.anchor.json"
    run(capsys, "log", "anchor", "--out", str(anchor), "--db", str(db))
    data = json.loads(anchor.read_text())
    data["seq"] = 1
    anchor.write_text(json.dumps(data))
    code, _, err = run(capsys, "log", "verify", "--anchor", str(anchor), "--db", str(db))
    assert code == 2 and str(anchor) in err and "altered" in err


def test_every_backup_writes_its_anchor_beside_it(capsys, db, clinic, tmp_path):
    out = tmp_path / "copy.db"
    assert run(capsys, "log", "backup", str(out), "--db", str(db))[0] == 0
    anchor = tmp_path / "copy.db.anchor.json"
    assert json.loads(anchor.read_text())["events"] >= 3
    assert run(capsys, "log", "verify", "--anchor", str(anchor), "--db", str(db))[0] == 0


def test_a_withdrawn_tick_is_struck_through_on_screen_and_on_the_summary_with_the_audit_head(capsys, db, clinic, tmp_path):
    from pypdf import PdfReader

    from desktop_app.services import caselog

    with caselog.open_log(db) as log:
        tick = caselog.acknowledge_pitfall(log, clinic["held"], "premature_resumption", who="Dr Ada")
    code, _, err = run(capsys, "log", "withdraw", tick, "--reason", "ticked by mistake", "--who", "Dr Bo", "--db", str(db))
    assert (code, err) == (0, "")
    code, out, _ = run(capsys, "log", "show", clinic["held"], "--db", str(db))
    assert "  [ ] premature_resumption" in out
    assert any(line.startswith("  [-]") and "by Dr Bo" in line and "ticked by mistake" in line for line in out.splitlines())
    pdf = tmp_path / "summary.pdf"
    with caselog.open_log(db) as log:
        head = caselog.audit_head(log)
    code, _, err = run(capsys, "log", "print", clinic["held"], "--pdf", str(pdf), "--db", str(db))
    assert (code, err) == (0, "")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "Withdrawn entries" in text and "ticked by mistake" in text and "Dr Bo" in text
    # The head the page was printed against; the print itself is then recorded after it.
    assert f"audit head at printing: #{head.seq} {head.hash[:12]}" in text
    with caselog.open_log(db) as log:
        assert caselog.audit_head(log).seq == head.seq + 1
    with caselog.open_reader(db) as log:
        assert caselog.verify(log).ok


def test_withdrawals_travel_with_an_export_and_import_once(capsys, db, clinic, tmp_path):
    run(capsys, "log", "withdraw", clinic["held"], "--reason", "duplicate", "--db", str(db))
    export = tmp_path / "export.json"
    assert run(capsys, "log", "export", "--format", "json", "--out", str(export), "--db", str(db))[0] == 0
    other = tmp_path / "other.db"
    assert run(capsys, "log", "import", str(export), "--db", str(other))[0] == 0
    code, out, _ = run(capsys, "log", "import", str(export), "--db", str(other))
    assert code == 0 and out.startswith("imported 0 cases (nothing new)")
    assert due(capsys, other, "2026-11-25T11:00") == []
    assert run(capsys, "log", "verify", "--db", str(other))[0] == 0
    csv_out = tmp_path / "current.csv"
    code, out, _ = run(capsys, "log", "export", "--format", "csv", "--out", str(csv_out), "--db", str(other))
    assert code == 0 and "exported 1 cases" in out and clinic["held"] not in csv_out.read_text(encoding="utf-8")


def test_a_deliberate_restore_moves_the_kept_anchor_to_the_restored_head(capsys, db, clinic, tmp_path):
    backup = tmp_path / "before.db"
    assert run(capsys, "log", "backup", str(backup), "--db", str(db))[0] == 0
    add(capsys, db, EXAMPLES / "long-neutropenia.json")
    assert run(capsys, "log", "anchor", "--db", str(db))[0] == 0
    code, out, _ = run(capsys, "log", "verify", "--db", str(db))
    assert code == 0 and "1 anchors still held" in out
    assert run(capsys, "log", "restore", str(backup), "--db", str(db))[0] == 0
    code, out, err = run(capsys, "log", "verify", "--db", str(db))
    assert code == 0, err


def test_a_limited_worklist_keeps_the_most_urgent_rows_and_counts_them_all(capsys, db, clinic, pack):
    from datetime import datetime

    from desktop_app.services import caselog, worklist

    with caselog.open_reader(db) as log:
        moment = datetime(2026, 11, 27, 7, tzinfo=UTC)
        everything = worklist.build(log, pack, moment)
        top = worklist.build(log, pack, moment, limit=1)
    assert everything.count == len(everything.items) == 3
    assert top.count == 3 and top.items == everything.items[:1]
    assert top.items[0].item == "cbc_overdue"


def test_the_worklist_lists_and_prints_in_the_language_asked(capsys, db, clinic, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "due-es.pdf"
    code, listing, err = run(
        capsys, "due", "--as-of", "2026-11-25T11:00", "--language", "es-ES", "--pdf", str(out), "--db", str(db)
    )
    assert (code, err) == (0, "")
    assert "Recuento atrasado" in listing and "4 h 30 min de retraso" not in listing and "4 h de retraso" in listing
    assert listing.splitlines()[0].startswith("PACIENTE") and listing.rstrip().endswith("a fecha de 2026-11-25 11:00")
    assert "Count overdue" not in listing
    page = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Lista de seguimiento" in page and "Cabecera de auditoría #" in page and "Follow-up worklist" not in page
    # The test and the decision in the pack's Spanish words, not the contract's English text and id.
    assert "Hemograma con fórmula leucocitaria" in page and "Suspender" in page
    assert "CBC with differential" not in page and "withhold" not in page
    code, english, _ = run(capsys, "due", "--as-of", "2026-11-25T11:00", "--db", str(db), "--language", "en")
    assert english.splitlines()[0].split()[:2] == ["PATIENT", "ITEM"] and "Count overdue" in english


def test_a_worklist_language_the_pack_lacks_exits_2_naming_it_and_writes_nothing(capsys, db, clinic, tmp_path):
    out = tmp_path / "due.pdf"
    code, listing, err = run(capsys, "due", "--language", "klingon", "--pdf", str(out), "--db", str(db))
    assert code == 2 and listing == "" and "language" in err and len(err.strip().splitlines()) == 1
    assert not out.exists()
