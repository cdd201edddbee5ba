"""The app's own words as plain text by key, read without the knowledge layer (for the command line's
messages, which must not wait for the renderer). The catalogues' completeness and placeholders are
checked where they are loaded for rendering (wording.render.app_catalogue) and by the tests."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from desktop_app.wording.formats import SOURCE_LANGUAGE

APP_CATALOGUES = Path(__file__).resolve().parent / "app"  # accessible names, the drug's labels, CLI words
PRINT_CATALOGUES = Path(__file__).resolve().parent / "print"  # printout chrome, the worklist, units
FOLDERS = (APP_CATALOGUES, PRINT_CATALOGUES)


def spoken_languages() -> tuple[str, ...]:
    """The languages the app's own words are written in (English included): those of the printout chrome."""
    return tuple(sorted(path.stem for path in PRINT_CATALOGUES.glob("*.toml")))


@lru_cache(maxsize=8)
def app_texts(language: str) -> Mapping[str, str]:
    """Every app word (both folders) in `language`, over the English ones."""
    texts: dict[str, str] = {}
    for code in dict.fromkeys((SOURCE_LANGUAGE, language)):
        for folder in FOLDERS:
            path = folder / f"{code}.toml"
            if path.is_file():
                with path.open("rb") as handle:
                    texts.update(tomllib.load(handle).get("texts", {}))
    return texts
