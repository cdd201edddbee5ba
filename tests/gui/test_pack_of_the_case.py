"""A case of another pack in this window: refused naming the pack, never shown as this pack's advice."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from tests.test_drug_name import CASE, PACK_ID, drop_fictional_pack


def test_a_case_of_the_other_pack_is_never_shown_green_by_this_window(make_window: Any, db: Any, as_of: Any, qtbot: Any) -> None:
    """A case named for (or logged with) zelvokinra's pack, opened in an anakinra window: refused, naming
    the pack, instead of a recommendation for the wrong drug."""
    from desktop_app.models import parse_case
    from desktop_app.services import caselog
    from desktop_app.services.evaluation import evaluate
    from desktop_app.services.packs import open_pack

    drop_fictional_pack()
    window = make_window(db=db)
    label = window.findChild(QLabel, "decisionLabel")
    window.load_case({**CASE, "pack": PACK_ID})
    qtbot.waitUntil(lambda: window.session.current().error is not None)
    assert window.session.current().recommendation is None
    assert window.session.current().error.field == "pack"
    shown = label.text().lower()
    assert "knowledge pack" in shown and "zelvokinra-neutropenia" in shown
    assert not any(word in shown for word in ("resume", "continue", "withhold"))
    # Logged from the command line with `--pack` (the case itself names no pack), then reopened here.
    other = open_pack(pack_id=PACK_ID)
    case = parse_case(CASE)
    with caselog.open_log(db) as log:
        logged = caselog.record_evaluation(log, case, evaluate(case, other, as_of), who="Dr Ada")
    window.log_session.reopen(logged)
    assert window.form.to_data()["pack"] == PACK_ID
    assert window.session.current().recommendation is None and window.session.current().error.field == "pack"


def test_a_case_of_another_installed_pack_offers_to_open_the_window_with_it(make_window: Any, db: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QPushButton

    drop_fictional_pack()
    window = make_window(db=db)
    window.show_installed_packs(["anakinra-neutropenia", PACK_ID])
    button = window.findChild(QPushButton, "useCasePackButton")
    assert button.isHidden()
    window.load_case({**CASE, "pack": PACK_ID})
    qtbot.waitUntil(lambda: window.session.current().error is not None)
    assert not button.isHidden() and PACK_ID in button.text()
    with qtbot.waitSignal(window.pack_change_requested) as asked:
        button.click()
    assert asked.args == [PACK_ID]
    window.load_case({**CASE, "pack": "anakinra-neutropenia"})  # the pack in force: nothing to offer
    qtbot.waitUntil(lambda: window.session.current().error is None or window.session.current().error.field != "pack")
    assert button.isHidden()


def test_a_case_of_a_pack_not_installed_offers_nothing(make_window: Any, db: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QPushButton

    window = make_window(db=db)
    window.show_installed_packs(["anakinra-neutropenia"])
    window.load_case({**CASE, "pack": "nowhere-pack"})
    qtbot.waitUntil(lambda: window.session.current().error is not None)
    assert window.findChild(QPushButton, "useCasePackButton").isHidden()
