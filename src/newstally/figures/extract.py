"""extract_figures: every figure of a cleaned body with its frame, as model.Figure records.

Pure: text and metadata in, figures out. Sentences without a number are only scanned for the
periods they name (which later sentences inherit); the rest of the work runs on the sentences that
hold a number.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date

from newstally.figures import _lexicon as lx
from newstally.figures._regex import trie_alternation
from newstally.figures._words import ANOTHER, PARTS_AFTER, PARTS_OPENING, PARTS_OPENING_BEFORE, THE_FIGURE
from newstally.figures.frame import REACH, Meaning, link_cost, read_meanings, token_span
from newstally.figures.numbers import Tokens, tokenize
from newstally.figures.packs import OTHER, Indicators, default_indicators
from newstally.figures.parts import change_of_previous, compared, gapped, preceded_by, share_of_previous
from newstally.figures.predicate import opens_with_part
from newstally.figures.quantities import Quantity, quantities_of
from newstally.figures.sentences import split_sentences
from newstally.figures.when import Mention, find_periods, may_name_period, parse_published
from newstally.figures.where import (
    Named,
    attributed_agency,
    dateline_length,
    dateline_place,
    find_agencies,
    find_places,
    first_country,
)
from newstally.model import Figure, Period

# A sentence is worth reading for figures when it holds a digit or a number word. Articles are
# not marks: "a dozen", "a few", "a third" are marked by their second word.
_DIGIT = re.compile(r"\d+")
_A_DIGIT = re.compile(r"\d")  # a class: re skips ahead to it fast (not so to "\d+")
_WORD = re.compile(r"[^\W\d_]+")
_NUMBER_WORDS = frozenset(
    {*lx.SMALL, *lx.DOZEN, *lx.FRACTIONAL, *lx.FRACTIONS, *lx.SCALES, *lx.HUNDRED, "half", "couple", "pair"}
)


def _vague_marks(vague: dict[str, tuple[float, float]]) -> frozenset[str]:
    """The word that marks each vague phrase: its first, or its second after an article."""
    marks = set()
    for phrase in vague:
        words = phrase.split()
        marks.add(words[1] if words[0] in lx.ARTICLES and len(words) > 1 else words[0])
    return frozenset(marks)


_Patterns = tuple[re.Pattern[str], re.Pattern[str]]
_MARKS: dict[int, tuple[dict[str, tuple[float, float]], _Patterns]] = {}


def _words_patterns(vague: dict[str, tuple[float, float]]) -> _Patterns:
    """A whole number word (letters only) in lower-cased text, and the same after the character
    before it; built once per vague table.

    The second starts with a class (\\W), so re skips to the non-word characters before it tries
    the words: searched from the character before a sentence, it is 1.6x faster on AEB.
    """
    cached = _MARKS.get(id(vague))
    if cached is None or cached[0] is not vague:
        words = trie_alternation({w for w in _NUMBER_WORDS | _vague_marks(vague) if _WORD.fullmatch(w)})
        patterns = (re.compile(r"(?<!\w)" + words + r"(?!\w)"), re.compile(r"\W" + words + r"(?!\w)"))
        cached = _MARKS[id(vague)] = (vague, patterns)
    return cached[1]


class _Marks:
    """Where figures and periods may stand in a body: `number` and `period` ask about one sentence.

    A sentence of split_sentences stands between spaces, so no mark runs across its ends and the
    tests look inside the sentence only; that is 2x cheaper than listing the marks of the body.
    """

    def __init__(self, text: str, vague: dict[str, tuple[float, float]]) -> None:
        self.text = text
        self.low = text.lower()
        self.words, self.words_after = _words_patterns(vague)
        self.offsets: list[int] | None = None
        if len(self.low) != len(text):  # a rare letter whose lower case is longer: list the offsets
            digits = [m.start() for m in _DIGIT.finditer(text)]
            self.offsets = sorted(digits + [m.start() for m in self.words.finditer(self.low)])

    def number(self, start: int, end: int) -> bool:
        """True when text[start:end] holds a digit or a number word."""
        if self.offsets is not None:
            return _any_within(self.offsets, start, end)
        if _A_DIGIT.search(self.low, start, end):
            return True
        if start:  # the character before a sentence is a space
            return bool(self.words_after.search(self.low, start - 1, end))
        return bool(self.words.search(self.low, start, end))

    def period(self, start: int, end: int) -> bool:
        """True when text[start:end] holds a year, a month or a period keyword."""
        return may_name_period(self.text, self.low, start, end)


@dataclass(slots=True)
class _Context:
    """What a document says once for all its figures: default place and actor, the period in force.

    The period in force is the first one the latest sentence naming any states. A sentence without
    figures is read for it only when a figure needs it (`period_in_force`), latest first: most are
    never read (AEB: 40% fewer find_periods calls).

    In a round-up, whose headline names a past period of a month or more (`headline`: "in 2021",
    "first half of 2023"), a period of a month or more that ends before the headline's looks back
    and is not carried over: "В 2020 году комитет сообщал о 122 задержанных" in a report on 2021
    compares, and the figures after it are 2021's again.
    """

    place: str | None
    actor: str | None
    period: Period | None
    headline: Period | None = None
    marks: _Marks | None = None
    pub: date | None = None
    dateline: int = 0
    unread: list[tuple[int, int]] = field(default_factory=list)  # sentences after `period`'s
    # The category of the previous sentence's last categorised figure, for a sentence about its
    # parts: "214 people were detained. Of those, 37 were foreign nationals."
    whole: str | None = None

    def read_later(self, start: int, end: int) -> None:
        self.unread.append((start, end))

    def update(self, periods: list[Mention]) -> None:
        """After a sentence that was read: its first period, unless it looks back, is in force."""
        period = self._carried(periods)
        if period is not None:
            self.period = period
            self.unread.clear()

    def period_in_force(self) -> Period | None:
        for start, end in reversed(self.unread):
            if self.marks is None or not self.marks.period(start, end):
                continue
            period = self._carried(_periods_of(self.marks.text[start:end], start, self.pub, self.dateline))
            if period is not None:
                self.period = period
                break
        self.unread.clear()
        return self.period

    def _carried(self, periods: list[Mention]) -> Period | None:
        """The first of a sentence's periods, or None when there is none or a round-up does not carry it."""
        if not periods:
            return None
        first, headline = periods[0].period, self.headline
        if headline is not None and _before(first, headline) and _spans_a_month(first):
            return None
        return first


