"""Benchmark: signed export, checked import (the engine runs again for every case) and a repeated sync.

Run: .venv/bin/python benchmarks/exchange.py [--cases 2000]
Prints figures (cases/s for export, import check, import write; seconds for an idle sync); asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from desktop_app.services.evaluation import evaluate
from desktop_app.knowledge import installed_pack, load_pack_dir
from desktop_app.models import parse_case
from desktop_app.services import caselog
from desktop_app.services.log_exchange import sync

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=2000)
    args = parser.parse_args()
    pack = load_pack_dir(installed_pack())
    examples = [json.loads(path.read_text(encoding="utf-8")) for path in sorted((REPO / "examples").glob("*.json"))]
    base = datetime(2026, 11, 24, 12, 0)
    rng = random.Random(18)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        batch = []
        for n in range(args.cases):
            data = dict(rng.choice(examples), patient_ref=f"BENCH-{n:06d}")
            case = parse_case(data)
            batch.append((case, evaluate(case, pack, base + timedelta(minutes=n % 60))))
        with caselog.open_log(root / "a.db") as source:
            caselog.record_evaluations(source, batch, who="bench")
            started = time.perf_counter()
            caselog.export_log(source, root / "a.json", "json", keys=root / "keys-a")
            exported = time.perf_counter() - started
        size = (root / "a.json").stat().st_size
        print(f"signed export: {args.cases} cases, {size / 1e6:.1f} MB in {exported:.2f} s ({args.cases / exported:.0f} cases/s)")
        with caselog.open_log(root / "b.db") as target:
            started = time.perf_counter()
            caselog.import_log(target, root / "a.json", keys=root / "keys-a")
            imported = time.perf_counter() - started
            print(
                f"checked import (signature, engine re-run, audit, write): {imported:.2f} s ({args.cases / imported:.0f} cases/s)"
            )
            started = time.perf_counter()
            caselog.import_log(target, root / "a.json", keys=root / "keys-a")
            print(f"the same file again (all present: signature and presence only): {time.perf_counter() - started:.2f} s")
        with caselog.open_log(root / "a.db") as source:
            started = time.perf_counter()
            sync(source, root / "usb", keys=root / "keys-a")
            print(f"first sync (writes every case): {time.perf_counter() - started:.2f} s")
            started = time.perf_counter()
            report = sync(source, root / "usb", keys=root / "keys-a")
            print(f"sync again (nothing new, written={report.written is not None}): {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
