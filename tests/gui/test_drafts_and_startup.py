"""Crash recovery (drafts), damaged or refused case logs, and the start-up sequence of `neutrohold`."""

from __future__ import annotations

import argparse
import os
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.gui.problem_message import DiscardQuestion, NoticeMessage, StopMessage
from desktop_app.gui import app
from desktop_app.gui.drafts import DraftDialog, draft_payload, is_leftover, sweep_dead_instances
from desktop_app.gui.log_recovery import DamagedLogDialog, open_log_or_explain
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.tasks import SyncRunner
from desktop_app.services import caselog
from tests.gui.conftest import enter_case, example, named


def answer_drafts(monkeypatch: Any, *answers: str | None) -> list[str]:
    """Stand in for the draft dialog; returns the summaries it was shown."""
    shown: list[str] = []
    queue = list(answers)

    def ask(cls: Any, parent: QWidget, summary: str) -> str | None:
        shown.append(summary)
        return queue.pop(0)

    monkeypatch.setattr(DraftDialog, "ask", classmethod(ask))
    return shown


def crashing_window(pack: Any, log: caselog.CaseLog, as_of: datetime) -> MainWindow:
    """A window the test destroys without closing, as a crash would (so it is not given to qtbot)."""
    window = MainWindow(pack, log=log, runner=SyncRunner(), clock=lambda: as_of)
    window.show()
    return window


def test_an_unsaved_case_is_offered_back_after_a_crash_and_restored(
    make_window: Any, case_logs: Any, db: Path, pack: Any, as_of: datetime, qtbot: Any, monkeypatch: Any
) -> None:
    log = case_logs(db)
    crashed = crashing_window(pack, log, as_of)
    enter_case(crashed, "RHEU-0555", 420, as_of - timedelta(hours=3))
    qtbot.waitUntil(lambda: len(caselog.list_drafts(log)) == 1, timeout=5000)  # written a moment after typing stops
    shiboken6.delete(crashed)  # no closeEvent, no save: the process "crashed"

    shown = answer_drafts(monkeypatch, "restore")
    window = make_window(db=db)
    window.offer_drafts()
    assert len(shown) == 1 and "Patient: RHEU-0555" in shown[0] and "Counts entered: 1" in shown[0]
    assert named(window, "patientRefEdit").text() == "RHEU-0555"
    assert named(window, "ancTable").model().rowCount() == 1
    assert not window.is_unchanged() and named(window, "saveButton").isEnabled()
    drafts = caselog.list_drafts(window.log_session.log)
    assert [d.key for d in drafts] == [window.session.draft_key], "the draft now belongs to this window"

    window.save_action.trigger()
    assert caselog.list_drafts(window.log_session.log) == [], "saving discards the draft"


def test_a_draft_can_be_discarded_and_is_then_gone(
    make_window: Any, case_logs: Any, db: Path, pack: Any, as_of: datetime, monkeypatch: Any
) -> None:
    log = case_logs(db)
    crashed = crashing_window(pack, log, as_of)
    enter_case(crashed, "RHEU-0556", 300, as_of - timedelta(hours=3))
    crashed.session.autosave()
    shiboken6.delete(crashed)
    answer_drafts(monkeypatch, "discard")
    window = make_window(db=db)
    window.offer_drafts()
    assert window.form.is_blank()
    assert caselog.list_drafts(log) == []


def test_closing_with_an_unsaved_case_keeps_it_for_next_time(
    make_window: Any, db: Path, as_of: datetime, monkeypatch: Any
) -> None:
    first = make_window(db=db)
    enter_case(first, "RHEU-0557", 300, as_of - timedelta(hours=3))
    first.close()  # no wait for the autosave: closing writes the draft at once
    shown = answer_drafts(monkeypatch, None)  # closing the dialog keeps the draft
    second = make_window(db=db)
    second.offer_drafts()
    assert "RHEU-0557" in shown[0]
    assert len(caselog.list_drafts(second.log_session.log)) == 1


