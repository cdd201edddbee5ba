"""Installation self-test: packs, overrides, a case through a temporary log, a PDF, and offline imports."""

from __future__ import annotations

import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

# The only Qt modules NeutroHold uses; anything else loaded (a networking module above all) fails.
QT_MODULES_USED = frozenset(
    {"PySide6", "PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtPrintSupport", "PySide6.QtSvg"}
)
SAMPLE_CASE = {
    "patient_ref": "SELFTEST-1",
    "age_years": 70,
    "anakinra": "active",
    "anc": [{"value": 0.41, "unit": "10^9/L", "taken_at": "2026-01-15T06:30:00"}],
    "temperatures": [{"celsius": 38.6, "taken_at": "2026-01-14T21:15:00"}],
    "urti": "active",
    "infection_signs": False,
    "immunosuppressants": ["prednisolone"],
    "notes": "<b>self-test</b> note = kept as text",
}
SAMPLE_AS_OF = datetime(2026, 1, 15, 12, 0)


@dataclass(frozen=True)
class CheckResult:
    name: str
    passed: bool
    detail: str


def _check_packs() -> str:
    from desktop_app.services.packs import check_installed_packs

    reports = check_installed_packs()
    if not reports:
        raise AssertionError("no knowledge pack is installed")
    return "; ".join(
        f"{pack.content.id} {pack.content.version}: {report.golden_passed} golden cases, {report.grid_cells} grid cells"
        for pack, report in reports
    )


def _check_site_pack(overrides: Path | None) -> str:
    from desktop_app.services.packs import open_pack

    pack = open_pack(overrides)
    if not pack.overrides:
        return f"{pack.content.id} {pack.content.version} with no site overrides"
    changed = ", ".join(f"{o.key}={o.value:g}" for o in pack.overrides)
    return f"{pack.content.id} {pack.content.version} with site overrides {changed}"


def _installed_pack():
    """The shipped pack without site overrides: the mechanical checks must not hinge on local policy."""
    from desktop_app.knowledge import installed_pack, load_pack_dir
    from desktop_app.services.packs import DEFAULT_PACK

    return load_pack_dir(installed_pack(DEFAULT_PACK))


def _check_log_round_trip(folder: Path) -> str:
    from desktop_app.services.evaluation import evaluate
    from desktop_app.models import parse_case
    from desktop_app.services import caselog

    case = parse_case(SAMPLE_CASE)
    rec = evaluate(case, _installed_pack(), SAMPLE_AS_OF)
    log = caselog.open_log(folder / "selftest.db")
    try:
        evaluation_id = caselog.record_evaluation(log, case, rec, who="self-test")
        caselog.acknowledge_pitfall(log, evaluation_id, rec.pitfalls[0].id, who="self-test")
        record = caselog.get_case(log, evaluation_id)
        if record.case != case or record.recommendation.decision != rec.decision:
            raise AssertionError("the case read back differs from the case recorded")
        report = caselog.verify(log)
        if not report.ok:
            raise AssertionError(f"verify failed on a fresh log: {report}")
    finally:
        log.close()
    # A log past its first cases stores them with Zstandard (caselog/records.py): its backend must be there.
    import zstandard

    text = rec.model_dump_json().encode("utf-8")
    if zstandard.ZstdDecompressor().decompress(zstandard.ZstdCompressor(level=9).compress(text)) != text:
        raise AssertionError("Zstandard does not give back what it compressed")
    return f"recorded, read back and verified ({rec.decision}, audit chain intact; Zstandard {zstandard.__version__})"


def _render_pdfs(folder: Path) -> str:
    from desktop_app.services.evaluation import evaluate
    from desktop_app.models import parse_case
    from desktop_app.services.printing import write_pdf

    pack = _installed_pack()
    case = parse_case(SAMPLE_CASE)
    rec = evaluate(case, pack, SAMPLE_AS_OF)
    sizes = []
    for audience in ("clinician", "patient"):
        out = write_pdf(case, rec, folder / f"{audience}.pdf", audience, "a4", pack=pack)
        data = out.read_bytes()
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
            raise AssertionError(f"the {audience} PDF is not a complete PDF file")
        if out.stat().st_mode & 0o077:
            raise AssertionError(f"the {audience} PDF is readable by other users")
        sizes.append(f"{audience} {len(data) // 1024} KB")
    return "rendered offscreen: " + ", ".join(sizes)


class _SocketWatch:
    """An audit hook that refuses every socket operation and remembers it (hooks cannot be removed)."""

    attempts: list[str] = []
    installed = False

    @classmethod
    def install(cls) -> None:
        if not cls.installed:
            sys.addaudithook(cls._refuse)
            cls.installed = True

    @classmethod
    def _refuse(cls, event: str, args: tuple) -> None:
        if event.startswith("socket."):
            cls.attempts.append(event)
            raise ConnectionRefusedError(f"NeutroHold self-test: network use refused ({event})")


def _check_offline() -> str:
    if _SocketWatch.attempts:
        raise AssertionError(f"sockets were used during the self-test: {', '.join(sorted(set(_SocketWatch.attempts)))}")
    unexpected = sorted(
        name
        for name in sys.modules
        if name.startswith("PySide6") and name not in QT_MODULES_USED and not name.startswith("PySide6.support")
    )
    if unexpected:
        raise AssertionError(f"unexpected Qt modules are loaded: {', '.join(unexpected)}")
    qt = sorted(name.removeprefix("PySide6.") for name in sys.modules if name in QT_MODULES_USED - {"PySide6"})
    return f"no socket opened during the self-test; Qt modules loaded: {', '.join(qt)}"


def run_checks(overrides: Path | None = None) -> Iterator[CheckResult]:
    """Run every check in turn, yielding each result as soon as it is known; sockets are refused throughout."""
    _SocketWatch.install()
    with tempfile.TemporaryDirectory(prefix="neutrohold-selftest-") as scratch:
        folder = Path(scratch)
        checks: list[tuple[str, Callable[[], str]]] = [
            ("knowledge packs", _check_packs),
            ("pack in force", lambda: _check_site_pack(overrides)),
            ("case log round trip", lambda: _check_log_round_trip(folder)),
            ("printing", lambda: _render_pdfs(folder)),
            ("offline", _check_offline),
        ]
        for name, check in checks:
            try:
                yield CheckResult(name, True, check())
            except Exception as exc:  # noqa: BLE001 - a self-test reports every failure, whatever it is
                where = traceback.extract_tb(exc.__traceback__)[-1]
                yield CheckResult(name, False, f"{type(exc).__name__}: {exc} ({Path(where.filename).name}:{where.lineno})")
