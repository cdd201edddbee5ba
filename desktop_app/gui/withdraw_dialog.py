"""Ask which entry to withdraw as "entered in error" and why; the reason is required."""

from __future__ import annotations


from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

MAX_REASON = 4000


class WithdrawDialog(QDialog):
    """Choose the evaluation, a tick or an override of the shown case, and say why it is withdrawn."""

    def __init__(self, parent: QWidget | None, choices: Sequence[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setObjectName("withdrawDialog")
        self.setWindowTitle(QCoreApplication.translate("WithdrawDialog", "Withdraw an entry entered in error"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "WithdrawDialog",
                "The entry stays in the log and in the history, struck through, with your name, the time and "
                "your reason. It no longer counts for the worklist, replay or the CSV export.",
            ),
            self,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.target = QComboBox(self)
        self.target.setObjectName("withdrawTargetCombo")
        self.target.setAccessibleName(QCoreApplication.translate("WithdrawDialog", "Entry to withdraw"))
        for record_id, label in choices:
            self.target.addItem(label, record_id)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("withdrawReasonEdit")
        self.reason.setAccessibleName(QCoreApplication.translate("WithdrawDialog", "Reason for withdrawing (required)"))
        self.reason.setTabChangesFocus(True)
        self.problem = QLabel("", self)
        self.problem.setObjectName("withdrawReasonProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(QCoreApplication.translate("WithdrawDialog", "&Entry"), self.target)
        form.addRow(QCoreApplication.translate("WithdrawDialog", "&Reason"), self.reason)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("withdrawButtons")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("WithdrawDialog", "Withdraw"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _accept(self) -> None:
        text = self.reason.toPlainText().strip()
        if not text or len(text) > MAX_REASON:
            self.problem.setText(
                QCoreApplication.translate("WithdrawDialog", "Say why the entry is withdrawn (1 to 4000 characters).")
            )
            self.reason.setProperty("invalid", True)
            self.reason.setFocus()
            return
        self.accept()

    def choice(self) -> tuple[str, str]:
        return str(self.target.currentData()), self.reason.toPlainText().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, choices: Sequence[tuple[str, str]]) -> tuple[str, str] | None:
        """(record id, reason), or None when cancelled. Tests replace this."""
        dialog = cls(parent, choices)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
