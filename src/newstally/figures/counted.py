"""What a number counts: the noun phrase after it ("140 members of their families"), its head,
whether that names people or places, and the phrases that describe it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from newstally.figures._words import (
    ABOUT,
    AFTER_NOUN,
    AGE_AFTER,
    AGE_BEFORE,
    CLAUSE_BREAKS,
    ING_WORDS,
    NP_STOP,
    PEOPLE,
    PLACES,
    QUALIFIER_WORDS,
    RU_ACTIVE_PARTICIPLE,
    RU_ADJECTIVE,
    RU_FULL_PARTICIPLE,
    RU_PEOPLE,
    RU_PLACES,
    RU_PREDICATE_ENDINGS,
    RU_SHORT_PASSIVES,
    looks_like_verb,
)
from newstally.figures.numbers import Tokens

if TYPE_CHECKING:
    from newstally.figures.quantities import Quantity


def of_phrase(tok: Tokens, j: int) -> str:
    """ " of explosives" when an of-phrase follows token j-1, else ""."""
    if j < len(tok) and tok.lower[j] == "of":
        np = noun_phrase(tok, j)
        return f" of {np}" if np else ""
    return ""


def _joins_adjectives(tok: Tokens, k: int) -> bool:
    """True when the "and" at token k joins two adjectives of one noun, not two nouns."""
    before, after = tok.lower[k - 1], tok.lower[k + 1] if k + 1 < len(tok) else ""
    if not after.isalpha() or after in NP_STOP or k + 2 >= len(tok):
        return False
    if not (tok.words[k + 2].isalpha() or (tok.lower[k + 2] == "-" and tok.adjacent(k + 1))):
        return False  # "command-staff and tactical-special exercises" join too
    if before[:1] >= "а":
        return before.endswith(RU_ADJECTIVE) and after.endswith(RU_ADJECTIVE)
    return not before.endswith("s") and tok.lower[k + 2] not in NP_STOP


def _finite_after_noun(tok: Tokens, k: int) -> bool:
    """An English word in -ed after a plural or people noun, its verb: "60 former members renounced
    extremist ideology", "2 gunsmiths converted gas pistols" (before the noun it is an adjective:
    "armed groups"); or a word that says what became of them: "left 6 officers dead"."""
    lw, before = tok.lower[k], tok.lower[k - 1]
    return ((len(lw) > 4 and lw.endswith("ed")) or lw in AFTER_NOUN) and (
        before in PEOPLE or (before.endswith("s") and before.isascii())
    )


# "так называемых": the second word of the Russian "so-called".
_CALLED = (["называемых"], ["называемые"], ["называемый"], ["называемая"], ["называемой"], ["называемого"])


def noun_phrase(tok: Tokens, j: int) -> str | None:
    """The noun phrase that starts at token j: what a number counts.

    >>> from newstally.figures.numbers import tokenize
    >>> noun_phrase(tokenize("140 members of their families were detained"), 1)
    'members of their families'
    >>> noun_phrase(tokenize("42 extremist groups neutralized in 2023"), 1)
    'extremist groups'
    >>> noun_phrase(tokenize("dozens of people were killed"), 1)
    'people'
    """
    span = noun_phrase_span(tok, j)
    return None if span is None else tok.text[tok.starts[span[0]] : tok.ends[span[1]]]


def noun_phrase_span(tok: Tokens, j: int, limit: int = 6) -> tuple[int, int] | None:
    """First and last token of the noun phrase that starts at token j, or None."""
    n = len(tok)
    first = last = -1
    k, used_of = j, False
    if k < n and tok.lower[k] in {"of", "из"}:  # "dozens of people", "one of the detainees"
        k += 1
        while k < n and tok.lower[k] in {"the", "their", "his", "her", "its", "these", "those", "our"}:
            k += 1
        used_of = True
        if k < n and tok.lower[k] in {"них", "them", "whom", "которых"}:
            return None  # "девять из них погибли": a pronoun, no noun phrase
    words = 0
    while k < n and words < limit:
        w, lw = tok.words[k], tok.lower[k]
        if lw == "such" and first < 0 and not used_of:
            k += 1  # "512 such inmates"
            continue
        if lw == "-" and first >= 0 and tok.adjacent(k - 1) and tok.adjacent(k) and k + 1 < n:
            k += 1  # "first-team players": one word
            words -= 1
            continue
        if lw == "-" and first >= 0 and tok.adjacent(k - 1) and tok.lower[k + 1 : k + 2] in (["and"], ["or"]):
            k += 2  # "terrorism- and extremism-related crimes"
            continue
        if not w[0].isalpha():
            break
        if tok.lower[k : k + 3] == ["so", "-", "called"] or (
            lw == "так" and tok.lower[k + 1 : k + 2] in _CALLED
        ):
            k += 3 if lw == "so" else 2  # "reports of so-called false threats": a hedge, not the phrase's end
            continue
        if lw in {"of", "из"} and first >= 0 and not used_of and k + 1 < n and tok.words[k + 1][0].isalpha():
            used_of = True
            k += 1
            while k < n and tok.lower[k] in {"the", "their", "his", "her", "its", "these", "those"}:
                k += 1
            continue
        if lw in {"and", "и"} and first >= 0 and _joins_adjectives(tok, k):
            k += 1  # "terrorist and extremist crimes", "экстремистских и террористических групп"
            continue
        # "live-fire drills": no verb
        compound = k + 1 < n and tok.lower[k + 1] == "-" and tok.adjacent(k)
        if (
            lw in NP_STOP
            or (first >= 0 and _adverb_before_verb(tok, k))
            or lw in RU_SHORT_PASSIVES
            or (looks_like_verb(tok, k) and not compound)
            or (first >= 0 and _finite_after_noun(tok, k))
        ):
            break
        if first < 0:
            first = k
        last = k
        words += 1
        k += 1
    return None if first < 0 else (first, last)


def head(tok: Tokens, q: Quantity) -> int | None:
    """The token of the noun a figure counts: "23 new convictions", "58 extradition requests", "140
    members of extremist groups"; Russian puts its head first, after the adjectives ("200 занятий по
    дерадикализации")."""
    words = [i for i in range(q.last + 1, q.tail + 1) if tok.words[i][0].isalpha()]
    if words and tok.lower[words[0]] in {"of", "из"}:
        words = words[1:]  # "2 of the convicts"
    if not words:
        return None
    if tok.lower[words[0]][:1] >= "а":
        return next((i for i in words if not tok.lower[i].endswith(RU_ADJECTIVE)), words[-1])
    return next((words[n - 1] for n in range(1, len(words)) if tok.lower[words[n]] == "of"), words[-1])


