"""Flesch-Kincaid grade level, computed here so the tests need no readability package."""

from __future__ import annotations

import re

WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)")
VOWEL_GROUP = re.compile(r"[aeiouy]+")


def syllables(word: str) -> int:
    """Vowel groups, less a silent final e; every word has at least one (numbers count as one)."""
    letters = re.sub(r"[^a-z]", "", word.lower())
    if not letters:
        return 1
    count = len(VOWEL_GROUP.findall(letters))
    if letters.endswith("e") and not letters.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    return max(count, 1)


def flesch_kincaid_grade(text: str) -> float:
    words = WORD.findall(text)
    sentences = max(len(SENTENCE_END.findall(text)), 1)
    syllable_count = sum(syllables(w) for w in words)
    return 0.39 * len(words) / sentences + 11.8 * syllable_count / len(words) - 15.59
