"""Lines of a text dump: split into units, and score each as prose or page furniture.

A unit is one line of a dump made with a wide column (`w3m -dump -cols 4000` puts each block element
on one line), or the lines of one paragraph joined back when the dump was hard-wrapped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum
from itertools import pairwise
from typing import Final

from newstally.clean import _phrases, chrome

# Bullets and list marks that w3m and other dumpers print before menu and list entries.
_BULLET = re.compile(r"(?:[•□◦☆★▪●○■·►▶▸✓✔*+-]|\d{1,2}[.)])\s")
# A w3m placeholder for an image or a form field: "[logo]", "[                    ]".
_PLACEHOLDER = re.compile(r"(?:\[[^\]]{0,40}\]\s*)+$")


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# The characters that can make a page other than Latin for page_script: CJK, and the Cyrillic
# letters it counts. Most pages hold none, and one scan for them settles both questions.
_NOT_LATIN = re.compile(r"[оеа\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_LETTER = re.compile(r"[^\W\d_]")
# The end of a sentence inside a unit: a full stop after a word of three letters or more (no initial
# or "Gov."), and a capital after it.
_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{3}[.!?])\s+(?=[«\"“]?[A-ZА-ЯЁ])")
# Words a sentence has at least, to count as one.
SENTENCE_WORDS: Final = 4
# What opens a quote or an interview's answer.
_QUOTES_AND_DASHES: Final = frozenset('—–-«"“')
# A named source of what a unit says.
_SOURCE = re.compile(
    r"according to|\bsaid\b|\btold\b|по данным|по словам|сообщил|заявил|отметил|говорится", re.IGNORECASE
)
# A verb in the past: English "-ed" and common irregular forms, Russian past and reflexive forms.
_PAST = re.compile(
    r"\b(?:[a-z]{3,}ed|was|were|had|has|have|said|told|held|took|made|found|became)\b"
    r"|\b[а-яё]{3,}(?:ли|ла|лось|лся|лись|ются|ятся|ится|ется)\b",
    re.IGNORECASE,
)

# A one-sentence paragraph this long ("The verdict has entered into force.") is prose too.
SENTENCE_MIN: Final = 25
# Units shorter than this never count as prose on their own; jusText's `length_low` is 70 for the
# same role, lowered because news sites print short one-sentence paragraphs.
PROSE_MIN: Final = 50
# A unit at least this long that does not end a sentence still counts as prose when it holds a
# comma or a full stop (a paragraph whose last character is a link or a quote mark the dumper lost);
# without either it is a tag cloud or a row of links, whatever the language.
PROSE_NO_STOP: Final = 150
# The share of stopwords (EN + RU lists) among words above which a unit reads as prose. English prose
# runs 0.35-0.5 and Russian 0.2-0.35 with these lists; headlines, menus and lists of names stay
# well under 0.15. Checked on the AEB pages (see docs/cleaning.md).
STOPWORD_SHARE: Final = 0.15
# The stopword share of a unit is measured on its first this many characters (some 40 words): enough
# to tell prose from a list, and long paragraphs need not be read to the end.
STOPWORD_SAMPLE: Final = 250
# Russian news prose carries fewer function words: official-style paragraphs of the dev fixture pages
# run 0.07-0.5 with these lists, while their menus, tickers and footers sit at 0.0.
STOPWORD_SHARE_CYRILLIC: Final = 0.05
# Below this stopword share over all words of a page's long units the page is in a language the lists do not
# cover (AEB holds Portuguese, Korean, Japanese ... pages at 0.00-0.03; English and Russian pages
# sit above 0.2), and the stopword signal is switched off for it.
PAGE_STOPWORD_SHARE: Final = 0.08
# A Chinese, Japanese or Korean character is worth about three Latin ones (a Japanese sentence of
# 25 characters says what an English one of 70-80 does); a page is CJK when CJK_MIN of the first
# SCRIPT_SAMPLE characters of its longer units are, or a quarter of a shorter text (language
# switchers print two to six).
CJK_SCALE: Final = 3.0
CJK_MIN: Final = 100
SCRIPT_SAMPLE: Final = 5000
# Hard-wrapped dumps: a line is at the margin when its length is within this many characters of the
# page's wrap width; word wrapping leaves at most one long word's worth of slack.
WRAP_SLACK: Final = 15
# The widest column that counts as hard wrapping; wider dumps put one paragraph on one line. With
# fewer than ten long lines the evidence is thin, so only the classic terminal widths (72-100) count.
WRAP_MAX: Final = 160
WRAP_MAX_FEW: Final = 100
# Lines this short (menu entries, a paragraph's last words) say nothing about the wrap column.
WRAP_LINE_MIN: Final = 30
# A page whose lines break where a word wrapper would break them holds at least this many such
# breaks: one or two can fall there by chance in a list of links; a hard-wrapped article of short
# paragraphs has one for each paragraph of two lines or more (7 on the one such dev page).
WRAP_BREAKS_MIN: Final = 3


class Kind(IntEnum):
    """What a unit looks like on its own."""

    PROSE = 3
    NEAR = 2
    SHORT = 1
    LIST = 0


def split_units(text: str) -> list[str]:
    """Whitespace-folded units of a dump, blank lines dropped, hard-wrapped paragraphs joined.

    >>> split_units("  Menu \\n\\n• Home\\n\\nFirst line of a paragraph\\n")
    ['Menu', '• Home', 'First line of a paragraph']
    """
    # A stripped line with no whitespace but single ASCII spaces is already folded (isprintable is
    # False for every other whitespace character); only the rest pay for split and join.
    # Blank lines (a third of a w3m dump) matter only where they end a hard-wrapped paragraph, so
    # they are dropped before the per-line work and read again on that rare path.
    lines = [line.strip() for line in text.split("\n")]
    folded = [
        line if line.isprintable() and "  " not in line else " ".join(line.split()) for line in lines if line
    ]
    width = _wrap_width(folded, lines)
    if not width:
        return folded
    rows = [" ".join(line.split()) for line in lines]
    units: list[str] = []
    carry = ""
    for line, following in zip(rows, [*rows[1:], ""], strict=True):
        if line:
            carry = f"{carry} {line}" if carry else line
            if not _runs_on(line, following, width):
                units.append(carry)
                carry = ""
    return units


def _wrap_width(folded: list[str], lines: list[str]) -> int:
    """The page's wrap width when it was hard-wrapped at a narrow column, else 0, given its folded
    non-blank lines and all its stripped lines."""
    lengths = [n for n in map(len, folded) if n > WRAP_LINE_MIN]
    if len(lengths) < 3:
        return 0
    width = max(lengths)
    if width > (WRAP_MAX if len(lengths) >= 10 else WRAP_MAX_FEW):
        return 0
    near = sum(1 for n in lengths if n >= width - WRAP_SLACK)
    # At least half the non-trivial lines sit at the margin in a wrapped dump; in an unwrapped one
    # only the longest few do. A page of short paragraphs amid chrome has fewer lines at the margin,
    # and is told by where its lines break instead.
    return width if near * 2 >= len(lengths) or _breaks_like_wrapping(lines, width) else 0


def _breaks_like_wrapping(lines: list[str], width: int) -> bool:
    """True when most long lines of the page that run straight into the next line end where a word
    wrapper at `width` would end them. Menus and lists of an unwrapped dump also run line into line,
    but their breaks fall anywhere; a paragraph's last line is followed by a blank line and tells
    nothing."""
    rows = [" ".join(line.split()) for line in lines]
    continued = wrapped = 0
    for line, following in pairwise(rows):
        if following and len(line) > WRAP_LINE_MIN:
            continued += 1
            wrapped += _runs_on(line, following, width)
    return wrapped >= WRAP_BREAKS_MIN and wrapped * 2 >= continued


def _runs_on(line: str, following: str, width: int) -> bool:
    """True when `following` continues `line` in a dump wrapped at `width`: `line` sits at the margin
    and the first word of `following`, which is no blank line, would not have fit after it. A
    wrapper (w3m, lynx) breaks a line only there, while a list entry that comes near the margin is
    followed by an entry that would have fit."""
    return (
        bool(following)
        and len(line) >= width - WRAP_SLACK
        and len(line) + 1 + len(following.split(" ", 1)[0]) > width
    )


def stopword_share(text: str) -> float:
    """The share of stopwords among the words of `text`.

    >>> stopword_share("The police said that they detained five people")
    0.5
    """
    stop, words = stopword_count(text)
    return stop / words if words else 0.0


def stopword_count(text: str) -> tuple[int, int]:
    """(stopwords, words) among the first STOPWORD_SAMPLE characters of `text`; words are split at
    whitespace and commas (the one mark that often follows a stopword, "того,"); other punctuation
    stays attached."""
    if len(text) > STOPWORD_SAMPLE:
        words = text[:STOPWORD_SAMPLE].lower().replace(",", " ").split()[:-1]
    else:
        words = text.lower().replace(",", " ").split()
    stopwords = _phrases.STOPWORDS
    stop = 0
    for word in words:  # compiled by mypyc, a plain loop beats sum(map(STOPWORDS.__contains__, words))
        if word in stopwords:
            stop += 1
    return stop, len(words)


def has_letter(text: str) -> bool:
    """True when `text` holds a letter of any script ("___", "1 / 8" and "\u200b" do not); most
    texts open with one, which spares them the search."""
    return text[:1].isalpha() or _LETTER.search(text) is not None


def is_bullet(text: str) -> bool:
    """True for a list entry ("• Home", "1. Define ...")."""
    return _BULLET.match(text) is not None


def is_placeholder(text: str) -> bool:
    """True for an image or form placeholder printed by the dumper ("[logo]")."""
    return text[0] == "[" and _PLACEHOLDER.match(text) is not None


@dataclass(frozen=True, slots=True)
class Script:
    """What a page's writing system changes: the worth of a character and the stopword share of prose."""

    scale: float = 1.0
    min_share: float = STOPWORD_SHARE


