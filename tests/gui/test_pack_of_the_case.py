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
