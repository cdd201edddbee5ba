"""Benchmark: the case log at clinic scale — bulk load, one more case, first page, search, filter.

Run: .venv/bin/python benchmarks/caselog.py [--cases 100000] [--batch 5000] [--dir FOLDER]
Targets at 100,000 cases of 10 readings: one case added < 10 ms; first page and search < 50 ms;
bulk load within 2x of plain sqlite3 executemany of the same rows. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from desktop_app.caselog.store import open_case_log
from desktop_app.engine import evaluate
from desktop_app.knowledge import installed_pack, load_pack_dir
from desktop_app.models import CaseInput, Recommendation, parse_case
from desktop_app.services import caselog

REPO = Path(__file__).resolve().parent.parent
# Tables the bulk path writes, as plain INSERTs for the sqlite3 baseline.
PLAIN_INSERTS = {
    "patients": "INSERT INTO patients VALUES (?, ?, ?)",
    "episodes": "INSERT INTO episodes VALUES (?, ?, ?, ?, ?)",
    "evaluations": "INSERT INTO evaluations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "observations": "INSERT INTO observations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "case_search": "INSERT INTO case_search (rowid, patient_ref, notes) VALUES (?, ?, ?)",
    "audit": "INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?)",
}
NEW_ROWS = {
    "patients": "SELECT * FROM patients WHERE rowid > ? ORDER BY rowid",
    "episodes": "SELECT * FROM episodes WHERE rowid > ? ORDER BY rowid",
    "evaluations": "SELECT * FROM evaluations WHERE rowid > ? ORDER BY rowid",
    "observations": "SELECT * FROM observations WHERE rowid > ? ORDER BY rowid",
    "case_search": "SELECT rowid, patient_ref, notes FROM case_search WHERE rowid > ? ORDER BY rowid",
    "audit": "SELECT * FROM audit WHERE rowid > ? ORDER BY rowid",
}
LAST_ROWID = {
    "patients": "SELECT coalesce(max(rowid), 0) FROM patients",
    "episodes": "SELECT coalesce(max(rowid), 0) FROM episodes",
    "evaluations": "SELECT coalesce(max(rowid), 0) FROM evaluations",
    "observations": "SELECT coalesce(max(rowid), 0) FROM observations",
    "case_search": "SELECT coalesce(max(rowid), 0) FROM case_search",
    "audit": "SELECT coalesce(max(rowid), 0) FROM audit",
}
NOTES = (
    "Sore throat and coryza for {d} days.", "Blocked nose; cough at night.", "Feels well, rhinorrhoea settled.",
    "Shivers last night, no rigors.", "Marrow recovery expected to be slow.", "Lab printout reads Neut {d}.",
)  # fmt: skip


def synthetic_case(n: int, chance: random.Random, start: datetime) -> dict:
    """A plausible case with 7 ANC counts and 3 temperatures, evaluated at its own moment."""
    as_of = start + timedelta(minutes=5 * n)
    counts = [chance.choice([80, 150, 320, 480, 620, 900, 1250, 1800, 2600]) for _ in range(7)]
    return {
        "patient_ref": f"BENCH-{n:06d}",
        "age_years": chance.randint(18, 90),
        "anakinra": chance.choice(["active", "held"]),
        "anc": [{"value": v, "unit": "cells/uL", "taken_at": (as_of - timedelta(days=7 - i)).isoformat()} for i, v in enumerate(counts)],
        "temperatures": [
            {"celsius": chance.choice([36.8, 37.2, 38.1, 38.6]), "taken_at": (as_of - timedelta(hours=30 - 10 * i)).isoformat()}
            for i in range(3)
        ],
        "urti": chance.choice(["active", "resolved", "none"]),
        "infection_signs": chance.choice([False, False, True, None]),
        "notes": chance.choice(NOTES).format(d=chance.randint(1, 9)),
        "as_of": as_of.isoformat(),
    }


def evaluated_cases(count: int, pack, seed: int = 7) -> list[tuple[CaseInput, Recommendation]]:
    chance = random.Random(seed)
    start = datetime(2025, 1, 1, 8, 0)
    cases = []
    for n in range(count):
        case = parse_case(synthetic_case(n, chance, start))
        cases.append((case, evaluate(case, pack, case.as_of)))
    return cases


def median_ms(action, repeats: int) -> float:
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def bulk_load(log_path: Path, plain_path: Path, cases: list, batch: int) -> tuple[float, float]:
    """Seconds for the case log's bulk path, and for plain executemany of the very same rows."""
    ours = plain = 0.0
    plain_conn = sqlite3.connect(plain_path, isolation_level=None)
    plain_conn.execute("PRAGMA journal_mode = WAL")
    plain_conn.execute("PRAGMA synchronous = FULL")
    plain_conn.execute("PRAGMA foreign_keys = ON")
    try:
        with caselog.open_log(log_path) as log:
            for start in range(0, len(cases), batch):
                before = {table: log.db.execute(sql).fetchone()[0] for table, sql in LAST_ROWID.items()}
                started = time.perf_counter()
                caselog.record_evaluations(log, cases[start : start + batch], who="bench")
                ours += time.perf_counter() - started
                rows = {table: log.db.execute(NEW_ROWS[table], [before[table]]).fetchall() for table in PLAIN_INSERTS}
                started = time.perf_counter()
                plain_conn.execute("BEGIN IMMEDIATE")
                for table, sql in PLAIN_INSERTS.items():
                    plain_conn.executemany(sql, rows[table])
                plain_conn.execute("COMMIT")
                plain += time.perf_counter() - started
                print(f"  loaded {start + len(cases[start : start + batch]):>7} cases", file=sys.stderr, flush=True)
    finally:
        plain_conn.close()
    return ours, plain


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=5000, help="cases per bulk transaction")
    parser.add_argument("--dir", type=Path, help="folder for the benchmark logs (default: a temporary folder)")
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="neutrohold-bench-"))
    log_path, plain_path = folder / "bench.db", folder / "plain.db"
    for path in (log_path, plain_path):
        if path.exists():
            sys.exit(f"{path} exists; give an empty --dir")
    open_case_log(plain_path).close()  # same schema, empty, for the plain sqlite3 baseline

    pack = load_pack_dir(installed_pack())
    started = time.perf_counter()
    cases = evaluated_cases(args.cases + 20, pack)
    extra = cases[args.cases :]
    cases = cases[: args.cases]
    print(f"evaluated {len(cases)} synthetic cases (10 readings each) in {time.perf_counter() - started:.1f} s")

    ours, plain = bulk_load(log_path, plain_path, cases, args.batch)
    rows = len(cases) * 11
    print(f"bulk load        {ours:8.1f} s  {len(cases) / ours:9.0f} cases/s  ({rows / ours:,.0f} case+reading rows/s)")
    print(f"plain executemany{plain:8.1f} s  {len(cases) / plain:9.0f} cases/s  same rows, same schema")
    print(f"bulk / plain     {ours / plain:8.2f} x   (target < 2)")
    print(f"log file         {log_path.stat().st_size / 1e6:8.0f} MB")

    started = time.perf_counter()
    log = caselog.open_log(log_path)
    print(f"open + quick_check          {(time.perf_counter() - started) * 1000:8.1f} ms")
    try:
        pending = iter(extra)
        print(f"add one case (transaction)  {median_ms(lambda: caselog.record_evaluation(log, *next(pending), who='bench'), 15):8.3f} ms  (median of 15; target < 10)")
        print(f"first page (50)             {median_ms(lambda: caselog.list_cases(log), 20):8.3f} ms  (target < 50)")
        print(f"count all                   {median_ms(lambda: caselog.count_cases(log), 20):8.3f} ms")
        ref = f"BENCH-{len(cases) // 2:06d}"
        print(f"search patient ref          {median_ms(lambda: caselog.list_cases(log, ref), 20):8.3f} ms  (target < 50)")
        print(f"search note word, page 1    {median_ms(lambda: caselog.list_cases(log, 'coryza'), 20):8.3f} ms  "
              f"({caselog.count_cases(log, 'coryza')} matches; count {median_ms(lambda: caselog.count_cases(log, 'coryza'), 5):.1f} ms)")  # fmt: skip
        resume = caselog.CaseFilter(decision="resume")
        print(f"filter decision, page 1     {median_ms(lambda: caselog.list_cases(log, filters=resume), 20):8.3f} ms  "
              f"(count {median_ms(lambda: caselog.count_cases(log, filters=resume), 5):.1f} ms)")  # fmt: skip
        month = caselog.CaseFilter(since=datetime(2025, 3, 1), until=datetime(2025, 3, 31, 23, 59))
        print(f"filter one month, page 1    {median_ms(lambda: caselog.list_cases(log, filters=month), 20):8.3f} ms")
        print(f"page at offset {len(cases) // 2:<7}      {median_ms(lambda: caselog.list_cases(log, offset=len(cases) // 2), 5):8.3f} ms")
        deep = caselog.list_cases(log, offset=len(cases) // 2, limit=1)[0].id
        print(f"page after row {len(cases) // 2:<7}      {median_ms(lambda: caselog.list_cases(log, after=deep), 20):8.3f} ms  (keyset)")
    finally:
        log.close()

    case_file = REPO / "examples" / "recovering.json"
    command = [sys.executable, "-m", "desktop_app", "log", "add", str(case_file), "--db", str(log_path), "--as-of", "2026-11-24T12:00"]
    # Keep the benchmark out of the real user folders (the pack self-check leaves a marker there).
    env = {**os.environ, **{name: str(folder / name.lower()) for name in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME")}}
    walls = []
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=env)
        walls.append((time.perf_counter() - started) * 1000)
    print(f"`neutrohold log add` whole process (start-up, quick_check, evaluate, record): {statistics.median(walls):.0f} ms")
    print(f"logs kept in {folder}")


if __name__ == "__main__":
    main()
