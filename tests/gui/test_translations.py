"""The window's language: catalogues up to date and complete, the Preferences choice, and what it changes."""

from __future__ import annotations

import fnmatch
import importlib.util
import shutil
import sys
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from desktop_app.gui import language
from desktop_app.gui.language import install_language
from desktop_app.gui.preferences import Preferences, PreferencesDialog
from desktop_app.gui.withdraw_dialog import WithdrawDialog
from tests.conftest import REPO

sys.path.insert(0, str(REPO / "packaging"))
import translations  # noqa: E402  (packaging/translations.py, the catalogue tool)

CATALOGUES = REPO / "resources" / "i18n"
LANGUAGES = ("es", "fr", "de")


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The application, given back in English, left to right, with the locale it had."""
    locale = QLocale()
    yield qapp
    install_language(qapp, "en")
    QLocale.setDefault(locale)


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _unfinished(ts: Path) -> list[str]:
    missing = []
    for context, source, message in _messages(ts):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind in ("obsolete", "vanished"):
            continue
        if translation is None or kind == "unfinished" or not (translation.text or "").strip():
            missing.append(f"{context}: {source}")
    return missing


# ---- the catalogues -----------------------------------------------------------------------------------


@pytest.mark.parametrize("code", LANGUAGES)
def test_committed_catalogue_is_compiled_from_its_source(code: str, tmp_path: Path) -> None:
    """A .ts edited without `translations.py release` leaves a stale .qm: the window would show old words."""
    translations.release(CATALOGUES, tmp_path)
    fresh = tmp_path / f"neutrohold_{code}.qm"
    committed = CATALOGUES / f"neutrohold_{code}.qm"
    assert committed.exists(), f"{committed.name} is missing: run python packaging/translations.py release"
    assert fresh.read_bytes() == committed.read_bytes(), (
        f"{committed.name} is out of date with {committed.with_suffix('.ts').name}: run python packaging/translations.py release"
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_string_of_the_window_has_a_translation(code: str, tmp_path: Path) -> None:
    """Extract the code's strings afresh into a copy of the catalogue: none may be new, unfinished or empty."""
    copy = tmp_path / "i18n"
    copy.mkdir()
    shutil.copy(CATALOGUES / f"neutrohold_{code}.ts", copy)
    translations.update(copy, [code])
    missing = _unfinished(copy / f"neutrohold_{code}.ts")
    assert not missing, (
        f"{len(missing)} strings without a {code} translation (python packaging/translations.py update, then translate):\n"
        + "\n".join(missing[:20])
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_translation_keeps_the_placeholders_and_one_shortcut(code: str) -> None:
    """A lost {patient} would print a sentence without the patient; a lost & would take a keyboard shortcut away."""
    import re

    for context, source, message in _messages(CATALOGUES / f"neutrohold_{code}.ts"):
        text = message.findtext("translation") or ""
        where = f"{code} {context}: {source!r} -> {text!r}"
        assert sorted(re.findall(r"\{\w+\}", text)) == sorted(re.findall(r"\{\w+\}", source)), where
        assert ("&" in source) == (text.count("&") == 1), where


def test_the_unfinished_check_sees_an_unfinished_string(tmp_path: Path) -> None:
    ts = tmp_path / "neutrohold_xx.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="xx"><context><name>A</name>'
        '<message><source>Save</source><translation type="unfinished"></translation></message>'
        "<message><source>Open</source><translation>Ouvrir</translation></message>"
        '<message><source>Gone</source><translation type="vanished">Parti</translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    assert _unfinished(ts) == ["A: Save"]


def test_the_catalogues_are_package_data_of_the_wheel_and_the_frozen_build() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = project["tool"]["setuptools"]["package-data"]["desktop_app.resources"]
    for code in LANGUAGES:
        name = f"i18n/neutrohold_{code}.qm"
        assert any(fnmatch.fnmatch(name, pattern) for pattern in patterns), name
    # The frozen build's datas are pyproject.toml's package-data (packaging/package_data.py).
    spec = importlib.util.spec_from_file_location("package_data", REPO / "packaging" / "package_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    bundled = {(Path(source).name, folder) for source, folder in module.package_data(REPO)}
    for code in LANGUAGES:
        assert (f"neutrohold_{code}.qm", "desktop_app/resources/i18n") in bundled, code


# ---- the Preferences choice ---------------------------------------------------------------------------


def test_preferences_offer_each_language_in_its_own_words(qtbot: Any, app: QApplication) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    combo = dialog.findChild(type(dialog.language), "languageCombo")
    assert combo is not None
    assert [combo.itemText(i) for i in range(combo.count())] == ["System default", "English", "Español", "Français", "Deutsch"]
    assert [combo.itemData(i) for i in range(combo.count())] == ["system", "en", "es", "fr", "de"]
    note = dialog.findChild(QLabel, "languageRestartNote")
    assert note is not None and "next started" in note.text()
    assert note.textFormat() == Qt.TextFormat.PlainText


def test_preferences_dialog_in_german(qtbot: Any, app: QApplication) -> None:
    assert install_language(app, "de") == "de"
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Einstellungen"
    assert dialog.language.itemText(0) == "Systemvorgabe"
    assert [dialog.language.itemText(i) for i in range(1, 5)] == ["English", "Español", "Français", "Deutsch"]
    assert dialog.paper_size.accessibleName() == "Papierformat"
    assert dialog.contrast.itemText(1) == "Hoher Kontrast"
    assert (
        dialog.findChild(QLabel, "languageRestartNote").text()
        == "Eine neue Sprache wird beim nächsten Start von NeutroHold verwendet."
    )
    buttons = dialog.findChild(QDialogButtonBox, "preferencesButtons")
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).accessibleName() == "Einstellungen speichern"


def test_spanish_chosen_in_preferences_is_saved_and_gives_a_spanish_dialog(qtbot: Any, app: QApplication, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "neutrohold.ini"), QSettings.Format.IniFormat)
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.load(Preferences.read(settings))
    assert dialog.language.currentData() == "system"
    dialog.language.setCurrentIndex(dialog.language.findText("Español"))
    dialog.to_model().write(settings)

    again = QSettings(str(tmp_path / "neutrohold.ini"), QSettings.Format.IniFormat)
    assert Preferences.read(again).language == "es"
    assert language.install_saved_language(app, again) == "es"
    withdraw = WithdrawDialog(None, [("row-1", "Esta evaluación")])
    qtbot.addWidget(withdraw)
    assert withdraw.windowTitle() == "Retirar una entrada introducida por error"
    assert withdraw.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Retirar"
    assert withdraw.target.accessibleName() == "Entrada que se retira"
    # Qt's own catalogue translates the standard buttons, where the Qt installation ships it.
    if language.qt_catalogue_folder().joinpath("qtbase_es.qm").is_file():
        assert withdraw.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"
    assert QLocale().language() == QLocale.Language.Spanish


