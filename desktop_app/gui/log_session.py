"""Connects one window to one open case log: save, reopen with history, ticks, overrides, drafts, the paged list.

The log's connection is used only on the GUI thread that opened it, for reads: they are fast
enough for that (a page or a count of 100,000 cases in a few milliseconds). Every write (save,
tick, override, draft) runs on the window's `log_runner`, one at a time, on a connection of its own
(services.log_writes), so the window never waits on another program's write lock; while a write
waits, the window says so. Before each write the file is checked to be the one opened.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from desktop_app.gui.drafts import (
    DraftDialog,
    InstanceLock,
    draft_payload,
    draft_summary,
    instances_dir,
    is_leftover,
    new_draft_key,
    release_draft_key,
    sweep_dead_instances,
)
from desktop_app.gui.log_notices import SwappedLogDialog, UnsavedCloseDialog, WaitSignal
from desktop_app.gui.override_dialog import ClinicianOverrideDialog, clinician_decision_text
from desktop_app.gui.print_desk import Printout
from desktop_app.gui.problem_message import ProblemMessage
from desktop_app.gui.recommendation_panel import HistoryEntry, SavedView, when
from desktop_app.models import InputError
from desktop_app.services import caselog, log_writes

if TYPE_CHECKING:
    from desktop_app.services.caselog import CaseRecord, CaseRow
    from desktop_app.gui.live_evaluation import Evaluation
    from desktop_app.gui.main_window import CaseSnapshot, MainWindow

# After the form has been still this long, an unsaved case is written to the log as a draft.
DRAFT_DELAY_MS = 2000
# What can go wrong when the log is used: locked too long, refused input, a disk or file problem.
LOG_ERRORS = (caselog.CaseLogError, InputError, sqlite3.Error, OSError)
READ_ONLY_FILE = "this user cannot write to the case log file or its folder."
WAITING_TEXT = (
    "Waiting for the case log… another program is writing to it. What you entered is kept and is "
    "written as soon as the log is free; you can go on working."
)


def local(moment: datetime) -> datetime:
    """Moments the log stamps in UTC, shown in the clinic's local time."""
    return moment.astimezone() if moment.tzinfo is not None else moment


def _withdrawn_text(record: CaseRecord, case_id: str) -> str | None:
    gone = record.withdrawal_of(case_id)
    return None if gone is None else f"withdrawn by {gone.who}, {when(local(gone.at))}: {gone.reason}"