_LATIN = Script()


def page_script(units: list[str]) -> Script:
    """The Script of a page, from the first SCRIPT_SAMPLE characters of its units long enough to
    be prose in any script.

    >>> page_script(["Police detained five people."])
    Script(scale=1.0, min_share=0.15)
    >>> page_script(["Полиция задержала пятерых человек."]).min_share
    0.05
    >>> page_script(["警察は昨日、五人を逮捕したと発表した。"]).scale
    3.0
    """
    shortest = PROSE_MIN / CJK_SCALE
    parts: list[str] = []
    size = 0
    for unit in units:
        if len(unit) >= shortest:
            parts.append(unit)
            size += len(unit) + 1
            if size > SCRIPT_SAMPLE:
                break
    sample = "\n".join(parts)[:SCRIPT_SAMPLE]
    if _NOT_LATIN.search(sample) is None:
        return _LATIN
    cjk = len(_CJK.findall(sample))
    scale = CJK_SCALE if cjk >= CJK_MIN or cjk * 4 >= len(sample) > 0 else 1.0
    cyrillic = sample.count("о") + sample.count("е") + sample.count("а")
    latin = sample.count("o") + sample.count("e") + sample.count("a")
    return Script(scale, STOPWORD_SHARE_CYRILLIC if cyrillic > latin else STOPWORD_SHARE)


