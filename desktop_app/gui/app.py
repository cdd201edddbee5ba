"""Start the desktop app: check for a display, show the window, then load the knowledge pack and open the case log.

The window frame is shown first, since the pack, the models and the log's integrity check take a
moment; the log is first opened on a worker (which waits for another program's lock, if any), then
on the GUI thread, which owns its connection from then on.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from desktop_app.gui.main_window import MainWindow
    from desktop_app.knowledge import Pack
    from desktop_app.services.caselog import CaseLog

NO_DISPLAY = "neutrohold: no display available; set DISPLAY or use `neutrohold evaluate CASE.json` on the command line"
# How long to wait for the window system to show the frame before loading the rest regardless.
EXPOSE_WAIT_MS = 500


def display_available() -> bool:
    """On Linux Qt aborts without a display server; elsewhere (or with a chosen platform) it can start."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


class Startup:
    """Completes the shown window: pack, then case log, then any draft left from a crash."""

    def __init__(self, window: MainWindow, args: argparse.Namespace) -> None:
        self.window = window
        self.args = args
        self.log: CaseLog | None = None
        self.exit_code: int | None = None
        self._waited_ms = 0

    def begin(self) -> None:
        from PySide6.QtCore import QTimer

        handle = self.window.windowHandle()
        # Paint the frame before the slow part, so the user sees the window at once.
        if (handle is None or not handle.isExposed()) and self._waited_ms < EXPOSE_WAIT_MS:
            self._waited_ms += 10
            QTimer.singleShot(10, self.begin)
            return
        self.window.repaint()
        self.finish()

    def finish(self) -> None:
        """Load and self-check the pack on a worker: the window stays responsive, and no evaluation is
        shown (there is no form to evaluate) until the pack has passed its check."""
        overrides, pack_id = self.args.overrides, getattr(self.args, "window_pack", None)
        self.window.runner.run(lambda: _checked_pack(overrides, pack_id), self.pack_ready, self.pack_refused)

    def pack_refused(self, error: BaseException) -> None:
        from desktop_app.gui.problem_message import StopMessage

        # PackError (bad overrides) and PackRefused (failed self-check) alike; anything else too: fail safe.
        StopMessage.tell(
            self.window,
            "NeutroHold cannot start",
            f"The knowledge pack or the site overrides cannot be used:\n\n{error}\n\n"
            "Correct or remove the overrides file, or ask the person who installed NeutroHold.",
        )
        self.stop(1)

    def pack_ready(self, pack: Pack) -> None:
        from desktop_app.gui.case_session import CaseSession

        # The window is the view of the case session made here; its form and panels are built a part
        # per turn of the event loop: no long block of the GUI thread.
        session = CaseSession(self.window.clock, self.window)
        self.window.set_pack_in_steps(pack, self.form_ready, session=session)

    def form_ready(self) -> None:
        from desktop_app.services.warmup import upgrade_log

        db = self.args.db
        # A schema upgrade rewrites the whole log: on a worker; the GUI thread then opens an up-to-date file.
        self.window.runner.run(lambda: upgrade_log(db), self.open_log, self.open_log)

    def open_log(self, _result: object = None) -> None:
        """Open the log on a worker first (it may wait up to 2 s for another program's lock, or create the
        first log); the window says "Opening the case log…" meanwhile and stays responsive."""
        from desktop_app.gui.log_recovery import try_open

        db = self.args.db
        self.window.case_log.set_log_state("Opening the case log…")
        self.window.statusBar().showMessage("Opening the case log…")
        self.window.runner.run(lambda: try_open(db), self.log_tried, lambda error: self.log_tried(None))

    def log_tried(self, trial: object) -> None:
        from desktop_app.gui.log_recovery import TrialOpen, open_for_window
        from desktop_app.gui.module_sources import forget_module_sources

        forget_module_sources()
        # The full integrity check takes seconds on a large log: it runs on a worker, when due, not before the form.
        # (Should the trial itself have failed unexpectedly, the GUI thread opens as before, with its dialogs.)
        opened = open_for_window(
            self.args.db, self.window, check_integrity=False, trial=trial if isinstance(trial, TrialOpen) else None
        )
        if opened is None:
            self.stop(1)
            return
        self.log, read_only_reason = opened
        forget_module_sources()
        self.window.attach_log(self.log, read_only_reason)
        from desktop_app.services.caselog import check_log_integrity

        forget_module_sources()

        path = self.log.path
        self.window.runner.run(lambda: check_log_integrity(path, when_due=True), lambda _ran: None, self.integrity_failed)
        # The first write (a save, a draft) would import sqlite-utils on the GUI thread: import it off it,
        # then offer drafts, whose answer may be a write.
        pack = self.window.pack
        self.window.runner.run(lambda: _prewarm_writes(pack), self.writes_ready, self.writes_ready)

    def writes_ready(self, _result: object) -> None:
        if self.log is not None:
            self.window.offer_drafts()
        # Then, off the GUI thread, the installed packs for File > Knowledge pack.
        self.window.runner.run(_installed_pack_ids, self.window.show_installed_packs, lambda _error: None)

    def integrity_failed(self, error: BaseException) -> None:
        """The background check found damage: stop writing to the file and offer the way out."""
        from PySide6.QtCore import QCoreApplication

        from desktop_app.gui.log_recovery import recover
        from desktop_app.gui.problem_message import NoticeMessage
        from desktop_app.services.caselog import CaseLogDamaged

        if not isinstance(error, CaseLogDamaged) or self.log is None:
            return  # not damage (e.g. the disk was busy): the next start checks again
        self.close_log()
        if recover(error, self.window):
            NoticeMessage.tell(
                self.window,
                QCoreApplication.translate("Startup", "Start NeutroHold again"),
                QCoreApplication.translate("Startup", "Start NeutroHold again to use the case log."),
            )
        self.stop(1)

    def stop(self, code: int) -> None:
        from PySide6.QtWidgets import QApplication

        # Leave the event loop with the code; closing the window here would make Qt quit with 0.
        self.exit_code = code
        QApplication.exit(code)

    def close_log(self) -> None:
        if self.log is not None:
            self.log.close()
            self.log = None


