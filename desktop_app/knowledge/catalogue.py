"""Translation catalogues of a pack: resources/packs/<id>/wording/<lang>.toml, checked against English.

English is the pack itself (pack.toml, the source language). A catalogue gives, for every wording of
the pack by its dotted path ("rules.withhold_low_anc.clinician", "criteria.anc_recovered.met"...), the
same sentence in its language, with exactly the same {placeholders}. An unknown key, a missing key or
a different set of placeholders refuses the pack with a PackError naming the key: a translation never
silently falls back to English.
"""

from __future__ import annotations

import datetime as _dt
import re
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from desktop_app.models import describe_validation_error

LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CatalogueHead(_Part):
    language: str = Field(pattern=LANGUAGE_CODE.pattern)
    name: str = Field(min_length=1)
    direction: Literal["ltr", "rtl"] = "ltr"
    source_version: str = Field(min_length=1)


class Review(_Part):
    status: Literal["reviewed", "unreviewed"]
    reviewer: str | None = None
    reviewed_on: _dt.date | str | None = None
    notice: str | None = None


class _CatalogueFile(_Part):
    catalogue: CatalogueHead
    review: Review
    texts: dict[str, str]


class Catalogue(_Part):
    """One language's wording of a pack (or of the app), validated."""

    language: str
    name: str
    direction: Literal["ltr", "rtl"]
    source_version: str
    review: Review
    texts: dict[str, str]
    raw: dict[str, Any]  # the file as read, for the pack's hash

    @property
    def reviewed(self) -> bool:
        return self.review.status == "reviewed"


# The drug's name in either case is one placeholder: a language may start a sentence with it where
# English does not ("{Drug} status", "Estado de {drug}").
_SAME_PLACEHOLDER = {"Drug": "drug"}


def _fields(template: str) -> set[str]:
    from desktop_app.knowledge.pack import placeholders

    return {_SAME_PLACEHOLDER.get(name, name) for name in placeholders(template)}


def parse_catalogue(data: dict[str, Any], english: dict[str, str], where: str) -> Catalogue:
    """Validate one catalogue's data against the English wording `english` (path -> template)."""
    from desktop_app.knowledge.pack import PackError

    try:
        parsed = _CatalogueFile.model_validate(data)
    except ValidationError as exc:
        problem = describe_validation_error(exc)
        raise PackError(f"{where}: {problem.field}: {problem.message}") from None
    texts = parsed.texts
    unknown = sorted(set(texts) - set(english))
    if unknown:
        raise PackError(f"{where}: texts.{unknown[0]}: not a wording of the pack (unknown key)")
    missing = sorted(set(english) - set(texts))
    if missing:
        raise PackError(f"{where}: texts.{missing[0]}: missing (every wording must be translated; {len(missing)} missing)")
    for key in sorted(texts):
        try:
            theirs = _fields(texts[key])
        except ValueError as exc:
            raise PackError(f"{where}: texts.{key}: not a valid template ({exc})") from None
        ours = _fields(english[key])
        if theirs != ours:
            raise PackError(
                f"{where}: texts.{key}: placeholders {{{', '.join(sorted(theirs))}}} differ from English {{{', '.join(sorted(ours))}}}"
            )
    head = parsed.catalogue
    return Catalogue(
        language=head.language,
        name=head.name,
        direction=head.direction,
        source_version=head.source_version,
        review=parsed.review,
        texts=dict(texts),
        raw=data,
    )


def read_catalogue_file(path: Path, english: dict[str, str]) -> Catalogue:
    from desktop_app.knowledge.pack import PackError

    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise PackError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise PackError(f"{path}: not valid TOML ({exc})") from None
    catalogue = parse_catalogue(data, english, str(path))
    if catalogue.language != path.stem:
        raise PackError(f"{path}: catalogue.language: {catalogue.language!r} does not match the file name {path.stem!r}")
    return catalogue


def read_catalogues(folder: Path, content: Any) -> dict[str, Catalogue]:
    """The pack's catalogues by language (none when it has no wording/ folder)."""
    wording = folder / "wording"
    if not wording.is_dir():
        return {}
    english = content.texts()
    return {path.stem: read_catalogue_file(path, english) for path in sorted(wording.glob("*.toml"))}


def read_app_catalogue(path: Path, english: dict[str, str] | None) -> Catalogue:
    """The app's own catalogue (desktop_app/wording/app/<lang>.toml); English is checked only as a file,
    another language against English, like a pack's."""
    from desktop_app.knowledge.pack import PackError

    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise PackError(f"{path}: no app wording in language {path.stem!r}") from None
    except tomllib.TOMLDecodeError as exc:
        raise PackError(f"{path}: not valid TOML ({exc})") from None
    if english is None:
        english = dict(data.get("texts", {}))
    return parse_catalogue(data, english, str(path))
