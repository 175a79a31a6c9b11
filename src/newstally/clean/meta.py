"""Metadata of a text dump: the headline, the publication date and the author, found near the body."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from newstally.clean import _phrases, chrome
from newstally.clean.lines import is_bullet, is_placeholder

# How many units before the body the headline, dateline and byline are looked for. Sites print
# sharing widgets, a lead image and its caption between headline and body: up to about 25 units on
# the AEB pages, so 30 leaves margin without reaching the site menu on most pages.
META_REACH: Final = 30
# A dateline or byline is a short line; a longer one is a sentence that mentions a date or a name.
META_MAX: Final = 100

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "мая": 5, "май": 5, "июн": 6, "июл": 7, "авг": 8,
    "сен": 9, "окт": 10, "ноя": 11, "дек": 12,
}  # fmt: skip
_MONTH = r"(?P<month>[A-Za-zА-Яа-яЁё]{3,9})\.?"
_TIME = r"(?:\D{0,12}?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?)?"
_TIME_FIRST = re.compile(r"(?P<hour>\d{1,2}):(?P<minute>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?[\s,|•·-]+", re.I)
_DATE_PATTERNS = [
    re.compile(r"(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2}))?"),
    re.compile(rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}}){_TIME}", re.I),
    re.compile(rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}}){_TIME}", re.I),
    re.compile(r"(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>\d{4})" + _TIME, re.I),
    re.compile(r"(?P<mon>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4})" + _TIME, re.I),
]
# The first three letters of the bylines parse_byline knows, to spare other lines its expression.
BYLINE_OPENERS = frozenset(["by ", "wri", "rep", "pos", "aut", "авт", "тек", "кор", "бес"])
_YEAR = re.compile(r"(?:19|20)\d\d")
_NAME_WORD = re.compile(r"[A-ZА-ЯЁ][\w'’.-]*$")
_NAME_JOINERS = frozenset(
    ["and", "&", "и", "van", "von", "de", "der", "da", "di", "del", "la", "le", "bin", "al", "ibn"]
)


@dataclass(frozen=True, slots=True)
class Meta:
    """Headline, ISO publication date and author of a page, each None when not found."""

    title: str | None = None
    published: str | None = None
    author: str | None = None


def parse_date(text: str) -> str | None:
    """The first date (with its time when given) in `text`, as ISO 8601, or None.

    >>> parse_date("November 18, 2019 | 4:10pm")
    '2019-11-18T16:10'
    >>> parse_date("18 ноября 2019, 14:30")
    '2019-11-18T14:30'
    >>> parse_date("Опубликовано: 05.03.2024")
    '2024-03-05'
    >>> parse_date("14:30, 18 ноября 2019 г.")
    '2019-11-18T14:30'
    >>> parse_date("2019-11-13T23:06:00+01:00")
    '2019-11-13T23:06'
    >>> parse_date("Tuesday, 19 Nov. 2019") , parse_date("31/02/2020"), parse_date("in May 12 cases")
    ('2019-11-19', None, None)
    """
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            found = _iso(m, text)
            if found:
                return found
    return None


def _iso(m: re.Match[str], text: str) -> str | None:
    """The ISO form of one date match, or None when it is not a valid calendar date."""
    parts = m.groupdict()
    if parts.get("month"):
        month = _MONTHS.get(parts["month"][:3].lower())
    else:
        month = int(parts["mon"])
        if "/" in m.group(0) and month > 12:  # 18/11/2019: day first
            month, parts["day"] = int(parts["day"]), str(month)
    day, year = int(parts["day"]), int(parts["year"])
    if not month or not 1 <= month <= 12 or not 1 <= day <= _days(year, month) or not 1900 <= year <= 2100:
        return None
    date = f"{year:04d}-{month:02d}-{day:02d}"
    hour, minute, ampm = parts.get("hour"), parts.get("minute"), parts.get("ampm")
    if hour is None:
        before = _TIME_FIRST.search(text[max(0, m.start() - 20) : m.start()])
        if before is None:
            return date
        hour, minute, ampm = before.group("hour"), before.group("minute"), before.group("ampm")
    h, mi = int(hour), int(minute or 0)
    if ampm and ampm[0].lower() == "p" and h < 12:
        h += 12
    elif ampm and h == 12:
        h = 0
    return f"{date}T{h:02d}:{mi:02d}" if h < 24 and mi < 60 else date


def _days(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def parse_byline(text: str) -> str | None:
    """The author's name in a byline, or None.

    >>> parse_byline("By Natalie Musumeci")
    'Natalie Musumeci'
    >>> parse_byline("Автор: Иван Петров | 18 ноября 2019")
    'Иван Петров'
    >>> parse_byline("By the time police arrived, it was over.") is None
    True
    """
    if len(text) > META_MAX:
        return None
    m = _phrases.BYLINE.match(text)
    if not m:
        return None
    name = m.group("name").strip(" -–—")
    words = name.split()
    if not 1 <= len(words) <= 8:
        return None
    if not all(_NAME_WORD.match(w) or w.lower() in _NAME_JOINERS for w in words):
        return None
    return name


def is_byline(text: str) -> bool:
    """True for a byline ("By Jane Doe", "Автор: Иван Петров")."""
    return parse_byline(text) is not None


def find_meta(units: list[str], start: int, end: int) -> Meta:
    """Headline, date and author from the units around the body region [start, end)."""
    lo = max(0, start - META_REACH)
    hi = min(len(units), start + 3)
    near = units[lo:hi]
    dates = {
        i: found
        for i, unit in enumerate(near, lo)
        if len(unit) <= META_MAX and _YEAR.search(unit) and (found := parse_date(unit))
    }
    authors = {
        i: found
        for i, unit in enumerate(near, lo)
        if unit[:3].lower() in BYLINE_OPENERS and (found := parse_byline(unit))
    }
    title_at = _find_title(units, range(lo, start), dates.keys() | authors.keys())
    first = lo if title_at is None else title_at
    # The dateline follows the headline; failing that, the nearest date above the body.
    order = [*range(first, hi), *range(first - 1, lo - 1, -1)]
    published = next((dates[i] for i in order if i in dates), None)
    author = next((authors[i] for i in order if i in authors), None)
    if author is None:
        tail = range(max(start, end - 3), min(len(units), end + 3))
        author = next(filter(None, (parse_byline(units[i]) for i in tail)), None)
    return Meta(None if title_at is None else units[title_at], published, author)


def _find_title(units: list[str], window: range, meta_lines: set[int]) -> int | None:
    """The index of the headline: a headline-like unit shortly before the body, best repeated, best
    followed by a dateline or byline (`meta_lines` holds the indexes of those).

    The score is reckoned before the tests, so that a unit which could not beat the best so far even
    if repeated is never tested; the costly tests (chrome, the repeat count) run on few units."""
    best, best_score = None, 0.0
    candidates = [
        i for i in window if len(units[i]) >= 15 and i not in meta_lines and units[i].count(" ") >= 2
    ]
    for i in candidates:
        score = 1.0 - (window.stop - i) / (2 * META_REACH)
        if not meta_lines.isdisjoint(range(i + 1, i + 4)):
            score += 1.0
        if score + 1.0 <= best_score:
            continue
        unit = units[i]
        if not chrome.is_headline_like(unit) or chrome.is_truncated(unit):
            continue
        if is_bullet(unit) or is_placeholder(unit) or chrome.is_chrome(unit):
            continue
        if units.count(unit) > 1:
            score += 1.0
        if score > best_score:
            best, best_score = i, score
    return best