def counts_people(q: Quantity) -> bool:
    """True when the figure counts people: "4 000 parents", "несколькими тысячами молодых людей".

    Only the head noun and the words before it say so: a Russian head takes its dependents after it
    in the genitive, which name whose they are, not what is counted ("17 попыток выезда
    казахстанцев" counts attempts).
    """
    for w in (q.counted or "").lower().split(" of ")[0].split():
        if w in PEOPLE or (w[:1] >= "а" and w.startswith(RU_PEOPLE)):
            return True
        if w[:1] >= "а" and not w.endswith(RU_ADJECTIVE):
            return False  # the Russian head noun, which counts no people
        if w.endswith("ing") and w not in PEOPLE:
            return False  # "attacks involving migrants": a participle's object is not what is counted
    return False


def counts_places(tok: Tokens, q: Quantity) -> bool:
    """True when the figure counts places: "searches at 8 addresses", "по 8 адресам", "in 3 regions"."""
    h = head(tok, q)
    if h is None or q.kind != "count":
        return False
    w = tok.lower[h]
    return w in PLACES or (w[:1] >= "а" and w.startswith(RU_PLACES))


def gives_age(tok: Tokens, q: Quantity) -> bool:
    """True when the figure is someone's age: "aged 22 and 24", "в возрасте от 18 до 25 лет", "a
    17-year-old", "17-летний"."""
    before = tok.lower[max(q.first - 3, 0) : q.first]
    if "," not in before and AGE_BEFORE.intersection(before):
        return True
    after = tok.lower[q.last + 1 : q.last + 3]
    return len(after) == 2 and after[0] == "-" and after[1].startswith(AGE_AFTER)


