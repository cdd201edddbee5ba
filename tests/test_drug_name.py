"""The drug's name comes from the pack: no code names it, and a pack for another drug shows only that drug.

The fictional pack tests/packs/zelvokinra-neutropenia has the shipped rule set for an invented drug
with other thresholds; dropped into the site packs folder, it runs through the CLI (JSON, text, both
PDFs) and the window (banner, form, panel, dialogs, both printouts) without one "anakinra" shown.
"""

from __future__ import annotations

import ast
import json
import shutil
from pathlib import Path
from typing import Any

import pypdf
import pytest

from desktop_app.cli import main
from desktop_app.services.locations import site_packs_dir
from tests.conftest import REPO

FICTIONAL = REPO / "tests" / "packs" / "zelvokinra-neutropenia"
PACK_ID = "zelvokinra-neutropenia"
AS_OF = "2026-11-24T12:00:00"
# The case contract's field name (public, unchanged), the shipped pack's id, and a control's object name
# (an automation name, never shown): the only strings in code that may spell the drug.
ALLOWED = {"anakinra", "anakinra-neutropenia", "anakinraStatusCombo"}
CASE = {
    "patient_ref": "ZEL-77",
    "anakinra": "held",
    "indication": "caps",
    "anc": [
        {"value": 0.9, "unit": "10^9/L", "taken_at": "2026-11-24T08:00:00"},
        {"value": 400, "unit": "cells/uL", "taken_at": "2026-11-21T08:00:00"},
    ],
    "urti": "active",
    "infection_signs": False,
    "last_fever_at": "2026-11-23T21:15:00",
    "immunosuppressants": ["Enbrel 50 mg weekly"],
    "expected_neutropenia_days": 12,
}


def shown_literals(path: Path) -> list[tuple[int, str]]:
    """String constants of a module that are not docstrings (f-string parts included)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


def test_no_code_names_the_drug_in_text_it_shows() -> None:
    found = [
        f"{path.relative_to(REPO)}:{line}: {text!r}"
        for path in sorted((REPO / "desktop_app").rglob("*.py"))
        for line, text in shown_literals(path)
        if "anakinra" in text.lower() and text not in ALLOWED
    ]
    assert found == []


def drop_fictional_pack() -> Path:
    folder = site_packs_dir() / PACK_ID
    shutil.copytree(FICTIONAL, folder)
    return folder


def no_drug_but_the_key(node: Any, where: str = "") -> list[str]:
    """Every place in a JSON document that says anakinra, except the contract's field name `anakinra`."""
    if isinstance(node, dict):
        return [hit for key, value in node.items() for hit in no_drug_but_the_key(value, f"{where}.{key}")] + [
            f"{where}.{key} (key)" for key in node if "anakinra" in key.lower() and key != "anakinra"
        ]
    if isinstance(node, list):
        return [hit for i, value in enumerate(node) for hit in no_drug_but_the_key(value, f"{where}[{i}]")]
    return [where] if isinstance(node, str) and "anakinra" in node.lower() else []


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(path).pages).split())


def test_the_fictional_pack_passes_its_own_golden_cases() -> None:
    from desktop_app.engine import check_pack
    from desktop_app.knowledge import load_pack_dir

    report = check_pack(load_pack_dir(FICTIONAL))
    assert report.golden_passed == 6


