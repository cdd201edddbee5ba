"""The app's own words: one catalogue, and the window's accessible names and descriptions come from it."""

from __future__ import annotations

import re
import tomllib
from typing import Any

from tests.conftest import REPO

APP = REPO / "desktop_app" / "wording" / "app" / "en.toml"
GUI = sorted((REPO / "desktop_app" / "gui").glob("*.py"))


def test_no_control_gets_a_literal_accessible_name_and_every_catalogued_one_is_used() -> None:
    source = "\n".join(path.read_text(encoding="utf-8") for path in GUI)
    assert re.findall(r'setAccessible(?:Name|Description)\("', source) == []
    texts = tomllib.loads(APP.read_text(encoding="utf-8"))["texts"]
    a11y = [key for key in texts if key.startswith("a11y.")]
    assert len(a11y) > 30
    assert [key for key in a11y if f'"{key}"' not in source] == []


def test_the_window_reads_its_accessible_names_from_the_catalogue(qtbot: Any, pack: Any) -> None:
    from PySide6.QtWidgets import QWidget

    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.tasks import SyncRunner
    from desktop_app.gui.words import app_words

    window = MainWindow(pack, runner=SyncRunner())
    qtbot.addWidget(window)
    panel = window.findChild(QWidget, "recommendationPanel")
    assert panel.accessibleName() == app_words("a11y.name.recommendation") == "Recommendation"
    banner = window.findChild(QWidget, "decisionLabel")
    assert banner.accessibleDescription() == app_words("a11y.description.decision")


def test_the_draft_dialog_summarises_the_unsaved_case_in_the_window_language() -> None:
    from datetime import datetime

    from desktop_app.services.drafts import draft_summary

    payload = {"data": {"patient_ref": "KB-7", "anc": [{}, {}], "cbc": []}}
    moment = datetime(2026, 11, 24, 9, 30)
    assert draft_summary(payload, moment).splitlines()[:2] == ["Patient: KB-7", "Counts entered: 2"]
    spanish = draft_summary(payload, moment, "es")
    assert spanish.splitlines()[:2] == ["Paciente: KB-7", "Recuentos introducidos: 2"] and "Last change" not in spanish
    assert "Eingegebene Werte: 2" in draft_summary(payload, moment, "de")
    assert draft_summary({"data": {}}, moment, "fr").startswith("Patient\u00a0: pas encore de référence du patient")