def test_an_open_windows_draft_is_not_offered_and_new_discards_it(
    make_window: Any, db: Path, as_of: datetime, monkeypatch: Any
) -> None:
    first = make_window(db=db)
    enter_case(first, "RHEU-0558", 300, as_of - timedelta(hours=3))
    first.session.autosave()
    monkeypatch.setattr(
        DraftDialog, "ask", classmethod(lambda cls, parent, summary: pytest.fail("offered a live window's draft"))
    )
    second = make_window(db=db)
    second.offer_drafts()
    assert len(caselog.list_drafts(first.log_session.log)) == 1
    monkeypatch.setattr(DiscardQuestion, "ask", lambda *args: True)
    first.new_action.trigger()
    assert caselog.list_drafts(first.log_session.log) == []


def test_ticking_an_unsaved_case_is_kept_in_its_draft(log_window: Any, as_of: datetime, qtbot: Any) -> None:
    enter_case(log_window, "RHEU-0559", 300, as_of - timedelta(hours=3))
    log_window.live.evaluate_now()
    log_window.session.autosave()
    named(log_window, "pitfallChecklist").item(1).setCheckState(Qt.CheckState.Checked)
    assert log_window.session._draft_timer.isActive()
    qtbot.waitUntil(
        lambda: caselog.list_drafts(log_window.log_session.log)[0].payload["ticked"] == ["inadequate_monitoring"], timeout=5000
    )


def test_a_saved_unchanged_case_leaves_no_draft(log_window: Any) -> None:
    log_window.load_case(example("febrile.json"))
    log_window.save_action.trigger()
    log_window.session.autosave()
    assert caselog.list_drafts(log_window.log_session.log) == []


def test_which_drafts_are_leftovers(tmp_path: Path) -> None:
    """A draft is a leftover when no living window instance holds its lock; process ids play no part."""
    import subprocess
    import sys

    folder = tmp_path / "caselog-instances"
    key = "window-" + "ab" * 16
    payload = draft_payload({"patient_ref": "X"}, [], key, "identity-1") | {"pid": os.getppid()}
    assert is_leftover("window-closed-here", payload, folder), "no window keeps it"
    assert not is_leftover("something-else", payload, folder), "not a window's draft"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom pathlib import Path\nfrom desktop_app.gui.drafts import InstanceLock\n"
         "lock = InstanceLock(Path(sys.argv[1]), sys.argv[2])\nprint('held', flush=True)\ntime.sleep(60)", str(folder), key],
        stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert not is_leftover(key, payload, folder, "identity-1"), "its window (another process) is still open"
        assert not is_leftover(key, payload, folder, "identity-2"), "a draft of another log is never offered here"
    finally:
        holder.kill()
        holder.communicate()
    # The process ended without closing (kill -9): its lock went with it, whatever pid the payload names.
    assert is_leftover(key, payload, folder, "identity-1")
    assert sweep_dead_instances(folder, now=time.time() + 3600) == 1 and not list(folder.iterdir())


# ---- damaged and refused logs ------------------------------------------------------------------------------------


def answer_damaged(monkeypatch: Any, answer: str) -> list[tuple[Path, Path | None]]:
    asked: list[tuple[Path, Path | None]] = []

    def ask(cls: Any, parent: Any, path: Path, detail: str, backup: Path | None) -> str:
        asked.append((path, backup))
        return answer

    monkeypatch.setattr(DamagedLogDialog, "ask", classmethod(ask))
    monkeypatch.setattr(NoticeMessage, "tell", lambda *args: None)
    return asked


def damage(path: Path) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    garbage = b"this is not an SQLite database, it was overwritten" * 100
    path.write_bytes(garbage)
    return garbage


