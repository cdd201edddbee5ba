"""The decision vocabulary: for each state of a decision its id, symbol and colour role, defined once.

The words for each state are the pack's (`[vocabulary.<state>]`, clinician and patient); the colours
of each role are the theme's (gui/theme.py, screen and print). Screen banner, printouts, text output,
case log list, override dialog, worklist and CLI all read this table.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.models import shown_state


@dataclass(frozen=True)
class DecisionState:
    id: str  # withhold, resume, continue, out_of_scope, provisional
    symbol: str  # carries the meaning without colour (black-and-white print, colour blindness)
    colour_role: str  # key of the theme's colour table: danger, go, steady, specialist, caution


DECISION_STATES: dict[str, DecisionState] = {
    "withhold": DecisionState("withhold", "\u25a0", "danger"),
    "resume": DecisionState("resume", "\u25ba", "go"),  # in the bundled print font (WGL4), unlike \u25b6
    "continue": DecisionState("continue", "\u25cf", "steady"),
    "out_of_scope": DecisionState("out_of_scope", "\u25c6", "specialist"),
    "provisional": DecisionState("provisional", "?", "caution"),
}


@dataclass(frozen=True)
class RoleColours:
    """The colours of one role: the screen banner's fill, text and border, and the printed banner's ink."""

    fill: str
    text: str
    border: str  # CSS border: width, style (solid for a settled state, dashed for one to check) and colour
    ink: str  # print: the banner's text and frame on white paper


# The one colour table, keyed by colour role; gui/theme.py builds the screen's style from it and the
# printouts (reports/html.py) take their ink from it. Contrast is checked by tests/gui/test_contrast.py.
THEME: dict[str, RoleColours] = {
    "danger": RoleColours("#b3261e", "white", "2px solid #7a140f", "#7a1414"),
    "go": RoleColours("#dff3df", "#14501a", "3px solid #2e7d32", "#14532d"),
    "steady": RoleColours("#e3ecf8", "#0d3c78", "2px dashed #2f5f9e", "#1e3a6e"),
    "specialist": RoleColours("#ececec", "#1a1a1a", "2px solid #4d4d4d", "#3d3d3d"),
    "caution": RoleColours("#fff4d6", "#4a3300", "3px dashed #8a5a00", "#6b4a00"),
}


def decision_state(decision: str, provisional: bool = False) -> DecisionState:
    """The state a decision is shown in: a provisional go (resume, continue) is shown as provisional."""
    return DECISION_STATES[shown_state(decision, provisional)]
