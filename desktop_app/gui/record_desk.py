"""Window actions on the case log beyond saving: withdraw an entry, export a calendar, keep the audit anchor.

The anchor is the log's audit head kept in the settings folder after every change made here, so a
later `log verify` sees events removed from the end of the log.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_app.gui.case_session import LOG_ERRORS
from desktop_app.wording.formats import moment_text
from desktop_app.gui.problem_message import ProblemMessage
from desktop_app.gui.withdraw_dialog import WithdrawDialog
from desktop_app.services import caselog

if TYPE_CHECKING:
    from desktop_app.gui.log_session import CaseLogSession
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.services.caselog import CaseRecord


def _add_after(menu: QWidget, action: QAction, after: str | None) -> None:
    """`action` in `menu` just after the action named `after` (with the other exports), else at the end."""
    actions = menu.actions()
    names = [existing.objectName() for existing in actions]
    if after in names and names.index(after) + 1 < len(actions):
        menu.insertAction(actions[names.index(after) + 1], action)
    else:
        menu.addAction(action)


class CalendarFileDialog:
    """Where to write the calendar file. Tests replace ask."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("RecordDesk", "Export calendar"),
            str(suggested),
            QCoreApplication.translate("RecordDesk", "iCalendar files (*.ics)"),
        )
        return Path(chosen) if chosen else None


def withdraw_choices(record: CaseRecord) -> list[tuple[str, str]]:
    """The entries of a logged case that may still be withdrawn: the evaluation, its ticks, its overrides."""
    choices = []
    if record.withdrawal is None:
        this = QCoreApplication.translate("RecordDesk", "This evaluation ({decision}, {when})")
        choices.append(
            (record.row.id, this.format(decision=record.row.decision, when=moment_text(record.row.as_of, "clinic_moment")))
        )
    for override in record.clinician_overrides:
        if record.withdrawal_of(override.id) is None:
            words = QCoreApplication.translate("RecordDesk", "Clinician decision {decision} by {who}")
            choices.append((override.id, words.format(decision=override.decision_taken, who=override.who)))
    for tick in record.acknowledgements:
        if record.withdrawal_of(tick.id) is None:
            words = QCoreApplication.translate("RecordDesk", "Pitfall tick {pitfall} by {who}")
            choices.append((tick.id, words.format(pitfall=tick.pitfall_id, who=tick.who)))
    return choices


class RecordDesk(QObject):
    def __init__(self, window: MainWindow, session: CaseLogSession) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.withdraw_action = QAction(QCoreApplication.translate("RecordDesk", "&Withdraw entry entered in error…"), window)
        self.withdraw_action.setObjectName("withdrawAction")
        self.withdraw_action.setStatusTip(
            QCoreApplication.translate(
                "RecordDesk", "Withdraw the shown evaluation, a tick or an override; it stays in the history, struck through"
            )
        )
        self.withdraw_action.triggered.connect(self.withdraw)
        self.calendar_action = QAction(QCoreApplication.translate("RecordDesk", "Export &Calendar…"), window)
        self.calendar_action.setObjectName("exportCalendarAction")
        self.calendar_action.setStatusTip(
            QCoreApplication.translate(
                "RecordDesk", "Export the case's monitoring schedule as an iCalendar file (patient reference only)"
            )
        )
        self.calendar_action.triggered.connect(self.export_calendar)
        for name, action, after in (
            ("editMenu", self.withdraw_action, None),
            ("fileMenu", self.calendar_action, "exportFhirAction"),
        ):
            menu = window.menuBar().findChild(QWidget, name)
            if menu is not None:
                _add_after(menu, action, after)
            window.addAction(action)
        window.save_requested.connect(lambda *_: self.keep_anchor())
        window.pitfall_ticked.connect(lambda *_: self.keep_anchor())
        self.keep_anchor()

    def keep_anchor(self) -> None:
        """The log's head, kept in the settings folder (a small file; a failure is said, never fatal)."""
        try:
            caselog.keep_anchor(self.session.log)
        except LOG_ERRORS as exc:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("RecordDesk", "The audit anchor could not be kept ({error}).").format(error=exc), 10000
            )

    def withdraw(self) -> None:
        record = self.session.record
        if record is None or not self.session.shows_saved():
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "RecordDesk", "Open a saved case from the case log first: only logged entries can be withdrawn."
                ),
                8000,
            )
            return
        choices = withdraw_choices(record)
        if not choices:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("RecordDesk", "Every entry of this case is already withdrawn."), 8000
            )
            return
        answer = WithdrawDialog.ask(self.window, choices)
        if answer is None:
            return
        record_id, reason = answer
        case_id, who = record.row.id, self.session.who()
        # Like every write of the window: on the log runner, on a connection of its own (refused read-only).
        self.session.session.write(
            lambda log: caselog.withdraw(log, record_id, reason, who=who),
            lambda _withdrawal: self._withdrawn(case_id),
            lambda error: self.session.write_failed(
                QCoreApplication.translate("RecordDesk", "The entry was not withdrawn"), error
            ),
        )

    def _withdrawn(self, case_id: str) -> None:
        if self.session.session.reread(case_id):
            self.session.show_ticks()
            self.session.show_state()
        self.session.refresh()
        self.keep_anchor()
        due = getattr(self.window, "due_desk", None)
        if due is not None:
            due.reload()
        self.window.statusBar().showMessage(
            QCoreApplication.translate("RecordDesk", "Withdrawn as entered in error; it stays in the history, struck through."),
            8000,
        )

    def export_calendar(self) -> None:
        from desktop_app.services.calendar import write_calendar

        record = self.session.record if self.session.shows_saved() else None
        rec = record.recommendation if record is not None else self.window.session.evaluation.recommendation
        data = self.window.form.to_data()
        patient_ref = record.row.patient_ref if record is not None else str(data.get("patient_ref") or "").strip()
        if rec is None or not patient_ref:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "RecordDesk", "Enter a valid case first: the calendar is the recommendation's schedule."
                ),
                8000,
            )
            return
        out = CalendarFileDialog.ask(self.window, Path.home() / f"{patient_ref}-schedule.ics")
        if out is None:
            return

        def done(events: int) -> None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("RecordDesk", "{count} monitoring dates written to {file}.").format(
                    count=events, file=out
                ),
                8000,
            )

        def failed(error: BaseException) -> None:
            ProblemMessage.tell(
                self.window,
                QCoreApplication.translate("RecordDesk", "The calendar was not written"),
                QCoreApplication.translate("RecordDesk", "The calendar was not written.") + f"\n\n{error}",
            )

        self.window.runner.run(lambda: write_calendar(patient_ref, rec, out), done, failed)
