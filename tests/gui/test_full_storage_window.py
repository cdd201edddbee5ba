"""The window on a full case log: the save fails with a message, the form and its draft are kept, the log unchanged."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from desktop_app.gui.problem_message import ProblemMessage
from desktop_app.services import caselog, log_writes
from tests.gui.conftest import enter_case, log_rows, named
from tests.reliability.test_full_storage import contents, fill_to_the_page_limit


def test_the_window_keeps_the_form_and_the_draft_when_the_log_is_full(log_window: Any, as_of, monkeypatch, qtbot):
    told: list[str] = []
    monkeypatch.setattr(ProblemMessage, "tell", classmethod(lambda cls, parent, title, text: told.append(text)))
    enter_case(log_window, "RHEU-0559", 300, as_of - timedelta(hours=3))
    log_window.live.evaluate_now()
    log_window.session.autosave()
    log = log_window.log_session.log
    qtbot.waitUntil(lambda: len(caselog.list_drafts(log)) == 1)  # drafts are written on the log runner
    (draft,) = caselog.list_drafts(log)
    before = contents(log.path)
    opened = log_writes.open_case_log

    def full(*args: Any, **kwargs: Any) -> caselog.CaseLog:
        writer = opened(*args, **kwargs)  # each write of the window has a connection of its own
        fill_to_the_page_limit(writer)
        return writer

    monkeypatch.setattr(log_writes, "open_case_log", full)
    log_window.save_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    assert "not saved" in told[0] and "full" in told[0]
    assert named(log_window, "patientRefEdit").text() == "RHEU-0559"
    assert log_rows(log_window) == []
    assert caselog.list_drafts(log) == [draft]
    assert contents(log.path) == before
