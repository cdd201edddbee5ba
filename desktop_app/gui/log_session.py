"""Connects the window's case log widgets to one open case log: the paged list, ticks, overrides, printouts, the saved view.

The case in the form (new, edited, saved, reopened), its saves and drafts belong to the window's
CaseSession; this module renders what the session says into the log pane and the panel, and
writes ticks and overrides through the session's writer. The log's connection is used only on
the GUI thread that opened it, for reads: they are fast enough for that (a page or a count of
100,000 cases in a few milliseconds). It knows the window only through `LogWindow`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QObject, QTimer

from desktop_app.gui.language import translatable
from desktop_app.gui.case_session import LOG_ERRORS, UNCHANGED_STATES, CaseSession, CaseSnapshot, CaseState
from desktop_app.gui.log_notices import SwappedLogDialog
from desktop_app.gui.override_dialog import ClinicianOverrideDialog, clinician_decision_text
from desktop_app.gui.print_desk import Printout
from desktop_app.gui.problem_message import ProblemMessage
from desktop_app.gui.recommendation_panel import HistoryEntry, SavedView, when
from desktop_app.models import InputError
from desktop_app.services import caselog

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from PySide6.QtWidgets import QStatusBar, QWidget

    from desktop_app.gui.case_log import CaseLogPane
    from desktop_app.gui.live_evaluation import Evaluation
    from desktop_app.gui.log_notices import LogNotices
    from desktop_app.gui.print_desk import PrintDesk
    from desktop_app.gui.recommendation_panel import RecommendationPanel
    from desktop_app.gui.tasks import Runner
    from desktop_app.services.caselog import CaseRecord, CaseRow

__all__ = [
    "LOG_ERRORS",
    "CaseLogSession",
    "LogWindow",
]

READ_ONLY_FILE = translatable("LogSession", "this user cannot write to the case log file or its folder.")
WAITING_TEXT = translatable(
    "LogSession",
    "Waiting for the case log… another program is writing to it. What you entered is kept and is "
    "written as soon as the log is free; you can go on working.",
)


class LogWindow(Protocol):
    """The parts of the window the log side draws into (the main window is one)."""

    session: CaseSession
    case_log: CaseLogPane
    panel: RecommendationPanel
    log_notices: LogNotices
    print_desk: PrintDesk
    runner: Runner

    def window(self) -> QWidget: ...

    def statusBar(self) -> QStatusBar: ...

    def set_read_only(self, reason: str | None) -> None: ...

    def show_save_state(self, evaluation: Evaluation | None = None) -> None: ...

    def show_from_the_top(self) -> None: ...


def local(moment: datetime) -> datetime:
    """Moments the log stamps in UTC, shown in the clinic's local time."""
    return moment.astimezone() if moment.tzinfo is not None else moment


def _withdrawn_text(record: CaseRecord, case_id: str) -> str | None:
    gone = record.withdrawal_of(case_id)
    return (
        None
        if gone is None
        else QCoreApplication.translate("LogSession", "withdrawn by {who}, {moment}: {reason}").format(
            who=gone.who, moment=when(local(gone.at)), reason=gone.reason
        )
    )


