"""The one way the window runs slow work (PDF, export, big searches): off the GUI thread, results back on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop_app.gui.module_sources import forget_module_sources

Work = Callable[[], Any]
Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class Runner(Protocol):
    """What a widget needs to start slow work; the window gets a TaskRunner, tests a SyncRunner."""

    busy_changed: Any

    def run(self, work: Work, on_success: Success, on_failure: Failure) -> None: ...

    def wait_until_idle(self, timeout_ms: int = -1) -> bool: ...


class _Delivery(QObject):
    """Lives in the GUI thread; the worker emits, Qt queues the call back to the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, on_success: Success, on_failure: Failure, on_done: Callable[[_Delivery], None]) -> None:
        super().__init__()
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_done = on_done
        self.succeeded.connect(self._deliver_success)
        self.failed.connect(self._deliver_failure)

    @Slot(object)
    def _deliver_success(self, result: Any) -> None:
        try:
            self._on_success(result)
        finally:
            self._on_done(self)

    @Slot(object)
    def _deliver_failure(self, error: BaseException) -> None:
        try:
            self._on_failure(error)
        finally:
            self._on_done(self)


class _Job(QRunnable):
    def __init__(self, work: Work, delivery: _Delivery) -> None:
        super().__init__()
        self._work = work
        self._delivery = delivery

    def run(self) -> None:
        # Only signals cross back: the worker never touches a widget.
        try:
            result = self._work()
        except Exception as error:  # delivered to the GUI thread, which decides what to tell the user
            self._send(self._delivery.failed, error)
        else:
            self._send(self._delivery.succeeded, result)

    @staticmethod
    def _send(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            # The window closed and the application is being torn down while this work ran (a warm-up
            # at start-up, say): nobody is left to tell, and a traceback on exit helps no one.
            pass


class TaskRunner(QObject):
    """Runs callables on a thread pool and calls back on the GUI thread with the result or the error."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._pending: set[_Delivery] = set()

    def run(self, work: Work, on_success: Success, on_failure: Failure) -> None:
        delivery = _Delivery(on_success, on_failure, self._finished)
        self._pending.add(delivery)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(work, delivery))

    def is_busy(self) -> bool:
        return bool(self._pending)

    def wait_until_idle(self, timeout_ms: int = -1) -> bool:
        """Wait for the workers (not for their queued callbacks); used when the window closes."""
        return self._pool.waitForDone(timeout_ms)

    def _finished(self, delivery: _Delivery) -> None:
        self._pending.discard(delivery)
        delivery.deleteLater()
        if not self._pending:
            forget_module_sources()  # the work may have imported modules (reports, exchange) for the first time
            self.busy_changed.emit(False)


class SyncRunner(QObject):
    """Same interface as TaskRunner, but runs the work at once on the calling thread (for tests)."""

    busy_changed = Signal(bool)

    def run(self, work: Work, on_success: Success, on_failure: Failure) -> None:
        self.busy_changed.emit(True)
        try:
            try:
                result = work()
            except Exception as error:
                on_failure(error)
            else:
                on_success(result)
        finally:
            self.busy_changed.emit(False)

    def is_busy(self) -> bool:
        return False

    def wait_until_idle(self, timeout_ms: int = -1) -> bool:
        return True