def describes(tok: Tokens, q: Quantity, i: int) -> bool:
    """True when token i stands in the figure's noun phrase or in a modifier joined to it by "по",
    "on": "41 осуждённый", "200 занятий по дерадикализации"."""
    return q.last < i <= q.tail or (i == q.tail + 2 and tok.lower[q.tail + 1] in ABOUT)


def participle_after(tok: Tokens, q: Quantity) -> int | None:
    """The participle that starts a phrase describing what the figure counts, or None: "two cars
    belonging to members", "два автомобиля, принадлежащие осуждённым"."""
    p = q.tail + 1
    if p < len(tok) and tok.lower[p] == ",":
        p += 1
    if p >= len(tok):
        return None
    w = tok.lower[p]
    if w[:1] >= "а":
        return p if w.endswith(RU_ACTIVE_PARTICIPLE) else None
    return p if w.endswith("ing") and w not in ING_WORDS else None


def governs(tok: Tokens, last: int, q: Quantity) -> bool:
    """True when the noun ending at token `last` takes figure q as its object, past its qualifier:
    "добиться выдачи шести человек", "the extradition of more than 40"."""
    i = q.first
    while i > last + 1 and tok.lower[i - 1] in QUALIFIER_WORDS:
        i -= 1
    return i == last + 1 or (i == last + 2 and tok.lower[last + 1] in {"of", "из"})


def finite_russian(tok: Tokens, i: int) -> bool:
    """A Russian finite verb that a noun phrase ran on into: "трёх пограничников погибли"."""
    w = tok.lower[i]
    return w[:1] >= "а" and len(w) > 5 and w.endswith(RU_PREDICATE_ENDINGS)


def _adverb_before_verb(tok: Tokens, k: int) -> bool:
    """An adverb in -ly before a verb, which ends the noun phrase: "73 convicts officially renounced"
    (not "reports of knowingly false threats")."""
    lw, nxt = tok.lower[k], tok.lower[k + 1] if k + 1 < len(tok) else ""
    return (
        len(lw) > 5
        and lw.endswith("ly")
        and bool(nxt)
        and (nxt.endswith(("ed", "ing")) or looks_like_verb(tok, k + 1))
    )


def phrase_end(tok: Tokens, q: Quantity) -> int:
    """The last token of the figure's noun phrase, with the of-phrase that says what a measure or a
    percentage is of: "41 kg of hashish", "90% of recruits"."""
    end = q.tail
    if q.kind in {"measure", "percent"} and end + 1 < len(tok) and tok.lower[end + 1] == "of":
        span = noun_phrase_span(tok, end + 1)
        end = end if span is None else span[1]
    return end


def modifies(tok: Tokens, qs: Sequence[Quantity], k: int, first: int, last: int) -> bool:
    """A Russian participle before the figure that describes what it counts, with no verb or other
    figure between, and counted by no other figure: "Задержанные за рубежом по запросам Узбекистана
    12 граждан" (not "Из 300 задержанных 120 были освобождены")."""
    if first != last or last >= qs[k].first or not tok.lower[last].endswith(RU_FULL_PARTICIPLE):
        return False
    if first > 0 and tok.lower[first - 1] in {"из", "числа"}:
        return False  # "Из числа осуждённых 14 человек освобождены": the whole, not what 14 are
    gap = range(last + 1, qs[k].first)
    return not any(
        tok.lower[i] in CLAUSE_BREAKS or not tok.words[i][0].isalnum() or looks_like_verb(tok, i) for i in gap
    ) and not any(last < o.first < qs[k].first or o.last < first <= o.tail for o in qs)
