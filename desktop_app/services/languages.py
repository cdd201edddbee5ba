"""Which language a printout or text summary is written in: the one asked for, else the window's.

The window's language is read from the settings file the window writes (Preferences), without Qt:
`[preferences] language = es` (or "system": the workstation's, from the environment as Qt reads it).
A language the pack has no wording in is refused (InputError naming `language`), never half-printed.
"""

from __future__ import annotations

import configparser
import os
import re
from typing import TYPE_CHECKING

from desktop_app.wording.formats import SOURCE_LANGUAGE

if TYPE_CHECKING:
    from desktop_app.knowledge import Pack

SYSTEM = "system"


def pack_languages(pack: Pack) -> tuple[str, ...]:
    """The languages a pack can print in: its own English and each translation catalogue."""
    return (SOURCE_LANGUAGE, *sorted(pack.catalogues))


def _system_language() -> str:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        code = value.split(".")[0].split("_")[0].lower()
        if code and code not in ("c", "posix"):
            return code
    return SOURCE_LANGUAGE


def saved_window_language() -> str:
    """The window's language as saved in Preferences ("system" resolved), else English; read without Qt."""
    from desktop_app.services.locations import settings_file

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(settings_file(), encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return SOURCE_LANGUAGE
    saved = parser.get("preferences", "language", fallback=SYSTEM).strip().lower()
    return _system_language() if saved in ("", SYSTEM) else saved


_LANGUAGE_TAG = re.compile(r"([A-Za-z]{2,3})(?:[-_](?:[A-Za-z]{2}|[0-9]{3}))?")


def printout_language(requested: str | None, pack: Pack) -> str:
    """The language to print in: `requested` (refused when the pack lacks it), else the window's when
    the pack has it, else English."""
    known = pack_languages(pack)
    if requested is not None:
        code = _code(requested)
        if code not in known:
            from desktop_app.models import InputError  # only now: `log list` never loads the models

            raise InputError.of(
                "language", "unknown_language", given=repr(requested), pack=pack.content.id, known=", ".join(known)
            )
        return code
    chosen = saved_window_language()
    return chosen if chosen in known else SOURCE_LANGUAGE


def _code(requested: str) -> str:
    """The language code a user wrote: es, ES, es-ES, es_MX, es-419 are all es ("" for anything else)."""
    spelled = _LANGUAGE_TAG.fullmatch(requested.strip())
    return spelled.group(1).lower() if spelled else ""


def spoken_code(requested: str) -> str | None:
    """The code of a language NeutroHold's own words are in (es, ES, es-ES, es_MX: es), else None."""
    from desktop_app.wording.app_texts import spoken_languages

    code = _code(requested)
    return code if code in spoken_languages() else None


def message_language(requested: str | None) -> str:
    """The language of the command line's messages: `requested` when NeutroHold speaks it, else the
    window's, else English (--language is checked as it is parsed; a printout's against its pack)."""
    if requested is not None and (code := spoken_code(requested)) is not None:
        return code
    return spoken_code(saved_window_language()) or SOURCE_LANGUAGE
