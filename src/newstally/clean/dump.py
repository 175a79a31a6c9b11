"""Text-dump cleaning: from a scraped page's text to title, metadata and body paragraphs.

The orchestrator: split the dump into units (lines), score each as prose or furniture, take the run
of units with the most prose as the body, keep its prose and subheadings, tidy repeats and related
lists, and find the headline, date and author around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import compress
from operator import not_
from typing import Final

from newstally.clean import chrome, meta
from newstally.clean.lines import (
    Kind,
    Script,
    classify_page,
    has_letter,
    is_bullet,
    is_placeholder,
    page_script,
    split_units,
    stopword_counts,
    uses_stopwords,
)
from newstally.clean.repeats import tidy_folded, tidy_paragraphs

# Weights of the body-region search (maximum-sum run of units). Prose counts its length, so that a
# long paragraph outweighs a short menu; everything else costs. The costs were set by hand to the
# smallest values that keep a menu of five short lines from bridging two articles' worth of teasers,
# then checked by site-held-out cross-validation on AEB (docs/cleaning.md).
NEAR_WEIGHT = 0.0
BULLET_PROSE_WEIGHT = 0.0
ISOLATED_WEIGHT = 0.5
SHORT_COST: Final = 20.0
BULLET_COST: Final = 40.0
LIST_COST: Final = 0.5
CHROME_COST = 300.0
RELATED_COST = 40.0
# Prose after a comments heading counts this much: readers' comments read like prose.
COMMENTS_DAMP: Final = 0.1
# A short unit inside the body (a subheading, "With wires") is kept when a prose unit follows within
# this many units; farther out it is furniture between the article's blocks.
SUBHEADING_REACH: Final = 2
# A list item inside a text: a dash, bullet or number and a space, then the item.
_LIST_ITEM = re.compile(r"(?:[–—•-]|\d{1,2}[.)])\s")
_ITEM_ENDS = frozenset(";.,")
# At most this many passes of the body selection over its own output to reach a fixed point; one
# more pass has always sufficed on AEB, the bound only guards against a pathological page.
MAX_PASSES: Final = 4
# First characters of bullets and placeholders, to skip the regular expressions on other lines.
_MARKS = frozenset("•□◦☆★▪●○■·►▶▸✓✔*+-[0123456789")


@dataclass(slots=True)
class Cleaned:
    """The article found in a page: every paragraph is a span of the input, up to whitespace."""

    paragraphs: list[str]
    title: str | None = None
    published: str | None = None
    author: str | None = None
    removed: list[str] = field(default_factory=list)


def clean_dump(text: str) -> Cleaned:
    """Find the article in a text dump: body paragraphs, title, date, author and the chrome removed."""
    units = split_units(text)
    if len(units) <= 1 or all(chrome.ends_sentence(u) for u in units):
        kept, removed = (units, []) if len(units) <= 1 else tidy_paragraphs(units)
        return Cleaned(kept, removed=removed)
    script = page_script(units)
    counts = stopword_counts(units, script.scale)
    kinds = classify_page(units, counts, script)
    start, end = body_region(unit_weights(units, kinds, script.scale))
    keep = select_body(units, kinds, start, end, check=True)
    kept = list(compress(units, keep))
    paragraphs, dropped = tidy_folded(kept, kept, check_chrome=False)
    first = FirstPass(
        script,
        uses_stopwords(counts.values()),
        {units[i]: c for i, c in counts.items()},
        dict(compress(zip(units, kinds, strict=True), keep)),
    )
    paragraphs, settled = settle(paragraphs, first)
    found = meta.find_meta(units, start, end)
    removed = list(compress(units, map(not_, keep)))
    return Cleaned(paragraphs, found.title, found.published, found.author, removed + dropped + settled)


@dataclass(frozen=True, slots=True)
class FirstPass:
    """What the first selection read off a page, for settle to reuse: the script, whether stopwords
    counted, the stopword counts of the long units and the kind of every kept unit."""

    script: Script
    stopwords_on: bool
    counts: dict[str, tuple[int, int]]
    kinds: dict[str, Kind]


def settle(paragraphs: list[str], first: FirstPass) -> tuple[list[str], list[str]]:
    """Select the body again from the kept paragraphs until nothing changes, so that cleaning a
    cleaned text changes nothing; chrome and repeats are already gone and stay gone in a subset.

    A kept unit's kind depends only on its text, the script and whether stopwords count (captions,
    the one kind set by a neighbour, are never kept), so the first pass's kinds hold when the script
    is the same and stopwords do not start to count. Paragraphs that are all prose of positive
    weight are their own body region, which ends the loop without the search."""
    removed: list[str] = []
    for _ in range(MAX_PASSES):
        if len(paragraphs) <= 1 or all(chrome.ends_sentence(p) for p in paragraphs):
            break
        script = page_script(paragraphs)
        if script.scale == first.script.scale:
            counts = {i: first.counts[p] for i, p in enumerate(paragraphs) if p in first.counts}
        else:
            counts = stopword_counts(paragraphs, script.scale)
        if script == first.script and (first.stopwords_on or not uses_stopwords(counts.values())):
            kinds = [first.kinds[p] for p in paragraphs]
        else:
            kinds = classify_page(paragraphs, counts, script, chrome_free=True)
        weights = unit_weights(paragraphs, kinds, script.scale)
        if min(weights) > 0 and all(k is Kind.PROSE for k in kinds):
            break
        start, end = body_region(weights)
        keep = select_body(paragraphs, kinds, start, end, check=False)
        if all(keep):
            break
        removed += compress(paragraphs, map(not_, keep))
        paragraphs = list(compress(paragraphs, keep))
    return paragraphs, removed


def body_region(weights: list[float]) -> tuple[int, int]:
    """The [start, end) run of units with the largest total weight (Kadane's algorithm)."""
    best, best_start, best_end = 0.0, 0, 0
    total, start = 0.0, 0
    for i, w in enumerate(weights):
        if total <= 0:
            total, start = 0.0, i
        total += w
        if total > best:
            best, best_start, best_end = total, start, i + 1
    return best_start, best_end


def unit_weights(units: list[str], kinds: list[Kind], scale: float = 1.0) -> list[float]:
    """How much each unit argues for a body region around it (positive) or against it.

    Prose counts its length, so that a long paragraph outweighs a short menu; everything else costs.
    A date line, byline or related heading after prose marks the next story card and costs most;
    once readers' comments open after the body, prose counts for little. Units before the first
    prose and after the last can never be inside the best run, so they get a flat cost unexamined.
    """
    prose = [i for i, kind in enumerate(kinds) if kind == Kind.PROSE]
    weights = [-SHORT_COST] * len(units)
    if not prose:
        return weights
    damp = 1.0
    last = len(kinds) - 1
    for i in range(prose[0], prose[-1] + 1):
        unit, kind = units[i], kinds[i]
        if kind is Kind.PROSE:
            bullet = unit[0] in _MARKS and is_bullet(unit)
            w = damp * scale * len(unit) * (BULLET_PROSE_WEIGHT if bullet else 1.0)
            if (i == 0 or kinds[i - 1] is not Kind.PROSE) and (i == last or kinds[i + 1] is not Kind.PROSE):
                w *= ISOLATED_WEIGHT
        elif kind is Kind.LIST:
            w = -LIST_COST * scale * len(unit)
        elif unit[0] in _MARKS and (is_bullet(unit) or is_placeholder(unit)):
            w = -BULLET_COST
        elif mark := chrome.line_mark(unit):
            w = -RELATED_COST if mark == "related" else -CHROME_COST
            if mark == "comments":
                damp = COMMENTS_DAMP
        elif unit[:3].lower() in meta.BYLINE_OPENERS and meta.is_byline(unit):
            w = -CHROME_COST
        elif _is_list_item(unit):
            w = 0.0  # "– 121 are women, 43 are men;": an item of a list the text runs through
        else:
            w = damp * NEAR_WEIGHT * scale * len(unit) if kind is Kind.NEAR else -SHORT_COST
        weights[i] = w
    return weights


def select_body(units: list[str], kinds: list[Kind], start: int, end: int, check: bool) -> list[bool]:
    """Which units to keep: the prose of the region [start, end) and the subheadings within it.

    Prose units are never chrome (classify marks chrome as LIST); `check` tests the short ones.
    """
    keep = [False] * len(units)
    seen_prose = False
    for i in range(start, end):
        kind = kinds[i]
        if kind is Kind.PROSE:
            keep[i] = seen_prose = True
        elif kind >= Kind.SHORT:
            keep[i] = (
                seen_prose and _prose_follows(kinds, i, end) and not (check and _is_furniture(units[i], kind))
            )
    _keep_lists(units, kinds, keep, start, end)
    return keep


def _is_list_item(unit: str) -> bool:
    return _LIST_ITEM.match(unit) is not None and unit.rstrip()[-1:] in _ITEM_ENDS


def _keep_lists(units: list[str], kinds: list[Kind], keep: list[bool], start: int, end: int) -> None:
    """Keep a list that the text runs through: items that open with a dash, bullet or number and end
    with ";", "." or ",", between kept paragraphs, with the line ending in ":" that announces them
    ("Key figures from the briefing:" / "– 367 of those returned are children, …;")."""
    i = start
    while i < end:
        if not _is_list_item(units[i]):
            i += 1
            continue
        j = i
        while j < end and _is_list_item(units[j]):
            j += 1
        intro = i - 1 if i > start and units[i - 1].endswith(":") and kinds[i - 1] is not Kind.LIST else i
        before = intro - 1
        if before >= start and keep[before] and any(keep[j:end]):
            for k in range(intro, j):
                keep[k] = True
        i = j


def _prose_follows(kinds: list[Kind], i: int, end: int) -> bool:
    return any(k is Kind.PROSE for k in kinds[i + 1 : min(end, i + 1 + SUBHEADING_REACH)])


def _is_furniture(unit: str, kind: Kind) -> bool:
    """True for a short line or headline of the first pass that is no subheading; a headline (NEAR)
    passed classify's letter, placeholder and chrome tests already."""
    return (
        (kind is Kind.SHORT and (not has_letter(unit) or is_placeholder(unit) or chrome.is_chrome(unit)))
        or chrome.is_date_line(unit)
        or meta.is_byline(unit)
    )
