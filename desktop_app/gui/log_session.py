"""Connects one window to one open case log: save, reopen with history, ticks, overrides, drafts, the paged list.

The log is used only on the GUI thread that opened it (its connection belongs to that thread). Its
queries are fast enough for that (a page or a count of 100,000 cases in a few milliseconds); slow
work such as PDF export goes to the window's runner and never touches the log.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from desktop_app.gui.drafts import DraftDialog, draft_payload, draft_summary, is_leftover, new_draft_key, release_draft_key
from desktop_app.gui.override_dialog import ClinicianOverrideDialog, clinician_decision_text
from desktop_app.gui.print_desk import Printout
from desktop_app.gui.problem_message import ProblemMessage
from desktop_app.gui.recommendation_panel import HistoryEntry, SavedView, when
from desktop_app.models import InputError
from desktop_app.services import caselog

if TYPE_CHECKING:
    from desktop_app.services.caselog import CaseRecord, CaseRow
    from desktop_app.gui.live_evaluation import Evaluation
    from desktop_app.gui.main_window import CaseSnapshot, MainWindow

# After the form has been still this long, an unsaved case is written to the log as a draft.
DRAFT_DELAY_MS = 2000
# What can go wrong when the log is used: locked too long, refused input, a disk or file problem.
LOG_ERRORS = (caselog.CaseLogError, InputError, sqlite3.Error, OSError)


def local(moment: datetime) -> datetime:
    """Moments the log stamps in UTC, shown in the clinic's local time."""
    return moment.astimezone() if moment.tzinfo is not None else moment


def _withdrawn_text(record: CaseRecord, case_id: str) -> str | None:
    gone = record.withdrawal_of(case_id)
    return None if gone is None else f"withdrawn by {gone.who}, {when(local(gone.at))}: {gone.reason}"


class CaseLogSession(QObject):
    """The window's link to its case log; `record` is the logged evaluation shown (None for a new case)."""

    def __init__(self, window: MainWindow, log: caselog.CaseLog) -> None:
        super().__init__(window)
        self.window = window
        self.log = log
        self.record: CaseRecord | None = None
        self._showing_saved = False
        self._closed = False
        self.draft_key = new_draft_key()
        self._draft_written: dict[str, Any] | None = None
        # Connected to a plain function: a window destroyed without closing (a crash) leaves its draft as a leftover.
        key = self.draft_key
        window.destroyed.connect(lambda *_: release_draft_key(key))
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
        hint = "\n\nCheck the clinician name in Preferences (1 to 80 characters)." if isinstance(error, InputError) and error.field == "who" else ""
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

    # ---- save -------------------------------------------------------------------------------------------------

    def save(self, snapshot: CaseSnapshot) -> None:
        """Record the evaluation and its ticks; the row appears in the list, the draft goes."""
        if self.shows_saved():
            self.window.statusBar().showMessage("This evaluation is already in the case log.", 5000)
            return
        who = self.who()
        try:
            evaluation_id = caselog.record_evaluation(self.log, snapshot.case, snapshot.recommendation, who=who)
        except LOG_ERRORS as exc:
            self._failed("The case was not saved", exc)
            return
        unrecorded = []
        for pitfall_id in snapshot.ticked_pitfalls:
            try:
                caselog.acknowledge_pitfall(self.log, evaluation_id, pitfall_id, who=who)
            except LOG_ERRORS:
                unrecorded.append(pitfall_id)
        record = self._load_record(evaluation_id)
        if record is None:
            return
        self.record = record
        self._showing_saved = True
        self.window.live.pin(record.recommendation.as_of, snapshot.data)
        self.window.mark_saved(snapshot.data)
        self._show_ticks()
        self.refresh()
        self.discard_draft()
        self.show_state()
        if unrecorded:
            self._failed("Some ticks were not recorded", InputError("pitfalls", ", ".join(unrecorded) + "; tick them again"))

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
        try:
            caselog.acknowledge_pitfall(self.log, self.record.row.id, pitfall_id, who=self.who())
        except LOG_ERRORS as exc:
            self._show_ticks()
            self._failed("The tick was not recorded", exc)
            return
        record = self._load_record(self.record.row.id)
        if record is not None:
            self.record = record
        # After the checklist has finished announcing this tick, show who made it and lock it.
        QTimer.singleShot(0, self._show_ticks)

    # ---- clinician override ------------------------------------------------------------------------------

    def record_override(self) -> None:
        if not self.shows_saved() or self.record is None:
            return
        choice = ClinicianOverrideDialog.ask(self.window, self.record.row.decision)
        if choice is None:
            return
        try:
            caselog.record_clinician_override(
                self.log, self.record.row.id, choice.decision_taken, choice.reason, choice.text, who=self.who()  # type: ignore[arg-type]
            )
        except LOG_ERRORS as exc:
            self._failed("The decision was not recorded", exc)
            return
        record = self._load_record(self.record.row.id)
        if record is not None:
            self.record = record
        self.refresh()
        self.show_state()

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
            override_allowed=saved,
        )

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

    # ---- drafts ------------------------------------------------------------------------------------------------------

    def autosave(self) -> None:
        """Keep an unsaved form as this window's draft; drop the draft once there is nothing unsaved."""
        self._draft_timer.stop()
        if self._closed:
            return
        form = self.window.form
        if form.is_blank() or self.window.is_unchanged():
            self.discard_draft()
            return
        payload = draft_payload(form.to_data(), self.window.panel.pitfalls.ticked_ids())
        if payload == self._draft_written:
            return
        try:
            caselog.save_draft(self.log, self.draft_key, payload)
        except LOG_ERRORS as exc:
            self.window.statusBar().showMessage(f"The unsaved case could not be kept as a draft ({exc}).", 10000)
            return
        self._draft_written = payload

    def discard_draft(self) -> None:
        self._draft_timer.stop()
        if self._draft_written is None:
            return
        try:
            caselog.discard_draft(self.log, self.draft_key)
        except LOG_ERRORS:
            return
        self._draft_written = None

    def offer_drafts(self) -> None:
        """Offer back a case left unsaved when NeutroHold last stopped (one per start; the others wait)."""
        try:
            leftovers = [draft for draft in caselog.list_drafts(self.log) if is_leftover(draft.key, draft.payload)]
        except LOG_ERRORS:
            return
        for draft in leftovers:
            answer = DraftDialog.ask(self.window, draft_summary(draft.payload, draft.updated_at))
            if answer is None:
                return
            try:
                if answer == "restore":
                    data = draft.payload.get("data")
                    ticked = draft.payload.get("ticked")
                    self.forget_case()
                    self.window.restore_draft(data if isinstance(data, dict) else {}, ticked if isinstance(ticked, list) else [])
                    self.autosave()  # kept under this window's key before the old one goes
                    caselog.discard_draft(self.log, draft.key)
                    return
                caselog.discard_draft(self.log, draft.key)
            except LOG_ERRORS as exc:
                self._failed("The unsaved case could not be restored", exc)
                return

    def close(self) -> None:
        """The window is closing: keep what is unsaved as a draft (offered at the next start), then let go."""
        if self._closed:
            return
        self.autosave()
        self._closed = True
        release_draft_key(self.draft_key)