def _periods_of(sentence: str, offset: int, pub: date | None, dateline: int) -> list[Mention]:
    """The periods of a sentence at `offset`, but for the dateline's date (the report's own)."""
    return [m for m in find_periods(sentence, pub) if offset + m.start >= dateline]


def extract_figures(
    text: str,
    *,
    published: str | None = None,
    language: str | None = None,
    title: str | None = None,
    indicators: Indicators | None = None,
) -> list[Figure]:
    """The figures of a cleaned body `text` (paragraphs joined by blank lines), in order.

    `published` (ISO date) resolves relative periods; `title` lends its period and place to the
    body, and a figure it repeats is listed once, from the body.

    >>> [(f.value, f.category, f.counted) for f in extract_figures(
    ...     "The KNB detained 140 members of extremist groups in 2023.", published="2024-01-15")]
    [(140.0, 'detained', 'members of extremist groups')]
    """
    ind = indicators or default_indicators()
    lang = language if language in {"en", "ru"} else None
    pub = parse_published(published)
    spans = split_sentences(text)
    ctx = _document_context(text, spans, lang, title, pub)
    figures: list[Figure] = []
    headline = _fold(title or "")
    # One pass over the whole body finds where numbers and periods may stand; only the sentences
    # that hold one are read further.
    marks = _Marks(text, ind.vague)
    ctx.marks, ctx.pub, ctx.dateline = marks, pub, dateline_length(text)
    for a, b in spans:
        if not marks.number(a, b) or _fold(text[a:b]) == headline:
            ctx.read_later(a, b)
            ctx.whole = None
            continue
        figures += _sentence_figures(text[a:b], a, ctx, ind, lang, pub)
    return _drop_headline_repeats(text, figures)


