"""Lists and parts: which figures of a sentence share a verb, and which are parts of, changes of or
comparisons with the figure before ("seized 4 rifles, 600 rounds and 26 kg of hashish", "including
9 accused", "12 of them", "up from 1,400", "a 9% decline")."""

from __future__ import annotations

from collections.abc import Sequence

from newstally.figures._units import CURRENCY_SIGNS
from newstally.figures._words import (
    ANOTHER,
    AUXILIARIES,
    BREAKERS,
    CHANGE_NOUNS,
    CHANGE_VERBS,
    CHANGE_WORDS,
    COMPARISON,
    COORDINATORS,
    DASHES,
    GAP_PREPOSITIONS,
    LIST_GOES_ON,
    PARTS_AFTER,
    PARTS_BEFORE,
    QUALIFIER_WORDS,
    SHARE_BEFORE,
    looks_like_verb,
)
from newstally.figures.counted import phrase_end
from newstally.figures.numbers import Tokens
from newstally.figures.quantities import Quantity

# How many tokens may stand between two items of one list ("4 rifles, 600 rounds"). Swept with the
# linker's penalties in frame.py (docs/eval.md): LIST_GAP 1/2/3/6 → .971/.978/.978/.978.
LIST_GAP = 3
# The forms of "be" that say what a part is: "29 are women".
_COPULAS = {"are", "were", "is", "was"}


def change_of_previous(tok: Tokens, q: Quantity) -> bool:
    """A percentage followed by "more", "меньше", or after "up", "a drop of", "рост на": how much the
    figure before it changed."""
    if q.kind != "percent":
        return False
    if q.tail + 1 < len(tok) and tok.lower[q.tail + 1] in CHANGE_WORDS:
        return True
    if q.first > 0 and tok.lower[q.first - 1] in {"up", "down"}:
        return True  # "up 54% from 4.1 tonnes"
    i = q.first
    while i > 0 and tok.lower[i - 1] in QUALIFIER_WORDS:
        i -= 1
    return i > 1 and tok.lower[i - 1] in {"of", "на"} and tok.lower[i - 2].startswith(CHANGE_NOUNS)


def changed_by(tok: Tokens, q: Quantity) -> bool:
    """A percentage after "grew by", "выросло на": how much something changed, the figure before it
    when nothing else in the sentence says what ("the number grew by about 28%")."""
    if q.kind != "percent":
        return False
    i = q.first
    while i > 0 and tok.lower[i - 1] in QUALIFIER_WORDS:
        i -= 1
    return i > 1 and tok.lower[i - 1] in {"by", "на"} and tok.lower[i - 2].startswith(CHANGE_VERBS)


def preceded_by(tok: Tokens, q: Quantity, markers: Sequence[tuple[str, ...]]) -> bool:
    """True when one of the word sequences `markers` stands right before the figure, its currency sign
    and its qualifier: "value of more than $3 million"."""
    i = q.first
    while i > 0 and (tok.lower[i - 1] in QUALIFIER_WORDS or tok.words[i - 1] in CURRENCY_SIGNS):
        i -= 1
    if i == 0:
        return False
    last = tok.lower[i - 1]
    for m in markers:
        if m[-1] == last and (len(m) == 1 or tuple(tok.lower[max(0, i - len(m)) : i]) == m):
            return True
    return False


def share_of_previous(tok: Tokens, q: Quantity) -> bool:
    """A percentage that says what share the figure before it is: "2 were detained again, which is
    about 1.3 percent", "задержаны 140 человек, или 12%"."""
    return q.kind == "percent" and preceded_by(tok, q, SHARE_BEFORE)


def anaphoric(tok: Tokens, q: Quantity) -> bool:
    return tuple(tok.lower[q.last + 1 : q.last + 3]) in PARTS_AFTER


def is_part(tok: Tokens, qs: Sequence[Quantity], k: int) -> bool:
    """True when figure k follows "including", "в том числе", or is listed after a figure that does,
    or set beside it with a dash of its own: "из них 96 – за участие …, 31 – за финансирование"."""
    while not _after_subset_marker(tok, qs[k]):
        if k < 2 or not (
            listed(tok, qs, k - 1, k)
            or parallel(tok, qs, k - 1, k)
            or _another(tok, qs[k])
            or _same_copula(tok, qs, k - 1, k)
        ):
            return False
        k -= 1
    return True


def _same_copula(tok: Tokens, qs: Sequence[Quantity], j: int, k: int) -> bool:
    """ "of whom 29 are women and about 60 are foreign citizens": figures j and k each say with "are",
    "were" what part they are, and "and" joins them."""
    return (
        all(qs[i].tail + 1 < len(tok) and tok.lower[qs[i].tail + 1] in _COPULAS for i in (j, k))
        and preceded_by(tok, qs[k], (("and",), (",", "and"), ("и",), (",", "а")))
        and not any(qs[j].tail < o.first < qs[k].first for o in qs)
    )


