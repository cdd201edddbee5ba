"""File > Synchronise…: a new workstation is confirmed by fingerprint, its cases appear, their origin is shown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.gui import sync_desk
from desktop_app.gui.problem_message import ProblemMessage
from desktop_app.services import caselog
from desktop_app.services.log_exchange import sync
from tests.gui.conftest import example, log_rows, named


def _other_workstation(tmp_path: Path, folder: Path) -> str:
    """A second workstation (its own log and keys) that has put one case in the folder; its case id."""
    from datetime import datetime

    from desktop_app.services.evaluation import evaluate
    from desktop_app.knowledge import installed_pack, load_pack_dir
    from desktop_app.models import parse_case

    pack = load_pack_dir(installed_pack())
    case = parse_case(example("long-neutropenia.json"))

    with caselog.open_log(tmp_path / "ward.db") as ward:
        case_id = caselog.record_evaluation(ward, case, evaluate(case, pack, datetime(2026, 11, 24, 12, 0)), who="dr-ward")
        sync(ward, folder, keys=tmp_path / "ward-keys")
    return case_id


def test_synchronise_asks_about_new_workstations_then_lists_their_cases(
    make_window: Any, db: Path, tmp_path: Path, monkeypatch: Any, qtbot: Any
) -> None:
    folder = tmp_path / "usb"
    case_id = _other_workstation(tmp_path, folder)
    window = make_window(db=db)
    assert window.sync_action.objectName() == "syncAction" and window.sync_action.isEnabled()
    assert window.sync_action in named(window, "fileMenu").actions()
    asked: list[list[str]] = []

    def confirm(parent: Any, fresh: Any) -> list[str]:
        asked.append([f"{key.name} {key.fingerprint}" for key in fresh])
        return [key.id for key in fresh]

    monkeypatch.setattr(sync_desk, "choose_folder", lambda parent: folder)
    monkeypatch.setattr(sync_desk.TrustDialog, "ask", classmethod(lambda cls, parent, fresh: confirm(parent, fresh)))
    problems: list[str] = []
    monkeypatch.setattr(ProblemMessage, "tell", classmethod(lambda cls, parent, title, text: problems.append(text)))
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: window.sync_desk.last_report is not None)
    assert len(asked) == 1 and len(asked[0]) == 1 and len(asked[0][0].split()[-8:]) == 8
    assert problems == []
    assert [row[0] for row in log_rows(window)] == ["HAEM-2208"]
    window.case_chosen.emit(case_id)
    qtbot.waitUntil(lambda: window.log_session.record is not None)
    text = window.panel.saved_text.text()
    assert "Imported from workstation" in text and "signed, re-checked" in text
    # Again: nothing new, no question asked.
    window.sync_desk.last_report = None
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: window.sync_desk.last_report is not None)
    assert len(asked) == 1 and window.sync_desk.last_report.added_cases == 0


def test_a_refused_file_is_listed_in_a_dialog(make_window: Any, db: Path, tmp_path: Path, monkeypatch: Any, qtbot: Any) -> None:
    folder = tmp_path / "usb"
    _other_workstation(tmp_path, folder)
    (written,) = [path for path in folder.rglob("*.json") if path.name != "key.json"]
    text = written.read_text(encoding="utf-8").replace('"dr-ward"', '"dr-evil"', 1)
    written.unlink()
    written.write_text(text, encoding="utf-8")
    window = make_window(db=db)
    monkeypatch.setattr(sync_desk, "choose_folder", lambda parent: folder)
    monkeypatch.setattr(sync_desk.TrustDialog, "ask", classmethod(lambda cls, parent, fresh: [key.id for key in fresh]))
    problems: list[str] = []
    monkeypatch.setattr(ProblemMessage, "tell", classmethod(lambda cls, parent, title, text: problems.append(text)))
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: window.sync_desk.last_report is not None)
    assert len(problems) == 1 and "signature" in problems[0] and str(written) in problems[0]
    assert log_rows(window) == []


def test_the_trust_dialog_shows_each_fingerprint_and_returns_only_the_ticked(qtbot: Any) -> None:
    from desktop_app.caselog.signing import new_private_key, public_key_text
    from desktop_app.services.workstation import WorkstationKey

    keys = [
        WorkstationKey(
            f"{n}0000000-0000-4000-8000-000000000000", f"<b>ward {n}</b>", public_key_text(new_private_key().public_key())
        )
        for n in (1, 2)
    ]
    dialog = sync_desk.TrustDialog(None, keys)
    qtbot.addWidget(dialog)
    boxes = [dialog.findChild(sync_desk.QCheckBox, f"trust-{key.id}") for key in keys]
    assert all(key.fingerprint in box.text() and key.name in box.text() for key, box in zip(keys, boxes, strict=True))
    assert dialog.chosen() == []
    boxes[1].setChecked(True)
    assert dialog.chosen() == [keys[1].id]
