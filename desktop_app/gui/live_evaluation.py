"""Re-evaluates the case through the services a moment after the form stops changing (debounced)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.knowledge import Pack
from desktop_app.models import CaseInput, InputError, Recommendation
from desktop_app.services.evaluation import evaluate_data

DEBOUNCE_MS = 250
# Save/Print/Export act on the evaluation on screen when the form is as it was then and it is this recent;
# an older one is judged again at the time of pressing (a case left open is not printed as of hours ago).
REUSE_FOR_SECONDS = 60


@dataclass(frozen=True)
class Evaluation:
    """One look at the form: the data as entered and either the recommendation or what to fix."""

    data: dict[str, Any]
    case: CaseInput | None = None
    recommendation: Recommendation | None = None
    error: InputError | None = None
    blank: bool = False

    @property
    def valid(self) -> bool:
        return self.recommendation is not None


class LiveEvaluation(QObject):
    """Owns the debounce timer; `updated` carries each new Evaluation to the form and the panel."""

    updated = Signal(object)

    def __init__(
        self,
        pack: Pack,
        read_form: Callable[[], dict[str, Any]],
        form_is_blank: Callable[[], bool],
        clock: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.pack = pack
        self._read_form = read_form
        self._form_is_blank = form_is_blank
        self._clock = clock
        self.latest = Evaluation(data={}, blank=True)
        self._latest_at: datetime | None = None  # the clock when `latest` was made
        self._latest_as_of: datetime | None = None  # the pinned moment it was judged at, if any
        self._pinned: tuple[datetime, dict[str, Any]] | None = None
        self._timer = QTimer(self)
        self._timer.setObjectName("evaluationTimer")
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.evaluate_now)

    def schedule(self) -> None:
        """The form changed: evaluate once it has been still for DEBOUNCE_MS."""
        self._timer.start()

    def pin(self, as_of: datetime, data: dict[str, Any]) -> None:
        """Evaluate `data` at `as_of` (a saved evaluation's moment) for as long as the form holds exactly that data.

        A reopened case then shows what was logged; the first change makes it a new evaluation, judged now.
        """
        self._pinned = (as_of, dict(data))

    def unpin(self) -> None:
        self._pinned = None

    def pinned_as_of(self, data: dict[str, Any]) -> datetime | None:
        return self._pinned[0] if self._pinned is not None and self._pinned[1] == data else None

    def is_pending(self) -> bool:
        return self._timer.isActive()

    def current(self) -> Evaluation:
        """The evaluation on screen when it still stands for the form, else a new one (see REUSE_FOR_SECONDS).

        Pressing Save or Print then neither evaluates again nor redraws the panel.
        """
        if not self._timer.isActive() and self._latest_at is not None:
            data = self._read_form()
            age = (self._clock() - self._latest_at).total_seconds()
            if data == self.latest.data and self.pinned_as_of(data) == self._latest_as_of and 0 <= age < REUSE_FOR_SECONDS:
                return self.latest
        return self.evaluate_now()

    def evaluate_now(self) -> Evaluation:
        """Evaluate at once (Save uses this so it never acts on a stale result)."""
        self._timer.stop()
        data = self._read_form()
        now = self._clock()
        self._latest_at, self._latest_as_of = now, self.pinned_as_of(data)
        if self._form_is_blank():
            evaluation = Evaluation(data=data, blank=True)
        else:
            try:
                # `now` is read at this moment, so a case left open is judged at the time it is looked at.
                case, recommendation = evaluate_data(data, self.pack, self._latest_as_of, now)
            except InputError as error:
                evaluation = Evaluation(data=data, error=error)
            else:
                evaluation = Evaluation(data=data, case=case, recommendation=recommendation)
        self.latest = evaluation
        self.updated.emit(evaluation)
        return evaluation
