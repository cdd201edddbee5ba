"""The case form: every field of the case contract, copied to and from the raw case data the services read."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QDateTime, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.language import translatable
from desktop_app.gui.accessibility import set_tooltip, show_text, tab_stops
from desktop_app.gui.readings_model import (
    ANC_COLUMNS,
    CBC_COLUMNS,
    MOMENT_FORMAT,
    TEMPERATURE_COLUMNS,
    UNITS,
    ReadingsModel,
    ReadingsTable,
)
from desktop_app.gui.theme import set_invalid, set_role, titled_group
from desktop_app.gui.words import app_words, text as app_text, unit_label, words
from desktop_app.models import CaseInput, CbcReading, InputError, describe_validation_error, round_count
from desktop_app.wording.errors import reason_text

NOTES_LIMIT = 4000
NOT_RECORDED = -1

FIELD_LABELS: dict[str, str] = {
    "case": translatable("CaseForm", "Case"),
    "patient_ref": translatable("CaseForm", "Patient reference"),
    "age_years": translatable("CaseForm", "Age"),
    "anakinra": "{Drug}",  # the pack's drug (see field_label)
    "anc": translatable("CaseForm", "ANC counts"),
    "cbc": translatable("CaseForm", "CBC counts"),
    "temperatures": translatable("CaseForm", "Temperatures"),
    "last_fever_at": translatable("CaseForm", "Last fever"),
    "urti": translatable("CaseForm", "Viral URTI"),
    "infection_signs": translatable("CaseForm", "Signs of other infection"),
    "lower_respiratory_signs": translatable("CaseForm", "Lower-respiratory signs"),
    "expected_neutropenia_days": translatable("CaseForm", "Expected neutropenia"),
    "immunosuppressants": translatable("CaseForm", "Immunosuppressants"),
    "prior_neutropenia": translatable("CaseForm", "Earlier neutropenic episodes"),
    "hematologic_disorder": translatable("CaseForm", "Haematological disorder"),
    "notes": translatable("CaseForm", "Notes"),
    "indication": translatable("CaseForm", "Indication"),
    "fever_state": translatable("CaseForm", "Fever"),
    "timezone": translatable("CaseForm", "Time zone"),
    "units_confirmed": translatable("CaseForm", "Units confirmed"),
    "creatinine_clearance_ml_min": translatable("CaseForm", "Creatinine clearance"),
    "pack": translatable("CaseForm", "Knowledge pack"),
}

# What anakinra is given for: the case contract's indication ids (item data) and how they read.
INDICATIONS: tuple[tuple[str, str], ...] = (
    ("rheumatoid_arthritis", translatable("CaseForm", "Rheumatoid arthritis")),
    ("still_disease", translatable("CaseForm", "Still's disease (adult-onset or systemic JIA)")),
    ("caps", translatable("CaseForm", "CAPS (incl. NOMID)")),
    ("dira", translatable("CaseForm", "DIRA")),
    ("recurrent_pericarditis", translatable("CaseForm", "Recurrent pericarditis")),
    ("gout", translatable("CaseForm", "Gout")),
    ("fmf", translatable("CaseForm", "Familial Mediterranean fever")),
    ("other_autoinflammatory", translatable("CaseForm", "Other autoinflammatory disease")),
    ("mas_hlh", translatable("CaseForm", "Macrophage activation syndrome / HLH")),
    ("covid19_pneumonia", translatable("CaseForm", "COVID-19 pneumonia")),
    ("other", translatable("CaseForm", "Other")),
)
# The three fever states: never asked (unknown), none in this illness, or a last fever at a time.
FEVER_NOT_ASSESSED, FEVER_NONE, FEVER_AT = "not_assessed", "none", "at"
_READING_NOUNS = {
    "anc": translatable("CaseForm", "ANC count"),
    "cbc": translatable("CaseForm", "CBC count"),
    "temperatures": translatable("CaseForm", "Temperature"),
}
_PART_LABELS = {
    "taken_at": translatable("CaseForm", "taken at"),
    "value": translatable("CaseForm", "count"),
    "unit": translatable("CaseForm", "unit"),
    "wbc": "WBC",
    "wbc_unit": translatable("CaseForm", "WBC unit"),
    "neutrophil_pct": translatable("CaseForm", "neutrophils %"),
    "band_pct": translatable("CaseForm", "bands %"),
    "celsius": translatable("CaseForm", "temperature"),
}
_PATH = re.compile(r"^(?P<top>[a-z_]+)(?:\[(?P<index>\d+)\])?(?:\.(?P<part>[a-z_]+))?")


def field_label(path: str) -> str:
    """A dotted contract path in the clinic's words: 'anc[0].taken_at' -> 'ANC count 1, taken at'."""
    match = _PATH.match(path)
    if not match or match["top"] not in FIELD_LABELS:
        return path
    top, index, part = match["top"], match["index"], match["part"]
    if index is None:
        return app_text("form.drug_label") if top == "anakinra" else _tr(FIELD_LABELS[top])
    noun = (
        _tr(_READING_NOUNS[top])
        if top in _READING_NOUNS
        else QCoreApplication.translate("CaseForm", "{field}, item").format(field=_tr(FIELD_LABELS[top]))
    )
    name = QCoreApplication.translate("CaseForm", "{noun} {number}").format(noun=noun, number=int(index) + 1)
    return (
        QCoreApplication.translate("CaseForm", "{name}, {part}").format(
            name=name, part=_tr(_PART_LABELS[part]) if part in _PART_LABELS else part
        )
        if part
        else name
    )


def _tr(text: str) -> str:
    """A constant marked with `translatable("CaseForm", ...)`, in the window's language."""
    return QCoreApplication.translate("CaseForm", text)


def problem_text(error: InputError) -> str:
    """'Field: reason' for the form's message line and the panel's Fix banner (long input is cut)."""
    said = reason_text(error, words().app_language)
    reason = said if len(said) <= 200 else said[:197] + "…"
    return f"{field_label(error.field)}: {reason}"


