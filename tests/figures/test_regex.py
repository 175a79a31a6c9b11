"""The fast pattern helpers match exactly what the plain patterns they replace match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newstally.figures import when
from newstally.figures._regex import lowered, trie_alternation

_WORDS = st.lists(st.text(alphabet="ab -", max_size=4), max_size=8)
_TEXT = st.text(alphabet="abAB -.", max_size=40)


@given(_WORDS, _TEXT)
def test_trie_matches_as_the_longest_first_alternation(words: list[str], text: str) -> None:
    plain = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) if words else "(?!)"
    for flags in (0, re.IGNORECASE):
        expected = [m.span() for m in re.finditer(plain, text, flags)]
        assert [m.span() for m in re.finditer(trie_alternation(words), text, flags)] == expected


@pytest.mark.parametrize(
    "text", ["Since March 2023", "ПО ДАННЫМ МВД", "Kelvin K", "«Quoted» text"], ids=str.split
)
def test_lowered_text_matches_as_ignorecase(text: str) -> None:
    low = lowered(text)
    assert low is not None
    for word in ("since march", "по данным", "k", "quoted"):
        case_blind = [m.span() for m in re.finditer(word, text, re.IGNORECASE)]
        assert [m.span() for m in re.finditer(word, low)] == case_blind


@pytest.mark.parametrize("text", ["İstanbul", "ſince 2020", "Kılıç said", "гᲂда"], ids=repr)
def test_lowered_refuses_letters_that_ignorecase_reads_otherwise(text: str) -> None:
    assert lowered(text) is None


def test_period_rules_are_written_in_lower_case() -> None:
    """when.py runs its rules without IGNORECASE on lower-cased sentences."""
    for pattern, _ in when._RULES:
        letters = re.sub(r"\(\?P<", "", pattern.pattern)
        assert letters == letters.lower(), pattern.pattern
