"""A pseudo-language (every letter accented, 40% longer, bracketed): a dialog's word that did not pass
through the catalogue shows up unbracketed, and a label too narrow for longer words shows up clipped.

Covers the dialogs wrapped so far (see README, "The window's language"); the rest of the window joins
when its files are wrapped.
"""

from __future__ import annotations

import math
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QTranslator, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from desktop_app.gui.language import install_language
from tests.conftest import EXAMPLES, REPO

sys.path.insert(0, str(REPO / "packaging"))
import translations  # noqa: E402

OPEN, CLOSE = "⟦", "⟧"
ACCENTS = str.maketrans("aeiouycnsAEIOUYCNS", "áéíöüýçñšÅÉÍÖÜÝÇÑŠ")
SCREEN = (1366, 768)
# Words that are rightly the same in every language: each language's own name, and data the test typed.
NOT_WORDS = {"English", "Español", "Français", "Deutsch", "P-001", "row label", "NeutroHold"}
# Qt's standard buttons take their words from Qt's own catalogue (qtbase_<lang>.qm), not ours.
QT_OWN = {"OK", "&OK", "Cancel", "&Cancel", "Save", "&Save", "Discard", "&Discard", "Don't Save"}


def pseudo(text: str) -> str:
    """Accent every letter outside {placeholders}, lengthen by 40%, bracket; keeps &, \\n and placeholders."""
    parts = re.split(r"(\{\w+\})", text)
    accented = "".join(part if part.startswith("{") else part.translate(ACCENTS) for part in parts)
    return f"{OPEN}{accented} {'~' * math.ceil(len(text) * 0.4)}{CLOSE}"


@pytest.fixture(scope="module")
def pseudo_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pseudo")
    tree = ET.parse(translations.ts_file("de"))
    tree.getroot().set("language", "en_XA")
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.text = pseudo(message.findtext("source") or "")
        translation.attrib.pop("type", None)
    source = folder / "neutrohold_xa.ts"
    tree.write(source, encoding="utf-8", xml_declaration=True)
    compiled = folder / "neutrohold_xa.qm"
    subprocess.run([translations.tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(compiled)], check=True)
    return compiled


@pytest.fixture
def in_pseudo(qapp: QApplication, pseudo_catalogue: Path) -> Iterator[None]:
    locale = QLocale()
    install_language(qapp, "en")
    translator = QTranslator()
    assert translator.load(str(pseudo_catalogue))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Message boxes shown by ask()/tell(), kept for inspection instead of waiting for an answer."""
    shown: list[QMessageBox] = []

    def capture(box: QMessageBox) -> int:
        shown.append(box)
        box.deleteLater = lambda: None  # type: ignore[method-assign]  # inspected after ask() returns
        return int(QMessageBox.StandardButton.Cancel)

    monkeypatch.setattr(QMessageBox, "exec", capture)
    return shown


def shown_words(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every word a user sees or hears in `top` and its children."""
    found: list[tuple[str, str]] = []
    for widget in [top, *top.findChildren(QWidget)]:
        name = widget.objectName() or type(widget).__name__
        found += [(f"{name} title", widget.windowTitle())] if widget is top else []
        found += [(f"{name} accessible name", widget.accessibleName()), (f"{name} description", widget.accessibleDescription())]
        found += [(f"{name} tooltip", widget.toolTip())]
        if isinstance(widget, QMessageBox):
            found += [(f"{name} text", widget.text()), (f"{name} informative", widget.informativeText())]
        if isinstance(widget, (QLabel, QAbstractButton)) and not isinstance(widget.parent(), QMessageBox):
            found.append((f"{name} text", widget.text()))
        if isinstance(widget, QAbstractButton) and isinstance(top, QMessageBox):
            found.append((f"{name} button", widget.text()))
        if isinstance(widget, QGroupBox):
            found.append((f"{name} title", widget.title()))
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            found.append((f"{name} placeholder", widget.placeholderText()))
        if isinstance(widget, QComboBox):
            found += [(f"{name} item", widget.itemText(i)) for i in range(widget.count())]
    return [(where, text) for where, text in found if text.strip()]


def untranslated(top: QWidget, data: set[str] | None = None) -> list[str]:
    exempt = NOT_WORDS | QT_OWN | (data or set())
    return [
        f"{where}: {text!r}"
        for where, text in shown_words(top)
        if OPEN not in text and text not in exempt and re.search(r"[^\W\d_]{2}", text) and not where.startswith("qt_")
    ]  # Qt's own parts (qt_*) take their words from Qt's catalogue; numbers alone are not words


