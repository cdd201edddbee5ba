"""The window's Due view: the follow-up worklist in a dock beside the case log, its count on the toolbar.

The worklist is drawn up on the window's runner, on a read-only connection of its own (the log's
connection belongs to the GUI thread); choosing a row opens that case as the case log would.
"Print worklist…" (in the dock and the File menu) prints all of it through the window's print path.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.language import translatable
from desktop_app.gui.words import app_words, words
from desktop_app.reports.worklist import how_late, item_count, item_words
from desktop_app.wording.formats import moment_text

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.services.worklist import Worklist, WorklistRow

COLUMNS = (
    translatable("DueView", "Patient"),
    translatable("DueView", "Item"),
    translatable("DueView", "Due"),
    translatable("DueView", "How late"),
    translatable("DueView", "Decision"),
    translatable("DueView", "ANC"),
)
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# The view keeps the most urgent rows only, so its memory stays bounded on a log of any size.
SHOWN_ROWS = 500
WAIT_MS = 250
Index = QModelIndex | QPersistentModelIndex


class WorklistModel(QAbstractTableModel):
    """The worklist rows, most urgent first, as the service returned them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[WorklistRow] = []
        # Each row's texts, made when Qt first asks for one of them (a date and a duration in the window's
        # language cost tens of microseconds each; Qt asks for every cell several times).
        self._texts: dict[int, tuple[str, ...]] = {}

    def set_rows(self, rows: list[WorklistRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._texts = {}
        self.endResetModel()

    def _row_texts(self, at: int) -> tuple[str, ...]:
        texts = self._texts.get(at)
        if texts is None:
            row = self.rows[at]
            shown = words()  # the window's language: the pack's list word for the decision, the app's for the rest
            texts = self._texts[at] = (
                row.patient_ref, item_words(row.item, shown.app_language), moment_text(row.due_at, "clinic_moment"),
                how_late(row.overdue_minutes, shown.app_language),
                shown.decision_words(row.decision, "short"), str(row.anc_cells_per_uL),
            )  # fmt: skip
        return texts

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("DueView", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == CASE_ID_ROLE:
            return row.evaluation_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._row_texts(index.row())[index.column()]
        return None


class DueView(QWidget):
    """The table and a one-line state ("3 items due", "could not be read ...")."""

    case_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueView")
        self.setAccessibleName(app_words("a11y.name.due_follow_up_worklist"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.count_label = QLabel(QCoreApplication.translate("DueView", "Drawing up the worklist…"), self)
        self.count_label.setObjectName("dueCountLabel")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setWordWrap(True)
        self.model = WorklistModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("dueTable")
        self.table.setAccessibleName(app_words("a11y.name.worklist_items_most_urgent_first"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Sized to the rows in view, not to the first 1,000 (Qt's default): measuring 500 rows of six
        # columns blocked the window for a quarter of a second whenever the worklist was drawn up again.
        header.setResizeContentsPrecision(0)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move within it
        self.table.activated.connect(self._chosen)
        self.table.clicked.connect(self._chosen)
        self.print_button = QToolButton(self)
        self.print_button.setObjectName("printWorklistButton")
        self.print_button.setAccessibleName(app_words("a11y.name.print_the_worklist"))
        self.print_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(self.print_button)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def _chosen(self, index: QModelIndex) -> None:
        case_id = self.model.data(index, CASE_ID_ROLE)
        if isinstance(case_id, str):
            self.case_chosen.emit(case_id)

    def show_worklist(self, worklist: Worklist) -> None:
        self.model.set_rows(list(worklist.items))
        more = (
            QCoreApplication.translate("DueView", " (the {shown} most urgent shown; print or `neutrohold due` for all)").format(
                shown=len(worklist.items)
            )
            if worklist.count > len(worklist.items)
            else ""
        )
        self.count_label.setText(
            QCoreApplication.translate("DueView", "{items} as of {moment}{more}").format(
                items=item_count(worklist.count, words().app_language),
                moment=moment_text(worklist.as_of, "clinic_moment"),
                more=more,
            )
            if worklist.count
            else QCoreApplication.translate("DueView", "Nothing is due.")
        )

    def show_problem(self, text: str) -> None:
        self.count_label.setText(text)


class DueDesk(QObject):
    """Keeps the Due view and the toolbar count up to date; reloads after a save, a withdrawal or F5."""

    def __init__(self, window: MainWindow, log_path: Path, clock: Callable[[], datetime]) -> None:
        super().__init__(window)
        self.window = window
        self.log_path = log_path
        self.clock = clock
        self.latest: Worklist | None = None
        self.view = DueView(window)
        self.dock = QDockWidget(QCoreApplication.translate("DueDesk", "Due"), window)
        self.dock.setObjectName("dueDock")
        self.dock.setWidget(self.view)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.action = QAction(QCoreApplication.translate("DueDesk", "Due (…)"), window)
        self.action.setObjectName("dueCountAction")
        self.action.setStatusTip(
            QCoreApplication.translate("DueDesk", "Show the follow-up worklist: counts due or overdue, patients to review")
        )
        self.action.setToolTip(QCoreApplication.translate("DueDesk", "Follow-up worklist"))
        self.action.triggered.connect(self.show_dock)
        window.toolbar.addAction(self.action)
        self.print_action = QAction(QCoreApplication.translate("DueDesk", "Print &worklist…"), window)
        self.print_action.setObjectName("printWorklistAction")
        self.print_action.setStatusTip(
            QCoreApplication.translate("DueDesk", "Print the whole follow-up worklist, 30 rows a page, through the print dialog")
        )
        self.print_action.setToolTip(QCoreApplication.translate("DueDesk", "Print the follow-up worklist"))
        self.print_action.triggered.connect(self.print_worklist)
        self.view.print_button.setDefaultAction(self.print_action)
        file_menu = window.findChild(QMenu, "fileMenu")
        if file_menu is not None:  # after Print…
            actions = file_menu.actions()
            after = actions.index(window.print_action) + 1 if window.print_action in actions else len(actions)
            if after < len(actions):
                file_menu.insertAction(actions[after], self.print_action)
            else:
                file_menu.addAction(self.print_action)
        button = window.toolbar.widgetForAction(self.action)
        button.setObjectName("dueCountToolButton")
        button.setAccessibleName(app_words("a11y.name.due_items"))
        # In the Tab cycle after the case log's buttons, before the form starts again.
        QWidget.setTabOrder(window.case_log.tab_stops()[-1], self.view.table)
        QWidget.setTabOrder(self.view.table, self.view.print_button)
        QWidget.setTabOrder(self.view.print_button, window.form.tab_stops()[0])
        self.view.case_chosen.connect(window.case_chosen.emit)
        # Connected after the log session's own handler, so the worklist is drawn up after the save.
        window.save_requested.connect(lambda *_: self.reload())
        # Once the event loop runs: work queued meanwhile (the start-up integrity check) goes first.
        QTimer.singleShot(0, self, self.reload)  # cancelled with this object, should the window go first

    def show_dock(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.view.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def reload(self) -> None:
        pack = self.window.pack
        if pack is None:
            return
        busy = getattr(self.window.runner, "is_busy", None)
        if busy is not None and busy():
            # One long read at a time (the start-up integrity check, an export): wait for it, then draw up.
            QTimer.singleShot(WAIT_MS, self, self.reload)
            return
        self.window.runner.run(self._draw_up(SHOWN_ROWS), self._show, self._failed)

    def _draw_up(self, limit: int | None) -> Callable[[], Worklist]:
        """The work of drawing up the worklist now (its `limit` most urgent rows), for the runner."""
        pack, path, moment = self.window.pack, self.log_path, self.clock()

        def draw_up() -> Worklist:
            if pack is None:
                raise RuntimeError("the window has no knowledge pack to draw up the worklist with")
            from desktop_app.services import caselog, worklist

            with caselog.open_log(path, check_integrity=False, create=False, read_only=True) as log:
                # Each case is read once: a small page cache is as fast and keeps the window's memory down.
                log.conn.execute("PRAGMA cache_size = -256")  # KiB; a PRAGMA takes no parameters
                return worklist.build(log, pack, moment, limit=limit)

        return draw_up

    def print_worklist(self) -> None:
        """Print every row of the worklist as of now (not only those shown) through the window's print path."""
        if self.window.pack is None:
            return
        self.window.print_desk.print_worklist(self._draw_up(None))

    def _gone(self) -> bool:
        """The window closed while the worklist was being drawn up: nothing left to show it in."""
        from shiboken6 import isValid

        return not (isValid(self.view) and isValid(self.view.model) and isValid(self.action))

    def _show(self, worklist: Worklist) -> None:
        if self._gone():
            return
        self.latest = worklist
        self.view.show_worklist(worklist)
        self.action.setText(QCoreApplication.translate("DueDesk", "Due ({count})").format(count=worklist.count))
        self.action.setToolTip(
            QCoreApplication.translate("DueDesk", "Follow-up worklist: {count} items").format(count=worklist.count)
        )

    def _failed(self, error: BaseException) -> None:
        if self._gone():
            return
        self.action.setText(QCoreApplication.translate("DueDesk", "Due (?)"))
        self.view.show_problem(
            QCoreApplication.translate("DueDesk", "The worklist could not be drawn up ({error}). Press F5 to try again.").format(
                error=error
            )
        )
