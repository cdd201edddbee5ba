"""Render messages (catalogue path + raw parameters) into sentences for a language and an audience."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from desktop_app.knowledge.catalogue import Catalogue, Review, read_app_catalogue
from desktop_app.knowledge.pack import Pack, PackContent
from desktop_app.models import Message, Recommendation
from desktop_app.wording import formats
from desktop_app.wording.app_texts import APP_CATALOGUES, PRINT_CATALOGUES

Audience = Literal["clinician", "patient"]

_SKIP = frozenset({"trace", "pack"})  # data, never wording


@lru_cache(maxsize=16)
def _catalogue(folder: Path, language: str) -> Catalogue:
    english = read_app_catalogue(folder / "en.toml", None)
    if language == formats.SOURCE_LANGUAGE or not (folder / f"{language}.toml").is_file():
        return english
    return read_app_catalogue(folder / f"{language}.toml", english.texts)


@lru_cache(maxsize=8)
def app_catalogue(language: str) -> Catalogue:
    """The app's own words in a language: the printout chrome (wording/print/) and the rest (wording/app/).

    Until a language's catalogue exists in a folder, those words stay English (the pack's clinical
    wording is still the language's own); once it exists it must be complete, like a pack's.
    """
    printed, other = _catalogue(PRINT_CATALOGUES, language), _catalogue(APP_CATALOGUES, language)
    return other.model_copy(update={"texts": {**other.texts, **printed.texts}})


class Renderer:
    """Words of one pack in one language: pack wording first, then the app's words."""

    def __init__(
        self, pack: Pack | PackContent, language: str = formats.SOURCE_LANGUAGE, app_language: str | None = None
    ) -> None:
        """`app_language`: the language of the app's own words when it differs from the pack's (a window in
        Spanish showing a pack that has no Spanish wording keeps its own words Spanish)."""
        content = pack.content if isinstance(pack, Pack) else pack
        self.language = language
        self.review: Review | None = None  # the translation's review status (None: the pack's own English)
        self.content = content
        english = _english_texts(content)
        if language == formats.SOURCE_LANGUAGE:
            self.texts: Mapping[str, str] = english
        else:
            catalogues = pack.catalogues if isinstance(pack, Pack) else {}
            if language not in catalogues:
                known = ", ".join(["en", *sorted(catalogues)])
                raise ValueError(f"language: pack {content.id} has no wording in {language!r} (it has: {known})")
            self.texts = catalogues[language].texts
            self.review = catalogues[language].review
        self.app_language = app_language or language  # of the app's words, dates and numbers
        self.app = app_catalogue(self.app_language).texts
        self.separator = self.texts.get("messages.list_separator", ", ")

    def template(self, path: str) -> str:
        if path in self.texts:
            return self.texts[path]
        if path in self.app:
            return self.app[path]
        raise KeyError(f"no wording {path!r} in pack {self.content.id} ({self.language})")

    def text(self, path: str, **params: Any) -> str:
        """The wording at `path` filled with `params` (raw values, formatted for the language)."""
        return self.render(Message(id=path, params=params))

    def render(self, message: Message | Mapping[str, Any]) -> str:
        if isinstance(message, Message):
            path, params = message.id, message.params
        else:
            path, params = message["id"], message.get("params", {})
        values = {name: self.value(value) for name, value in params.items()}
        drug = self.texts.get("drug.name", "")
        values.setdefault("drug", drug)
        values.setdefault("Drug", drug[:1].upper() + drug[1:])
        return self.template(path).format_map(values)

    def value(self, value: Any) -> str:
        if isinstance(value, bool) or value is None:
            return "" if value is None else str(value).lower()
        if isinstance(value, int | float):
            return formats.number(value, self.language)
        if isinstance(value, str):
            return value
        if isinstance(value, Message):
            return self.render(value)
        if isinstance(value, Mapping):
            if "moment" in value:
                return formats.moment_text(datetime.fromisoformat(value["moment"]), "clinic_moment", self.language)
            if "celsius" in value:
                return formats.number(value["celsius"], self.language, decimals=1)
            return self.render(value)
        if isinstance(value, Sequence):
            return self.separator.join(self.value(item) for item in value)
        return str(value)

    def decision_words(self, state: str, audience: Audience | Literal["short"]) -> str:
        """The word for a state of a decision (withhold ... provisional): the banner's for the clinician or
        the patient, or the short one of lists."""
        return self.template(f"vocabulary.{state}.{audience}")

    def review_notice(self) -> str | None:
        """The line every page of a printout carries while no clinician has reviewed this translation:
        in the language and in English; None for the pack's own English or a reviewed translation."""
        if self.review is None or self.review.status == "reviewed":
            return None
        english = app_catalogue(formats.SOURCE_LANGUAGE).texts["report.unreviewed"]
        said = self.review.notice or self.app.get("report.unreviewed", english)
        return said if said == english else f"{said} / {english}"

    @property
    def drug(self) -> str:
        return self.template("drug.name")


_ENGLISH: dict[int, tuple[PackContent, dict[str, str]]] = {}


def _english_texts(content: PackContent) -> dict[str, str]:
    """The pack's English wording by path, worked out once per loaded pack (the entry holds the pack)."""
    known = _ENGLISH.get(id(content))
    if known is None or known[0] is not content:
        if len(_ENGLISH) > 32:
            _ENGLISH.clear()
        known = _ENGLISH[id(content)] = (content, content.texts())
    return known[1]


def _fill(node: Any, renderer: Renderer) -> Any:
    if isinstance(node, dict):
        for key in list(node):
            if key in _SKIP:
                continue
            if key.endswith("_wording"):
                message = node[key]
                base = key[: -len("_wording")]
                if message is None or base not in node:
                    continue
                if isinstance(message, list | tuple):
                    node[base] = tuple(renderer.render(item) for item in message)
                else:
                    node[base] = renderer.render(message)
            else:
                _fill(node[key], renderer)
    elif isinstance(node, list | tuple):
        for item in node:
            _fill(item, renderer)
    return node


def render_recommendation(
    rec: Recommendation, pack: Pack | PackContent | Renderer, language: str = formats.SOURCE_LANGUAGE
) -> Recommendation:
    """The recommendation with every text field written from its message, in `language`.

    The messages stay beside the texts, and `language` says which language the texts are in, so a log
    shows what was shown and a reprint can render them again (in the same or another language).
    """
    renderer = pack if isinstance(pack, Renderer) else Renderer(pack, language)
    data = _fill(rec.model_dump(), renderer)
    data["language"] = renderer.language
    return Recommendation.model_validate(data)
