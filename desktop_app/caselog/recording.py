"""Write clinical records into the case log, each with its audit events, inside the caller's unit of work."""

from __future__ import annotations

import json
import math
import os
import uuid
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from desktop_app.caselog.audit import AuditTrail, now_utc, observations_digest
from desktop_app.caselog.records import document_text
from desktop_app.caselog.schema import OVERRIDE_REASONS, SELECT_COLUMNS, TABLE_COLUMNS, WITHDRAWABLE_TABLES, insert_rows
from desktop_app.models import CaseInput, Decision, InputError, Recommendation, round_count

if TYPE_CHECKING:
    from sqlite_utils import Database

# Patient ids are derived from the pseudonymous reference, so two workstations agree on them.
PATIENT_NAMESPACE = uuid.UUID("6f1c2a4e-7f0b-5c8e-9a51-3d2b8e6a0c47")
# Episode status once a decision is taken; "continue" keeps an open episode going with the drug given.
STATUS_AFTER: dict[str, str] = {"withhold": "held", "resume": "resumed", "continue": "resumed"}
EPISODE_COLUMNS = tuple(name for name, _ in TABLE_COLUMNS["episodes"])


def listed_count(shown: float) -> int:
    """The whole count the log lists and sorts by, on the same side of every threshold as `shown`.

    The engine shows a count unrounded (499.5) only where rounding would cross a threshold; the
    whole number then goes the other way (499, or 501 for 500.4). The exact value stays in the JSON.
    """
    if float(shown).is_integer():
        return int(shown)
    return math.floor(shown) if round_count(shown) > shown else math.ceil(shown)


_VERSION_4 = (0x4000 << 64) | (0x8000 << 48)
_VERSION_BITS = (0xF000 << 64) | (0xC000 << 48)


def new_id() -> str:
    """A random version-4 UUID as text; uuid.uuid4() built the same, slowly enough to show in bulk loads."""
    bits = (int.from_bytes(os.urandom(16), "big") & ~_VERSION_BITS) | _VERSION_4
    text = f"{bits:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def patient_id_for(patient_ref: str) -> str:
    return str(uuid.uuid5(PATIENT_NAMESPACE, patient_ref))


def observation_rows(case: CaseInput, evaluation_id: str) -> list[dict[str, Any]]:
    """Each reading of the case as entered, with its normalised value (cells/uL or Celsius)."""
    rows = []
    for reading in case.anc:
        rows.append(
            {"id": new_id(), "evaluation_id": evaluation_id, "kind": "anc", "taken_at": reading.taken_at.isoformat(),
             "value": float(reading.value), "unit": reading.unit, "normalised": float(reading.cells_per_uL),
             "neutrophil_pct": None, "band_pct": None}
        )  # fmt: skip
    for cbc in case.cbc:
        rows.append(
            {"id": new_id(), "evaluation_id": evaluation_id, "kind": "cbc", "taken_at": cbc.taken_at.isoformat(),
             "value": float(cbc.wbc), "unit": cbc.wbc_unit, "normalised": float(cbc.cells_per_uL),
             "neutrophil_pct": float(cbc.neutrophil_pct), "band_pct": float(cbc.band_pct)}
        )  # fmt: skip
    for temperature in case.temperatures:
        rows.append(
            {"id": new_id(), "evaluation_id": evaluation_id, "kind": "temperature", "taken_at": temperature.taken_at.isoformat(),
             "value": float(temperature.celsius), "unit": "celsius", "normalised": float(temperature.celsius),
             "neutrophil_pct": None, "band_pct": None}
        )  # fmt: skip
    return rows


def _open_episode(db: Database, patient_id: str) -> dict[str, Any] | None:
    row = db.execute(
        SELECT_COLUMNS["episodes"] + " WHERE patient_id = ? AND status != 'closed' ORDER BY opened_at DESC, id DESC LIMIT 1",
        [patient_id],
    ).fetchone()
    return None if row is None else dict(zip(EPISODE_COLUMNS, row, strict=False))


