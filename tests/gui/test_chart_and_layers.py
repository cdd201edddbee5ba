"""The trend chart draws what it is given; the GUI stays above the services and off the network."""

from __future__ import annotations

import ast
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_app.gui.anc_chart import AncTrendChart
from desktop_app.models import AncPoint

GUI = Path(__file__).resolve().parents[2] / "desktop_app" / "gui"


def test_chart_draws_counts_thresholds_and_fever(qtbot: Any) -> None:
    chart = AncTrendChart()
    qtbot.addWidget(chart)
    chart.resize(500, 260)
    empty = chart.grab().toImage()
    points = [
        AncPoint(taken_at=datetime(2026, 11, 18, 8), anc_cells_per_uL=380, source="anc", entered="380 cells/uL"),
        AncPoint(taken_at=datetime(2026, 11, 24, 8), anc_cells_per_uL=1100, source="cbc", entered="WBC"),
    ]
    chart.set_series(points, 500, 1500, datetime(2026, 11, 19, 22), datetime(2026, 11, 24, 12))
    drawn = chart.grab().toImage()
    assert drawn != empty
    assert "380 on 18 Nov 08:00" in chart.accessibleDescription() and "last fever 19 Nov 22:00" in chart.accessibleDescription()


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_gui_talks_to_services_only_and_never_to_the_network() -> None:
    for path in GUI.glob("*.py"):
        for module in _imports(path):
            assert not module.startswith(("PySide6.QtNetwork", "desktop_app.engine", "desktop_app.caselog")), (
                f"{path.name} imports {module}"
            )
