"""Opening the case log at start-up, with a way out when it is damaged, refused or busy.

A damaged file is never deleted or overwritten: it is moved aside under a timestamped name (with
its -wal/-shm files), and then either the latest backup is copied into its place or a new, empty
log is started there.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from desktop_app.services.caselog import CaseLog, CaseLogDamaged

DamagedAnswer = Literal["backup", "new", "quit"]
SIDE_FILES = ("-wal", "-shm")


class DamagedLogDialog:
    """The log file failed its integrity check: open the latest backup, start a new log, or quit. Tests replace ask."""

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path, detail: str, backup: Path | None) -> DamagedAnswer:
        box = QMessageBox(parent)
        box.setObjectName("damagedLogDialog")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("LogRecovery", "The case log is damaged"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            QCoreApplication.translate("LogRecovery", "The case log cannot be read safely:\n{path}\n\n({detail})").format(
                path=path, detail=detail
            )
        )
        if backup is not None:
            informative = QCoreApplication.translate(
                "LogRecovery",
                "The damaged file will be kept, renamed, for recovery. You can open the latest backup ({backup}), "
                "start a new, empty case log in its place, or quit and ask for help.",
            ).format(backup=backup.name)
        else:
            informative = QCoreApplication.translate(
                "LogRecovery",
                "The damaged file will be kept, renamed, for recovery. You can open a backup (none was found), "
                "start a new, empty case log in its place, or quit and ask for help.",
            )
        box.setInformativeText(informative)
        choices: dict[object, DamagedAnswer] = {}
        if backup is not None:
            button = box.addButton(
                QCoreApplication.translate("LogRecovery", "Open the latest &backup"), QMessageBox.ButtonRole.AcceptRole
            )
            button.setObjectName("openBackupButton")
            choices[button] = "backup"
        new = box.addButton(QCoreApplication.translate("LogRecovery", "Start a &new log"), QMessageBox.ButtonRole.DestructiveRole)
        new.setObjectName("newLogButton")
        choices[new] = "new"
        quit_button = box.addButton(QCoreApplication.translate("LogRecovery", "&Quit"), QMessageBox.ButtonRole.RejectRole)
        quit_button.setObjectName("quitButton")
        choices[quit_button] = "quit"
        box.setEscapeButton(quit_button)
        try:
            box.exec()
            return choices.get(box.clickedButton(), "quit")
        finally:
            box.deleteLater()


def move_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename the damaged log (and its -wal/-shm) to `<name>.damaged-<timestamp>`; never over an existing file."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    serial = 1
    while any(Path(str(target) + suffix).exists() for suffix in ("", *SIDE_FILES)):
        serial += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{serial}")
    for suffix in SIDE_FILES:
        side = Path(str(path) + suffix)
        if side.exists():
            os.rename(side, Path(str(target) + suffix))
    os.rename(path, target)
    return target


def _cannot_open(parent: QWidget | None, text: str) -> None:
    from desktop_app.gui.problem_message import StopMessage

    StopMessage.tell(parent, QCoreApplication.translate("LogRecovery", "NeutroHold cannot open the case log"), text)


# At start the window waits this long for another program's lock, then opens the log read-only.
START_BUSY_TIMEOUT_SECONDS = 2.0


class ReadOnlyStartNotice:
    """The log can be read but not written at start (locked, read-only file or folder). Tests replace tell."""

    @classmethod
    def tell(cls, parent: QWidget | None, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("LogRecovery", "The case log is read-only"),
            text,
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("readOnlyStartNotice")
        box.setTextFormat(Qt.TextFormat.PlainText)
        try:
            box.exec()
        finally:
            box.deleteLater()


# Once a worker has found the log free, the GUI thread opens it with no more than this wait (a lock taken
# in between makes a read-only window, with "Try again").
QUICK_BUSY_TIMEOUT_SECONDS = 0.05
# ...after which its connection waits as every other does (store.BUSY_TIMEOUT_SECONDS, 10 s, in ms; a
# constant statement: no SQL is built by formatting).
USUAL_BUSY_TIMEOUT_PRAGMA = "PRAGMA busy_timeout = 10000"


@dataclass(frozen=True)
class TrialOpen:
    """What a worker found when it opened (and closed again) the log, waiting for a lock as long as a start may.

    `error` is None when the log opened for writing; for a busy log, `readable` says whether a
    read-only connection could read it meanwhile.
    """

    error: Exception | None = None
    readable: bool = True


def try_open(db: Path | None, check_integrity: bool = False, busy_timeout: float = START_BUSY_TIMEOUT_SECONDS) -> TrialOpen:
    """On a worker: open the log as the window would (creating it on a first start), then close it again.

    The connection itself must be made on the GUI thread, which owns it; this does the waiting for
    another program's lock (up to `busy_timeout`) and the first start's creation off that thread.
    """
    from desktop_app.services import caselog, log_writes

    try:
        caselog.open_log(db, check_integrity=check_integrity, busy_timeout=busy_timeout).close()
    except caselog.CaseLogBusy as busy:
        try:
            caselog.open_log(
                db, check_integrity=False, create=False, read_only=True, busy_timeout=log_writes.WAIT_BEFORE_SAYING_SECONDS
            ).close()
        except caselog.CaseLogBusy:
            return TrialOpen(busy, readable=False)
        except (caselog.CaseLogError, OSError):
            pass  # said when the GUI thread opens it read-only
        return TrialOpen(busy)
    except (caselog.CaseLogError, OSError) as exc:
        return TrialOpen(exc)
    return TrialOpen()


def open_log_or_explain(db: Path | None, parent: QWidget | None = None, check_integrity: bool = True) -> CaseLog | None:
    """The open case log, or None once the user has been told why not (the app then quits with 1)."""
    opened = open_for_window(db, parent, check_integrity)
    return None if opened is None else opened[0]


def open_for_window(
    db: Path | None, parent: QWidget | None = None, check_integrity: bool = True, trial: TrialOpen | None = None
) -> tuple[CaseLog, str | None] | None:
    """The log and, when it can only be read, why (the window is then read-only); None once the user was told why not.

    A log locked by another program, or a file or folder this user cannot write, is neither damage
    nor a reason to start a new log: it is opened read-only, and the clinician is told.
    With `trial` (what `try_open` found on a worker) the GUI thread does not wait for a lock again.
    """
    from desktop_app.services import caselog

    tries = 0
    while True:
        tries += 1
        try:
            if trial is None:
                return caselog.open_log(db, check_integrity=check_integrity, busy_timeout=START_BUSY_TIMEOUT_SECONDS), None
            if tries == 1 and trial.error is not None:
                raise trial.error
            return _opened_at_once(db, check_integrity), None
        except caselog.CaseLogDamaged as damaged:
            if tries > 2:
                _cannot_open(
                    parent,
                    f"{damaged}\n\n"
                    + QCoreApplication.translate("LogRecovery", "NeutroHold will close; keep the renamed files for recovery."),
                )
                return None
            if not recover(damaged, parent):
                return None
        except caselog.CaseLogBusy as exc:
            readable = trial is None or trial.readable or tries > 1
            reason = QCoreApplication.translate("LogRecovery", "another program holds the case log's lock.")
            return _read_only(db, parent, reason, str(exc), readable, locked=True)
        except caselog.CaseLogReadOnly as exc:
            reason = QCoreApplication.translate("LogRecovery", "this user cannot write to the case log file or its folder.")
            return _read_only(db, parent, reason, str(exc))
        except caselog.CaseLogRefused as exc:
            _cannot_open(parent, f"{exc}.\n\n" + _will_close())
            return None
        except OSError as exc:
            text = QCoreApplication.translate("LogRecovery", "The case log {path} cannot be opened ({error}).")
            _cannot_open(parent, text.format(path=caselog.caselog_path(db), error=exc.strerror or exc) + "\n\n" + _will_close())
            return None


def _will_close() -> str:
    return QCoreApplication.translate("LogRecovery", "NeutroHold will close.")


def _opened_at_once(db: Path | None, check_integrity: bool) -> CaseLog:
    """The log a worker has just found free, opened on the GUI thread without waiting; later reads wait as usual."""
    from desktop_app.services import caselog

    log = caselog.open_log(db, check_integrity=check_integrity, busy_timeout=QUICK_BUSY_TIMEOUT_SECONDS)
    log.conn.execute(USUAL_BUSY_TIMEOUT_PRAGMA)
    return log


def _read_only(
    db: Path | None, parent: QWidget | None, reason: str, detail: str, readable: bool = True, locked: bool = False
) -> tuple[CaseLog, str] | None:
    from desktop_app.services import caselog, log_writes

    path = caselog.caselog_path(db)
    try:
        if not readable:  # a worker found even reading blocked: do not wait for it again here
            raise caselog.CaseLogBusy(detail)
        log = caselog.open_log(
            db, check_integrity=False, create=False, read_only=True, busy_timeout=log_writes.WAIT_BEFORE_SAYING_SECONDS
        )
    except caselog.CaseLogBusy:
        log = log_writes.open_locked_read_only(path)  # read once the other program lets go (F5)
    except caselog.CaseLogError as exc:
        _cannot_open(parent, f"{exc}.\n\n" + _will_close())
        return None
    if locked:
        reason += " " + QCoreApplication.translate(
            "LogRecovery", "Press Try again (or start NeutroHold again) to save once that program has finished."
        )
    text = QCoreApplication.translate(
        "LogRecovery",
        "The case log {path} cannot be written now: {reason}\n\n({detail})\n\n"
        "NeutroHold opens it read-only: cases can be viewed and printed, but nothing can be saved. Nothing in the file was changed.",
    )
    ReadOnlyStartNotice.tell(parent, text.format(path=path, reason=reason, detail=detail))
    return log, reason


def recover(damaged: CaseLogDamaged, parent: QWidget | None) -> bool:
    """Do what the user chose for a damaged log; False to quit."""
    answer = DamagedLogDialog.ask(parent, damaged.path, damaged.detail, damaged.latest_backup)
    if answer == "quit" or (answer == "backup" and damaged.latest_backup is None):
        return False
    from desktop_app.services import caselog

    try:
        if answer == "backup":
            assert damaged.latest_backup is not None
            # Checked, written beside the log, synced and linked into place; the damaged files are kept.
            kept = caselog.restore(damaged.latest_backup, damaged.path, "damaged").kept[0]
        else:
            kept = move_aside(damaged.path)
    except caselog.CaseLogError as exc:
        text = QCoreApplication.translate(
            "LogRecovery", "The backup could not be put in place ({error}); nothing was deleted."
        ).format(error=exc)
        _cannot_open(parent, text + "\n\n" + _will_close())
        return False
    except OSError as exc:
        text = QCoreApplication.translate(
            "LogRecovery", "The damaged case log could not be moved aside ({error}); nothing was deleted."
        ).format(error=exc)
        _cannot_open(parent, text + "\n\n" + _will_close())
        return False
    from desktop_app.gui.problem_message import NoticeMessage

    kept_text = QCoreApplication.translate("LogRecovery", "The damaged case log was kept as\n{file}").format(file=kept)
    if answer == "backup":
        in_use = QCoreApplication.translate("LogRecovery", "The latest backup is now in use.")
    else:
        in_use = QCoreApplication.translate("LogRecovery", "A new, empty case log is now in use.")
    NoticeMessage.tell(parent, QCoreApplication.translate("LogRecovery", "Case log replaced"), kept_text + "\n\n" + in_use)
    return True