def stopword_counts(units: list[str], scale: float) -> dict[int, tuple[int, int]]:
    """(stopwords, words) of every unit long enough to be prose, by index; shorter units are SHORT
    whatever their words."""
    shortest = PROSE_MIN / scale
    return {i: stopword_count(unit) for i, unit in enumerate(units) if len(unit) >= shortest}


def uses_stopwords(counts: Iterable[tuple[int, int]]) -> bool:
    """True when the long units of a page, given their (stopwords, words), are in a language the
    stopword lists cover."""
    stop = words = 0
    for s, w in counts:
        stop += s
        words += w
    return words > 0 and stop >= PAGE_STOPWORD_SHARE * words


def classify_page(
    units: list[str], counts: dict[int, tuple[int, int]], script: Script, chrome_free: bool = False
) -> list[Kind]:
    """The kind of every unit given the stopword counts of the long ones; stopwords count only on
    pages written in a language they cover. `chrome_free` says that no unit is chrome (they passed
    classify before)."""
    kinds = [Kind.SHORT] * len(units)
    stopwords_on = uses_stopwords(counts.values())
    for i, (s, w) in counts.items():
        share = (s / w if w else 0.0) if stopwords_on else 1.0
        kinds[i] = classify(units[i], share, script, chrome_free)
    low, high = SENTENCE_MIN / script.scale, PROSE_MIN / script.scale
    for i, unit in enumerate(units):
        if (
            unit.endswith(".")
            and low <= len(unit) < high
            and _is_short_sentence(unit)
            and (chrome_free or not chrome.is_chrome(unit))
        ):
            kinds[i] = Kind.PROSE
    if not chrome_free:
        _mark_captions(units, kinds)
    return kinds