def _drop_headline_repeats(text: str, figures: list[Figure]) -> list[Figure]:
    """Drop a figure of a headline-like paragraph (no closing punctuation) that the body states again."""
    out = []
    for i, f in enumerate(figures):
        line_end = text.find("\n", f.end)
        paragraph = text[f.start : len(text) if line_end < 0 else line_end].rstrip()
        headline = not paragraph.endswith((".", "!", "?", "»", '"', "”", ";", ":"))
        if headline and any((g.value, g.high) == (f.value, f.high) for g in figures[i + 1 :]):
            continue
        out.append(f)
    return out


# What marks an exercise's scenario ("Under the scenario, …", "По замыслу учений …").
_SCENARIO = (
    "under the scenario", "according to the scenario", "the scenario envisag", "in the scenario",
    "scenario of the exercise", "exercise scenario", "по замыслу", "по сценарию", "условный противник",
    "условного противника", "условным противником", "легенде учени",
)  # fmt: skip
_LAW = re.compile(r"punishable|provides for|carries a|предусматрива|грозит|наказыва", re.IGNORECASE)


def _any_within(offsets: list[int], start: int, end: int) -> bool:
    """True when a sorted list of offsets holds one in [start, end)."""
    i = bisect_left(offsets, start)
    return i < len(offsets) and offsets[i] < end


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold().rstrip(".")


def _document_context(
    text: str, spans: list[tuple[int, int]], lang: str | None, title: str | None, pub: date | None
) -> _Context:
    """Default place and actor of a document, and the period its title names."""
    first = text[spans[0][0] : spans[0][1]] if spans else ""
    dateline = dateline_place(first)
    lead = sorted(
        (p for p in find_places(first, lang) if p.name.lower() != (dateline or "").lower()),
        key=lambda p: p.away,
    )
    # The lead's place; else the country the report is about; else the dateline's.
    place = lead[0].name if lead else first_country(f"{title or ''}\n{text}", lang) or dateline
    agencies = find_agencies(first, lang) or find_agencies(text, lang) or find_agencies(title or "", lang)
    actor = attributed_agency(first, lang) or (agencies[0].name if agencies else None)
    periods = find_periods(title, pub) if title else []
    headline = periods[0].period if periods else None
    round_up = headline is not None and _spans_a_month(headline) and _ended(headline, pub)
    return _Context(place, actor, headline, headline if round_up else None)


def _spans_a_month(period: Period) -> bool:
    """True for a period of 28 days or more: a month, a quarter, a year."""
    if not (period.start and period.end):
        return False
    return (date.fromisoformat(period.end) - date.fromisoformat(period.start)).days >= 27


def _before(period: Period, other: Period) -> bool:
    """True when `period` ends before `other` starts (ISO dates compare as strings)."""
    return bool(period.end and other.start) and str(period.end) < str(other.start)


def _ended(period: Period, pub: date | None) -> bool:
    """True when a period has ended by the publication date (unknown: taken as ended)."""
    return pub is None or (period.end is not None and period.end <= pub.isoformat())


def _sentence_figures(
    sentence: str, offset: int, ctx: _Context, ind: Indicators, lang: str | None, pub: date | None
) -> list[Figure]:
    """The figures of a sentence that holds a number; its periods are then in force.

    A sentence whose numbers are all dates or identifiers is left for `ctx` to read only if a later
    figure needs its period (a third of AEB's sentences with a number).
    """
    tok = tokenize(sentence)
    qs = quantities_of(tok, ind.vague)
    if not qs:
        ctx.read_later(offset, offset + len(sentence))
        ctx.whole = None
        return []
    periods = _periods_of(sentence, offset, pub, ctx.dateline)
    # A number inside a period ("over the past five years", "за пять месяцев") is part of a date.
    inside = [(m.start, m.end) for m in periods if not m.period.text.isdecimal()]
    if inside:
        qs = [q for q in qs if not any(a <= q.start < b for a, b in inside)]
    out = _framed(sentence, offset, tok, qs, periods, ctx, ind, lang, pub) if qs else []
    ctx.update(periods)
    ctx.whole = next((f.category for f in reversed(out) if f.category != OTHER), None)
    return out


