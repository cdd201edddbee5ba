"""The decision vocabulary is defined once: the screen banner, the printouts and the text output agree."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.models import parse_case
from desktop_app.reports.context import PrintContext
from desktop_app.reports.html import build_clinician_html, build_handout_html
from desktop_app.reports.text import render_text
from desktop_app.services.evaluation import evaluate
from desktop_app.wording import DECISION_STATES, THEME, Renderer

CASES = {
    "withhold": {"anakinra": "active", "value": 320},
    "resume": {"anakinra": "held", "value": 1200},
    "continue": {"anakinra": "active", "value": 2400},
}


def case_for(state: str) -> Any:
    spec = CASES[state]
    return parse_case(
        {
            "patient_ref": "VOC-1",
            "anakinra": spec["anakinra"],
            "indication": "rheumatoid_arthritis",
            "anc": [{"value": spec["value"], "unit": "cells/uL", "taken_at": "2026-11-24T08:00"}],
            "urti": "resolved",
            "infection_signs": False,
            "last_fever_at": None,
        }
    )


def test_every_state_has_a_symbol_a_colour_role_and_the_packs_words(pack: Any) -> None:
    words = Renderer(pack)
    assert set(DECISION_STATES) == {"withhold", "resume", "continue", "out_of_scope", "provisional"}
    for state, look in DECISION_STATES.items():
        assert look.colour_role in THEME and look.symbol
        assert words.decision_words(state, "clinician") and words.decision_words(state, "patient")
    assert len({look.symbol for look in DECISION_STATES.values()}) == len(DECISION_STATES)


@pytest.mark.parametrize("state", sorted(CASES))
def test_screen_print_and_text_say_the_same_word(pack: Any, as_of: Any, state: str, qtbot: Any) -> None:
    from desktop_app.gui.recommendation_panel import RecommendationPanel

    case = case_for(state)
    rec = evaluate(case, pack, as_of)
    assert rec.decision == state
    word = Renderer(pack).decision_words(state, "clinician")
    symbol = DECISION_STATES[state].symbol
    panel = RecommendationPanel(pack)
    qtbot.addWidget(panel)
    panel.show_recommendation(rec)
    banner = panel.findChild(__import__("PySide6.QtWidgets", fromlist=["QLabel"]).QLabel, "decisionLabel")
    assert banner.text().startswith(f"{symbol} {word}")
    clinician = build_clinician_html(case, rec, PrintContext(pack=pack))
    assert f"{symbol} {word} \u2014 {rec.headline.upper()}" in clinician
    assert THEME[DECISION_STATES[state].colour_role].ink in clinician
    assert f"[{word}]" in render_text(case, rec, Renderer(pack))
    handout = build_handout_html(case, rec, PrintContext(pack=pack))
    assert f"{symbol} {Renderer(pack).decision_words(state, 'patient')}." in handout
