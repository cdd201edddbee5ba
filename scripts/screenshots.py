"""Regenerate the README screenshots: the main window over a small case log, grabbed to docs/screenshots/.

Run: .venv/bin/python scripts/screenshots.py [--out FOLDER] [--language es]   (offscreen unless a display is set, e.g. under xvfb-run)
The case log is built afresh in a temporary folder from the example cases, evaluated at the
examples' own moment, so the pictures are the same on every run.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
# The examples were written for this moment; evaluating them at it keeps the pictures reproducible.
EXAMPLES_AS_OF = datetime(2026, 11, 24, 12, 0)
CLINICIAN = "Dr A. Osei"


def example(name: str) -> dict[str, Any]:
    return json.loads((REPO / "examples" / name).read_text(encoding="utf-8"))


def fill_log(log: Any, pack: Any) -> dict[str, str]:
    """Log every example a little before the examples' moment, and the recovering patient twice; their ids by name."""
    from desktop_app.engine import evaluate
    from desktop_app.models import parse_case
    from desktop_app.services import caselog

    ids: dict[str, str] = {}

    def record(name: str, data: dict[str, Any], moment: datetime, ticks: tuple[str, ...] = ()) -> None:
        case = parse_case(data)
        ids[name] = caselog.record_evaluation(log, case, evaluate(case, pack, moment), who=CLINICIAN)
        for pitfall in ticks:
            caselog.acknowledge_pitfall(log, ids[name], pitfall, who=CLINICIAN)

    # Three days earlier the recovering patient was still neutropenic, with a cold and a recent fever.
    earlier = example("recovering.json")
    earlier.update(anc=earlier["anc"][:3], urti="active")
    record("recovering-earlier", earlier, datetime(2026, 11, 21, 9, 30), ("overlooked_viral_infection",))
    for minutes, name in enumerate(("chest-spread", "long-neutropenia", "cbc-derived", "unit-slip")):
        record(name, example(f"{name}.json"), EXAMPLES_AS_OF - timedelta(minutes=50 + 5 * minutes))
    record(
        "recovering",
        example("recovering.json"),
        EXAMPLES_AS_OF - timedelta(minutes=30),
        ("premature_resumption", "inadequate_monitoring"),
    )
    return ids


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots", help="folder for the PNG files")
    parser.add_argument("--language", default="en", help="the window's language (en, es, fr, de); pictures get a -LANG suffix")
    args = parser.parse_args(argv)
    if not any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # Private settings and data, so the user's window layout and case log stay out of the pictures.
    with tempfile.TemporaryDirectory(prefix="neutrohold-shots-") as private:
        for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            os.environ[variable] = str(Path(private) / variable.lower())
        return take(args.out, Path(private), args.language)


def take(out: Path, private: Path, language: str = "en") -> int:
    """Build the log in `private`, then grab each picture into `out`."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop_app.gui.language import install_language
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.preferences import Preferences
    from desktop_app.gui.tasks import SyncRunner
    from desktop_app.services import caselog
    from desktop_app.services.packs import open_pack

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("NeutroHold")
    app.setOrganizationName("NeutroHold")
    install_language(app, language)
    pack = open_pack()
    out.mkdir(parents=True, exist_ok=True)

    def febrile(window: MainWindow, ids: dict[str, str]) -> None:
        window.load_case(example("febrile.json"))
        window.panel.pitfalls.item(0).setCheckState(Qt.CheckState.Checked)

    def reopen(name: str) -> Callable[[MainWindow, dict[str, str]], None]:
        def show(window: MainWindow, ids: dict[str, str]) -> None:
            assert window.log_session is not None
            window.log_session.reopen(ids[name])

        return show

    def invalid(window: MainWindow, ids: dict[str, str]) -> None:
        window.load_case(example("recovering.json"))
        window.form.patient_ref.setText("")

    def unit_slip(window: MainWindow, ids: dict[str, str]) -> None:
        window.load_case(example("unit-slip.json"))

    def searched(window: MainWindow, ids: dict[str, str]) -> None:
        reopen("recovering")(window, ids)
        window.case_log.search.setText("RHEU")
        window.case_log.search_changed.emit("RHEU")
        window.case_log.select_case(ids["recovering"])

    # (picture, window size, splitter shares, what a clinician did)
    shots: tuple[tuple[str, tuple[int, int], tuple[float, float, float], Callable[[MainWindow, dict[str, str]], None]], ...] = (
        ("febrile", (1600, 1000), (0.2, 0.37, 0.43), febrile),
        ("recovering", (1600, 1000), (0.2, 0.37, 0.43), reopen("recovering")),
        ("febrile-1366x768", (1366, 768), (0.17, 0.39, 0.44), febrile),
        ("unit-slip", (1600, 1000), (0.2, 0.37, 0.43), unit_slip),
        ("invalid-input", (1600, 1000), (0.2, 0.37, 0.43), invalid),
        ("case-log", (1600, 1000), (0.33, 0.3, 0.37), searched),
    )
    with caselog.open_log(private / "screenshots.db") as log:
        ids = fill_log(log, pack)
        for name, (width, height), shares, act in shots:
            window = MainWindow(pack, log=log, runner=SyncRunner(), clock=lambda: EXAMPLES_AS_OF)
            window.preferences = Preferences(clinician_name=CLINICIAN, site_name="North clinic")
            window.resize(width, height)
            window.show()
            window.splitter.setSizes([int(width * share) for share in shares])
            window.statusBar().clearMessage()  # the temporary log's path is no part of the picture
            act(window, ids)
            window.live.evaluate_now()
            app.processEvents()
            path = out / (f"{name}.png" if language == "en" else f"{name}-{language}.png")
            window.grab().save(str(path))
            print(path)
            window.close()
            window.deleteLater()
            app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
