"""Where a figure holds and who reports it: place names, datelines and reporting agencies."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from newstally.figures import _places as pl
from newstally.figures._regex import lowered, trie_alternation


@dataclass(frozen=True, slots=True)
class Named:
    """A place or agency named in a text: offsets and the name as figures report it."""

    start: int
    end: int
    name: str
    away: bool = False  # named as an origin or destination ("from Afghanistan", "to Russia")


def _alternation(names: set[str] | list[str]) -> str:
    """The names as one alternation, longest first, factored into a trie (see _regex.py)."""
    return trie_alternation(names)


_REGION_EN = r"(?:" + "|".join(pl.REGION_WORDS_EN) + r")\b"
_NAME_EN = (
    r"(?:(?:" + _alternation(pl.COUNTRIES_EN | pl.CITIES_EN) + r")(?![\w-])"
    r"|[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?=\s+" + _REGION_EN + "))"
)
_PLACE_EN = re.compile(
    rf"(?<![\w-])(?:(?P<prep>{'|'.join(pl.PLACE_PREPOSITIONS_EN)})\s+(?:the\s+)?)?"
    rf"(?P<place>{_NAME_EN}(?:\s*,\s*{_NAME_EN})*(?:,?\s+and\s+{_NAME_EN})?(?:\s+{_REGION_EN})?)(?P<poss>'s)?"
)
_NAME_RU = (
    r"(?:(?:" + _alternation(list(pl.PLACES_RU)) + r")(?![\w-])"
    r"|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:ской|скую|ская|ских|ские|ной|ную|ная)"
    r"(?=(?:\s+и\s+[А-ЯЁ][\w-]+)?\s+(?:област|район|кра)))"
)
_PLACE_RU = re.compile(
    rf"(?<![\w-])(?P<prep>(?i:{'|'.join(pl.PLACE_PREPOSITIONS_RU)}))\s+"
    rf"(?P<place>{_NAME_RU}(?:\s*,\s*{_NAME_RU})*(?:\s+и\s+{_NAME_RU})?(?:\s+(?:{'|'.join(pl.RU_REGION_WORDS)})(?!\w))?)"
)
# A country, not as the first word of a region's name ("Kazakhstan region" is not the country).
# Both country patterns start with the names, so that re skips to their first letters (3x faster
# on AEB than behind a look-behind); _standalone checks the character before.
_COUNTRY_EN = re.compile(_alternation(pl.COUNTRIES_EN) + r"(?![\w-])(?!\s+" + _REGION_EN + ")")
# A Russian country in any case form, with or without a preposition.
_COUNTRY_RU = re.compile(
    _alternation([form for form, name in pl.PLACES_RU.items() if name in pl.COUNTRIES_RU]) + r"(?![\w-])"
)
_DATELINE = re.compile(r"^(?P<city>[A-ZА-ЯЁ][A-ZА-ЯЁ-]+(?: [A-ZА-ЯЁ][A-ZА-ЯЁ-]+)?)\s*[,.–—-]")
# The whole dateline: "BISHKEK, March 10 –", "АСТАНА, 20 января –": its date is the report's.
_DATELINE_FULL = re.compile(r"^[A-ZА-ЯЁ][A-ZА-ЯЁ-]+(?: [A-ZА-ЯЁ][A-ZА-ЯЁ-]+)?,[^–—\n]{0,40}?\s[–—-]\s")
_AGENCY_EN = re.compile(r"(?<![\w-])(?:" + _alternation(list(pl.AGENCIES_EN)) + r")(?![\w-])")
_AGENCY_RU = re.compile(r"(?<![\w-])(?:" + _alternation(list(pl.AGENCIES_RU)) + r")(?![\w-])")
# The same names anywhere, even inside a word: a pattern that starts with a name lets re skip to
# the letters a name starts with, so a text that names no agency is told in one fast scan.
_ANY_AGENCY_EN = re.compile(_alternation(list(pl.AGENCIES_EN)))
_ANY_AGENCY_RU = re.compile(_alternation(list(pl.AGENCIES_RU)))
_SAY = r"(?:say|says|said|estimate|estimates|estimated|reported|reports|told|claim|claims|stated|announced)"
# Where a sentence names its source: after "according to", before or after a verb of saying.
_SOURCES = [
    re.compile(
        r"(?i:according to|по данным|по информации|как сообщил\w*)\s+(?:the\s+)?"
        r"(?P<who>[^,.;:]+?)(?=[,.;:]|$)"
    ),
    re.compile(r"^(?P<who>[A-ZА-ЯЁ][^,;:]{2,80}?)\s+" + _SAY + r"\b"),
    re.compile(
        r",\s+(?:the\s+)?(?P<who>[^,;:]{3,80}?)\s+" + _SAY + r"(?:\s+on\s+\w+|\s+in\s+a\s+statement)?\.?$"
    ),
    re.compile(r"(?i:сообщил\w*|заявил\w*)\s+(?P<who>[^,.;:]+?)(?=[,.;:]|$)"),
    re.compile(r"(?P<who>пресс-служб\w*\s+[^,.;:]+?)(?=[,.;:]|\s+сообщ|$)"),
]
# Sources that only point back to the document's own: "the committee said", "he said".
_GENERIC_SOURCES = {
    "committee", "ministry", "agency", "service", "police", "office", "department", "official",
    "officials", "he", "she", "they", "it", "statement", "spokesman", "spokeswoman", "investigators",
    "court", "prosecutors", "authorities", "data", "report", "summary", "release", "document",
    "review", "bulletin", "note", "figures", "ведомства", "ведомство", "комитет", "министерство",
    "данным", "данные",
}  # fmt: skip
# A sentence that may name its source holds one of these words (a cheap test before _SOURCES). The
# test runs on lowered() sentences (10x faster than case-blind), as a trie (2x faster than the
# plain alternation on AEB's sentences with a number).
_ATTRIBUTION_WORDS = [
    "according to", *_SAY.removeprefix("(?:").removesuffix(")").split("|"),
    "по данным", "по информации", "сообщил", "заявил", "пресс-служб",
]  # fmt: skip
_ATTRIBUTION_LOWER = re.compile(_alternation(_ATTRIBUTION_WORDS))
_ATTRIBUTION = re.compile(_ATTRIBUTION_LOWER.pattern, re.IGNORECASE)


def find_places(text: str, language: str | None) -> list[Named]:
    """Places named in `text` after a preposition or as a possessive.

    >>> [p.name for p in find_places("9 attacks were prevented in Almaty, Shymkent and Aktobe region.", "en")]
    ['Almaty, Shymkent and Aktobe region']
    >>> [p.name for p in find_places("задержаны в Ошской и Джалал-Абадской областях", "ru")]
    ['Ошская и Джалал-Абадская области']
    """
    return list(_places(text, language))


def _places(text: str, language: str | None) -> Iterator[Named]:
    """find_places, one at a time: English places first, then Russian ones."""
    if language != "ru" and _may_hold_place(text):
        for m in _PLACE_EN.finditer(text):
            if not (m.group("prep") or m.group("poss")):
                continue
            away = (m.group("prep") or "").lower() in _AWAY
            yield Named(m.start("place"), m.end("place"), m.group("place"), away)
    if language != "en" and _RU_NAME_START.search(text):
        for m in _PLACE_RU.finditer(text):
            away = m.group("prep").lower() in _AWAY
            yield Named(m.start("place"), m.end("place"), _nominative(m.group("place")), away)


_AWAY = {"from", "to", "into", "из", "с", "со"}
_CAPITALISED = re.compile(r"[A-Z][a-z]+")
_FIRST_WORDS = frozenset(name.split()[0].split("-")[0] for name in pl.COUNTRIES_EN | pl.CITIES_EN)
# A capitalised word of _CAPITALISED that is a first word: it starts at a capital (every capital
# before a small letter starts one) and ends before the next character that is not a small letter.
_FIRST_WORD = re.compile(
    trie_alternation({w for w in _FIRST_WORDS if _CAPITALISED.fullmatch(w)}) + "(?![a-z])"
)
_REGION_WORDS = frozenset(pl.REGION_WORDS_EN)
# Every Russian place pattern starts its name with one of these letters.
_RU_NAME_START = re.compile("[А-ЯЁ" + "".join(sorted({name[0] for name in pl.PLACES_RU})) + "]")


def _may_hold_place(text: str) -> bool:
    """A cheap test before the place pattern: a known first word or a region word in `text`."""
    return bool(_FIRST_WORD.search(text)) or (
        any(word in text for word in _REGION_WORDS) and not _REGION_WORDS.isdisjoint(text.split())
    )


def _nominative(phrase: str) -> str:
    """Russian place phrase in the nominative: "Алматинской области" → "Алматинская область"."""
    words = re.split(r"(\s+|,)", phrase)
    out = []
    for w in words:
        if w in pl.PLACES_RU:
            out.append(pl.PLACES_RU[w])
        elif w in pl.RU_REGION_WORDS:
            out.append(pl.RU_REGION_WORDS[w])
        else:
            out.append(next((w[: -len(a)] + b for a, b in pl.RU_ADJ_ENDINGS if w.endswith(a)), w))
    return "".join(out)


def first_country(text: str, language: str | None) -> str | None:
    """The first country `text` names, as figures report it: anywhere, in any case form.

    A country counts without a preposition: "ГКНБ Кыргызстана" is about Kyrgyzstan as much as
    "в Кыргызстане"; but not as the first word of a region ("South Kazakhstan region").

    >>> first_country("Комитет национальной безопасности Кыргызстана задержал 96 человек", "ru")
    'Кыргызстан'
    >>> first_country("Police in the Kazakhstan region said Uzbekistan had asked for them.", "en")
    'Uzbekistan'
    """
    found = []
    if language != "ru" and (m := _standalone(_COUNTRY_EN, text)):
        found.append((m.start(), m.group()))
    if language != "en" and (m := _standalone(_COUNTRY_RU, text)):
        found.append((m.start(), pl.PLACES_RU[m.group()]))
    return min(found)[1] if found else None


def _standalone(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of `pattern` in `text` that no letter, digit, "_" or "-" runs into."""
    for m in pattern.finditer(text):
        before = text[m.start() - 1] if m.start() else " "
        if not (before.isalnum() or before in "_-"):
            return m
    return None


