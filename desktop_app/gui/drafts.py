"""The dialog that offers back a case left unsaved when NeutroHold last stopped; the draft keys and locks are in services.drafts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop_app.gui.words import app_words
from desktop_app.services.drafts import (
    DRAFT_PREFIX,
    LOCK_SUFFIX,
    STALE_LOCK_SECONDS,
    DraftAnswer,
    InstanceLock,
    draft_payload,
    draft_summary,
    instance_alive,
    instances_dir,
    is_leftover,
    new_draft_key,
    release_draft_key,
    sweep_dead_instances,
)

__all__ = [
    "DRAFT_PREFIX",
    "LOCK_SUFFIX",
    "STALE_LOCK_SECONDS",
    "DraftAnswer",
    "DraftDialog",
    "InstanceLock",
    "draft_payload",
    "draft_summary",
    "instance_alive",
    "instances_dir",
    "is_leftover",
    "new_draft_key",
    "release_draft_key",
    "sweep_dead_instances",
]


class DraftDialog(QDialog):
    """Restore or discard a case that was being entered when NeutroHold last stopped."""

    def __init__(self, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftDialog")
        self.setAccessibleName(app_words("a11y.name.unsaved_case_found"))
        self.setWindowTitle(QCoreApplication.translate("DraftDialog", "Unsaved case found"))
        self.answer: DraftAnswer | None = None
        layout = QVBoxLayout(self)
        text = QLabel(
            QCoreApplication.translate(
                "DraftDialog",
                "A case was being entered and not saved when NeutroHold last closed or stopped.\n\n{summary}\n\nRestore it to carry on, or discard it.",
            ).format(summary=summary),
            self,
        )
        text.setObjectName("draftSummaryLabel")
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        layout.addWidget(text)
        buttons = QDialogButtonBox(self)
        restore = buttons.addButton(QCoreApplication.translate("DraftDialog", "&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        restore.setObjectName("draftRestoreButton")
        restore.setAccessibleName(app_words("a11y.name.restore_the_unsaved_case"))
        discard = buttons.addButton(
            QCoreApplication.translate("DraftDialog", "&Discard"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        discard.setObjectName("draftDiscardButton")
        discard.setAccessibleName(app_words("a11y.name.discard_the_unsaved_case"))
        restore.setDefault(True)
        restore.clicked.connect(lambda: self._answer("restore"))
        discard.clicked.connect(lambda: self._answer("discard"))
        layout.addWidget(buttons)

    def _answer(self, answer: DraftAnswer) -> None:
        self.answer = answer
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, summary: str) -> DraftAnswer | None:
        """ "restore", "discard", or None (closed: keep it for next time). Tests replace this."""
        dialog = cls(summary, parent)
        try:
            dialog.exec()
            return dialog.answer
        finally:
            dialog.deleteLater()
