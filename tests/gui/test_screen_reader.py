"""What a screen reader hears: labels read as shown, announcements when the decision, red flags or warnings change."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from desktop_app.gui import accessibility
from desktop_app.gui.accessibility import Notice, accessible_text
from tests.gui.conftest import add_anc, choose, decision_text, enter_case, example, named


@pytest.fixture
def heard(monkeypatch: pytest.MonkeyPatch) -> list[Notice]:
    """Every event the window sends to assistive technology, in order (it still goes on to Qt)."""
    notices: list[Notice] = []
    send = accessibility.screen_reader_sink

    def listen(notice: Notice) -> None:
        notices.append(notice)
        send(notice)

    monkeypatch.setattr(accessibility, "screen_reader_sink", listen)
    return notices


def announcements(notices: list[Notice]) -> list[tuple[str, str, bool]]:
    return [(n.widget.objectName(), n.text, n.assertive) for n in notices if n.kind == "announcement"]


def labelled_by(widget: QWidget) -> list[str]:
    interface = QAccessible.queryAccessibleInterface(widget)
    return [
        other.text(QAccessible.Text.Name)
        for other, _ in interface.relations(QAccessible.Relation.Label)
        if other.object().isVisible()
    ]


def test_banner_red_flags_and_warnings_are_read_as_shown(window: Any, qtbot: Any) -> None:
    window.load_case(example("febrile.json"))
    qtbot.waitUntil(lambda: "Withhold anakinra" in decision_text(window))
    for name in ("decisionLabel", "redFlagsText", "warningsText", "earliestResumeLabel", "ancSummaryLabel"):
        label = named(window, name)
        assert label.isVisible() and label.text(), name
        assert accessible_text(label) == label.text(), f"{name} is read as shown"
    assert accessible_text(named(window, "decisionLabel")).startswith("■ STOP")
    assert accessible_text(named(window, "decisionLabel"), QAccessible.Text.Description) == "Decision"


def test_the_unit_slip_warning_and_derived_anc_are_read_as_shown(window: Any, qtbot: Any, heard: list[Notice]) -> None:
    window.load_case(example("unit-slip.json"))
    slip = named(window, "unitSlipLabel")
    qtbot.waitUntil(slip.isVisible)
    assert accessible_text(slip) == slip.text() and "⚠" in slip.text()
    assert ("unitSlipLabel", slip.text(), False) in announcements(heard), "the unit warning is announced politely"
    named(window, "cbcToggleButton").setChecked(True)
    named(window, "cbcWbcSpin").setValue(3.0)
    named(window, "cbcNeutrophilSpin").setValue(20)
    derived = named(window, "cbcDerivedLabel")
    assert derived.text().startswith("Derived ANC: 600 cells/uL")
    assert accessible_text(derived) == derived.text()


def test_a_changed_decision_and_a_new_red_flag_are_announced_assertively(
    window: Any, qtbot: Any, as_of: datetime, heard: list[Notice]
) -> None:
    enter_case(window, "SR-1", 2200, as_of - timedelta(hours=2))
    named(window, "noFeverCheck").setChecked(True)
    qtbot.waitUntil(lambda: "Continue anakinra" in decision_text(window))
    heard.clear()
    add_anc(window, 300, "cells/uL", as_of - timedelta(hours=1))
    qtbot.waitUntil(lambda: "Withhold anakinra" in decision_text(window))
    said = announcements(heard)
    assert ("decisionLabel", decision_text(window), True) in said, "the new decision interrupts"
    heard.clear()
    choose(named(window, "feverStateCombo"), "at")
    named(window, "lastFeverEdit").setDateTime(as_of - timedelta(hours=3))
    qtbot.waitUntil(lambda: named(window, "redFlagsPanel").isVisible())
    flags = [text for name, text, assertive in announcements(heard) if name == "redFlagsText" and assertive]
    assert flags and named(window, "redFlagsText").text() in flags[0]
    assert not [n for n in announcements(heard) if n[0] == "decisionLabel"], "the same decision is not announced again"


def test_changed_tooltips_are_sent_as_description_changes(log_window: Any, qtbot: Any, heard: list[Notice]) -> None:
    log_window.load_case(example("recovering.json"))
    heard.clear()
    log_window.save_action.trigger()
    changed = {n.widget.objectName() for n in heard if n.kind == "description"}
    assert {"saveButton", "clinicianOverrideButton"} <= changed
    assert (
        accessible_text(named(log_window, "saveButton"), QAccessible.Text.Description)
        == named(log_window, "saveButton").toolTip()
    )
    assert ("savedEvaluationLabel", named(log_window, "savedEvaluationLabel").text(), False) in announcements(heard)


def test_every_combo_and_field_has_a_name_and_no_name_shows_a_mnemonic(window: Any) -> None:
    window.load_case(example("febrile.json"))
    named(window, "temperatureToggleButton").setChecked(True)
    named(window, "cbcToggleButton").setChecked(True)
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        name = accessible_text(widget)
        if isinstance(widget, QComboBox):
            # On Linux a combo's own name is its value; AT-SPI readers say it after its label (the labelled-by relation).
            assert widget.accessibleName(), f"{widget.objectName()} has a name"
            assert labelled_by(widget), f"{widget.objectName()} has a visible label a screen reader reads with it"
        if "&" in name and not (isinstance(widget, QLabel) and "&" in widget.text()):
            pytest.fail(f"{widget.objectName() or type(widget).__name__} reads a mnemonic: {name!r}")
    for name in ("temperatureSpin", "temperatureTakenAtEdit"):
        control = named(window, name)
        buddies = [label for label in window.findChildren(QLabel) if label.buddy() is control and label.isVisible()]
        assert buddies, f"{name} has a visible label"


def test_what_reaches_qt_is_an_announcement_event_with_its_politeness(
    window: Any, qtbot: Any, as_of: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[tuple[QAccessible.Event, str, Any]] = []

    def capture(event: Any) -> None:
        if event.type() == QAccessible.Event.Announcement:
            sent.append((event.type(), event.message(), event.politeness()))
        else:
            sent.append((event.type(), event.object().objectName(), None))

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(capture))
    enter_case(window, "SR-2", 300, as_of - timedelta(hours=2))
    qtbot.waitUntil(lambda: "Withhold anakinra" in decision_text(window))
    banner = decision_text(window)
    assert (QAccessible.Event.Announcement, banner, QAccessible.AnnouncementPoliteness.Assertive) in sent
    assert (QAccessible.Event.NameChanged, "decisionLabel", None) in sent