def _mark_captions(units: list[str], kinds: list[Kind]) -> None:
    """A short unit right above a credit line ("Photo: press service") is that picture's caption,
    unless the credit closes the text (see _closes_text)."""
    # A first-letter test for every unit; only the few that pass reach is_credit.
    for i in range(1, len(units)):
        unit = units[i]
        if unit[:1] in _CREDIT_INITIALS and chrome.is_credit(unit):
            kinds[i] = Kind.LIST
            above = units[i - 1]
            if (
                len(above) <= chrome.CAPTION_BEFORE_CREDIT_MAX
                and not is_bullet(above)
                and not _closes_text(units, kinds, i)
                and not _reports(above)
                and not any(above in u for u in units if len(u) > max(2 * len(above), chrome.CAPTION_MAX))
            ):
                # not a paragraph that the page also prints inside the whole article as one block
                kinds[i - 1] = Kind.LIST


def _reports(text: str) -> bool:
    """True when a unit above a credit reads as a paragraph of the report, which a picture's caption
    does not: two full sentences ("По этим фактам возбуждено 96 уголовных дел … Суды вынесли …"; not
    "Neil Gaiman and John M. Ford in 2002.", where a full stop ends an initial), a source ("according
    to", "по данным"), a quote or a question, or two verbs in the past ("more than 850 citizens have
    left …, of whom about 150 have been killed"), where a caption says what the picture shows now
    ("Deval Patrick, left, speaks with a business owner")."""
    parts = _SENTENCE_END.split(text)
    return (
        (len(parts) > 1 and all(len(p.split()) >= SENTENCE_WORDS for p in parts))
        or text[:1] in _QUOTES_AND_DASHES
        or text.endswith("?")
        or _SOURCE.search(text) is not None
        or len(_PAST.findall(text)) >= 2
    )


def _closes_text(units: list[str], kinds: list[Kind], credit: int) -> bool:
    """True when the credit at `credit` follows the last paragraph of a text: prose runs up to it
    (two paragraphs, not a caption printed twice, as alt text and caption often are) and no prose
    follows within CREDIT_REACH units. Many sites print the lead picture's credit there, under the
    text, while a picture inside the text has prose after its credit."""
    if credit < 2 or kinds[credit - 2] is not Kind.PROSE or kinds[credit - 1] is not Kind.PROSE:
        return False
    above, before = units[credit - 1], units[credit - 2]
    if above[:CAPTION_KEY] == before[:CAPTION_KEY]:
        return False
    return all(k is not Kind.PROSE for k in kinds[credit + 1 : credit + 1 + CREDIT_REACH])


# A credit closes the text when no prose follows it within this many units: the tags and share
# widget that follow an article, not the next paragraph after a picture.
CREDIT_REACH: Final = 2
# A caption printed twice (alt text, then the caption) opens the same way in both copies: this many
# characters compared tell a repeat from the paragraph before it.
CAPTION_KEY: Final = 30
# The first letters of the openers in _phrases.PICTURE_CREDIT, to spare other lines the search.
_CREDIT_INITIALS = frozenset("PpIiФфИиСсКк")


def _is_short_sentence(text: str) -> bool:
    """True for a capitalised sentence of four words or more ending with a full stop."""
    return text[0].isupper() and text.count(" ") >= 3 and not text.endswith("..")


def classify(text: str, share: float, script: Script = _LATIN, chrome_free: bool = False) -> Kind:
    """How much a unit reads as prose on its own, given its stopword share.

    >>> classify("Police detained 140 people in 2023, the committee said in a statement on Monday.", 0.3)
    <Kind.PROSE: 3>
    >>> classify("Home | News | World | Sport | Business | Culture | Weather | Contact us | About", 0.0)
    <Kind.LIST: 0>
    """
    n = len(text) * script.scale
    if n < PROSE_MIN:
        return Kind.SHORT
    if share < script.min_share or (text[0] == "[" and is_placeholder(text)) or not has_letter(text):
        return Kind.LIST
    if not chrome_free and chrome.is_chrome(text):
        return Kind.LIST
    if chrome.ends_sentence(text) or (n >= PROSE_NO_STOP and (", " in text or ". " in text)):
        return Kind.PROSE
    return Kind.NEAR
