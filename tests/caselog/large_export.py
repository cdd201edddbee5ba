"""Large, valid, signed exports for the memory test and benchmarks/import_memory.py.

The records of a few evaluated example cases are copied under new ids and patient refs (real
records that pass every check of the import, the engine run again per case), with notes to reach
the size wanted. The file carries a fresh hash-chained audit event vouching for every record, and
is signed by a workstation made for it (not trusted where it is imported: import it with
--accept-unsigned). Written record by record, never held whole.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_app.caselog.audit import GENESIS, _canonical, event_hash, observations_digest, row_digest
from desktop_app.caselog.exchange import EXCHANGED_TABLES, EXPORT_FORMAT, EXPORT_VERSION
from desktop_app.caselog.recording import patient_id_for
from desktop_app.caselog.schema import SCHEMA_VERSIONS
from desktop_app.caselog.signing import SIGNATURE_FIELD, Signer, new_private_key
from desktop_app.services.evaluation import evaluate
from desktop_app.knowledge import installed_pack, load_pack_dir
from desktop_app.models import parse_case
from desktop_app.services import caselog

REPO = Path(__file__).resolve().parents[2]
MOMENT = "2026-11-24T12:00:00.000000+00:00"
NOTE_TEXT = 3000  # characters of a padding note


def template(folder: Path, stems: list[str] | None = None) -> tuple[Path, dict[str, list[dict[str, Any]]]]:
    """A small export of the example cases (imported first to warm up) and its tables, to be copied."""
    pack = load_pack_dir(installed_pack())
    paths = sorted((REPO / "examples").glob("*.json"))
    cases = [parse_case(json.loads(path.read_text(encoding="utf-8"))) for path in paths if stems is None or path.stem in stems]
    with caselog.open_log(folder / "template.db") as log:
        caselog.record_evaluations(log, [(case, evaluate(case, pack, datetime(2026, 11, 24, 12))) for case in cases], who="bench")
        caselog.export_log(log, folder / "template.json", "json", keys=folder / "template-keys")
    return folder / "template.json", json.loads((folder / "template.json").read_text(encoding="utf-8"))["tables"]


def _copies(
    tables: dict[str, list[dict[str, Any]]], copy: int, notes: int, only: str | None = None
) -> dict[str, list[dict[str, Any]]]:
    """The template's records under new ids and patient refs, with `notes` padding notes per evaluation
    (`only`: of that table alone)."""
    refs = {row["id"]: row["patient_ref"] for row in tables["patients"]}

    def renamed(row: dict[str, Any]) -> dict[str, Any]:
        row = dict(row)
        for key in ("id", "evaluation_id", "episode_id", "target_id"):
            if row.get(key):
                row[key] = str(uuid.uuid5(uuid.NAMESPACE_OID, f"{copy}:{row[key]}"))
        if "patient_ref" in row:
            row["patient_ref"] = f"{row['patient_ref']}-{copy}"[:64]
            row["id"] = patient_id_for(row["patient_ref"])
        if "patient_id" in row:
            ref = refs[row["patient_id"]]
            row["patient_id"] = patient_id_for(f"{ref}-{copy}"[:64])
            for column in ("case_json", "recommendation_json"):  # the stored documents name the same (renamed) patient
                if column in row:
                    row[column] = row[column].replace(f'"patient_ref":"{ref}"', f'"patient_ref":"{ref}-{copy}"')
        return row

    wanted = EXCHANGED_TABLES if only is None else (only, "evaluations") if only == "notes" else (only,)
    out = {table: [renamed(row) for row in tables.get(table, [])] if table in wanted else [] for table in EXCHANGED_TABLES}
    for evaluation in out["evaluations"] if "notes" in wanted else ():
        for number in range(notes):
            out["notes"].append({
                "id": str(uuid.uuid5(uuid.NAMESPACE_OID, f"note:{number}:{evaluation['id']}")),
                "evaluation_id": evaluation["id"], "text": f"follow-up {number} " + "x" * NOTE_TEXT, "who": "bench", "at": MOMENT,
            })  # fmt: skip
    return out


def write_large_export(out: Path, size_bytes: int, tables: dict[str, list[dict[str, Any]]], notes: int = 0) -> int:
    """Write a signed export of about `size_bytes`; returns its evaluation count."""
    one = _copies(tables, 0, notes)
    per_copy = sum(len(json.dumps(row)) for rows in one.values() for row in rows) * 1.1
    copies = max(1, int(size_bytes // per_copy))
    signer = Signer(str(uuid.uuid4()), "bench workstation", new_private_key())
    header = {
        "format": EXPORT_FORMAT, "version": EXPORT_VERSION, "exported_at": MOMENT, "schema": list(SCHEMA_VERSIONS),
        "incremental": False,
        "workstation": {"id": signer.workstation_id, "name": signer.workstation_name, "public_key": signer.public_key},
    }  # fmt: skip
    hasher = hashlib.sha256()
    with open(out, "w", encoding="utf-8", newline="") as handle:

        def write(text: str) -> None:
            handle.write(text)
            hasher.update(text.encode("utf-8"))

        write(json.dumps(header)[:-1] + ', "tables": {')
        for position, table in enumerate(EXCHANGED_TABLES):
            write(("" if position == 0 else ",") + "\n" + json.dumps(table) + ": [")
            first = True
            for copy in range(copies):
                for row in _copies(tables, copy, notes, table)[table]:
                    write(("\n" if first else ",\n") + json.dumps(row, ensure_ascii=False))
                    first = False
            write("]")
        write('\n},\n"audit": [')
        seq, previous = 0, GENESIS
        for copy in range(copies):
            rows = _copies(tables, copy, notes)
            readings: dict[str, list[dict[str, Any]]] = {}
            for reading in rows["observations"]:
                readings.setdefault(reading["evaluation_id"], []).append(reading)
            for table in EXCHANGED_TABLES:
                if table == "observations":
                    continue
                for row in rows[table]:
                    payload: dict[str, Any] = {"records": [[table, row["id"], row_digest(table, row)]]}
                    if table == "evaluations":
                        payload["observations"] = observations_digest(readings.get(row["id"], []))
                    seq += 1
                    text = _canonical(payload)
                    digest = event_hash(previous, seq, "recorded", row["id"], text, MOMENT)
                    event = {"seq": seq, "event": "recorded", "entity_id": row["id"], "payload": text, "at": MOMENT,
                             "prev_hash": previous, "hash": digest}  # fmt: skip
                    write(("\n" if seq == 1 else ",\n") + json.dumps(event, ensure_ascii=False))
                    previous = digest
        write("]")
        handle.write(",\n" + SIGNATURE_FIELD + json.dumps(signer.sign(hasher.digest())) + "}\n")
    return copies * len(tables["evaluations"])