def _framed(
    sentence: str,
    offset: int,
    tok: Tokens,
    qs: list[Quantity],
    periods: list[Mention],
    ctx: _Context,
    ind: Indicators,
    lang: str | None,
    pub: date | None,
) -> list[Figure]:
    """The quantities of a sentence as Figures, each with its frame."""
    # What an exercise's scenario imagines happened nowhere: "Under the scenario, a group of up to 200
    # militants crossed the border"
    low = sentence.lower()
    scenario = any(m in low for m in _SCENARIO)
    triggers = [] if scenario else ind.find_triggers(sentence, lang)
    places = find_places(sentence, lang)
    actor = attributed_agency(sentence, lang) or ctx.actor
    out = []
    # "Of those, 37 …", "Among those returned were 19 …", "Это на 18% больше", "That compares with
    # 57,900": parts, changes or comparisons of the previous sentence's whole
    opening = (
        PARTS_OPENING.intersection((tuple(tok.lower[:2]), tuple(tok.lower[:3])))
        or tok.lower[0] == "большинство"  # "Большинство жалоб – 31 – касались …"
        or opens_with_part(tok)
        or (
            tok.lower[0] in {"это", "this", "that"}
            and (change_of_previous(tok, qs[0]) or compared(tok, qs[0]) or share_of_previous(tok, qs[0]))
        )
        or preceded_by(tok, qs[0], THE_FIGURE)  # "A year earlier the figure stood at 121"
        or (tok.lower[0] in ANOTHER and gapped(tok, qs[0]))  # "Ещё 74 – за участие в конфликтах"
    )
    # "Около 1,3 тонны из них составляет гашиш": only the sentence's first figure is the part
    first_part = tuple(tok.lower[qs[0].tail + 1 : qs[0].tail + 3]) in PARTS_AFTER or preceded_by(
        tok, qs[0], PARTS_OPENING_BEFORE
    )  # "По его словам, из них 61 — иностранные граждане"
    parent = ctx.whole if (opening or first_part) and not scenario else None
    meanings = read_meanings(
        tok, qs, triggers, ind, lang, parent, 1 if first_part and not opening else len(qs)
    )
    for k, (q, meaning) in enumerate(zip(qs, meanings, strict=True)):
        out.append(
            Figure(
                value=q.value,
                text=sentence[q.start : q.end],
                start=offset + q.start,
                end=offset + q.end,
                sentence=sentence,
                high=q.high,
                qualifier=q.qualifier,
                kind=q.kind,
                unit=q.unit,
                counted=q.counted,
                category=meaning.category,
                trigger=meaning.trigger,
                negated=meaning.negated,
                period=_period(tok, qs, k, periods, meaning, ctx, pub),
                recurrence=meaning.recurrence,
                stock=meaning.stock,
                place=_nearest_name(tok, qs, k, places) or ctx.place,
                actor=actor,
            )
        )
    return out


def _period(
    tok: Tokens,
    qs: list[Quantity],
    k: int,
    periods: list[Mention],
    meaning: Meaning,
    ctx: _Context,
    pub: date | None,
) -> Period | None:
    """The period of quantity k: a stock's date, the nearest period named, or the one in force."""
    if meaning.stock_cue and pub is not None:
        return Period(pub.isoformat(), pub.isoformat(), "at present")
    if meaning.recurrence is not None:
        return None
    if qs[k].kind == "duration" and _LAW.search(tok.text):
        return None  # "punishable by 3 to 8 years": what the law provides holds at no time
    best: tuple[int, Period] | None = None
    for m in periods:
        cost = link_cost(tok, qs, k, *token_span(tok, m.start, m.end))
        if best is None or cost < best[0]:
            best = (cost, m.period)
    if best is not None:
        return best[1]
    if meaning.stock or (qs[k].kind == "duration" and meaning.category == "other"):
        return None
    return ctx.period_in_force()


def _nearest_name(tok: Tokens, qs: list[Quantity], k: int, names: list[Named]) -> str | None:
    """The place nearest to quantity k; where it happened ("in …") before where from or to."""
    best: tuple[bool, int, str] | None = None
    for n in names:
        cost = link_cost(tok, qs, k, *token_span(tok, n.start, n.end))
        if cost <= REACH and (best is None or (n.away, cost) < best[:2]):
            best = (n.away, cost, n.name)
    return best[2] if best else None
