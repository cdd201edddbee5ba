"""File > Synchronise…: exchange cases with other workstations through a shared folder, off the GUI thread.

The folder is read for workstations seen for the first time (background), the user confirms them by
fingerprint in a dialog, then the sync runs on the background runner on a connection of its own (the
window's connection belongs to the GUI thread) and the case log is read again afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.problem_message import ProblemMessage

if TYPE_CHECKING:
    from desktop_app.gui.tasks import Runner
    from desktop_app.services.log_exchange import SyncReport
    from desktop_app.services.workstation import WorkstationKey


def _plain(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class TrustDialog(QDialog):
    """Lists workstations seen in the folder for the first time, each with its fingerprint, to trust or not."""

    def __init__(self, parent: QWidget | None, fresh: Sequence[WorkstationKey]) -> None:
        super().__init__(parent)
        self.setObjectName("trustDialog")
        self.setWindowTitle(QCoreApplication.translate("TrustDialog", "New workstations in the folder"))
        layout = QVBoxLayout(self)
        layout.addWidget(_plain(
            QCoreApplication.translate("TrustDialog",
                "These workstations share the folder for the first time. Trust one only when its fingerprint matches "
                "the one its own NeutroHold shows (neutrohold log workstation): read it out over the phone.",
            ),
            self,
        ))  # fmt: skip
        self.choices: dict[str, QCheckBox] = {}
        for key in fresh:
            shown = QCoreApplication.translate("TrustDialog", "{name} ({id})\nfingerprint {fingerprint}")
            box = QCheckBox(shown.format(name=key.name, id=key.id, fingerprint=key.fingerprint), self)
            box.setObjectName(f"trust-{key.id}")
            spoken = QCoreApplication.translate("TrustDialog", "Trust workstation {name}, fingerprint {fingerprint}")
            box.setAccessibleName(spoken.format(name=key.name, fingerprint=key.fingerprint))
            self.choices[key.id] = box
            layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        return [key_id for key_id, box in self.choices.items() if box.isChecked()]

    @classmethod
    def ask(cls, parent: QWidget | None, fresh: Sequence[WorkstationKey]) -> list[str] | None:
        """The ids the user trusts (possibly none), or None when the sync is cancelled."""
        dialog = cls(parent, fresh)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


def choose_folder(parent: QWidget | None) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("SyncDesk", "Synchronise with the workstations in folder"), str(Path.home())
    )
    return Path(chosen) if chosen else None


def describe(report: SyncReport) -> str:
    lines = []
    if report.written is not None:
        wrote = QCoreApplication.translate("SyncDesk", "Wrote {cases} cases of this workstation to {file}.")
        lines.append(wrote.format(cases=report.written_cases, file=report.written))
    else:
        lines.append(QCoreApplication.translate("SyncDesk", "The folder already holds every record of this workstation."))
    imported = QCoreApplication.translate("SyncDesk", "Imported {cases} cases from {files} files.")
    lines.append(imported.format(cases=report.added_cases, files=len(report.imported)))
    trusted = QCoreApplication.translate("SyncDesk", "Trusted new workstation {name}, fingerprint {fingerprint}.")
    lines += [trusted.format(name=key.name, fingerprint=key.fingerprint) for key in report.enrolled]
    untrusted = QCoreApplication.translate("SyncDesk", "Not trusted, not imported: {name}, fingerprint {fingerprint}.")
    lines += [untrusted.format(name=key.name, fingerprint=key.fingerprint) for key in report.untrusted]
    return "\n".join(lines)


def run_sync(log_path: Path, folder: Path, trusted: Sequence[str]) -> SyncReport:
    """The whole sync, on a worker thread, on a connection of its own."""
    from desktop_app.services import caselog
    from desktop_app.services.log_exchange import sync

    with caselog.open_log(log_path, check_integrity=False, create=False) as log:
        return sync(log, folder, trust_new=list(trusted))


def fresh_workstations(folder: Path) -> list[WorkstationKey]:
    from desktop_app.services.log_exchange import new_workstations

    return new_workstations(folder)


class SyncDesk(QObject):
    """Runs File > Synchronise… for one window."""

    def __init__(
        self, parent: QWidget, runner: Runner, log_path: Callable[[], Path | None], refresh: Callable[[], None],
        say: Callable[[str, int], None],
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("syncDesk")
        self._parent = parent
        self._runner = runner
        self._log_path = log_path
        self._refresh = refresh
        self._say = say
        self.last_report: SyncReport | None = None

    def start(self, folder: Path | None = None) -> None:
        path = self._log_path()
        if path is None:
            ProblemMessage.tell(
                self._parent,
                QCoreApplication.translate("SyncDesk", "Synchronise"),
                QCoreApplication.translate("SyncDesk", "No case log is open; there is nothing to synchronise."),
            )
            return
        folder = folder if folder is not None else choose_folder(self._parent)
        if folder is None:
            return
        self._say(QCoreApplication.translate("SyncDesk", "Reading {folder}…").format(folder=folder), 3000)
        self._runner.run(lambda: fresh_workstations(folder), lambda fresh: self._confirm(path, folder, fresh), self._failed)

    def _confirm(self, path: Path, folder: Path, fresh: list[WorkstationKey]) -> None:
        trusted: list[str] = []
        if fresh:
            chosen = TrustDialog.ask(self._parent, fresh)
            if chosen is None:
                self._say(QCoreApplication.translate("SyncDesk", "Synchronisation cancelled; nothing was written."), 5000)
                return
            trusted = chosen
        self._say(QCoreApplication.translate("SyncDesk", "Synchronising with {folder}…").format(folder=folder), 3000)
        self._runner.run(lambda: run_sync(path, folder, trusted), self._done, self._failed)

    def _done(self, report: SyncReport) -> None:
        self.last_report = report
        self._refresh()
        summary = describe(report)
        if report.refused:
            refused = QCoreApplication.translate("SyncDesk", "Refused (nothing of these files was imported):")
            ProblemMessage.tell(
                self._parent, QCoreApplication.translate("SyncDesk", "Synchronisation: files refused"),
                summary + "\n\n" + refused + "\n" + "\n".join(report.refused),
            )  # fmt: skip
        self._say(summary.replace("\n", " "), 10000)

    def _failed(self, error: BaseException) -> None:
        ProblemMessage.tell(
            self._parent,
            QCoreApplication.translate("SyncDesk", "Synchronisation failed"),
            QCoreApplication.translate("SyncDesk", "The synchronisation failed; nothing was half-written.") + f"\n\n{error}",
        )