class _CaseBatch:
    """Rows for a run of evaluated cases, kept in memory until written in one go."""

    def __init__(self, db: Database, trail: AuditTrail, patient_refs: Sequence[str]) -> None:
        self.db = db
        self.trail = trail
        wanted = json.dumps(sorted({patient_id_for(ref) for ref in patient_refs}))
        # Two set-wise look-ups up front instead of two per case: the bulk path's largest saving.
        self.registered = {row[0] for row in db.execute(
            "SELECT id FROM patients WHERE id IN (SELECT value FROM json_each(?))", [wanted]
        )}  # fmt: skip
        self.episodes: dict[str, dict[str, Any] | None] = {}
        for row in db.execute(
            SELECT_COLUMNS["episodes"]
            + " WHERE patient_id IN (SELECT value FROM json_each(?)) AND status != 'closed' ORDER BY opened_at, id",
            [wanted],
        ):
            self.episodes[row[1]] = dict(zip(EPISODE_COLUMNS, row, strict=False))
        self.search_key = next_search_key(db) - 1
        self.new_episodes: dict[str, dict[str, Any]] = {}
        self.changed_episodes: dict[str, dict[str, Any]] = {}
        self.rows: dict[str, list[dict[str, Any]]] = {
            "patients": [], "evaluations": [], "observations": [], "case_search": []
        }  # fmt: skip

    def patient(self, patient_ref: str, now: str, written: list[tuple[str, dict[str, Any]]]) -> str:
        patient_id = patient_id_for(patient_ref)
        if patient_id not in self.registered:
            self.registered.add(patient_id)
            row = {"id": patient_id, "patient_ref": patient_ref, "registered_at": now}
            self.rows["patients"].append(row)
            written.append(("patients", row))
        return patient_id

    def episode(
        self, patient_id: str, decision: str, as_of: str, now: str, written: list[tuple[str, dict[str, Any]]]
    ) -> str | None:
        episode = self.episodes.get(patient_id)
        if decision not in STATUS_AFTER:
            # Out of scope: the specialist decides; an open episode stays as it is, none is opened.
            return episode["id"] if episode is not None else None
        status = STATUS_AFTER[decision]
        if episode is None:
            if decision == "continue":
                return None
            episode = {"id": new_id(), "patient_id": patient_id, "status": status, "opened_at": as_of, "updated_at": now}
            self.episodes[patient_id] = self.new_episodes[episode["id"]] = episode
            written.append(("episodes", episode))
        elif episode["status"] != status:
            episode["status"], episode["updated_at"] = status, now
            if episode["id"] not in self.new_episodes:
                self.changed_episodes[episode["id"]] = episode
            written.append(("episodes", episode))
        episode_id: str = episode["id"]
        return episode_id

    def add(self, case: CaseInput, rec: Recommendation, who: str) -> str:
        now = now_utc()
        as_of = rec.as_of.isoformat()
        written: list[tuple[str, dict[str, Any]]] = []
        patient_id = self.patient(case.patient_ref, now, written)
        self.search_key += 1
        evaluation: dict[str, Any] = {
            "id": new_id(),
            "patient_id": patient_id,
            "episode_id": self.episode(patient_id, rec.decision, as_of, now, written),
            "as_of": as_of,
            "decision": rec.decision,
            "anc_cells_per_uL": listed_count(rec.anc_cells_per_uL),
            "severity": rec.severity,
            "pack_id": rec.pack.id,
            "pack_version": rec.pack.version,
            "pack_sha256": rec.pack.sha256,
            "who": who,
            "recorded_at": now,
            "overrides": json.dumps([o.model_dump(mode="json") for o in rec.pack.overrides], ensure_ascii=False),
            "case_json": case.model_dump_json(),
            "recommendation_json": rec.model_dump_json(),
            "search_key": self.search_key,
        }
        readings = observation_rows(case, evaluation["id"])
        self.rows["evaluations"].append(evaluation)
        self.rows["observations"].extend(readings)
        self.rows["case_search"].append({"search_key": self.search_key, "patient_ref": case.patient_ref, "notes": case.notes})
        written.append(("evaluations", evaluation))
        self.trail.record(
            "case_recorded", evaluation["id"], written, at=now, observations=observations_digest(readings), decision=rec.decision
        )
        evaluation_id: str = evaluation["id"]
        return evaluation_id

    def write(self) -> None:
        insert_rows(self.db, "patients", self.rows["patients"])
        insert_rows(self.db, "episodes", list(self.new_episodes.values()))
        for episode in self.changed_episodes.values():
            set_episode_status(self.db, episode)
        for table in ("evaluations", "observations", "case_search"):
            insert_rows(self.db, table, self.rows[table])
        self.trail.write()


