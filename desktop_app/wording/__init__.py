"""The wording layer: messages (ids and raw parameters) rendered for an audience and a language.

Pure: no Qt and no I/O besides reading catalogues through the knowledge layer. English is the pack's
own wording (pack.toml); other languages come from the pack's catalogues (wording/<lang>.toml), and
the app's own words (report headings, CLI words) from desktop_app/wording/app/<lang>.toml.
"""

from desktop_app.wording.render import Audience, Renderer, render_recommendation
from desktop_app.wording.vocabulary import DECISION_STATES, THEME, DecisionState, RoleColours, decision_state

__all__ = [
    "DECISION_STATES",
    "THEME",
    "Audience",
    "DecisionState",
    "Renderer",
    "RoleColours",
    "decision_state",
    "render_recommendation",
]
