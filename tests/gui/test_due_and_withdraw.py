"""The window's Due view, withdrawing an entry entered in error, the calendar export and the kept anchor."""

from __future__ import annotations

import json
import stat
from datetime import datetime
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget

from desktop_app.services.evaluation import evaluate
from desktop_app.gui.record_desk import CalendarFileDialog
from desktop_app.gui.withdraw_dialog import WithdrawDialog
from desktop_app.models import parse_case
from desktop_app.services import caselog
from tests.conftest import EXAMPLES
from tests.gui.conftest import named


def record_example(db: Path, pack, as_of: datetime, name: str = "febrile.json") -> str:
    case = parse_case(json.loads((EXAMPLES / name).read_text(encoding="utf-8")))
    with caselog.open_log(db) as log:
        return caselog.record_evaluation(log, case, evaluate(case, pack, as_of), who="Dr Ada")


def due_rows(window) -> list[tuple[str, ...]]:
    model = named(window, "dueView").model
    return [tuple(model.index(r, c).data() for c in range(model.columnCount())) for r in range(model.rowCount())]


def test_the_due_view_lists_todays_count_and_opens_the_case(make_window, db, pack, as_of, qtbot):
    held = record_example(db, pack, as_of)
    record_example(db, pack, as_of, "recovering.json")
    window = make_window(db=db)
    qtbot.waitUntil(lambda: window.due_desk.latest is not None)
    assert isinstance(window.findChild(QDockWidget, "dueDock"), QDockWidget)
    rows = due_rows(window)
    assert rows == [("RHEU-0977", "Count due (24 h)", "2026-11-25 06:30", "in 18 h", "Withhold", "410")]
    assert window.findChild(QAction, "dueCountAction").text() == "Due (1)"
    view = named(window, "dueView")
    view.table.clicked.emit(view.model.index(0, 0))
    assert named(window, "patientRefEdit").text() == "RHEU-0977"
    assert window.log_session.record is not None and window.log_session.record.row.id == held


def test_withdrawing_the_shown_evaluation_strikes_it_through_and_empties_the_worklist(
    make_window, db, pack, as_of, monkeypatch, qtbot
):
    held = record_example(db, pack, as_of)
    window = make_window(db=db)
    qtbot.waitUntil(lambda: window.due_desk.latest is not None and window.due_desk.latest.count == 1)
    window.case_chosen.emit(held)
    asked = []

    def answer(parent, choices):
        asked.append(choices)
        return held, "entered for the wrong patient"

    monkeypatch.setattr(WithdrawDialog, "ask", classmethod(lambda cls, parent, choices: answer(parent, choices)))
    window.findChild(QAction, "withdrawAction").trigger()
    assert asked and asked[0][0][0] == held
    qtbot.waitUntil(lambda: window.due_desk.action.text() == "Due (0)")  # written on the log runner
    assert due_rows(window) == []
    assert window.due_desk.action.text() == "Due (0)"
    history = window.panel.history
    texts = [history.item(i).text() for i in range(history.count())]
    fonts = [history.item(i).font().strikeOut() for i in range(history.count())]
    assert any("withdrawn by" in text and "wrong patient" in text for text in texts) and any(fonts)
    with caselog.open_log(db) as log:
        assert caselog.get_case(log, held).withdrawal.reason == "entered for the wrong patient"


def test_the_reason_dialog_refuses_a_blank_reason_and_keeps_the_dialog_open(qtbot):
    dialog = WithdrawDialog(None, [("a" * 36, "This evaluation")])
    qtbot.addWidget(dialog)
    reason = dialog.findChild(type(dialog.reason), "withdrawReasonEdit")
    reason.setPlainText("   ")
    dialog.buttons.accepted.emit()
    assert dialog.result() == 0 and "why" in dialog.problem.text().lower()
    reason.setPlainText("duplicate entry")
    dialog.buttons.accepted.emit()
    assert dialog.result() == 1 and dialog.choice() == ("a" * 36, "duplicate entry")


def test_export_calendar_writes_the_shown_cases_schedule_privately(make_window, db, pack, as_of, monkeypatch, tmp_path):
    held = record_example(db, pack, as_of)
    window = make_window(db=db)
    window.case_chosen.emit(held)
    out = tmp_path / "schedule.ics"
    monkeypatch.setattr(CalendarFileDialog, "ask", classmethod(lambda cls, parent, suggested: out))
    window.record_desk.calendar_action.trigger()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "SUMMARY:RHEU-0977: CBC with differential" in out.read_text(encoding="utf-8")


def test_the_window_keeps_the_latest_anchor_outside_the_log(make_window, db, pack, as_of):
    record_example(db, pack, as_of)
    make_window(db=db)
    kept = caselog.kept_anchor_path(db)
    assert kept.exists() and kept.parent != db.parent
    with caselog.open_log(db) as log:
        assert caselog.verify(log).anchors == 1 and caselog.verify(log).ok


def test_a_window_open_read_only_withdraws_nothing_and_says_so(make_window, db, pack, as_of, monkeypatch, qtbot):
    from desktop_app.gui.problem_message import ProblemMessage

    held = record_example(db, pack, as_of)
    window = make_window(db=db)
    window.case_chosen.emit(held)
    window.session.read_only_reason = "the case log folder cannot be written."
    told = []
    monkeypatch.setattr(ProblemMessage, "tell", classmethod(lambda cls, parent, title, text: told.append(text)))
    monkeypatch.setattr(WithdrawDialog, "ask", classmethod(lambda cls, parent, choices: (held, "entered twice")))
    window.findChild(QAction, "withdrawAction").trigger()
    qtbot.waitUntil(lambda: bool(told))
    assert "not withdrawn" in told[0] and "read-only" in told[0]
    with caselog.open_log(db) as log:
        assert caselog.get_case(log, held).withdrawal is None