def next_search_key(db: Database) -> int:
    """The search key the next evaluation gets (keys are local to this file, never exchanged)."""
    key: int = db.execute("SELECT coalesce(max(search_key), 0) + 1 FROM evaluations").fetchone()[0]
    return key


def index_note(db: Database, evaluation_id: str, text: str) -> None:
    """Make a note findable by the case list's search, in its evaluation's search row."""
    db.execute(
        "UPDATE case_search SET notes = notes || char(10) || ? WHERE rowid = (SELECT search_key FROM evaluations WHERE id = ?)",
        [text, evaluation_id],
    )


def set_episode_status(db: Database, episode: Mapping[str, Any]) -> None:
    db.execute(
        "UPDATE episodes SET status = ?, updated_at = ? WHERE id = ?", [episode["status"], episode["updated_at"], episode["id"]]
    )


def record_cases(db: Database, evaluated: Sequence[tuple[CaseInput, Recommendation]], who: str) -> list[str]:
    """Record evaluated cases with their readings, patients and episodes; returns the evaluation ids."""
    batch = _CaseBatch(db, AuditTrail(db), [case.patient_ref for case, _ in evaluated])
    ids = [batch.add(case, rec, who) for case, rec in evaluated]
    batch.write()
    return ids


def _evaluation(db: Database, evaluation_id: str) -> tuple[str, str | None, str]:
    row = db.execute("SELECT patient_id, episode_id, decision FROM evaluations WHERE id = ?", [evaluation_id]).fetchone()
    if row is None:
        raise InputError("evaluation_id", f"no logged case has the id {evaluation_id!r}")
    return row[0], row[1], row[2]


def acknowledge_pitfall(db: Database, evaluation_id: str, pitfall_id: str, who: str) -> str:
    """Tick one pitfall of the case's checklist; ticking it again returns the first tick."""
    _evaluation(db, evaluation_id)
    (stored,) = db.execute("SELECT recommendation_json FROM evaluations WHERE id = ?", [evaluation_id]).fetchone()
    pitfalls = json.loads(document_text(db, stored)).get("pitfalls", [])
    if not any(isinstance(pitfall, dict) and pitfall.get("id") == pitfall_id for pitfall in pitfalls):
        raise InputError("pitfall_id", f"{pitfall_id!r} is not on this case's pitfall checklist")
    earlier = db.execute(
        "SELECT id FROM acknowledgements WHERE evaluation_id = ? AND pitfall_id = ? ORDER BY at LIMIT 1",
        [evaluation_id, pitfall_id],
    ).fetchone()
    if earlier is not None:
        earlier_id: str = earlier[0]
        return earlier_id
    row = {"id": new_id(), "evaluation_id": evaluation_id, "pitfall_id": pitfall_id, "who": who, "at": now_utc()}
    insert_rows(db, "acknowledgements", [row])
    trail = AuditTrail(db)
    trail.record("pitfall_acknowledged", row["id"], [("acknowledgements", row)], at=row["at"])
    trail.write()
    return row["id"]


