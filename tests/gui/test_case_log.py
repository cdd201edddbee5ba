"""The case log model over real log files: pages lazily, searches in SQL, and passes Qt's model tester."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desktop_app.services.evaluation import evaluate
from desktop_app.gui.case_log import CASE_ID_ROLE, CASE_LOG_COLUMNS, PAGE_SIZE, CaseLogTableModel
from desktop_app.models import parse_case
from desktop_app.services import caselog
from tests.gui.conftest import example


class LogSource:
    """The two queries the model pages through, straight from the log service."""

    def __init__(self, log: caselog.CaseLog) -> None:
        self.log = log
        self.pages: list[tuple[str, int, int]] = []

    def page(self, query: str, offset: int, limit: int, order: str = "newest") -> list[caselog.CaseRow]:
        self.pages.append((query, offset, limit))
        return caselog.list_cases(self.log, query, None, offset, limit, order=order)

    def count(self, query: str) -> int:
        return caselog.count_cases(self.log, query)


def fill_log(log: caselog.CaseLog, pack: Any, as_of: datetime, count: int) -> None:
    """`count` evaluations of two example cases under numbered patient references, one minute apart."""
    evaluated = []
    for stem in ("febrile", "recovering"):
        case = parse_case(example(f"{stem}.json"))
        evaluated.append((case, evaluate(case, pack, as_of)))
    batch = []
    for n in range(count):
        case, rec = evaluated[n % 2]
        moment = as_of - timedelta(minutes=count - n)
        batch.append((case.model_copy(update={"patient_ref": f"CASE-{n:05d}"}), rec.model_copy(update={"as_of": moment})))
    caselog.record_evaluations(log, batch, who="test")


@pytest.fixture
def filled_log(tmp_path: Path, pack: Any, as_of: datetime) -> Iterator[Callable[[int], caselog.CaseLog]]:
    opened: list[caselog.CaseLog] = []

    def make(count: int) -> caselog.CaseLog:
        log = caselog.open_log(tmp_path / f"log-{count}.db")
        opened.append(log)
        fill_log(log, pack, as_of, count)
        return log

    yield make
    for log in opened:
        log.close()


def test_the_log_model_passes_the_model_tester_with_hundreds_of_cases(qtmodeltester: Any, filled_log: Any) -> None:
    model = CaseLogTableModel(LogSource(filled_log(300)))
    qtmodeltester.check(model)
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())] == list(CASE_LOG_COLUMNS)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == model.total == 300
    model.set_query("CASE-0012")
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == model.total == 10  # CASE-00120 .. CASE-00129


def test_rows_show_patient_decision_anc_moment_and_pack_newest_first(filled_log: Any, as_of: datetime) -> None:
    model = CaseLogTableModel(LogSource(filled_log(4)))
    cells = [tuple(model.index(r, c).data() for c in range(model.columnCount())) for r in range(model.rowCount())]
    newest = as_of - timedelta(minutes=1)
    assert cells[0] == ("CASE-00003", "Resume", "1100", f"{newest:%Y-%m-%d %H:%M}", "1.1.0")
    assert cells[1][:3] == ("CASE-00002", "Withhold", "410")
    assert isinstance(model.index(0, 0).data(CASE_ID_ROLE), str)
    assert model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )
    assert "evaluated" in model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)


def test_a_big_log_opens_with_one_page_and_loads_more_as_asked(filled_log: Any, qtbot: Any) -> None:
    source = LogSource(filled_log(5000))
    model = CaseLogTableModel(source)
    assert model.total == 5000
    assert model.rowCount() <= PAGE_SIZE and model.rowCount() == 100
    assert source.pages == [("", 0, PAGE_SIZE)], "only the first page is read"
    assert model.canFetchMore(QModelIndex())
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.fetchMore(QModelIndex())
    assert inserted.args[1:] == [100, 199]
    assert model.rowCount() == 200
    model.set_query("CASE-04999")
    assert model.rowCount() == model.total == 1 and not model.canFetchMore(QModelIndex())
    model.set_query("nobody-has-this")
    assert model.rowCount() == model.total == 0


def test_without_a_log_the_model_is_empty(qtmodeltester: Any) -> None:
    model = CaseLogTableModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())
    model.set_query("anything")
    assert model.rowCount() == 0


def test_resets_are_announced(filled_log: Any, qtbot: Any) -> None:
    model = CaseLogTableModel(LogSource(filled_log(3)))
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset], order="strict"):
        model.set_query("CASE-00001")
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset], order="strict"):
        model.refresh()
    assert model.row_of(model.index(0, 0).data(CASE_ID_ROLE)) == 0
    assert model.row_of("not-an-id") is None


class FailingSource(LogSource):
    def count(self, query: str) -> int:
        if query == "broken":
            raise OSError("disk I/O error")
        return super().count(query)


def test_a_failing_search_leaves_an_empty_model_and_announces_the_reset(filled_log: Any, qtbot: Any) -> None:
    model = CaseLogTableModel(FailingSource(filled_log(3)))
    with qtbot.waitSignal(model.modelReset), pytest.raises(OSError):
        model.set_query("broken")
    assert model.rowCount() == model.total == 0 and not model.canFetchMore(QModelIndex())
    model.set_query("")
    assert model.rowCount() == 3


def test_sorting_a_column_orders_the_whole_log_not_one_page(filled_log: Any, qtmodeltester: Any, qtbot: Any) -> None:
    model = CaseLogTableModel(LogSource(filled_log(250)), page_size=50)
    assert model.case_row(0).patient_ref == "CASE-00249"  # newest first by default
    with qtbot.waitSignal(model.modelReset):
        model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == 50 and model.case_row(0).patient_ref == "CASE-00000"
    model.sort(2, Qt.SortOrder.DescendingOrder)  # ANC: the recovering cases (1100) before the febrile (410)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    counts = [model.case_row(row).anc_cells_per_uL for row in range(model.rowCount())]
    assert counts == sorted(counts, reverse=True) and len(counts) == 250
    model.sort(3, Qt.SortOrder.AscendingOrder)
    assert model.case_row(0).patient_ref == "CASE-00000"
    model.set_query("CASE-0012")  # a search keeps the chosen order
    assert [model.case_row(r).patient_ref for r in range(2)] == ["CASE-00120", "CASE-00121"]
    qtmodeltester.check(model, force_py=True)


def test_clicking_a_header_in_the_window_sorts_the_log(make_window: Any, tmp_path: Path) -> None:
    window = make_window(db=tmp_path / "sorted.db")
    fill_log(window.log_session.log, window.pack, datetime(2026, 11, 24, 12, 0), 30)
    window.refresh_log()
    view = window.case_log.view
    assert view.isSortingEnabled()
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert view.model().index(0, 0).data() == "CASE-00000"
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert view.model().index(0, 0).data() == "CASE-00029"
