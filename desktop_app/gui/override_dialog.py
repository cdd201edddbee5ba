"""The dialog in which a clinician records a different decision than the recommendation, with a coded reason."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
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

from desktop_app.gui.language import translatable
from desktop_app.gui.theme import set_role
from desktop_app.gui.words import app_words, decision_phrase

# The case log's coded reasons (caselog.schema.OVERRIDE_REASONS), in words for the screen.
REASON_WORDS: dict[str, str] = {
    "patient_preference": translatable("OverrideDialog", "Patient's informed preference"),
    "specialist_advice": translatable("OverrideDialog", "Specialist advice (haematology, infectious diseases)"),
    "alternative_cause": translatable("OverrideDialog", "Another cause explains the findings"),
    "other_clinical_judgement": translatable("OverrideDialog", "Other clinical judgement (say why below)"),
}
DECISIONS_TAKEN = ("withhold", "resume", "continue")  # what a clinician may record instead (in the pack's words)
MAX_TEXT = 4000


@dataclass(frozen=True)
class OverrideChoice:
    decision_taken: str
    reason: str
    text: str


class ClinicianOverrideDialog(QDialog):
    """Decision taken (never the recommended one), coded reason, free text; OK only when complete."""

    def __init__(self, recommended: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clinicianOverrideDialog")
        self.setAccessibleName(app_words("a11y.name.record_a_different_decision"))
        self.setWindowTitle(QCoreApplication.translate("ClinicianOverrideDialog", "Record a different decision"))
        layout = QVBoxLayout(self)
        lead = QLabel(
            QCoreApplication.translate(
                "ClinicianOverrideDialog",
                "The recommendation was: {decision}.\nRecord what you decided instead and why. It is kept in the case log with your name and printed.",
            ).format(decision=decision_phrase(recommended)),
            self,
        )
        lead.setObjectName("overrideLeadLabel")
        lead.setTextFormat(Qt.TextFormat.PlainText)
        lead.setWordWrap(True)
        layout.addWidget(lead)
        form = QFormLayout()
        self.decision = QComboBox(self)
        self.decision.setObjectName("overrideDecisionCombo")
        self.decision.setAccessibleName(app_words("a11y.name.decision_taken"))
        for value in DECISIONS_TAKEN:
            if value != recommended:
                self.decision.addItem(decision_phrase(value), value)
        self.reason = QComboBox(self)
        self.reason.setObjectName("overrideReasonCombo")
        self.reason.setAccessibleName(app_words("a11y.name.reason"))
        for value, words in REASON_WORDS.items():
            self.reason.addItem(QCoreApplication.translate("OverrideDialog", words), value)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("overrideTextEdit")
        self.text.setAccessibleName(app_words("a11y.name.why_in_your_words"))
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            QCoreApplication.translate("ClinicianOverrideDialog", "Optional, except for other clinical judgement")
        )
        decision_label = QLabel(QCoreApplication.translate("ClinicianOverrideDialog", "&Decision taken"), self)
        reason_label = QLabel(QCoreApplication.translate("ClinicianOverrideDialog", "&Reason"), self)
        text_label = QLabel(QCoreApplication.translate("ClinicianOverrideDialog", "&Why"), self)
        for label, field in ((decision_label, self.decision), (reason_label, self.reason), (text_label, self.text)):
            label.setBuddy(field)
            form.addRow(label, field)
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setObjectName("overrideProblemLabel")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.problem, "fieldError")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(QCoreApplication.translate("ClinicianOverrideDialog", "Record decision"))
        ok.setObjectName("overrideOkButton")
        ok.setAccessibleName(app_words("a11y.name.record_decision"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("overrideCancelButton")
        cancel.setAccessibleName(app_words("a11y.name.cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.currentIndexChanged.connect(self._check)
        self.text.textChanged.connect(self._check)
        self._check()

    def problem_text(self) -> str:
        """Why the choice cannot be recorded yet ("" when it can); the log service checks the same."""
        text = self.text.toPlainText().strip()
        if self.reason.currentData() == "other_clinical_judgement" and not text:
            return QCoreApplication.translate(
                "ClinicianOverrideDialog", "Say in a few words why, when the reason is other clinical judgement."
            )
        if len(text) > MAX_TEXT:
            return QCoreApplication.translate(
                "ClinicianOverrideDialog", "Keep the explanation under {MAX_TEXT} characters ({length} now)."
            ).format(MAX_TEXT=MAX_TEXT, length=len(text))
        return ""

    def _check(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def to_model(self) -> OverrideChoice:
        return OverrideChoice(self.decision.currentData(), self.reason.currentData(), self.text.toPlainText().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, recommended: str) -> OverrideChoice | None:
        """Show the dialog; the choice, or None when cancelled. Tests replace this."""
        dialog = cls(recommended, parent)
        try:
            return dialog.to_model() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def clinician_decision_text(decision_taken: str, reason: str, text: str, who: str, at: str) -> str:
    """The line the panel shows for a recorded override."""
    why = f" — {text}" if text else ""
    reason_words = QCoreApplication.translate("OverrideDialog", REASON_WORDS[reason]).split(" (")[0]
    return QCoreApplication.translate("OverrideDialog", "Clinician decided: {decision} ({reason}) by {who} at {at}{why}").format(
        decision=decision_phrase(decision_taken), reason=reason_words, who=who, at=at, why=why
    )
