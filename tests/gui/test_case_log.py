"""The case log placeholder model keeps the columns every case log model shows."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel

from desktop_app.gui.case_log import CASE_ID_ROLE, CASE_LOG_COLUMNS, CaseLogModel, CaseLogRow


def test_case_log_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = CaseLogModel()
    qtmodeltester.check(model)
    model.set_rows([CaseLogRow(i, f"RHEU-{i:04}", "withhold", 300 + i, datetime(2026, 11, 24, 12), "anakinra-neutropenia 1.0.0") for i in range(5)])
    qtmodeltester.check(model, force_py=True)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(0)
    qtmodeltester.check(proxy)
    assert [model.headerData(i, _horizontal()) for i in range(model.columnCount())] == list(CASE_LOG_COLUMNS)
    assert model.index(3, 0).data(CASE_ID_ROLE) == 3
    assert model.index(3, 3).data() == "2026-11-24 12:00"


def _horizontal() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal
