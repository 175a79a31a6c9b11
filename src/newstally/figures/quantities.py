"""From numbers to quantities: drop dates, times, phones and identifiers; read unit, kind and counted noun.

`find_quantities(sentence)` is the first half of figure extraction: what the number is and what it
counts. The frame around it (category, period, place, actor) is frame.py's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from newstally.figures import _lexicon as lx
from newstally.figures import _units as un
from newstally.figures._places import COUNTRIES_EN
from newstally.figures._words import FUNCTION_WORDS, NP_STOP
from newstally.figures.counted import noun_phrase_span, of_phrase
from newstally.figures.numbers import (
    Number,
    Tokens,
    changed_from,
    find_numbers,
    is_digits,
    read_number,
    tokenize,
)

# Spans that hold digits but no figure: links, e-mails, phone numbers, numeric dates, clock times,
# list numbering at the start of a line, ordinals.
_LINKS = re.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+")
# Each alternative starts at a digit or a "+"; the lookahead makes other places fail fast.
_MASK = re.compile(
    r"""
    (?=[\d+])(?:
    \+?\d{1,3}[\s-]?\(\d{2,5}\)[\s-]?\d{2,4}(?:[\s-]\d{2,4}){1,3}           # +7 (727) 123-45-67
  | \+\d{1,3}(?:[\s-]\d{2,4}){3,5}\b                                   # +7 701 123 45 67
  | \b\d{3}-\d{2}-\d{2}\b | \b\d{3}[-.]\d{3}[-.]\d{4}\b                 # 123-45-67, 555-123-4567
  | \b8[\s-]\d{3}[\s-]\d{3}[\s-]?\d{2}[\s-]?\d{2}\b                     # 8 800 080 77 77
  | \b\d{1,2}[./]\d{1,2}[./](?:19|20)?\d{2}\b | \b(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\b
  | \b\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:\s*[ap]\.?m\b\.?)?            # 10:30, 1:36.6
  | \b\d{1,2}\s*[ap]\.?m\b\.?                                          # 11 a.m., 5pm
  | \b(?:19|20)\d\d[-–/]\d\d\b                                        # seasons: 2014-15
  | \b\d+(?:st|nd|rd|th)\b | \b\d+-(?:й|я|е|го|му|м|х|ое|ая|ый|ий|ой|ого|ому)\b    # ordinals
  | ^\d{1,2}[.)](?=\s|$)                                               # list numbering
    )""",
    re.VERBOSE | re.MULTILINE | re.IGNORECASE,
)
_YEAR_LOW, _YEAR_HIGH = 1900, 2100


@dataclass(slots=True)
class Quantity:
    """A number that is a figure, with what it measures; offsets are into the text given."""

    value: float
    high: float | None
    qualifier: str | None
    kind: str
    unit: str | None
    counted: str | None
    start: int
    end: int
    first: int
    last: int
    tail: int


def find_quantities(text: str, vague: Mapping[str, tuple[float, float]] = lx.VAGUE) -> list[Quantity]:
    """The figures of one sentence: numbers that are not dates, times, phones or identifiers.

    >>> [(q.value, q.kind, q.unit, q.counted) for q in find_quantities(
    ...     "In 2023 the KNB detained 140 members of extremist groups and seized 5 kg of explosives.")]
    [(140.0, 'count', None, 'members of extremist groups'), (5.0, 'measure', 'kg', 'kg of explosives')]
    >>> [(q.value, q.high, q.kind, q.unit) for q in find_quantities(
    ...     "They face 6-18 years in jail and fines of KZT 7 mln (up 12%) under Article 256.")]
    [(6.0, 18.0, 'duration', 'year'), (7000000.0, None, 'money', 'KZT'), (12.0, None, 'percent', '%')]
    >>> [(q.value, q.high) for q in find_quantities("It rose from 4.8% to 5.1%, between $62 and $68.")]
    [(4.8, 5.1), (62.0, 68.0)]
    """
    return quantities_of(tokenize(text), vague)


def quantities_of(tok: Tokens, vague: Mapping[str, tuple[float, float]] = lx.VAGUE) -> list[Quantity]:
    """The figures of a tokenized sentence (see find_quantities)."""
    masked = _masked_tokens(tok.text, tok)
    out: list[Quantity] = []
    for num in find_numbers(tok, vague):
        if any(masked[num.first : num.last + 1]) or (not num.vague and _not_a_figure(tok, num)):
            continue
        _read_sign(tok, num)
        q = _measure(tok, num)
        if out and _joins(tok, out[-1], q):
            out[-1].high, out[-1].end, out[-1].last, out[-1].tail = q.value, q.end, q.last, q.tail
        else:
            out.append(q)
    _share_units(tok, out)
    return out


_LIST_GLUE = {"or", "and", "to", "-", "–", ",", "или", "и"}


def _share_units(tok: Tokens, qs: list[Quantity]) -> None:
    """Fill in what a bare number leaves unsaid from its neighbours.

    "eight or nine euros", "a 7- or 8-inch screen": the unit written once covers the list;
    "140 people, up from 120": a bare count counts what the count before it counts.
    """
    for k in range(len(qs) - 2, -1, -1):
        a, b = qs[k], qs[k + 1]
        bare = a.kind == "count" and a.counted is None and b.kind != "count"
        if bare and set(tok.lower[a.tail + 1 : b.first]) <= _LIST_GLUE:
            a.kind, a.unit, a.counted = b.kind, b.unit, b.counted
    for k, q in enumerate(qs):
        if q.kind == "count" and q.counted is None:
            q.counted = next((p.counted for p in reversed(qs[:k]) if p.kind == "count" and p.counted), None)
            q.counted = q.counted or _number_of(tok, q.first)


def _number_of(tok: Tokens, first: int) -> str | None:
    """What "the number of detainees reached 140" counts: the noun phrase after "number of", "число"."""
    for i in range(first - 1, -1, -1):
        w = tok.lower[i]
        start = (
            i + 1
            if w == "number" and tok.lower[i + 1 : i + 2] == ["of"]
            else i + 1
            if w in _NUMBER_NOUNS
            else -1
        )
        if start >= 0:
            span = noun_phrase_span(tok, start)
            if span is not None and span[1] < first:
                return tok.text[tok.starts[span[0]] : tok.ends[span[1]]]
    return None


_NUMBER_NOUNS = {"число", "числа", "количество", "количества"}


def _joins(tok: Tokens, a: Quantity, b: Quantity) -> bool:
    """True when "from 5% to 10%", "between $62 and $68", "5%-10%" make one range of a and b."""
    if a.high is not None or b.high is not None or a.kind == "count":
        return False
    if (a.kind, a.unit) != (b.kind, b.unit):
        # "from 208 pounds to 193": the unit written once, on the low end.
        if not (b.kind == "count" and b.counted is None and _opener(tok, a.first) == "from"):
            return False
        b.kind, b.unit = a.kind, a.unit
    link = tok.lower[a.tail + 1] if a.tail + 1 < len(tok) else ""
    gap = (
        b.first
        - a.tail
        - 1
        - (tok.words[b.first - 1] in un.CURRENCY_SIGNS or tok.words[b.first - 1] in un.CURRENCY_CODES)
    )
    if gap != 1:
        return False
    opener = _opener(tok, a.first)
    if link == "до" and changed_from(tok, a.first):
        return False  # "увеличилась с 71% до 83%": a level, then another
    if opener is not None:
        return link == lx.RANGE_OPENERS[opener] or link in lx.RANGE_DASHES
    return link in {"-", "–", "/"} or (link == "to" and not _before(tok, a.first, {"by", "from"}))


def _opener(tok: Tokens, i: int) -> str | None:
    """ "from" or "between" just before token i (skipping a currency sign)."""
    k = i - 1
    while k >= 0 and (tok.words[k] in un.CURRENCY_SIGNS or tok.words[k] in un.CURRENCY_CODES):
        k -= 1
    return tok.lower[k] if k >= 0 and tok.lower[k] in lx.RANGE_OPENERS else None


def _before(tok: Tokens, i: int, words: set[str]) -> bool:
    k = i - 1
    while k >= 0 and (tok.words[k] in un.CURRENCY_SIGNS or tok.words[k] in un.CURRENCY_CODES):
        k -= 1
    return k >= 0 and tok.lower[k] in words


def _read_sign(tok: Tokens, num: Number) -> None:
    """A minus written before the number: "-1.3%", "minus 130 degrees", "$-50.8bn"."""
    i = num.first
    if (
        i > 1
        and tok.words[i - 1] in {"-", "−"}
        and tok.words[i - 2] in un.CURRENCY_SIGNS
        and tok.adjacent(i - 1)
    ):
        num.value, num.high = -num.value, None if num.high is None else -num.high  # "$-50.8bn"
        return
    k = i - 1 if i and tok.words[i - 1] in un.CURRENCY_SIGNS else i
    if not k:
        return
    w = tok.lower[k - 1]
    percent = num.last + 1 < len(tok) and tok.words[num.last + 1] == "%"
    glued = tok.adjacent(k - 1) and (
        k < 2 or not (tok.adjacent(k - 2) or (tok.words[k - 2][:1].isupper() and not percent))
    )
    if (w in {"-", "−"} and glued) or w == "minus" or (w == "-" and k > 1 and tok.lower[k - 2] == "minus"):
        num.value = -num.value
        num.high = None if num.high is None else -num.high


def _masked_tokens(text: str, tok: Tokens) -> list[bool]:
    masked = [False] * len(tok)
    spans = [m.span() for m in _MASK.finditer(text)]
    if "@" in text or "http" in text or "www." in text:
        spans = sorted(spans + [m.span() for m in _LINKS.finditer(text)])
    if spans:
        k = 0
        for i, start in enumerate(tok.starts):
            while k < len(spans) and spans[k][1] <= start:
                k += 1
            masked[i] = k < len(spans) and spans[k][0] <= start
    return masked


def _is_year(value: float | None) -> bool:
    return value is not None and value.is_integer() and _YEAR_LOW <= value <= _YEAR_HIGH


_AND = frozenset({"and", "or", "и", "или"})
_LIST_JOINERS = _AND | {","}


def _listed_identifier(tok: Tokens, i: int) -> bool:
    """True when the number at token i, after "and", ends a list of numbers that an identifier word
    opens, each written like it: "статьям 205.1 и 205.5", "Articles 3 and 7" (not "Article 5, 12
    people and 30 firms")."""
    dotted = "." in tok.words[i]
    j = i - 1
    while j > 0 and (tok.lower[j] in _LIST_JOINERS or is_digits(tok.words[j])):
        if is_digits(tok.words[j]) and ("." in tok.words[j]) != dotted:
            return False
        j -= 1
    return is_digits(tok.words[j + 1]) and (
        tok.lower[j] in un.IDENTIFIER_WORDS
        or (tok.lower[j] == "." and tok.lower[j - 1] in un.IDENTIFIER_WORDS)
    )


# Top-level domains that make a number before them a site's name: "24.kg", "Kun.uz".
_DOMAINS = frozenset({"kg", "kz", "uz", "tj", "tm", "ru", "com", "org", "net", "info", "asia"})


def _not_a_figure(tok: Tokens, num: Number) -> bool:
    """True when the number is a date, a year, an ordinal, an identifier or a word like "no one"."""
    i, last, n = num.first, num.last, len(tok)
    prev = tok.lower[i - 1] if i else ""
    prev2 = tok.lower[i - 2] if i > 1 else ""
    nxt = tok.lower[last + 1] if last + 1 < n else ""
    after = tok.words[last + 1] if last + 1 < n else ""
    word = tok.words[i]
    if not is_digits(word):
        return _idle_word(tok, num, prev, nxt)
    plain = word.isdecimal() and (i == last or (num.high is not None and tok.words[last].isdecimal()))
    if prev in un.MONTHS or nxt in un.MONTHS or (prev == "." and prev2 in un.MONTHS):
        return not (prev == "may" and tok.words[i - 1] == "may")
    if prev in un.IDENTIFIER_WORDS or (prev == "." and prev2 in un.IDENTIFIER_WORDS):
        return True
    if prev in _AND and _listed_identifier(tok, i):
        return True  # "по статьям 205.1 и 205.5", "Articles 3 and 7"
    if prev == "." and tok.adjacent(i - 1) and i > 1 and tok.adjacent(i - 2) and prev2[:1].isalpha():
        return True  # "ID.3"
    if prev == "aged" or (word[0] == "0" and word.isdecimal() and len(word) > 1):
        return True  # ages of a group, "0401 GMT"
    if prev == "," and nxt == "," and plain and i > 1 and tok.words[i - 2][:1].isupper() and num.value < 120:
        return True  # "Ivanov, 35, was detained": an age in apposition
    if i and tok.adjacent(i - 1) and tok.words[i - 1][0].isalpha() and _currency_before(tok, i) is None:
        return True  # "G20", "A4", but not "USD10m", "$US113"
    if prev == "-" and i > 1 and tok.adjacent(i - 1) and tok.words[i - 2][0].isalpha():
        if tok.adjacent(i - 2):
            return prev2 not in {"sub", "minus", "under", "over"}  # "COVID-19", "Su-27", not "sub-300"
        return tok.words[i - 2].isupper() and nxt != "%"  # "COVID -19", but "FTSE -0.6%"
    if _modifier(tok, last):
        return True
    if tok.adjacent(last) and nxt in {"s", "'", "’"} and plain:
        return True  # "the 1990s"
    if tok.adjacent(last) and nxt[:1].isalpha() and not _unit_word(nxt):
        return True  # "5G", "3D", "4K"
    if (
        nxt == "."
        and tok.adjacent(last)
        and last + 2 < n
        and tok.adjacent(last + 1)
        and tok.lower[last + 2] in _DOMAINS
    ):
        return True  # "24.kg": a site's name
    if (
        num.high is not None
        and num.high <= num.value
        and tok.words[last - 1 : last] in (["-"], ["–"])
        and plain
    ):
        return True  # a score, "2-1"
    if plain and _is_year(num.value) and (num.high is None or _is_year(num.high)) and len(word) == 4:
        return _year_like(tok, num, prev, after)
    if nxt in {"line", "hotline"}:
        return True  # "the 110 line"
    if plain and after[:1].isupper() and _street_after(tok, last):
        return True  # "of 1119 Eighth St.": a house number
    if prev == "(" and nxt == ")" and plain and num.value < 10:
        return True  # "(1)" list markers
    if plain and (prev in un.INDEX_NAMES or _is_acronym(tok.words[i - 1] if i else "")):
        return not _unit_word(nxt)  # "S&P 500", "HIV 2", "ASX 200"
    if plain and i and _names_a_thing(tok.words[i - 1], prev) and tok.words[i - 1] not in _COUNTRIES:
        if i > 1 and tok.words[i - 2] not in {".", "!", "?", ":"}:
            return not _unit_word(nxt) and not (
                after.isalpha() and after.islower() and nxt not in FUNCTION_WORDS
            )
        return False
    return False


# A country before a number does not name it: "Russia handed over 29 and Turkey 6" counts for Turkey.
_COUNTRIES = frozenset(name for name in COUNTRIES_EN if " " not in name)


def _names_a_thing(word: str, lower: str) -> bool:
    """A capitalised or camel-case word before a number makes it a name: "Game 6", "iPhone 11"."""
    return (
        (word[:1].isupper() or any(c.isupper() for c in word[1:]))
        and lower not in FUNCTION_WORDS
        and (lower not in lx.QUALIFIERS and lower not in un.CURRENCY_CODES and word not in un.CURRENCY_CODES)
    )


def _is_acronym(word: str) -> bool:
    """An all-capitals or camel-case word that is not a currency code: "HIV", "iPhone", "P"."""
    return (
        bool(word)
        and word[0].isalpha()
        and word not in un.CURRENCY_CODES
        and (word.isupper() or any(c.isupper() for c in word[1:]))
    )


def _modifier(tok: Tokens, last: int) -> bool:
    """A duration used as an adjective that is not a prison term: "a five-year plan", "two-month contract"."""
    if not (last + 2 < len(tok) and tok.words[last + 1] == "-" and tok.lower[last + 2] in un.DURATIONS):
        return False
    after = tok.lower[last + 3 : last + 5]
    if after[:1] == ["-"] or after[:1] == ["old"]:
        return False  # "a 15-year-old"
    return bool(after) and after[0].isalpha() and not un.TERM_WORDS.intersection(after)


# Words before "one of", "один из" that make it a place or a speaker, no count: "in one of the
# houses", "в одном из сёл", "said one of the officers", "заявила одна из депутатов".
_WHERE_ONE = frozenset({"in", "at", "on", "into", "inside", "в", "во", "на", "при", "said", "told", "says"})
_SAID = ("заявил", "сообщил", "рассказал", "отметил", "пояснил", "признал")


def _idle_word(tok: Tokens, num: Number, prev: str, nxt: str) -> bool:
    """Number words that count nothing: "no one", "one another", "BBC One", "three-bed"."""
    i, last = num.first, num.last
    if (
        i
        and tok.words[i][:1].isupper()
        and tok.words[i - 1][:1].isupper()
        and tok.lower[i - 1] not in lx.QUALIFIERS
    ):
        return tok.words[i - 1] not in {".", "!", "?"}
    if prev == "-" and i > 1 and tok.adjacent(i - 2) and tok.words[i - 2][:1].isalpha():
        return True  # "production-four-door"
    if nxt == "-" and tok.adjacent(last) and last + 2 < len(tok):
        following = tok.lower[last + 2]
        return (following not in un.DURATIONS and following not in un.MEASURES) or _modifier(tok, last)
    if (
        prev == "the"
        and i > 1
        and tok.lower[i - 2] in {"over", "in", "during", "for", "within"}
        and nxt in un.DURATIONS
    ):
        return True  # "over the two years": a period named before, not a figure
    if prev in {"number", "номер"}:
        return True  # "number two is …", "номер один": a rank, as "number 2" is an identifier
    if tok.lower[i] in lx.DOZEN and prev in {"s", "baker", "baker's"}:
        return True  # "a baker's dozen"
    if tok.lower[i] in {"one", "один", "одна", "одно", "одного", "одной", "одну", "одном"}:
        if prev in {
            "no",
            "the",
            "this",
            "that",
            "each",
            "every",
            "any",
            "which",
            "such",
            "same",
            "ни",
            "only",
        }:
            return True
        if nxt in {"of", "из"} and (prev in _WHERE_ONE or prev.startswith(_SAID)):
            return True  # "in one of the detainees' houses", "заявила одна из депутатов": where, who
        if nxt in {"of", "из"}:
            # "one of four", "one of a few countries"
            return last + 2 < len(tok) and (
                read_number(tok, last + 2) is not None
                or tok.lower[last + 2 : last + 4] in (["a", "few"], ["several"])
            )
        return not nxt.isalpha() or nxt in NP_STOP or nxt in {"another", "day", "way"}
    return False


def _year_like(tok: Tokens, num: Number, prev: str, after: str) -> bool:
    """A bare 1900-2100 is a year unless a counted noun follows: "in 2023" vs "2000 people"."""
    nxt = after.lower()
    if _currency_before(tok, num.first) is not None:
        return False  # "$2000"
    if prev in un.YEAR_PREPOSITIONS or nxt in un.YEAR_WORDS or num.high is not None:
        return True
    if num.first and tok.words[num.first - 1][:1].isupper():
        return True  # "Euro 2020", "Vision 2030"
    return not (after.isalpha() and after.islower() and nxt not in FUNCTION_WORDS) and not _unit_word(nxt)


def _street_after(tok: Tokens, last: int) -> bool:
    """True when one or two capitalised words and a street word follow token `last`: "Eighth St."."""
    j = last + 1
    while (
        j < len(tok) and j <= last + 2 and tok.words[j][:1].isupper() and tok.lower[j] not in un.STREET_WORDS
    ):
        j += 1
    return j > last + 1 and j < len(tok) and tok.lower[j] in un.STREET_WORDS


def _unit_word(w: str) -> bool:
    return (
        w in un.MEASURES
        or w in un.DURATIONS
        or w in un.PERCENT_WORDS
        or w in un.CURRENCY_WORDS
        or w in un.SQUARE_WORDS
        or w in lx.ATTACHED_SCALES
        or w in lx.ABBREVIATED_SCALES
        or w in lx.SCALES
    )


def _measure(tok: Tokens, num: Number) -> Quantity:
    """Kind, unit and counted noun of a number, from the tokens around it."""
    n, j = len(tok), num.last + 1
    kind, unit, counted, tail = "count", None, None, num.last
    code = _currency_before(tok, num.first)
    nxt = tok.lower[j] if j < n else ""
    if tok.adjacent(num.last) and nxt in lx.ATTACHED_SCALES and (code is not None or _million_glued(tok, j)):
        num.value *= lx.ATTACHED_SCALES[nxt]
        num.high = None if num.high is None else num.high * lx.ATTACHED_SCALES[nxt]
        j, tail = j + 1, j
        nxt = tok.lower[j] if j < n else ""
    if (
        nxt == "-"
        and tok.adjacent(j - 1)
        and tok.adjacent(j)
        and j + 1 < n
        and tok.lower[j + 1] in un.MEASURES
    ):
        j, nxt = j + 1, tok.lower[j + 1]  # "a 2.4-liter engine", "185-hp"
    if code is None and tok.adjacent(j - 1) and tok.words[j : j + 1] and tok.words[j] in un.CURRENCY_SIGNS:
        code, tail = un.CURRENCY_SIGNS[tok.words[j]], j  # "1,200€"
        j, nxt = j + 1, tok.lower[j + 1] if j + 1 < n else ""
    if nxt == "%" or nxt in un.PERCENT_WORDS or (nxt == "per" and j + 1 < n and tok.lower[j + 1] == "cent"):
        kind, unit = "percent", "%"
        tail = j + (1 if nxt == "per" else 0)
        counted = "percent" + of_phrase(tok, tail + 1)
    elif code is not None or _currency_after(tok, j) is not None:
        kind = "money"
        if code is None:
            code, tail = _currency_after(tok, j) or ("", j)
            counted = tok.text[tok.starts[j] : tok.ends[tail]]
        else:
            counted = un.CURRENCY_NAMES.get(code, code)
        counted += of_phrase(tok, tail + 1)
        unit = un.CODE_ALIASES.get(code, code)
    elif nxt in un.DURATIONS or (nxt == "-" and j + 1 < n and tok.lower[j + 1] in un.DURATIONS):
        at = j + (nxt == "-")
        unit, tail = un.DURATIONS[tok.lower[at]], at
        kind = "duration"
        if tok.lower[at + 1 : at + 4] in (["-", "old"], ["old"]) or tok.lower[at + 1 : at + 3] == [
            "-",
            "old",
        ]:
            kind, unit, tail = "measure", "years old", at + (2 if tok.lower[at + 1] == "-" else 1)
        counted = None  # a duration counts its unit; the unit says it
    else:
        got = _measure_unit(tok, j)
        if got is not None:
            unit, tail = got
            kind = "measure"
            counted = tok.text[tok.starts[j] : tok.ends[tail]] + of_phrase(tok, tail + 1)
        else:
            span = noun_phrase_span(tok, j)
            if span is not None:
                counted, tail = tok.text[tok.starts[span[0]] : tok.ends[span[1]]], span[1]
    return Quantity(
        value=num.value,
        high=num.high,
        qualifier=num.qualifier,
        kind=kind,
        unit=unit,
        counted=counted or None,
        start=tok.starts[num.first],
        end=tok.ends[num.last],
        first=num.first,
        last=num.last,
        tail=tail,
    )


def _million_glued(tok: Tokens, j: int) -> bool:
    """ "4.3M sales", "1.2m tons", "8B people": a glued letter is a multiplier when a noun follows."""
    if tok.words[j] in {"M", "B", "bn", "k", "K"}:
        return True
    after = tok.lower[j + 1] if j + 1 < len(tok) else ""
    return tok.lower[j] == "m" and after.isalpha() and (after == "of" or after not in FUNCTION_WORDS)


def _currency_before(tok: Tokens, i: int) -> str | None:
    """Currency code written before token i: "$", "US$", "KZT", "€"."""
    if not i:
        return None
    w = tok.words[i - 1]
    if w in un.CURRENCY_SIGNS:
        if i > 1 and tok.adjacent(i - 2) and tok.lower[i - 2] in un.SIGN_PREFIXES:
            return un.SIGN_PREFIXES[tok.lower[i - 2]] if w == "$" else un.CURRENCY_SIGNS[w]
        return un.CURRENCY_SIGNS[w]
    if w in un.CURRENCY_CODES:
        return w
    if w in {"-", "−"} and i > 1 and tok.words[i - 2] in un.CURRENCY_SIGNS:
        return un.CURRENCY_SIGNS[tok.words[i - 2]]
    if i > 1 and tok.words[i - 2] == "$" and tok.lower[i - 1] in un.SIGN_PREFIXES and tok.adjacent(i - 2):
        return un.SIGN_PREFIXES[tok.lower[i - 1]]  # "$US113"
    return None


def _currency_after(tok: Tokens, j: int) -> tuple[str, int] | None:
    """Currency named after the number ("7 million tenge", "10.5 Australian dollars"): (code, last token)."""
    for k in (j, j + 1):
        if k >= len(tok):
            return None
        w = tok.lower[k]
        if w in un.CURRENCY_WORDS or tok.words[k] in un.CURRENCY_CODES:
            return un.CURRENCY_WORDS.get(w) or tok.words[k], k
        if not tok.words[k][:1].isupper() or tok.words[k] in un.CURRENCY_CODES:
            return None
    return None


def _measure_unit(tok: Tokens, j: int) -> tuple[str, int] | None:
    """A measure unit at token j: "kg", "km/h", "sq m", "square metres", "pound-feet": (unit, last token)."""
    n = len(tok)
    if j >= n:
        return None
    w = tok.lower[j]
    if w in un.SQUARE_WORDS and j + 1 < n:
        k = j + 1 + (tok.words[j + 1 : j + 2] == ["."])
        if k < n and tok.lower[k] in un.MEASURES:
            return f"{w} {un.MEASURES[tok.lower[k]]}", k
        return None
    if w not in un.MEASURES or (len(w) == 1 and w not in {"m", "g", "°"} and not tok.adjacent(j - 1)):
        return None
    unit, k = un.MEASURES[w], j
    if k + 2 < n and tok.words[k + 1] == "/" and tok.lower[k + 2] in {"h", "hr", "s", "ч", "сек"}:
        unit, k = f"{unit}/{tok.lower[k + 2]}", k + 2
    elif k + 2 < n and tok.words[k + 1] == "-" and tok.lower[k + 2] in un.MEASURES:
        unit, k = f"{unit}-{un.MEASURES[tok.lower[k + 2]]}", k + 2
    elif w == "°" and k + 1 < n and tok.words[k + 1] in {"C", "F"}:
        unit, k = f"°{tok.words[k + 1]}", k + 1
    return unit, k
