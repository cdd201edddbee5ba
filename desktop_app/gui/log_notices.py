"""What the window says about its case log beside Save: read-only, waiting for the lock, a draft not kept; and the questions it asks."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop_app.gui.case_session import CloseAnswer
from desktop_app.gui.theme import set_role

__all__ = ["CloseAnswer", "LogNotices", "SwapAnswer", "SwappedLogDialog", "UnsavedCloseDialog"]
SwapAnswer = Literal["reopen", "adopt", "cancel"]


class LogNotices(QWidget):
    """Three plain-text notices, each hidden until it applies; their objectNames are for tests and screen readers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logNotices")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.read_only = self._notice(
            "logReadOnlyNotice", QCoreApplication.translate("LogNotices", "Case log read-only"), "warnings"
        )
        self.waiting = self._notice(
            "logWaitingNotice", QCoreApplication.translate("LogNotices", "Waiting for the case log"), "muted"
        )
        self.draft_failed = self._notice(
            "draftFailedNotice", QCoreApplication.translate("LogNotices", "Unsaved case not kept"), "warnings"
        )
        # Under the read-only notice of a window that started read-only: open the log again for saving.
        self.retry = QPushButton(QCoreApplication.translate("LogNotices", "Tr&y again"), self)
        self.retry.setObjectName("logRetryButton")
        self.retry.setAccessibleName(QCoreApplication.translate("LogNotices", "Try again"))
        retry_words = QCoreApplication.translate(
            "LogNotices", "Open the case log again for saving, once the other program has let it go"
        )
        self.retry.setAccessibleDescription(retry_words)
        self.retry.setToolTip(retry_words)
        self.retry.hide()
        retry_row = QHBoxLayout()
        retry_row.addWidget(self.retry)
        retry_row.addStretch(1)
        layout.addWidget(self.read_only)
        layout.addLayout(retry_row)
        for label in (self.waiting, self.draft_failed):
            layout.addWidget(label)

    def _notice(self, name: str, accessible: str, role: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        set_role(label, role)
        label.hide()
        return label

    @staticmethod
    def show_text(label: QLabel, text: str | None) -> None:
        label.setText(text or "")
        label.setVisible(bool(text))


class UnsavedCloseDialog:
    """Closing with an unsaved case that is not kept as a draft: Save, Discard or Cancel. Tests replace ask."""

    @classmethod
    def ask(cls, parent: QWidget | None, reason: str, can_save: bool) -> CloseAnswer:
        box = QMessageBox(parent)
        box.setObjectName("unsavedCloseDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("LogNotices", "Unsaved case"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            QCoreApplication.translate("LogNotices", "The case being entered is not saved, and it could not be kept as a draft.")
        )
        box.setInformativeText(
            f"{reason}\n\n" + QCoreApplication.translate("LogNotices", "If you close now, what was typed is lost.")
        )
        buttons = QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        if can_save:
            buttons |= QMessageBox.StandardButton.Save
        box.setStandardButtons(buttons)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        try:
            chosen = box.exec()
        finally:
            box.deleteLater()
        if chosen == QMessageBox.StandardButton.Save:
            return "save"
        if chosen == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"


class SwappedLogDialog:
    """The log file was replaced or moved under the window: nothing was written. Tests replace ask."""

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path) -> SwapAnswer:
        box = QMessageBox(parent)
        box.setObjectName("swappedLogDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("LogNotices", "The case log file was replaced"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            QCoreApplication.translate(
                "LogNotices",
                "The file {path} is no longer the case log this window opened: another program moved, "
                "replaced or restored it. Nothing was written to it.",
            ).format(path=path)
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "LogNotices",
                "Open the file now at that name read-only, to look at it; keep working on it as this "
                "window's case log, if you know it is the right one; or cancel and keep the form as it is.",
            )
        )
        reopen = box.addButton(QCoreApplication.translate("LogNotices", "Open it &read-only"), QMessageBox.ButtonRole.AcceptRole)
        reopen.setObjectName("reopenReadOnlyButton")
        adopt = box.addButton(
            QCoreApplication.translate("LogNotices", "&Keep working on the new file"), QMessageBox.ButtonRole.DestructiveRole
        )
        adopt.setObjectName("adoptNewFileButton")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(reopen)
        box.setEscapeButton(cancel)
        try:
            box.exec()
            clicked = box.clickedButton()
        finally:
            box.deleteLater()
        if clicked is reopen:
            return "reopen"
        if clicked is adopt:
            return "adopt"
        return "cancel"
