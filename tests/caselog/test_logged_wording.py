"""The log keeps what was shown and what it meant: the texts, their messages and their language."""

from __future__ import annotations

from typing import Any

from desktop_app.services import caselog
from desktop_app.services.evaluation import evaluate
from desktop_app.wording import render_recommendation


def test_a_logged_evaluation_keeps_its_messages_and_language_and_renders_again(
    log: Any, pack: Any, as_of: Any, evaluated: Any
) -> None:
    case, rec = evaluated("febrile")
    spanish = evaluate(case, pack, as_of, language="es")
    first = caselog.record_evaluation(log, case, rec, who="dr-a")
    second = caselog.record_evaluation(log, case, spanish, who="dr-a")
    stored = caselog.get_case(log, first).recommendation
    assert stored == rec and stored.language == "en"
    assert stored.headline == "Withhold anakinra" and stored.headline_wording is not None
    assert stored.red_flags[0].message_wording == rec.red_flags[0].message_wording
    shown_in_spanish = caselog.get_case(log, second).recommendation
    assert shown_in_spanish.language == "es" and shown_in_spanish.headline == "Suspender anakinra"
    # A reprint renders the logged messages again, in the language asked for.
    assert render_recommendation(shown_in_spanish, pack, "en") == rec
    assert render_recommendation(stored, pack, "es") == spanish


def test_replay_of_the_same_pack_finds_nothing_altered_in_either_language(
    log: Any, pack: Any, as_of: Any, evaluated: Any
) -> None:
    case, rec = evaluated("recovering")
    caselog.record_evaluation(log, case, rec, who="dr-a")
    caselog.record_evaluation(log, case, evaluate(case, pack, as_of, language="de"), who="dr-a")
    report = caselog.replay(log, pack)
    assert report.cases == 2 and report.faults == () and report.drifts == ()
