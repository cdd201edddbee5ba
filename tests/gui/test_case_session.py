"""The case session's state machine, driven without a widget: a plain form stand-in is its view.

New -> edited on input; edited -> saved on a save; saved or reopened -> edited on a change (and
back); a failed save keeps the case edited with what was typed; provisional on a unit slip until the
unit is confirmed; New from every state asks only when something unsaved would be lost; closing
with unsaved work that cannot be kept asks, through the view.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from desktop_app.gui.case_session import CaseSession, CaseSnapshot, CaseState, CloseAnswer
from desktop_app.gui.tasks import SyncRunner
from desktop_app.models import CaseInput
from desktop_app.services import caselog, log_writes
from desktop_app.services.drafts import DraftAnswer
from tests.conftest import EXAMPLES

BLANK: dict[str, Any] = {"anakinra": "active"}


def example(name: str) -> dict[str, Any]:
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))


class FormStandIn:
    """What a clinician does to the form, and what the session asks of it; records every question asked."""

    def __init__(self) -> None:
        self.session: CaseSession | None = None
        self.data: dict[str, Any] = dict(BLANK)
        self.ticked: list[str] = []
        self.discard_answers: list[bool] = []
        self.close_answers: list[CloseAnswer] = []
        self.asked: list[str] = []
        self.save_requests = 0

    def type(self, **fields: Any) -> None:
        self.data.update(fields)
        assert self.session is not None
        self.session.form_changed()

    # ---- CaseView --------------------------------------------------------------------------------------
    def form_data(self) -> dict[str, Any]:
        return json.loads(json.dumps(self.data, default=str))

    def form_is_blank(self) -> bool:
        return self.data == BLANK

    def ticked_pitfalls(self) -> list[str]:
        return list(self.ticked)

    def load_form(self, case: CaseInput | dict[str, Any], ticked: Iterable[str], recorded: dict[str, str] | None) -> None:
        self.data = case.model_dump(mode="json", exclude_none=True) if isinstance(case, CaseInput) else dict(case)
        self.ticked = list(ticked)
        assert self.session is not None
        self.session.form_changed()  # as the real form does, once, at the end of a load

    def clear_form(self) -> None:
        self.data, self.ticked = dict(BLANK), []
        assert self.session is not None
        self.session.form_changed()

    def ask_discard(self) -> bool:
        self.asked.append("discard")
        return self.discard_answers.pop(0)

    def ask_unsaved_close(self, reason: str, can_save: bool) -> CloseAnswer:
        self.asked.append(f"close: {reason} (save offered: {can_save})")
        return self.close_answers.pop(0)

    def ask_draft(self, summary: str) -> DraftAnswer | None:
        self.asked.append("draft")
        return None

    def request_save(self) -> None:
        self.save_requests += 1


@pytest.fixture
def form() -> FormStandIn:
    return FormStandIn()


@pytest.fixture
def make_session(
    qapp: Any, pack: Any, as_of: datetime, form: FormStandIn, tmp_path: Path
) -> Iterator[Callable[..., CaseSession]]:
    opened: list[tuple[CaseSession, caselog.CaseLog | None]] = []

    def make(with_log: bool = True) -> CaseSession:
        session = CaseSession(lambda: as_of)
        form.session = session
        session.bind_view(form)
        session.set_pack(pack)
        log = None
        if with_log:
            log = caselog.open_log(tmp_path / "logs" / "caselog.db")
            session.attach_log(log, SyncRunner(), lambda: "Dr Test", None)
        session.evaluate_now()
        opened.append((session, log))
        return session

    yield make
    for session, log in opened:
        session.close()
        if log is not None:
            log.close()


def states(session: CaseSession) -> list[CaseState]:
    seen: list[CaseState] = []
    session.stateChanged.connect(seen.append)
    return seen


def snapshot(session: CaseSession, form: FormStandIn) -> CaseSnapshot:
    evaluation = session.current()
    assert evaluation.case is not None and evaluation.recommendation is not None, evaluation.error
    return CaseSnapshot(form.form_data(), evaluation.case, evaluation.recommendation, tuple(form.ticked))


def save(session: CaseSession, form: FormStandIn) -> None:
    session.save(snapshot(session, form))


def test_a_fresh_form_is_new_and_the_first_input_makes_it_edited(make_session: Any, form: FormStandIn) -> None:
    session = make_session()
    seen = states(session)
    assert session.state is CaseState.NEW and not session.dirty and session.case_id is None
    form.type(patient_ref="RHEU-1")
    assert session.state is CaseState.EDITED and session.dirty
    assert seen == [CaseState.EDITED]  # at once, not after the evaluation's debounce


def test_a_saved_case_is_saved_and_a_change_makes_it_edited_again(make_session: Any, form: FormStandIn) -> None:
    session = make_session()
    saved: list[str] = []
    session.saved.connect(saved.append)
    form.type(**example("febrile.json"))
    save(session, form)
    assert session.state is CaseState.SAVED and not session.dirty and not session.saving
    assert saved == [session.case_id] and session.shows_saved()
    assert caselog.get_case(session.log, saved[0]).row.patient_ref == "RHEU-0977"  # type: ignore[arg-type]
    form.type(age_years=81)
    assert session.state is CaseState.EDITED and session.dirty
    assert session.case_id == saved[0] and not session.shows_saved(), "still linked to what it was changed from"
    form.type(age_years=example("febrile.json")["age_years"])
    assert session.state is CaseState.SAVED, "changed back to what was logged"


def test_a_failed_save_keeps_the_case_edited_with_what_was_typed(
    make_session: Any, form: FormStandIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = make_session()
    failures: list[BaseException] = []
    session.saveFailed.connect(failures.append)

    def disk_full(*args: Any, **kwargs: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(log_writes, "save_evaluation", disk_full)
    form.type(**example("febrile.json"))
    typed = form.form_data()
    save(session, form)
    assert len(failures) == 1 and "No space left" in str(failures[0])
    assert session.state is CaseState.EDITED and session.dirty and not session.saving
    assert form.form_data() == typed and session.case_id is None
    assert caselog.count_cases(session.log, "") == 0  # type: ignore[arg-type]


def test_a_reopened_case_has_its_history_and_editing_it_makes_it_edited(make_session: Any, form: FormStandIn) -> None:
    session = make_session()
    form.type(**example("febrile.json"))
    save(session, form)
    first = session.case_id
    form.type(age_years=81)
    save(session, form)
    assert session.case_id != first
    assert session.new_case() and session.state is CaseState.NEW
    record = session.read_record(first)  # type: ignore[arg-type]
    assert record is not None
    session.reopen(record, ["premature_resumption"], {})
    assert session.state is CaseState.REOPENED and session.case_id == first and not session.dirty
    assert session.record is not None and len(session.record.history) == 2
    assert session.evaluation.recommendation is not None
    assert session.evaluation.recommendation.as_of == record.recommendation.as_of, "judged as it was logged"
    form.type(notes="seen again")
    assert session.state is CaseState.EDITED and session.dirty and session.case_id == first


def test_a_unit_slip_is_provisional_until_the_unit_is_confirmed(make_session: Any, form: FormStandIn) -> None:
    session = make_session()
    flags: list[bool] = []
    session.provisionalChanged.connect(flags.append)
    form.type(**example("unit-slip.json"))
    session.evaluate_now()
    assert session.provisional and session.state is CaseState.EDITED
    assert session.evaluation.recommendation is not None and session.evaluation.recommendation.provisional
    form.type(units_confirmed=True)
    session.evaluate_now()
    assert not session.provisional and flags == [True, False]
    assert session.state is CaseState.EDITED


def test_new_case_from_each_state_asks_only_when_something_would_be_lost(make_session: Any, form: FormStandIn) -> None:
    session = make_session()
    assert session.new_case() and form.asked == []  # NEW
    form.type(**example("febrile.json"))
    form.discard_answers = [False]
    assert not session.new_case(), "Cancel keeps the edited case"
    assert session.state is CaseState.EDITED and form.data["patient_ref"] == "RHEU-0977"
    form.discard_answers = [True]
    assert session.new_case(), "Discard lets it go"
    assert session.state is CaseState.NEW and form.data == BLANK and form.asked == ["discard", "discard"]
    form.type(**example("febrile.json"))
    save(session, form)
    assert session.new_case() and session.state is CaseState.NEW  # SAVED: nothing to lose
    record = session.read_record(caselog.list_cases(session.log, "", None, 0, 1)[0].id)  # type: ignore[arg-type]
    assert record is not None
    session.reopen(record, [], {})
    assert session.new_case() and session.state is CaseState.NEW and session.case_id is None  # REOPENED
    form.type(**example("unit-slip.json"))
    session.evaluate_now()
    assert session.provisional
    form.discard_answers = [True]
    assert session.new_case() and form.asked.count("discard") == 3 and not session.provisional


def test_a_case_loaded_from_a_file_is_unchanged_until_typed_into(make_session: Any, form: FormStandIn) -> None:
    session = make_session(with_log=False)
    session.load(example("recovering.json"))
    assert session.state is CaseState.REOPENED and not session.dirty and session.case_id is None
    form.type(age_years=30)
    assert session.state is CaseState.EDITED and session.dirty


def test_a_restored_draft_is_edited(make_session: Any, form: FormStandIn) -> None:
    session = make_session()
    session.restore_draft(example("febrile.json"), ["premature_resumption"])
    assert session.state is CaseState.EDITED and session.dirty and form.ticked == ["premature_resumption"]


def test_closing_with_a_kept_draft_does_not_ask(make_session: Any, form: FormStandIn) -> None:
    session = make_session()
    form.type(**example("febrile.json"))
    assert session.may_close() and form.asked == []
    assert caselog.list_drafts(session.log)[0].payload["data"]["patient_ref"] == "RHEU-0977"  # type: ignore[arg-type]


def test_closing_with_unsaved_work_that_cannot_be_kept_asks_through_the_view(make_session: Any, form: FormStandIn) -> None:
    session = make_session()
    session.read_only_reason = "the case log folder cannot be written."
    form.type(**example("febrile.json"))
    form.close_answers = ["cancel", "save", "discard"]
    assert not session.may_close()
    assert form.asked == ["close: Why: the case log folder cannot be written. (save offered: False)"]
    assert not session.may_close() and form.save_requests == 1
    assert session.may_close()
    assert session.state is CaseState.EDITED, "asking changes nothing in the form"


def test_nothing_unsaved_closes_without_asking(make_session: Any, form: FormStandIn) -> None:
    session = make_session()
    assert session.may_close() and form.asked == []


def test_the_session_loads_no_widget_module(tmp_path: Path, pack: Any) -> None:
    # Run in a fresh interpreter: the state machine evaluates, loads and saves with QtCore alone.
    script = f"""