def test_an_unknown_saved_language_falls_back_to_the_system(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "neutrohold.ini"), QSettings.Format.IniFormat)
    settings.setValue("preferences/language", "tlh")
    assert Preferences.read(settings).language == "system"


def test_back_in_english_the_dialog_is_english(qtbot: Any, app: QApplication) -> None:
    install_language(app, "fr")
    install_language(app, "en")
    dialog = WithdrawDialog(None, [("row-1", "x")])
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Withdraw an entry entered in error"


# ---- direction and default ----------------------------------------------------------------------------


def test_a_right_to_left_language_turns_the_layout(qtbot: Any, app: QApplication) -> None:
    assert install_language(app, "ar") == "ar"  # no catalogue: the mechanism alone
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    dialog = WithdrawDialog(None, [("row-1", "x")])
    qtbot.addWidget(dialog)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.windowTitle() == "Withdraw an entry entered in error"  # untranslated words stay English
    install_language(app, "de")
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.mark.parametrize(
    ("system", "expected"), [("fr_CA", "fr"), ("de_AT", "de"), ("es_MX", "es"), ("en_GB", "en"), ("nl_NL", "en"), ("C", "en")]
)
def test_the_default_follows_the_system_locale(
    monkeypatch: pytest.MonkeyPatch, app: QApplication, system: str, expected: str
) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(system)))
    assert install_language(app, "system") == expected
    assert install_language(app, None) == expected
    if expected != "en":
        # The workstation's region is kept when it speaks the language (dates and numbers of fr_CA, de_AT).
        assert QLocale().name() == system


def test_system_french_gives_a_french_window(qtbot: Any, monkeypatch: pytest.MonkeyPatch, app: QApplication) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_FR")))
    language.install_saved_language(app)  # nothing saved yet: the system default
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Préférences"


# ---- where the catalogue is found ---------------------------------------------------------------------


def test_the_catalogue_is_found_through_importlib_resources() -> None:
    from importlib import resources

    found = language.catalogue("de")
    assert found == resources.files("desktop_app.resources").joinpath("i18n", "neutrohold_de.qm")
    assert found.read_bytes() == (CATALOGUES / "neutrohold_de.qm").read_bytes()


def test_a_catalogue_inside_an_archive_is_loaded(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, app: QApplication, tmp_path: Path
) -> None:
    """As in a bundle whose package data is not a folder on disk: the catalogue is read, not opened by path."""
    archive = tmp_path / "bundle.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.write(CATALOGUES / "neutrohold_fr.qm", "desktop_app/resources/i18n/neutrohold_fr.qm")
    inside = zipfile.Path(archive, "desktop_app/resources/")
    monkeypatch.setattr(language.resources, "files", lambda package: inside)
    assert install_language(app, "fr") == "fr"
    dialog = WithdrawDialog(None, [("row-1", "x")])
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Retirer une entrée saisie par erreur"