def test_a_pack_for_another_drug_runs_through_the_cli_without_naming_anakinra(tmp_path: Path, capsys: Any) -> None:
    drop_fictional_pack()
    case_file = tmp_path / "case.json"
    case_file.write_text(json.dumps(CASE), encoding="utf-8")
    assert main(["packs"]) == 0
    assert PACK_ID in capsys.readouterr().out

    assert main(["evaluate", str(case_file), "--as-of", AS_OF, "--pack", PACK_ID]) == 0
    rec = json.loads(capsys.readouterr().out)
    assert rec["pack"]["id"] == PACK_ID and rec["decision"] == "withhold"
    # This pack's own thresholds: resume above 1000, 72 h without fever.
    assert "ANC 900 cells/uL is not above 1000." in [c["detail"] for c in rec["criteria"]]
    assert any("zelvokinra" in flag["message"] for flag in rec["warnings"])
    assert no_drug_but_the_key(rec) == []

    assert main(["evaluate", str(case_file), "--as-of", AS_OF, "--pack", PACK_ID, "--format", "text"]) == 0
    text = capsys.readouterr().out
    assert "WITHHOLD ZELVOKINRA" in text and "anakinra" not in text.lower()

    for audience in ("clinician", "patient"):
        out = tmp_path / f"{audience}.pdf"
        args = ["evaluate", str(case_file), "--as-of", AS_OF, "--pack", PACK_ID, "--pdf", str(out), "--audience", audience]
        assert main(args) == 0
        capsys.readouterr()
        printed = pdf_text(out)
        assert "zelvokinra" in printed.lower(), audience
        assert "anakinra" not in printed.lower(), audience


@pytest.fixture
def default_words_after() -> Any:
    from desktop_app.gui.words import forget_pack

    yield
    forget_pack()


@pytest.mark.usefixtures("qapp", "default_words_after")
def test_a_window_with_only_the_other_drugs_pack_never_shows_anakinra(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QListWidget, QMenu, QWidget

    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.override_dialog import ClinicianOverrideDialog
    from desktop_app.gui.tasks import SyncRunner
    from desktop_app.gui.words import use_pack
    from desktop_app.models import parse_case
    from desktop_app.services import printing
    from desktop_app.services.evaluation import evaluate
    from desktop_app.services.packs import open_pack

    drop_fictional_pack()
    pack = open_pack(pack_id=PACK_ID)
    window = MainWindow(pack, runner=SyncRunner(), clock=lambda: __import__("datetime").datetime(2026, 11, 24, 12))
    qtbot.addWidget(window)
    window.show()
    window.load_case(CASE)
    label = window.findChild(QLabel, "decisionLabel")
    qtbot.waitUntil(lambda: "Withhold zelvokinra" in label.text())

    def shown(widget: QWidget) -> list[str]:
        texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(), widget.windowTitle()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QMenu):
            texts += [widget.title()] + [action.text() for action in widget.actions()]
        return texts

    texts = [text for widget in [window, *window.findChildren(QWidget)] for text in shown(widget)]
    texts += [action.text() for action in window.findChildren(__import__("PySide6.QtGui", fromlist=["QAction"]).QAction)]
    assert any("zelvokinra" in text.lower() for text in texts)
    assert [text for text in texts if "anakinra" in text.lower()] == []

    dialog = ClinicianOverrideDialog("withhold", window)
    qtbot.addWidget(dialog)
    dialog_texts = [text for widget in dialog.findChildren(QWidget) for text in shown(widget)]
    assert "Resume zelvokinra" in dialog_texts
    assert [text for text in dialog_texts if "anakinra" in text.lower()] == []

    use_pack(pack)
    case = parse_case(CASE)
    rec = evaluate(case, pack, __import__("datetime").datetime(2026, 11, 24, 12))
    for audience in ("clinician", "patient"):
        out = tmp_path / f"window-{audience}.pdf"
        printing.write_pdf(case, rec, out, audience, pack=pack)
        printed = pdf_text(out)
        assert "zelvokinra" in printed.lower() and "anakinra" not in printed.lower(), audience


def test_the_window_starts_with_the_pack_named_on_the_command_line() -> None:
    from desktop_app.cli import build_parser
    from desktop_app.gui.app import _checked_pack

    drop_fictional_pack()
    args = build_parser([]).parse_args(["--pack", PACK_ID])
    assert args.window_pack == PACK_ID
    assert _checked_pack(None, args.window_pack).content.id == PACK_ID
