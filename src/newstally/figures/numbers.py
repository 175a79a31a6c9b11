"""Numbers in running text: digits, number words, multipliers, ranges, bounds and vague amounts.

`parse_number` reads one number written any way news reports write it; `find_numbers` finds every
number phrase in a sentence with its range, qualifier and offsets. Language data (English and
Russian forms) lives in _lexicon.py; adding a language is adding its words there.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from newstally.figures import _lexicon as lx
from newstally.figures._units import CURRENCY_CODES, CURRENCY_SIGNS

# Digits with their separators stay one token ("1,500", "12,5", "1.5"); words are runs of letters,
# so "2bn" is "2" + "bn" and "km/h" is "km" "/" "h"; anything else is a one-character token. The
# first three alternatives start with different characters, so their order is free: words, the
# commonest, come first (tokenizing 15% faster on AEB).
_TOKEN = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)*|(?<![\w.,])\.\d+|\S")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?")


@dataclass(slots=True)
class Tokens:
    """A text cut into tokens: their strings, lower-cased strings and character offsets."""

    text: str
    words: list[str]
    lower: list[str]
    starts: list[int]
    ends: list[int]

    def __len__(self) -> int:
        return len(self.words)

    def adjacent(self, i: int) -> bool:
        """True when token i+1 follows token i with no space between."""
        return i + 1 < len(self.words) and self.starts[i + 1] == self.ends[i]


def tokenize(text: str) -> Tokens:
    """Cut `text` into tokens with offsets.

    >>> tokenize("KZT 7 mln, 1,500 people").words
    ['KZT', '7', 'mln', ',', '1,500', 'people']
    """
    found = list(_TOKEN.finditer(text))
    words = [m.group() for m in found]
    starts, ends = [m.start() for m in found], [m.end() for m in found]
    return Tokens(text, words, [w.lower() for w in words], starts, ends)


@dataclass(slots=True)
class Number:
    """A number phrase: `value` (and `high` for a range) from token `first` up to token `last`."""

    value: float
    high: float | None
    first: int
    last: int
    qualifier: str | None = None
    vague: bool = False


def is_digits(word: str) -> bool:
    """True for a digit token: "140", "1,500", ".5"."""
    return word[:1].isdecimal() or (word[:1] == "." and word[1:2].isdecimal())


def parse_digits(token: str) -> float | None:
    """The value of a digit token, reading "," and "." as a thousands or a decimal mark by context.

    >>> [parse_digits(t) for t in ["1,500", "12,5", "1.5", "1,500,000.25", "0,75", "2.500.000"]]
    [1500.0, 12.5, 1.5, 1500000.25, 0.75, 2500000.0]
    >>> parse_digits("1.2.3") is None
    True
    """
    if _THOUSANDS.fullmatch(token):
        if token.count(".") > 1:
            return float(token.replace(".", "").replace(",", "."))
        return float(token.replace(",", ""))
    if token.count(",") + token.count(".") > 1:
        return None
    return float(token.replace(",", "."))


def read_number(tok: Tokens, i: int) -> tuple[float, int] | None:
    """The number that starts at token i and the index of its last token, or None.

    Reads digits ("1,500", "1 500"), digits with a multiplier ("1.5 million", "2bn", "7 млн"),
    number words ("thirty-one", "two thousand", "a dozen", "one and a half", "две тысячи").
    """
    w = tok.lower[i]
    if is_digits(w):
        value = parse_digits(w)
        if value is None:
            return None
        if i + 2 < len(tok) and tok.words[i + 1] in {"/", "⁄"} and tok.adjacent(i) and tok.adjacent(i + 1):
            den = tok.words[i + 2]
            if w.isdecimal() and den.isdecimal() and 0 < value < int(den) <= 1000:
                return value / int(den), i + 2  # "1/16", "1⁄2"
        j = i
        # "1 500": a group of exactly three digits one space after 1-3 digits, Russian style.
        while (
            j + 1 < len(tok)
            and len(tok.words[j]) <= 3
            and tok.words[j + 1].isdecimal()
            and len(tok.words[j + 1]) == 3
            and tok.starts[j + 1] == tok.ends[j] + 1
            and (j == i or len(tok.words[j]) == 3)
        ):
            value = value * 1000 + float(tok.words[j + 1])
            j += 1
        return _read_scale(tok, value, j)
    share = read_share(tok, i)
    if share is not None:
        return share
    if w in lx.ARTICLES and i + 1 < len(tok):
        nxt = tok.lower[i + 1]
        if nxt in lx.DOZEN or nxt in lx.SCALES or nxt in lx.HUNDRED:
            return _read_scale(tok, 1.0, i)
        return None
    if w == "half" and i + 2 < len(tok) and tok.lower[i + 1] in lx.ARTICLES and tok.lower[i + 2] in lx.SCALES:
        return 0.5 * lx.SCALES[tok.lower[i + 2]], i + 2
    if w in lx.FRACTIONAL:
        return _read_scale(tok, lx.FRACTIONAL[w], i)
    if w in lx.SMALL or w in lx.DOZEN:
        return _read_words(tok, i)
    return None


def read_share(tok: Tokens, i: int) -> tuple[float, int] | None:
    """A share of a whole: "a third of", "two-thirds of", "half of", "one in five".

    >>> shares = ["a third of them", "two-thirds of", "half the cells", "one in five"]
    >>> [read_share(tokenize(s), 0) for s in shares]
    [(0.3333333333333333, 1), (0.6666666666666666, 2), (0.5, 0), (0.2, 2)]
    """
    n, w = len(tok), tok.lower[i]
    if w == "half" and i + 1 < n and tok.lower[i + 1] in {"of", "the"}:
        before = tok.lower[i - 1] if i else ""
        return None if before in {"first", "second", "the", "a", "-"} else (0.5, i)
    top = 1 if w in lx.ARTICLES else lx.SMALL.get(w)
    if top is None or not 0 < top < 10 or i + 1 >= n:
        return None
    j = i + 1 + (tok.lower[i + 1] == "-" and tok.adjacent(i))
    if j < n and tok.lower[j] in lx.FRACTIONS and j + 1 < n and tok.lower[j + 1] == "of":
        return top / lx.FRACTIONS[tok.lower[j]], j
    if w == "a":
        return None
    pair = tok.lower[j : j + 2]
    k = j + 2 if pair in (["out", "of"], ["in", "every"]) else j + 1 if pair[:1] == ["in"] else n
    bottom = lx.SMALL.get(tok.lower[k]) if k < n else None
    if bottom is None and k < n and tok.words[k].isdecimal() and len(tok.words[k]) <= 3:
        bottom = int(tok.words[k])
    if bottom is not None and top < bottom <= 100:
        return top / bottom, k
    return None


def _read_words(tok: Tokens, i: int) -> tuple[float, int]:
    """A run of number words: "two thousand five hundred and twelve", "сто двадцать пять"."""
    total, group, limit, j, last = 0.0, 0.0, float("inf"), i, i
    while j < len(tok):
        w = tok.lower[j]
        if w in lx.SMALL and lx.SMALL[w] < limit and (j == i or group or total):
            v = lx.SMALL[w]
            group += v
            limit = 100.0 if v >= 100 else 10.0 if v >= 20 and v % 10 == 0 else 1.0
        elif w in lx.DOZEN and j > i and group:
            group *= lx.DOZEN[w]
            limit = 1.0
        elif w in lx.DOZEN and j == i:
            group, limit = lx.DOZEN[w], 1.0
        elif w in lx.HUNDRED and group and group < 100:
            group *= 100
            limit = 100.0
        elif w in lx.SCALES and (group or total) and lx.SCALES[w] > group:
            total += (group or 1) * lx.SCALES[w]
            group, limit = 0.0, 1000.0
        elif w in {"-", "and"} and j + 1 < len(tok) and _continues(tok, j + 1, limit):
            j += 1
            continue
        else:
            break
        last = j
        j += 1
    value = total + group
    half = _and_a_half(tok, last)
    if half is not None:
        value += 0.5
        last = half
        if last + 1 < len(tok) and tok.lower[last + 1] in lx.SCALES:
            value, last = value * lx.SCALES[tok.lower[last + 1]], last + 1
    return value, last


def _continues(tok: Tokens, j: int, limit: float) -> bool:
    w = tok.lower[j]
    return w in lx.SMALL and lx.SMALL[w] < limit


def _and_a_half(tok: Tokens, last: int) -> int | None:
    """Index of "half" in "… and a half" right after token `last`, else None."""
    if last + 3 < len(tok) and tok.lower[last + 1 : last + 4 : 2] == ["and", "half"]:
        return last + 3 if tok.lower[last + 2] in lx.ARTICLES else None
    return None


def _read_scale(tok: Tokens, value: float, j: int) -> tuple[float, int]:
    """Apply multipliers after token j: "1.5 million", "5.5 mln", "2bn", "15 тыс.", "4 hundred million"."""
    half = _and_a_half(tok, j)
    if half is not None:
        value, j = value + 0.5, half
    while j + 1 < len(tok):
        nxt = tok.lower[j + 1]
        if nxt in lx.SCALES or nxt in lx.ABBREVIATED_SCALES:
            value *= lx.SCALES.get(nxt) or lx.ABBREVIATED_SCALES[nxt]
            j += 1
            if j + 1 < len(tok) and tok.words[j + 1] == "." and nxt in {"тыс", "млн", "млрд", "трлн"}:
                j += 1
        elif nxt in lx.DOZEN or nxt in lx.HUNDRED:
            value, j = value * (lx.DOZEN.get(nxt) or 100.0), j + 1
        elif tok.adjacent(j) and nxt in lx.ATTACHED_SCALES and nxt not in {"m", "b"}:
            value, j = value * lx.ATTACHED_SCALES[nxt], j + 1
        else:
            break
    return value, j


# Words that can start a number phrase; any other word is skipped at once.
_STARTS = frozenset({*lx.SMALL, *lx.DOZEN, *lx.FRACTIONAL, *lx.ARTICLES, "half"})
_NUMERIC = frozenset("0123456789.")  # first characters of digit tokens ("140", ".5")
_Index = dict[str, list[tuple[list[str], float, float]]]
_VAGUE_INDEX: dict[int, tuple[Mapping[str, tuple[float, float]], _Index]] = {}


def _vague_index(vague: Mapping[str, tuple[float, float]]) -> _Index:
    """Vague phrases by first word, built once per table."""
    cached = _VAGUE_INDEX.get(id(vague))
    if cached is None or cached[0] is not vague:
        index: _Index = {}
        for phrase, (low, high) in vague.items():
            words = phrase.split()
            index.setdefault(words[0], []).append((words, low, high))
        cached = _VAGUE_INDEX[id(vague)] = (vague, index)
    return cached[1]


def read_vague(
    tok: Tokens, i: int, vague: Mapping[str, tuple[float, float]]
) -> tuple[float, float, int] | None:
    """A vague amount at token i ("dozens of", "tens of thousands") as (low, high, last token)."""
    best: tuple[float, float, int] | None = None
    for words, low, high in _vague_index(vague).get(tok.lower[i], []):
        end = i + len(words)
        if end <= len(tok) and tok.lower[i:end] == words:
            if words[-1] in {"scores", "billions"} and (end >= len(tok) or tok.lower[end] != "of"):
                continue
            if best is None or end - 1 > best[2]:
                best = (float(low), float(high), end - 1)
    return best


def parse_number(text: str) -> float | None:
    """The value of `text` when the whole of it is one number, else None.

    >>> [parse_number(s) for s in ["1,500", "1 500", "1.5", "12,5", "140"]]
    [1500.0, 1500.0, 1.5, 12.5, 140.0]
    >>> [parse_number(s) for s in ["Thirty one", "thirty-one", "two thousand", "a dozen"]]
    [31.0, 31.0, 2000.0, 12.0]
    >>> [parse_number(s) for s in ["one and a half", "two and a half million", "half a million"]]
    [1.5, 2500000.0, 500000.0]
    >>> [parse_number(s) for s in ["1.5 million", "5.5 mln", "2bn", "thousand", "25k"]]
    [1500000.0, 5500000.0, 2000000000.0, 1000.0, 25000.0]
    >>> [parse_number(s) for s in ["one hundred and twenty", "two dozen", "three hundred thousand"]]
    [120.0, 24.0, 300000.0]
    >>> [parse_number(s) for s in ["сто двадцать пять", "две тысячи", "7 млн", "15 тыс.", "полтора"]]
    [125.0, 2000.0, 7000000.0, 15000.0, 1.5]
    >>> [parse_number(s) for s in ["people", "one two", "1.2.3", ""]]
    [None, None, None, None]
    """
    tok = tokenize(text)
    if not tok.words:
        return None
    if tok.lower == ["thousand"] or tok.lower == ["hundred"]:
        return 1000.0 if tok.lower[0] == "thousand" else 100.0
    got = read_number(tok, 0)
    if got is None or got[1] != len(tok) - 1:
        return None
    return got[0]


def find_numbers(tok: Tokens, vague: Mapping[str, tuple[float, float]] = lx.VAGUE) -> list[Number]:
    """Every number phrase of a sentence, left to right, with ranges, bounds and vague amounts.

    >>> tok = tokenize("Between 6 and 18 years; over 400 trainings, dozens of cells, 1-2 thousand.")
    >>> [(n.value, n.high, n.qualifier) for n in find_numbers(tok)]
    [(6.0, 18.0, None), (400.0, None, 'over'), (12.0, 120.0, None), (1000.0, 2000.0, None)]
    """
    out: list[Number] = []
    index = _vague_index(vague)
    starts = [
        i for i, w in enumerate(tok.lower) if w in _STARTS or w in index or (w[0] in _NUMERIC and w != ".")
    ]
    done = 0  # the first token not yet read
    for i in starts:
        if i < done:
            continue
        w = tok.lower[i]
        spot = read_vague(tok, i, vague) if w in index else None
        if spot is not None:
            low, high, last = spot
            scale = _scale_at(tok, last + 1)
            if scale:  # "several hundred", "a few thousand"
                low, high, last = low * scale, high * scale, last + 1
            out.append(Number(low, None if high == low else high, i, last, _qualifier(tok, i), vague=True))
            done = last + 1
            continue
        got = read_number(tok, i)
        if got is None:
            continue
        value, last = got
        opener = tok.lower[i - 1] if i else ""
        spanned = read_range_end(tok, i, value, last, lx.RANGE_OPENERS.get(opener))
        if spanned is None:
            out.append(Number(value, None, i, last, _qualifier(tok, i)))
        else:
            low, high, last = spanned
            at = i - 1 if opener in lx.RANGE_OPENERS else i
            out.append(Number(low, high, i, last, _qualifier(tok, at)))
        done = last + 1
    return out


def changed_from(tok: Tokens, i: int) -> bool:
    """True when "с" and a verb of change stand before token i: "увеличилась с 71% до 83%". (English
    "fell from $2,415 to $2,315" stays a range, as NewsQuant reads it.)"""
    k = i - 1
    while k >= 0 and (tok.words[k] in _SIGNS or tok.lower[k] in lx.QUALIFIERS):
        k -= 1
    return k > 0 and tok.lower[k] in {"с", "со"} and tok.lower[k - 1].startswith(lx.RU_CHANGE_VERBS)


def read_range_end(
    tok: Tokens, i: int, value: float, last: int, closer: str | None
) -> tuple[float, float, int] | None:
    """A range whose first number spans tokens i..last: (low, high, last token of the high end).

    `closer` is the word that an opener before the range calls for ("between" … "and").
    """
    j = last + 1
    if j + 1 >= len(tok):
        return None
    link = tok.lower[j]
    if not (link in lx.RANGE_DASHES or link == closer):
        return None
    if link == "до" and changed_from(tok, i):
        return None  # "снизилось с 498 до 301": a level, then another, not a range
    spaced = not (tok.adjacent(last) and tok.adjacent(j))
    if link in {"-", "–", "—"} and spaced and closer is None and not tok.words[j + 1][:1].isdecimal():
        return None
    year = tok.words[i].isdecimal() and len(tok.words[i]) == 4 and 1900 <= value <= 2100 and i == last
    if year and not (tok.words[j + 1].isdecimal() and len(tok.words[j + 1]) == 4):
        return None  # "in 2018 to 3.9 million": a year, then a number
    k = j + 1
    if tok.words[k] in _SIGNS and k + 1 < len(tok):
        k += 1
    if k > j + 1 and link == "to" and closer is None and _before_sign(tok, i) in {"by", "at"}:
        return None  # "increased by $43.6 billion to $419.2 billion": a change and a level
    got = read_number(tok, k)
    if got is None:
        return None
    high, end = got
    if spaced and link in {"-", "–", "—"} and high < value:
        return None  # "Stoxx 50 -1.3%": a sign, not a range
    # "4 to 5 thousand", "$10 to $15 billion": a multiplier written once covers both ends.
    unit = tok.lower[end - 1] if tok.lower[end] == "." and end > k else tok.lower[end]  # "7 тыс."
    scale = lx.SCALES.get(unit) or lx.ABBREVIATED_SCALES.get(unit)
    if scale and last == i and value * scale <= high:
        value *= scale
    return value, high, end


_SIGNS = set(CURRENCY_SIGNS)


def _scale_at(tok: Tokens, j: int) -> float | None:
    if j >= len(tok):
        return None
    w = tok.lower[j]
    return lx.SCALES.get(w) or (100.0 if w in lx.HUNDRED else None)


def _before_sign(tok: Tokens, i: int) -> str:
    """The word before token i, skipping a currency sign."""
    k = i - 1 - (i > 0 and tok.words[i - 1] in _SIGNS)
    return tok.lower[k] if k >= 0 else ""


def _qualifier(tok: Tokens, i: int) -> str | None:
    """The qualifier written just before token i: "more than", "about", "не менее" …"""
    if i and tok.words[i - 1] in _SIGNS:
        i -= 1
        if i and tok.adjacent(i - 1) and tok.words[i - 1].isupper():  # "US$", "HK$"
            i -= 1
    elif i and tok.words[i - 1] in CURRENCY_CODES:
        i -= 1
    for size in (3, 2, 1):
        if i - size >= 0:
            phrase = " ".join(tok.lower[i - size : i])
            if phrase in lx.QUALIFIERS:
                return lx.QUALIFIERS[phrase]
    return None