class CaseLogSession(QObject):
    """The window's link to its case log; the case shown and its record are the session's."""

    def __init__(
        self,
        window: LogWindow,
        log: caselog.CaseLog,
        log_runner: Runner,
        who: Callable[[], str],
        read_only_reason: str | None = None,
    ) -> None:
        super().__init__(window.session)
        self.window = window
        self.session = session = window.session
        self._opened_here: list[caselog.CaseLog] = []
        self._asking_swap = False
        self._retrying = False
        session.attach_log(log, log_runner, who, None)
        if log.read_only:
            window.set_read_only(read_only_reason or QCoreApplication.translate("LogSession", READ_ONLY_FILE))
            window.log_notices.retry.show()  # the lock may go, the folder be made writable: open again for saving
        window.log_notices.retry.clicked.connect(self.try_again)
        session.waitingChanged.connect(self._show_waiting)
        session.draftProblemChanged.connect(self._show_draft_problem)
        session.notice.connect(lambda text, ms: self.window.statusBar().showMessage(text, ms))
        session.problem.connect(self._failed)
        session.saveFailed.connect(
            lambda error: self.write_failed(QCoreApplication.translate("CaseLogSession", "The case was not saved"), error)
        )
        session.saved.connect(self._after_save)
        session.logSwapped.connect(self.log_swapped)
        session.stateChanged.connect(self._state_changed)
        session.evaluationChanged.connect(self.show_state)

        pane = window.case_log
        self.model = pane.model
        pane.set_log_state(None)
        try:
            self.model.set_source(self)
        except LOG_ERRORS as exc:
            pane.set_log_state(
                QCoreApplication.translate(
                    "CaseLogSession", "The case log could not be read ({exc}). Press F5 to try again."
                ).format(exc=exc)
            )
        pane.search_changed.connect(self.search)
        pane.print_chosen.connect(self.print_logged)
        pane.export_chosen.connect(self.export_logged)
        window.print_desk.printed.connect(self.note_printout)
        window.panel.history_chosen.connect(self.reopen)
        window.panel.override_requested.connect(self.record_override)

    # ---- what the session holds, for the desks and the tests ---------------------------------------------

    @property
    def log(self) -> caselog.CaseLog:
        assert self.session.log is not None
        return self.session.log

    @property
    def record(self) -> CaseRecord | None:
        return self.session.record

    def shows_saved(self) -> bool:
        return self.session.shows_saved()

    def who(self) -> str:
        return self.session.who()

    # ---- the paged list's source (CaseSource) -----------------------------------------------------------

    def page(self, query: str, offset: int, limit: int, order: str = "newest") -> list[CaseRow]:
        if offset == 0:
            return caselog.list_cases(self.log, query, None, offset, limit, order=order)
        # A later page is asked for by the view as it scrolls, inside Qt: say what went wrong, list no more.
        try:
            return caselog.list_cases(self.log, query, None, offset, limit, order=order)
        except LOG_ERRORS as exc:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("CaseLogSession", "More cases could not be read from the log ({exc}).").format(
                    exc=exc
                ),
                15000,
            )
            return []

    def count(self, query: str) -> int:
        return caselog.count_cases(self.log, query)

    # ---- helpers -------------------------------------------------------------------------------------------

    def _failed(self, what: str, error: BaseException) -> None:
        hint = (
            QCoreApplication.translate("CaseLogSession", "\n\nCheck the clinician name in Preferences (1 to 80 characters).")
            if isinstance(error, InputError) and error.field == "who"
            else ""
        )
        ProblemMessage.tell(self.window.window(), what, f"{what}.\n\n{error}{hint}")

    def write_failed(self, what: str, error: BaseException) -> None:
        if isinstance(error, caselog.CaseLogSwapped):
            self.log_swapped()
        else:
            self._failed(what, error)

    def _show_waiting(self, waiting: bool) -> None:
        notices = self.window.log_notices
        notices.show_text(notices.waiting, QCoreApplication.translate("LogSession", WAITING_TEXT) if waiting else None)

    def _show_draft_problem(self, problem: str | None) -> None:
        """Show in the window (not only the status bar) that the unsaved case is not kept, and why."""
        notices = self.window.log_notices
        notices.show_text(
            notices.draft_failed,
            None
            if problem is None
            else QCoreApplication.translate(
                "CaseLogSession",
                "The unsaved case could not be kept as a draft ({problem}). Save it, or it is lost if NeutroHold stops.",
            ).format(problem=problem),
        )

    # ---- save and reopen -----------------------------------------------------------------------------------

    def _after_save(self, _evaluation_id: str) -> None:
        if self.session.record is not None:
            self.show_ticks()
        self.refresh()
        self.show_state()

    def reopen(self, case_id: Any) -> None:
        """Show a logged evaluation as it was evaluated, with its ticks, override and the patient's history."""
        session = self.session
        if not isinstance(case_id, str):
            return
        if session.case_id == case_id and session.shows_saved():
            return
        if not session.may_discard():
            self.window.case_log.select_case(session.case_id if session.shows_saved() else None)
            return
        record = session.read_record(case_id)
        if record is None:
            return
        session.reopen(record, self._recorded_ids(record), self._tick_notes(record))
        self.window.case_log.select_case(case_id)
        self.show_state()
        self.window.show_from_the_top()
        self.window.statusBar().showMessage(
            QCoreApplication.translate("CaseLogSession", "Reopened {patient_ref}, evaluated {moment}.").format(
                patient_ref=record.row.patient_ref, moment=when(record.row.as_of)
            ),
            5000,
        )

    def forget_case(self) -> None:
        """New case: nothing shown is in the log any more."""
        self.window.case_log.select_case(None)
        self.show_state()

    def _state_changed(self, state: CaseState) -> None:
        # A changed case is a new evaluation: its checklist starts empty; going back shows the logged ticks.
        if self.session.record is None:
            return
        if state in UNCHANGED_STATES:
            self.show_ticks()
        else:
            self.window.panel.pitfalls.set_ticked(())

    # ---- ticks ---------------------------------------------------------------------------------------------

    @staticmethod
    def _recorded_ids(record: CaseRecord | None) -> list[str]:
        return [tick.pitfall_id for tick in record.standing_acknowledgements] if record else []

    @staticmethod
    def _tick_notes(record: CaseRecord | None) -> dict[str, str]:
        notes: dict[str, str] = {}
        for tick in record.standing_acknowledgements if record else ():
            notes.setdefault(tick.pitfall_id, f"ticked by {tick.who}, {when(local(tick.at))}")
        return notes

    def show_ticks(self) -> None:
        record = self.session.record
        self.window.panel.pitfalls.set_ticked(self._recorded_ids(record), self._tick_notes(record))

    def tick(self, pitfall_id: str, ticked: bool) -> None:
        """On a logged, unchanged evaluation a tick is recorded at once, with who and when."""
        record = self.session.record
        if not ticked or not self.shows_saved() or record is None:
            return
        evaluation_id, who = record.row.id, self.who()
        self.session.write(
            lambda log: caselog.acknowledge_pitfall(log, evaluation_id, pitfall_id, who=who),
            lambda _tick: self._reread(evaluation_id, ticks=True),
            self._tick_failed,
        )

    def _tick_failed(self, error: BaseException) -> None:
        self.show_ticks()
        self.write_failed(QCoreApplication.translate("CaseLogSession", "The tick was not recorded"), error)

    def _reread(self, evaluation_id: str, ticks: bool = False) -> None:
        """A write for this case has landed: show it, if the case is still the one in the form."""
        if not self.session.reread(evaluation_id):
            return
        if ticks:
            # After the checklist has finished announcing this tick, show who made it and lock it.
            QTimer.singleShot(0, self.show_ticks)
        else:
            self.refresh()
            self.show_state()

    # ---- clinician override ------------------------------------------------------------------------------

    def record_override(self) -> None:
        record = self.session.record
        if not self.shows_saved() or record is None:
            return
        choice = ClinicianOverrideDialog.ask(self.window.window(), record.row.decision)
        if choice is None:
            return
        evaluation_id, who = record.row.id, self.who()
        self.session.write(
            lambda log: caselog.record_clinician_override(
                log,
                evaluation_id,
                choice.decision_taken,  # type: ignore[arg-type]  # a Decision word chosen from the dialog
                choice.reason,
                choice.text,
                who=who,
            ),
            lambda _override: self._reread(evaluation_id),
            lambda error: self.write_failed(QCoreApplication.translate("CaseLogSession", "The decision was not recorded"), error),
        )

    # ---- what the panel says about the log -------------------------------------------------------------------

    def show_state(self, evaluation: Evaluation | None = None) -> None:
        """After every evaluation: is the form still the logged evaluation? Update banner notes and history."""
        session = self.session
        record = session.record
        panel = self.window.panel
        self.window.show_save_state(evaluation)
        if record is None:
            panel.show_saved(None, override_allowed=False)
            return
        saved = session.is_unchanged()
        row = record.row
        if saved:
            evaluated = QCoreApplication.translate(
                "CaseLogSession", "In the case log: evaluated {moment} by {who} (recorded {recorded})."
            ).format(moment=when(row.as_of), who=row.who, recorded=when(local(row.recorded_at)))
            origin = self._origin(row.id)
            if origin is not None:
                evaluated += f" {origin[0].upper()}{origin[1:]}."
        else:
            evaluated = QCoreApplication.translate(
                "CaseLogSession",
                "Changed since the evaluation of {moment} in the log: this is a new evaluation, judged now. Save (Ctrl+S) records it; the pitfall checklist starts again for it.",
            ).format(moment=when(row.as_of))
        if saved and record.withdrawal is not None:
            evaluated += (
                QCoreApplication.translate("CaseLogSession", " WITHDRAWN as entered in error — ")
                + (_withdrawn_text(record, row.id) or "")
                + "."
            )
        chosen = record.clinician_override
        current = evaluation or session.evaluation
        drift = None
        if saved and current.recommendation is not None and current.recommendation.decision != row.decision:
            drift = QCoreApplication.translate(
                "CaseLogSession",
                "The knowledge pack in force now ({version}) decides {decision} for this case; the log recorded {recorded} with pack version {pack_version}.",
            ).format(
                version=current.recommendation.pack.version,
                decision=current.recommendation.decision,
                recorded=row.decision,
                pack_version=row.pack_version,
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
            override_allowed=saved and session.read_only_reason is None,
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
            self._failed(QCoreApplication.translate("CaseLogSession", "The case log could not be searched"), exc)

    def refresh(self) -> None:
        """Read the list again, keeping the open case selected."""
        try:
            self.model.refresh()
        except LOG_ERRORS as exc:
            self._failed(QCoreApplication.translate("CaseLogSession", "The case log could not be read"), exc)
            return
        self.window.case_log.set_log_state(None)
        self.window.case_log.select_case(self.session.case_id if self.shows_saved() else None)

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
        record = self.session.record
        if self.shows_saved() and record is not None:
            return Printout(record.case, record.recommendation, record, (), self.who())
        return Printout(snapshot.case, snapshot.recommendation, None, snapshot.ticked_pitfalls, self.who())

    def _logged_printout(self, case_id: Any) -> Printout | None:
        record = self.session.read_record(case_id) if isinstance(case_id, str) else None
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
        if printout.record is None or self.session.closed:
            return
        facts = {
            "audience": audience,
            "to": result.state,
            "destination": result.printer,
            "job": result.job_id,
            "pages": result.pages,
            "language": printout.language,
        }
        try:
            caselog.record_printout(self.log, printout.record.row.id, facts, who=self.who())
        except LOG_ERRORS as exc:
            self._failed(
                QCoreApplication.translate("CaseLogSession", "The printout was made but could not be noted in the case log"), exc
            )

    # ---- a read-only start: try again for writing ---------------------------------------------------------------------

    def try_again(self) -> None:
        """Open the log again for saving: the lock wait runs on a worker; on success this window saves from then on."""
        from desktop_app.gui.log_recovery import try_open

        if self._retrying or self.session.closed or self.session.read_only_reason is None:
            return
        self._retrying = True
        notices = self.window.log_notices
        notices.retry.setEnabled(False)
        notices.show_text(notices.waiting, QCoreApplication.translate("CaseLogSession", "Opening the case log for saving…"))
        path = self.log.path
        self.window.runner.run(lambda: try_open(path), self._tried_again, lambda error: self._tried_again(None, error))

    def _tried_again(self, trial: Any, error: BaseException | None = None) -> None:
        from desktop_app.gui.accessibility import announce
        from desktop_app.gui.log_recovery import open_for_window

        self._retrying = False
        notices = self.window.log_notices
        notices.show_text(notices.waiting, None)
        notices.retry.setEnabled(True)
        if self.session.closed:
            return
        problem = error if error is not None else getattr(trial, "error", None)
        new: caselog.CaseLog | None = None
        if problem is None:
            try:
                opened = open_for_window(self.log.path, self.window.window(), check_integrity=False, trial=trial)
            except LOG_ERRORS as exc:
                opened, problem = None, exc
            if opened is not None and not opened[0].read_only:
                new = opened[0]
            elif opened is not None:
                self._opened_here.append(opened[0])
                problem = caselog.CaseLogBusy(
                    opened[1] or QCoreApplication.translate("CaseLogSession", "the case log is still read-only")
                )
        if new is None:
            words = QCoreApplication.translate(
                "CaseLogSession", "The case log is still read-only ({problem}). Try again later."
            ).format(problem=problem)
            self.window.statusBar().showMessage(words, 15000)
            announce(notices.read_only, words)
            return
        self._opened_here.append(new)
        identity = self.session._identity_of(new)
        # (A log locked even for reading at start had no identity to read then: the same file is enough.)
        if not new.same_file_as(self.log) or (self.session.identity is not None and identity != self.session.identity):
            self.log_swapped()  # not the file this window showed: ask, as for any replaced file
            return
        self.session.use_log(new, identity)
        self.window.set_read_only(None)
        notices.retry.hide()
        self.refresh()
        self.show_state()
        self.window.statusBar().showMessage(
            QCoreApplication.translate("CaseLogSession", "The case log is open for saving again."), 10000
        )
        announce(notices.read_only, QCoreApplication.translate("CaseLogSession", "The case log is open for saving again."))
        self.session.offer_drafts()

    # ---- the log file replaced under the window --------------------------------------------------------------------

    def log_swapped(self) -> None:
        """The file at the log's name is not the one opened: nothing was written; ask what to do."""
        if self._asking_swap or self.session.closed:
            return
        self._asking_swap = True
        try:
            answer = SwappedLogDialog.ask(self.window.window(), self.log.path)
        finally:
            self._asking_swap = False
        if answer == "cancel":
            self.window.statusBar().showMessage(
                QCoreApplication.translate("CaseLogSession", "Nothing was written to the replaced case log file."), 10000
            )
            return
        path = self.log.path
        try:
            if answer == "reopen":
                new = caselog.open_log(path, check_integrity=False, create=False, read_only=True)
            else:
                new = caselog.open_log(path, check_integrity=False, create=False)
        except LOG_ERRORS as exc:
            self.window.set_read_only(
                QCoreApplication.translate(
                    "CaseLogSession", "the case log file was replaced by another program and the new one cannot be opened."
                )
            )
            self._failed(QCoreApplication.translate("CaseLogSession", "The new case log file could not be opened"), exc)
            return
        self._opened_here.append(new)
        self.window.log_notices.retry.hide()
        self.session.adopt_log(new)
        self.window.set_read_only(
            QCoreApplication.translate(
                "CaseLogSession", "the file was replaced by another program; this window shows the new file read-only."
            )
            if answer == "reopen"
            else None
        )
        self.refresh()
        self.show_state()
        if answer == "adopt":
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "CaseLogSession", "Working on the case log now at {path}; save again to record the case there."
                ).format(path=path),
                10000,
            )

    # ---- closing -------------------------------------------------------------------------------------------------------

    def close(self) -> None:
        """The window is closing: the session lets go of the log, then the files opened here are closed."""
        self.session.close()
        for log in self._opened_here:
            log.close()
