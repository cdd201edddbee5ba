"""The main window: case log, case form and live recommendation side by side, with the actions around them.

The window frame (menus, toolbar, status bar) needs little but Qt, so it can be shown at once; the
case log pane, the form and the recommendation panel, which need the knowledge pack and the
pydantic models, are built by `set_pack`, and the case log is attached by `attach_log`. Modules
needed only from then on are imported there, so the frame does not wait for them; that includes
PySide6's `Qt` namespace, whose hundred-odd enums take longer to load than the frame to build.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QByteArray, QSettings, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QToolBar

from desktop_app.gui.language import window_language
from desktop_app.gui.words import app_words
from desktop_app import __version__
from desktop_app.gui.preferences import Preferences, PreferencesDialog
from desktop_app.gui.settings import open_settings
from desktop_app.gui.tasks import Runner, TaskRunner

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QWidget

    from desktop_app.gui.case_log import CaseLogPane
    from desktop_app.gui.case_session import CaseSession, CaseSnapshot, CloseAnswer
    from desktop_app.gui.live_evaluation import Evaluation, LiveEvaluation
    from desktop_app.gui.log_session import CaseLogSession
    from desktop_app.gui.print_desk import PrintDesk, Printout
    from desktop_app.knowledge import Pack
    from desktop_app.models import CaseInput
    from desktop_app.services.caselog import CaseLog
    from desktop_app.services.drafts import DraftAnswer


def _local_now() -> datetime:
    return datetime.now().astimezone()


def _one_at_a_time(parent: QMainWindow) -> TaskRunner:
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool(parent)
    pool.setMaxThreadCount(1)
    return TaskRunner(parent, pool)


class MainWindow(QMainWindow):
    """The view of a CaseSession: it shows the form and what the session says, and hands snapshots to whoever listens.

    Which case is in the form, whether it is saved or changed, its evaluation and its draft are the
    session's (`self.session`, a CaseSession; `app.py` makes one and hands it to `set_pack`, else the
    window makes its own); the window implements the session's CaseView and renders its signals.

    `MainWindow(pack, log=open_log(path))` is the whole window at once (as the tests build it);
    `MainWindow()` is the frame alone, completed by `set_pack(pack)` and `attach_log(log)` (as the app
    starts, so the window shows before the slow parts load).

    Extension points:
    - save_requested / print_requested / export_pdf_requested(CaseSnapshot), emitted by the overridable
      save_case / print_case / export_pdf once the case has been re-validated; with a log attached,
      the case session saves, and the print desk prints, whatever else is connected;
    - pitfall_ticked(pitfall id, ticked), case_chosen(case id), new_case_started(), preferences_changed;
    - load_case(case, ticked) to show a case, case_log.set_model(model);
    - content_ready once the pack is in place, case_log_opened once the log is attached;
    - runner: the one way to run slow work (TaskRunner, or SyncRunner in tests).
    """

    save_requested = Signal(object)
    print_requested = Signal(object)
    export_pdf_requested = Signal(object)
    pitfall_ticked = Signal(str, bool)
    case_chosen = Signal(object)
    new_case_started = Signal()
    preferences_changed = Signal(object)
    content_ready = Signal()
    case_log_opened = Signal()
    # Another installed knowledge pack was chosen in File > Knowledge pack: the app opens the window again with it.
    pack_change_requested = Signal(str)

    def __init__(
        self,
        pack: Pack | None = None,
        *,
        log: CaseLog | None = None,
        runner: Runner | None = None,
        log_runner: Runner | None = None,
        clock: Callable[[], datetime] = _local_now,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        settings = settings if settings is not None else open_settings()
        preferences = Preferences.read(settings)
        # The palette and style first: a window built while they change keeps the old palette until shown again.
        from desktop_app.gui.theme import apply_scheme, chosen_scheme

        apply_scheme(chosen_scheme(preferences.contrast))
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setAccessibleName(app_words("a11y.name.neutrohold"))
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "NeutroHold"))
        self.pack: Pack | None = None
        self.log_session: CaseLogSession | None = None
        self.clock = clock
        self.runner: Runner = runner if runner is not None else TaskRunner(self)
        # Writes to the case log run one at a time, in order, off the GUI thread (tests: the same SyncRunner).
        self.log_runner: Runner = (
            log_runner if log_runner is not None else (runner if runner is not None else _one_at_a_time(self))
        )
        self._settings = settings
        self.preferences = preferences
        self._follow_contrast()
        self._make_actions()
        self._make_menus_and_toolbar()
        self.statusBar().setObjectName("statusBar")
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Starting NeutroHold…"))
        # Before the form exists: its estimated width, with a line to spare for the splitter handles.
        self._set_window_minimum(self.fontMetrics().lineSpacing() * (self.FORM_WIDTH_LINES + 1))
        self._restore_geometry()
        for action in self.content_actions:
            action.setEnabled(False)
        if pack is not None:
            self.set_pack(pack)
        if log is not None:
            self.attach_log(log)

    def set_pack(self, pack: Pack, session: CaseSession | None = None) -> None:
        """Build the form and the recommendation panel for `pack`, as the view of `session` (a new one when None)."""
        for _step in self._build_for(pack, session):
            pass

    def set_pack_in_steps(self, pack: Pack, then: Callable[[], None] | None = None, session: CaseSession | None = None) -> None:
        """As set_pack, one part per turn of the event loop, so no single step holds the GUI thread long;
        `content_ready` is emitted (and `then` called) when the last part is in place."""
        from PySide6.QtCore import QTimer

        steps = self._build_for(pack, session)

        def next_step() -> None:
            if next(steps, None) is None:
                if then is not None:
                    then()
                return
            QTimer.singleShot(0, next_step)

        next_step()

    def _build_for(self, pack: Pack, session: CaseSession | None) -> Iterator[bool]:
        """The parts of set_pack, each a step (widgets are made on the GUI thread, so they cannot go to a worker)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter

        from desktop_app.gui.case_form import CaseForm
        from desktop_app.gui.case_log import CaseLogPane
        from desktop_app.gui.case_session import CaseSession
        from desktop_app.gui.print_desk import PrintDesk
        from desktop_app.gui.recommendation_panel import RecommendationPanel
        from desktop_app.gui.words import use_pack

        if self.pack is not None or getattr(self, "_pack_building", False):
            raise RuntimeError("the window already has its knowledge pack")
        self._pack_building = True
        clock = self.clock
        self.print_desk: PrintDesk = PrintDesk(
            self, self.runner, self._settings, lambda: self.preferences, lambda: self.pack, self._say
        )
        self.print_requested.connect(self._print_snapshot)
        self.export_pdf_requested.connect(self._export_snapshot)
        self.preferences_changed.connect(lambda chosen: self.print_desk.set_paper(chosen.paper_size))
        self.case_log: CaseLogPane = CaseLogPane(self)
        self.case_log.set_log_state(QCoreApplication.translate("MainWindow", "Opening the case log…"))
        yield True
        use_pack(
            pack, window_language()
        )  # the window's words (drug name, decisions, rules): this pack's, in the window's language
        self.form = CaseForm(clock, self)
        yield True
        self.panel = RecommendationPanel(pack, self)
        yield True
        self.session = session if session is not None else CaseSession(clock, self)
        if self.session.parent() is None:
            self.session.setParent(self)
        self.session.bind_view(self)
        self.session.set_pack(pack)
        from desktop_app.gui.lab_import import LabImporter

        self.lab_importer = LabImporter(
            self, self.runner, self.form.to_data, self._load_lab_readings, lambda text: self._say(text, 8000)
        )
        for table in (self.form.anc_table, self.form.cbc_table):
            self.lab_importer.watch(table)
        yield True

        # From here on in one step: with the pack set, the window has its form, panel and splitter.
        self.pack = pack
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.case_log)
        self.splitter.addWidget(self._form_column())
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 1)
        # On a small screen (or at 200% scale) the three columns may not fit side by side: the window scrolls.
        self.window_scroll = QScrollArea(self)
        self.window_scroll.setObjectName("windowScroll")
        self.window_scroll.setWidgetResizable(True)
        self.window_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.window_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.window_scroll.setWidget(self.splitter)
        self.setCentralWidget(self.window_scroll)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._make_status_labels()
        self.statusBar().clearMessage()
        self._set_tab_order()
        self._set_minimum_sizes()
        self._make_keyboard_friendly()
        yield True

        session = self.session
        self.form.changed.connect(session.form_changed)
        self.panel.pitfalls.ticked.connect(self.pitfall_ticked)
        self.pitfall_ticked.connect(lambda *_: session.pitfall_changed())
        # At once, not after the debounce: a change to a saved case makes Save available straight away.
        session.stateChanged.connect(lambda _state: self.show_save_state())
        session.savingChanged.connect(lambda _saving: self.show_save_state())
        session.evaluationChanged.connect(self._show_evaluation)
        session.saved.connect(self._saved)
        session.closeRequested.connect(self.close)
        self.case_log.case_chosen.connect(self.case_chosen)
        self.runner.busy_changed.connect(self._show_busy)
        self._restore_splitter()
        for action in self.content_actions:
            action.setEnabled(True)
        session.evaluate_now()
        # Typed keys go into the case from the first moment: the cursor starts at the patient reference.
        self.form.patient_ref.setFocus(Qt.FocusReason.OtherFocusReason)
        self.content_ready.emit()

    def attach_log(self, log: CaseLog, read_only_reason: str | None = None) -> None:
        """Save to, reopen from and list `log`; it stays open until its owner closes it, after the window.

        A log opened read-only makes a read-only window: Save off, with `read_only_reason` shown.
        """
        from desktop_app.gui.log_session import CaseLogSession

        if self.pack is None:
            raise RuntimeError("set_pack first: the case log needs the form and the panel")
        if self.log_session is not None:
            raise RuntimeError("the window already has a case log")
        self.log_session = CaseLogSession(self, log, self.log_runner, self._who, read_only_reason)
        self.session.release_on(self)
        self.save_requested.connect(self.session.save)
        self.new_case_started.connect(self.log_session.forget_case)
        self.case_chosen.connect(self.log_session.reopen)
        self.pitfall_ticked.connect(self.log_session.tick)
        from desktop_app.gui.due_view import DueDesk
        from desktop_app.gui.record_desk import RecordDesk

        self.record_desk = RecordDesk(self, self.log_session)
        self.due_desk = DueDesk(self, log.path, self.clock)
        from desktop_app.gui.accessibility import name_qt_parts

        name_qt_parts(self)  # the worklist's table brings a corner button of Qt's own
        self.refresh_action.setEnabled(True)
        self.sync_action.setEnabled(True)
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Case log: {path}").format(path=log.path), 5000)
        self.case_log_opened.emit()

    def offer_drafts(self) -> None:
        """Offer back a case left unsaved when NeutroHold last stopped."""
        if self.log_session is not None:
            self.session.offer_drafts()

    def _who(self) -> str:
        """Who records: the clinician named in Preferences, else the signed-in user."""
        from desktop_app.services.caselog import default_who

        return self.preferences.clinician_name.strip() or default_who()

    @property
    def live(self) -> LiveEvaluation:
        """The session's debounced evaluation of the form."""
        assert self.session.live is not None
        return self.session.live

    @property
    def read_only_reason(self) -> str | None:
        """Why the case log can only be read (Save is off), or None."""
        session = getattr(self, "session", None)
        return session.read_only_reason if session is not None else None

    # ---- building ----------------------------------------------------------------------------

    def _form_column(self) -> QWidget:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

        from desktop_app.gui.theme import set_role

        column = QWidget(self)
        column.setObjectName("formColumn")
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form_scroll = QScrollArea(column)
        self.form_scroll.setObjectName("caseFormScroll")
        self.form_scroll.setAccessibleName(app_words("a11y.name.case_form"))
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # Every part of the form is a control, and the view follows the focus to it: the area is no Tab stop.
        self.form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.form_scroll.setWidget(self.form)
        layout.addWidget(self.form_scroll, 1)
        from desktop_app.gui.log_notices import LogNotices

        self.log_notices = LogNotices(column)
        layout.addWidget(self.log_notices)
        bar = QHBoxLayout()
        self.save_hint = QLabel(column)
        self.save_hint.setObjectName("saveHintLabel")
        self.save_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.save_hint.setWordWrap(True)
        set_role(self.save_hint, "muted")
        self.save_button = QPushButton(QCoreApplication.translate("MainWindow", "&Save to case log"), column)
        self.save_button.setObjectName("saveButton")
        self.save_button.setAccessibleName(app_words("a11y.name.save_to_case_log"))
        self.save_button.setDefault(False)
        self.save_button.clicked.connect(self.request_save)
        # A case that names another installed pack is refused here; this opens the window with that pack.
        self.use_case_pack_button = QPushButton(column)
        self.use_case_pack_button.setObjectName("useCasePackButton")
        self.use_case_pack_button.setAccessibleName(app_words("a11y.name.use_the_case_s_pack"))
        self.use_case_pack_button.setToolTip(
            QCoreApplication.translate("MainWindow", "Open the window again with the knowledge pack this case names")
        )
        self.use_case_pack_button.clicked.connect(lambda: self.choose_pack(self._case_pack or ""))
        self.use_case_pack_button.hide()
        self._case_pack: str | None = None
        bar.addWidget(self.save_hint, 1)
        bar.addWidget(self.use_case_pack_button)
        bar.addWidget(self.save_button)
        layout.addLayout(bar)
        return column

    def _offer_case_pack(self) -> None:
        """Show "Use knowledge pack X" while the form holds a case naming another installed pack X."""
        named = self.form.named_pack
        current = self.pack.content.id if self.pack is not None else None
        self._case_pack = named if named and named != current and named in self.installed_packs else None
        if self._case_pack is not None:
            self.use_case_pack_button.setText(
                QCoreApplication.translate("MainWindow", "Use knowledge pack {id}").format(id=self._case_pack)
            )
        self.use_case_pack_button.setVisible(self._case_pack is not None)

    def _action(
        self,
        name: str,
        text: str,
        shortcuts: Iterable[QKeySequence | QKeySequence.StandardKey | str],
        slot: Callable[[], Any],
        tip: str,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        keys = [QKeySequence(s) for s in shortcuts]
        action.setShortcuts([key for n, key in enumerate(keys) if key not in keys[:n]])
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.new_action = self._action(
            "newAction",
            QCoreApplication.translate("MainWindow", "&New case"),
            [QKeySequence.StandardKey.New],
            self.new_case,
            QCoreApplication.translate("MainWindow", "Start a new case (Ctrl+N)"),
        )
        self.save_action = self._action(
            "saveAction",
            QCoreApplication.translate("MainWindow", "&Save"),
            [QKeySequence.StandardKey.Save],
            self.request_save,
            QCoreApplication.translate("MainWindow", "Save the case and its evaluation to the log (Ctrl+S)"),
        )
        self.print_action = self._action(
            "printAction",
            QCoreApplication.translate("MainWindow", "&Print…"),
            [QKeySequence.StandardKey.Print],
            self.request_print,
            QCoreApplication.translate("MainWindow", "Print the recommendation (Ctrl+P)"),
        )
        self.export_action = self._action(
            "exportPdfAction",
            QCoreApplication.translate("MainWindow", "&Export PDF…"),
            ["Ctrl+Shift+E"],
            self.request_export_pdf,
            QCoreApplication.translate("MainWindow", "Export the recommendation as a PDF (Ctrl+Shift+E)"),
        )
        self.import_labs_action = self._action(
            "importLabsAction",
            QCoreApplication.translate("MainWindow", "&Import lab results…"),
            ["Ctrl+I"],
            self.import_labs,
            QCoreApplication.translate(
                "MainWindow", "Read counts and temperatures from an HL7 v2, FHIR or CSV lab file (Ctrl+I)"
            ),
        )
        self.export_fhir_action = self._action(
            "exportFhirAction",
            QCoreApplication.translate("MainWindow", "Export &FHIR…"),
            [],
            self.request_export_fhir,
            QCoreApplication.translate("MainWindow", "Export the evaluation as a FHIR R4 Bundle"),
        )
        self.find_action = self._action(
            "findAction",
            QCoreApplication.translate("MainWindow", "&Find case"),
            [QKeySequence.StandardKey.Find],
            self.focus_search,
            QCoreApplication.translate("MainWindow", "Search the case log (Ctrl+F)"),
        )
        self.preferences_action = self._action(
            "preferencesAction",
            QCoreApplication.translate("MainWindow", "P&references…"),
            ["Ctrl+,"],
            self.edit_preferences,
            QCoreApplication.translate("MainWindow", "Clinician, site and printing preferences (Ctrl+,)"),
        )
        self.quit_action = self._action(
            "quitAction",
            QCoreApplication.translate("MainWindow", "&Quit"),
            ["Ctrl+Q"],
            self.close,
            QCoreApplication.translate("MainWindow", "Quit NeutroHold (Ctrl+Q)"),
        )
        self.sync_action = self._action(
            "syncAction",
            QCoreApplication.translate("MainWindow", "S&ynchronise…"),
            [],
            self.synchronise,
            QCoreApplication.translate(
                "MainWindow", "Exchange cases with other workstations through a shared folder (USB stick)"
            ),
        )
        self.refresh_action = self._action(
            "refreshAction",
            QCoreApplication.translate("MainWindow", "Refresh case &log"),
            [QKeySequence.StandardKey.Refresh, "F5"],
            self.refresh_log,
            QCoreApplication.translate("MainWindow", "Read the case log again, with cases saved elsewhere (F5)"),
        )
        self.about_action = self._action(
            "aboutAction",
            QCoreApplication.translate("MainWindow", "&About NeutroHold"),
            [],
            self.show_about,
            QCoreApplication.translate("MainWindow", "Version and knowledge pack"),
        )
        self.case_actions = (self.save_action, self.print_action, self.export_action, self.export_fhir_action)
        self.content_actions = (self.new_action, self.import_labs_action, *self.case_actions, self.find_action, self.about_action)
        self.refresh_action.setEnabled(False)
        self.sync_action.setEnabled(False)

    def _make_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        bar.setObjectName("menuBar")
        bar.setAccessibleName(app_words("a11y.name.menu_bar"))
        for name, title, actions in (
            (
                "fileMenu",
                QCoreApplication.translate("MainWindow", "&File"),
                (
                    self.new_action,
                    self.import_labs_action,
                    self.sync_action,
                    self.save_action,
                    None,
                    self.print_action,
                    self.export_action,
                    self.export_fhir_action,
                    None,
                    "packs",
                    None,
                    self.quit_action,
                ),
            ),
            (
                "editMenu",
                QCoreApplication.translate("MainWindow", "&Edit"),
                (self.find_action, self.refresh_action, None, self.preferences_action),
            ),
            ("helpMenu", QCoreApplication.translate("MainWindow", "&Help"), (self.about_action,)),
        ):
            menu = bar.addMenu(title)
            menu.setObjectName(name)
            menu.setAccessibleName(title.replace("&", "") + " menu")
            for action in actions:
                if action == "packs":
                    self._make_pack_menu(menu)
                elif action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
        toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"), self)
        toolbar.setObjectName("mainToolBar")
        toolbar.setAccessibleName(app_words("a11y.name.main_toolbar"))
        toolbar.setMovable(False)
        for action in (self.new_action, self.save_action, self.print_action, self.export_action, self.find_action):
            toolbar.addAction(action)
            button = toolbar.widgetForAction(action)
            button.setObjectName(action.objectName().removesuffix("Action") + "ToolButton")
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _make_pack_menu(self, parent: QMenu) -> None:
        """File > Knowledge pack: the installed packs, the one in force checked (filled in by show_installed_packs)."""
        self.pack_menu = parent.addMenu(QCoreApplication.translate("MainWindow", "&Knowledge pack"))
        self.pack_menu.setObjectName("packMenu")
        self.pack_menu.setAccessibleName(self.pack_menu.title().replace("&", ""))
        self.pack_menu.setToolTipsVisible(True)
        self.pack_menu.menuAction().setStatusTip(
            QCoreApplication.translate("MainWindow", "Evaluate with another installed knowledge pack (another drug or rule set)")
        )
        self.pack_menu.setEnabled(False)
        self.installed_packs: tuple[str, ...] = ()

    def show_installed_packs(self, pack_ids: Sequence[str]) -> None:
        """List the installed packs in File > Knowledge pack (`packAction_<id>`); choosing another asks the app
        to open the window again with it. With one pack installed the menu shows it, unavailable."""
        from PySide6.QtGui import QActionGroup

        self.installed_packs = tuple(pack_ids)
        self.pack_menu.clear()
        group = QActionGroup(self.pack_menu)
        group.setExclusive(True)
        for pack_id in self.installed_packs:
            action = self.pack_menu.addAction(pack_id)
            action.setObjectName(f"packAction_{pack_id}")
            action.setData(pack_id)
            action.setCheckable(True)
            action.setStatusTip(
                QCoreApplication.translate("MainWindow", "Open the window again with knowledge pack {id}").format(id=pack_id)
            )
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, chosen=pack_id: self.choose_pack(chosen))
        self._check_pack_in_force()
        self.pack_menu.setEnabled(len(self.installed_packs) > 1)
        if getattr(self, "form", None) is not None:
            self._offer_case_pack()

    def choose_pack(self, pack_id: str) -> None:
        """Ask for the window to be opened again with installed pack `pack_id` (the case in the form is kept as
        a draft, or the clinician is asked, as on closing). Nothing happens for the pack in force."""
        if self.pack is None or pack_id == self.pack.content.id or pack_id not in self.installed_packs:
            self._check_pack_in_force()
            return
        self.pack_change_requested.emit(pack_id)
        self._check_pack_in_force()  # still open: the change was cancelled, the check mark goes back

    def _check_pack_in_force(self) -> None:
        current = self.pack.content.id if self.pack is not None else None
        for action in self.pack_menu.actions():
            action.setChecked(action.data() == current)

    def _make_status_labels(self) -> None:
        from PySide6.QtCore import Qt

        assert self.pack is not None
        self.busy_label = QLabel(QCoreApplication.translate("MainWindow", "Working…"), self)
        self.busy_label.setObjectName("busyLabel")
        self.busy_label.setTextFormat(Qt.TextFormat.PlainText)
        self.busy_label.hide()
        stamp = self.pack.stamp()
        overrides = (
            QCoreApplication.translate("MainWindow", " · site overrides active ({count})").format(count=len(stamp.overrides))
            if stamp.overrides
            else ""
        )
        self.pack_label = QLabel(
            QCoreApplication.translate("MainWindow", "Pack {id} {version}{overrides}").format(
                id=stamp.id, version=stamp.version, overrides=overrides
            ),
            self,
        )
        self.pack_label.setObjectName("statusPackLabel")
        self.pack_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.pack_label)

    def _follow_contrast(self) -> None:
        """Keep to the contrast chosen in the preferences, following the desktop's setting when asked to."""
        from desktop_app.gui.theme import accessibility_hints

        hints = accessibility_hints()
        if hints is not None:
            hints.contrastPreferenceChanged.connect(self._contrast_changed)
        self.preferences_changed.connect(self._contrast_changed)

    def _contrast_changed(self, *_: object) -> None:
        from desktop_app.gui.theme import apply_scheme, chosen_scheme

        apply_scheme(chosen_scheme(self.preferences.contrast))

    def _say(self, text: str, timeout_ms: int) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    # The form's minimum width in lines of text, for the window's minimum before the form exists.
    FORM_WIDTH_LINES = 42

    def _set_window_minimum(self, form_width: int, handles: int = 0, log_width: int = 0, panel_width: int = 0) -> None:
        """Sizes follow the font; an explicit window minimum stops the layout resetting it as content changes.

        Set once before the window is shown, from an estimate of the form's width, and only grown later:
        changing a shown window's limits makes some platforms re-negotiate its size. The minimum is
        what the three columns need side by side, but never more than the screen: on a small screen
        (or at 200% scale) the window scrolls instead.
        """
        line = self.fontMetrics().lineSpacing()
        screen = self.screen().availableGeometry()
        wanted = max(log_width, line * 11) + form_width + max(panel_width, line * 20) + handles + line
        width, height = min(wanted, screen.width()), min(line * 30, screen.height())
        current = self.minimumSize()
        if width > current.width() or height > current.height():
            self.setMinimumSize(max(width, current.width()), max(height, current.height()))

    def _set_minimum_sizes(self) -> None:
        line = self.fontMetrics().lineSpacing()
        # The case log is at least as wide as its buttons' text, whatever the font size.
        self.case_log.setMinimumWidth(max(line * 11, self.case_log.minimumSizeHint().width()))
        self.form_scroll.setMinimumWidth(
            self.form.minimumSizeHint().width() + self.form_scroll.verticalScrollBar().sizeHint().width()
        )
        self.panel.setMinimumWidth(line * 20)
        self._set_window_minimum(
            self.form_scroll.minimumWidth(),
            2 * self.splitter.handleWidth(),
            self.case_log.minimumWidth(),
            self.panel.minimumWidth(),
        )

    def _make_keyboard_friendly(self) -> None:
        """Enter presses the focused button; the focused control stays in view, ringed."""
        from PySide6.QtWidgets import QPushButton

        from desktop_app.gui.accessibility import EnterActivates, FocusFollower, name_qt_parts

        central = self.centralWidget()
        for button in central.findChildren(QPushButton) if central is not None else []:
            button.setAutoDefault(True)
        self._enter_activates = EnterActivates(self)
        self._enter_activates.watch(self.form.cbc_toggle, self.form.temperature_toggle)
        self.focus_follower = FocusFollower(self, (self.form_scroll, self.panel, self.window_scroll))
        name_qt_parts(self)

    def _set_tab_order(self) -> None:
        """One forward Tab cycle in reading order, with no trap: case log, the form top to bottom, Save, the panel.

        The panel's own order ends with its pitfalls and then the override button; after that Tab comes
        back to the search box. The form's and panel's stops are found, not listed, so new controls join in place.
        """
        from desktop_app.gui.accessibility import chain_tab_order

        chain_tab_order(
            [
                *self.case_log.tab_stops(),
                *self.form.tab_stops(),
                self.log_notices.retry,
                self.save_button,
                *self.panel.tab_stops(),
            ]
        )

    # ---- layout memory -------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            state = self._settings.value("window/state")
            if isinstance(state, QByteArray):
                self.restoreState(state)
        else:
            screen = self.screen().availableGeometry()
            self.resize(min(1560, int(screen.width() * 0.94)), min(980, int(screen.height() * 0.92)))

    def _restore_splitter(self) -> None:
        splitter = self._settings.value("window/splitter")
        if not (isinstance(splitter, QByteArray) and self.splitter.restoreState(splitter)):
            width = self.width()
            self.splitter.setSizes([int(width * 0.2), int(width * 0.38), int(width * 0.42)])

    def save_layout(self) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState())
        if self.pack is not None:
            self._settings.setValue("window/splitter", self.splitter.saveState())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Unsaved work is kept as a draft first; when it cannot be, the clinician is asked (Save / Discard / Cancel).
        if self.log_session is not None and not self.session.may_close():
            event.ignore()
            return
        self.save_layout()
        self.runner.wait_until_idle()
        if self.log_session is not None:
            self.log_session.close()
        self.log_runner.wait_until_idle()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        from PySide6.QtCore import QEvent

        # Coming back to the window: show cases another NeutroHold has saved to the same log meanwhile.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self.log_session is not None:
            self.log_session.refresh_if_changed()
        super().changeEvent(event)

    # ---- showing evaluations -------------------------------------------------------------------

    def _show_evaluation(self, evaluation: Evaluation) -> None:
        self.panel.show_evaluation(evaluation)
        self.form.show_problem(evaluation.error)
        rec = evaluation.recommendation
        self.form.show_unit_warnings([w.message for w in rec.warnings if w.id == "unit_slip"] if rec else [])
        # A provisional result (a count may be in the wrong unit) is neither saved nor printed.
        provisional = rec is not None and rec.provisional
        for action in self.case_actions:
            action.setEnabled(evaluation.valid and not provisional)
        self.show_save_state(evaluation)
        self._offer_case_pack()
        patient = evaluation.case.patient_ref if evaluation.case else ""
        self.setWindowTitle(
            QCoreApplication.translate("MainWindow", "NeutroHold — {patient}").format(patient=patient)
            if patient
            else QCoreApplication.translate("MainWindow", "NeutroHold")
        )

    def show_save_state(self, evaluation: Evaluation | None = None) -> None:
        """Save is offered for a valid case not yet in the log; the hint beside it says which it is."""
        from desktop_app.gui.case_form import problem_text

        evaluation = evaluation or self.session.evaluation
        saved = self.session.shows_saved()
        if evaluation.error is not None:
            hint = QCoreApplication.translate("MainWindow", "Cannot save yet. Fix {problem}").format(
                problem=problem_text(evaluation.error)
            )
        elif evaluation.blank:
            hint = QCoreApplication.translate("MainWindow", "Enter a case to get a recommendation.")
        elif saved:
            hint = QCoreApplication.translate(
                "MainWindow", "Saved in the case log. Ticks are recorded as you make them; a change starts a new evaluation."
            )
        elif evaluation.recommendation is not None and evaluation.recommendation.provisional:
            hint = QCoreApplication.translate(
                "MainWindow", "Cannot save yet: a count may be in the wrong unit. Correct it or confirm it beside the count."
            )
        else:
            hint = QCoreApplication.translate("MainWindow", "Ready to save.")
        provisional = evaluation.recommendation is not None and evaluation.recommendation.provisional
        from desktop_app.gui.accessibility import set_tooltip

        saving = self.session.saving
        if self.read_only_reason is not None:
            hint = QCoreApplication.translate("MainWindow", "Cannot save: {read_only_reason}").format(
                read_only_reason=self.read_only_reason
            )
        elif saving:
            hint = QCoreApplication.translate("MainWindow", "Saving to the case log…")
        allowed = evaluation.valid and not saved and not provisional and not saving and self.read_only_reason is None
        self.save_hint.setText(hint)
        set_tooltip(self.save_button, hint)
        if not allowed and self.focusWidget() is self.save_button:
            self._focus_save_neighbour()
        self.save_button.setEnabled(allowed)
        self.save_action.setEnabled(allowed)

    def _focus_save_neighbour(self) -> None:
        """Save is switched off under the focus (saving, saved): the focus stays in the form, on Save's neighbour."""
        from PySide6.QtCore import Qt

        from desktop_app.gui.accessibility import last_reachable

        neighbour = last_reachable(self.form.tab_stops(), self)
        if neighbour is not None:
            neighbour.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_from_the_top(self) -> None:
        """A case just reopened or started: the form and the panel from the top (the banner in view), focus on the first field."""
        from PySide6.QtCore import Qt

        for area in (self.form_scroll, self.panel):
            area.verticalScrollBar().setValue(0)
            area.horizontalScrollBar().setValue(0)
        self.form.patient_ref.setFocus(Qt.FocusReason.OtherFocusReason)
        self.focus_follower.show_in_view(self.form.patient_ref)

    def set_read_only(self, reason: str | None) -> None:
        """The case log can only be read (locked, read-only file or folder, or replaced): Save is off, and says why."""
        self.session.read_only_reason = reason
        self.log_notices.show_text(
            self.log_notices.read_only,
            None
            if reason is None
            else QCoreApplication.translate(
                "MainWindow", "The case log is open read-only: {reason} Cases can be viewed and printed, not saved."
            ).format(reason=reason),
        )
        self.show_save_state()

    def _show_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)

    # ---- the case ------------------------------------------------------------------------------

    def current(self) -> Evaluation:
        """The evaluation of the form as it is now (any pending debounce is flushed; the one shown when it still stands)."""
        return self.session.current()

    def snapshot(self, doing: str) -> CaseSnapshot | None:
        """A validated snapshot for Save/Print/Export; tells the clinician what to fix when there is none."""
        from desktop_app.gui.case_form import problem_text

        evaluation = self.current()
        if evaluation.case is None or evaluation.recommendation is None:
            if evaluation.error is not None:
                reason = QCoreApplication.translate("MainWindow", "Fix this first:\n{problem}").format(
                    problem=problem_text(evaluation.error)
                )
            else:
                reason = QCoreApplication.translate(
                    "MainWindow", "Enter the patient reference and at least one neutrophil count first."
                )
            from desktop_app.gui.problem_message import ProblemMessage

            titles = {
                "save": QCoreApplication.translate("MainWindow", "Cannot save yet"),
                "print": QCoreApplication.translate("MainWindow", "Cannot print yet"),
                "export": QCoreApplication.translate("MainWindow", "Cannot export yet"),
            }
            ProblemMessage.tell(self, titles[doing], reason)
            control = self.form.problem_control()
            if control is not None:
                self.form_scroll.ensureWidgetVisible(control)
                control.setFocus()
            return None
        from desktop_app.gui.case_session import CaseSnapshot

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

    def _load_lab_readings(self, data: dict[str, Any]) -> None:
        self.form.load(data)
        self.session.evaluate_now()
        self.show_save_state()

    def import_labs(self) -> None:
        """File > Import lab results…: choose a file, preview it, add its readings to the form."""
        self.lab_importer.choose_and_import()

    def request_export_fhir(self) -> None:
        from pathlib import Path

        from desktop_app.gui.lab_import import FhirFileDialog
        from desktop_app.services.fhir import write_bundle

        snapshot = self.snapshot("export")
        if snapshot is None:
            return
        out = FhirFileDialog.ask(
            self, Path.home() / f"neutrohold-{snapshot.case.patient_ref}.json", patient=snapshot.case.patient_ref
        )
        if out is None:
            return
        who = self.preferences.clinician_name or "NeutroHold user"
        self.runner.run(
            lambda: write_bundle(snapshot.case, snapshot.recommendation, out, who),
            lambda path: self._say(
                QCoreApplication.translate("MainWindow", "FHIR Bundle written to {path}").format(path=path), 8000
            ),
            self._fhir_failed,
        )

    def _fhir_failed(self, error: BaseException) -> None:
        from desktop_app.gui.problem_message import ProblemMessage

        ProblemMessage.tell(self, QCoreApplication.translate("MainWindow", "FHIR export failed"), str(error))

    def save_case(self, snapshot: CaseSnapshot) -> None:
        """Record the case; the case log service connects to save_requested (or overrides this)."""
        self.save_requested.emit(snapshot)

    def print_case(self, snapshot: CaseSnapshot) -> None:
        """Print the case; the printing service connects to print_requested (or overrides this)."""
        self.print_requested.emit(snapshot)

    def export_pdf(self, snapshot: CaseSnapshot) -> None:
        """Export a PDF; the printing service connects to export_pdf_requested (or overrides this)."""
        self.export_pdf_requested.emit(snapshot)

    def _print_snapshot(self, snapshot: CaseSnapshot) -> None:
        self.print_desk.print_case(self._printout(snapshot))

    def _export_snapshot(self, snapshot: CaseSnapshot) -> None:
        self.print_desk.export_pdf(self._printout(snapshot))

    def _printout(self, snapshot: CaseSnapshot) -> Printout:
        from desktop_app.gui.print_desk import Printout

        if self.log_session is not None:
            return self.log_session.printout_for(snapshot)
        return Printout(
            snapshot.case,
            snapshot.recommendation,
            None,
            snapshot.ticked_pitfalls,
            self.preferences.clinician_name or "NeutroHold user",
        )

    def _saved(self, _evaluation_id: str) -> None:
        from desktop_app.gui.accessibility import announce

        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Saved to the case log."), 5000)
        announce(self.save_hint, QCoreApplication.translate("MainWindow", "Saved to the case log."))

    def is_unchanged(self) -> bool:
        """The form holds exactly what was last saved or reopened."""
        return self.session.is_unchanged()

    def load_case(
        self,
        case: CaseInput | dict[str, Any],
        ticked: Iterable[str] = (),
        *,
        as_of: datetime | None = None,
        recorded: dict[str, str] | None = None,
    ) -> Evaluation:
        """Show a case (a reopened one, or a file) with its ticked pitfalls (see CaseSession.load)."""
        return self.session.load(case, ticked, as_of=as_of, recorded=recorded)

    def restore_draft(self, data: dict[str, Any], ticked: Iterable[str]) -> Evaluation:
        """Show a recovered draft: unsaved, evaluated now."""
        return self.session.restore_draft(data, ticked)

    def may_discard_unsaved(self) -> bool:
        """True when nothing unsaved would be lost, or the clinician agrees to lose it."""
        return self.session.may_discard()

    def new_case(self) -> None:
        if not self.session.new_case():
            return
        self.new_case_started.emit()
        self.show_from_the_top()

    # ---- the session's view (CaseView) ----------------------------------------------------------------

    def form_data(self) -> dict[str, Any]:
        return self.form.to_data()

    def form_is_blank(self) -> bool:
        return self.form.is_blank()

    def ticked_pitfalls(self) -> list[str]:
        return self.panel.pitfalls.ticked_ids()

    def load_form(self, case: CaseInput | dict[str, Any], ticked: Iterable[str], recorded: dict[str, str] | None) -> None:
        self.form.load(case)
        self.panel.pitfalls.set_ticked(ticked, recorded)

    def clear_form(self) -> None:
        self.form.clear()
        self.panel.pitfalls.set_ticked(())

    def ask_discard(self) -> bool:
        from desktop_app.gui.problem_message import DiscardQuestion

        return DiscardQuestion.ask(
            self,
            QCoreApplication.translate("MainWindow", "Discard this case?"),
            QCoreApplication.translate("MainWindow", "The case being entered has not been saved. Discard it?"),
        )

    def ask_unsaved_close(self, reason: str, can_save: bool) -> CloseAnswer:
        from desktop_app.gui.log_notices import UnsavedCloseDialog

        return UnsavedCloseDialog.ask(self, reason, can_save)

    def ask_draft(self, summary: str) -> DraftAnswer | None:
        from desktop_app.gui.drafts import DraftDialog

        return DraftDialog.ask(self, summary)

    # ---- other actions -------------------------------------------------------------------------

    def synchronise(self, folder: Any = None) -> None:
        """File > Synchronise…: exchange cases through a shared folder on the background runner, then read the log again."""
        from pathlib import Path

        from desktop_app.gui.sync_desk import SyncDesk

        if getattr(self, "sync_desk", None) is None:
            self.sync_desk = SyncDesk(
                self, self.runner, lambda: self.log_session.log.path if self.log_session is not None else None,
                self.refresh_log, self._say,
            )  # fmt: skip
        self.sync_desk.start(folder if isinstance(folder, Path) else None)

    def refresh_log(self) -> None:
        if self.log_session is not None:
            self.log_session.refresh()
            self.due_desk.reload()
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Case log read again."), 3000)

    def focus_search(self) -> None:
        from PySide6.QtCore import Qt

        self.case_log.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.case_log.search.selectAll()

    def edit_preferences(self) -> None:
        chosen = PreferencesDialog.ask(self, self.preferences)
        if chosen is not None and chosen != self.preferences:
            chosen.write(self._settings)
            self.preferences = chosen
            self.preferences_changed.emit(chosen)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop_app.gui.words import text as app_text

        assert self.pack is not None
        stamp = self.pack.stamp()
        QMessageBox.about(
            self,
            QCoreApplication.translate("MainWindow", "About NeutroHold"),
            QCoreApplication.translate(
                "MainWindow", "NeutroHold {app_version}\n{about}\n\nKnowledge pack {id} {version}\nsha256 {sha256}"
            ).format(
                app_version=__version__, about=app_text("app.about"), id=stamp.id, version=stamp.version, sha256=stamp.sha256
            ),
        )
