"""Show the whole window on a 1366x768 screen at a font size and a scale, and report any text it cuts off.

Run as `python -m tests.gui.window_fit FONT_FACTOR OUT_DIR [SCREENSHOT.png]` with QT_SCALE_FACTOR set
as wanted; it prints one JSON object. A separate process, since the scale and the screen are fixed
when Qt starts.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import datetime
from pathlib import Path


def main(font_factor: float, out: Path, screenshot: str | None) -> dict[str, object]:
    screen = out / "screen.json"
    screen.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": 1366,
                        "height": 768,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    os.environ["TZ"] = "UTC"
    os.environ["HOME"] = str(out)
    os.environ["XDG_CONFIG_HOME"] = str(out / "config")
    os.environ["XDG_DATA_HOME"] = str(out / "data")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * font_factor)
    app.setFont(font)

    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.tasks import SyncRunner
    from desktop_app.knowledge import installed_pack, load_pack_dir
    from desktop_app.services import caselog
    from tests.gui.clipping import clipped

    examples = Path(__file__).resolve().parents[2] / "examples"
    log = caselog.open_log(out / "logs" / "caselog.db")
    settings = QSettings(str(out / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        load_pack_dir(installed_pack()),
        log=log,
        runner=SyncRunner(),
        clock=lambda: datetime(2026, 11, 24, 12, 0),
        settings=settings,
    )
    window.showMaximized()
    report: dict[str, object] = {"screen": list(window.screen().availableGeometry().size().toTuple())}
    found: list[str] = []
    for name in ("recovering.json", "febrile.json", "unit-slip.json"):
        window.load_case(json.loads((examples / name).read_text(encoding="utf-8")))
        window.save_action.trigger()
        window.form.cbc_toggle.setChecked(True)
        window.form.temperature_toggle.setChecked(True)
        for _ in range(10):
            app.processEvents()
        found += [f"{name}: {problem}" for problem in clipped(window) if f"{name}: {problem}" not in found]
    report |= {
        "clipped": found,
        "window": list(window.size().toTuple()),
        "minimum": list(window.minimumSize().toTuple()),
    }
    if screenshot:
        window.grab().save(screenshot)
    window.close()
    log.close()
    return report


if __name__ == "__main__":
    print(json.dumps(main(float(sys.argv[1]), Path(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else None)))
