"""The case log pane: a search box over a table of saved cases (an in-memory model until the log service plugs in)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

CASE_LOG_COLUMNS = ("Patient", "Decision", "ANC", "Evaluated at", "Pack")
# A case log model answers this role with the id the log service reopens the case by.
CASE_ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_DEBOUNCE_MS = 200
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class CaseLogRow:
    case_id: Any
    patient_ref: str
    decision: str
    anc_cells_per_uL: int
    evaluated_at: datetime
    pack: str

    def cells(self) -> tuple[Any, ...]:
        return (self.patient_ref, self.decision, self.anc_cells_per_uL, f"{self.evaluated_at:%Y-%m-%d %H:%M}", self.pack)


class CaseLogModel(QAbstractTableModel):
    """Saved cases held in memory, one row each; the columns every case log model shows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseLogRow] = []

    def set_rows(self, rows: list[CaseLogRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(CASE_LOG_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(CASE_LOG_COLUMNS):
            return CASE_LOG_COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(row.cells()[index.column()])
        if role == CASE_ID_ROLE:
            return row.case_id
        return None


class CaseLogPane(QWidget):
    """`search_changed` (debounced) and `case_chosen(case id)` are what the log service listens to."""

    search_changed = Signal(str)
    case_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseLogPane")
        self.setAccessibleName("Case log")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel("Case log", self)
        title.setObjectName("caseLogTitle")
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.search = QLineEdit(self)
        self.search.setObjectName("searchEdit")
        self.search.setAccessibleName("Search the case log")
        self.search.setPlaceholderText("Search cases (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.view = QTableView(self)
        self.view.setObjectName("caseLogView")
        self.view.setAccessibleName("Saved cases")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setSortingEnabled(True)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.view, 1)
        self.empty = QLabel(self.view.viewport())
        self.empty.setObjectName("caseLogEmptyLabel")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.viewport().installEventFilter(self)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._search)
        self.search.textChanged.connect(self._search_timer.start)
        self.view.activated.connect(self._choose)

        self.local_cases = CaseLogModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.local_cases)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        proxy.setFilterKeyColumn(-1)
        self.set_model(proxy)

    def set_model(self, model: QAbstractItemModel) -> None:
        """Show another case log model (the log service's lazily paged one); it must answer CASE_ID_ROLE."""
        old = self.view.model()
        if old is not None:
            for signal in (old.modelReset, old.rowsInserted, old.rowsRemoved, old.layoutChanged):
                signal.disconnect(self._show_empty_state)
        self.view.setModel(model)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self._show_empty_state)
        self.view.selectionModel().currentRowChanged.connect(self._choose)
        self._show_empty_state()

    def _search(self) -> None:
        text = self.search.text().strip()
        model = self.view.model()
        # An in-memory model filters in the view; a log-backed model searches in SQL via search_changed.
        if isinstance(model, QSortFilterProxyModel):
            model.setFilterFixedString(text)
        self.search_changed.emit(text)
        self._show_empty_state()

    def _choose(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if index.isValid():
            self.case_chosen.emit(index.siblingAtColumn(0).data(CASE_ID_ROLE))

    def _show_empty_state(self, *_: Any) -> None:
        rows = self.view.model().rowCount()
        searching = bool(self.search.text().strip())
        self.empty.setText("No saved case matches the search." if searching else "No saved cases yet.\nSaved cases appear here.")
        self.empty.setVisible(rows == 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The empty-state note covers the table's viewport, whatever its size.
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.empty.setGeometry(self.view.viewport().rect().adjusted(8, 8, -8, -8))
        return super().eventFilter(watched, event)