def record_clinician_override(
    db: Database, evaluation_id: str, decision_taken: Decision, reason: str, text: str, who: str
) -> str:
    """Record that the clinician took another decision than recommended, and move the episode with it."""
    patient_id, episode_id, recommended = _evaluation(db, evaluation_id)
    if decision_taken not in STATUS_AFTER:
        raise InputError("decision_taken", f"{decision_taken!r} is not one of 'withhold', 'resume', 'continue'")
    if decision_taken == recommended:
        raise InputError("decision_taken", f"{decision_taken!r} is what was recommended; there is nothing to override")
    if reason not in OVERRIDE_REASONS:
        raise InputError("reason", f"{reason!r} is not one of {', '.join(OVERRIDE_REASONS)}")
    text = text.strip()
    if reason == "other_clinical_judgement" and not text:
        raise InputError("text", "say in a few words why, when the reason is other clinical judgement")
    if len(text) > 4000:
        raise InputError("text", "is longer than 4000 characters")
    now = now_utc()
    row = {
        "id": new_id(), "evaluation_id": evaluation_id, "decision_taken": decision_taken,
        "reason": reason, "text": text, "who": who, "at": now,
    }  # fmt: skip
    insert_rows(db, "clinician_overrides", [row])
    written: list[tuple[str, dict[str, Any]]] = [("clinician_overrides", row)]
    status = STATUS_AFTER[decision_taken]
    episode = _episode(db, episode_id) if episode_id else _open_episode(db, patient_id)
    if episode is None and decision_taken != "continue":
        episode = {"id": new_id(), "patient_id": patient_id, "status": status, "opened_at": now, "updated_at": now}
        insert_rows(db, "episodes", [episode])
        written.append(("episodes", episode))
    elif episode is not None and episode["status"] not in (status, "closed"):
        episode.update(status=status, updated_at=now)
        set_episode_status(db, episode)
        written.append(("episodes", episode))
    trail = AuditTrail(db)
    trail.record("clinician_override_recorded", row["id"], written, at=now)
    trail.write()
    return row["id"]


def _episode(db: Database, episode_id: str) -> dict[str, Any] | None:
    row = db.execute(SELECT_COLUMNS["episodes"] + " WHERE id = ?", [episode_id]).fetchone()
    return None if row is None else dict(zip(EPISODE_COLUMNS, row, strict=False))


def close_episode(db: Database, episode_id: str, who: str) -> None:
    """Close a neutropenia episode; the patient's next hold opens a new one."""
    episode = _episode(db, episode_id)
    if episode is None:
        raise InputError("episode_id", f"no episode has the id {episode_id!r}")
    if episode["status"] == "closed":
        return
    episode.update(status="closed", updated_at=now_utc())
    set_episode_status(db, episode)
    trail = AuditTrail(db)
    trail.record("episode_closed", episode_id, [("episodes", episode)], at=episode["updated_at"], who=who)
    trail.write()


def add_note(db: Database, evaluation_id: str, text: str, who: str) -> str:
    """A later free-text note on a logged case; notes are never edited, only added."""
    _evaluation(db, evaluation_id)
    text = text.strip()
    if not text:
        raise InputError("text", "a note cannot be empty")
    if len(text) > 4000:
        raise InputError("text", "is longer than 4000 characters")
    row = {"id": new_id(), "evaluation_id": evaluation_id, "text": text, "who": who, "at": now_utc()}
    insert_rows(db, "notes", [row])
    index_note(db, evaluation_id, text)
    trail = AuditTrail(db)
    trail.record("note_added", row["id"], [("notes", row)], at=row["at"])
    trail.write()
    return row["id"]


def record_printout(db: Database, evaluation_id: str, printout: Mapping[str, Any], who: str) -> None:
    """An audit event that a printout of a logged case was accepted by a printer or written to a file.

    Only the trail records it (no table, no migration): which printout, where, the spooler's job and
    the page count. Refused, held and failed jobs are never recorded.
    """
    _evaluation(db, evaluation_id)
    trail = AuditTrail(db)
    trail.append("printed", evaluation_id, {"records": [], "printout": dict(printout), "who": who})
    trail.write()


def save_draft(db: Database, key: str, payload: Mapping[str, Any]) -> None:
    """Keep an unsaved form under `key`, replacing the previous copy."""
    if not 1 <= len(key) <= 200:
        raise InputError("key", "a draft key must be 1 to 200 characters")
    try:
        text = json.dumps(payload, ensure_ascii=False, allow_nan=False, sort_keys=True)
    except (TypeError, ValueError) as exc:
        raise InputError("payload", f"a draft must be plain JSON data ({exc})") from None
    row = {"key": key, "payload": text, "updated_at": now_utc()}
    db.table("drafts").upsert(row, pk="key")
    trail = AuditTrail(db)
    trail.record("draft_saved", key, [("drafts", row)], at=row["updated_at"])
    trail.write()