def dateline_length(text: str) -> int:
    """How many characters a dateline takes at the start of `text` (0 when there is none).

    >>> dateline_length("BISHKEK, March 10 – The committee said …")
    20
    """
    m = _DATELINE_FULL.match(text)
    return m.end() if m and dateline_place(text) else 0


def dateline_place(text: str) -> str | None:
    """The city of a dateline that opens the body: "BISHKEK, March 10 –" → "Bishkek".

    >>> dateline_place("АСТАНА, 20 января – В 2022 году …")
    'Астана'
    """
    m = _DATELINE.match(text)
    if not m or m.group("city").upper() != m.group("city") or len(m.group("city")) < 3:
        return None
    return "-".join(part.capitalize() for part in m.group("city").split("-")).replace(" ", " ")


def find_agencies(text: str, language: str | None) -> list[Named]:
    """Reporting agencies named in `text`, as figures report them."""
    out = []
    if language != "ru" and _ANY_AGENCY_EN.search(text):
        out += [Named(m.start(), m.end(), pl.AGENCIES_EN[m.group()]) for m in _AGENCY_EN.finditer(text)]
    if language != "en" and _ANY_AGENCY_RU.search(text):
        out += [Named(m.start(), m.end(), pl.AGENCIES_RU[m.group()]) for m in _AGENCY_RU.finditer(text)]
    return sorted(out, key=lambda n: n.start)


def attributed_agency(sentence: str, language: str | None) -> str | None:
    """Who a sentence attributes itself to: "according to the KNB", "…, the ministry said", "по данным МВД".

    A known agency is named as figures name it; another source as written ("human rights groups");
    a bare "the committee" or "he" says nothing new and gives None.

    >>> attributed_agency("Human rights groups estimate that 120 people are held.", "en")
    'Human rights groups'
    >>> attributed_agency("Police detained 40 people, the Ministry of Internal Affairs said.", "en")
    'Ministry of Internal Affairs'
    """
    low = lowered(sentence)
    if not (_ATTRIBUTION_LOWER.search(low) if low is not None else _ATTRIBUTION.search(sentence)):
        return None
    for pattern in _SOURCES:
        m = pattern.search(sentence)
        if m:
            who = m.group("who").strip()
            found = find_agencies(who, language)
            if found:
                return found[0].name
            words = [w.removesuffix("'s").removesuffix("’s") for w in who.lower().split()]
            if words[0] not in {"a", "an"} and not _GENERIC_SOURCES.intersection(words) and len(words) <= 6:
                return who
    found = find_agencies(sentence, language)
    return found[0].name if found else None
