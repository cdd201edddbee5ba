"""Benchmark: time to produce each printout PDF (HTML, layout, chart, PDF, private atomic write) after start-up.

Run: .venv/bin/python benchmarks/reports.py [--rounds N]
Target: under 200 ms per document once Qt is started. Prints figures; asserts nothing (shared machines are noisy).
Then the handout's readability in each language by that language's own formula (desktop_app/reports/readability.py).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from datetime import datetime
from pathlib import Path

from desktop_app.services.evaluation import evaluate
from desktop_app.knowledge import installed_pack, load_pack_dir
from desktop_app.models import parse_case
from desktop_app.reports.context import PrintContext
from desktop_app.reports.readability import FORMULAS, readability
from desktop_app.services.evaluation import read_case_file
from desktop_app.services.printing import ensure_qt_app, write_pdf

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
AS_OF = datetime(2026, 11, 24, 12, 0)
TARGET_MS = 200.0
DOCUMENTS = (
    ("clinician", "a4", False),
    ("clinician", "letter", False),
    ("patient", "a4", False),
    ("patient", "letter", True),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()

    started = time.perf_counter()
    ensure_qt_app()
    print(f"start-up (Qt application + bundled font): {(time.perf_counter() - started) * 1000:.0f} ms")

    pack = load_pack_dir(installed_pack())
    context = PrintContext(printed_at=AS_OF, pack=pack)
    with tempfile.TemporaryDirectory() as folder:
        for example in ("febrile", "recovering", "long-neutropenia"):
            case = parse_case(read_case_file(EXAMPLES / f"{example}.json"))
            rec = evaluate(case, pack, AS_OF)
            for audience, paper, large_print in DOCUMENTS:
                out = Path(folder) / f"{example}-{audience}-{paper}.pdf"
                write_pdf(case, rec, out, audience, paper, large_print, context)  # warm the caches once
                samples = []
                for _ in range(args.rounds):
                    t0 = time.perf_counter()
                    write_pdf(case, rec, out, audience, paper, large_print, context)
                    samples.append((time.perf_counter() - t0) * 1000)
                samples.sort()
                p50 = statistics.median(samples)
                worst = samples[-1]
                verdict = "meets" if p50 < TARGET_MS else "MISSES"
                kind = f"{audience} {paper}{' large print' if large_print else ''}"
                print(
                    f"{example:18s} {kind:28s} p50 {p50:6.1f} ms   max {worst:6.1f} ms   "
                    f"{os.path.getsize(out) / 1024:5.0f} KiB   {verdict} the {TARGET_MS:.0f} ms target"
                )
        print_readability(pack, Path(folder))


def print_readability(pack, folder: Path) -> None:
    """The patient handout of every example, in every language, scored by the language's formula."""
    from pypdf import PdfReader

    print("\nhandout readability (each language's own formula; the tests hold every handout to the limit)")
    examples = sorted(path.stem for path in EXAMPLES.glob("*.json"))
    for language, formula in FORMULAS.items():
        scores = []
        for example in examples:
            case = parse_case(read_case_file(EXAMPLES / f"{example}.json"))
            rec = evaluate(case, pack, AS_OF)
            out = folder / f"{example}-handout-{language}.pdf"
            write_pdf(case, rec, out, "patient", "a4", False, PrintContext(printed_at=AS_OF, pack=pack, language=language))
            text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
            scores.append(readability(text, language)[1])
        worst = max(scores) if formula.lower_is_plainer else min(scores)
        verdict = "plain" if formula.is_plain(worst) else "NOT PLAIN"
        print(
            f"{language}  {formula.name:24s} limit {'<=' if formula.lower_is_plainer else '>='} {formula.limit:<4g}"
            f" worst {worst:5.1f}  mean {statistics.mean(scores):5.1f}  over {len(scores)} handouts: {verdict}"
        )


if __name__ == "__main__":
    main()
