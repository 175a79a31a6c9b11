"""When a figure holds: explicit dates, years, year ranges, months, halves and quarters, and relative
phrases ("last year", "since the beginning of the year", "за пять месяцев") resolved against the
published date. Every period is inclusive, as ISO dates.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from newstally.figures._lexicon import SMALL
from newstally.figures._regex import lowered, trie_alternation
from newstally.model import Period

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2,
    "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11,
    "dec": 12,
}  # fmt: skip
_RU_MONTH_STEMS = (
    "январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр",
)  # fmt: skip
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "понедельник": 0, "вторник": 1, "среду": 2, "среда": 2, "четверг": 3, "пятницу": 4, "пятница": 4,
    "субботу": 5, "суббота": 5, "воскресенье": 6,
}  # fmt: skip
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "перв": 1, "втор": 2, "трет": 3, "четверт": 4}

_EN_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"  # noqa: E501
_RU_MONTH = r"(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*"
_YEAR = r"(?:19|20)\d\d"
_NUM = r"(?:\d+|[a-zа-я]+)"


@dataclass(frozen=True, slots=True)
class Mention:
    """A period named in a sentence: character offsets and the period."""

    start: int
    end: int
    period: Period


def _day(d: date) -> str:
    return d.isoformat()


def _year(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 12, 31)


def _month(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def _month_no(word: str) -> int | None:
    w = word.lower().rstrip(".")
    if w in _MONTHS:
        return _MONTHS[w] if word[:1].isupper() else None  # "may" and "march" the verbs
    for i, stem in enumerate(_RU_MONTH_STEMS):
        if w.startswith(stem) and (stem != "ма" or w in {"май", "мая", "мае"}):
            return i + 1
    return None


def _count(word: str) -> int | None:
    w = word.lower()
    return int(w) if w.isdecimal() else SMALL.get(w)


def _back(pub: date, n: int, unit: str) -> date:
    if unit.startswith(("year", "год", "лет")):
        try:
            return pub.replace(year=pub.year - n)
        except ValueError:
            return pub.replace(year=pub.year - n, day=28)
    if unit.startswith(("month", "месяц")):
        m = pub.month - n
        y = pub.year + (m - 1) // 12
        m = (m - 1) % 12 + 1
        return date(y, m, min(pub.day, calendar.monthrange(y, m)[1]))
    return pub - timedelta(weeks=n) if unit.startswith(("week", "недел")) else pub - timedelta(days=n)


Handler = Callable[[re.Match[str], date | None], tuple[date, date] | None]


def _since_start(m: re.Match[str], pub: date | None) -> tuple[date, date] | None:
    year = m.group("y")
    if pub is None:
        return _year(int(year)) if year else None
    return date(int(year) if year else pub.year, 1, 1), pub


def _year_range(m: re.Match[str], pub: date | None) -> tuple[date, date] | None:
    a, b = int(m.group("a")), int(m.group("b"))
    return (date(a, 1, 1), date(b, 12, 31)) if a <= b else None


def _since_year(m: re.Match[str], pub: date | None) -> tuple[date, date] | None:
    start = date(int(m.group("y")), _month_no(m.group("m")) or 1 if m.group("m") else 1, 1)
    return (start, pub) if pub is not None and start <= pub else None


def _part_of_year(m: re.Match[str], pub: date | None) -> tuple[date, date] | None:
    year = int(m.group("y")) if m.group("y") else (pub.year if pub else None)
    if year is None:
        return None
    part = m.group("part").lower()
    which = next(
        (v for k, v in _ORDINALS.items() if m.group("ord") and m.group("ord").lower().startswith(k)), 1
    )
    if part.startswith(("half", "полугод", "полгода")):
        return (_month(year, 6 * which - 5)[0], _month(year, 6 * which)[1]) if which <= 2 else None
    if part.startswith(("quarter", "квартал")):
        return _month(year, 3 * which - 2)[0], _month(year, 3 * which)[1]
    n = _count(m.group("n") or "")
    return (date(year, 1, 1), _month(year, n)[1]) if n and 1 <= n <= 12 else None


def _month_range(m: re.Match[str], pub: date | None) -> tuple[date, date] | None:
    a, b = _month_no(m.group("m1")), _month_no(m.group("m2") or m.group("m1"))
    year = int(m.group("y")) if m.group("y") else None
    if a is None or b is None:
        return None
    if year is None:
        if pub is None:
            return None
        year = pub.year if b <= pub.month else pub.year - 1
    return _month(year, a)[0], _month(year, b)[1]


def _one_day(m: re.Match[str], pub: date | None) -> tuple[date, date] | None:
    mon = _month_no(m.group("m"))
    year = int(m.group("y")) if m.group("y") else (pub.year if pub else None)
    if mon is None or year is None:
        return None
    try:
        d = date(year, mon, int(m.group("d")))
    except ValueError:
        return None
    return d, d


def _weekday(m: re.Match[str], pub: date | None) -> tuple[date, date] | None:
    if pub is None:
        return None
    d = pub - timedelta(days=(pub.weekday() - _WEEKDAYS[m.group("wd").lower()]) % 7)
    return d, d


def _relative(m: re.Match[str], pub: date | None) -> tuple[date, date] | None:
    if pub is None:
        return None
    w = m.group("rel").lower()
    if w in {
        "last year",
        "the previous year",
        "a year earlier",
        "прошлом году",
        "минувшем году",
        "прошлый год",
        "прошлого года",
    }:
        return _year(pub.year - 1)
    if w in {"this year", "этом году", "текущем году", "текущего года"}:
        return date(pub.year, 1, 1), pub
    if w in {"last month", "прошлом месяце"}:
        return _month(*((pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)))
    if w in {"yesterday", "вчера"}:
        d = pub - timedelta(days=1)
        return d, d
    if w in {"today", "сегодня"}:
        return pub, pub
    # last week, past week, за неделю: the previous Monday to Sunday
    monday = pub - timedelta(days=pub.weekday() + 7)
    return monday, monday + timedelta(days=6)


def _past_n(m: re.Match[str], pub: date | None) -> tuple[date, date] | None:
    if not _BACKWARDS.search(m.group(0)):
        return None  # "over the two years" refers to a period named before, not to the last two
    if not m.group("n") and m.group(0).lower().startswith("за") and m.group("unit").lower() in _A_YEAR:
        return None  # "за год", like "over the year", is the year the report is about, named before
    n = _count(m.group("n")) if m.group("n") else 1
    if n is not None and 1900 <= n < 2100 and m.group("unit").lower() in _A_YEAR:
        return _year(n)  # "за 2023 год" is that year, not the past 2,023
    return (_back(pub, n, m.group("unit").lower()), pub) if pub is not None and n else None


_A_YEAR = frozenset({"год", "года"})
_BACKWARDS = re.compile(r"past|last|previous|последн|за", re.IGNORECASE)


def _single_year(m: re.Match[str], pub: date | None) -> tuple[date, date] | None:
    return _year(int(m.group("y")))


_I = re.IGNORECASE
_RULES: list[tuple[re.Pattern[str], Handler]] = [
    (re.compile(r"(?:since|from) the (?:beginning|start) of (?:the year|(?P<y>" + _YEAR + "))"
                r"|с начала (?:(?:этого |текущего )?года|(?P<y2>" + _YEAR + r") года)", _I), _since_start),
    (re.compile(r"(?:the )?(?P<ord>first|second|third|fourth|перв\w*|втор\w*|трет\w*|четверт\w*)\s+"
                r"(?:(?P<n>" + _NUM + r")\s+)?(?P<part>half|quarter|months|полугоди\w*|квартал\w*|месяц\w*)"
                r"(?:\s+(?:of\s+)?(?:the year|(?P<y>" + _YEAR + r")))?", _I), _part_of_year),
    (re.compile(r"(?:за|в)\s+(?P<ord>)(?:(?P<n>" + _NUM + r")\s+)?(?P<part>месяц\w*|полгода|полугоди\w*)"
                r"(?:\s+(?P<y>" + _YEAR + r")\s+года)?(?!\w)", _I), _part_of_year),
    (re.compile(r"(?P<a>" + _YEAR + r")\s*(?:-|–|—|to|and|through|и|по)\s*(?P<b>" + _YEAR + ")", _I),
     _year_range),
    (re.compile(r"(?:since|с)\s+(?:(?P<m>" + _EN_MONTH + "|" + _RU_MONTH + r")\s+)?(?P<y>" + _YEAR + ")", _I),
     _since_year),
    (re.compile(r"(?P<d>\d{1,2})\s+(?P<m>" + _EN_MONTH + "|" + _RU_MONTH + r")(?:,?\s+(?P<y>" + _YEAR + "))?"
                r"|(?P<m_>" + _EN_MONTH + r")\s+(?P<d_>\d{1,2})(?:,\s*|\s+)(?P<y_>" + _YEAR + ")?", _I),
     _one_day),
    (re.compile(r"(?P<m1>" + _EN_MONTH + "|" + _RU_MONTH + r")(?:\s*(?:-|–|—|to|through|по)\s*(?P<m2>"
                + _EN_MONTH + "|" + _RU_MONTH + r"))?(?:,?\s+(?P<y>" + _YEAR + "))?", _I), _month_range),
    (re.compile(r"(?P<rel>last year|the previous year|a year earlier|this year|last month|last week|past week"
                r"|yesterday|today|прошлом году|минувшем году|прошлый год|прошлого года|этом году"
                r"|текущем году|текущего года|прошлом месяце|прошлой неделе|неделю|вчера|сегодня)"
                r"(?!\w)",
                _I), _relative),
    (re.compile(r"(?:over |in |during |for |within )?"
                r"(?:(?:the |в течение )?(?:past|last|previous|последние|последних|за)\s+"
                r"(?:(?P<n>" + _NUM + r")\s+)?(?P<unit>years?|months?|weeks?|года?|лет|месяц\w*)"
                r"|the\s+(?P<n2>" + _NUM + r")\s+(?P<unit2>years|months|weeks))(?!\w)", _I), _past_n),
    (re.compile(r"(?:on\s+|в\s+|во\s+)(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                r"|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)", _I), _weekday),
    (re.compile(r"(?<![\d.,])(?P<y>" + _YEAR + r")(?![\d.,]?\d)(?!\s*(?:people|persons|человек))", _I),
     _single_year),
]  # fmt: skip
_ANY_YEAR = re.compile(_YEAR)
# English months are capitalised ("May", not the verb "may"); the gate looks at the text as written.
_MONTH_GATE = (
    *(m[:3].capitalize() for m in _MONTHS),
    *(s[:4] for s in _RU_MONTH_STEMS if s != "ма"),
    "мая",
    "май",
    "мае",
)
# What a sentence must hold for each rule above to be tried (None: a year); most sentences skip most rules.
_GATES: list[tuple[str, ...] | None] = [
    ("beginning of", "start of", "с начала"),
    ("half", "quarter", "months", "полугод", "квартал", "месяц"),
    ("месяц", "полгода", "полугод"),
    None,
    None,
    _MONTH_GATE,
    _MONTH_GATE,
    ("last", "previous", "earlier", "this year", "yesterday", "today", "past week", "прошл", "минувш",
     "этом году", "текущ", "неделю", "вчера", "сегодня"),
    ("year", "month", "week", "год", "лет", "месяц"),
    ("onday", "uesday", "ednesday", "hursday", "riday", "aturday", "unday", "понедельник", "вторник", "среду",
     "четверг", "пятницу", "субботу", "воскресенье"),
    None,
]  # fmt: skip

_OWN_RULES: dict[str, list[int]] = {}
for _i, _gate in enumerate(_GATES):
    for _word in _gate or ():
        _OWN_RULES.setdefault(_word, []).append(_i)
# The gate scan finds the longest keyword ("months", not "month"): it opens its prefixes' rules too.
_RULES_OF = {
    w: sorted({i for v, of in _OWN_RULES.items() if w.startswith(v) for i in of}) for w in _OWN_RULES
}
_YEAR_RULES = [i for i, gate in enumerate(_GATES) if gate is None]
# One pass over a sentence finds which rules it may match: lower-cased keywords, and months as written.
_GATE_WORDS = re.compile(trie_alternation(set(_RULES_OF) - set(_MONTH_GATE)))
_GATE_WORDS_ANY_CASE = re.compile(_GATE_WORDS.pattern, _I)
_GATE_MONTHS = re.compile(trie_alternation(set(_MONTH_GATE)))
# The rules without IGNORECASE, for lower-cased sentences (see _regex.lowered): every rule is
# written in lower case (tests/figures/test_regex.py checks it).
_RULES_LOWER = [re.compile(p.pattern, p.flags & ~_I) for p, _ in _RULES]

# A year that names a document: "the Minsk Convention of 1993", "Law of 2005".
_NAMED = re.compile(r"[A-ZА-ЯЁ]\w+ (?:of|от)\s*$")
# Dates of the report itself, not of what it counts: "the committee said on Wednesday".
_REPORTING = re.compile(
    r"(?:said|says|reported|announced|published|told|stated|statement|briefing|сообщил\w*|"
    r"заявил\w*|опубликова\w*|обнародова\w*|рассказал\w*|отметил\w*)\s+\S*\s*$",
    _I,
)


def may_name_period(text: str, low: str, start: int, end: int) -> bool:
    """True when the sentence text[start:end] holds a year, a month or a period keyword.

    `low` is text.lower(). A sentence of split_sentences stands between spaces, so no keyword runs
    across its ends and the test can look at [start, end) alone.

    >>> t = "In 2023 the KNB acted. Police said so. Last week 5."
    >>> [may_name_period(t, t.lower(), a, b) for a, b in [(0, 22), (23, 38), (39, 51)]]
    [True, False, True]
    """
    if len(low) == len(text):
        if _GATE_WORDS.search(low, start, end):
            return True
    elif _GATE_WORDS_ANY_CASE.search(text, start, end):  # a rare letter whose lower case is longer
        return True
    return bool(_GATE_MONTHS.search(text, start, end) or _ANY_YEAR.search(text, start, end))


def find_periods(text: str, published: date | None) -> list[Mention]:
    """The periods a sentence names, left to right, without overlaps.

    >>> [(m.period.start, m.period.end) for m in find_periods(
    ...     "In 2011 and 2012 the KNB prevented 47 crimes; last year 5.", date(2013, 1, 25))]
    [('2011-01-01', '2012-12-31'), ('2012-01-01', '2012-12-31')]
    >>> [(m.period.start, m.period.end) for m in find_periods("за пять месяцев 2021 года", None)]
    [('2021-01-01', '2021-05-31')]
    """
    # The gates first: most sentences name no period, and they cost one lower() and three scans.
    # The rules match the lower-cased sentence when it may stand for the sentence (always, but
    # for a few rare letters); the words they pass on are read from the sentence as written.
    lower = lowered(text)
    rules = {i for m in _GATE_WORDS.finditer(lower or text.lower()) for i in _RULES_OF[m.group()]}
    rules.update(i for m in _GATE_MONTHS.finditer(text) for i in _RULES_OF[m.group()])
    if _ANY_YEAR.search(text):
        rules.update(_YEAR_RULES)
    if not rules:
        return []
    taken: list[tuple[int, int]] = []
    out = []
    for i in sorted(rules):
        pattern, handler = (_RULES_LOWER[i], _RULES[i][1]) if lower is not None else _RULES[i]
        for m in pattern.finditer(lower if lower is not None else text):
            start, end = m.span()
            written = text[start:end]
            if any(a < end and start < b for a, b in taken) or not written.strip():
                continue
            try:
                got = handler(_normalise(m, text), published)
            except (ValueError, OverflowError):
                continue  # no such date ("the 31st of February"): the words name no period
            before = text[max(0, start - 30) : start]
            if (
                got is None
                or _REPORTING.search(before)
                or (handler is _single_year and _NAMED.search(before))
            ):
                continue
            taken.append((start, end))
            out.append(Mention(start, end, Period(_day(got[0]), _day(got[1]), written.strip())))
    out.sort(key=lambda x: x.start)
    return out


class _Groups:
    """A match whose groups are read from `text` (the sentence as written, where the match may be
    of its lower-cased copy), and whose alternative groups (y2, m_, d_, y_) answer to their plain
    names."""

    def __init__(self, m: re.Match[str], text: str) -> None:
        self.m = m
        self.text = text

    def group(self, name: str | int = 0) -> str:
        if isinstance(name, int):
            return self.text[self.m.start(name) : self.m.end(name)]
        names = self.m.re.groupindex
        for key in (name, name + "2", name + "_"):
            if key in names:
                start, end = self.m.span(key)
                if end > start:
                    return self.text[start:end]
        return ""

    def end(self) -> int:
        return self.m.end()


def _normalise(m: re.Match[str], text: str) -> re.Match[str]:
    return _Groups(m, text)  # type: ignore[return-value]  # duck-typed: handlers only call .group()


def parse_published(value: str | None) -> date | None:
    """The date part of an ISO published value, or None.

    >>> parse_published("2024-01-15T09:30")
    datetime.date(2024, 1, 15)
    """
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
