"""The wording layer: messages (ids and raw parameters) rendered for an audience and a language.

Pure: no Qt and no I/O besides reading catalogues through the knowledge layer. English is the pack's
own wording (pack.toml); other languages come from the pack's catalogues (wording/<lang>.toml), and
the app's own words (report headings, CLI words) from desktop_app/wording/app/<lang>.toml.

The names below are loaded on first use: a command that only needs the app's words (app_texts) or
formats does not load the renderer and the knowledge layer under it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_app.wording.render import Audience, Renderer, render_recommendation
    from desktop_app.wording.vocabulary import DECISION_STATES, THEME, DecisionState, RoleColours, decision_state

_WHERE = {
    "Audience": "render",
    "Renderer": "render",
    "render_recommendation": "render",
    "DECISION_STATES": "vocabulary",
    "THEME": "vocabulary",
    "DecisionState": "vocabulary",
    "RoleColours": "vocabulary",
    "decision_state": "vocabulary",
}

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


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(f"desktop_app.wording.{_WHERE[name]}"), name)
    raise AttributeError(f"module 'desktop_app.wording' has no attribute {name!r}")
