"""Regenerate the README screenshots: the main window with example cases, grabbed to docs/screenshots/."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# The examples were written for this moment; evaluating them at it keeps the pictures reproducible.
EXAMPLES_AS_OF = datetime(2026, 11, 24, 12, 0)
# (example, picture name, window size, change made after loading as a clinician would)
SHOTS = (
    ("febrile.json", "febrile", (1600, 1000), None),
    ("recovering.json", "recovering", (1600, 1000), None),
    ("febrile.json", "febrile-1366x768", (1366, 768), None),
    ("unit-slip.json", "unit-slip", (1600, 1000), None),
    ("recovering.json", "invalid-input", (1600, 1000), lambda window: window.form.patient_ref.setText("")),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots", help="folder for the PNG files")
    args = parser.parse_args(argv)
    if not any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # Private settings, so the user's saved window layout does not change the pictures.
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="neutrohold-shots-")

    from PySide6.QtWidgets import QApplication

    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.tasks import SyncRunner
    from desktop_app.services.packs import open_pack

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("NeutroHold")
    app.setOrganizationName("NeutroHold")
    pack = open_pack()
    args.out.mkdir(parents=True, exist_ok=True)
    for example, name, (width, height), change in SHOTS:
        window = MainWindow(pack, runner=SyncRunner(), clock=lambda: EXAMPLES_AS_OF)
        window.resize(width, height)
        window.show()
        window.splitter.setSizes([int(width * 0.17), int(width * 0.39), int(width * 0.44)])
        window.load_case(json.loads((REPO / "examples" / example).read_text(encoding="utf-8")))
        window.panel.pitfalls.set_ticked(["premature_resumption"] if name == "recovering" else [])
        if change is not None:
            change(window)
            window.live.evaluate_now()
        app.processEvents()
        path = args.out / f"{name}.png"
        window.grab().save(str(path))
        print(path)
        window.close()
        window.deleteLater()
    return 0


if __name__ == "__main__":
    sys.exit(main())
