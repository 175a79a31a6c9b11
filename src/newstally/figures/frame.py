"""What a quantity means in its sentence: category and trigger, negation, stock, recurrence.

Every decision is local to the sentence and made by token distance: a trigger, a date or a place
belongs to the quantity it is nearest to, and another quantity standing between them makes the
link costly ("42 groups were neutralized and 9 attacks were prevented").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from newstally.figures.numbers import Tokens
from newstally.figures.packs import OTHER, Indicators, Trigger
from newstally.figures.quantities import Quantity

# Cost in tokens of linking across another quantity (cheap when that quantity takes the same
# trigger: a list of objects of one verb), across a clause break (";", "while", "ещё"), and of a
# trigger that belongs to the quantity before it ("42 groups were neutralized and 9 attacks …");
# farther than REACH tokens a trigger does not decide. Swept one at a time on the dev pages
# (figures from the gold bodies, category accuracy; docs/eval.md has the table): CROSSING
# 0/4/8/12 → .941/.945/.957/.957, SHARED_CROSSING 0/1/4/8 → .957/.957/.953/.937, CLAUSE 0/6/10 →
# .953/.953/.957, BELONGS_BEFORE 0/5/10/20 → .937/.953/.957/.949, REACH 8/12/20/40 →
# .893/.937/.957/.933.
CROSSING = 8
SHARED_CROSSING = 1
CLAUSE = 10
BELONGS_BEFORE = 10
REACH = 20

_AUXILIARIES = {"were", "was", "been", "be", "are", "is", "being", "had", "have", "has"}
# A new clause with its own predicate: "58 were extradited, while 14 requests were refused".
_CLAUSE_BREAKS = {";", "while", "whereas", "ещё", "еще"}
_BREAKERS = {
    "while",
    "whereas",
    "but",
    "another",
    "who",
    "which",
    "that",
    "ещё",
    "еще",
    "а",
    "которые",
    "которых",
}
_ANAPHORA = ({"of", "them"}, {"of", "whom"}, {"из", "них"}, {"of", "those"})
_NEGATORS = {"not", "no", "never", "failed", "fail", "fails", "unable", "without", "neither", "nor", "n't"}
_RU_NEGATORS = {"не", "ни", "нет", "никто", "никого", "удалось"}
_STOCK_CUES = (
    "currently", "at present", "presently", "as of today", "to date", "still", "remain", "remains",
    "are being held", "are held", "held in", "on the wanted list", "are fighting", "fighting for",
    "в настоящее время", "на сегодняшний день", "на данный момент", "сейчас", "находятся", "остаются",
    "остается", "в розыске", "числятся", "содержатся",
)  # fmt: skip
_RECURRENCE = {
    "annual": ("annually", "on an annual basis", "each year", "every year", "per year", "a year", "yearly",
               "per annum", "ежегодно", "каждый год", "в год", "ежегодных"),
    "monthly": ("monthly", "each month", "every month", "per month", "a month", "ежемесячно", "в месяц"),
    "weekly": ("weekly", "each week", "every week", "per week", "a week", "еженедельно", "в неделю"),
    "daily": ("daily", "each day", "every day", "per day", "a day", "ежедневно", "в сутки", "в день"),
}  # fmt: skip


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
    cost += CLAUSE * sum(1 for i in range(lo, hi) if tok.lower[i] in _CLAUSE_BREAKS)
    return cost


def read_meanings(
    tok: Tokens, qs: Sequence[Quantity], triggers: list[Trigger], indicators: Indicators, language: str | None
) -> list[Meaning]:
    """Category, trigger, negation, stock and recurrence of every quantity of a sentence.

    Links are chosen again until they settle, so that a list of objects ("seized 4 rifles, 600
    rounds and 26 kg of hashish") shares the verb its first item takes.
    """
    chosen: list[Trigger | None] = [None] * len(qs)
    for _ in range(3 if triggers else 0):
        again = [_choose(tok, qs, k, triggers, indicators, language, chosen) for k in range(len(qs))]
        if again == chosen:
            break
        chosen = again
    stock_cue = _has_cue(tok.text, _STOCK_CUES)
    whole = " " + " ".join(tok.lower) + " "
    anywhere = next((name for name, cue in _LOOSE_CUES if cue in whole), None)
    out = []
    for k, q in enumerate(qs):
        meaning = Meaning()
        t = chosen[k]
        if t is None and k and _anaphoric(tok, q):
            t = chosen[k - 1]  # "41 of them", "троих из них": the category of what they refer to
        if t is not None:
            meaning.category = t.category
            meaning.trigger = tok.text[t.start : t.end]
            meaning.negated = _negated(tok, q, *token_span(tok, t.start, t.end))
        meaning.stock_cue = stock_cue
        meaning.stock = stock_cue or meaning.category == "members"
        meaning.recurrence = anywhere or _recurrence_after(tok, q)
        out.append(meaning)
    return out


def _anaphoric(tok: Tokens, q: Quantity) -> bool:
    after = set(tok.lower[q.last + 1 : q.last + 3])
    return any(pair <= after for pair in _ANAPHORA)


def _choose(
    tok: Tokens,
    qs: Sequence[Quantity],
    k: int,
    triggers: list[Trigger],
    indicators: Indicators,
    language: str | None,
    chosen: Sequence[Trigger | None],
) -> Trigger | None:
    """The trigger that decides quantity k's category, or None."""
    q = qs[k]
    own = _own_passive(tok, q)
    if own is not None and not any(_covers(tok, t, own) for t in triggers):
        return None  # "27 were released", "125 привлечены к административной ответственности"
    nouns = {t.category for t in triggers if not t.verb}
    best: tuple[int, int, Trigger] | None = None
    for t in triggers:
        cat = indicators.categories[t.category]
        if cat.duration_only != (q.kind == "duration"):
            continue
        if t.verb and cat.needs_noun and t.category not in nouns:
            continue
        first, last = token_span(tok, t.start, t.end)
        if q.first <= first <= q.last:
            continue  # the number itself
        if not t.verb and not q.first <= first <= q.tail:
            continue  # a noun decides only for the figure that counts it
        shared = [c == t and _coordinated(tok, qs, j, k) for j, c in enumerate(chosen)]
        cost = link_cost(tok, qs, k, first, last, shared)
        if last < q.first and _belongs_before(tok, qs, k, first, last, language):
            cost += BELONGS_BEFORE
        rank = (0 if t.verb else 1, cost)
        if cost <= REACH and (best is None or rank < best[:2]):
            best = (*rank, t)
    return None if best is None else best[2]


def _covers(tok: Tokens, t: Trigger, i: int) -> bool:
    first, last = token_span(tok, t.start, t.end)
    return first <= i <= last


def _own_passive(tok: Tokens, q: Quantity) -> int | None:
    """The passive participle right after a figure ("27 were released"): its own predicate, or None."""
    i = q.tail + 1
    while i < len(tok) and tok.lower[i] in {"were", "was", "have", "has", "had", "been", "are", "is", "also"}:
        i += 1
    if i >= len(tok) or (i == q.tail + 1 and tok.lower[i][:1] < "а"):
        return None  # English needs the auxiliary: "27 released" may be an adjective
    w = tok.lower[i]
    if w[:1] >= "а":
        return i if len(w) > 6 and w.endswith(("ны", "на", "но", "ен", "ан")) else None
    return i if len(w) > 4 and w.endswith("ed") else None


def _coordinated(tok: Tokens, qs: Sequence[Quantity], j: int, k: int) -> bool:
    """True when quantities j and k stand in one list: no verb, auxiliary or contrast between them."""
    a, b = sorted((j, k))
    gap = tok.lower[qs[a].tail + 1 : qs[b].first]
    return not any(w in _AUXILIARIES or w in _BREAKERS or w == ";" for w in gap)


def _belongs_before(
    tok: Tokens, qs: Sequence[Quantity], k: int, first: int, last: int, language: str | None
) -> bool:
    """A trigger between the previous quantity and this one that reads as the previous one's verb.

    English puts the verb after its subject: "907 people had undergone deradicalization and 2 450
    websites …"; a be/have auxiliary just before the trigger, or a trigger nearer the previous
    quantity than this one, marks it. Russian word order is free, so the rule is English only.
    """
    if language == "ru":
        return False
    before = [o for o in qs[:k] if o.tail < first]
    if not before:
        return False
    prev = before[-1]
    aux = any(tok.lower[i] in _AUXILIARIES for i in range(max(prev.tail + 1, first - 2), first))
    return aux or first - prev.tail - 1 < qs[k].first - last - 1


def _negated(tok: Tokens, q: Quantity, first: int, last: int) -> bool:
    """A negator just before the trigger, or between the quantity and a trigger after it."""
    window = range(max(0, first - 3), first) if last < q.first else range(q.last + 1, first)
    words = {tok.lower[i] for i in window}
    return bool(words & _NEGATORS or words & _RU_NEGATORS)


def _has_cue(text: str, cues: tuple[str, ...]) -> bool:
    low = f" {text.lower()} "
    return any(f" {cue} " in low or f" {cue}," in low for cue in cues)


# "annually", "each year" anywhere in the sentence; "a year", "per year", "в год" only right after
# the figure ("400 trainings a year", not "a year earlier").
_LOOSE_CUES = [
    (n, f" {c} ") for n, cues in _RECURRENCE.items() for c in cues if not c.startswith(("a ", "per ", "в "))
]
_NEAR_CUES = [
    (n, f" {c} ") for n, cues in _RECURRENCE.items() for c in cues if c.startswith(("a ", "per ", "в "))
]


def _recurrence_after(tok: Tokens, q: Quantity) -> str | None:
    after = tok.lower[q.tail + 1 : q.tail + 4]
    if set(after) & {"earlier", "ago", "later", "before", "назад", "ранее"}:
        return None  # "11 500 a year earlier"
    near = " " + " ".join(after) + " "
    return next((name for name, cue in _NEAR_CUES if cue in near), None)
