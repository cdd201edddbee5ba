"""One table of the ways labs, analysers, UCUM and people write neutrophil and white-cell units.

Every reader (case files, the window, lab files) maps a unit through `canonical_count_unit`, so a
spelling accepted in one place is accepted in all of them. Pure data and string handling: no I/O.
"""

from __future__ import annotations

import unicodedata

# Canonical units of the case contract and how many cells/uL one unit of each stands for.
CANONICAL_COUNT_UNITS: tuple[str, ...] = ("cells/uL", "cells/mm3", "10^9/L", "10^3/uL")

# Spellings, after `_fold` (lower case, micro sign and Greek mu as "u", no spaces), mapped to the
# canonical unit. cells/uL and cells/mm3 are the same quantity; 10^9/L and 10^3/uL are the same.
_ALIASES: dict[str, str] = {
    # per microlitre
    "cells/ul": "cells/uL",
    "cell/ul": "cells/uL",
    "/ul": "cells/uL",
    "1/ul": "cells/uL",
    "{cells}/ul": "cells/uL",
    "#/ul": "cells/uL",
    "n/ul": "cells/uL",
    "per ul": "cells/uL",
    # per cubic millimetre
    "cells/mm3": "cells/mm3",
    "cells/mm^3": "cells/mm3",
    "cells/cmm": "cells/mm3",
    "/mm3": "cells/mm3",
    "/mm^3": "cells/mm3",
    "/cmm": "cells/mm3",
    "{cells}/mm3": "cells/mm3",
    # 10^9 per litre
    "10^9/l": "10^9/L",
    "x10^9/l": "10^9/L",
    "*10^9/l": "10^9/L",
    "10*9/l": "10^9/L",
    "x10*9/l": "10^9/L",
    "10e9/l": "10^9/L",
    "x10e9/l": "10^9/L",
    "10⁹/l": "10^9/L",
    "x10⁹/l": "10^9/L",
    "giga/l": "10^9/L",
    "gpt/l": "10^9/L",
    "10^9 cells/l": "10^9/L",
    # 10^3 per microlitre
    "10^3/ul": "10^3/uL",
    "x10^3/ul": "10^3/uL",
    "10*3/ul": "10^3/uL",
    "x10*3/ul": "10^3/uL",
    "10e3/ul": "10^3/uL",
    "x10e3/ul": "10^3/uL",
    "10³/ul": "10^3/uL",
    "x10³/ul": "10^3/uL",
    "k/ul": "10^3/uL",
    "thou/ul": "10^3/uL",
    "10^3 cells/ul": "10^3/uL",
    "10*3/mm3": "10^3/uL",
    "10^3/mm3": "10^3/uL",
}


def _fold(text: str) -> str:
    """Lower case, NFKC, micro sign and Greek mu written as u, multiplication sign as x, no spaces."""
    folded = unicodedata.normalize("NFKC", text).strip()
    # NFKC turns the micro sign (U+00B5) into Greek mu (U+03BC); both mean micro.
    folded = folded.replace("\u03bc", "u").replace("\u00d7", "x").replace("\u2009", " ")
    folded = folded.lower()
    # "x 10^9 / L", "10^9 / l": spaces carry no meaning except in the few two-word spellings.
    joined = folded.replace(" ", "")
    return joined if joined in _ALIASES else " ".join(folded.split())


def canonical_count_unit(text: str) -> str | None:
    """The case contract's unit for a spelling of a count unit, or None when it is not one."""
    if not isinstance(text, str):
        return None
    if text in CANONICAL_COUNT_UNITS:
        return text
    # Giga per litre, as French and German labs print it. Only with a capital G: "g/L" is grams.
    if text.strip().replace(" ", "") in ("G/L", "G/l"):
        return "10^9/L"
    return _ALIASES.get(_fold(text))


def accepted_spellings() -> tuple[str, ...]:
    """Every spelling the table knows (for help text and table tests)."""
    return tuple(sorted(_ALIASES))
