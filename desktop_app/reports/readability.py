"""How plain the patient handout reads, with a formula made for each language (textstat).

The tests hold every handout to the plain-language level below, and `benchmarks/reports.py` prints
the figures. textstat comes with the test extras (`pip install -e ".[test]"`): the app itself never
measures, so it is imported only when a figure is asked for.

| language | formula (textstat) | plain when | scale |
|---|---|---|---|
| en | Flesch-Kincaid grade | at most 6 | school grade (US) |
| es | Fernández-Huerta | at least 70 | 0-100, 70-80 "bastante fácil" |
| fr | Kandel-Moles (Flesch adapted to French) | at least 70 | 0-100, 70-80 "assez facile" |
| de | Wiener Sachtextformel (first) | at most 7 | school grade (Austria/Germany), 4-15 |
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Formula:
    name: str
    textstat_language: str  # the syllable dictionary textstat reads (cmudict for English, pyphen otherwise)
    function: str
    limit: float
    lower_is_plainer: bool

    def measure(self, text: str) -> float:
        import textstat  # type: ignore[import-untyped]  # test extras only; see the module docstring

        textstat.set_lang(self.textstat_language)
        measure: Callable[..., Any] = getattr(textstat, self.function)
        args = (text, 1) if self.function == "wiener_sachtextformel" else (text,)
        return float(measure(*args))

    def is_plain(self, score: float) -> bool:
        return score <= self.limit if self.lower_is_plainer else score >= self.limit

    def describe(self) -> str:
        return f"{self.name} {'<=' if self.lower_is_plainer else '>='} {self.limit:g}"


FORMULAS: dict[str, Formula] = {
    "en": Formula("Flesch-Kincaid grade", "en_US", "flesch_kincaid_grade", 6, lower_is_plainer=True),
    "es": Formula("Fernández-Huerta", "es", "fernandez_huerta", 70, lower_is_plainer=False),
    # textstat's Flesch reading ease in French uses Kandel and Moles' constants (207 - 1.015 ASL - 73.6 ASW).
    "fr": Formula("Kandel-Moles", "fr", "flesch_reading_ease", 70, lower_is_plainer=False),
    "de": Formula("Wiener Sachtextformel", "de", "wiener_sachtextformel", 7, lower_is_plainer=True),
}


def readability(text: str, language: str) -> tuple[Formula, float]:
    """The language's formula and the text's score by it (KeyError for a language without one)."""
    formula = FORMULAS[language]
    return formula, formula.measure(text)
