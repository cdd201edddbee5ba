"""Why an input is refused, said in the reader's language.

An InputError carries a reason id and its parameters beside its English message (desktop_app/models.py
REASONS is the English source). Each language's wording is desktop_app/wording/errors/<lang>.toml;
an error without a reason, or a language without that wording, is shown in English as raised.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from desktop_app.models import InputError
from desktop_app.wording.formats import SOURCE_LANGUAGE

ERROR_CATALOGUES = Path(__file__).resolve().parent / "errors"


@lru_cache(maxsize=8)
def reasons(language: str) -> Mapping[str, str]:
    """The translated reasons of a language, by id (empty for English and for a language without them)."""
    path = ERROR_CATALOGUES / f"{language}.toml"
    if language == SOURCE_LANGUAGE or not path.is_file():
        return {}
    with path.open("rb") as handle:
        return dict(tomllib.load(handle).get("texts", {}))


def reason_text(error: InputError, language: str) -> str:
    """The error's reason (without the field) in `language`."""
    template = reasons(language).get(error.reason) if error.reason is not None else None
    if template is None:
        return error.message
    try:
        return template.format(**error.params)
    except (KeyError, IndexError, ValueError):  # a placeholder the test of the catalogues would have caught
        return error.message
