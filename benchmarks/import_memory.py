"""Benchmark: peak memory of `log import` on a large export, and that importing it again adds nothing.

Run: .venv/bin/python benchmarks/import_memory.py [--size-mb 1024] [--dir FOLDER]
Target: a 1 GB export imports with a peak resident size under 200 MB. The export is built by
copying the records of a few evaluated example cases under new ids and patient refs (real, valid
records that pass every check of the import, the engine run again per case); written as an unsigned
version-1 file (copies cannot carry the original audit events), imported with --accept-unsigned.
Each import runs in a child process, whose peak RSS is read with resource.getrusage. Prints figures.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime
from pathlib import Path

from desktop_app.caselog.exchange import EXCHANGED_TABLES, EXPORT_FORMAT
from desktop_app.caselog.recording import patient_id_for
from desktop_app.caselog.schema import SCHEMA_VERSIONS
from desktop_app.engine import evaluate
from desktop_app.knowledge import installed_pack, load_pack_dir
from desktop_app.models import parse_case
from desktop_app.services import caselog

REPO = Path(__file__).resolve().parent.parent
IMPORT = (
    "import sys, resource, time; from pathlib import Path; from desktop_app.services import caselog\n"
    "start = time.perf_counter()\n"
    "with caselog.open_log(Path(sys.argv[1])) as log:\n"
    "    s = caselog.import_log(log, Path(sys.argv[2]), accept_unsigned=True)\n"
    "print(s.added['evaluations'], s.already_present, round(time.perf_counter() - start, 1))\n"
)


def template(folder: Path) -> dict[str, list[dict]]:
    """The exported records of the example cases, to be copied under new ids."""
    pack = load_pack_dir(installed_pack())
    cases = [parse_case(json.loads(path.read_text(encoding="utf-8"))) for path in sorted((REPO / "examples").glob("*.json"))]
    with caselog.open_log(folder / "template.db") as log:
        caselog.record_evaluations(log, [(case, evaluate(case, pack, datetime(2026, 11, 24, 12))) for case in cases], who="bench")
        caselog.export_log(log, folder / "template.json", "json")
    return json.loads((folder / "template.json").read_text(encoding="utf-8"))["tables"]


def build_export(out: Path, size_bytes: int, tables: dict[str, list[dict]]) -> int:
    """Write an export of about `size_bytes`, table by table, one record per line; the evaluation count."""
    per_copy = sum(len(json.dumps(row)) for rows in tables.values() for row in rows)
    copies = max(1, size_bytes // per_copy)
    header = {"format": EXPORT_FORMAT, "version": 1, "exported_at": "2026-11-24T12:00:00+00:00", "schema": list(SCHEMA_VERSIONS)}

    def renamed(copy: int, row: dict) -> dict:
        row = dict(row)
        for key in ("id", "evaluation_id", "episode_id", "target_id"):
            if row.get(key):
                row[key] = str(uuid.uuid5(uuid.NAMESPACE_OID, f"{copy}:{row[key]}"))
        if "patient_ref" in row:
            row["patient_ref"] = f"{row['patient_ref']}-{copy}"[:64]
            row["id"] = patient_id_for(row["patient_ref"])
        if "case_json" in row:  # the stored documents name the same (renamed) patient
            ref = refs[row["patient_id"]]
            for column in ("case_json", "recommendation_json"):
                row[column] = row[column].replace(f'"patient_ref":"{ref}"', f'"patient_ref":"{ref}-{copy}"')
        return row

    refs = {row["id"]: row["patient_ref"] for row in tables["patients"]}
    with open(out, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(header)[:-1] + ', "tables": {')
        for position, table in enumerate(EXCHANGED_TABLES):
            handle.write(("" if position == 0 else ",") + "\n" + json.dumps(table) + ": [")
            first = True
            for copy in range(copies):
                for row in tables.get(table, []):
                    moved = renamed(copy, row)
                    if "patient_id" in row:
                        moved["patient_id"] = patient_id_for(f"{refs[row['patient_id']]}-{copy}"[:64])
                    handle.write(("\n" if first else ",\n") + json.dumps(moved, ensure_ascii=False))
                    first = False
            handle.write("]")
        handle.write("\n}}\n")
    return copies * len(tables["evaluations"])


def timed_import(db: Path, export: Path) -> tuple[str, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    done = subprocess.run(
        [sys.executable, "-c", IMPORT, str(db), str(export)], capture_output=True, text=True, cwd=REPO, check=True
    )
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return done.stdout.strip(), max(peak_kib, before) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=1024)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as name:
        folder = Path(name)
        tables = template(folder)
        export = folder / "large.json"
        start = time.perf_counter()
        evaluations = build_export(export, int(args.size_mb * 1024 * 1024), tables)
        size_mb = export.stat().st_size / 1024 / 1024
        print(f"export: {size_mb:.0f} MB, {evaluations} evaluations, built in {time.perf_counter() - start:.0f} s")
        db = folder / "target.db"
        first, peak = timed_import(db, export)
        print(f"first import  (added evaluations, already present, seconds): {first}; peak RSS {peak:.0f} MB")
        again, peak_again = timed_import(db, export)
        print(f"second import (added evaluations, already present, seconds): {again}; peak RSS {peak_again:.0f} MB")
        print(f"target: peak under 200 MB for 1 GB -> {'met' if max(peak, peak_again) < 200 else 'NOT met'} at {size_mb:.0f} MB")


if __name__ == "__main__":
    main()
