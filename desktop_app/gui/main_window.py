"""The main window: case log, case form and live recommendation side by side, with the actions around them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__
from desktop_app.gui.case_form import CaseForm, problem_text
from desktop_app.gui.case_log import CaseLogPane
from desktop_app.gui.live_evaluation import Evaluation, LiveEvaluation
from desktop_app.gui.preferences import Preferences, PreferencesDialog
from desktop_app.gui.recommendation_panel import RecommendationPanel
from desktop_app.gui.settings import open_settings
from desktop_app.gui.tasks import Runner, TaskRunner
from desktop_app.gui.theme import STYLE_SHEET
from desktop_app.knowledge import Pack
from desktop_app.models import CaseInput, Recommendation


@dataclass(frozen=True)
class CaseSnapshot:
    """What Save, Print and Export act on: the case as entered, validated, its recommendation and ticks."""

    data: dict[str, Any]
    case: CaseInput
    recommendation: Recommendation
    ticked_pitfalls: tuple[str, ...]


def _local_now() -> datetime:
    return datetime.now().astimezone()


class MainWindow(QMainWindow):
    """Holds no clinical rule: it shows the form, asks the services, and hands snapshots to whoever listens.

    Extension points for the case log and printing services:
    - save_requested / print_requested / export_pdf_requested(CaseSnapshot), emitted by the overridable
      save_case / print_case / export_pdf once the case has been re-validated;
    - pitfall_ticked(pitfall id, ticked), case_chosen(case id), new_case_started(), preferences_changed;
    - load_case(case, ticked) to reopen, mark_saved(data) after a save, case_log.set_model(model);
    - runner: the one way to run slow work (TaskRunner, or SyncRunner in tests).
    """

    save_requested = Signal(object)
    print_requested = Signal(object)
    export_pdf_requested = Signal(object)
    pitfall_ticked = Signal(str, bool)
    case_chosen = Signal(object)
    new_case_started = Signal()
    preferences_changed = Signal(object)

    def __init__(
        self,
        pack: Pack,
        *,
        runner: Runner | None = None,
        clock: Callable[[], datetime] = _local_now,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setAccessibleName("NeutroHold")
        self.setWindowTitle("NeutroHold")
        self.setStyleSheet(STYLE_SHEET)
        self.pack = pack
        self.runner: Runner = runner if runner is not None else TaskRunner(self)
        self._settings = settings if settings is not None else open_settings()
        self.preferences = Preferences.read(self._settings)
        self._saved_data: dict[str, Any] | None = None

        self.case_log = CaseLogPane(self)
        self.form = CaseForm(clock, self)
        self.panel = RecommendationPanel(pack, self)
        self.live = LiveEvaluation(pack, self.form.to_data, self.form.is_blank, clock, self)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.case_log)
        self.splitter.addWidget(self._form_column())
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 1)
        self.setCentralWidget(self.splitter)

        self._make_actions()
        self._make_menus_and_toolbar()
        self._make_status_bar()
        self._set_tab_order()
        self._set_minimum_sizes()

        self.form.changed.connect(self.live.schedule)
        self.live.updated.connect(self._show_evaluation)
        self.panel.pitfalls.ticked.connect(self.pitfall_ticked)
        self.case_log.case_chosen.connect(self.case_chosen)
        self.runner.busy_changed.connect(self._show_busy)
        self._restore_layout()
        self.live.evaluate_now()

    # ---- building ----------------------------------------------------------------------------

    def _form_column(self) -> QWidget:
        column = QWidget(self)
        column.setObjectName("formColumn")
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form_scroll = QScrollArea(column)
        self.form_scroll.setObjectName("caseFormScroll")
        self.form_scroll.setAccessibleName("Case form")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setWidget(self.form)
        layout.addWidget(self.form_scroll, 1)
        bar = QHBoxLayout()
        self.save_hint = QLabel(column)
        self.save_hint.setObjectName("saveHintLabel")
        self.save_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.save_hint.setWordWrap(True)
        self.save_hint.setProperty("role", "muted")
        self.save_button = QPushButton("&Save to case log", column)
        self.save_button.setObjectName("saveButton")
        self.save_button.setAccessibleName("Save to case log")
        self.save_button.setDefault(False)
        self.save_button.clicked.connect(self.request_save)
        bar.addWidget(self.save_hint, 1)
        bar.addWidget(self.save_button)
        layout.addLayout(bar)
        return column

    def _action(self, name: str, text: str, shortcuts: Iterable[QKeySequence | str], slot: Callable[[], Any], tip: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.new_action = self._action("newAction", "&New case", [QKeySequence.StandardKey.New], self.new_case, "Start a new case (Ctrl+N)")
        self.save_action = self._action("saveAction", "&Save", [QKeySequence.StandardKey.Save], self.request_save, "Save the case and its evaluation to the log (Ctrl+S)")
        self.print_action = self._action("printAction", "&Print…", [QKeySequence.StandardKey.Print], self.request_print, "Print the recommendation (Ctrl+P)")
        self.export_action = self._action("exportPdfAction", "&Export PDF…", ["Ctrl+Shift+E"], self.request_export_pdf, "Export the recommendation as a PDF (Ctrl+Shift+E)")
        self.find_action = self._action("findAction", "&Find case", [QKeySequence.StandardKey.Find], self.focus_search, "Search the case log (Ctrl+F)")
        self.preferences_action = self._action("preferencesAction", "P&references…", ["Ctrl+,"], self.edit_preferences, "Clinician, site and printing preferences (Ctrl+,)")
        self.quit_action = self._action("quitAction", "&Quit", ["Ctrl+Q"], self.close, "Quit NeutroHold (Ctrl+Q)")
        self.about_action = self._action("aboutAction", "&About NeutroHold", [], self.show_about, "Version and knowledge pack")
        self.case_actions = (self.save_action, self.print_action, self.export_action)

    def _make_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        bar.setObjectName("menuBar")
        bar.setAccessibleName("Menu bar")
        for name, title, actions in (
            ("fileMenu", "&File", (self.new_action, self.save_action, None, self.print_action, self.export_action, None, self.quit_action)),
            ("editMenu", "&Edit", (self.find_action, None, self.preferences_action)),
            ("helpMenu", "&Help", (self.about_action,)),
        ):
            menu = bar.addMenu(title)
            menu.setObjectName(name)
            menu.setAccessibleName(title.replace("&", "") + " menu")
            for action in actions:
                menu.addSeparator() if action is None else menu.addAction(action)
        toolbar = QToolBar("Main toolbar", self)
        toolbar.setObjectName("mainToolBar")
        toolbar.setAccessibleName("Main toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
        for action in (self.new_action, self.save_action, self.print_action, self.export_action, self.find_action):
            toolbar.addAction(action)
            button = toolbar.widgetForAction(action)
            button.setObjectName(action.objectName().removesuffix("Action") + "ToolButton")
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar

    def _make_status_bar(self) -> None:
        status = self.statusBar()
        status.setObjectName("statusBar")
        self.busy_label = QLabel("Working…", self)
        self.busy_label.setObjectName("busyLabel")
        self.busy_label.setTextFormat(Qt.TextFormat.PlainText)
        self.busy_label.hide()
        stamp = self.pack.stamp()
        overrides = f" · site overrides active ({len(stamp.overrides)})" if stamp.overrides else ""
        self.pack_label = QLabel(f"Pack {stamp.id} {stamp.version}{overrides}", self)
        self.pack_label.setObjectName("statusPackLabel")
        self.pack_label.setTextFormat(Qt.TextFormat.PlainText)
        status.addPermanentWidget(self.busy_label)
        status.addPermanentWidget(self.pack_label)

    def _set_minimum_sizes(self) -> None:
        """Sizes follow the font; an explicit window minimum stops the layout resetting it as content changes."""
        line = self.fontMetrics().lineSpacing()
        self.case_log.setMinimumWidth(line * 11)
        self.form_scroll.setMinimumWidth(self.form.minimumSizeHint().width() + self.form_scroll.verticalScrollBar().sizeHint().width())
        self.panel.setMinimumWidth(line * 20)
        screen = self.screen().availableGeometry()
        handles = 2 * self.splitter.handleWidth()
        wanted = sum(w.minimumWidth() for w in (self.case_log, self.form_scroll, self.panel)) + handles + line
        self.setMinimumSize(min(wanted, screen.width()), min(line * 30, screen.height()))

    def _set_tab_order(self) -> None:
        """Log, then the form top to bottom, then Save, then the recommendation's interactive lists."""
        log, form, panel = self.case_log, self.form, self.panel
        for first, second in (
            (log.search, log.view),
            (log.view, form.patient_ref),
            (form.notes, self.save_button),
            (self.save_button, panel.criteria),
            (panel.criteria, panel.pitfalls),
        ):
            QWidget.setTabOrder(first, second)

    # ---- layout memory -------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            state = self._settings.value("window/state")
            if isinstance(state, QByteArray):
                self.restoreState(state)
        else:
            screen = self.screen().availableGeometry()
            self.resize(min(1560, int(screen.width() * 0.94)), min(980, int(screen.height() * 0.92)))
        splitter = self._settings.value("window/splitter")
        if not (isinstance(splitter, QByteArray) and self.splitter.restoreState(splitter)):
            width = self.width()
            self.splitter.setSizes([int(width * 0.2), int(width * 0.38), int(width * 0.42)])

    def save_layout(self) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState())
        self._settings.setValue("window/splitter", self.splitter.saveState())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.runner.wait_until_idle()
        super().closeEvent(event)

    # ---- showing evaluations -------------------------------------------------------------------

    def _show_evaluation(self, evaluation: Evaluation) -> None:
        self.panel.show_evaluation(evaluation)
        self.form.show_problem(evaluation.error)
        rec = evaluation.recommendation
        self.form.show_unit_warnings([w.message for w in rec.warnings if w.id == "unit_slip"] if rec else [])
        for action in self.case_actions:
            action.setEnabled(evaluation.valid)
        self.save_button.setEnabled(evaluation.valid)
        if evaluation.error is not None:
            hint = f"Cannot save yet. Fix {problem_text(evaluation.error)}"
        elif evaluation.blank:
            hint = "Enter a case to get a recommendation."
        else:
            hint = "Ready to save."
        self.save_hint.setText(hint)
        self.save_button.setToolTip(hint)
        patient = evaluation.case.patient_ref if evaluation.case else ""
        self.setWindowTitle(f"NeutroHold — {patient}" if patient else "NeutroHold")

    def _show_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)

    # ---- the case ------------------------------------------------------------------------------

    def current(self) -> Evaluation:
        """The evaluation of the form as it is now (any pending debounce is flushed)."""
        return self.live.evaluate_now()

    def snapshot(self, doing: str) -> CaseSnapshot | None:
        """A validated snapshot for Save/Print/Export; tells the clinician what to fix when there is none."""
        evaluation = self.current()
        if evaluation.case is None or evaluation.recommendation is None:
            if evaluation.error is not None:
                reason = f"Fix this first:\n{problem_text(evaluation.error)}"
            else:
                reason = "Enter the patient reference and at least one neutrophil count first."
            QMessageBox.warning(self, f"Cannot {doing} yet", reason)
            control = self.form.problem_control()
            if control is not None:
                self.form_scroll.ensureWidgetVisible(control)
                control.setFocus()
            return None
        return CaseSnapshot(
            data=evaluation.data,
            case=evaluation.case,
            recommendation=evaluation.recommendation,
            ticked_pitfalls=tuple(self.panel.pitfalls.ticked_ids()),
        )

    def request_save(self) -> None:
        snapshot = self.snapshot("save")
        if snapshot is not None:
            self.save_case(snapshot)

    def request_print(self) -> None:
        snapshot = self.snapshot("print")
        if snapshot is not None:
            self.print_case(snapshot)

    def request_export_pdf(self) -> None:
        snapshot = self.snapshot("export")
        if snapshot is not None:
            self.export_pdf(snapshot)

    def save_case(self, snapshot: CaseSnapshot) -> None:
        """Record the case; the case log service connects to save_requested (or overrides this)."""
        self.save_requested.emit(snapshot)

    def print_case(self, snapshot: CaseSnapshot) -> None:
        """Print the case; the printing service connects to print_requested (or overrides this)."""
        self.print_requested.emit(snapshot)

    def export_pdf(self, snapshot: CaseSnapshot) -> None:
        """Export a PDF; the printing service connects to export_pdf_requested (or overrides this)."""
        self.export_pdf_requested.emit(snapshot)

    def mark_saved(self, data: dict[str, Any]) -> None:
        """The log has recorded this data: New will not ask before discarding it."""
        self._saved_data = dict(data)
        self.statusBar().showMessage("Saved to the case log.", 5000)

    def load_case(self, case: CaseInput | dict[str, Any], ticked: Iterable[str] = ()) -> Evaluation:
        """Show a case (a reopened one, or a file) with its ticked pitfalls, evaluated now."""
        self.form.load(case)
        self.panel.pitfalls.set_ticked(ticked)
        self._saved_data = self.form.to_data()
        return self.live.evaluate_now()

    def new_case(self) -> None:
        data = self.form.to_data()
        if not self.form.is_blank() and data != self._saved_data:
            answer = QMessageBox.question(
                self,
                "Discard this case?",
                "The case being entered has not been saved. Start a new case anyway?",
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        self.form.clear()
        self.panel.pitfalls.set_ticked(())
        self._saved_data = None
        self.live.evaluate_now()
        self.form_scroll.ensureVisible(0, 0)
        self.form.patient_ref.setFocus()
        self.new_case_started.emit()

    # ---- other actions -------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.case_log.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.case_log.search.selectAll()

    def edit_preferences(self) -> None:
        chosen = PreferencesDialog.ask(self, self.preferences)
        if chosen is not None and chosen != self.preferences:
            chosen.write(self._settings)
            self.preferences = chosen
            self.preferences_changed.emit(chosen)

    def show_about(self) -> None:
        stamp = self.pack.stamp()
        QMessageBox.about(
            self,
            "About NeutroHold",
            f"NeutroHold {__version__}\nOffline decision support for withholding and resuming anakinra "
            f"in neutropenia with a viral URTI.\n\nKnowledge pack {stamp.id} {stamp.version}\nsha256 {stamp.sha256}",
        )