def clipped(top: QWidget) -> list[str]:
    """Widgets narrower than their words, and a dialog larger than the smallest supported screen."""
    top.adjustSize()
    top.show()
    QApplication.processEvents()
    problems = []
    if top.width() > SCREEN[0] or top.height() > SCREEN[1]:
        problems.append(f"{top.objectName()} is {top.width()}x{top.height()}, larger than {SCREEN}")
    for widget in [*top.findChildren(QLabel), *top.findChildren(QAbstractButton)]:
        if not widget.isVisible() or (isinstance(widget, QLabel) and widget.wordWrap()):
            continue
        if widget.width() < widget.minimumSizeHint().width():
            problems.append(
                f"{widget.objectName() or widget.text()!r} is {widget.width()} px, needs {widget.minimumSizeHint().width()}"
            )
    top.hide()
    return problems


def _keys() -> list[Any]:
    from desktop_app.services.workstation import WorkstationKey

    return [WorkstationKey(id="ws-2", name="Ward 2", public_key="MCowBQYDK2VwAyEA" + "A" * 43 + "=")]


def _lab_file() -> tuple[Any, list[Any]]:
    from desktop_app.services.labs import read_lab_file

    return read_lab_file(EXAMPLES / "labs" / "oru-r01-cbc.hl7", None), []


def _dialogs() -> dict[str, tuple[Callable[[], QWidget], set[str]]]:
    from desktop_app.gui.lab_import import LabPreviewDialog
    from desktop_app.gui.log_notices import LogNotices
    from desktop_app.gui.pitfall_checklist import PitfallChecklist
    from desktop_app.gui.preferences import PreferencesDialog
    from desktop_app.gui.print_desk import PrintChoiceDialog
    from desktop_app.gui.sync_desk import TrustDialog
    from desktop_app.gui.withdraw_dialog import WithdrawDialog

    def notices() -> QWidget:
        widget = LogNotices()
        widget.retry.show()
        return widget

    def lab_preview() -> QWidget:
        found, already = _lab_file()
        return LabPreviewDialog(found, already)

    return {
        "preferences": (PreferencesDialog, set()),
        "withdraw": (lambda: WithdrawDialog(None, [("row-1", "row label")]), set()),
        "print": (lambda: PrintChoiceDialog("clinician", False, None, "P-001"), set()),
        "export pdf": (lambda: PrintChoiceDialog("patient", True, None, "P-001"), set()),
        "trust": (lambda: TrustDialog(None, _keys()), set()),
        "lab preview": (lab_preview, set()),
        "log notices": (notices, set()),
        "pitfall checklist": (PitfallChecklist, set()),
    }


@pytest.mark.parametrize("name", list(_dialogs()))
def test_every_word_of_the_dialog_comes_from_the_catalogue(qtbot: Any, in_pseudo: None, name: str) -> None:
    make, data = _dialogs()[name]
    dialog = make()
    qtbot.addWidget(dialog)
    if name == "lab preview":
        # Cells are the file's own values; the headers and the summary are the dialog's words.
        table = dialog.findChild(QWidget, "labPreviewTable")
        headers = [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())]  # type: ignore[attr-defined]
        assert all(OPEN in header for header in headers), headers
    assert untranslated(dialog, data) == []


@pytest.mark.parametrize("name", [name for name in _dialogs() if name != "pitfall checklist"])  # a list: it wraps
def test_longer_words_are_not_clipped_at_the_smallest_screen(qtbot: Any, in_pseudo: None, name: str) -> None:
    make, _data = _dialogs()[name]
    dialog = make()
    qtbot.addWidget(dialog)
    assert clipped(dialog) == []