def _checked_pack(overrides: Path | None, pack_id: str | None = None) -> Pack:
    """On a worker: the pack in force (`--pack`, else the only or default one), self-checked (or its pass
    remembered), and the form's modules imported."""
    from desktop_app.services import packs

    pack = packs.open_pack(overrides) if pack_id is None else packs.open_pack(overrides, pack_id)
    # Importing these defines classes only (no widget is made off the GUI thread); set_pack then builds at once.
    import desktop_app.gui.case_form  # noqa: F401
    import desktop_app.gui.case_log  # noqa: F401
    import desktop_app.gui.case_session  # noqa: F401
    import desktop_app.gui.lab_import  # noqa: F401
    import desktop_app.gui.live_evaluation  # noqa: F401
    import desktop_app.gui.log_session  # noqa: F401
    import desktop_app.gui.print_desk  # noqa: F401
    import desktop_app.gui.recommendation_panel  # noqa: F401

    return pack


def _installed_pack_ids() -> tuple[str, ...]:
    """On a worker: the ids of the installed packs (shipped, then the site's), for the window's pack menu."""
    from desktop_app.services.packs import pack_dirs

    return tuple(dict.fromkeys(folder.name for folder in pack_dirs()))


def _prewarm_writes(pack: Pack | None) -> None:
    """On a worker: what the first save, the first case opened and the first print would otherwise
    load on the GUI thread (see services.warmup), and the printouts."""
    from desktop_app.services.warmup import prepare_first_use

    prepare_first_use(pack)
    import PySide6.QtPrintSupport  # noqa: F401

    import desktop_app.services.printing  # noqa: F401


def run(args: argparse.Namespace) -> int:
    """Run the window until it is closed; 2 without a display, 1 when the pack or the log cannot be used."""
    if not display_available():
        print(NO_DISPLAY, file=sys.stderr)
        return 2

    from PySide6.QtWidgets import QApplication

    from desktop_app import __version__
    from desktop_app.gui.module_sources import forget_module_sources

    forget_module_sources()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("NeutroHold")
    app.setOrganizationName("NeutroHold")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("neutrohold")
    from desktop_app.gui.language import install_saved_language

    install_saved_language(app)  # before any widget is made: widgets take their words when built
    windows = Windows(app, args)
    windows.open(args)
    try:
        code = app.exec()
    finally:
        # A start that failed leaves the event loop with the window still up: take it down (hide, not close,
        # which would start Qt's own quit). Then the log, once nothing can use it any more.
        windows.window.hide()
        windows.startup.close_log()
    startup = windows.startup
    return startup.exit_code if startup.exit_code is not None else code


class Windows:
    """The app's one window at a time: opened with a pack, and opened again when another pack is chosen."""

    def __init__(self, app: QApplication, args: argparse.Namespace) -> None:
        self.app = app
        self.args = args

    def open(self, args: argparse.Namespace) -> None:
        from PySide6.QtCore import QTimer

        from desktop_app.gui.main_window import MainWindow

        self.window = MainWindow()
        self.startup = Startup(self.window, args)
        self.window.pack_change_requested.connect(self.switch_pack)
        self.window.show()
        QTimer.singleShot(0, self.startup.begin)

    def switch_pack(self, pack_id: str) -> None:
        """Close the window as on quitting (the case in the form kept as a draft, or the clinician asked; a
        cancel keeps everything as it is), then open it again with pack `pack_id` and the same case log."""
        old_window, old_startup = self.window, self.startup
        self.app.setQuitOnLastWindowClosed(False)  # the window closing here is not the app quitting
        try:
            if not old_window.close() and not self._closed_once_kept(old_window):
                return  # the clinician chose Cancel, or the case could not be kept: nothing changes
            old_startup.close_log()
            self.open(argparse.Namespace(**{**vars(self.args), "window_pack": pack_id}))
        finally:
            self.app.setQuitOnLastWindowClosed(True)
        old_window.deleteLater()

    def _closed_once_kept(self, window: MainWindow, seconds: float = 10.0) -> bool:
        """Whether the window closes once the case typed in it is kept as a draft (a write of a few ms, on the
        log's worker); False when it stays open (the clinician was asked, and kept it)."""
        import time

        session = getattr(window, "session", None)
        if session is None or not session.closing_later:
            return not window.isVisible()
        deadline, after = time.monotonic() + seconds, 0
        # Kept: the session asks the window to close on the next turn of the event loop (a few turns to spare).
        while window.isVisible() and time.monotonic() < deadline and after < 5:
            window.log_runner.wait_until_idle()
            self.app.processEvents()
            after += 0 if session.closing_later else 1
        return not window.isVisible()
