"""File > Knowledge pack: the installed packs listed, the one in force checked; choosing another opens the
window again with it, on the same case log, and a case typed meanwhile is kept as a draft and offered back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from desktop_app.gui import app
from tests.test_drug_name import PACK_ID, drop_fictional_pack

SHIPPED = "anakinra-neutropenia"


def shown_window() -> Any:
    return next((w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible()), None)


def drive(steps: list[Any], seen: dict[str, Any]) -> None:
    """Run each step once the window it needs is ready (a step returns False to be tried again shortly)."""

    def poll() -> None:
        try:
            if steps[0](shown_window(), seen) is not False:
                steps.pop(0)
        except Exception as exc:  # noqa: BLE001 - reported by the test, after the event loop ends
            seen["error"] = exc
            for window in QApplication.topLevelWidgets():
                window.close()
            return
        if steps:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def ready(window: Any, pack_id: str) -> bool:
    return (
        window is not None
        and window.pack is not None
        and window.pack.content.id == pack_id
        and window.log_session is not None
        and len(window.installed_packs) == 2
    )


def test_choosing_another_pack_opens_the_window_again_with_it(qapp: Any, tmp_path: Path) -> None:
    drop_fictional_pack()
    db = tmp_path / "caselog.db"
    seen: dict[str, Any] = {}

    def in_the_first_window(window: Any, seen: dict[str, Any]) -> bool | None:
        if not ready(window, SHIPPED):
            return False
        menu = window.findChild(QMenu, "packMenu")
        assert menu is not None and menu.isEnabled()
        shipped, other = (window.findChild(QAction, f"packAction_{pack_id}") for pack_id in (SHIPPED, PACK_ID))
        assert shipped.isChecked() and not other.isChecked()
        seen["first"], seen["first_log"] = window, window.log_session.log
        shipped.trigger()  # the pack in force: nothing happens
        assert shown_window() is window and shipped.isChecked()
        other.trigger()
        return None

    def in_the_second_window(window: Any, seen: dict[str, Any]) -> bool | None:
        if not ready(window, PACK_ID) or window is seen["first"]:
            return False
        assert window.findChild(QAction, f"packAction_{PACK_ID}").isChecked()
        assert PACK_ID in window.findChild(QLabel, "statusPackLabel").text()
        seen["drug_shown"] = "zelvokinra" in window.findChild(QLabel, "decisionLabel").text().lower() or any(
            "zelvokinra" in label.text().lower() for label in window.form.findChildren(QLabel)
        )
        seen["same_log"] = window.log_session.log.path == seen["first_log"].path
        window.close()
        return None

    drive([in_the_first_window, in_the_second_window], seen)
    assert app.run(argparse.Namespace(db=db, overrides=None)) == 0
    assert "error" not in seen, seen.get("error")
    assert seen["drug_shown"] and seen["same_log"]
    assert not shiboken6.isValid(seen["first"])  # the first window is gone, and its log connection closed
    with pytest.raises(Exception, match="closed"):
        seen["first_log"].db.execute("SELECT 1")


def test_with_one_pack_installed_the_menu_shows_it_unavailable(qapp: Any, tmp_path: Path) -> None:
    seen: dict[str, Any] = {}

    def look(window: Any, seen: dict[str, Any]) -> bool | None:
        if window is None or window.log_session is None or not window.installed_packs:
            return False
        menu = window.findChild(QMenu, "packMenu")
        seen["enabled"] = menu.isEnabled()
        seen["actions"] = [(action.objectName(), action.isChecked()) for action in menu.actions()]
        window.close()
        return None

    drive([look], seen)
    assert app.run(argparse.Namespace(db=tmp_path / "caselog.db", overrides=None)) == 0
    assert "error" not in seen, seen.get("error")
    assert seen["enabled"] is False and seen["actions"] == [(f"packAction_{SHIPPED}", True)]


def test_a_case_typed_before_the_change_is_kept_and_offered_back(qapp: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from datetime import datetime, timedelta

    from tests.gui.conftest import enter_case, named
    from tests.gui.test_drafts_and_startup import answer_drafts

    drop_fictional_pack()
    shown = answer_drafts(monkeypatch, "restore")
    seen: dict[str, Any] = {}

    def type_then_change(window: Any, seen: dict[str, Any]) -> bool | None:
        if not ready(window, SHIPPED):
            return False
        enter_case(window, "ZEL-0101", 300, datetime.now() - timedelta(hours=3))
        seen["first"] = window
        window.findChild(QAction, f"packAction_{PACK_ID}").trigger()
        return None

    def restored(window: Any, seen: dict[str, Any]) -> bool | None:
        if not ready(window, PACK_ID) or window is seen["first"] or not shown:
            return False
        seen["ref"] = named(window, "patientRefEdit").text()
        seen["counts"] = named(window, "ancTable").model().rowCount()
        window.close()
        return None

    drive([type_then_change, restored], seen)
    assert app.run(argparse.Namespace(db=tmp_path / "caselog.db", overrides=None)) == 0
    assert "error" not in seen, seen.get("error")
    assert "ZEL-0101" in shown[0]
    assert (seen["ref"], seen["counts"]) == ("ZEL-0101", 1)
