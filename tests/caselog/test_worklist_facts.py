"""The worklist drawn up from stored facts (schema m009) is the worklist the whole records give.

The reference path loads each patient's latest standing record (caselog.queries.get_case), the way
the worklist was first built; the fast path reads one indexed query and the facts stored beside
each evaluation. Random clinics of held, restarted and recovering patients, with overrides,
withdrawals, closed episodes, later entries for earlier moments and other zones, are drawn up both
ways at moments before, around and long after the due times.
"""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop_app.caselog.schema import migrations
from desktop_app.caselog.worklist import build_worklist
from desktop_app.models import InputError, parse_case
from desktop_app.services import caselog
from desktop_app.services.evaluation import evaluate
from tests.conftest import EXAMPLES

STALE_HOURS, NORMAL_FROM = 48.0, 1500.0
ZONES = (None, "Europe/London", "America/New_York", "Australia/Sydney", "Europe/Berlin")


def _example(stem: str, shift: timedelta = timedelta(0)) -> dict[str, Any]:
    """An example case with every moment in it moved by `shift` (the examples centre on 24 Nov 2026)."""

    def moved(node: Any, key: str = "") -> Any:
        if isinstance(node, dict):
            return {name: moved(value, name) for name, value in node.items()}
        if isinstance(node, list):
            return [moved(value, key) for value in node]
        if key in ("taken_at", "last_fever_at", "as_of") and isinstance(node, str):
            return (datetime.fromisoformat(node) + shift).isoformat()
        return node

    return moved(json.loads((EXAMPLES / f"{stem}.json").read_text(encoding="utf-8")))


EXAMPLES_AT = datetime(2026, 11, 24, 12)


def _clinic(log: caselog.CaseLog, pack: Any, seed: int) -> datetime:
    """A random clinic in `log`; returns the moment its cases centre on."""
    chance = random.Random(seed)
    # Around a clocks' change (spring, autumn) or an ordinary week.
    start = (datetime(2026, 3, 28, 12), datetime(2026, 10, 24, 12), EXAMPLES_AT)[seed % 3]
    stems = sorted(path.stem for path in EXAMPLES.glob("*.json"))
    for number in range(chance.randint(10, 18)):
        patient = f"R{seed}-{chance.randint(0, 5)}"
        offset = timedelta(hours=chance.randint(-48, 96))
        moment = start + offset
        data = _example(chance.choice(stems), moment - EXAMPLES_AT)
        data.pop("as_of", None)
        data.update(patient_ref=patient)
        zone = chance.choice(ZONES)
        if zone is not None:
            data["timezone"] = zone
        if chance.random() < 0.4:
            value = chance.choice((150, 420, 900, 1600, 2400))
            data["anc"] = [*data.get("anc", []), {"value": value, "unit": "cells/uL", "taken_at": moment.isoformat()}]
        case = parse_case(data)
        try:
            rec = evaluate(case, pack, moment)
        except InputError:  # a wall-clock time the clocks' change makes ambiguous or skips: refused, as it should be
            continue
        evaluation_id = caselog.record_evaluation(log, case, rec, who="Dr Ada")
        roll = chance.random()
        if roll < 0.2:
            decision = chance.choice([choice for choice in ("resume", "withhold", "continue") if choice != rec.decision])
            override = caselog.record_clinician_override(log, evaluation_id, decision, "specialist_advice", who="Dr Bo")
            if chance.random() < 0.3:
                caselog.withdraw(log, override, "wrong patient's override", who="Dr Bo")
        elif roll < 0.3:
            caselog.withdraw(log, evaluation_id, "entered in error", who="Dr Ada")
        elif roll < 0.38:
            episode = caselog.get_case(log, evaluation_id).episode
            if episode is not None and episode.status != "closed":
                caselog.close_episode(log, episode.id, who="Dr Ada")
        if number == 3 and chance.random() < 0.5:  # a case entered later for an earlier moment
            earlier = moment - timedelta(days=3, hours=5)
            late_data = {**_example("recovering", earlier - EXAMPLES_AT), "patient_ref": patient}
            late_data.pop("as_of", None)
            late = parse_case(late_data)
            caselog.record_evaluation(log, late, evaluate(late, pack, earlier), who="Dr Cy")
    # A patient restarted, then back to a normal count (the episode closes itself), and one withdrawn
    # from that state: the worklist must read the patient's history the same way.
    for suffix, withdraw_resume in (("done", False), ("undone", True)):
        patient = f"R{seed}-{suffix}"
        first_data = {**_example("recovering", start - timedelta(days=2) - EXAMPLES_AT), "patient_ref": patient}
        first = parse_case(first_data)
        restarted = caselog.record_evaluation(log, first, evaluate(first, pack, start - timedelta(days=2)), who="Dr Ada")
        if withdraw_resume:
            caselog.withdraw(log, restarted, "entered in error", who="Dr Ada")
        normal = [*first_data["anc"], {"value": 2400, "unit": "cells/uL", "taken_at": (start - timedelta(hours=2)).isoformat()}]
        later = parse_case({**first_data, "anc": normal})
        caselog.record_evaluation(log, later, evaluate(later, pack, start), who="Dr Ada")
    return start


