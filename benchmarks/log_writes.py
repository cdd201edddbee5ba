"""Benchmark: what a window's save costs now that it runs on a worker's own connection.

Run: .venv/bin/python benchmarks/log_writes.py [--cases 20000] [--saves 60] [--dir FOLDER]
Compares one save (case, ticks and the end of its draft in one transaction) made through
services.log_writes.write_from_worker (open, identity checks, write, close) with the same save on
an already open connection. Target: the worker path within 30 ms per save at 100,000 cases; the GUI
thread itself only queues the write. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import datetime
from pathlib import Path

from desktop_app.services.evaluation import evaluate
from desktop_app.knowledge import installed_pack, load_pack_dir
from desktop_app.models import parse_case
from desktop_app.services import caselog, log_writes

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=20000)
    parser.add_argument("--saves", type=int, default=60)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    pack = load_pack_dir(installed_pack())
    import json

    data = json.loads((REPO / "examples" / "febrile.json").read_text(encoding="utf-8"))
    as_of = datetime(2026, 11, 24, 12, 0)

    def evaluated(n: int):
        data["patient_ref"] = f"BENCH-{n}"
        case = parse_case(data)
        return case, evaluate(case, pack, as_of)

    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        db = Path(folder) / "caselog.db"
        with caselog.open_log(db) as log:
            for start in range(0, args.cases, 5000):
                caselog.record_evaluations(log, [evaluated(n) for n in range(start, min(args.cases, start + 5000))], who="bench")
            identity = log_writes.identity_of(log)
            direct, worker = [], []
            for n in range(args.saves):
                case, rec = evaluated(args.cases + 2 * n)
                began = time.perf_counter()
                log_writes.save_evaluation(log, case, rec, (), who="bench", draft_key="window-bench")
                direct.append(time.perf_counter() - began)
                case, rec = evaluated(args.cases + 2 * n + 1)
                began = time.perf_counter()
                log_writes.write_from_worker(
                    log,
                    identity,
                    lambda writer, case=case, rec=rec: log_writes.save_evaluation(
                        writer, case, rec, (), who="bench", draft_key="window-bench"
                    ),
                )
                worker.append(time.perf_counter() - began)
    for name, times in (("save on the open connection", direct), ("save on a worker's own connection", worker)):
        ordered = sorted(times)
        print(
            f"{name:36s} p50 {statistics.median(ordered) * 1000:6.1f} ms   p99 {ordered[int(len(ordered) * 0.99) - 1] * 1000:6.1f} ms"
        )
    print(f"({args.cases:,} cases in the log, {args.saves} saves each)")


if __name__ == "__main__":
    main()
