"""Preferences: who is using the app, for which site, and how printouts are made by default."""

from __future__ import annotations


from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.language import LANGUAGE_CHOICES, SYSTEM, translatable

if TYPE_CHECKING:
    from desktop_app.models import Audience

PaperSize = Literal["a4", "letter"]
# The choices' words are marked for the catalogue here and translated where the combo boxes are filled.
PAPER_SIZES: tuple[tuple[str, PaperSize], ...] = (
    (translatable("PreferencesDialog", "A4"), "a4"),
    (translatable("PreferencesDialog", "US Letter"), "letter"),
)
AUDIENCES: tuple[tuple[str, Audience], ...] = (
    (translatable("PreferencesDialog", "Clinician summary"), "clinician"),
    (translatable("PreferencesDialog", "Patient handout"), "patient"),
)
Contrast = Literal["system", "high", "standard"]
CONTRASTS: tuple[tuple[str, Contrast], ...] = (
    (translatable("PreferencesDialog", "Follow the system"), "system"),
    (translatable("PreferencesDialog", "High contrast"), "high"),
    (translatable("PreferencesDialog", "Standard"), "standard"),
)
LANGUAGES: tuple[str, ...] = tuple(code for code, _name in LANGUAGE_CHOICES)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PreferencesDialog", text)


@dataclass(frozen=True)
class Preferences:
    clinician_name: str = ""
    site_name: str = ""
    paper_size: PaperSize = "a4"
    default_audience: Audience = "clinician"
    contrast: Contrast = "system"
    # Print queues are visible to everyone on the print server: a site may keep the patient out of job names.
    patient_in_job_names: bool = True
    # The window's language ("system": the workstation's, when the window is translated into it); used at start.
    language: str = SYSTEM

    @classmethod
    def read(cls, settings: QSettings) -> Preferences:
        """Saved preferences; a value that is missing or not one of the choices falls back to the default."""
        paper = str(settings.value("preferences/paper_size", "a4"))
        audience = str(settings.value("preferences/default_audience", "clinician"))
        contrast = str(settings.value("preferences/contrast", "system"))
        language = str(settings.value("preferences/language", SYSTEM))
        return cls(
            clinician_name=str(settings.value("preferences/clinician_name", "")),
            site_name=str(settings.value("preferences/site_name", "")),
            paper_size=paper if paper in dict(PAPER_SIZES).values() else "a4",  # type: ignore[arg-type]
            default_audience=audience if audience in dict(AUDIENCES).values() else "clinician",  # type: ignore[arg-type]
            contrast=contrast if contrast in dict(CONTRASTS).values() else "system",  # type: ignore[arg-type]
            patient_in_job_names=str(settings.value("preferences/patient_in_job_names", "true")).lower() != "false",
            language=language if language in LANGUAGES else SYSTEM,
        )

    def write(self, settings: QSettings) -> None:
        settings.setValue("preferences/clinician_name", self.clinician_name)
        settings.setValue("preferences/site_name", self.site_name)
        settings.setValue("preferences/paper_size", self.paper_size)
        settings.setValue("preferences/default_audience", self.default_audience)
        settings.setValue("preferences/contrast", self.contrast)
        settings.setValue("preferences/patient_in_job_names", "true" if self.patient_in_job_names else "false")
        settings.setValue("preferences/language", self.language)
        settings.sync()