@pytest.mark.parametrize("seed", range(12))
def test_the_stored_facts_give_the_worklist_the_records_give(tmp_path: Path, pack: Any, seed: int) -> None:
    with caselog.open_log(tmp_path / "clinic.db") as log:
        start = _clinic(log, pack, seed)
        with log.snapshot() as db:
            assert db.execute("SELECT count(*) FROM evaluations").fetchone()[0] >= 6  # a clinic, not an empty log
            kinds: set[str] = set()
            for hours in (-72, -24, 0, 6, 20, 30, 49, 75, 24 * 40):
                as_of = (start + timedelta(hours=hours)).astimezone()
                fast = build_worklist(db, as_of, STALE_HOURS, NORMAL_FROM)
                assert fast == build_worklist(db, as_of, STALE_HOURS, NORMAL_FROM, reference=True), (seed, hours)
                kinds |= {row.item for row in fast[0]}
                limited = build_worklist(db, as_of, STALE_HOURS, NORMAL_FROM, limit=3)
                assert limited == build_worklist(db, as_of, STALE_HOURS, NORMAL_FROM, limit=3, reference=True)
            assert len(kinds) >= 3, kinds  # the clinic gives several kinds of item over the week
        assert caselog.verify(log).ok


def test_an_older_log_gets_its_facts_when_upgraded_and_lists_the_same(tmp_path: Path, evaluated: Any) -> None:
    from sqlite_utils import Database

    from desktop_app.caselog import recording

    path = tmp_path / "old.db"
    cases = [
        evaluated(stem, patient_ref=f"OLD-{n:03d}") for n in range(20) for stem in ("febrile", "recovering", "long-neutropenia")
    ]
    with Database(path) as db:
        db.execute("PRAGMA journal_mode = wal")
        with db.atomic():
            migrations().apply(db, stop_before="m009_worklist_facts")
            recording.record_cases(db, cases, "dr-early")
        assert db.execute("SELECT count(*) FROM sqlite_schema WHERE name = 'worklist_facts'").fetchone()[0] == 0
    with caselog.open_log(path) as log:  # the upgrade backfills the facts in its one transaction
        with log.snapshot() as db:
            assert db.execute("SELECT count(*) FROM worklist_facts").fetchone()[0] == len(cases)
            for hours in (0, 30, 200):
                as_of = (datetime(2026, 11, 24, 12) + timedelta(hours=hours)).astimezone()
                fast = build_worklist(db, as_of, STALE_HOURS, NORMAL_FROM)
                assert fast[1] > 0 and fast == build_worklist(db, as_of, STALE_HOURS, NORMAL_FROM, reference=True)
        assert caselog.verify(log).ok


def test_altered_or_missing_facts_are_named_by_verify(tmp_path: Path, evaluated: Any) -> None:
    path = tmp_path / "clinic.db"
    with caselog.open_log(path) as log:
        held, kept = (
            caselog.record_evaluation(log, *evaluated(stem, patient_ref=stem), who="Dr Ada") for stem in ("febrile", "recovering")
        )
    conn = sqlite3.connect(path)
    with conn:  # what someone with file access might do to hide a patient from the worklist
        conn.execute("DROP TRIGGER worklist_facts_no_update")
        conn.execute("DROP TRIGGER worklist_facts_no_delete")
        conn.execute("UPDATE worklist_facts SET facts = json_set(facts, '$.due', json('[]')) WHERE evaluation_id = ?", [held])
        conn.execute("DELETE FROM worklist_facts WHERE evaluation_id = ?", [kept])
    conn.close()
    with caselog.open_log(path) as log:
        report = caselog.verify(log)
    assert not report.ok
    assert any(held in problem and "do not match its recommendation" in problem for problem in report.problems)
    assert any(kept in problem and "are missing" in problem for problem in report.problems)


def test_imported_evaluations_bring_their_facts_and_the_same_worklist(tmp_path: Path, pack: Any) -> None:
    with caselog.open_log(tmp_path / "ward.db") as ward:
        start = _clinic(ward, pack, 5)
        caselog.export_log(ward, tmp_path / "ward.json", "json")
    with caselog.open_log(tmp_path / "clinic.db") as clinic:
        caselog.import_log(clinic, tmp_path / "ward.json")
        with clinic.snapshot() as db:
            assert (
                db.execute("SELECT count(*) FROM worklist_facts").fetchone()[0]
                == db.execute("SELECT count(*) FROM evaluations").fetchone()[0]
            )
            for hours in (0, 30, 75):
                as_of = (start + timedelta(hours=hours)).astimezone()
                fast = build_worklist(db, as_of, STALE_HOURS, NORMAL_FROM)
                assert fast == build_worklist(db, as_of, STALE_HOURS, NORMAL_FROM, reference=True)
        assert caselog.verify(clinic).ok
