"""The follow-up worklist's words in each printout language: items, lateness, counts (CLDR plurals)."""

from __future__ import annotations

import pytest

from desktop_app.reports.worklist import ITEMS, how_late, item_count, item_words
from desktop_app.wording.app_texts import spoken_languages as print_languages


def test_english_stays_as_it_always_read() -> None:
    assert [item_words(item) for item in ITEMS] == [
        "Count overdue",
        "Latest count out of date",
        "Review: may resume",
        "Count due (24 h)",
    ]
    assert (item_count(1), item_count(3), item_count(0)) == ("1 item", "3 items", "0 items")
    assert (how_late(0), how_late(-18 * 60), how_late(3 * 1440 + 4 * 60), how_late(25)) == (
        "now",
        "in 18 h",
        "3 d 4 h late",
        "25 min late",
    )


@pytest.mark.parametrize("language", [code for code in print_languages() if code != "en"])
def test_every_language_has_its_own_worklist_words(language: str) -> None:
    for item in ITEMS:
        assert item_words(item, language) != item_words(item), (language, item)
    assert how_late(-18 * 60, language) != "in 18 h" and "18" in how_late(-18 * 60, language)
    assert how_late(0, language) != "now"
    assert item_count(3, language) != "3 items"


def test_each_language_counts_with_its_own_plural_rule() -> None:
    # French treats 0 and 1 alike (CLDR "one"); English and Spanish say "0 items", "0 elementos".
    assert item_count(0, "fr") == "0 élément" and item_count(2, "fr") == "2 éléments"
    assert item_count(0, "es") == "0 elementos" and item_count(1, "es") == "1 elemento"
    assert item_count(1, "de") == "1 Eintrag" and item_count(1500, "de") == "1500 Einträge"
    assert how_late(3 * 1440 + 4 * 60, "fr") == "3 j 4 h de retard"
