"""The window's words: the pack in force's wording (drug name, decision vocabulary) and the app's own.

The window sets the pack once (`use_pack`, from MainWindow.set_pack); widgets built before that, or on
their own in a test, read the default installed pack's wording.
"""

from __future__ import annotations

from functools import lru_cache

from desktop_app.knowledge import Pack
from desktop_app.models import Recommendation
from desktop_app.wording import DECISION_STATES, Renderer

_current: Renderer | None = None


def use_pack(pack: Pack, language: str = "en") -> Renderer:
    """The window's words from `pack` in `language` (the window's), or English when the pack has none in it;
    the app's own words (labels, units) stay in the window's language either way."""
    from desktop_app.services.languages import pack_languages

    from desktop_app.wording.app_texts import spoken_languages

    global _current
    in_pack = language if language in pack_languages(pack) else "en"
    _current = Renderer(pack, in_pack, app_language=language if language in spoken_languages() else "en")
    return _current


def for_window(rec: Recommendation) -> Recommendation:
    """The recommendation with its texts in the window's language, rendered again from its messages
    (the logged one keeps English); one logged before messages were kept stays as it was written."""
    renderer = words()
    if rec.language == renderer.language or rec.headline_wording is None:
        return rec
    from desktop_app.wording.render import render_recommendation

    return render_recommendation(rec, renderer)


@lru_cache(maxsize=1)
def _default() -> Renderer:
    from desktop_app.services.packs import open_pack

    return Renderer(open_pack())


def words() -> Renderer:
    """The wording in force for the window."""
    return _current if _current is not None else _default()


def text(path: str, **params: object) -> str:
    """An app or pack wording filled in ({drug} and {Drug} always available)."""
    return words().text(path, **params)


def decision_word(state: str) -> str:
    """The banner word of a state (withhold ... provisional): the same on the screen and in print."""
    return words().decision_words(state, "clinician")


def unit_label(unit: str) -> str:
    """A count unit as the window's language writes it ('células/µL'); the item's data stays the contract's id."""
    from desktop_app.models import UNIT_WORDS

    return words().text(f"values.unit.{UNIT_WORDS[unit]}") if unit in UNIT_WORDS else unit


def decision_symbol(state: str) -> str:
    return DECISION_STATES[state].symbol


def decision_phrase(decision: str) -> str:
    """The pack's clinician phrase for a decision ("Withhold anakinra"), for lists and dialogs."""
    if decision == "out_of_scope":
        return words().text("app.decision_out_of_scope")
    return words().text(f"decisions.{decision}.clinician")


def forget_pack() -> None:
    """Back to the default pack's words (a window closed for good, or a test done with another pack)."""
    global _current
    _current = None


def app_words(path: str) -> str:
    """One of the app's own words (accessible names and descriptions...), without the pack: in the window's
    language, from desktop_app/wording/app/<lang>.toml."""
    from desktop_app.wording.render import app_catalogue

    language = _current.language if _current is not None else "en"
    return app_catalogue(language).texts[path]
