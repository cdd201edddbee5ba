"""The slow-work runner delivers results and errors on the GUI thread; the test runner does it at once."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from desktop_app.gui.tasks import SyncRunner, TaskRunner


def test_task_runner_works_off_the_gui_thread_and_answers_on_it(qtbot: Any) -> None:
    runner = TaskRunner()
    gui_thread = threading.get_ident()
    seen: dict[str, Any] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["callback"] = threading.get_ident()

    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)
    runner.run(work, done, lambda error: pytest.fail(str(error)))
    qtbot.waitUntil(lambda: busy == [True, False])
    assert seen["result"] == 42
    assert seen["worker"] != gui_thread and seen["callback"] == gui_thread
    assert not runner.is_busy()


def test_task_runner_delivers_the_error(qtbot: Any) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []

    def work() -> None:
        raise OSError("disk full")

    runner.run(work, lambda result: pytest.fail("succeeded"), errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], OSError)
    assert runner.wait_until_idle(1000)


def test_sync_runner_has_the_same_interface_and_runs_at_once() -> None:
    runner = SyncRunner()
    results: list[Any] = []
    runner.run(lambda: "pdf", results.append, results.append)
    runner.run(lambda: 1 / 0, results.append, results.append)
    assert results[0] == "pdf" and isinstance(results[1], ZeroDivisionError)
    assert runner.wait_until_idle() and not runner.is_busy()
