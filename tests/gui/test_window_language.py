"""The whole window in the clinician's language (issue 15): menus and form through Qt's catalogue, the
recommendation in the pack's wording of that language, numbers typed the local way; the case log keeps
the evaluation as rendered in English beside its messages."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDoubleSpinBox, QLabel, QListWidget, QMenu, QWidget

from desktop_app.gui.language import install_language
from desktop_app.gui.words import forget_pack
from tests.gui.conftest import example

# A few words of the pack's own translation each window must show for the febrile example.
PACK_WORDS = {
    "es": ("ALTO", "Suspender anakinra", "Neutrófilos recuperados"),
    "fr": ("STOP", "Suspendre l'anakinra", "Neutrophiles remontés"),
    "de": ("STOPP", "Anakinra aussetzen", "Neutrophile erholt"),
}


@pytest.fixture
def in_language(qapp: QApplication) -> Iterator[Any]:
    """Switch the application to a language before a window is built; English again afterwards."""
    locale = QLocale()

    def switch(code: str) -> None:
        install_language(qapp, code)

    yield switch
    install_language(qapp, "en")
    QLocale.setDefault(locale)
    forget_pack()


def _pack_words(pack: Any, language: str) -> tuple[str, ...]:
    texts = pack.catalogues[language].texts
    return (
        texts["vocabulary.withhold.clinician"],
        texts["decisions.withhold.clinician"],
        texts["criteria.anc_recovered.title"],
    )


@pytest.mark.parametrize("language", sorted(PACK_WORDS))
def test_the_recommendation_reads_in_the_windows_language(in_language: Any, make_window: Any, pack: Any, language: str) -> None:
    in_language(language)
    window = make_window()
    window.load_case(example("febrile.json"))
    banner = window.findChild(QLabel, "decisionLabel").text()
    word, phrase, criterion = _pack_words(pack, language)
    assert word in banner
    criteria = window.findChild(QListWidget, "criteriaList")
    shown = [criteria.item(row).text() for row in range(criteria.count())]
    assert any(criterion in line for line in shown)
    assert not any("Neutrophils recovered" in line for line in shown)


@pytest.mark.parametrize("language", sorted(PACK_WORDS))
def test_menus_and_form_come_from_the_languages_catalogue(in_language: Any, make_window: Any, language: str) -> None:
    in_language(language)
    window = make_window()
    menu_titles = [menu.title() for menu in window.menuBar().findChildren(QMenu) if menu.title()]
    english = {"&File", "&Edit", "&Help"}
    assert menu_titles and not english & set(menu_titles)
    assert QCoreApplication.translate("MainWindow", "&File") in menu_titles
    save = window.findChild(QWidget, "saveButton")
    assert save.text() == QCoreApplication.translate("MainWindow", "&Save to case log") != "&Save to case log"


@pytest.mark.parametrize(("language", "typed", "expected"), [("de", "0,41", 0.41), ("fr", "1,25", 1.25), ("en", "0.41", 0.41)])
def test_a_count_is_typed_with_the_local_decimal_separator(
    in_language: Any, make_window: Any, qtbot: Any, language: str, typed: str, expected: float
) -> None:
    in_language(language)
    window = make_window()
    spin = window.findChild(QDoubleSpinBox, "ancValueSpin")
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), typed)
    spin.interpretText()
    assert spin.value() == pytest.approx(expected)
    assert spin.text() == typed


def test_the_logged_evaluation_stays_english_with_its_messages(in_language: Any, make_window: Any, db: Any, qtbot: Any) -> None:
    from desktop_app.services import caselog

    in_language("es")
    window = make_window(db=db)
    window.load_case(example("febrile.json"))
    window.save_action.trigger()
    qtbot.waitUntil(lambda: not window.save_action.isEnabled())
    with caselog.open_reader(db) as log:
        (row,) = caselog.list_cases(log)
        logged = caselog.get_case(log, row.id).recommendation
    # The log keeps the contract's English and the messages it can be rendered again from.
    assert logged.language == "en" and logged.headline_wording is not None
    assert logged.criteria[0].title == "Neutrophils recovered"
    criteria = window.findChild(QListWidget, "criteriaList")
    assert "Neutrófilos recuperados" in criteria.item(0).text()


@pytest.mark.parametrize("language", sorted(PACK_WORDS))
def test_no_alt_letter_is_used_twice_in_a_translated_window(in_language: Any, make_window: Any, language: str) -> None:
    """A translator's & picks the Alt+letter: two controls on one letter only take turns at the focus."""
    from tests.gui.test_keyboard_only import mnemonic_clashes

    in_language(language)
    assert mnemonic_clashes(make_window()) == {}


