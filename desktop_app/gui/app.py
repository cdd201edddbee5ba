"""Start the desktop app: check for a display, open the knowledge pack, show the main window."""

from __future__ import annotations

import argparse
import os
import sys

NO_DISPLAY = "neutrohold: no display available; set DISPLAY or use `neutrohold evaluate CASE.json` on the command line"


def display_available() -> bool:
    """On Linux Qt aborts without a display server; elsewhere (or with a chosen platform) it can start."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run(args: argparse.Namespace) -> int:
    """Run the window until it is closed; 2 without a display, 1 when the pack cannot be used."""
    if not display_available():
        print(NO_DISPLAY, file=sys.stderr)
        return 2

    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop_app import __version__
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.services.packs import open_pack

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("NeutroHold")
    app.setOrganizationName("NeutroHold")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("neutrohold")
    try:
        pack = open_pack(args.overrides)
    except ValueError as exc:  # PackError (bad overrides) and PackRefused (failed self-check) alike
        QMessageBox.critical(
            None,
            "NeutroHold cannot start",
            f"The knowledge pack or the site overrides cannot be used:\n\n{exc}\n\n"
            "Correct or remove the overrides file, or ask the person who installed NeutroHold.",
        )
        return 1
    window = MainWindow(pack)
    window.show()
    return app.exec()
