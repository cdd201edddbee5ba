"""Which language a printout or text summary is written in: the one asked for, else the window's.

The window's language is read from the settings file the window writes (Preferences), without Qt:
`[preferences] language = es` (or "system": the workstation's, from the environment as Qt reads it).
A language the pack has no wording in is refused (InputError naming `language`), never half-printed.
"""

from __future__ import annotations

import configparser
import os
import re

from desktop_app.knowledge import Pack
from desktop_app.models import InputError
from desktop_app.wording.formats import SOURCE_LANGUAGE

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
        spelled = _LANGUAGE_TAG.fullmatch(requested.strip())  # es, ES, es-ES, es_MX, es-419: es
        code = spelled.group(1).lower() if spelled else ""
        if code not in known:
            raise InputError(
                "language", f"{requested!r} is not a language of pack {pack.content.id} (it has: {', '.join(known)})"
            )
        return code
    chosen = saved_window_language()
    return chosen if chosen in known else SOURCE_LANGUAGE