@pytest.mark.parametrize("language", ["en", *sorted(PACK_WORDS)])
def test_no_alt_letter_is_used_twice_in_one_menu(in_language: Any, make_window: Any, db: Any, language: str) -> None:
    """Every menu as the clinician sees it: with the case log open (the worklist, calendar and withdraw
    actions join the menus then) and the pack menu."""
    from collections import Counter

    from tests.gui.test_keyboard_only import mnemonic

    in_language(language)
    window = make_window(db=db)
    window.show_installed_packs(["anakinra-neutropenia", "zelvokinra-neutropenia"])
    assert window.findChild(QAction, "exportCalendarAction") in window.findChild(QMenu, "fileMenu").actions()
    for menu in window.menuBar().findChildren(QMenu):
        letters = Counter(letter for action in menu.actions() if (letter := mnemonic(action.text())))
        assert {letter for letter, count in letters.items() if count > 1} == set(), (language, menu.title())


def _dialogs() -> dict[str, Any]:
    from desktop_app.gui.drafts import DraftDialog
    from desktop_app.gui.override_dialog import ClinicianOverrideDialog
    from desktop_app.gui.preferences import PreferencesDialog
    from desktop_app.gui.print_desk import PrintChoiceDialog
    from desktop_app.gui.withdraw_dialog import WithdrawDialog

    return {
        "preferences": lambda: PreferencesDialog(),
        "print": lambda: PrintChoiceDialog("clinician", False, languages=("de", "en", "es", "fr"), language="en"),
        "pdf": lambda: PrintChoiceDialog("patient", True, languages=("de", "en", "es", "fr"), language="en"),
        "override": lambda: ClinicianOverrideDialog("withhold"),
        "draft": lambda: DraftDialog("KB-1, ANC 410"),
        "withdraw": lambda: WithdrawDialog(None, [("1", "KB-1 evaluation")]),
    }


@pytest.mark.parametrize("dialog", sorted(_dialogs()))
@pytest.mark.parametrize("language", ["en", *sorted(PACK_WORDS)])
def test_no_alt_letter_is_used_twice_in_a_dialog(in_language: Any, qtbot: Any, language: str, dialog: str) -> None:
    from tests.gui.test_keyboard_only import mnemonic_clashes

    in_language(language)
    shown = _dialogs()[dialog]()
    qtbot.addWidget(shown)
    assert mnemonic_clashes(shown) == {}


def test_the_due_view_chart_and_tables_speak_the_windows_language(
    in_language: Any, make_window: Any, db: Any, pack: Any, as_of: Any, qtbot: Any
) -> None:
    from desktop_app.engine import evaluate
    from desktop_app.models import parse_case
    from desktop_app.services import caselog
    from tests.gui.conftest import named

    case = parse_case(example("febrile.json"))
    with caselog.open_log(db) as log:
        caselog.record_evaluation(log, case, evaluate(case, pack, as_of), who="Dr Ada")
    in_language("es")
    window = make_window(db=db)
    qtbot.waitUntil(lambda: window.due_desk.latest is not None)
    model = named(window, "dueView").model
    (row,) = [tuple(model.index(0, c).data() for c in range(model.columnCount()))]
    assert row[1] == "Recuento previsto (24 h)" and row[3] == "dentro de 18 h" and row[4] == "Suspender"
    assert model.headerData(5, Qt.Orientation.Horizontal) == "RAN"
    assert named(window, "dueCountLabel").text().startswith("1 elemento")
    window.load_case(example("febrile.json"))
    chart = named(window, "ancTrendChart")
    assert "RAN" in chart.accessibleDescription() and " on " not in chart.accessibleDescription()
    readings = window.form.anc_model
    assert readings.index(0, 1).data() == "0,41"  # the count as typed, with the Spanish decimal comma
    summary = named(window, "ancSummaryLabel").text()
    assert "mar" in summary and "Tue" not in summary  # martes, not Tuesday


def test_a_pack_without_the_window_language_keeps_the_app_words_in_it(in_language: Any, make_window: Any) -> None:
    """A Spanish window showing a pack that has no Spanish wording: the pack's clinical words are its
    English, but the app's own labels, units and number formats stay Spanish."""
    from desktop_app.knowledge import load_pack_dir
    from tests.test_drug_name import FICTIONAL

    other = load_pack_dir(FICTIONAL)
    assert "es" not in other.catalogues
    in_language("es")
    window = make_window(pack=other)
    labels = [label.text() for label in window.form.findChildren(QLabel)]
    assert "Zelvokinra aho&ra" in labels, labels
    unit = window.findChild(QWidget, "ancUnitCombo")
    assert unit.itemText(unit.findData("cells/uL")) == "células/µL"