def test_a_damaged_log_can_be_set_aside_for_a_new_one_and_is_kept(db: Path, monkeypatch: Any, pack: Any, as_of: datetime) -> None:
    garbage = damage(db)
    asked = answer_damaged(monkeypatch, "new")
    log = open_log_or_explain(db)
    assert log is not None
    try:
        assert asked == [(db.absolute(), None)]
        from desktop_app.services.evaluation import evaluate
        from desktop_app.models import parse_case

        case = parse_case(example("febrile.json"))
        caselog.record_evaluation(log, case, evaluate(case, pack, as_of), who="test")
        assert caselog.count_cases(log) == 1
    finally:
        log.close()
    kept = list(db.parent.glob("caselog.db.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == garbage, "the damaged file is kept, byte for byte"


def test_a_damaged_log_can_be_replaced_by_the_latest_backup(db: Path, monkeypatch: Any, pack: Any, as_of: datetime) -> None:
    from desktop_app.services.evaluation import evaluate
    from desktop_app.models import parse_case

    with caselog.open_log(db) as log:
        case = parse_case(example("recovering.json"))
        caselog.record_evaluation(log, case, evaluate(case, pack, as_of), who="test")
        backup = caselog.backup(log)
    for side in db.parent.glob("caselog.db-*"):
        side.unlink()
    garbage = damage(db)
    asked = answer_damaged(monkeypatch, "backup")
    log = open_log_or_explain(db)
    assert log is not None
    try:
        assert asked[0][1] == backup
        assert [row.patient_ref for row in caselog.list_cases(log)] == ["RHEU-0412"]
        assert backup.exists(), "the backup itself is copied, not moved"
    finally:
        log.close()
    assert [p.read_bytes() for p in db.parent.glob("caselog.db.damaged-*")] == [garbage]


def test_quitting_at_a_damaged_log_changes_nothing(db: Path, monkeypatch: Any) -> None:
    garbage = damage(db)
    answer_damaged(monkeypatch, "quit")
    assert open_log_or_explain(db) is None
    assert db.read_bytes() == garbage and not list(db.parent.glob("*.damaged-*"))


def test_a_refused_log_is_explained(tmp_path: Path, monkeypatch: Any) -> None:
    told: list[str] = []
    monkeypatch.setattr(StopMessage, "tell", lambda parent, title, text: told.append(text))
    assert open_log_or_explain(tmp_path) is None  # a folder, not a file
    assert "is a folder" in told[0]


# ---- the whole start-up --------------------------------------------------------------------------------------------


@pytest.fixture
def quick_pack(monkeypatch: Any, pack: Any) -> None:
    """The session's self-checked pack, instead of checking it again in this test's fresh cache folder."""
    import desktop_app.services.packs as packs

    monkeypatch.setattr(packs, "open_pack", lambda overrides=None: pack)


def close_when_ready(seen: dict[str, Any]) -> None:
    """Close the main window once its case log is attached (polled, as run() owns the event loop)."""

    def check() -> None:
        window = next((w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible()), None)
        if window is not None and getattr(window, "log_session", None) is not None:
            seen["rows"] = window.case_log.model.total
            seen["log"] = window.log_session.log
            window.close()
        else:
            QTimer.singleShot(20, check)

    QTimer.singleShot(0, check)


def test_run_shows_the_window_opens_the_log_and_closes_it(qapp: Any, db: Path, quick_pack: None) -> None:
    seen: dict[str, Any] = {}
    close_when_ready(seen)
    assert app.run(argparse.Namespace(db=db, overrides=None)) == 0
    assert seen["rows"] == 0 and db.exists()
    with pytest.raises(Exception, match="closed"):
        seen["log"].db.execute("SELECT 1")


def test_run_with_a_damaged_log_starts_a_new_one_when_asked(qapp: Any, db: Path, quick_pack: None, monkeypatch: Any) -> None:
    damage(db)
    answer_damaged(monkeypatch, "new")
    seen: dict[str, Any] = {}
    close_when_ready(seen)
    assert app.run(argparse.Namespace(db=db, overrides=None)) == 0
    assert len(list(db.parent.glob("caselog.db.damaged-*"))) == 1


def test_run_with_a_refused_log_says_why_and_returns_1(qapp: Any, tmp_path: Path, quick_pack: None, monkeypatch: Any) -> None:
    told: list[str] = []
    monkeypatch.setattr(StopMessage, "tell", lambda parent, title, text: told.append(text))
    assert app.run(argparse.Namespace(db=tmp_path, overrides=None)) == 1
    assert "is a folder" in told[0]


def damage_deep_inside(db: Path, pack: Any, as_of: datetime) -> None:
    """A log whose header and schema read fine but whose table pages are scribbled over."""
    from desktop_app.services.evaluation import evaluate
    from desktop_app.models import parse_case

    cases = []
    for name in ("febrile.json", "recovering.json", "long-neutropenia.json"):
        case = parse_case(example(name))
        cases.append((case, evaluate(case, pack, as_of)))
    with caselog.open_log(db) as log:
        caselog.record_evaluations(log, cases * 40, who="dr-a")
    data = bytearray(db.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096
    data[middle : middle + 4096] = b"\xa5" * 4096
    db.write_bytes(bytes(data))


def test_damage_found_by_the_background_check_stops_writes_and_offers_a_way_out(
    qapp: Any, db: Path, quick_pack: None, pack: Any, as_of: datetime, monkeypatch: Any
) -> None:
    damage_deep_inside(db, pack, as_of)
    asked = answer_damaged(monkeypatch, "new")
    assert app.run(argparse.Namespace(db=db, overrides=None)) == 1
    assert asked and asked[0][0] == db
    kept = [
        p
        for p in db.parent.iterdir()
        if p.name.startswith("caselog.db.damaged-") and "-wal" not in p.name and "-shm" not in p.name
    ]
    assert kept, "the damaged file is kept under another name"
    assert not db.exists(), "a new log is created at the next start"


def test_the_window_built_in_steps_offers_no_evaluation_until_the_last_step(make_window: Any, pack: Any, qtbot: Any) -> None:
    window = make_window(pack=None)
    built: list[bool] = []
    with qtbot.waitSignal(window.content_ready, timeout=10000):
        window.set_pack_in_steps(pack, lambda: built.append(True))
        assert window.pack is None and not any(action.isEnabled() for action in window.content_actions)  # one step so far
    assert built == [True] and window.pack is pack
    assert window.new_action.isEnabled() and window.form.patient_ref.isEnabled()
    assert window.centralWidget().isAncestorOf(window.splitter)
    with pytest.raises(RuntimeError, match="already has"):
        window.set_pack(pack)


def test_run_upgrades_an_older_log_off_the_gui_thread_and_lists_its_cases(
    qapp: Any, db: Path, quick_pack: None, pack: Any, as_of: datetime, monkeypatch: Any
) -> None:
    import threading

    from sqlite_utils import Database

    from desktop_app.caselog import recording
    from desktop_app.caselog.schema import migrations
    from desktop_app.services.evaluation import evaluate
    from desktop_app.models import parse_case
    from desktop_app.services import warmup

    case = parse_case(example("febrile.json"))
    db.parent.mkdir(parents=True, exist_ok=True)
    with Database(db) as old:
        with old.atomic():
            migrations().apply(old, stop_before="m008_compact_json")
            recording.record_cases(old, [(case, evaluate(case, pack, as_of))] * 3, "dr-early")
    upgraded_on: list[str] = []
    original = warmup.upgrade_log

    def noting(path: Path | None) -> None:
        upgraded_on.append(threading.current_thread().name)
        original(path)

    monkeypatch.setattr(warmup, "upgrade_log", noting)
    seen: dict[str, Any] = {}
    close_when_ready(seen)
    assert app.run(argparse.Namespace(db=db, overrides=None)) == 0
    assert seen["rows"] == 3
    assert upgraded_on and upgraded_on[0] != threading.main_thread().name
    with caselog.open_reader(db) as log:
        assert log.rows.execute("SELECT count(*) FROM evaluations WHERE typeof(recommendation_json) = 'blob'").fetchone()[0] == 3
