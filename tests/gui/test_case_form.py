"""The case form copies every contract field to and from raw case data, and its readings tables behave."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QDoubleSpinBox, QStyleOptionViewItem

from desktop_app.gui.case_form import CaseForm, field_label
from desktop_app.gui.readings_model import ANC_COLUMNS, CBC_COLUMNS, TEMPERATURE_COLUMNS, ReadingDelegate, ReadingsModel
from desktop_app.models import InputError, parse_case
from tests.conftest import EXAMPLES
from tests.gui.conftest import add_anc, decision_text, example, named


@pytest.fixture
def form(qtbot: Any, as_of: datetime) -> CaseForm:
    widget = CaseForm(lambda: as_of)
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.json")))
def test_every_example_survives_a_trip_through_the_form(form: CaseForm, name: str) -> None:
    case = parse_case(example(name))
    form.load(case)
    assert parse_case(form.to_data()) == case
    form.load(example(name))
    assert parse_case(form.to_data()) == case


def test_to_data_names_every_contract_field(form: CaseForm) -> None:
    form.load(example("long-neutropenia.json"))
    data = form.to_data()
    assert set(data) == {
        "patient_ref",
        "age_years",
        "anakinra",
        "anc",
        "cbc",
        "temperatures",
        "last_fever_at",
        "urti",
        "infection_signs",
        "lower_respiratory_signs",
        "expected_neutropenia_days",
        "immunosuppressants",
        "prior_neutropenia",
        "hematologic_disorder",
        "notes",
    }
    assert data["expected_neutropenia_days"] == 14 and data["immunosuppressants"] == ["azathioprine"]
    assert data["anc"][0] == {"value": 240.0, "unit": "cells/uL", "taken_at": "2026-11-20T08:00:00"}


def test_a_partial_case_fills_the_rest_with_empty_values(form: CaseForm) -> None:
    form.load({"patient_ref": "X-1"})
    data = form.to_data()
    assert data["patient_ref"] == "X-1" and "anakinra" not in data
    assert data["age_years"] is None and data["urti"] is None and data["infection_signs"] is None
    # A case that says nothing about fever leaves it "not assessed", never "no fever".
    assert "last_fever_at" not in data and data["anc"] == []
    assert form.findChild(QComboBox, "feverStateCombo").currentData() == "not_assessed"
    with pytest.raises(InputError) as refused:
        parse_case(data)
    assert refused.value.field == "anakinra"


def test_a_new_form_is_blank_until_something_is_entered(form: CaseForm) -> None:
    assert form.is_blank()
    assert form.to_data()["anakinra"] == "active"
    named(form, "patientRefEdit").setText("A")
    assert not form.is_blank()
    form.clear()
    assert form.is_blank()


def test_fever_time_and_no_fever_box(form: CaseForm, as_of: datetime) -> None:
    form.load(example("recovering.json"))
    assert form.to_data()["last_fever_at"] == "2026-11-19T22:00:00"
    assert named(form, "lastFeverEdit").isEnabled() and not named(form, "noFeverCheck").isChecked()
    named(form, "noFeverCheck").setChecked(True)
    assert form.to_data()["last_fever_at"] is None and not named(form, "lastFeverEdit").isEnabled()


def test_an_aware_time_is_shown_in_local_wall_clock_time(form: CaseForm) -> None:
    moment = datetime(2026, 11, 24, 6, 30, tzinfo=timezone(timedelta(hours=5)))
    form.load(
        {"patient_ref": "A", "anakinra": "active", "anc": [{"value": 300, "unit": "cells/uL", "taken_at": moment.isoformat()}]}
    )
    shown = datetime.fromisoformat(form.to_data()["anc"][0]["taken_at"])
    assert shown.tzinfo is None and shown == moment.astimezone().replace(tzinfo=None)


def test_counts_are_added_in_time_order_and_enter_adds_one(form: CaseForm, as_of: datetime, qtbot: Any) -> None:
    add_anc(form, 700, "cells/uL", as_of - timedelta(hours=1))
    add_anc(form, 0.4, "10^9/L", as_of - timedelta(days=2))
    assert [r["value"] for r in form.anc_model.readings()] == [0.4, 700]
    assert form.anc_model.index(0, 3).data() == "400"
    spin = named(form, "ancValueSpin")
    spin.setValue(900)
    with qtbot.waitSignal(form.changed):
        spin.lineEdit().returnPressed.emit()
    assert form.anc_model.rowCount() == 3


def test_delete_key_action_removes_the_selected_count(form: CaseForm, as_of: datetime) -> None:
    add_anc(form, 700, "cells/uL", as_of)
    table = named(form, "ancTable")
    table.selectRow(0)
    table.remove_action.trigger()
    assert form.anc_model.rowCount() == 0


def test_cbc_calculator_shows_the_derived_anc_and_adds_a_cbc(form: CaseForm, as_of: datetime) -> None:
    named(form, "cbcToggleButton").setChecked(True)
    assert named(form, "cbcSection").isVisibleTo(form)
    named(form, "cbcWbcSpin").setValue(2.9)
    named(form, "cbcNeutrophilSpin").setValue(31)
    named(form, "cbcBandSpin").setValue(3)
    named(form, "cbcTakenAtEdit").setDateTime(QDateTime(as_of - timedelta(hours=3)))
    assert "Derived ANC: 986 cells/uL" in named(form, "cbcDerivedLabel").text()
    named(form, "addCbcButton").click()
    assert form.to_data()["cbc"] == [
        {"wbc": 2.9, "wbc_unit": "10^9/L", "neutrophil_pct": 31.0, "band_pct": 3.0, "taken_at": "2026-11-24T09:00:00"}
    ]
    assert form.cbc_model.index(0, 5).data() == "986"
    named(form, "cbcBandSpin").setValue(80)
    assert "more than 100%" in named(form, "cbcDerivedLabel").text()
    assert not named(form, "addCbcButton").isEnabled()


def test_temperature_readings_are_part_of_the_case(form: CaseForm, as_of: datetime) -> None:
    named(form, "temperatureSpin").setValue(38.6)
    named(form, "temperatureTakenAtEdit").setDateTime(QDateTime(as_of - timedelta(hours=5)))
    named(form, "addTemperatureButton").click()
    assert form.to_data()["temperatures"] == [{"celsius": 38.6, "taken_at": "2026-11-24T07:00:00"}]


def test_a_cbc_problem_opens_its_section_and_marks_the_cell(window: Any, qtbot: Any) -> None:
    window.load_case(example("cbc-derived.json"))
    model = window.form.cbc_model
    assert named(window, "cbcSection").isVisible()
    model.setData(model.index(0, 4), 90.0)
    qtbot.waitUntil(lambda: decision_text(window).startswith("✎ Fix: CBC count 1"))
    assert model.index(0, 4).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "bands %" in model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) is None


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("patient_ref", "Patient reference"),
        ("anc[0].taken_at", "ANC count 1, taken at"),
        ("cbc[1].band_pct", "CBC count 2, bands %"),
        ("temperatures[2]", "Temperature 3"),
        ("immunosuppressants[0]", "Immunosuppressants, item 1"),
        ("something.else", "something.else"),
    ],
)
def test_field_paths_are_named_in_the_clinics_words(path: str, words: str) -> None:
    assert field_label(path) == words


@pytest.mark.parametrize(
    ("columns", "reading"),
    [
        (ANC_COLUMNS, {"value": 320.0, "unit": "cells/uL", "taken_at": datetime(2026, 11, 24, 8)}),
        (
            CBC_COLUMNS,
            {"wbc": 2.9, "wbc_unit": "10^9/L", "neutrophil_pct": 31.0, "band_pct": 3.0, "taken_at": datetime(2026, 11, 24, 8)},
        ),
        (TEMPERATURE_COLUMNS, {"celsius": 38.2, "taken_at": datetime(2026, 11, 24, 8)}),
    ],
)
def test_readings_models_pass_the_model_tester(qtmodeltester: Any, columns: Any, reading: dict[str, Any]) -> None:
    model = ReadingsModel(columns, "Reading")
    model.add_reading(reading)
    model.add_reading(reading | {"taken_at": datetime(2026, 11, 23, 8)})
    model.set_problem(1, "taken_at", "too late")
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)


def test_cells_are_edited_with_matching_editors(form: CaseForm, as_of: datetime, qtbot: Any) -> None:
    form.load(example("recovering.json"))
    model = form.anc_model
    delegate = named(form, "ancTable").itemDelegate()
    assert isinstance(delegate, ReadingDelegate)
    option = QStyleOptionViewItem()
    editors = [delegate.createEditor(form, option, model.index(0, column)) for column in range(3)]
    assert [type(e) for e in editors] == [QDateTimeEdit, QDoubleSpinBox, QComboBox]
    for column, editor in enumerate(editors):
        assert editor.objectName() and editor.accessibleName()
        delegate.setEditorData(editor, model.index(0, column))
    editors[1].setValue(410)
    editors[2].setCurrentIndex(editors[2].findData("cells/mm3"))
    editors[0].setDateTime(QDateTime(as_of - timedelta(days=7)))
    for column, editor in enumerate(editors):
        delegate.setModelData(editor, model, model.index(0, column))
        editor.deleteLater()
    assert model.readings()[0] == {"value": 410.0, "unit": "cells/mm3", "taken_at": as_of - timedelta(days=7)}
    assert not model.setData(model.index(0, 2), "cells per litre"), "an unknown unit is refused"
    assert not model.setData(model.index(0, 3), 5.0), "the derived ANC is not editable"
    assert not model.flags(model.index(0, 3)) & Qt.ItemFlag.ItemIsEditable
