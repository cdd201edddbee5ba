"""File > Import lab results…, a file dropped on the counts table, and Export > FHIR, as a clinician uses them."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop_app.gui.lab_import import FhirFileDialog, LabFileDialog, LabPreviewDialog
from desktop_app.gui.problem_message import ProblemMessage
from tests.conftest import EXAMPLES
from tests.gui.conftest import example, named

LABS = EXAMPLES / "labs"


class Previews(list):
    """What each preview was shown; `answer` is the clinician's choice (True: Add, False: Cancel)."""

    answer = True


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> Previews:
    seen = Previews()

    def ask(cls, parent, found, already):
        seen.append((found, already))
        return seen.answer

    monkeypatch.setattr(LabPreviewDialog, "ask", classmethod(ask))
    return seen


def test_import_adds_the_readings_after_the_preview(window, monkeypatch, previews):
    window.form.load({"patient_ref": "NH-0042", "anakinra": "active", "urti": "active", "infection_signs": False})
    monkeypatch.setattr(LabFileDialog, "ask", classmethod(lambda cls, parent: LABS / "oru-r01-cbc.hl7"))
    window.findChild(QAction, "importLabsAction").trigger()
    assert len(previews) == 1 and previews[0][0].anc
    data = window.form.to_data()
    assert [a["value"] for a in data["anc"]] == [0.42]
    assert [t["celsius"] for t in data["temperatures"]] == [38.5]
    assert data["patient_ref"] == "NH-0042" and data["urti"] == "active"


def test_cancel_changes_nothing(window, monkeypatch, previews):
    window.form.load(example("febrile.json") | {"patient_ref": "NH-0042"})
    before = window.form.to_data()
    previews.answer = False
    monkeypatch.setattr(LabFileDialog, "ask", classmethod(lambda cls, parent: LABS / "fhir-searchset.json"))
    window.findChild(QAction, "importLabsAction").trigger()
    assert len(previews) == 1 and window.form.to_data() == before


def test_a_file_of_another_patient_is_refused_and_the_form_kept(window, monkeypatch, previews):
    window.form.load(example("febrile.json"))
    before = window.form.to_data()
    told: list[str] = []
    monkeypatch.setattr(ProblemMessage, "tell", classmethod(lambda cls, parent, title, text: told.append(text)))
    monkeypatch.setattr(LabFileDialog, "ask", classmethod(lambda cls, parent: LABS / "oru-r01-cbc.hl7"))
    window.findChild(QAction, "importLabsAction").trigger()
    assert previews == [] and window.form.to_data() == before
    assert "NH-0042" in told[0] and "RHEU-0977" in told[0] and "Nothing was changed" in told[0]


def test_dropping_a_file_on_the_counts_table_opens_the_preview(window, previews):
    window.form.load({"patient_ref": "NH-0042", "anakinra": "active"})
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(LABS / "fhir-searchset.json"))])
    viewport = named(window, "ancTable").viewport()
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, drop)
    assert len(previews) == 1
    assert [a["value"] for a in window.form.to_data()["anc"]] == [0.35, 620]


def test_export_fhir_writes_a_valid_private_bundle(window, monkeypatch, tmp_path: Path):
    window.load_case(example("febrile.json"))
    out = tmp_path / "bundle.json"
    monkeypatch.setattr(FhirFileDialog, "ask", classmethod(lambda cls, parent, suggested, **_: out))
    window.findChild(QAction, "exportFhirAction").trigger()
    bundle = Bundle.model_validate(json.loads(out.read_text()))
    assert any(e.resource.get_resource_type() == "GuidanceResponse" for e in bundle.entry)
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
