"""Benchmark: peak memory of `log import` on large exports, and that importing again adds nothing.

Run: .venv/bin/python benchmarks/import_memory.py [--with-1gb] [--size-mb 100 ...] [--dir FOLDER]
Target: a 1 GB export imports with a peak resident size under 200 MB. The export is built by
copying the records of the evaluated example cases under new ids and patient refs, with padding
notes (tests/caselog/large_export.py): real records that pass every check of the import, the
engine run again per case, a fresh audit event vouching for each record, signed by a workstation
not trusted here (imported with --accept-unsigned, so the signature is checked over every byte).
Each import runs in a child process; it reports its peak RSS (resource.getrusage) before and after.
Prints figures: file size, peak RSS and its growth, seconds, for a first and a second import.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.caselog.large_export import template, write_large_export  # noqa: E402

IMPORT = """
import json, resource, sys, time
from pathlib import Path
from desktop_app.services import caselog
with caselog.open_log(Path(sys.argv[1])) as log:
    caselog.import_log(log, Path(sys.argv[2]), accept_unsigned=True)  # warm: engine, pack and checks loaded
    for attempt in ("first", "second"):
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.perf_counter()
        summary = caselog.import_log(log, Path(sys.argv[3]), accept_unsigned=True)
        seconds = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(json.dumps({"attempt": attempt, "before_mb": before / 1024, "peak_mb": peak / 1024, "seconds": seconds,
                          "added": summary.added["evaluations"], "already_present": summary.already_present}), flush=True)
"""


def measure(folder: Path, small: Path, export: Path) -> list[dict]:
    done = subprocess.run(
        [sys.executable, "-c", IMPORT, str(folder / f"target-{export.stem}.db"), str(small), str(export)],
        capture_output=True, text=True, cwd=REPO,
    )  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"the import failed: {done.stderr.strip()[-2000:]}")
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, action="append", help="export sizes (default 100)")
    parser.add_argument("--with-1gb", action="store_true", help="also a 1 GB export (about 15 minutes)")
    parser.add_argument("--dir", type=Path, default=None, help="where the exports and logs are made")
    args = parser.parse_args()
    # 1 GB: about 10**9 bytes, under the 1 GiB an export may be (import_check.MAX_FILE_BYTES).
    sizes = (args.size_mb or [100.0]) + ([980.0] if args.with_1gb else [])
    with tempfile.TemporaryDirectory(dir=args.dir) as name:
        folder = Path(name)
        small, tables = template(folder)
        worst: list[tuple[float, float]] = []
        for size in sizes:
            export = folder / f"export-{size:g}mb.json"
            start = time.perf_counter()
            evaluations = write_large_export(export, int(size * 1024 * 1024), tables, notes=6)
            size_mb = export.stat().st_size / 1024 / 1024
            print(f"export: {size_mb:.0f} MB, {evaluations} evaluations, built in {time.perf_counter() - start:.0f} s")
            for figures in measure(folder, small, export):
                print(
                    f"  {figures['attempt']} import: peak RSS {figures['peak_mb']:.0f} MB (before {figures['before_mb']:.0f} MB,"
                    f" +{figures['peak_mb'] - figures['before_mb']:.0f} MB) for a {size_mb:.0f} MB file;"
                    f" added {figures['added']} evaluations, {figures['already_present']} already present;"
                    f" {figures['seconds']:.0f} s"
                )
                worst.append((size_mb, figures["peak_mb"]))
            export.unlink()
        for size_mb, peak in worst:
            if size_mb * 1024 * 1024 >= 10**9:
                print(f"target: peak under 200 MB for 1 GB -> {'met' if peak < 200 else 'NOT met'} ({peak:.0f} MB)")


if __name__ == "__main__":
    main()
