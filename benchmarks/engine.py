"""Benchmark: evaluations per second and p50/p99 latency of validate + evaluate + JSON for one case.

Run: .venv/bin/python benchmarks/engine.py [--rounds N]
Target: p50 under 0.5 ms on one core. Prints figures; asserts nothing (shared machines are noisy).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from datetime import datetime
from pathlib import Path

from desktop_app.services.evaluation import evaluate
from desktop_app.knowledge import installed_pack, load_pack_dir
from desktop_app.models import parse_case

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
AS_OF = datetime(2026, 11, 24, 12, 0)


def one(raw: str, pack) -> str:
    case = parse_case(json.loads(raw))
    return json.dumps(evaluate(case, pack, AS_OF).model_dump(mode="json"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5000)
    args = parser.parse_args()
    pack = load_pack_dir(installed_pack())
    for example in ("recovering.json", "febrile.json", "long-neutropenia.json"):
        raw = (EXAMPLES / example).read_text()
        for _ in range(200):
            one(raw, pack)
        samples = []
        started = time.perf_counter()
        for _ in range(args.rounds):
            t0 = time.perf_counter_ns()
            one(raw, pack)
            samples.append((time.perf_counter_ns() - t0) / 1e6)
        elapsed = time.perf_counter() - started
        samples.sort()
        p50 = statistics.median(samples)
        p99 = samples[int(len(samples) * 0.99) - 1]
        verdict = "meets" if p50 < 0.5 else "MISSES"
        print(
            f"{example:24s} {args.rounds / elapsed:8.0f} evaluations/s   p50 {p50:.3f} ms   p99 {p99:.3f} ms   "
            f"({verdict} the p50 < 0.5 ms target)"
        )


if __name__ == "__main__":
    main()