class PreferencesDialog(QDialog):
    """A form over Preferences: load() shows them, to_model() reads them back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(QCoreApplication.translate("PreferencesDialog", "Preferences"))
        self.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Preferences"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.clinician_name = QLineEdit(self)
        self.clinician_name.setObjectName("clinicianNameEdit")
        self.clinician_name.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Clinician name"))
        self.clinician_name.setPlaceholderText(
            QCoreApplication.translate("PreferencesDialog", "Recorded with saved cases and ticked pitfalls")
        )
        self.site_name = QLineEdit(self)
        self.site_name.setObjectName("siteNameEdit")
        self.site_name.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Site name"))
        self.site_name.setPlaceholderText(QCoreApplication.translate("PreferencesDialog", "Printed on every page"))
        self.paper_size = QComboBox(self)
        self.paper_size.setObjectName("paperSizeCombo")
        self.paper_size.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Paper size"))
        for text, value in PAPER_SIZES:
            self.paper_size.addItem(_tr(text), value)
        self.audience = QComboBox(self)
        self.audience.setObjectName("defaultAudienceCombo")
        self.audience.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Default printout"))
        for text, audience in AUDIENCES:
            self.audience.addItem(_tr(text), audience)
        form.addRow(QCoreApplication.translate("PreferencesDialog", "&Clinician name"), self.clinician_name)
        form.addRow(QCoreApplication.translate("PreferencesDialog", "&Site name"), self.site_name)
        form.addRow(QCoreApplication.translate("PreferencesDialog", "&Paper size"), self.paper_size)
        self.contrast = QComboBox(self)
        self.contrast.setObjectName("contrastCombo")
        self.contrast.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Contrast"))
        self.contrast.setToolTip(
            QCoreApplication.translate(
                "PreferencesDialog",
                "High contrast: black on white with black borders; Follow the system uses the desktop's accessibility setting",
            )
        )
        for text, contrast in CONTRASTS:
            self.contrast.addItem(_tr(text), contrast)
        form.addRow(QCoreApplication.translate("PreferencesDialog", "&Default printout"), self.audience)
        form.addRow(QCoreApplication.translate("PreferencesDialog", "C&ontrast"), self.contrast)
        self.patient_in_job_names = QCheckBox(
            QCoreApplication.translate("PreferencesDialog", "Name the patient in print &queue job names"), self
        )
        self.patient_in_job_names.setObjectName("patientInJobNamesCheck")
        self.patient_in_job_names.setAccessibleName(
            QCoreApplication.translate("PreferencesDialog", "Name the patient in print queue job names")
        )
        form.addRow("", self.patient_in_job_names)
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        self.language.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Language"))
        self.language.setAccessibleDescription(
            QCoreApplication.translate("PreferencesDialog", "The language of the window, used from the next start")
        )
        for code, name in LANGUAGE_CHOICES:
            # Each language is named in its own language; only "System default" follows the window's.
            self.language.addItem(_tr(name) if code == SYSTEM else name, code)
        form.addRow(QCoreApplication.translate("PreferencesDialog", "&Language"), self.language)
        self.language_note = QLabel(
            QCoreApplication.translate("PreferencesDialog", "A new language is used when NeutroHold is next started."), self
        )
        self.language_note.setObjectName("languageRestartNote")
        self.language_note.setTextFormat(Qt.TextFormat.PlainText)
        self.language_note.setWordWrap(True)
        form.addRow("", self.language_note)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("preferencesButtons")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("preferencesOkButton")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(
            QCoreApplication.translate("PreferencesDialog", "Save preferences")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("preferencesCancelButton")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            QCoreApplication.translate("PreferencesDialog", "Cancel")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def load(self, preferences: Preferences) -> None:
        self.clinician_name.setText(preferences.clinician_name)
        self.site_name.setText(preferences.site_name)
        self.paper_size.setCurrentIndex(self.paper_size.findData(preferences.paper_size))
        self.audience.setCurrentIndex(self.audience.findData(preferences.default_audience))
        self.contrast.setCurrentIndex(self.contrast.findData(preferences.contrast))
        self.patient_in_job_names.setChecked(preferences.patient_in_job_names)
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language)))

    def to_model(self) -> Preferences:
        return Preferences(
            clinician_name=self.clinician_name.text().strip(),
            site_name=self.site_name.text().strip(),
            paper_size=self.paper_size.currentData(),
            default_audience=self.audience.currentData(),
            contrast=self.contrast.currentData(),
            patient_in_job_names=self.patient_in_job_names.isChecked(),
            language=self.language.currentData(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, current: Preferences) -> Preferences | None:
        """Show the dialog; the new preferences, or None when cancelled. Tests replace this."""
        dialog = cls(parent)
        dialog.load(current)
        try:
            return dialog.to_model() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