import json, sys
from datetime import datetime
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from desktop_app.gui.case_session import CaseSession
from desktop_app.knowledge import installed_pack, load_pack_dir
from desktop_app.services import caselog
data = json.loads(open({str(EXAMPLES / "febrile.json")!r}).read())
class View:
    def form_data(self): return dict(data)
    def form_is_blank(self): return False
    def ticked_pitfalls(self): return []
    def load_form(self, case, ticked, recorded): pass
session = CaseSession(lambda: datetime(2026, 11, 24, 12, 0))
session.bind_view(View())
session.set_pack(load_pack_dir(installed_pack()))
session.load(data)
assert session.evaluation.recommendation is not None
loaded = sorted(m for m in sys.modules if m.startswith(("PySide6.QtWidgets", "PySide6.QtGui", "desktop_app.gui.main_window")))
print(loaded)
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr


def test_saving_is_announced_and_the_case_is_recorded_with_the_clinician(make_session: Any, form: FormStandIn) -> None:
    session = make_session()
    saving: list[bool] = []
    session.savingChanged.connect(saving.append)
    form.type(**example("febrile.json"))
    save(session, form)
    assert saving == [True, False]
    assert session.state is CaseState.SAVED
    recorded = caselog.get_case(session.log, session.case_id)  # type: ignore[arg-type]
    assert recorded.row.who == "Dr Test"
    assert session.evaluation.recommendation is not None
    assert recorded.row.decision == session.evaluation.recommendation.decision, "the log has what was shown"