def _local(moment: datetime) -> datetime:
    """The form shows clinic wall-clock time: an aware moment is shown in this computer's zone."""
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo is not None else moment


def _moment(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return _local(value)
    if isinstance(value, str):
        try:
            return _local(datetime.fromisoformat(value))
        except ValueError:
            return None
    return None


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _iso(moment: Any) -> Any:
    return moment.isoformat(timespec="seconds") if isinstance(moment, datetime) else moment


class MomentEdit(QDateTimeEdit):
    """A date-time field that is one Tab stop: Tab leaves it, Left/Right move between its sections."""

    def focusNextPrevChild(self, next: bool) -> bool:
        # QDateTimeEdit would spend Tab presses walking its sections first (five presses to get past one field).
        return QWidget.focusNextPrevChild(self, next)


@dataclass
class _Field:
    """A contract field's control, the message line under it, and its tooltip when valid."""

    control: QWidget
    message: QLabel
    tooltip: str


class CaseForm(QWidget):
    """Copies a case into controls (load) and back out as raw case data (to_data); marks a bad field."""

    changed = Signal()

    _loading = False
    units_confirmed = False
    # The pack a loaded case names (reopened from the log, imported): kept, so the case is never
    # evaluated quietly with another pack; the engine refuses a mismatch naming `pack`.
    named_pack: str | None = None

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseForm")
        self.setAccessibleName(app_words("a11y.name.case_form"))
        self._clock = clock
        self._fields: dict[str, _Field] = {}
        self._box_controls: dict[QWidget, QWidget] = {}
        self._quiet_depth = 0
        self._blank: dict[str, Any] = {}

        layout = QVBoxLayout(self)
        self.form_message = self._message_label("formMessageLabel")
        layout.addWidget(self.form_message)
        layout.addWidget(self._patient_section())
        layout.addWidget(self._counts_section())
        layout.addWidget(self._fever_section())
        layout.addWidget(self._infection_section())
        layout.addWidget(self._course_section())
        layout.addWidget(self._notes_section())
        layout.addStretch(1)
        self._fields["case"] = _Field(self, self.form_message, "")
        self._connect_changes()
        self.clear()

    # ---- building ----------------------------------------------------------------------------

    def _message_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        set_role(label, "fieldError")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.hide()
        return label

    def _field(self, key: str, control: QWidget, accessible: str, tooltip: str = "", extra: QWidget | None = None) -> QWidget:
        """The control (with an optional neighbour) over its message line, registered under its contract key."""
        control.setAccessibleName(accessible)
        if tooltip:
            control.setToolTip(tooltip)
        box = QWidget(self)
        # No focus proxy on the box: Qt would move the control next to the box in the Tab chain (a trap).
        # The row's label leads to the control itself (see _labelled).
        self._box_controls[box] = control
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if extra is None:
            column.addWidget(control)
        else:
            row = QHBoxLayout()
            row.addWidget(control, 1)
            row.addWidget(extra)
            column.addLayout(row)
        message = self._message_label(f"{control.objectName()}Message")
        column.addWidget(message)
        self._fields[key] = _Field(control, message, tooltip)
        return box

    def _labelled(self, form: QFormLayout, text: str, field: QWidget, control: QWidget | None = None) -> None:
        """A form row whose label's Alt+letter focuses the control itself, and names it for a screen reader."""
        form.addRow(text, field)
        label = form.labelForField(field)
        if isinstance(label, QLabel):
            label.setBuddy(control or self._box_controls.get(field, field))

    @staticmethod
    def _named(widget: QWidget, name: str, accessible: str) -> QWidget:
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
        return widget

    def _group(self, name: str, title: str) -> tuple[QGroupBox, QFormLayout]:
        group, body = titled_group(title, name, self)
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        return group, form

    def _moment_edit(self, name: str, accessible: str) -> QDateTimeEdit:
        edit = MomentEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setDisplayFormat(MOMENT_FORMAT)
        edit.setCalendarPopup(True)
        return edit

    def _unit_combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        for unit in UNITS:
            combo.addItem(unit_label(unit), unit)
        return combo

    def _remove_button(self, name: str, table: ReadingsTable, what: str) -> QPushButton:
        button = QPushButton(QCoreApplication.translate("CaseForm", "Remove selected"), self)
        self._named(button, name, QCoreApplication.translate("CaseForm", "Remove the selected {what}").format(what=what))
        button.setToolTip(
            QCoreApplication.translate("CaseForm", "Remove the selected {what} (Delete key in the table)").format(what=what)
        )
        button.clicked.connect(table.remove_selected)
        return button

    def _entry_grid(
        self, value: tuple[str, QWidget], unit: tuple[str, QWidget] | None, taken: tuple[str, QWidget], add: QPushButton
    ) -> QGridLayout:
        """A reading's entry on two rows (value and unit, then time and the Add button), each field after its visible label.

        Two rows, not one, so the entry still fits the form's column at large font sizes.
        """
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for row, (first, second) in enumerate(((value, unit), (taken, None))):
            for column, pair in ((0, first), (2, second)):
                if pair is None:
                    continue
                label = QLabel(pair[0], self)
                label.setBuddy(pair[1])
                grid.addWidget(label, row, column)
                grid.addWidget(pair[1], row, column + 1)
        grid.addWidget(add, 1, 2, 1, 2)
        return grid

    def _patient_section(self) -> QGroupBox:
        group, form = self._group("patientGroup", QCoreApplication.translate("CaseForm", "Patient"))
        self.patient_ref = QLineEdit(self)
        self.patient_ref.setObjectName("patientRefEdit")
        self.patient_ref.setPlaceholderText(QCoreApplication.translate("CaseForm", "MRN or clinic code"))
        self._labelled(
            form,
            QCoreApplication.translate("CaseForm", "Patient &reference"),
            self._field(
                "patient_ref",
                self.patient_ref,
                QCoreApplication.translate("CaseForm", "Patient reference"),
                QCoreApplication.translate("CaseForm", "Pseudonymous reference, 1-64 characters"),
            ),
        )
        self.age = QSpinBox(self)
        self.age.setObjectName("ageSpin")
        self.age.setRange(NOT_RECORDED, 120)
        self.age.setSpecialValueText(QCoreApplication.translate("CaseForm", "not recorded"))
        self.age.setSuffix(QCoreApplication.translate("CaseForm", " years"))
        self._labelled(
            form,
            QCoreApplication.translate("CaseForm", "A&ge"),
            self._field("age_years", self.age, QCoreApplication.translate("CaseForm", "Age in years")),
        )
        self.anakinra = QComboBox(self)
        self.anakinra.setObjectName("anakinraStatusCombo")
        self.anakinra.addItem(QCoreApplication.translate("CaseForm", "active", "the drug's status"), "active")
        self.anakinra.addItem(QCoreApplication.translate("CaseForm", "held", "the drug's status"), "held")
        self._labelled(
            form,
            app_text("form.drug_now"),
            self._field(
                "anakinra",
                self.anakinra,
                app_text("form.drug_status"),
                QCoreApplication.translate("CaseForm", "active: still being given; held: already on hold"),
            ),
        )
        self.indication = QComboBox(self)
        self.indication.setObjectName("indicationCombo")
        for value, text in INDICATIONS:
            self.indication.addItem(_tr(text), value)
        self.indication.setPlaceholderText(QCoreApplication.translate("CaseForm", "not recorded"))
        self._labelled(
            form,
            QCoreApplication.translate("CaseForm", "In&dication"),
            self._field(
                "indication",
                self.indication,
                QCoreApplication.translate("CaseForm", "Indication"),
                app_text("form.indication_help"),
            ),
        )
        self.creatinine = QSpinBox(self)
        self.creatinine.setObjectName("creatinineClearanceSpin")
        self.creatinine.setRange(NOT_RECORDED, 250)
        self.creatinine.setSpecialValueText(QCoreApplication.translate("CaseForm", "not recorded"))
        self.creatinine.setSuffix(QCoreApplication.translate("CaseForm", " mL/min"))
        self._labelled(
            form,
            QCoreApplication.translate("CaseForm", "&Kidney function (CrCl)"),
            self._field(
                "creatinine_clearance_ml_min",
                self.creatinine,
                QCoreApplication.translate("CaseForm", "Creatinine clearance in mL/min"),
                QCoreApplication.translate("CaseForm", "Below 30 mL/min the US label suggests dosing every other day"),
            ),
        )
        return group

    def _counts_section(self) -> QGroupBox:
        group, body = titled_group(QCoreApplication.translate("CaseForm", "Neutrophil counts"), "countsGroup", self)
        column = QVBoxLayout(body)

        self.anc_value = QDoubleSpinBox(self)
        self._named(self.anc_value, "ancValueSpin", QCoreApplication.translate("CaseForm", "New ANC value"))
        # One step below zero is "empty": a new case never starts with a count nobody typed.
        self.anc_value.setRange(-0.01, ANC_COLUMNS[1].maximum)
        self.anc_value.setSpecialValueText(QCoreApplication.translate("CaseForm", "enter a count"))
        self.anc_value.setDecimals(2)
        self.anc_value.setGroupSeparatorShown(False)
        self.anc_unit = self._unit_combo("ancUnitCombo", QCoreApplication.translate("CaseForm", "New ANC unit"))
        self.anc_taken_at = self._moment_edit("ancTakenAtEdit", QCoreApplication.translate("CaseForm", "New ANC taken at"))
        self.add_anc = QPushButton(QCoreApplication.translate("CaseForm", "&Add count"), self)
        self._named(self.add_anc, "addAncButton", QCoreApplication.translate("CaseForm", "Add this ANC count"))
        self.add_anc.setToolTip(
            QCoreApplication.translate("CaseForm", "Add the count to the series (Enter in the value box does the same)")
        )
        column.addLayout(
            self._entry_grid(
                (QCoreApplication.translate("CaseForm", "AN&C"), self.anc_value),
                (QCoreApplication.translate("CaseForm", "unit"), self.anc_unit),
                (QCoreApplication.translate("CaseForm", "taken", "a count's time"), self.anc_taken_at),
                self.add_anc,
            )
        )

        self.unit_slip = QLabel(self)
        self.unit_slip.setObjectName("unitSlipLabel")
        self.unit_slip.setAccessibleDescription(app_words("a11y.description.unit_warning"))
        set_role(self.unit_slip, "unitSlip")
        self.unit_slip.setTextFormat(Qt.TextFormat.PlainText)
        self.unit_slip.setWordWrap(True)
        self.unit_slip.hide()
        column.addWidget(self.unit_slip)
        slip_row = QHBoxLayout()
        self.unit_fix = QPushButton(self)
        self._named(self.unit_fix, "unitSlipFixButton", QCoreApplication.translate("CaseForm", "Use the likely intended unit"))
        self.unit_confirm = QPushButton(self)
        self._named(
            self.unit_confirm, "unitSlipConfirmButton", QCoreApplication.translate("CaseForm", "The unit is right as entered")
        )
        for button in (self.unit_fix, self.unit_confirm):
            button.hide()
            slip_row.addWidget(button)
        slip_row.addStretch(1)
        column.addLayout(slip_row)
        self.unit_fix.clicked.connect(self._use_intended_units)
        self.unit_confirm.clicked.connect(self._confirm_units)

        self.anc_model = ReadingsModel(ANC_COLUMNS, _tr(_READING_NOUNS["anc"]), self)
        self.anc_table = ReadingsTable(self.anc_model, "ancTable", QCoreApplication.translate("CaseForm", "ANC counts"), self)
        remove = self._remove_button("removeAncButton", self.anc_table, QCoreApplication.translate("CaseForm", "ANC count"))
        column.addWidget(
            self._field(
                "anc",
                self.anc_table,
                QCoreApplication.translate("CaseForm", "ANC counts"),
                QCoreApplication.translate("CaseForm", "Double-click a cell to correct it"),
            )
        )
        column.addWidget(remove, 0, Qt.AlignmentFlag.AlignRight)

        self.cbc_toggle = QToolButton(self)
        self._named(self.cbc_toggle, "cbcToggleButton", QCoreApplication.translate("CaseForm", "Show the CBC calculator"))
        self.cbc_toggle.setText(QCoreApplication.translate("CaseForm", "CBC calculator: derive the ANC from a white cell count"))
        self.cbc_toggle.setCheckable(True)
        self.cbc_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.cbc_toggle.setArrowType(Qt.ArrowType.RightArrow)
        column.addWidget(self.cbc_toggle)
        self.cbc_section = self._cbc_section()
        column.addWidget(self.cbc_section)
        self.cbc_toggle.toggled.connect(self._show_cbc)
        self._show_cbc(False)

        self.anc_value.lineEdit().returnPressed.connect(self._add_anc)
        self.add_anc.clicked.connect(self._add_anc)
        return group

    def _cbc_section(self) -> QWidget:
        section = QWidget(self)
        section.setObjectName("cbcSection")
        column = QVBoxLayout(section)
        column.setContentsMargins(12, 0, 0, 0)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        wbc_box = QWidget(self)
        wbc_row = QHBoxLayout(wbc_box)
        wbc_row.setContentsMargins(0, 0, 0, 0)
        self.cbc_wbc = QDoubleSpinBox(self)
        self._named(self.cbc_wbc, "cbcWbcSpin", QCoreApplication.translate("CaseForm", "White cell count"))
        self.cbc_wbc.setRange(0, CBC_COLUMNS[1].maximum)
        self.cbc_wbc.setDecimals(2)
        self.cbc_unit = self._unit_combo("cbcUnitCombo", QCoreApplication.translate("CaseForm", "White cell count unit"))
        self.cbc_unit.setCurrentIndex(self.cbc_unit.findData("10^9/L"))
        wbc_row.addWidget(self.cbc_wbc, 1)
        wbc_unit_label = QLabel(QCoreApplication.translate("CaseForm", "unit"), self)
        wbc_unit_label.setBuddy(self.cbc_unit)
        wbc_row.addWidget(wbc_unit_label)
        wbc_row.addWidget(self.cbc_unit)
        self._labelled(form, QCoreApplication.translate("CaseForm", "&WBC"), wbc_box, self.cbc_wbc)
        self.cbc_neutrophils = QDoubleSpinBox(self)
        self._named(
            self.cbc_neutrophils, "cbcNeutrophilSpin", QCoreApplication.translate("CaseForm", "Segmented neutrophils percent")
        )
        self.cbc_bands = QDoubleSpinBox(self)
        self._named(self.cbc_bands, "cbcBandSpin", QCoreApplication.translate("CaseForm", "Band forms percent"))
        for spin in (self.cbc_neutrophils, self.cbc_bands):
            spin.setRange(0, 100)
            spin.setDecimals(1)
            spin.setSuffix(" %")
        self._labelled(form, QCoreApplication.translate("CaseForm", "Neutrophils (segmented)"), self.cbc_neutrophils)
        self._labelled(form, QCoreApplication.translate("CaseForm", "Bands"), self.cbc_bands)
        self.cbc_taken_at = self._moment_edit("cbcTakenAtEdit", QCoreApplication.translate("CaseForm", "CBC taken at"))
        self._labelled(form, QCoreApplication.translate("CaseForm", "Taken at"), self.cbc_taken_at)
        column.addLayout(form)
        derived_row = QHBoxLayout()
        self.cbc_derived = QLabel(self)
        self.cbc_derived.setObjectName("cbcDerivedLabel")
        self.cbc_derived.setAccessibleDescription(app_words("a11y.description.derived_anc"))
        self.cbc_derived.setTextFormat(Qt.TextFormat.PlainText)
        self.cbc_derived.setWordWrap(True)
        self.add_cbc = QPushButton(QCoreApplication.translate("CaseForm", "Add C&BC"), self)
        self._named(self.add_cbc, "addCbcButton", QCoreApplication.translate("CaseForm", "Add this CBC count"))
        derived_row.addWidget(self.cbc_derived, 1)
        derived_row.addWidget(self.add_cbc)
        column.addLayout(derived_row)
        self.cbc_model = ReadingsModel(CBC_COLUMNS, _tr(_READING_NOUNS["cbc"]), self)
        self.cbc_table = ReadingsTable(self.cbc_model, "cbcTable", QCoreApplication.translate("CaseForm", "CBC counts"), self)
        column.addWidget(
            self._field(
                "cbc",
                self.cbc_table,
                QCoreApplication.translate("CaseForm", "CBC counts"),
                QCoreApplication.translate("CaseForm", "Double-click a cell to correct it"),
            )
        )
        column.addWidget(
            self._remove_button("removeCbcButton", self.cbc_table, QCoreApplication.translate("CaseForm", "CBC count")),
            0,
            Qt.AlignmentFlag.AlignRight,
        )
        for spin in (self.cbc_wbc, self.cbc_neutrophils, self.cbc_bands):
            spin.valueChanged.connect(self._show_derived_anc)
        self.cbc_unit.currentIndexChanged.connect(self._show_derived_anc)
        self.add_cbc.clicked.connect(self._add_cbc)
        return section

    def _fever_section(self) -> QGroupBox:
        group, form = self._group("feverGroup", QCoreApplication.translate("CaseForm", "Fever"))
        self.fever_state = QComboBox(self)
        self.fever_state.setObjectName("feverStateCombo")
        for text, value in (
            (QCoreApplication.translate("CaseForm", "not assessed"), FEVER_NOT_ASSESSED),
            (QCoreApplication.translate("CaseForm", "no fever in this illness"), FEVER_NONE),
            (QCoreApplication.translate("CaseForm", "last fever at"), FEVER_AT),
        ):
            self.fever_state.addItem(text, value)
        self._labelled(
            form,
            QCoreApplication.translate("CaseForm", "Fe&ver"),
            self._field(
                "fever_state",
                self.fever_state,
                QCoreApplication.translate("CaseForm", "Fever in this illness"),
                QCoreApplication.translate(
                    "CaseForm", "Unknown counts as not met: a held patient does not meet the fever-free criterion"
                ),
            ),
        )
        self.last_fever = self._moment_edit("lastFeverEdit", QCoreApplication.translate("CaseForm", "Last fever at"))
        self.no_fever = QCheckBox(QCoreApplication.translate("CaseForm", "none recorded"), self)
        self._named(self.no_fever, "noFeverCheck", QCoreApplication.translate("CaseForm", "No fever recorded"))
        self.no_fever.setToolTip(
            QCoreApplication.translate("CaseForm", "No fever in this illness. Febrile temperature readings below still count.")
        )
        self._labelled(
            form,
            QCoreApplication.translate("CaseForm", "&Last fever"),
            self._field(
                "last_fever_at",
                self.last_fever,
                QCoreApplication.translate("CaseForm", "Last fever at"),
                QCoreApplication.translate("CaseForm", "Last temperature at or above the fever threshold"),
                self.no_fever,
            ),
        )
        self.no_fever.toggled.connect(self._no_fever_toggled)
        self.fever_state.currentIndexChanged.connect(self._fever_state_changed)
        self.last_fever.dateTimeChanged.connect(self._fever_time_edited)

        self.temperature_toggle = QToolButton(self)
        self._named(
            self.temperature_toggle,
            "temperatureToggleButton",
            QCoreApplication.translate("CaseForm", "Show temperature readings"),
        )
        self.temperature_toggle.setText(QCoreApplication.translate("CaseForm", "Temperature readings (optional)"))
        self.temperature_toggle.setCheckable(True)
        self.temperature_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.temperature_toggle.setArrowType(Qt.ArrowType.RightArrow)
        form.addRow(self.temperature_toggle)
        section = QWidget(self)
        section.setObjectName("temperatureSection")
        column = QVBoxLayout(section)
        column.setContentsMargins(12, 0, 0, 0)
        self.temperature = QDoubleSpinBox(self)
        self._named(
            self.temperature, "temperatureSpin", QCoreApplication.translate("CaseForm", "New temperature in degrees Celsius")
        )
        self.temperature.setRange(30, 44)
        self.temperature.setDecimals(1)
        self.temperature.setSingleStep(0.1)
        self.temperature.setValue(37.0)
        self.temperature.setSuffix(" °C")
        self.temperature_taken_at = self._moment_edit(
            "temperatureTakenAtEdit", QCoreApplication.translate("CaseForm", "New temperature taken at")
        )
        self.add_temperature = QPushButton(QCoreApplication.translate("CaseForm", "Add &temperature"), self)
        self._named(self.add_temperature, "addTemperatureButton", QCoreApplication.translate("CaseForm", "Add this temperature"))
        column.addLayout(
            self._entry_grid(
                (QCoreApplication.translate("CaseForm", "Temperature"), self.temperature),
                None,
                (QCoreApplication.translate("CaseForm", "taken", "a count's time"), self.temperature_taken_at),
                self.add_temperature,
            )
        )
        self.temperature_model = ReadingsModel(TEMPERATURE_COLUMNS, _tr(_READING_NOUNS["temperatures"]), self)
        self.temperature_table = ReadingsTable(
            self.temperature_model, "temperatureTable", QCoreApplication.translate("CaseForm", "Temperature readings"), self
        )
        column.addWidget(
            self._field("temperatures", self.temperature_table, QCoreApplication.translate("CaseForm", "Temperature readings"))
        )
        column.addWidget(
            self._remove_button("removeTemperatureButton", self.temperature_table, "temperature"),
            0,
            Qt.AlignmentFlag.AlignRight,
        )
        form.addRow(section)
        self.temperature_section = section
        self.temperature_toggle.toggled.connect(self._show_temperatures)
        self._show_temperatures(False)
        self.add_temperature.clicked.connect(self._add_temperature)
        return group

    def _infection_section(self) -> QGroupBox:
        group, form = self._group("infectionGroup", QCoreApplication.translate("CaseForm", "Infection"))
        self.urti = QComboBox(self)
        self.urti.setObjectName("urtiCombo")
        for status, shown in (
            ("active", QCoreApplication.translate("CaseForm", "active", "URTI symptoms")),
            ("resolved", QCoreApplication.translate("CaseForm", "resolved", "URTI symptoms")),
            ("none", QCoreApplication.translate("CaseForm", "none", "URTI symptoms")),
        ):
            self.urti.addItem(shown, status)
        self.urti.setPlaceholderText(QCoreApplication.translate("CaseForm", "not recorded"))
        self._labelled(
            form,
            QCoreApplication.translate("CaseForm", "Viral &URTI symptoms"),
            self._field("urti", self.urti, QCoreApplication.translate("CaseForm", "Viral URTI symptoms")),
        )
        self.infection_signs = QComboBox(self)
        self.infection_signs.setObjectName("infectionSignsCombo")
        for text, value in (("yes", True), ("no", False), (QCoreApplication.translate("CaseForm", "not assessed"), None)):
            self.infection_signs.addItem(text, value)
        self._labelled(
            form,
            QCoreApplication.translate("CaseForm", "Signs of &other infection"),
            self._field(
                "infection_signs", self.infection_signs, QCoreApplication.translate("CaseForm", "Signs of other active infection")
            ),
        )
        self.lower_resp = QCheckBox(QCoreApplication.translate("CaseForm", "Lower-respiratory signs"), self)
        self.lower_resp.setObjectName("lowerRespCheck")
        form.addRow(
            self._field(
                "lower_respiratory_signs",
                self.lower_resp,
                QCoreApplication.translate("CaseForm", "Lower-respiratory signs"),
                QCoreApplication.translate(
                    "CaseForm",
                    "Cough with breathlessness, low oxygen or crackles: the infection may be spreading below the upper airway",
                ),
            )
        )
        return group

    def _course_section(self) -> QGroupBox:
        group, form = self._group("courseGroup", QCoreApplication.translate("CaseForm", "Course and risk factors"))
        self.expected_days = QSpinBox(self)
        self.expected_days.setObjectName("expectedDaysSpin")
        self.expected_days.setRange(NOT_RECORDED, 365)
        self.expected_days.setSpecialValueText(QCoreApplication.translate("CaseForm", "not estimated"))
        self.expected_days.setSuffix(QCoreApplication.translate("CaseForm", " days"))
        self._labelled(
            form,
            QCoreApplication.translate("CaseForm", "E&xpected neutropenia"),
            self._field(
                "expected_neutropenia_days",
                self.expected_days,
                QCoreApplication.translate("CaseForm", "Expected duration of neutropenia in days"),
                QCoreApplication.translate("CaseForm", "Your estimate of how long the neutropenia will last"),
            ),
        )
        self.immunosuppressants = QLineEdit(self)
        self.immunosuppressants.setObjectName("immunosuppressantsEdit")
        self.immunosuppressants.setPlaceholderText(
            QCoreApplication.translate("CaseForm", "e.g. methotrexate, prednisolone 10 mg")
        )
        self._labelled(
            form,
            QCoreApplication.translate("CaseForm", "&Immunosuppressants"),
            self._field(
                "immunosuppressants",
                self.immunosuppressants,
                QCoreApplication.translate("CaseForm", "Other immunosuppressants"),
                QCoreApplication.translate("CaseForm", "Separate several drugs with commas"),
            ),
        )
        self.prior_neutropenia = QCheckBox(QCoreApplication.translate("CaseForm", "Earlier neutropenic episodes"), self)
        self.prior_neutropenia.setObjectName("priorNeutropeniaCheck")
        form.addRow(
            self._field(
                "prior_neutropenia",
                self.prior_neutropenia,
                QCoreApplication.translate("CaseForm", "Earlier neutropenic episodes"),
            )
        )
        self.hematologic = QCheckBox(QCoreApplication.translate("CaseForm", "Haematological disorder"), self)
        self.hematologic.setObjectName("hematologicCheck")
        form.addRow(
            self._field(
                "hematologic_disorder", self.hematologic, QCoreApplication.translate("CaseForm", "Haematological disorder")
            )
        )
        return group

    def _notes_section(self) -> QGroupBox:
        group, body = titled_group(QCoreApplication.translate("CaseForm", "Notes"), "notesGroup", self)
        column = QVBoxLayout(body)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notesEdit")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(QCoreApplication.translate("CaseForm", "Free text, kept as typed (up to 4000 characters)"))
        self.notes.setMinimumHeight(self.notes.fontMetrics().lineSpacing() * 4)
        column.addWidget(self._field("notes", self.notes, QCoreApplication.translate("CaseForm", "Notes")))
        self.notes_count = QLabel(self)
        self.notes_count.setObjectName("notesCountLabel")
        self.notes_count.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.notes_count, "muted")
        column.addWidget(self.notes_count, 0, Qt.AlignmentFlag.AlignRight)
        self.notes.textChanged.connect(self._count_notes)
        return group

    def _connect_changes(self) -> None:
        emit = self._emit_changed
        self.patient_ref.textChanged.connect(emit)
        self.immunosuppressants.textChanged.connect(emit)
        self.notes.textChanged.connect(emit)
        for spin in (self.age, self.expected_days, self.creatinine):
            spin.valueChanged.connect(emit)
        for combo in (self.anakinra, self.urti, self.infection_signs, self.indication, self.fever_state):
            combo.currentIndexChanged.connect(emit)
        for box in (self.no_fever, self.lower_resp, self.prior_neutropenia, self.hematologic):
            box.toggled.connect(emit)
        self.last_fever.dateTimeChanged.connect(emit)
        for model in (self.anc_model, self.cbc_model, self.temperature_model):
            model.dataChanged.connect(self._reading_edited)
            model.rowsInserted.connect(emit)
            model.rowsRemoved.connect(emit)
            model.modelReset.connect(emit)

    def _reading_edited(self, _top: Any, _bottom: Any, roles: list[int]) -> None:
        # Marking a bad cell also announces a change; only edits of the values count.
        if not roles or Qt.ItemDataRole.EditRole in roles or Qt.ItemDataRole.DisplayRole in roles:
            self._emit_changed()

    def _emit_changed(self) -> None:
        if self._quiet_depth == 0:
            self.changed.emit()

    @contextmanager
    def _quiet(self) -> Iterator[None]:
        """Many controls change at once (load, clear): tell listeners once, at the end."""
        self._quiet_depth += 1
        try:
            yield
        finally:
            self._quiet_depth -= 1
        self._emit_changed()

    # ---- entry rows --------------------------------------------------------------------------

    def _now(self) -> QDateTime:
        return QDateTime(self._clock().replace(second=0, microsecond=0, tzinfo=None))  # type: ignore[call-overload]  # PySide6 converts a datetime; its stubs lack that overload

    def _add_anc(self) -> None:
        if self.anc_value.value() < 0:
            self.show_problem(InputError.of("anc", "type_count_first"))
            self.anc_value.setFocus()
            return
        row = self.anc_model.add_reading(
            {
                "value": self.anc_value.value(),
                "unit": self.anc_unit.currentData(),
                "taken_at": self.anc_taken_at.dateTime().toPython(),
            }
        )
        self._select_row(self.anc_table, row)
        self.anc_value.setFocus()
        self.anc_value.selectAll()

    def _no_fever_toggled(self, checked: bool) -> None:
        if checked:
            self._set_fever_state(FEVER_NONE)
        elif self.fever_state.currentData() == FEVER_NONE:
            self._set_fever_state(FEVER_AT)

    def _fever_time_edited(self) -> None:
        if not self._loading and self.fever_state.currentData() != FEVER_AT:
            self._set_fever_state(FEVER_AT)

    def _fever_state_changed(self) -> None:
        state = self.fever_state.currentData()
        self.no_fever.blockSignals(True)
        self.no_fever.setChecked(state == FEVER_NONE)
        self.no_fever.blockSignals(False)
        self.last_fever.setEnabled(state != FEVER_NONE)

    def _set_fever_state(self, state: str) -> None:
        self.fever_state.setCurrentIndex(self.fever_state.findData(state))
        self._fever_state_changed()

    def _cbc_entry(self) -> dict[str, Any]:
        return {
            "wbc": self.cbc_wbc.value(),
            "wbc_unit": self.cbc_unit.currentData(),
            "neutrophil_pct": self.cbc_neutrophils.value(),
            "band_pct": self.cbc_bands.value(),
            "taken_at": self.cbc_taken_at.dateTime().toPython(),
        }

    def _show_derived_anc(self) -> None:
        try:
            derived = CbcReading.model_validate(self._cbc_entry()).cells_per_uL
        except ValidationError as error:
            show_text(
                self.cbc_derived,
                QCoreApplication.translate("CaseForm", "Cannot derive the ANC: {message}").format(
                    message=describe_validation_error(error).message
                ),
            )
            self.add_cbc.setEnabled(False)
            return
        show_text(
            self.cbc_derived,
            QCoreApplication.translate("CaseForm", "Derived ANC: {anc} cells/uL  (WBC × (neutrophils + bands) / 100)").format(
                anc=round_count(derived)
            ),
        )
        self.add_cbc.setEnabled(True)

    def _add_cbc(self) -> None:
        row = self.cbc_model.add_reading(self._cbc_entry())
        self._select_row(self.cbc_table, row)

    def _add_temperature(self) -> None:
        row = self.temperature_model.add_reading(
            {"celsius": self.temperature.value(), "taken_at": self.temperature_taken_at.dateTime().toPython()}
        )
        self._select_row(self.temperature_table, row)

    @staticmethod
    def _select_row(table: QTableView, row: int) -> None:
        index = table.model().index(row, 0)
        table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        table.scrollTo(index)

    def _show_cbc(self, shown: bool) -> None:
        self.cbc_section.setVisible(shown)
        self.cbc_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _show_temperatures(self, shown: bool) -> None:
        self.temperature_section.setVisible(shown)
        self.temperature_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _count_notes(self) -> None:
        self.notes_count.setText(f"{len(self.notes.toPlainText())} / {NOTES_LIMIT}")

    def tab_stops(self) -> list[QWidget]:
        """The form's controls in reading order, top to bottom, for the window's Tab chain."""
        return tab_stops(self)

    # ---- copying to and from case data ----------------------------------------------------------

    def clear(self) -> None:
        """A new, empty case: anakinra active, no counts, nothing assessed yet."""
        self.load({"anakinra": "active"})
        now = self._now()
        for edit in (self.anc_taken_at, self.cbc_taken_at, self.temperature_taken_at, self.last_fever):
            edit.setDateTime(now)
        self.anc_value.setValue(self.anc_value.minimum())
        self._set_fever_state(FEVER_NOT_ASSESSED)
        self.anc_unit.setCurrentIndex(self.anc_unit.findData("cells/uL"))
        self._blank = self.to_data()

    def is_blank(self) -> bool:
        """Nothing entered yet, so there is nothing to complain about."""
        return self.to_data() == self._blank

    def load(self, case: CaseInput | dict[str, Any]) -> None:
        """Show a case (or the fields of a partial one); fields it lacks get their empty value."""
        data = case.model_dump() if isinstance(case, CaseInput) else dict(case)
        self.units_confirmed = data.get("units_confirmed") is True
        named = data.get("pack")
        self.named_pack = named if isinstance(named, str) else None
        with self._quiet():
            self.patient_ref.setText(str(data.get("patient_ref") or ""))
            age = _number(data.get("age_years"))
            self.age.setValue(NOT_RECORDED if age is None else int(age))
            self.anakinra.setCurrentIndex(self.anakinra.findData(data.get("anakinra")))
            self.anc_model.set_readings(self._readings(data.get("anc"), ("value", "unit")))
            self.cbc_model.set_readings(self._readings(data.get("cbc"), ("wbc", "wbc_unit", "neutrophil_pct", "band_pct")))
            self.temperature_model.set_readings(self._readings(data.get("temperatures"), ("celsius",)))
            self.cbc_toggle.setChecked(self.cbc_model.rowCount() > 0)
            self.temperature_toggle.setChecked(self.temperature_model.rowCount() > 0)
            fever = _moment(data.get("last_fever_at"))
            self._loading = True
            if fever is not None:
                self.last_fever.setDateTime(QDateTime(fever))  # type: ignore[call-overload]  # PySide6 converts a datetime; its stubs lack that overload
            self._loading = False
            # No key at all: fever was never asked about, which is not the same as "none".
            self._set_fever_state(
                FEVER_NOT_ASSESSED if "last_fever_at" not in data else (FEVER_NONE if fever is None else FEVER_AT)
            )
            self.indication.setCurrentIndex(self.indication.findData(data.get("indication")))
            crcl = _number(data.get("creatinine_clearance_ml_min"))
            self.creatinine.setValue(NOT_RECORDED if crcl is None else round(crcl))
            self.urti.setCurrentIndex(self.urti.findData(data.get("urti")))
            self.infection_signs.setCurrentIndex(self.infection_signs.findData(data.get("infection_signs")))
            self.lower_resp.setChecked(data.get("lower_respiratory_signs") is True)
            days = _number(data.get("expected_neutropenia_days"))
            self.expected_days.setValue(NOT_RECORDED if days is None else round(days))
            drugs = data.get("immunosuppressants") or ()
            self.immunosuppressants.setText(", ".join(str(d) for d in drugs) if isinstance(drugs, (list, tuple)) else str(drugs))
            self.prior_neutropenia.setChecked(data.get("prior_neutropenia") is True)
            self.hematologic.setChecked(data.get("hematologic_disorder") is True)
            self.notes.setPlainText(str(data.get("notes") or ""))
            self.show_problem(None)

    @staticmethod
    def _readings(raw: Any, keys: tuple[str, ...]) -> list[dict[str, Any]]:
        rows = []
        for item in raw or ():
            reading = item.model_dump() if hasattr(item, "model_dump") else dict(item)
            row = {key: reading[key] for key in keys if key in reading}
            row["taken_at"] = _moment(reading.get("taken_at"))
            rows.append(row)
        return rows

    def to_data(self) -> dict[str, Any]:
        """The case as raw contract data (JSON-ready), exactly as entered; validation is the services' job."""
        age = self.age.value()
        days = self.expected_days.value()
        data: dict[str, Any] = {
            "patient_ref": self.patient_ref.text(),
            "age_years": None if age == NOT_RECORDED else age,
            "anakinra": self.anakinra.currentData(),
            "anc": [self._raw(row) for row in self.anc_model.readings()],
            "cbc": [self._raw(row) for row in self.cbc_model.readings()],
            "temperatures": [self._raw(row) for row in self.temperature_model.readings()],
            "last_fever_at": None if self.no_fever.isChecked() else _iso(self.last_fever.dateTime().toPython()),
            "indication": self.indication.currentData(),
            "urti": self.urti.currentData(),
            "infection_signs": self.infection_signs.currentData(),
            "lower_respiratory_signs": self.lower_resp.isChecked(),
            "expected_neutropenia_days": None if days == NOT_RECORDED else days,
            "immunosuppressants": [drug.strip() for drug in self.immunosuppressants.text().split(",") if drug.strip()],
            "prior_neutropenia": self.prior_neutropenia.isChecked(),
            "hematologic_disorder": self.hematologic.isChecked(),
            "notes": self.notes.toPlainText(),
        }
        if data["anakinra"] is None:
            del data["anakinra"]
        if self.fever_state.currentData() == FEVER_NOT_ASSESSED:
            del data["last_fever_at"]
        if data["indication"] is None:
            del data["indication"]
        if self.creatinine.value() != NOT_RECORDED:
            data["creatinine_clearance_ml_min"] = self.creatinine.value()
        if self.units_confirmed:
            data["units_confirmed"] = True
        if self.named_pack is not None:
            data["pack"] = self.named_pack
        return data

    @staticmethod
    def _raw(row: dict[str, Any]) -> dict[str, Any]:
        return {key: _iso(value) for key, value in row.items()}

    # ---- feedback from the evaluation ------------------------------------------------------------

    def show_problem(self, error: InputError | None) -> None:
        """Mark the field an InputError names, with its reason; None clears every mark."""
        for field in self._fields.values():
            if field.control.property("invalid"):
                set_invalid(field.control, False)
                set_tooltip(field.control, field.tooltip)
            field.message.hide()
        for model in (self.anc_model, self.cbc_model, self.temperature_model):
            model.clear_problem()
        if error is None:
            return
        match = _PATH.match(error.field)
        top = match["top"] if match and match["top"] in self._fields else "case"
        field = self._fields[top]
        text = problem_text(error)
        if field.control is not self:
            set_invalid(field.control, True)
            set_tooltip(field.control, text)
        field.message.setText(text)
        field.message.show()
        marked = {"anc": self.anc_model, "cbc": self.cbc_model, "temperatures": self.temperature_model}.get(top)
        if marked is not None and match is not None and match["index"] is not None:
            marked.set_problem(int(match["index"]), match["part"], text)
            if top == "cbc":
                self.cbc_toggle.setChecked(True)
            if top == "temperatures":
                self.temperature_toggle.setChecked(True)

    def problem_control(self) -> QWidget | None:
        """The control marked invalid, to give it the focus when a save is refused."""
        return next((f.control for f in self._fields.values() if f.control.property("invalid")), None)

    def show_unit_warnings(self, messages: list[str]) -> None:
        """The engine's unit-slip warnings beside the ANC entry, with the two ways out of them."""
        self.unit_slip.setVisible(bool(messages))
        show_text(self.unit_slip, "\n".join(f"⚠ {message}" for message in messages), announce_as="polite")
        slips = self._slipped_rows() if messages else []
        if slips:
            row, intended = slips[0]
            value = row["value"]
            shown = f"{value:g}"
            self.unit_fix.setText(
                QCoreApplication.translate("CaseForm", "Use {shown} {intended}").format(shown=shown, intended=intended)
            )
            self.unit_confirm.setText(
                QCoreApplication.translate("CaseForm", "{shown} {unit} is right").format(shown=shown, unit=row["unit"])
            )
        self.unit_fix.setVisible(bool(slips))
        self.unit_confirm.setVisible(bool(slips))

    @staticmethod
    def _intended_unit(row: dict[str, Any]) -> str | None:
        """The unit a count implausible for its own unit was most likely meant in (pack defaults)."""
        value, unit = row.get("value"), row.get("unit")
        if not isinstance(value, (int, float)):
            return None
        if unit in ("10^9/L", "10^3/uL") and value > 100:
            return "cells/uL"
        if unit in ("cells/uL", "cells/mm3") and 0 < value < 20:
            return "10^9/L"
        return None

    def _slipped_rows(self) -> list[tuple[dict[str, Any], str]]:
        return [(row, unit) for row in self.anc_model.readings() if (unit := self._intended_unit(row))]

    def _use_intended_units(self) -> None:
        fixed = [{**row, "unit": self._intended_unit(row) or row["unit"]} for row in self.anc_model.readings()]
        self.anc_model.set_readings(fixed)
        self._emit_changed()

    def _confirm_units(self) -> None:
        self.units_confirmed = True
        self._emit_changed()