def _another(tok: Tokens, q: Quantity) -> bool:
    """ "из них 14 – за вербовку, ещё 9 находились в розыске": "ещё", "another" after a comma go on
    with the parts."""
    return preceded_by(tok, q, ((",", "ещё"), (",", "еще"), (",", "another")))


def parallel(tok: Tokens, qs: Sequence[Quantity], j: int, k: int) -> bool:
    """True when figures j and k each open an item with a dash, in one list: "96 – за участие, 31 –",
    "из них 61 — иностранные граждане, а 23 — женщины"."""
    return all(qs[i].tail + 1 < len(tok) and tok.lower[qs[i].tail + 1] in DASHES for i in (j, k)) and (
        coordinated(tok, qs, j, k)
        or (preceded_by(tok, qs[k], ((",", "а"),)) and coordinated(tok, qs, j, k, "а"))
    )


def _after_subset_marker(tok: Tokens, q: Quantity) -> bool:
    """ "including 6 rifles", "из них около 100": a marker before the figure and its qualifier."""
    return preceded_by(tok, q, PARTS_BEFORE)


def gapped(tok: Tokens, q: Quantity) -> bool:
    """ "ещё шестеро – в вербовке", "another 5 – of financing", "а с начала года – ещё около 40.",
    "а из Казахстана – 64.", "— three from Russia, one from Kazakhstan and one from the UAE": a clause
    that leaves out the verb of the one before it, a dash, a bare place or nothing in its place."""
    i = q.first
    while i > 0 and tok.lower[i - 1] in QUALIFIER_WORDS:
        i -= 1
    after = tok.lower[q.tail + 1] if q.tail + 1 < len(tok) else ""
    ends = q.tail == q.last and after in {".", ";", ""}
    return i > 0 and (
        (tok.lower[i - 1] in ANOTHER and (after in DASHES or ends or after in GAP_PREPOSITIONS))
        or (tok.lower[i - 1] in DASHES and ends)  # "а из Казахстана в другие страны – 64."
        or (
            (tok.lower[i - 1] in {"and", "и", ","} or tok.lower[i - 1] in DASHES)
            and q.tail == q.last
            and after in GAP_PREPOSITIONS
        )
    )


def compared(tok: Tokens, q: Quantity) -> bool:
    """ "up from 1,400", "compared with 37", "против 52": a figure a comparison sets beside another."""
    return preceded_by(tok, q, COMPARISON)


def parts_between(tok: Tokens, q: Quantity, first: int, last: int) -> int:
    """How many "of whom", "из них" stand between figure q and a trigger, not next to q: each starts
    a clause about a part ("recruited 60 people, 11 of whom are fighting in the ranks of …")."""
    lo, hi = (last + 1, q.first - 2) if last < q.first else (q.last + 2, first - 1)
    return sum(1 for i in range(lo, hi) if (tok.lower[i], tok.lower[i + 1]) in PARTS_AFTER)


def listed(tok: Tokens, qs: Sequence[Quantity], k: int, j: int) -> bool:
    """True when figure k stands in a list just before figure j: "4 rifles and 600 rounds", not
    "9 cases, and 5 suspects were arrested" (a comma and "and" join clauses). A measure's list
    goes on after what it measures: "41 kg of hashish and 17 kg of heroin"."""
    end = phrase_end(tok, qs[k])
    gap = set(tok.lower[end + 1 : qs[j].first])
    return (
        k < j
        and qs[j].first - end <= LIST_GAP
        and not ("," in gap and gap & COORDINATORS)
        and coordinated(tok, qs, k, j)
    )


def coordinated(tok: Tokens, qs: Sequence[Quantity], j: int, k: int, but: str = "") -> bool:
    """True when quantities j and k stand in one list: no verb, auxiliary or contrast between them
    (but the word `but`, which the caller allows), and the later one is no part of the earlier ("60
    people, 11 of whom …")."""
    a, b = sorted((j, k))
    gap = range(qs[a].tail + 1, qs[b].first)
    return (
        not anaphoric(tok, qs[b])
        and not _after_subset_marker(tok, qs[b])
        and not any(
            tok.lower[i] in AUXILIARIES
            or (
                tok.lower[i] in BREAKERS
                and tok.lower[i] != but
                and tuple(tok.lower[i : i + 2]) not in LIST_GOES_ON
            )
            or tok.lower[i] == ";"
            or looks_like_verb(tok, i)
            for i in gap
        )
    )  # "seized 4 laptops and cards issued in the names of 15 people": a verb ends the list