class CaseLogSession(QObject):
    """The window's link to its case log; `record` is the logged evaluation shown (None for a new case)."""

    def __init__(self, window: MainWindow, log: caselog.CaseLog, read_only_reason: str | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.log = log
        self._opened_here: list[caselog.CaseLog] = []
        self.identity = self._identity_of(log)
        # Where the log's audit trail was when this window last read or wrote it (see log_writes.continues_from).
        self.audit_mark = self._mark_of(log)
        self.record: CaseRecord | None = None
        self._showing_saved = False
        self._closed = False
        self.saving = False
        self._pending_writes = 0
        self._close_when_written = False
        self._asking_swap = False
        self.draft_key = new_draft_key()
        self.instance_lock = InstanceLock(instances_dir(log.path), self.draft_key)
        self._draft_written: dict[str, Any] | None = None
        self._draft_generation = 0
        self.draft_problem: str | None = None
        self._waiting = WaitSignal(self)
        self._waiting.waiting.connect(self._show_waiting)
        # Connected to a plain function: a window destroyed without closing (a crash) leaves its draft as a leftover.
        key, lock = self.draft_key, self.instance_lock

        def release(*_: object) -> None:
            release_draft_key(key)
            lock.release()

        window.destroyed.connect(release)
        self._retrying = False
        window.log_notices.retry.clicked.connect(self.try_again)
        if log.read_only:
            window.set_read_only(read_only_reason or READ_ONLY_FILE)
            window.log_notices.retry.show()  # the lock may go, the folder be made writable: open again for saving
        self._draft_timer = QTimer(self)
        self._draft_timer.setObjectName("draftTimer")
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.autosave)

        pane = window.case_log
        self.model = pane.model
        pane.set_log_state(None)
        try:
            self.model.set_source(self)
        except LOG_ERRORS as exc:
            pane.set_log_state(f"The case log could not be read ({exc}). Press F5 to try again.")
        pane.search_changed.connect(self.search)
        pane.print_chosen.connect(self.print_logged)
        pane.export_chosen.connect(self.export_logged)
        window.print_desk.printed.connect(self.note_printout)
        window.case_chosen.connect(self.reopen)
        window.panel.history_chosen.connect(self.reopen)
        window.save_requested.connect(self.save)
        window.pitfall_ticked.connect(self.tick)
        window.new_case_started.connect(self.forget_case)
        window.panel.override_requested.connect(self.record_override)
        window.form.changed.connect(self._draft_timer.start)
        window.pitfall_ticked.connect(lambda *_: self._draft_timer.start())
        window.live.updated.connect(self.show_state)

    # ---- the paged list's source (CaseSource) -----------------------------------------------------------

    def page(self, query: str, offset: int, limit: int, order: str = "newest") -> list[CaseRow]:
        if offset == 0:
            return caselog.list_cases(self.log, query, None, offset, limit, order=order)
        # A later page is asked for by the view as it scrolls, inside Qt: say what went wrong, list no more.
        try:
            return caselog.list_cases(self.log, query, None, offset, limit, order=order)
        except LOG_ERRORS as exc:
            self.window.statusBar().showMessage(f"More cases could not be read from the log ({exc}).", 15000)
            return []

    def count(self, query: str) -> int:
        return caselog.count_cases(self.log, query)

    # ---- helpers -------------------------------------------------------------------------------------------

    def who(self) -> str:
        """Who records: the clinician named in Preferences, else the signed-in user."""
        return self.window.preferences.clinician_name.strip() or caselog.default_who()

    def _failed(self, what: str, error: BaseException) -> None:
        hint = (
            "\n\nCheck the clinician name in Preferences (1 to 80 characters)."
            if isinstance(error, InputError) and error.field == "who"
            else ""
        )
        ProblemMessage.tell(self.window, what, f"{what}.\n\n{error}{hint}")

    def shows_saved(self) -> bool:
        """The form shows a logged evaluation, unchanged: ticks go straight to the log, overrides are allowed."""
        return self.record is not None and self.window.is_unchanged()

    def _load_record(self, case_id: str) -> CaseRecord | None:
        try:
            return caselog.get_case(self.log, case_id)
        except LOG_ERRORS as exc:
            self._failed("The case could not be read from the log", exc)
            return None

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

    def _write(
        self, write: Callable[[caselog.CaseLog], Any], done: Callable[[Any], None], failed: Callable[[BaseException], None]
    ) -> None:
        """Run `write` off the GUI thread on its own connection; `done`/`failed` come back on the GUI thread.

        The file must still be the one opened (inode and identity row) and hold the audit trail this
        window last saw: a copy put over the log in place is noticed before anything is written to it.
        """
        if self.window.read_only_reason is not None:
            failed(caselog.CaseLogReadOnly(f"the case log is open read-only: {self.window.read_only_reason} Nothing was written"))
            return
        log, identity, waiting, mark = self.log, self.identity, self._waiting.waiting.emit, self.audit_mark
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

        self.window.log_runner.run(work, succeeded, went_wrong)

    def _show_waiting(self) -> None:
        if self._pending_writes and not self._closed:
            self.window.log_notices.show_text(self.window.log_notices.waiting, WAITING_TEXT)

    def _written(self) -> None:
        self._pending_writes -= 1
        if not self._pending_writes and not self._closed:
            self.window.log_notices.show_text(self.window.log_notices.waiting, None)

    def _write_failed(self, what: str, error: BaseException) -> None:
        if isinstance(error, caselog.CaseLogSwapped):
            self.log_swapped()
        else:
            self._failed(what, error)

    # ---- save -------------------------------------------------------------------------------------------------

    def save(self, snapshot: CaseSnapshot) -> None:
        """Record the evaluation, its ticks and the end of its draft in one transaction; the row appears in the list."""
        if self.shows_saved():
            self.window.statusBar().showMessage("This evaluation is already in the case log.", 5000)
            return
        if self.saving:
            return
        who = self.who()
        key = self.draft_key
        self._draft_timer.stop()
        self._draft_generation += 1  # a draft write still queued must not count as kept once the case is saved
        self.saving = True
        self.window.show_save_state()
        self._write(
            lambda log: log_writes.save_evaluation(
                log, snapshot.case, snapshot.recommendation, snapshot.ticked_pitfalls, who=who, draft_key=key
            ),
            lambda evaluation_id: self._saved(snapshot, evaluation_id),
            self._not_saved,
        )

    def _not_saved(self, error: BaseException) -> None:
        self.saving = False
        self._close_when_written = False
        self.window.show_save_state()
        self._write_failed("The case was not saved", error)
        self._draft_timer.start()

    def _saved(self, snapshot: CaseSnapshot, evaluation_id: str) -> None:
        self.saving = False
        self._draft_written = None
        self._draft_generation += 1
        self.set_draft_problem(None)
        # Marked saved even if it cannot be read back at once: saving it again would make a duplicate.
        self.window.mark_saved(snapshot.data)
        record = self._load_record(evaluation_id)
        if record is not None:
            self.record = record
            self._showing_saved = True
            self.window.live.pin(record.recommendation.as_of, snapshot.data)
            self._show_ticks()
        self.refresh()
        self.show_state()
        if self.unsaved():
            self._draft_timer.start()  # typed on while the save waited: keep that as a draft too
        if self._close_when_written:
            self._close_when_written = False
            QTimer.singleShot(0, self.window.close)

    # ---- reopen ---------------------------------------------------------------------------------------------

    def reopen(self, case_id: Any) -> None:
        """Show a logged evaluation as it was evaluated, with its ticks, override and the patient's history."""
        if not isinstance(case_id, str):
            return
        if self.record is not None and self.record.row.id == case_id and self.shows_saved():
            return
        if not self.window.may_discard_unsaved():
            self.window.case_log.select_case(self.record.row.id if self.shows_saved() and self.record else None)
            return
        record = self._load_record(case_id)
        if record is None:
            return
        self.record = record
        self._showing_saved = True
        self.window.load_case(record.case, self._recorded_ids(), as_of=record.recommendation.as_of, recorded=self._tick_notes())
        self.window.case_log.select_case(case_id)
        self.discard_draft()
        self.show_state()
        self.window.show_from_the_top()
        self.window.statusBar().showMessage(f"Reopened {record.row.patient_ref}, evaluated {when(record.row.as_of)}.", 5000)

    def forget_case(self) -> None:
        """New case: nothing shown is in the log any more."""
        self.record = None
        self._showing_saved = False
        self.window.live.unpin()
        self.window.case_log.select_case(None)
        self.discard_draft()
        self.show_state()

    # ---- ticks ---------------------------------------------------------------------------------------------

    def _recorded_ids(self) -> list[str]:
        return [tick.pitfall_id for tick in self.record.standing_acknowledgements] if self.record else []

    def _tick_notes(self) -> dict[str, str]:
        notes: dict[str, str] = {}
        for tick in self.record.standing_acknowledgements if self.record else ():
            notes.setdefault(tick.pitfall_id, f"ticked by {tick.who}, {when(local(tick.at))}")
        return notes

    def _show_ticks(self) -> None:
        self.window.panel.pitfalls.set_ticked(self._recorded_ids(), self._tick_notes())

    def tick(self, pitfall_id: str, ticked: bool) -> None:
        """On a logged, unchanged evaluation a tick is recorded at once, with who and when."""
        if not ticked or not self.shows_saved() or self.record is None:
            return
        evaluation_id, who = self.record.row.id, self.who()
        self._write(
            lambda log: caselog.acknowledge_pitfall(log, evaluation_id, pitfall_id, who=who),
            lambda _tick: self._reread(evaluation_id, ticks=True),
            self._tick_failed,
        )

    def _tick_failed(self, error: BaseException) -> None:
        self._show_ticks()
        self._write_failed("The tick was not recorded", error)

    def _reread(self, evaluation_id: str, ticks: bool = False) -> None:
        """A write for this case has landed: show it, if the case is still the one in the form."""
        if self.record is None or self.record.row.id != evaluation_id:
            return
        record = self._load_record(evaluation_id)
        if record is not None:
            self.record = record
        if ticks:
            # After the checklist has finished announcing this tick, show who made it and lock it.
            QTimer.singleShot(0, self._show_ticks)
        else:
            self.refresh()
            self.show_state()

    # ---- clinician override ------------------------------------------------------------------------------

    def record_override(self) -> None:
        if not self.shows_saved() or self.record is None:
            return
        choice = ClinicianOverrideDialog.ask(self.window, self.record.row.decision)
        if choice is None:
            return
        evaluation_id, who = self.record.row.id, self.who()
        self._write(
            lambda log: caselog.record_clinician_override(
                log,
                evaluation_id,
                choice.decision_taken,  # type: ignore[arg-type]  # a Decision word chosen from the dialog
                choice.reason,
                choice.text,
                who=who,
            ),
            lambda _override: self._reread(evaluation_id),
            lambda error: self._write_failed("The decision was not recorded", error),
        )

    # ---- what the panel says about the log -------------------------------------------------------------------

    def show_state(self, evaluation: Evaluation | None = None) -> None:
        """After every evaluation: is the form still the logged evaluation? Update ticks, banner notes and history."""
        record = self.record
        panel = self.window.panel
        self.window.show_save_state(evaluation)
        if record is None:
            panel.show_saved(None, override_allowed=False)
            return
        saved = self.window.is_unchanged()
        if saved != self._showing_saved:
            self._showing_saved = saved
            # A changed case is a new evaluation: its checklist starts empty; going back shows the logged ticks.
            if saved:
                self._show_ticks()
            else:
                panel.pitfalls.set_ticked(())
        row = record.row
        if saved:
            evaluated = f"In the case log: evaluated {when(row.as_of)} by {row.who} (recorded {when(local(row.recorded_at))})."
            origin = self._origin(row.id)
            if origin is not None:
                evaluated += f" {origin[0].upper()}{origin[1:]}."
        else:
            evaluated = (
                f"Changed since the evaluation of {when(row.as_of)} in the log: this is a new evaluation, "
                "judged now. Save (Ctrl+S) records it; the pitfall checklist starts again for it."
            )
        if saved and record.withdrawal is not None:
            evaluated += " WITHDRAWN as entered in error — " + (_withdrawn_text(record, row.id) or "") + "."
        chosen = record.clinician_override
        current = evaluation or self.window.live.latest
        drift = None
        if saved and current.recommendation is not None and current.recommendation.decision != row.decision:
            drift = (
                f"The knowledge pack in force now ({current.recommendation.pack.version}) decides "
                f"{current.recommendation.decision} for this case; the log recorded {row.decision} with pack version {row.pack_version}."
            )
        panel.show_saved(
            SavedView(
                evaluated=evaluated,
                changed=not saved,
                clinician_decision=(
                    clinician_decision_text(chosen.decision_taken, chosen.reason, chosen.text, chosen.who, when(local(chosen.at)))
                    if chosen
                    else None
                ),
                drift=drift,
                history=[
                    HistoryEntry(h.id, h.as_of, h.decision, h.decision_taken, h.anc_cells_per_uL, _withdrawn_text(record, h.id))
                    for h in record.history
                ],
                current_id=row.id,
            ),
            override_allowed=saved and self.window.read_only_reason is None,
        )

    def _origin(self, case_id: str) -> str | None:
        """ "imported from workstation X on DATE; signed, re-checked" for an imported case (one indexed look-up)."""
        try:
            provenance = caselog.get_provenance(self.log, case_id)
        except LOG_ERRORS:
            return None
        return provenance.describe() if provenance is not None else None

    # ---- the list ------------------------------------------------------------------------------------------------

    def search(self, text: str) -> None:
        try:
            self.model.set_query(text)
        except LOG_ERRORS as exc:
            self._failed("The case log could not be searched", exc)

    def refresh(self) -> None:
        """Read the list again, keeping the open case selected."""
        try:
            self.model.refresh()
        except LOG_ERRORS as exc:
            self._failed("The case log could not be read", exc)
            return
        self.window.case_log.set_log_state(None)
        self.window.case_log.select_case(self.record.row.id if self.record is not None and self.shows_saved() else None)

    def refresh_if_changed(self) -> None:
        """Cheap check when the window is activated: another NeutroHold on this log may have added cases."""
        try:
            changed = self.count(self.model.query) != self.model.total
        except LOG_ERRORS:
            return
        if changed:
            self.refresh()

    # ---- printing --------------------------------------------------------------------------------------------------

    def printout_for(self, snapshot: CaseSnapshot) -> Printout:
        """A logged, unchanged case prints as logged (its ticks, override and notes); otherwise as entered."""
        if self.shows_saved() and self.record is not None:
            return Printout(self.record.case, self.record.recommendation, self.record, (), self.who())
        return Printout(snapshot.case, snapshot.recommendation, None, snapshot.ticked_pitfalls, self.who())

    def _logged_printout(self, case_id: Any) -> Printout | None:
        record = self._load_record(case_id) if isinstance(case_id, str) else None
        return None if record is None else Printout(record.case, record.recommendation, record, (), self.who())

    def print_logged(self, case_id: Any) -> None:
        printout = self._logged_printout(case_id)
        if printout is not None:
            self.window.print_desk.print_case(printout)

    def export_logged(self, case_id: Any) -> None:
        printout = self._logged_printout(case_id)
        if printout is not None:
            self.window.print_desk.export_pdf(printout)

    def note_printout(self, printout: Printout, audience: str, result: Any) -> None:
        """A printout of a logged case that a printer accepted goes into the case's audit trail."""
        if printout.record is None or self._closed:
            return
        facts = {
            "audience": audience,
            "to": result.state,
            "destination": result.printer,
            "job": result.job_id,
            "pages": result.pages,
        }
        try:
            caselog.record_printout(self.log, printout.record.row.id, facts, who=self.who())
        except LOG_ERRORS as exc:
            self._failed("The printout was made but could not be noted in the case log", exc)

    # ---- drafts ------------------------------------------------------------------------------------------------------

    def unsaved(self) -> bool:
        return not (self.window.form.is_blank() or self.window.is_unchanged())

    def _payload(self) -> dict[str, Any]:
        return draft_payload(self.window.form.to_data(), self.window.panel.pitfalls.ticked_ids(), self.draft_key, self.identity)

    def set_draft_problem(self, problem: str | None) -> None:
        """Show in the window (not only the status bar) that the unsaved case is not kept, and why."""
        self.draft_problem = problem
        notices = self.window.log_notices
        notices.show_text(
            notices.draft_failed,
            None
            if problem is None
            else f"The unsaved case could not be kept as a draft ({problem}). Save it, or it is lost if NeutroHold stops.",
        )

    def autosave(self, replaces: str | None = None) -> None:
        """Keep an unsaved form as this window's draft; drop the draft once there is nothing unsaved."""
        self._draft_timer.stop()
        if self._closed or self.saving:
            return
        if not self.unsaved():
            self.discard_draft()
            self.set_draft_problem(None)
            return
        if self.window.read_only_reason is not None:
            self.set_draft_problem("the case log is open read-only")
            return
        payload = self._payload()
        if payload == self._draft_written and replaces is None:
            return
        key = self.draft_key
        self._draft_generation += 1
        generation = self._draft_generation
        self._write(
            lambda log: log_writes.keep_draft(log, key, payload, replaces),
            lambda _none: self._draft_kept(generation, payload),
            lambda error: self._draft_not_kept(generation, error),
        )

    def _draft_kept(self, generation: int, payload: dict[str, Any]) -> None:
        if generation != self._draft_generation:
            return
        self._draft_written = payload
        self.set_draft_problem(None)
        if self._close_when_written:
            self._close_when_written = False
            QTimer.singleShot(0, self.window.close)

    def _draft_not_kept(self, generation: int, error: BaseException) -> None:
        if generation != self._draft_generation:
            return
        self.set_draft_problem(str(error))
        self.window.statusBar().showMessage(f"The unsaved case could not be kept as a draft ({error}).", 10000)
        if isinstance(error, caselog.CaseLogSwapped):
            self.log_swapped()
        if self._close_when_written:
            self._close_when_written = False
            QTimer.singleShot(0, self.window.close)  # now asks: Save, Discard or Cancel

    def discard_draft(self) -> None:
        self._draft_timer.stop()
        if self._draft_written is None:
            return
        self._draft_written = None
        self._draft_generation += 1
        key = self.draft_key
        self._write(lambda log: caselog.discard_draft(log, key), lambda _none: None, lambda _error: None)

    def offer_drafts(self) -> None:
        """Offer back a case left unsaved by a window that has ended (one per start; the others wait)."""
        if self.window.read_only_reason is not None:
            return  # nothing could be kept or discarded: they wait for a start that can write
        folder = instances_dir(self.log.path)
        try:
            leftovers = [
                draft for draft in caselog.list_drafts(self.log) if is_leftover(draft.key, draft.payload, folder, self.identity)
            ]
        except LOG_ERRORS:
            return
        for draft in leftovers:
            answer = DraftDialog.ask(self.window, draft_summary(draft.payload, draft.updated_at))
            if answer is None:
                break
            if answer == "restore":
                data = draft.payload.get("data")
                ticked = draft.payload.get("ticked")
                self.forget_case()
                self.window.restore_draft(data if isinstance(data, dict) else {}, ticked if isinstance(ticked, list) else [])
                self.autosave(replaces=draft.key)  # kept under this window's key as the old one goes, in one transaction
                break
            key = draft.key
            self._write(
                partial(caselog.discard_draft, key=key),
                lambda _none: None,
                lambda error: self._write_failed("The unsaved case could not be discarded", error),
            )
        sweep_dead_instances(folder)

    # ---- a read-only start: try again for writing ---------------------------------------------------------------------

    def try_again(self) -> None:
        """Open the log again for saving: the lock wait runs on a worker; on success this window saves from then on."""
        from desktop_app.gui.log_recovery import try_open

        if self._retrying or self._closed or self.window.read_only_reason is None:
            return
        self._retrying = True
        notices = self.window.log_notices
        notices.retry.setEnabled(False)
        notices.show_text(notices.waiting, "Opening the case log for saving…")
        path = self.log.path
        self.window.runner.run(lambda: try_open(path), self._tried_again, lambda error: self._tried_again(None, error))

    def _tried_again(self, trial: Any, error: BaseException | None = None) -> None:
        from desktop_app.gui.accessibility import announce
        from desktop_app.gui.log_recovery import open_for_window

        self._retrying = False
        notices = self.window.log_notices
        notices.show_text(notices.waiting, None)
        notices.retry.setEnabled(True)
        if self._closed:
            return
        problem = error if error is not None else getattr(trial, "error", None)
        new: caselog.CaseLog | None = None
        if problem is None:
            try:
                opened = open_for_window(self.log.path, self.window, check_integrity=False, trial=trial)
            except LOG_ERRORS as exc:
                opened, problem = None, exc
            if opened is not None and not opened[0].read_only:
                new = opened[0]
            elif opened is not None:
                self._opened_here.append(opened[0])
                problem = caselog.CaseLogBusy(opened[1] or "the case log is still read-only")
        if new is None:
            words = f"The case log is still read-only ({problem}). Try again later."
            self.window.statusBar().showMessage(words, 15000)
            announce(notices.read_only, words)
            return
        self._opened_here.append(new)
        identity = self._identity_of(new)
        # (A log locked even for reading at start had no identity to read then: the same file is enough.)
        if not new.same_file_as(self.log) or (self.identity is not None and identity != self.identity):
            self.log_swapped()  # not the file this window showed: ask, as for any replaced file
            return
        self.log = new
        self.identity = identity
        self.audit_mark = self._mark_of(new)
        self.window.set_read_only(None)
        notices.retry.hide()
        self.refresh()
        self.show_state()
        self.window.statusBar().showMessage("The case log is open for saving again.", 10000)
        announce(notices.read_only, "The case log is open for saving again.")
        self.offer_drafts()

    # ---- the log file replaced under the window --------------------------------------------------------------------

    def log_swapped(self) -> None:
        """The file at the log's name is not the one opened: nothing was written; ask what to do."""
        if self._asking_swap or self._closed:
            return
        self._asking_swap = True
        try:
            answer = SwappedLogDialog.ask(self.window, self.log.path)
        finally:
            self._asking_swap = False
        if answer == "cancel":
            self.window.statusBar().showMessage("Nothing was written to the replaced case log file.", 10000)
            return
        path = self.log.path
        try:
            if answer == "reopen":
                new = caselog.open_log(path, check_integrity=False, create=False, read_only=True)
            else:
                new = caselog.open_log(path, check_integrity=False, create=False)
        except LOG_ERRORS as exc:
            self.window.set_read_only("the case log file was replaced by another program and the new one cannot be opened.")
            self._failed("The new case log file could not be opened", exc)
            return
        self._opened_here.append(new)
        self.window.log_notices.retry.hide()
        self.log = new
        self.identity = self._identity_of(new)
        self.audit_mark = self._mark_of(new)
        self.record = None
        self._showing_saved = False
        self._draft_written = None
        self._draft_generation += 1
        self.window.live.unpin()
        self.window.set_read_only(
            "the file was replaced by another program; this window shows the new file read-only." if answer == "reopen" else None
        )
        self.refresh()
        self.show_state()
        if answer == "adopt":
            self.window.statusBar().showMessage(
                f"Working on the case log now at {path}; save again to record the case there.", 10000
            )

    # ---- closing -------------------------------------------------------------------------------------------------------

    def may_close(self) -> bool:
        """False while unsaved work is being kept (the window closes itself once it is), or the clinician chose Cancel."""
        if self._closed or not self.unsaved():
            return True
        if self.saving:
            self._close_when_written = True
            return False
        if self.window.read_only_reason is None and self.draft_problem is None:
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
        reason = self.window.read_only_reason or self.draft_problem or "the draft could not be written"
        evaluation = self.window.current()
        provisional = evaluation.recommendation is not None and evaluation.recommendation.provisional
        can_save = self.window.read_only_reason is None and evaluation.valid and not provisional
        answer = UnsavedCloseDialog.ask(self.window, f"Why: {reason}", can_save)
        if answer == "discard":
            return True
        if answer == "save":
            self._close_when_written = True  # the window closes once the case is saved
            self.window.request_save()
        return False

    def close(self) -> None:
        """The window is closing (unsaved work is kept as a draft, or the clinician let it go): let go of the log."""
        if self._closed:
            return
        if not self.unsaved():
            self.discard_draft()
        self._closed = True
        release_draft_key(self.draft_key)
        self.instance_lock.release()
        for log in self._opened_here:
            log.close()
