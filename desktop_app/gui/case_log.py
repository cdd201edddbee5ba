"""The case log pane: a search box over a lazily paged table of logged evaluations, newest first."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.wording.formats import moment_text
from desktop_app.gui.language import translatable
from desktop_app.gui.words import app_words, words
from desktop_app.gui.theme import set_role

if TYPE_CHECKING:
    from desktop_app.services.caselog import CaseRow

CASE_LOG_COLUMNS = (
    translatable("CaseLog", "Patient"),
    translatable("CaseLog", "Decision"),
    translatable("CaseLog", "ANC"),
    translatable("CaseLog", "Evaluated at"),
    translatable("CaseLog", "Pack"),
)
# A case log model answers this role with the id the log service reopens the case by.
CASE_ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_DEBOUNCE_MS = 200
# Rows fetched at a time: the view asks for more as it scrolls, so a log of any size opens at once.
PAGE_SIZE = 100
Index = QModelIndex | QPersistentModelIndex


class CaseSource(Protocol):
    """Where the rows come from: the case log service, newest evaluation first."""

    def page(self, query: str, offset: int, limit: int, order: str = "newest") -> list[CaseRow]: ...

    def count(self, query: str) -> int: ...


def decision_cell(row: CaseRow) -> str:
    recommended = words().decision_words(row.decision, "short")
    if row.decision_taken is None or row.decision_taken == row.decision:
        return recommended
    return QCoreApplication.translate("CaseLog", "{recommended} → clinician: {decision}").format(
        recommended=recommended, decision=words().decision_words(row.decision_taken, "short")
    )


def row_cells(row: CaseRow) -> tuple[str, str, str, str, str]:
    return (
        row.patient_ref,
        decision_cell(row),
        str(row.anc_cells_per_uL),
        moment_text(row.as_of, "clinic_moment"),
        row.pack_version,
    )


# The log's sort order for each column, ascending then descending (the log sorts; the model never
# sorts what it has loaded, which would order one page only).
COLUMN_ORDERS = (
    ("patient", "patient_desc"),
    ("decision", "decision_desc"),
    ("anc", "anc_desc"),
    ("oldest", "newest"),
    ("pack", "pack_desc"),
)


class CaseLogTableModel(QAbstractTableModel):
    """Logged evaluations matching the search, loaded a page at a time as the view scrolls (canFetchMore).

    Sorting asks the log for the rows in the new order and starts again from the first page.
    """

    def __init__(self, source: CaseSource | None = None, parent: QObject | None = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._source = source
        self._page_size = page_size
        self._query = ""
        self.order = "newest"
        self._rows: list[CaseRow] = []
        # Each row's cells, made when Qt first asks for one (the moment in the window's language costs tens
        # of microseconds; Qt asks for every cell at each paint). Keyed by row; a reload drops them.
        self._cells: dict[int, tuple[str, ...]] = {}
        self.total = 0
        self._reload()

    # ---- what to show -----------------------------------------------------------------------------

    @property
    def query(self) -> str:
        return self._query

    def set_source(self, source: CaseSource | None) -> None:
        self._source = source
        self.set_query(self._query)

    def set_query(self, query: str) -> None:
        """Search the log (patient references and notes); the first page is loaded, the rest on demand.

        If the source fails, the model is left empty (and the reset still announced) before the error goes on.
        """
        self.beginResetModel()
        try:
            self._query = query
            self._rows, self.total, self._cells = [], 0, {}
            self._reload()
        finally:
            self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMN_ORDERS):
            return
        self.order = COLUMN_ORDERS[column][0 if order == Qt.SortOrder.AscendingOrder else 1]
        self.set_query(self._query)

    def refresh(self) -> None:
        """Read the log again (after a save here, or cases added by another NeutroHold on the same log)."""
        self.set_query(self._query)

    def _reload(self) -> None:
        if self._source is None:
            return
        total = self._source.count(self._query)
        self._rows = self._source.page(self._query, 0, self._page_size, self.order) if total else []
        self.total = total

    def case_row(self, row: int) -> CaseRow:
        return self._rows[row]

    def row_of(self, case_id: str) -> int | None:
        """The row of a case among those loaded so far."""
        return next((row for row, case in enumerate(self._rows) if case.id == case_id), None)

    # ---- lazy loading -----------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._source is not None and len(self._rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        assert self._source is not None
        more = self._source.page(self._query, len(self._rows), self._page_size, self.order)
        if not more:
            # The log shrank under us (another program) or could not be read; stop asking instead of looping.
            self.total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    # ---- the model interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(CASE_LOG_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(CASE_LOG_COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CaseLog", CASE_LOG_COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "CaseLogTableModel", "Click to sort the whole log by this column; click again to reverse"
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            cells = self._cells.get(index.row())
            if cells is None:
                cells = self._cells[index.row()] = row_cells(row)
            return cells[index.column()]
        if role == CASE_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "CaseLogTableModel", "{patient_ref}: evaluated {moment} by {who}, ANC {anc_cells_per_uL} cells/uL ({severity})"
            ).format(
                patient_ref=row.patient_ref,
                moment=moment_text(row.as_of, "clinic_moment"),
                who=row.who,
                anc_cells_per_uL=row.anc_cells_per_uL,
                severity=row.severity,
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CaseLogPane(QWidget):
    """`search_changed` (debounced) and `case_chosen(case id)` are what the log service listens to.

    `print_chosen` / `export_chosen(case id)` come from the row's context menu and the buttons below.
    """

    search_changed = Signal(str)
    case_chosen = Signal(object)
    print_chosen = Signal(object)
    export_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseLogPane")
        self.setAccessibleName(app_words("a11y.name.case_log"))
        self._quiet = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(QCoreApplication.translate("CaseLogPane", "Case log"), self)
        title.setObjectName("caseLogTitle")
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.search = QLineEdit(self)
        self.search.setObjectName("searchEdit")
        self.search.setAccessibleName(app_words("a11y.name.search_the_case_log"))
        self.search.setToolTip(
            QCoreApplication.translate(
                "CaseLogPane", "Patient reference or words from the notes; every word must match the start of a word"
            )
        )
        self.search.setPlaceholderText(QCoreApplication.translate("CaseLogPane", "Search cases (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.view = QTableView(self)
        self.view.setObjectName("caseLogView")
        self.view.setAccessibleName(app_words("a11y.name.saved_cases"))
        self.view.setAccessibleDescription(
            QCoreApplication.translate(
                "CaseLogPane",
                "Newest evaluation first; click a column header to sort. Arrow keys select, Enter opens the case; the context menu prints it",
            )
        )
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)

        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        # The menu is opened from contextMenuEvent, which says whether a key or the mouse asked for it.
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionsClickable(True)
        self.view.horizontalHeader().setSortIndicatorShown(True)
        # Before the model is set: enabling sorting sorts at once, by the indicator (newest first).
        self.view.horizontalHeader().setSortIndicator(3, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.view, 1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("caseLogCountLabel")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.count_label, "muted")
        layout.addWidget(self.count_label)
        buttons = QHBoxLayout()
        self.open_button = self._button(
            "caseLogOpenButton",
            QCoreApplication.translate("CaseLogPane", "O&pen"),
            QCoreApplication.translate("CaseLogPane", "Open the selected case"),
            self._open_current,
        )
        self.print_button = self._button(
            "caseLogPrintButton",
            QCoreApplication.translate("CaseLogPane", "Print…"),
            QCoreApplication.translate("CaseLogPane", "Print the selected case"),
            self._print_current,
        )
        self.export_button = self._button(
            "caseLogExportButton",
            QCoreApplication.translate("CaseLogPane", "PDF…"),
            QCoreApplication.translate("CaseLogPane", "Export the selected case as a PDF"),
            self._export_current,
        )
        for button in (self.open_button, self.print_button, self.export_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.empty = QLabel(self.view.viewport())
        self.empty.setObjectName("caseLogEmptyLabel")
        set_role(self.empty, "muted")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.viewport().installEventFilter(self)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._search)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._search_now)
        # Arrow keys only select; Enter (activated), a click or the Open button opens.
        self.view.activated.connect(self._choose)
        self.view.clicked.connect(self._choose)
        self.view.installEventFilter(self)

        self.context_menu: QMenu | None = None
        self._log_state: str | None = QCoreApplication.translate("CaseLogPane", "No case log is open.")
        self.model = CaseLogTableModel(None, self)
        self._connected: QAbstractItemModel | None = None
        self.set_model(self.model)

    def _button(self, name: str, text: str, tip: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(tip)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def set_model(self, model: QAbstractItemModel) -> None:
        """Show a case log model (the log service's lazily paged one); it must answer CASE_ID_ROLE."""
        old = self._connected
        if old is not None:
            for signal in (old.modelReset, old.rowsInserted, old.rowsRemoved, old.layoutChanged):
                signal.disconnect(self._show_state)
        self.view.setModel(model)
        self._connected = model
        self._size_columns()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self._show_state)
        self.view.selectionModel().currentRowChanged.connect(self._show_state)
        self._show_state()

    def _size_columns(self) -> None:
        """Wide enough for typical cells in the current font; the user may resize them."""
        metrics = self.view.fontMetrics()
        padding = 3 * metrics.averageCharWidth()
        for column, sample in enumerate(
            (
                "RHEU-00000",
                QCoreApplication.translate("CaseLogPane", "Withhold"),
                "00000",
                "2026-11-24 12:00",
            )
        ):
            self.view.horizontalHeader().resizeSection(column, metrics.horizontalAdvance(sample) + padding)

    def set_log_state(self, text: str | None) -> None:
        """A note over the table while there is no log to show (opening, none open); None when there is."""
        self._log_state = text
        self._show_state()

    def tab_stops(self) -> list[QWidget]:
        """Search, the list, then its buttons."""
        return [self.search, self.view, self.open_button, self.print_button, self.export_button]

    # ---- selection ---------------------------------------------------------------------------------

    def current_case_id(self) -> Any:
        index = self.view.currentIndex()
        return index.siblingAtColumn(0).data(CASE_ID_ROLE) if index.isValid() else None

    def select_case(self, case_id: Any) -> None:
        """Show which case is open without announcing it as chosen; clears the selection for None or an unlisted case."""
        self._quiet = True
        try:
            model = self.view.model()
            row = next(
                (r for r in range(model.rowCount()) if case_id is not None and model.index(r, 0).data(CASE_ID_ROLE) == case_id),
                None,
            )
            if row is None:
                self.view.selectionModel().clear()
            else:
                self.view.setCurrentIndex(model.index(row, 0))
                self.view.scrollTo(model.index(row, 0))
        finally:
            self._quiet = False
        self._show_state()

    def _choose(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if index.isValid() and not self._quiet:
            self.case_chosen.emit(index.siblingAtColumn(0).data(CASE_ID_ROLE))

    def _open_current(self) -> None:
        if self.current_case_id() is not None:
            self.case_chosen.emit(self.current_case_id())

    def _print_current(self) -> None:
        if self.current_case_id() is not None:
            self.print_chosen.emit(self.current_case_id())

    def _export_current(self) -> None:
        if self.current_case_id() is not None:
            self.export_chosen.emit(self.current_case_id())

    def _context_menu(self, event: QContextMenuEvent) -> None:
        """The menu acts on one row, named in it: the current row for the Menu key, the row clicked for the mouse."""
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            index = self.view.indexAt(self.view.viewport().mapFromGlobal(event.globalPos()))
            if index.isValid():
                # The row the menu acts on is the row shown selected.
                self._quiet = True
                try:
                    self.view.setCurrentIndex(index)
                finally:
                    self._quiet = False
        else:
            index = self.view.currentIndex()
        if not index.isValid():
            return
        first = index.siblingAtColumn(0)
        case_id, patient = first.data(CASE_ID_ROLE), first.data(Qt.ItemDataRole.DisplayRole)
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            position = event.globalPos()
        else:
            position = self.view.viewport().mapToGlobal(self.view.visualRect(index).bottomLeft())
        self.context_menu = menu = QMenu(self.view)
        menu.setObjectName("caseLogContextMenu")
        menu.setAccessibleName(f"Case actions for {patient}")
        menu.addAction(f"&Open {patient}", lambda: self.case_chosen.emit(case_id)).setObjectName("caseLogOpenAction")
        menu.addAction(f"&Print {patient}…", lambda: self.print_chosen.emit(case_id)).setObjectName("caseLogPrintAction")
        menu.addAction(f"&Export PDF of {patient}…", lambda: self.export_chosen.emit(case_id)).setObjectName(
            "caseLogExportAction"
        )
        for action in menu.actions():
            action.setData(case_id)
        try:
            self.show_menu(menu, position)
        finally:
            self.context_menu = None
            menu.deleteLater()

    def show_menu(self, menu: QMenu, position: QPoint) -> None:
        """Run the context menu until it closes. Tests replace this."""
        menu.exec(position)

    # ---- searching and the empty state -----------------------------------------------------------------

    def _search_now(self) -> None:
        """Enter in the search box: search at once and go to the first match (selected, not opened)."""
        self._search_timer.stop()
        self._search()
        model = self.view.model()
        if model.rowCount() > 0:
            self._quiet = True
            try:
                self.view.setCurrentIndex(model.index(0, 0))
            finally:
                self._quiet = False
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _search(self) -> None:
        self.search_changed.emit(self.search.text().strip())
        self._show_state()

    def _show_state(self, *_: Any) -> None:
        model = self.view.model()
        rows = model.rowCount()
        total = getattr(model, "total", rows)
        searching = bool(self.search.text().strip())
        if self._log_state is not None:
            note = self._log_state
        elif searching:
            note = QCoreApplication.translate("CaseLogPane", "No saved case matches the search.")
        else:
            note = QCoreApplication.translate("CaseLogPane", "No saved cases yet.\nSaved cases appear here.")
        self.empty.setText(note)
        self.empty.setVisible(rows == 0 or self._log_state is not None)
        self.count_label.setText(
            ""
            if self._log_state is not None
            else (
                QCoreApplication.translate("CaseLogPane", "{total} case")
                if total == 1
                else QCoreApplication.translate("CaseLogPane", "{total} cases")
            ).format(total=total)
            + (QCoreApplication.translate("CaseLogPane", " found") if searching else "")
        )
        chosen = self.view.currentIndex().isValid()
        for button in (self.open_button, self.print_button, self.export_button):
            button.setEnabled(chosen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched in (self.view, self.view.viewport())
            and event.type() == QEvent.Type.ContextMenu
            and isinstance(event, QContextMenuEvent)
        ):
            self._context_menu(event)
            return True
        # The empty-state note covers the table's viewport, whatever its size.
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.empty.setGeometry(self.view.viewport().rect().adjusted(8, 8, -8, -8))
        return super().eventFilter(watched, event)
