"""The case in the form as one state machine: which case it is, whether it is saved, its evaluation, draft and log writes.

QtCore only (no widget): the window is a view behind `CaseView`, and the tests drive the session
without one. States (`CaseState`):

- NEW: nothing from the log in the form and nothing typed (a blank form);
- EDITED: typed into and not saved: a new case, a restored draft, or a saved or reopened case changed;
- SAVED: the form holds exactly what this window last saved;
- REOPENED: the form holds exactly a logged evaluation reopened, with its history (or a case loaded from a file).

Provisional (a count may be in the wrong unit, unconfirmed) is a flag on top of any state, not a
state: it comes from the evaluation, and a provisional result is neither saved nor printed. A
saved or reopened case changed stays linked to its `record` (the panel says "changed since"),
and a change back to what was logged is SAVED or REOPENED again.

Every write (save, draft, tick, override) runs on the log runner, one at a time, on a connection of
its own (services.log_writes), so the GUI thread never waits on another program's write lock.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from functools import partial
from typing import TYPE_CHECKING, Any, Literal, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.models import InputError
from desktop_app.services import caselog, log_writes
from desktop_app.gui.words import words
from desktop_app.services.drafts import (
    DraftAnswer,
    InstanceLock,
    draft_payload,
    draft_summary,
    instances_dir,
    is_leftover,
    new_draft_key,
    release_draft_key,
    sweep_dead_instances,
)

if TYPE_CHECKING:
    from desktop_app.gui.live_evaluation import Evaluation, LiveEvaluation
    from desktop_app.gui.tasks import Runner
    from desktop_app.knowledge import Pack
    from desktop_app.models import CaseInput, Recommendation
    from desktop_app.services.caselog import CaseRecord

# After the form has been still this long, an unsaved case is written to the log as a draft.
DRAFT_DELAY_MS = 2000
# What can go wrong when the log is used: locked too long, refused input, a disk or file problem.
LOG_ERRORS = (caselog.CaseLogError, InputError, sqlite3.Error, OSError)
CloseAnswer = Literal["save", "discard", "cancel"]


class CaseState(StrEnum):
    NEW = "new"
    EDITED = "edited"
    SAVED = "saved"
    REOPENED = "reopened"


# The form holds exactly a logged (or loaded) evaluation.
UNCHANGED_STATES = (CaseState.SAVED, CaseState.REOPENED)


@dataclass(frozen=True)
class CaseSnapshot:
    """What Save, Print and Export act on: the case as entered, validated, its recommendation and ticks."""

    data: dict[str, Any]
    case: CaseInput
    recommendation: Recommendation
    ticked_pitfalls: tuple[str, ...]


class CaseView(Protocol):
    """What the session needs of the window: read and fill the form, and ask the clinician."""

    def form_data(self) -> dict[str, Any]: ...

    def form_is_blank(self) -> bool: ...

    def ticked_pitfalls(self) -> list[str]: ...

    def load_form(self, case: CaseInput | dict[str, Any], ticked: Iterable[str], recorded: dict[str, str] | None) -> None: ...

    def clear_form(self) -> None: ...

    def ask_discard(self) -> bool: ...

    def ask_unsaved_close(self, reason: str, can_save: bool) -> CloseAnswer: ...

    def ask_draft(self, summary: str) -> DraftAnswer | None: ...

    def request_save(self) -> None: ...


class CaseSession(QObject):
    """Owns the form's case: state, the logged record shown, the baseline it was saved or reopened as, the evaluation, the draft.

    Inputs: form_changed() / pitfall_changed() from the view, load(), reopen(), new_case(),
    restore_draft(), save(snapshot), may_close(). Outputs are the signals below; the window and
    the log pane render them.
    """

    stateChanged = Signal(object)  # CaseState, also when another logged record is shown in the same state
    evaluationChanged = Signal(object)  # Evaluation
    provisionalChanged = Signal(bool)
    savingChanged = Signal(bool)
    saved = Signal(str)  # the evaluation id now in the log
    saveFailed = Signal(object)  # the error; the form keeps what was typed and stays EDITED
    problem = Signal(str, object)  # what could not be done, and why (the window tells the clinician)
    notice = Signal(str, int)  # a status line, and for how long (ms)
    draftProblemChanged = Signal(object)  # why the unsaved case is not kept as a draft, or None
    waitingChanged = Signal(bool)  # a write waits for another program's lock
    logSwapped = Signal()  # the file at the log's name is not the one opened: nothing was written
    closeRequested = Signal()  # the unsaved work is kept (or saved): the window may close now
    _waiting = Signal()  # emitted from a worker thread; Qt delivers it on the GUI thread

    def __init__(self, clock: Callable[[], datetime], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.view: CaseView | None = None
        self.live: LiveEvaluation | None = None
        self.record: CaseRecord | None = None
        self._baseline: dict[str, Any] | None = None  # the form as last saved or loaded
        self._origin = CaseState.REOPENED  # which unchanged state the baseline stands for
        self._state = CaseState.NEW
        self._record_id: str | None = None
        self._loading = False
        self.provisional = False
        self.saving = False
        self.read_only_reason: str | None = None
        # The case log, once attached.
        self.log: caselog.CaseLog | None = None
        self.runner: Runner | None = None
        self.identity: str | None = None
        self.audit_mark: list[Any] | None = None
        self._who: Callable[[], str] = caselog.default_who
        self._pending_writes = 0
        self._closed = False
        self._close_when_written = False
        self._waiting.connect(self._show_waiting)
        # The draft: this window's key, what was last written under it.
        self.draft_key: str | None = None
        self.instance_lock: InstanceLock | None = None
        self._draft_written: dict[str, Any] | None = None
        self._draft_generation = 0
        self.draft_problem: str | None = None
        self._draft_timer = QTimer(self)
        self._draft_timer.setObjectName("draftTimer")
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.autosave)

    # ---- wiring -----------------------------------------------------------------------------------------------

    def bind_view(self, view: CaseView) -> None:
        self.view = view

    def _view(self) -> CaseView:
        if self.view is None:
            raise RuntimeError("the case session has no view yet")
        return self.view

    def set_pack(self, pack: Pack) -> None:
        """Evaluate the form with `pack` from now on (debounced after each change)."""
        from desktop_app.gui.live_evaluation import LiveEvaluation

        view = self._view()
        self.live = LiveEvaluation(pack, view.form_data, view.form_is_blank, self.clock, self)
        self.live.updated.connect(self._evaluated)

    def _live(self) -> LiveEvaluation:
        if self.live is None:
            raise RuntimeError("the case session has no knowledge pack yet")
        return self.live

    def attach_log(self, log: caselog.CaseLog, runner: Runner, who: Callable[[], str], read_only_reason: str | None) -> None:
        """Save to `log` through `runner`; `who` names the clinician recording."""
        self.log = log
        self.runner = runner
        self._who = who
        self.identity = self._identity_of(log)
        # Where the log's audit trail was when this window last read or wrote it (see log_writes.continues_from).
        self.audit_mark = self._mark_of(log)
        self.read_only_reason = read_only_reason
        self.draft_key = new_draft_key()
        self.instance_lock = InstanceLock(instances_dir(log.path), self.draft_key)

    def release_on(self, owner: QObject) -> None:
        """`owner` destroyed without closing (a crash) leaves the draft as a leftover for the next start."""
        key, lock = self.draft_key, self.instance_lock

        # Connected to a plain function, so it runs even while this session is being destroyed.
        def release(*_: object) -> None:
            if key is not None:
                release_draft_key(key)
            if lock is not None:
                lock.release()

        owner.destroyed.connect(release)

    # ---- state ------------------------------------------------------------------------------------------------

    @property
    def state(self) -> CaseState:
        return self._state

    @property
    def evaluation(self) -> Evaluation:
        return self._live().latest

    @property
    def case_id(self) -> str | None:
        """The logged evaluation the form shows (or was changed from), None for a case not in the log."""
        return self.record.row.id if self.record is not None else None

    def is_unchanged(self) -> bool:
        """The form holds exactly what was last saved or loaded."""
        return self._baseline is not None and self._view().form_data() == self._baseline

    def shows_saved(self) -> bool:
        """The form shows a logged evaluation, unchanged: ticks go straight to the log, overrides are allowed."""
        return self.record is not None and self.is_unchanged()

    def unsaved(self) -> bool:
        """Something typed would be lost: the form is neither blank nor what was saved or loaded (the dirty flag)."""
        return not (self._view().form_is_blank() or self.is_unchanged())

    @property
    def dirty(self) -> bool:
        return self.unsaved()

    def _judge_state(self) -> CaseState:
        if self.is_unchanged():
            return self._origin
        if self._baseline is None and self.record is None and self._view().form_is_blank():
            return CaseState.NEW
        return CaseState.EDITED

    def _update_state(self) -> None:
        state, record_id = self._judge_state(), self.case_id
        if state != self._state or record_id != self._record_id:
            self._state, self._record_id = state, record_id
            self.stateChanged.emit(state)

    def form_changed(self) -> None:
        """The form changed: evaluate once it is still, keep it as a draft a little later; a saved case becomes edited at once."""
        self._live().schedule()
        if self.log is not None:
            self._draft_timer.start()
        if not self._loading:
            self._update_state()

    def pitfall_changed(self) -> None:
        if self.log is not None:
            self._draft_timer.start()

    def _evaluated(self, evaluation: Evaluation) -> None:
        provisional = evaluation.recommendation is not None and evaluation.recommendation.provisional
        if provisional != self.provisional:
            self.provisional = provisional
            self.provisionalChanged.emit(provisional)
        if not self._loading:
            self._update_state()
        self.evaluationChanged.emit(evaluation)

    def current(self) -> Evaluation:
        """The evaluation of the form as it is now (any pending debounce is flushed; the one shown when it still stands)."""
        return self._live().current()

    def evaluate_now(self) -> Evaluation:
        return self._live().evaluate_now()

    # ---- what is shown -----------------------------------------------------------------------------------------

    def load(
        self,
        case: CaseInput | dict[str, Any],
        ticked: Iterable[str] = (),
        *,
        as_of: datetime | None = None,
        recorded: dict[str, str] | None = None,
    ) -> Evaluation:
        """Show a case (a reopened one, or a file) with its ticked pitfalls: REOPENED until it is changed.

        Evaluated now, or at `as_of` (a logged evaluation's moment) for as long as the form is left
        as loaded; `recorded` says who ticked what, for ticks already in the log.
        """
        view, live = self._view(), self._live()
        self._loading = True
        try:
            view.load_form(case, ticked, recorded)
            self._baseline = view.form_data()
            self._origin = CaseState.REOPENED
            if as_of is None:
                live.unpin()
            else:
                live.pin(as_of, self._baseline)
            evaluation = live.evaluate_now()
        finally:
            self._loading = False
        self._update_state()
        return evaluation

    def reopen(self, record: CaseRecord, ticked: Iterable[str], recorded: dict[str, str]) -> Evaluation:
        """Show a logged evaluation as it was evaluated, with its ticks: REOPENED with its history."""
        self.record = record
        # The pack it was evaluated with goes with the case (a case logged with `--pack` may not name
        # it): this window then shows it only when it evaluates with that pack, never quietly with another.
        case, evaluated_with = record.case, record.recommendation.pack.id
        if case.pack is None and evaluated_with != self._live().pack.content.id:
            case = case.model_copy(update={"pack": evaluated_with})
        evaluation = self.load(case, ticked, as_of=record.recommendation.as_of, recorded=recorded)
        self.discard_draft()
        return evaluation

    def may_discard(self) -> bool:
        """True when nothing unsaved would be lost, or the clinician agrees (through the view) to lose it."""
        return not self.unsaved() or self._view().ask_discard()

    def new_case(self) -> bool:
        """An empty form, NEW; asks first when something unsaved would be lost. False when the clinician kept it."""
        if not self.may_discard():
            return False
        self._loading = True
        try:
            self._view().clear_form()
            self.forget()
            self._live().evaluate_now()
        finally:
            self._loading = False
        self._update_state()
        return True

    def forget(self) -> None:
        """Nothing shown is in the log any more (a new case, or the log was replaced)."""
        self.record = None
        self._baseline = None
        self._live().unpin()
        self.discard_draft()
        if not self._loading:
            self._update_state()

    def restore_draft(self, data: dict[str, Any], ticked: Iterable[str]) -> Evaluation:
        """Show a recovered draft: EDITED (unsaved), evaluated now."""
        self.record = None
        self._loading = True
        try:
            self._view().load_form(data, ticked, None)
            self._baseline = None
            self._live().unpin()
            evaluation = self._live().evaluate_now()
        finally:
            self._loading = False
        self._update_state()
        self.notice.emit(
            QCoreApplication.translate("CaseSession", "The unsaved case was restored; save it when it is complete."), 10000
        )
        return evaluation

    def read_record(self, case_id: str) -> CaseRecord | None:
        """The logged evaluation `case_id` (a read on the GUI thread's connection: fast); None, and said, when it cannot be read."""
        if self.log is None:
            return None
        try:
            return caselog.get_case(self.log, case_id)
        except LOG_ERRORS as exc:
            self.problem.emit(QCoreApplication.translate("CaseSession", "The case could not be read from the log"), exc)
            return None

    def reread(self, case_id: str) -> bool:
        """A write for `case_id` has landed: read it again if it is still the case in the form."""
        if self.record is None or self.record.row.id != case_id:
            return False
        record = self.read_record(case_id)
        if record is not None:
            self.record = record
        return True

    # ---- writes (on the log runner) ----------------------------------------------------------------------

    @staticmethod
    def _identity_of(log: caselog.CaseLog) -> str | None:
        try:
            return log_writes.identity_of(log)
        except LOG_ERRORS:
            return None

    @staticmethod
    def _mark_of(log: caselog.CaseLog) -> list[Any] | None:
        try:
            return log_writes.audit_mark(log)
        except LOG_ERRORS:
            return None

    def use_log(self, log: caselog.CaseLog, identity: str | None) -> None:
        """From now on write to `log` (opened again for saving, or the file that replaced the old one)."""
        self.log = log
        self.identity = identity
        self.audit_mark = self._mark_of(log)

    def adopt_log(self, log: caselog.CaseLog) -> None:
        """The log was replaced under the window: its file is the log from now on, and nothing shown is in it."""
        self.use_log(log, self._identity_of(log))
        self._draft_written = None
        self._draft_generation += 1
        self.forget()

    def who(self) -> str:
        return self._who()

    def write(
        self, write: Callable[[caselog.CaseLog], Any], done: Callable[[Any], None], failed: Callable[[BaseException], None]
    ) -> None:
        """Run `write` off the GUI thread on its own connection; `done`/`failed` come back on the GUI thread.

        The file must still be the one opened (inode and identity row) and hold the audit trail this
        window last saw: a copy put over the log in place is noticed before anything is written to it.
        """
        if self.log is None or self.runner is None:
            failed(caselog.CaseLogError(QCoreApplication.translate("CaseSession", "no case log is open")))
            return
        if self.read_only_reason is not None:
            failed(
                caselog.CaseLogReadOnly(
                    QCoreApplication.translate(
                        "CaseSession", "the case log is open read-only: {read_only_reason} Nothing was written"
                    ).format(read_only_reason=self.read_only_reason)
                )
            )
            return
        log, identity, waiting, mark = self.log, self.identity, self._waiting.emit, self.audit_mark
        self._pending_writes += 1

        def checked(writer: caselog.CaseLog) -> tuple[Any, list[Any] | None]:
            if not log_writes.continues_from(writer, mark):
                raise caselog.CaseLogSwapped(writer.path)
            result = write(writer)
            return result, log_writes.audit_mark(writer)

        def work() -> Any:
            return log_writes.write_from_worker(log, identity, checked, waiting)

        def succeeded(outcome: Any) -> None:
            result, written_mark = outcome
            self._written()
            if log is self.log and written_mark is not None:
                self.audit_mark = written_mark
            if not self._closed:
                done(result)

        def went_wrong(error: BaseException) -> None:
            self._written()
            if not self._closed:
                failed(error)

        self.runner.run(work, succeeded, went_wrong)

    def _show_waiting(self) -> None:
        if self._pending_writes and not self._closed:
            self.waitingChanged.emit(True)

    def _written(self) -> None:
        self._pending_writes -= 1
        if not self._pending_writes and not self._closed:
            self.waitingChanged.emit(False)

    def _close_soon(self) -> None:
        if self._close_when_written:
            self._close_when_written = False
            QTimer.singleShot(0, self.closeRequested.emit)

    # ---- save -------------------------------------------------------------------------------------------------

    def save(self, snapshot: CaseSnapshot) -> None:
        """Record the evaluation, its ticks and the end of its draft in one transaction: SAVED once the log has it."""
        if self.shows_saved():
            self.notice.emit(QCoreApplication.translate("CaseSession", "This evaluation is already in the case log."), 5000)
            return
        if self.saving:
            return
        who = self.who()
        key = self.draft_key
        self._draft_timer.stop()
        self._draft_generation += 1  # a draft write still queued must not count as kept once the case is saved
        self._set_saving(True)
        self.write(
            lambda log: log_writes.save_evaluation(
                log, snapshot.case, snapshot.recommendation, snapshot.ticked_pitfalls, who=who, draft_key=key
            ),
            lambda evaluation_id: self._saved(snapshot, evaluation_id),
            self._not_saved,
        )

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.savingChanged.emit(saving)

    def _not_saved(self, error: BaseException) -> None:
        self._close_when_written = False
        self._set_saving(False)
        self.saveFailed.emit(error)
        if self.log is not None:
            self._draft_timer.start()

    def _saved(self, snapshot: CaseSnapshot, evaluation_id: str) -> None:
        self.saving = False
        self._draft_written = None
        self._draft_generation += 1
        self.set_draft_problem(None)
        # Marked saved even if it cannot be read back at once: saving it again would make a duplicate.
        self._baseline = dict(snapshot.data)
        self._origin = CaseState.SAVED
        record = self.read_record(evaluation_id)
        if record is not None:
            self.record = record
            self._live().pin(record.recommendation.as_of, snapshot.data)
        self._update_state()
        self.saved.emit(evaluation_id)
        self.savingChanged.emit(False)
        if self.unsaved():
            self._draft_timer.start()  # typed on while the save waited: keep that as a draft too
        self._close_soon()

    # ---- drafts ------------------------------------------------------------------------------------------------------

    def _payload(self) -> dict[str, Any]:
        view = self._view()
        return draft_payload(view.form_data(), view.ticked_pitfalls(), self.draft_key or "", self.identity)

    def set_draft_problem(self, problem: str | None) -> None:
        self.draft_problem = problem
        self.draftProblemChanged.emit(problem)

    def autosave(self, replaces: str | None = None) -> None:
        """Keep an unsaved form as this window's draft; drop the draft once there is nothing unsaved."""
        self._draft_timer.stop()
        if self._closed or self.saving or self.log is None or self.draft_key is None:
            return
        if not self.unsaved():
            self.discard_draft()
            self.set_draft_problem(None)
            return
        if self.read_only_reason is not None:
            self.set_draft_problem(QCoreApplication.translate("CaseSession", "the case log is open read-only"))
            return
        payload = self._payload()
        if payload == self._draft_written and replaces is None:
            return
        key = self.draft_key
        self._draft_generation += 1
        generation = self._draft_generation
        self.write(
            lambda log: log_writes.keep_draft(log, key, payload, replaces),
            lambda _none: self._draft_kept(generation, payload),
            lambda error: self._draft_not_kept(generation, error),
        )

    def _draft_kept(self, generation: int, payload: dict[str, Any]) -> None:
        if generation != self._draft_generation:
            return
        self._draft_written = payload
        self.set_draft_problem(None)
        self._close_soon()

    def _draft_not_kept(self, generation: int, error: BaseException) -> None:
        if generation != self._draft_generation:
            return
        self.set_draft_problem(str(error))
        self.notice.emit(
            QCoreApplication.translate("CaseSession", "The unsaved case could not be kept as a draft ({error}).").format(
                error=error
            ),
            10000,
        )
        if isinstance(error, caselog.CaseLogSwapped):
            self.logSwapped.emit()
        self._close_soon()  # the window then asks: Save, Discard or Cancel

    def discard_draft(self) -> None:
        self._draft_timer.stop()
        if self._draft_written is None or self.draft_key is None:
            return
        self._draft_written = None
        self._draft_generation += 1
        key = self.draft_key
        self.write(lambda log: caselog.discard_draft(log, key), lambda _none: None, lambda _error: None)

    def offer_drafts(self) -> None:
        """Offer back a case left unsaved by a window that has ended (one per start; the others wait)."""
        if self.log is None or self.read_only_reason is not None:
            return  # nothing could be kept or discarded: they wait for a start that can write
        folder = instances_dir(self.log.path)
        try:
            leftovers = [
                draft for draft in caselog.list_drafts(self.log) if is_leftover(draft.key, draft.payload, folder, self.identity)
            ]
        except LOG_ERRORS:
            return
        for draft in leftovers:
            answer = self._view().ask_draft(draft_summary(draft.payload, draft.updated_at, words().app_language))
            if answer is None:
                break
            if answer == "restore":
                data = draft.payload.get("data")
                ticked = draft.payload.get("ticked")
                self.forget()
                self.restore_draft(data if isinstance(data, dict) else {}, ticked if isinstance(ticked, list) else [])
                self.autosave(replaces=draft.key)  # kept under this window's key as the old one goes, in one transaction
                break
            self.write(
                partial(caselog.discard_draft, key=draft.key),
                lambda _none: None,
                lambda error: self.problem.emit(
                    QCoreApplication.translate("CaseSession", "The unsaved case could not be discarded"), error
                ),
            )
        sweep_dead_instances(folder)

    # ---- closing -------------------------------------------------------------------------------------------------------

    def may_close(self) -> bool:
        """False while unsaved work is being kept (closeRequested follows once it is), or the clinician chose Cancel."""
        if self._closed or not self.unsaved():
            return True
        if self.saving:
            self._close_when_written = True
            return False
        if self.log is not None and self.read_only_reason is None and self.draft_problem is None:
            if self._payload() == self._draft_written:
                return True
            self.autosave()
            if self._pending_writes:  # being written on a worker: close once it is kept (or ask, if it fails)
                self._close_when_written = True
                return False
            if self.draft_problem is None and self._payload() == self._draft_written:
                return True
        return self._ask_before_closing()

    def _ask_before_closing(self) -> bool:
        self._close_when_written = False
        if self.log is None:
            reason = QCoreApplication.translate("CaseSession", "no case log is open")
        else:
            reason = (
                self.read_only_reason
                or self.draft_problem
                or QCoreApplication.translate("CaseSession", "the draft could not be written")
            )
        evaluation = self.current()
        provisional = evaluation.recommendation is not None and evaluation.recommendation.provisional
        can_save = self.log is not None and self.read_only_reason is None and evaluation.valid and not provisional
        answer = self._view().ask_unsaved_close(
            QCoreApplication.translate("CaseSession", "Why: {reason}").format(reason=reason), can_save
        )
        if answer == "discard":
            return True
        if answer == "save":
            self._close_when_written = True  # closeRequested once the case is saved
            self._view().request_save()
        return False

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def closing_later(self) -> bool:
        """True after may_close said False only while unsaved work is being kept (closeRequested follows)."""
        return self._close_when_written

    def close(self) -> None:
        """The window is closing (unsaved work is kept as a draft, or the clinician let it go): let go of the log."""
        if self._closed:
            return
        if self.log is not None and not self.unsaved():
            self.discard_draft()
        self._closed = True
        if self.draft_key is not None:
            release_draft_key(self.draft_key)
        if self.instance_lock is not None:
            self.instance_lock.release()
