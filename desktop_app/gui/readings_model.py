"""Tables of the timed readings of a case (ANC counts, CBC counts, temperatures): model, editors and view."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, get_args

from pydantic import ValidationError
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QHeaderView,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop_app.gui.language import translatable
from desktop_app.gui.words import unit_label, words
from desktop_app.wording.formats import moment_text
from desktop_app.wording.formats import number as local_number
from desktop_app.models import MAX_RAW_COUNT, AncUnit, CbcReading, round_count, to_cells_per_uL

UNITS: tuple[str, ...] = get_args(AncUnit)
MOMENT_FORMAT = "yyyy-MM-dd HH:mm"
ColumnKind = Literal["number", "unit", "moment", "derived"]
Index = QModelIndex | QPersistentModelIndex


def format_number(value: float) -> str:
    """A count as a clinician typed it: 320, 0.41, 1.1 (no trailing zeros), with the window language's
    decimal mark (0,41 in a German window), as its spin boxes take it."""
    return local_number(value, words().app_language)


def format_moment(moment: datetime) -> str:
    return moment_text(moment, "clinic_moment")


@dataclass(frozen=True)
class ReadingColumn:
    """One column: the contract key it edits (or a derived value) and how it is edited."""

    key: str
    title: str  # English, marked for the catalogue: shown through shown_title()
    kind: ColumnKind
    minimum: float = 0
    maximum: float = 0
    decimals: int = 2
    derive: Callable[[dict[str, Any]], float | None] | None = None

    def shown_title(self) -> str:
        """The column's title in the window's language."""
        return QCoreApplication.translate("ReadingsModel", self.title)


def _anc_of_reading(row: dict[str, Any]) -> float | None:
    if row.get("unit") not in UNITS or not isinstance(row.get("value"), (int, float)):
        return None
    return to_cells_per_uL(row["value"], row["unit"])


def _anc_of_cbc(row: dict[str, Any]) -> float | None:
    try:
        return CbcReading.model_validate(row).cells_per_uL
    except ValidationError:
        return None


_LARGEST_COUNT = max(MAX_RAW_COUNT.values())

ANC_COLUMNS = (
    ReadingColumn("taken_at", translatable("ReadingsModel", "Taken at"), "moment"),
    ReadingColumn("value", translatable("ReadingsModel", "Count"), "number", maximum=_LARGEST_COUNT),
    ReadingColumn("unit", translatable("ReadingsModel", "Unit"), "unit"),
    ReadingColumn("anc", translatable("ReadingsModel", "ANC cells/uL"), "derived", derive=_anc_of_reading),
)
CBC_COLUMNS = (
    ReadingColumn("taken_at", translatable("ReadingsModel", "Taken at"), "moment"),
    ReadingColumn("wbc", translatable("ReadingsModel", "WBC"), "number", maximum=_LARGEST_COUNT),
    ReadingColumn("wbc_unit", translatable("ReadingsModel", "Unit"), "unit"),
    ReadingColumn("neutrophil_pct", translatable("ReadingsModel", "Neutrophils %"), "number", maximum=100, decimals=1),
    ReadingColumn("band_pct", translatable("ReadingsModel", "Bands %"), "number", maximum=100, decimals=1),
    ReadingColumn("anc", translatable("ReadingsModel", "ANC cells/uL"), "derived", derive=_anc_of_cbc),
)
TEMPERATURE_COLUMNS = (
    ReadingColumn("taken_at", translatable("ReadingsModel", "Taken at"), "moment"),
    ReadingColumn("celsius", translatable("ReadingsModel", "Temperature °C"), "number", minimum=30, maximum=44, decimals=1),
)

_PROBLEM_BACKGROUND = QBrush(QColor("#fbd5d2"))


class ReadingsModel(QAbstractTableModel):
    """A list of readings (contract dicts, `taken_at` as datetime), kept in the order they were taken."""

    def __init__(self, columns: tuple[ReadingColumn, ...], noun: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._noun = noun
        self._rows: list[dict[str, Any]] = []
        # The cell (row, key) or whole row (row, None) the last validation complained about.
        self._problem: tuple[int, str | None, str] | None = None

    # ---- the list -----------------------------------------------------------------------------

    def readings(self) -> list[dict[str, Any]]:
        return [dict(row) for row in self._rows]

    def set_readings(self, readings: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [dict(row) for row in readings]
        self._problem = None
        self.endResetModel()

    def add_reading(self, reading: dict[str, Any]) -> int:
        """Insert in time order (after readings at the same moment) and return the new row."""
        position = len(self._rows)
        for number, row in enumerate(self._rows):
            if isinstance(row.get("taken_at"), datetime) and row["taken_at"] > reading["taken_at"]:
                position = number
                break
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, dict(reading))
        self._problem = None
        self.endInsertRows()
        return position

    def remove_readings(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._rows):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self._problem = None
                self.endRemoveRows()

    def column(self, number: int) -> ReadingColumn:
        return self._columns[number]

    def column_of(self, key: str) -> int | None:
        return next((n for n, c in enumerate(self._columns) if c.key == key), None)

    # ---- marking a bad reading ----------------------------------------------------------------

    def set_problem(self, row: int, key: str | None, message: str) -> None:
        self.clear_problem()
        if 0 <= row < len(self._rows):
            self._problem = (row, key, message)
            self._announce_row(row)

    def clear_problem(self) -> None:
        if self._problem is not None:
            row = self._problem[0]
            self._problem = None
            if row < len(self._rows):
                self._announce_row(row)

    def _announce_row(self, row: int) -> None:
        self.dataChanged.emit(
            self.index(row, 0),
            self.index(row, len(self._columns) - 1),
            [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole],
        )

    def _problem_at(self, row: int, key: str) -> str | None:
        if self._problem is None or self._problem[0] != row:
            return None
        return self._problem[2] if self._problem[1] in (None, key) else None

    # ---- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section].shown_title() if 0 <= section < len(self._columns) else None
        return str(section + 1) if 0 <= section < len(self._rows) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._columns[index.column()].kind != "derived":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        value = row.get(column.key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._shown(row, column, value)
        if role == Qt.ItemDataRole.EditRole:
            if column.kind == "moment" and isinstance(value, datetime):
                return QDateTime(value)  # type: ignore[call-overload]  # PySide6 converts a datetime; its stubs lack that overload
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("number", "derived"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._problem_at(index.row(), column.key)
        if role == Qt.ItemDataRole.BackgroundRole and self._problem_at(index.row(), column.key):
            return _PROBLEM_BACKGROUND
        return None

    def _shown(self, row: dict[str, Any], column: ReadingColumn, value: Any) -> str:
        if column.kind == "derived":
            derived = column.derive(row) if column.derive else None
            return "—" if derived is None else str(round_count(derived))
        if column.kind == "moment":
            return format_moment(value) if isinstance(value, datetime) else ""
        if column.kind == "number":
            return format_number(value) if isinstance(value, (int, float)) else ""
        if column.kind == "unit" and isinstance(value, str):
            return unit_label(value)
        return "" if value is None else str(value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.row() >= len(self._rows):
            return False
        column = self._columns[index.column()]
        accepted = self._accepted(column, value)
        if accepted is None:
            return False
        self._rows[index.row()][column.key] = accepted
        last = len(self._columns) - 1
        # The derived ANC in the same row changes with any of its inputs.
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), last))
        return True

    @staticmethod
    def _accepted(column: ReadingColumn, value: Any) -> Any:
        if column.kind == "number" and isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        if column.kind == "unit" and value in UNITS:
            return value
        if column.kind == "moment":
            if isinstance(value, QDateTime) and value.isValid():
                return value.toPython()
            if isinstance(value, datetime):
                return value
        return None

    def describe_row(self, row: int) -> str:
        """How a row is named in a message to the clinician: 'ANC reading 2'."""
        return f"{self._noun} {row + 1}"


class ReadingDelegate(QStyledItemDelegate):
    """Edits a cell with the same kind of control as the entry row: spin box, unit list, date-time."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        assert isinstance(model, ReadingsModel)
        column = model.column(index.column())
        editor: QWidget
        if column.kind == "unit":
            combo = QComboBox(parent)
            for unit in UNITS:
                combo.addItem(unit_label(unit), unit)
            editor = combo
        elif column.kind == "moment":
            moment = QDateTimeEdit(parent)
            moment.setDisplayFormat(MOMENT_FORMAT)
            moment.setCalendarPopup(True)
            editor = moment
        else:
            spin = QDoubleSpinBox(parent)
            spin.setRange(column.minimum, column.maximum)
            spin.setDecimals(column.decimals)
            editor = spin
        editor.setObjectName(f"{column.key}CellEditor")
        editor.setAccessibleName(QCoreApplication.translate("ReadingsModel", "Edit {column}").format(column=column.shown_title()))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QDateTimeEdit) and isinstance(value, QDateTime):
            editor.setDateTime(value)
        elif isinstance(editor, QDoubleSpinBox) and isinstance(value, (int, float)):
            editor.setValue(value)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QDateTimeEdit):
            model.setData(index, editor.dateTime())
        elif isinstance(editor, QDoubleSpinBox):
            model.setData(index, editor.value())


class ReadingsTable(QTableView):
    """A readings table as tall as its rows (2 to 8 of them), editable in place, Delete removes a row."""

    FEWEST_ROWS, MOST_ROWS = 2, 8

    def __init__(self, model: ReadingsModel, name: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setModel(model)
        self.setItemDelegate(ReadingDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        # Tab leaves the table instead of walking its cells, so the form keeps one tab order.
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.remove_action = QAction(QCoreApplication.translate("ReadingsModel", "Remove selected"), self)
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self.remove_selected)
        self.addAction(self.remove_action)
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self.updateGeometry)

    def remove_selected(self) -> None:
        model = self.model()
        assert isinstance(model, ReadingsModel)
        model.remove_readings([index.row() for index in self.selectionModel().selectedRows()])

    def _height_for(self, rows: int) -> int:
        header = self.horizontalHeader().sizeHint().height()
        return header + rows * self.verticalHeader().defaultSectionSize() + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:
        rows = min(max(self.model().rowCount(), self.FEWEST_ROWS), self.MOST_ROWS)
        return QSize(super().sizeHint().width(), self._height_for(rows))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height_for(self.FEWEST_ROWS))
