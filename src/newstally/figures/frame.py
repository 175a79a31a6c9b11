"""What a quantity means in its sentence: category and trigger, negation, stock, recurrence.

Every decision is local to the sentence and made by token distance: a trigger, a date or a place
belongs to the quantity it is nearest to, and another quantity standing between them makes the
link costly ("42 groups were neutralized and 9 attacks were prevented").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from newstally.figures._regex import trie_alternation
from newstally.figures._words import (
    ADDED,
    AMOUNT_CHANGES,
    ANOTHER,
    BANNED_THINGS,
    BODIES,
    CLAUSE_BREAKS,
    COORDINATORS,
    DEPARTURES,
    DURING,
    FREE_TERM_BOUNDS,
    FREE_TERM_STEMS,
    FREE_TERMS,
    INCLUDES,
    NEGATORS,
    PARTICIPATION,
    PLACE_HEADS,
    PREPOSITIONS,
    QUALIFIER_WORDS,
    RECURRENCE_AFTER,
    RECURRENCE_ANYWHERE,
    REGISTERS,
    REPORTING_VERBS,
    RU_ACTIVE_PARTICIPLE,
    RU_FULL_PARTICIPLE,
    RU_REGISTERS,
    STOCK_CUES,
    TIMES,
    TOPIC,
    VALUE_OF,
    VERB_JOINERS,
    WITHOUT,
    looks_like_verb,
)
from newstally.figures.counted import (
    counts_people,
    counts_places,
    describes,
    finite_russian,
    gives_age,
    governs,
    head,
    modifies,
    participle_after,
    phrase_end,
)
from newstally.figures.numbers import Tokens
from newstally.figures.packs import OTHER, Indicators, Trigger
from newstally.figures.parts import (
    anaphoric,
    change_of_previous,
    changed_by,
    compared,
    coordinated,
    gapped,
    is_part,
    listed,
    parallel,
    parts_between,
    preceded_by,
    share_of_previous,
)
from newstally.figures.predicate import (
    belongs_before,
    circumstance,
    governing_verb,
    number_of,
    opening_whole,
    opens_clause,
    own_predicate,
    pardoned,
    part_of_next,
    passive_before,
    russian_verb_after,
    undone,
    whose_clause,
)
from newstally.figures.quantities import Quantity

# Cost in tokens of linking across another quantity (cheap when that quantity takes the same
# trigger: a list of objects of one verb), across a clause break (";", ":", "while", "ещё", or a
# part's "of whom", "из них"), and of a trigger that belongs to the quantity before it ("42 groups
# were neutralized and 9 attacks …"); farther than REACH tokens a trigger does not decide. Swept one
# at a time on the dev pages (45 pages, figures from the gold bodies, category accuracy;
# docs/eval.md has the table): CROSSING 0/4/8/12 → .968/.976/.978/.976, SHARED_CROSSING 0/1/4/8 →
# .978/.978/.968/.954, CLAUSE 0/6/10 → .968/.973/.978, BELONGS_BEFORE 0/5/10/20 →
# .978/.978/.978/.976, REACH 8/12/20/40 → .914/.954/.978/.966.
CROSSING = 8
SHARED_CROSSING = 1
CLAUSE = 10
BELONGS_BEFORE = 10
REACH = 20
# How many tokens after a verb of taking part the event may stand ("involved in a large-scale
# anti-terror exercise": 8, hyphens included).
EVENT_REACH = 8
# How many words from a figure a register may stand to say that its people are on it.
REGISTER_REACH = 4
# Russian participles, full and active, that may say who the counted people are.
_RU_PARTICIPLES = (*RU_FULL_PARTICIPLE, *RU_ACTIVE_PARTICIPLE)
# The forms of "be" that say what the figure before them is: "About 70 are members".
_COPULAS = {"are", "were", "являются", "являлись"}


@dataclass(slots=True)
class Meaning:
    """The frame of one quantity within its sentence."""

    category: str = OTHER
    trigger: str | None = None
    negated: bool = False
    stock: bool = False
    stock_cue: bool = False
    recurrence: str | None = None


def token_span(tok: Tokens, start: int, end: int) -> tuple[int, int]:
    """The first and last token indices that a character span [start, end) covers."""
    first = bisect_right(tok.starts, start) - 1
    last = bisect_left(tok.starts, end) - 1
    return max(first, 0), max(last, first, 0)


def link_cost(
    tok: Tokens, qs: Sequence[Quantity], k: int, first: int, last: int, shared: Sequence[bool] = ()
) -> int:
    """How far the token span first..last lies from quantity k, with the penalties above.

    `shared[j]` says that quantity j is linked to the same span, so crossing it is cheap.
    """
    q = qs[k]
    if last < q.first:
        lo, hi = last + 1, q.first
    elif first > q.tail:
        lo, hi = q.tail + 1, first
    else:
        return 0
    cost = hi - lo
    for j, o in enumerate(qs):
        if j != k and lo <= o.first < hi:
            cost += SHARED_CROSSING if j < len(shared) and shared[j] else CROSSING
    cost += CLAUSE * sum(1 for i in range(lo, hi) if tok.lower[i] in CLAUSE_BREAKS)
    return cost


def read_meanings(
    tok: Tokens,
    qs: Sequence[Quantity],
    triggers: list[Trigger],
    indicators: Indicators,
    language: str | None,
    parent: str | None = None,
    parent_reach: int | None = None,
) -> list[Meaning]:
    """Category, trigger, negation, stock and recurrence of every quantity of a sentence.

    Links are chosen again until they settle, so that a list of objects ("seized 4 rifles, 600
    rounds and 26 kg of hashish") shares the verb its first item takes. `parent` is the category of
    the figure that a sentence about its parts refers to ("Of those, 37 were foreign nationals"):
    a figure with no trigger or predicate of its own takes it, with no trigger (the word that
    decided stands in another sentence); only the first `parent_reach` figures do, when given.
    """
    triggers = _readings(tok, triggers, indicators)
    opening = opening_whole(tok)
    if qs and pardoned(tok, qs[0]):
        parent = None  # "Среди помилованных – 95 иностранных граждан": not the convicts of before
    if opening:
        parent = next((t.category for t in triggers if token_span(tok, t.start, t.end)[0] in opening), parent)
    # With no trigger and no whole, no figure takes a category: its predicate and head need no reading.
    deciding = bool(triggers or parent)
    # "searches at 8 addresses": where it was done, of no category; "aged 22": how old, of none
    places = [deciding and (counts_places(tok, q) or gives_age(tok, q)) for q in qs]
    # a place has no predicate of its own: "по 9 адресам обнаружены и изъяты более 400 экземпляров"
    owns = [own_predicate(tok, qs, k) if deciding and not places[k] else set() for k in range(len(qs))]
    chosen: list[Trigger | None] = [None] * len(qs)
    for _ in range(len(qs) + 1 if triggers else 0):  # each pass may extend a list by one item
        again = [
            None if places[k] else _choose(tok, qs, k, triggers, indicators, language, chosen, owns)
            for k in range(len(qs))
        ]
        if again == chosen:
            break
        chosen = again
    stock_cue = bool(_STOCK_CUE.search(f" {tok.text.lower()} "))
    whole = " " + " ".join(tok.lower) + " "
    anywhere = next((name for name, cue in RECURRENCE_ANYWHERE if cue in whole), None)
    out = []
    # What each figure was read as, for a part or a gap that refers to the figure before it ("— three
    # from Russia and two from Turkey").
    read: list[Trigger | None] = []
    took_parent: list[bool] = []
    for k, q in enumerate(qs):
        meaning = Meaning()
        t = chosen[k]
        if t is not None:
            t = _last_of_chain(tok, qs, k, t, triggers, indicators)
        before = read[_before(tok, qs, k)] if k else None
        if (
            k
            and (t is None or (not t.verb and before is not None) or _appositive(tok, q, owns[k]))
            and not places[k]
            and anaphoric(tok, q)
        ):
            # "41 of them", "17 of whom had transferred money", "из которых 11 находились в розыске":
            # a part is of its whole's category, over a noun of the whole's phrase, unless a verb of
            # its own undoes what was done to the whole ("30 of those were released")
            t = None if undone(tok, q, owns[k]) else before
        elif (
            k
            and (t is None or (not t.verb and before is not None))
            and not owns[k]
            and not places[k]
            and (compared(tok, q) or gapped(tok, q))
        ):
            # "up from 1,400", "ещё шестеро – в вербовке": the category of what they refer to, over a
            # noun of the other's phrase ("64 convicts renounced their views, compared with 51"),
            # unless a verb of their own follows ("ещё 527 вернулись на родину")
            t = None if russian_verb_after(tok, q) else before
        elif k and before is not None and (change_of_previous(tok, q) or share_of_previous(tok, q)):
            t = before  # "осудили 412 человек, что на 6% меньше": the change of that count
        elif k and before is not None and t is None and changed_by(tok, q):
            t = before  # "when 3,150 such materials were blocked, the number grew by about 28%"
        elif k and t is None and q.kind == "money" and preceded_by(tok, q, VALUE_OF):
            # "изъято … 26 мобильных телефонов, а также денежные средства в размере 1,8 млн сомов": the
            # value of a thing the verb before took
            taken = read[k - 1]
            if taken is not None and taken.verb and indicators.categories[taken.category].takes_value:
                t = taken
        elif k and t is None and _in_brackets(tok, q) and _in_brackets(tok, qs[k - 1]):
            t = read[k - 1]  # "больше всего – Россия (38), Кыргызстан (11)": a list of places and counts
        elif k and t is None and q.kind == qs[k - 1].kind == "money" and listed(tok, qs, k - 1, k):
            t = read[k - 1]  # "… в размере 1,8 млн сомов и 4 200 долларов США"
        elif k and t is None and not owns[k] and not places[k] and _added(tok, q):
            # "seized 1.17 tonnes of drugs, including 860 kg of opium, as well as 23 firearms":
            # another object of the verb the whole took, past the whole's parts
            j = k - 1
            while j > 0 and is_part(tok, qs, j):
                j -= 1
            taken = read[j]
            t = taken if taken is not None and taken.verb else None
        elif k and t is None and not owns[k] and listed(tok, qs, k - 1, k) and _added(tok, qs[k - 1]):
            t = read[k - 1]  # "… as well as 17 firearms and 2,600 rounds": that list goes on
        if t is not None and not _fits(indicators, t.category, q):
            # a word taken from the figure before, read as this figure needs ("приговорён к 9 годам,
            # ещё пятеро — к срокам …": a term's word for a count), else the last verb up to it that
            # fits ("приговорён к 8 годам лишения свободы, ещё четверо — к срокам …"), else none
            taken = t
            t = next(
                (
                    u
                    for u in triggers
                    if (u.start, u.end) == (taken.start, taken.end) and _fits(indicators, u.category, q)
                ),
                None,
            ) or next(
                (
                    u
                    for u in reversed(triggers)
                    if u.verb and u.start <= taken.start and _fits(indicators, u.category, q)
                ),
                None,
            )
        if (
            t is None
            and parent is not None
            and (
                ((parent_reach is None or k < parent_reach) and _in_first_clause(tok, q))
                or (
                    k
                    and took_parent[-1]
                    and (gapped(tok, q) or listed(tok, qs, k - 1, k) or parallel(tok, qs, k - 1, k))
                )
            )  # "1,3 тонны из них составляет гашиш, ещё 420 кг – марихуана"
            and not undone(tok, q, owns[k])
            and not pardoned(tok, q)
            and not places[k]
            and _fits(indicators, parent, q)
        ):
            meaning.category = parent
        if t is not None:
            meaning.category = t.category
            meaning.trigger = tok.text[t.start : t.end]
            meaning.negated = _negated(tok, q, *token_span(tok, t.start, t.end))
        read.append(t)
        took_parent.append(t is None and meaning.category == parent)
        meaning.stock_cue = stock_cue
        meaning.stock = stock_cue or meaning.category == "members"
        meaning.recurrence = anywhere or _recurrence_after(tok, q)
        out.append(meaning)
    return out


def _list_predicate(
    tok: Tokens, qs: Sequence[Quantity], k: int, t: Trigger, owns: Sequence[set[int]]
) -> bool:
    """True when t stands in the own predicate of a later figure that figure k's list runs up to."""
    return any(
        _within(tok, t, owns[j]) and all(listed(tok, qs, i, i + 1) for i in range(k, j))
        for j in range(k + 1, len(qs))
    )


def _on_register(tok: Tokens, q: Quantity) -> bool:
    """True when a register stands within four words of the figure, in its clause: people on it are
    counted, nothing done to them."""
    lo, hi = max(q.first - REGISTER_REACH, 0), min(q.tail + REGISTER_REACH + 1, len(tok))
    if not any(w in REGISTERS or w.startswith(RU_REGISTERS) for w in tok.lower[lo:hi]):
        return False  # most figures: no register near
    before = [tok.lower[i] for i in range(lo, q.first)]
    after = [tok.lower[i] for i in range(q.tail + 1, hi)]
    if "," in before:
        before = before[len(before) - before[::-1].index(",") :]
    if "," in after:
        after = after[: after.index(",")]
    words = [*before, "|", *after]
    return any(
        (w in REGISTERS and "on" in words[max(i - 3, 0) : i]) or w.startswith(RU_REGISTERS)
        for i, w in enumerate(words)
    )


def _in_brackets(tok: Tokens, q: Quantity) -> bool:
    """True when the figure stands alone in brackets after a name: "Россия (38)", not "tackling grade
    (77.4)"."""
    return (
        q.first > 1
        and tok.lower[q.first - 1] == "("
        and tok.words[q.first - 2][:1].isupper()
        and q.tail + 1 < len(tok)
        and tok.lower[q.tail + 1] == ")"
    )


def _in_first_clause(tok: Tokens, q: Quantity) -> bool:
    """True when no ";" stands before the figure, or the figure opens the clause after the last one:
    "…; another 12 were fined" goes on with the sentence's parts, while "Of those expelled, 31,000
    were citizens of Uzbekistan; entry bans were imposed on another 118,000 foreigners" does not."""
    breaks = [i for i in range(q.first) if tok.lower[i] == ";"]
    opening = tok.lower[breaks[-1] + 1 : q.first] if breaks else []
    return all(w in ANOTHER or w in QUALIFIER_WORDS for w in opening)


def _last_of_chain(
    tok: Tokens, qs: Sequence[Quantity], k: int, t: Trigger, triggers: list[Trigger], indicators: Indicators
) -> Trigger:
    """The last verb of a chain of verbs joined to t by "and", "и" on one figure: the step it
    ended in ("were identified and detained", "были задержаны в Турции и выданы Узбекистану").

    A comma, clause break or another figure ends the chain; a verb of a category that cannot take
    the figure is no step of it, and a word that may be read as the chain's category is read so
    ("cells were uncovered and neutralized" are no people killed).
    """
    if not t.verb:
        return t
    last = token_span(tok, t.start, t.end)[1]
    people = counts_people(qs[k])
    for u in triggers:
        first = token_span(tok, u.start, u.end)[0]
        if not u.verb or first <= last or u.category == t.category:
            continue
        if any((v.start, v.end) == (u.start, u.end) and v.category == t.category for v in triggers):
            continue
        gap = range(last + 1, first)
        cat = indicators.categories[u.category]
        if (
            tok.lower[first - 1] in COORDINATORS
            and not any(tok.lower[i] in CLAUSE_BREAKS or tok.lower[i] == "," for i in gap)
            and not any(last < o.first < first for o in qs)
            and _fits(indicators, u.category, qs[k])
            and not (people and not cat.counts_people)
            and not cat.needs_noun
        ):
            t, last = u, token_span(tok, u.start, u.end)[1]
    return t


def _fits(indicators: Indicators, category: str, q: Quantity) -> bool:
    """True when a category may take the figure: a term takes only `sentence`, a count never it."""
    return indicators.categories[category].duration_only == (q.kind == "duration")


def _measures(tok: Tokens, q: Quantity, first: int) -> bool:
    """True when the noun at token `first` is what percentage q is of: "60% осуждённых", "40 percent
    of the detainees"."""
    return (
        first > q.tail
        and all(w in {"of", "the", "из"} for w in tok.lower[q.tail + 1 : first])
        and first - q.tail <= 3
    )


def _fits_kind(indicators: Indicators, t: Trigger, q: Quantity) -> bool:
    """True when trigger t may decide for q as a term or a count: "received" names the verb of "received
    6 years" (a term), not of "received 58 extradition requests"."""
    return indicators.categories[t.category].duration_only == (q.kind == "duration")


# How many words a reporting verb's subject may take after its comma: ", the NAC reported", ", the
# regional police department reported".
ATTRIBUTION_WORDS = 6


def _attribution(tok: Tokens, i: int) -> bool:
    """True when token i is a reporting verb after its subject at the end of the sentence, set off
    by a comma: "prevented 2 crimes and 15 of an extremist nature, the NAC reported"."""
    return (
        tok.lower[i] in REPORTING_VERBS
        and "," in tok.lower[max(i - ATTRIBUTION_WORDS, 0) : i]
        and (i + 1 == len(tok) or tok.lower[i + 1] in {".", "!", "?", ";", "on", "last", "this"})
    )


def _readings(tok: Tokens, triggers: list[Trigger], indicators: Indicators) -> list[Trigger]:
    """The triggers that may decide in this sentence, read in their context.

    A word of several categories reads as the generic verb whose noun the sentence holds, and as
    nothing else ("a seminar was held for 300 imams" is a training held, no detention); a generic
    verb made a noun right after another category's verb is what that verb acts on ("не допущено
    совершение 4 терактов", "prevented the commission of 2 attacks"); a trigger after "without",
    "без" is a circumstance ("released without charge"), a noun after "органами" names a body
    ("органами уголовного преследования") and a word before "centres", "facilities" a place
    ("pre-trial detention centres", not "held in temporary detention centres"); taking part in an
    event named right after ("involved in a large-scale exercise") is no membership; a reporting
    verb that closes the sentence says who told ("…, the NAC reported").
    """
    if not triggers:
        return triggers
    nouns = {t.category for t in triggers if not t.verb}
    generic = [t.verb and indicators.categories[t.category].needs_noun for t in triggers]
    named = {(t.start, t.end) for t, g in zip(triggers, generic, strict=True) if g and t.category in nouns}
    spans = [token_span(tok, t.start, t.end) for t in triggers]
    acting = [
        last
        for t, g, (first, last) in zip(triggers, generic, spans, strict=True)
        if t.verb and not g and not (first > 0 and tok.lower[first - 1] in PREPOSITIONS)
    ]  # not a verb's noun after a preposition: "С осуждёнными проведено 430 бесед"
    # the first words of the nouns that name an event: "exercise", "attack"
    events = [
        token_span(tok, t.start, t.end)[0]
        for t in triggers
        if not t.verb
        and indicators.categories[t.category].needs_noun
        and not indicators.categories[t.category].counts_people
    ]
    return [
        t
        for t, g, (first, last) in zip(triggers, generic, spans, strict=True)
        if not (
            first > 0
            and (
                tok.lower[first - 1] in WITHOUT
                or (tok.lower[first - 1] in BODIES and not looks_like_verb(tok, first))
            )
        )  # "органами предотвращено 7 терактов": the body that did it, then the verb
        and not (first == last and last + 1 < len(tok) and tok.lower[last + 1] in PLACE_HEADS)
        and not _takes_part_in_event(tok, t, last, events)
        and not _attribution(tok, first)
        and (
            (t.start, t.end) not in named
            or (g and t.category in nouns)
            or not indicators.categories[t.category].counts_people
        )
        and not (g and any(0 <= first - last - 1 <= 1 for last in acting))
    ]


def _takes_part_in_event(tok: Tokens, t: Trigger, last: int, events: list[int]) -> bool:
    """True when t says that people took part in an event named right after it: "1,500 servicemen
    … were involved in a large-scale anti-terror exercise" are no members of anything."""
    return tok.text[t.start : t.end].lower() in PARTICIPATION and any(
        0 < e - last <= EVENT_REACH for e in events
    )


def _object_of(tok: Tokens, last: int, o: Quantity) -> bool:
    """True when figure o follows the trigger ending at token `last`, past its qualifier: "seized 6",
    "the arrest of 23", "изъято 620 кг", "injured more than 40"."""
    after = last + 1
    while after < o.first and tok.lower[after] in QUALIFIER_WORDS:
        after += 1
    if after == last + 2 and tok.lower[last + 1] in {"to", "до"}:
        after = last + 1  # "sentenced 12 to 5 years", "сократилось до 40": a preposition, no qualifier
    return o.first == after or (o.first == after + 1 and tok.lower[after] in {"of", "из"})


def _choose(
    tok: Tokens,
    qs: Sequence[Quantity],
    k: int,
    triggers: list[Trigger],
    indicators: Indicators,
    language: str | None,
    chosen: Sequence[Trigger | None],
    owns: Sequence[set[int]],
    part: bool = True,
) -> Trigger | None:
    """The trigger that decides quantity k's category, or None."""
    q = qs[k]
    if _on_register(tok, q):
        return None  # "на профилактическом учёте состоят 348 …", "187 inmates on a special register"
    if pardoned(tok, q):
        # "о помиловании 1 120 осуждённых": no convicts counted; only a verb past a comma after the
        # figure says what else is true of them ("освобождены 38 осуждённых, отказавшихся от
        # радикальных взглядов")
        comma = next(
            (tok.starts[i] for i in range(q.tail + 1, len(tok)) if tok.lower[i] == ","), len(tok.text)
        )
        triggers = [t for t in triggers if t.verb and t.start > comma]
    if k and _inside_phrase(tok, qs[k - 1], q) and not part_of_next(tok, qs, k - 1):
        return None  # "detained 59 members of three cells": the whole the counted things belong to
    counts = number_of(tok, q)
    amount = next((t for t in triggers if token_span(tok, t.start, t.end)[0] in counts), None)
    if (
        amount is not None
        and _fits(indicators, amount.category, q)
        and not any(t.verb and token_span(tok, t.start, t.end)[0] == q.tail + 1 for t in triggers)
    ):
        return amount  # "the number of returned fugitives stood at 37"; not "casualties rose to 1,659 killed"
    if part and k and not owns[k] and is_part(tok, qs, k):
        # "в том числе 410 кг", "including 4 flats and 9 cars", "из них 11 находились в розыске":
        # parts of the figure before, unless a verb of their own follows them that names another
        # category ("из них около 100 погибли") or undoes theirs ("из них 12 освобождены")
        end = qs[k + 1].first if k + 1 < len(qs) else len(tok)
        end = next((i for i in range(q.last + 1, end) if tok.lower[i] in CLAUSE_BREAKS), end)
        after = [t for t in triggers if t.verb and q.last < token_span(tok, t.start, t.end)[0] < end]
        own = _choose(tok, qs, k, after, indicators, language, chosen, owns, part=False)
        return own or (None if undone(tok, q, owns[k]) else chosen[_before(tok, qs, k)])
    nouns = {t.category for t in triggers if not t.verb}
    named = [t for t in triggers if not t.verb]  # the sentence's nouns, before the filters below
    if not owns[k] and russian_verb_after(tok, q):
        # Russian word order is free, so a verb after the figure is its own and the verbs before it
        # are another's: "около 600 из них погибли, еще 527 вернулись на родину"; not a verbal noun
        # whose object the figure is ("Гибель 3 пограничников подтвердили").
        triggers = [
            t
            for t in triggers
            if not t.verb or t.start > q.end or governs(tok, token_span(tok, t.start, t.end)[1], q)
        ]
    if circumstance(tok, q):  # "seized 4 kg of heroin during 30 raids": the raids are when, not what
        triggers = [t for t in triggers if t.start > q.end]
    if k and part_of_next(tok, qs, k - 1):
        # the whole of a part ("handed over 14 of the 20 people"): what was done before the part is the
        # part's
        triggers = [t for t in triggers if token_span(tok, t.start, t.end)[1] >= qs[k - 1].first]
    clause = whose_clause(tok, q)  # "people whose whereabouts remain unknown after their arrest"
    triggers = [t for t in triggers if token_span(tok, t.start, t.end)[0] not in clause]
    verb = None if owns[k] else governing_verb(tok, q)
    if verb is not None and (tok.lower[verb] in INCLUDES or tok.lower[verb] in AMOUNT_CHANGES):
        # "Weapons seized in the raid included 4 rifles": parts of what was seized; "The average prison
        # term for such crimes stood at 7.4 years": the subject says what the amount is
        verb = None
    if verb is not None and not any(
        _within(tok, t, {verb}) and _fits_kind(indicators, t, q) for t in triggers
    ):
        # A verb that no pattern names governs the figure: a trigger before it is another's unless
        # joined to it ("the liquidation of 17 cells, whose members had raised $30,000"; "отбывают
        # наказание 514 осуждённых, с ними работают 26 теологов"; not "arrested and questioned 5"),
        # and the figure's own noun phrase only says who or what is counted, not what was done to
        # it ("banned 2 of the convicts", "received 58 extradition requests"), unless a pack's noun
        # names the things it counts ("led to 9 criminal cases"). A Russian clause may open with the
        # verb's complement: "В рядах организаций находятся 300 граждан", "Дерадикализацию прошли 120"
        # (not "В программе дерадикализации участвовали 156").
        people = counts_people(q)
        triggers = [
            t
            for t in triggers
            if (
                token_span(tok, t.start, t.end)[0] > verb
                or _joined(tok, t, verb)
                or (language == "ru" and opens_clause(tok, qs, *token_span(tok, t.start, t.end), verb))
            )
            and not (_in_phrase(tok, q, t) and (people or (t.verb and not _is_head(tok, q, t))))
        ]  # "documented 23 new convictions": a verb's noun that heads the phrase is what is counted
    before = None if owns[k] or verb is not None else passive_before(tok, q)
    mains = {i for i in (verb, before) if i is not None}
    if before is not None and counts_people(q) and not any(_within(tok, t, {before}) for t in triggers):
        # a Russian passive no pattern names says what was done to the people its noun phrase names:
        # "условно-досрочно освобождены 37 осуждённых" (not convicted)
        triggers = [t for t in triggers if not _in_phrase(tok, q, t)]
    if owns[k]:
        # The figure's own passive decides alone: a trigger in it, or a noun of the figure's own
        # noun phrase unless that names a whole it is part of or the passive undoes what the noun
        # says ("двое были убиты", "20 members are believed …"; "27 were released", "96 of the
        # violations were eliminated", "1 011 convicts were released": none).
        whole = (q.last + 1 < len(tok) and tok.lower[q.last + 1] in {"of", "из"}) or undone(tok, q, owns[k])
        triggers = [
            t
            for t in triggers
            if _within(tok, t, owns[k])
            or (not whole and _in_phrase(tok, q, t) and (not t.verb or _is_head(tok, q, t)))
            or modifies(tok, qs, k, *token_span(tok, t.start, t.end))
        ]  # "Изъятые 7 единиц оружия направлены на экспертизу": what they are, not what was done
    else:
        # Another figure's own passive is that figure's, or its list's: "22 criminal cases …, and
        # 14 suspects were placed under arrest"; "4 rifles and 600 rounds were seized"; "goods
        # worth 18 million soms were seized, as well as 96 kg of drugs".
        added = _added(tok, q)
        triggers = [
            t
            for t in triggers
            if not any(
                j != k
                and _within(tok, t, own)
                and indicators.categories[t.category].duration_only == (qs[j].kind == "duration")
                and not (k < j and all(listed(tok, qs, i, i + 1) for i in range(k, j)))
                and not (added and j < k)
                for j, own in enumerate(owns)
            )  # "16 were sentenced to prison terms of 5 to 9 years": a term is no count's
        ]
    people = counts_people(q)
    things = q.counted is not None and not people
    departure = preceded_by(tok, q, DEPARTURES)
    times = (q.counted or "").lower() in TIMES
    p = participle_after(tok, q)
    best: Trigger | None = None
    best_rank: tuple[int, ...] = ()
    own_nouns = {u.category for u in named if _in_noun_phrase(tok, q, u)}
    h = head(tok, q)
    counted_head = None if h is None else tok.lower[h]
    for t in triggers:
        cat = indicators.categories[t.category]
        if cat.duration_only != (q.kind == "duration") or (
            people and not cat.counts_people and not (departure and t.end <= q.start)
        ):
            continue  # a departure's people: "удалось предотвратить выезд 53 молодых людей"
        if cat.counts_people and q.kind in {"money", "measure"}:
            continue  # "Уничтожено 87 гектаров конопли": an amount is no one killed
        if (
            t.verb
            and cat.needs_noun
            and (
                t.category not in nouns
                or _named_otherwise(tok, q, t, triggers)
                or not _may_name(tok, q, t, named)
            )
        ):
            continue
        first, last = token_span(tok, t.start, t.end)
        if q.first <= first <= q.last:
            continue  # the number itself
        if first < q.first and all(w in QUALIFIER_WORDS for w in tok.lower[first : q.first]):
            continue  # its qualifier: "more than 70%" says how many, not what was done
        if tok.lower[first] in {"a", "an"} and not (
            last < q.first and all(w in QUALIFIER_WORDS for w in tok.lower[last + 1 : q.first])
        ):
            continue  # "a group of 5 followers" sizes the figure after it, not "1,000 … a group of employees"
        if not t.verb and not (
            (times and last < q.first)  # "opened fire on border patrols 7 times": how often it happened
            or q.first <= first <= phrase_end(tok, q)
            or (q.kind == "percent" and _measures(tok, q, first))
            or _names_count(tok, q, t)
            or _predicate_noun(tok, q, first)
            or (people and _described_after(tok, q, first) and not undone(tok, q, owns[k] | mains))
            or modifies(tok, qs, k, first, last)
            or governs(tok, last, q)
        ):
            continue  # a noun decides only for the figure that counts it, or is its object
        if first > q.tail and tok.lower[first - 1] in TOPIC:
            continue  # "по 17 запросам о выдаче": what the requests are about, not what was done
        if first > q.tail and tok.lower[first - 1] in {"on", "for"} and tok.lower[first].endswith("ing"):
            continue  # "spends 4 billion tenge a year on preventing extremism": what it is spent on
        if first > q.tail and any(w in DURING for w in tok.lower[max(q.tail + 1, first - 4) : first]):
            continue  # "dozens of defendants complained of pressure during pre-trial detention": when
        if (
            p is not None
            and p < first <= p + 3
            and not _within(tok, t, owns[k])
            and not _covered(tok, p, triggers)
            and not (first == p + 1 and tok.lower[first] in {"to", "для"})
        ):
            continue  # "two cars belonging to members": whose they are; not "people leaving to join"
        if first > q.tail and any(
            _object_of(tok, last, o) and _fits(indicators, t.category, o) for o in qs[k + 1 :]
        ):
            continue  # "31 addresses turned up 6 firearms", "in 4 regions led to the arrest of 23 people"
        # a list shares the word, whichever reading each item takes: "found 6 firearms and 14 violations"
        shared = [
            c is not None and (c.start, c.end) == (t.start, t.end) and coordinated(tok, qs, j, k)
            for j, c in enumerate(chosen)
        ]
        cost = link_cost(tok, qs, k, first, last, shared) + CLAUSE * parts_between(tok, q, first, last)
        if _within(tok, t, owns[k]) or (first > q.tail and _list_predicate(tok, qs, k, t, owns)):
            # its own predicate, past a relative clause or a parenthetical ("most of them …"), or its
            # list's ("137 kilograms of hashish, 22 kg of heroin and two rifles were seized")
            cost = 0
        elif last < q.first and belongs_before(tok, qs, k, first, last, language):
            cost += BELONGS_BEFORE
        # A verb's form inside the figure's own noun phrase that says who is counted, or modifies what
        # is, ranks as a noun: the predicate decides over it ("41 осуждённый отказался от радикальных
        # взглядов"); one that heads a phrase of things is what is counted ("9 million premature
        # deaths", "faces 18 criminal charges"). Of one word's readings, the generic verb whose noun
        # the figure names ("found 27 violations": incidents), then the one that counts things for a
        # figure of things ("ликвидированы 7 ячеек": cells neutralized, "held 40 meetings"); else the
        # pack's order decides.
        verb = t.verb and not (
            describes(tok, q, first)
            and not finite_russian(tok, first)
            and (people or not _is_head(tok, q, t))
        )
        rank = (
            0 if verb else 1,
            cost,
            # of one word's readings, the one whose noun the figure names ("found 27 violations"), then a
            # cued one, whose cue the sentence holds ("Пресечены 12 каналов")
            0 if t.category in own_nouns else 1,
            0 if counted_head is not None and indicators.cues_word(t.category, counted_head, language) else 1,
            0 if t.cued else 1,
            0 if cat.needs_noun else 1,
            0 if things and not cat.counts_people else 1,
        )
        if cost <= REACH and (best is None or rank < best_rank):
            best, best_rank = t, rank
    if (
        best is not None
        and q.kind == "duration"
        and (
            _term_of_another(tok, qs, k, triggers, indicators, best, best_rank[1]) or _free_term(tok, q, best)
        )
    ):
        return None  # "Срок содержания под стражей продлён на 2 месяца": a term of detention, not a sentence
    return best


def _term_of_another(
    tok: Tokens,
    qs: Sequence[Quantity],
    k: int,
    triggers: list[Trigger],
    indicators: Indicators,
    term: Trigger,
    cost: int,
) -> bool:
    """True when a verb of a category that takes no durations stands nearer the duration k than the
    term that decided it: the duration is how long that lasted ("held in custody for 2 months"). The
    term's own words read as another category are no other verb ("received prison terms of up to 20
    years" is convicted for a count, a term for the duration), nor is a generic verb, which says
    nothing without its noun ("the average sentence rose to 5.8 years")."""
    return any(
        t.verb
        and (t.start, t.end) != (term.start, term.end)
        and not indicators.categories[t.category].duration_only
        and not indicators.categories[t.category].needs_noun
        and link_cost(tok, qs, k, *token_span(tok, t.start, t.end)) < cost
        for t in triggers
    )


def _free_term(tok: Tokens, q: Quantity, t: Trigger) -> bool:
    """True when a measure that is no prison term stands beside the duration q: just before the term
    t that decided it, between them, or just after q ("barred from using social media for 3 years",
    "арест сроком на два месяца", "3 years of probation")."""
    first, last = token_span(tok, t.start, t.end)
    lo, hi = (first, q.first) if last < q.first else (q.tail + 1, first)
    if last < q.first:  # up to 4 words before it, in its clause: "о неразрешении въезда в РФ сроком"
        while lo > max(first - 4, 0) and tok.lower[lo - 1] not in FREE_TERM_BOUNDS:
            lo -= 1
    near = [*range(lo, hi), *range(q.tail + 1, min(q.tail + 3, len(tok)))]
    return any(
        not first <= i <= last
        and (tok.lower[i] in FREE_TERMS or tok.lower[i].startswith(FREE_TERM_STEMS))
        and not _names_banned(tok, i)
        for i in near
    )


def _names_banned(tok: Tokens, i: int) -> bool:
    """True when the ban word at i only says what is banned ("membership in banned groups"), no ban
    imposed on someone ("banned from leaving the country for 2 years")."""
    after = tok.lower[i + 1] if i + 1 < len(tok) else ""
    return tok.lower[i] in BANNED_THINGS and after not in {"from", "for", "to"}


def _may_name(tok: Tokens, q: Quantity, t: Trigger, triggers: list[Trigger]) -> bool:
    """True when generic verb t may decide for the figure: it counts nothing named, or its noun phrase
    holds a noun of t's category ("held 40 meetings", not "провели 230 рейдов" beside "лекции"), or
    one names what it counts ("held 512 trainings, against 436 in 2022")."""
    return (
        q.counted is None
        or q.kind == "percent"
        or _in_phrase(tok, q, t)  # "на 11 меньше"
        or any(
            not u.verb
            and u.category == t.category
            and (_in_noun_phrase(tok, q, u) or _names_count(tok, q, u))
            for u in triggers
        )
    )


def _covered(tok: Tokens, i: int, triggers: list[Trigger]) -> bool:
    """True when a trigger covers token i."""
    return any(_within(tok, t, {i}) for t in triggers)


def _is_head(tok: Tokens, q: Quantity, t: Trigger) -> bool:
    return _within(tok, t, {h} if (h := head(tok, q)) is not None else set())


def _named_otherwise(tok: Tokens, q: Quantity, t: Trigger, triggers: list[Trigger]) -> bool:
    """True when the figure's own noun names another category than generic verb t: "sent 58 criminal
    cases to court, 12% fewer" counts cases charged, whatever "fewer" says of crimes elsewhere."""
    own = {u.category for u in triggers if not u.verb and _in_noun_phrase(tok, q, u)}
    return bool(own) and t.category not in own


def _in_noun_phrase(tok: Tokens, q: Quantity, t: Trigger) -> bool:
    return q.first <= token_span(tok, t.start, t.end)[0] <= phrase_end(tok, q)


def _names_count(tok: Tokens, q: Quantity, t: Trigger) -> bool:
    """A noun before the figure that is what it counts: "число задержанных составило 19"."""
    at = tok.text.find(q.counted) if q.counted else -1
    return 0 <= at <= t.start and t.end <= min(at + len(q.counted or ""), q.start)


def _before(tok: Tokens, qs: Sequence[Quantity], k: int) -> int:
    """The figure before figure k that a part or a gap refers to, past a figure inside another's
    phrase, a term or a count of places: "Задержаны 59 членов трёх ячеек, из них 14 — иностранцы"
    (of the 59, not the 3), "512 convicts were held in 38 institutions, 47 of them women"."""
    j = k - 1
    while j > 0 and (
        _inside_phrase(tok, qs[j - 1], qs[j])
        or (qs[j].kind == "duration") != (qs[k].kind == "duration")
        or counts_places(tok, qs[j])
    ):
        j -= 1  # "37 men … received terms of 6 to 10 years; 29 of them …": of the men, not the terms
    return j


def _added(tok: Tokens, q: Quantity) -> bool:
    """True when "as well as", "а также" stand right before the figure and its qualifier: another
    object of the verb before it."""
    return preceded_by(tok, q, ADDED)


def _appositive(tok: Tokens, q: Quantity, own: set[int]) -> bool:
    """True when a part stands after a comma with no verb of its own to the clause's end: "2
    officers were injured while detaining a suspect, one of them seriously" (the part is of the
    whole; the verb before it is the whole's clause's)."""
    i = q.first
    while i > 0 and tok.lower[i - 1] in QUALIFIER_WORDS:
        i -= 1
    if own or i == 0 or tok.lower[i - 1] != ",":
        return False
    end = next((j for j in range(q.last + 1, len(tok)) if tok.lower[j] in CLAUSE_BREAKS), len(tok))
    # "…, девять из них погибли": a Russian verb of its own
    return not any(looks_like_verb(tok, j) for j in range(q.last + 3, end)) and not russian_verb_after(tok, q)


def _inside_phrase(tok: Tokens, o: Quantity, q: Quantity) -> bool:
    """True when figure q stands in the of-phrase or Russian genitive of figure o's noun phrase:
    "59 members of three cells", "59 членов трёх ячеек" (not a list: "300 rounds and three devices")."""
    before = tok.lower[q.first - 1]
    return (
        o.last < q.first <= o.tail
        and not any(w in COORDINATORS or w == "," for w in tok.lower[o.last + 1 : q.first])
        and (before == "of" or (before[:1] >= "а" and q.first - 1 > o.last))
    )


def _described_after(tok: Tokens, q: Quantity, first: int) -> bool:
    """True when the Russian participle at token `first` follows the figure's noun phrase and a
    comma (and an adverb), and so says who the counted people are: "находятся 212 человек,
    задержанных по наркостатьям", "воспользовались 143 человека, публично отказавшихся от …"."""
    end = phrase_end(tok, q)
    at = end + 3 if end + 2 < first and tok.lower[end + 2].endswith("о") else end + 2  # "публично"
    return (
        first == at
        and tok.lower[end + 1] == ","
        and tok.lower[first][:1] >= "а"
        and tok.lower[first].endswith(_RU_PARTICIPLES)
    )


def _predicate_noun(tok: Tokens, q: Quantity, first: int) -> bool:
    """True when a figure that names nothing it counts is the subject of "are", "were" and the noun
    at token `first` (past up to two adjectives) is what it is: "About 70 are members of …"."""
    at = q.tail + 1
    return (
        q.counted is None
        and at < len(tok)
        and tok.lower[at] in _COPULAS
        and at < first <= at + 3
        and all(w.isalpha() for w in tok.lower[at + 1 : first])
    )


def _in_phrase(tok: Tokens, q: Quantity, t: Trigger) -> bool:
    return q.last < token_span(tok, t.start, t.end)[0] <= phrase_end(tok, q)


def _joined(tok: Tokens, t: Trigger, verb: int) -> bool:
    """True when trigger t is a verb joined to the verb at token `verb` by "and", "и": "arrested and
    questioned 5", "задержали и допросили 5"."""
    return t.verb and token_span(tok, t.start, t.end)[1] == verb - 2 and tok.lower[verb - 1] in VERB_JOINERS


def _within(tok: Tokens, t: Trigger, words: set[int]) -> bool:
    first, last = token_span(tok, t.start, t.end)
    return any(first <= i <= last for i in words)


def _negated(tok: Tokens, q: Quantity, first: int, last: int) -> bool:
    """A negator just before the trigger, or between the quantity and a trigger after it."""
    window = range(max(0, first - 3), first) if last < q.first else range(q.last + 1, first)
    words = {tok.lower[i] for i in window}
    return bool(words & NEGATORS)


# A stock cue as a whole word or phrase, before a space or a comma, in the sentence lower-cased and
# padded with spaces: one scan instead of two substring tests per cue.
_STOCK_CUE = re.compile(" " + trie_alternation(list(STOCK_CUES)) + "[ ,]")


def _recurrence_after(tok: Tokens, q: Quantity) -> str | None:
    after = tok.lower[q.tail + 1 : q.tail + 4]
    if set(after) & {"earlier", "ago", "later", "before", "назад", "ранее"}:
        return None  # "11 500 a year earlier"
    near = " " + " ".join(after) + " "
    return next((name for name, cue in RECURRENCE_AFTER if cue in near), None)