def test_message_boxes_speak_the_catalogue(qtbot: Any, in_pseudo: None, boxes: list[QMessageBox], tmp_path: Path) -> None:
    from desktop_app.gui.log_notices import SwappedLogDialog, UnsavedCloseDialog
    from desktop_app.gui.log_recovery import DamagedLogDialog, ReadOnlyStartNotice
    from desktop_app.gui.print_desk import NoPrinterMessage

    DamagedLogDialog.ask(None, tmp_path / "caselog.db", "detail", tmp_path / "backup.db")
    DamagedLogDialog.ask(None, tmp_path / "caselog.db", "detail", None)
    UnsavedCloseDialog.ask(None, "reason", can_save=True)
    SwappedLogDialog.ask(None, tmp_path / "caselog.db")
    NoPrinterMessage.ask(None)
    assert len(boxes) == 5
    for box in boxes:
        qtbot.addWidget(box)
        assert untranslated(box) == [], box.objectName()
    ReadOnlyStartNotice.tell(None, "text")
    assert OPEN in boxes[-1].windowTitle()


def test_the_readings_tables_headers_come_from_the_catalogue(in_pseudo: None) -> None:
    from desktop_app.gui.readings_model import ANC_COLUMNS, CBC_COLUMNS, TEMPERATURE_COLUMNS, ReadingsModel

    for columns in (ANC_COLUMNS, CBC_COLUMNS, TEMPERATURE_COLUMNS):
        model = ReadingsModel(columns, "reading")
        headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
        assert all(OPEN in header for header in headers), headers


def test_a_word_outside_the_catalogue_is_caught(qtbot: Any, in_pseudo: None) -> None:
    """The check itself: an English label added without tr() is reported."""
    from desktop_app.gui.withdraw_dialog import WithdrawDialog

    dialog = WithdrawDialog(None, [("row-1", "row label")])
    qtbot.addWidget(dialog)
    QLabel("Plain English", dialog)
    assert untranslated(dialog) == ["QLabel text: 'Plain English'"]


def test_a_clipped_word_is_caught(qtbot: Any, in_pseudo: None) -> None:
    """The check itself: a button held narrower than its words is reported."""
    from desktop_app.gui.withdraw_dialog import WithdrawDialog

    dialog = WithdrawDialog(None, [("row-1", "row label")])
    qtbot.addWidget(dialog)
    narrow = dialog.buttons.buttons()[0]
    narrow.setFixedWidth(10)
    assert any("is 10 px" in problem for problem in clipped(dialog))


def _other_catalogues(pack: Any) -> set[str]:
    """Words that come through the app's and the pack's own catalogues (desktop_app/wording, the pack's
    wording/): translated there, checked for completeness by tests/wording, so not Qt's business here."""
    from desktop_app.wording.render import Renderer, app_catalogue

    renderer = Renderer(pack)
    texts = {**app_catalogue("en").texts, **renderer.texts}
    said = set()
    for path in texts:
        try:
            said.add(renderer.text(path))
        except (KeyError, IndexError, ValueError):
            said.add(texts[path])
    return said | {
        pack.content.drug_name if hasattr(pack.content, "drug_name") else "",
        renderer.drug,
        renderer.drug.capitalize(),
    }


def _items(window: QWidget, name: str) -> list[str]:
    combo = window.findChild(QComboBox, name)
    return [combo.itemText(i) for i in range(combo.count())]


def test_every_word_of_the_main_window_comes_from_a_catalogue(qtbot: Any, in_pseudo: None, make_window: Any, pack: Any) -> None:
    window = make_window()
    units = {unit for combo in ("ancUnitCombo", "cbcUnitCombo") for unit in _items(window, combo)}  # the contract's spellings
    leftover = untranslated(window, _other_catalogues(pack) | units)
    assert leftover == [], "\n".join(leftover)
    titles = [menu.title() for menu in window.menuBar().findChildren(QMenu) if menu.title()]
    assert titles and all(OPEN in title for title in titles), titles
    actions = [action.text() for action in window.findChildren(QAction) if action.text()]
    assert actions and [text for text in actions if OPEN not in text] == []


def test_the_main_window_fits_the_smallest_screen_in_longer_words(qtbot: Any, in_pseudo: None, make_window: Any) -> None:
    window = make_window()
    window.resize(*SCREEN)
    QApplication.processEvents()
    problems = [
        f"{widget.objectName() or widget.text()!r} is {widget.width()} px, needs {widget.minimumSizeHint().width()}"
        for widget in [*window.findChildren(QLabel), *window.findChildren(QAbstractButton)]
        if widget.isVisible() and not (isinstance(widget, QLabel) and widget.wordWrap())
        and widget.width() < widget.minimumSizeHint().width()
    ]  # fmt: skip
    assert window.width() <= SCREEN[0] and window.height() <= SCREEN[1]
    assert problems == []