def discard_draft(db: Database, key: str) -> None:
    if db.execute("SELECT 1 FROM drafts WHERE key = ?", [key]).fetchone() is None:
        return
    db.execute("DELETE FROM drafts WHERE key = ?", [key])
    trail = AuditTrail(db)
    trail.forget("draft_discarded", "drafts", key)
    trail.write()


def withdraw_entry(db: Database, table: str, record_id: str, reason: str, who: str) -> dict[str, Any]:
    """Withdraw an evaluation, pitfall tick or override as "entered in error"; the original row stays.

    The reason is required: 21 CFR 11.10(e) asks that a change never obscures what was entered before.
    """
    if table not in WITHDRAWABLE_TABLES:
        raise InputError("id", f"only {', '.join(WITHDRAWABLE_TABLES)} can be withdrawn")
    reason = reason.strip()
    if not reason:
        raise InputError("reason", "say why the entry is withdrawn (a reason is required)")
    if len(reason) > 4000:
        raise InputError("reason", "is longer than 4000 characters")
    earlier = db.execute("SELECT who, at FROM withdrawals WHERE target_id = ?", [record_id]).fetchone()
    if earlier is not None:
        raise InputError("id", f"{record_id} was already withdrawn by {earlier[0]} at {earlier[1]}")
    row = {"id": new_id(), "target_table": table, "target_id": record_id, "reason": reason, "who": who, "at": now_utc()}
    insert_rows(db, "withdrawals", [row])
    written: list[tuple[str, dict[str, Any]]] = [("withdrawals", row)]
    if table == "clinician_overrides":
        episode = _episode_after_withdrawn_override(db, record_id, row["at"])
        if episode is not None:
            written.append(("episodes", episode))
    trail = AuditTrail(db)
    trail.record("entry_withdrawn", record_id, written, at=row["at"], target=[table, record_id])
    trail.write()
    return row


def _episode_after_withdrawn_override(db: Database, override_id: str, now: str) -> dict[str, Any] | None:
    """Move the episode an override moved back to what its standing history says; the episode if it changed.

    The standing acts, in the order they were made: each evaluation of the episode that is not
    withdrawn (its decision when recorded), and each override not withdrawn of an evaluation of the
    episode, or of the patient's evaluations outside any episode since the episode opened (an override
    can open an episode). The latest act with a decision that moves an episode gives the status;
    with none left (the withdrawn override had opened it), the episode is closed. A closed episode
    stays closed.
    """
    (evaluation_id,) = db.execute("SELECT evaluation_id FROM clinician_overrides WHERE id = ?", [override_id]).fetchone()
    patient_id, episode_id, _ = _evaluation(db, evaluation_id)
    episode = _episode(db, episode_id) if episode_id else _open_episode(db, patient_id)
    if episode is None or episode["status"] == "closed":
        return None
    acts = db.execute(
        """
        SELECT recorded_at AS moment, 0, decision FROM evaluations
            WHERE episode_id = :episode AND id NOT IN (SELECT target_id FROM withdrawals)
        UNION ALL
        SELECT o.at, 1, o.decision_taken FROM clinician_overrides o JOIN evaluations e ON e.id = o.evaluation_id
            WHERE o.id NOT IN (SELECT target_id FROM withdrawals) AND e.id NOT IN (SELECT target_id FROM withdrawals)
            AND (e.episode_id = :episode OR (e.episode_id IS NULL AND e.patient_id = :patient AND o.at >= :opened))
        ORDER BY moment, 2
        """,
        {"episode": episode["id"], "patient": patient_id, "opened": episode["opened_at"]},
    ).fetchall()
    moving = [decision for _, _, decision in acts if decision in STATUS_AFTER]
    status = STATUS_AFTER[moving[-1]] if moving else "closed"
    if status == episode["status"]:
        return None
    episode.update(status=status, updated_at=now)
    set_episode_status(db, episode)
    return episode
