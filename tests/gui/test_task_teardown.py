"""Work still running when the window is torn down ends quietly: no traceback on the way out."""

from __future__ import annotations

import threading

import shiboken6

from desktop_app.gui.tasks import TaskRunner


def test_a_job_finishing_after_its_receiver_is_gone_prints_nothing(qapp, capfd):
    runner = TaskRunner()
    release = threading.Event()

    def work() -> int:
        release.wait(10)
        return 1

    def on_success(_result: object) -> None:  # never called: the receiver is gone
        raise AssertionError("delivered to a deleted receiver")

    runner.run(work, on_success, lambda error: None)
    (delivery,) = runner._pending
    shiboken6.delete(delivery)  # what application teardown does to it while the work still runs
    release.set()
    runner.wait_until_idle(10_000)
    qapp.processEvents()
    err = capfd.readouterr().err
    assert "Signal source has been deleted" not in err and "Traceback" not in err
