"""Text-dump cleaning: from a scraped page's text to title, metadata and body paragraphs.

The orchestrator: split the dump into units (lines), score each as prose or furniture, take the run
of units with the most prose as the body, keep its prose and subheadings, tidy repeats and related
lists, and find the headline, date and author around it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import compress

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
)
from newstally.clean.repeats import tidy_folded, tidy_paragraphs

# Weights of the body-region search (maximum-sum run of units). Prose counts its length, so that a
# long paragraph outweighs a short menu; everything else costs. The costs were set by hand to the
# smallest values that keep a menu of five short lines from bridging two articles' worth of teasers,
# then checked by site-held-out cross-validation on AEB (docs/cleaning.md).
NEAR_WEIGHT = 0.0
BULLET_PROSE_WEIGHT = 0.0
ISOLATED_WEIGHT = 0.5
SHORT_COST = 20.0
BULLET_COST = 40.0
LIST_COST = 0.5
CHROME_COST = 300.0
RELATED_COST = 40.0
# Prose after a comments heading counts this much: readers' comments read like prose.
COMMENTS_DAMP = 0.1
# A short unit inside the body (a subheading, "With wires") is kept when a prose unit follows within
# this many units; farther out it is furniture between the article's blocks.
SUBHEADING_REACH = 2
# At most this many passes of the body selection over its own output to reach a fixed point; one
# more pass has always sufficed on AEB, the bound only guards against a pathological page.
MAX_PASSES = 4
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
    start, end = body_region(units, kinds, script.scale)
    kept, removed = select_body(units, kinds, start, end, check=True)
    paragraphs, dropped = tidy_folded(kept, kept, check_chrome=False)
    paragraphs, settled = settle(paragraphs, script, {units[i]: c for i, c in counts.items()})
    found = meta.find_meta(units, start, end)
    return Cleaned(paragraphs, found.title, found.published, found.author, removed + dropped + settled)


def settle(
    paragraphs: list[str], first: Script, counts: dict[str, tuple[int, int]]
) -> tuple[list[str], list[str]]:
    """Select the body again from the kept paragraphs until nothing changes, so that cleaning a
    cleaned text changes nothing; chrome and repeats are already gone and stay gone in a subset.
    `first` and `counts` are the script and stopword counts of the first pass, reused when they hold."""
    removed: list[str] = []
    for _ in range(MAX_PASSES):
        if len(paragraphs) <= 1 or all(chrome.ends_sentence(p) for p in paragraphs):
            break
        script = page_script(paragraphs)
        if script.scale == first.scale:
            page_counts = {i: counts[p] for i, p in enumerate(paragraphs) if p in counts}
        else:
            page_counts = stopword_counts(paragraphs, script.scale)
        kinds = classify_page(paragraphs, page_counts, script, chrome_free=True)
        start, end = body_region(paragraphs, kinds, script.scale)
        kept, dropped = select_body(paragraphs, kinds, start, end, check=False)
        if not dropped:
            break
        paragraphs, removed = kept, removed + dropped
    return paragraphs, removed


def body_region(units: list[str], kinds: list[Kind], scale: float = 1.0) -> tuple[int, int]:
    """The [start, end) run of units with the largest total weight (Kadane's algorithm)."""
    best, best_start, best_end = 0.0, 0, 0
    total, start = 0.0, 0
    for i, w in enumerate(unit_weights(units, kinds, scale)):
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
    prose = list(compress(range(len(kinds)), map(Kind.PROSE.__eq__, kinds)))
    if not prose:
        return [-SHORT_COST] * len(units)
    weights = [-SHORT_COST] * len(units)
    damp = 1.0
    for i in range(prose[0], prose[-1] + 1):
        unit, kind = units[i], kinds[i]
        if kind is Kind.PROSE:
            bullet = unit[0] in _MARKS and is_bullet(unit)
            w = damp * scale * len(unit) * (BULLET_PROSE_WEIGHT if bullet else 1.0)
            if (i == 0 or kinds[i - 1] is not Kind.PROSE) and (
                i + 1 == len(kinds) or kinds[i + 1] is not Kind.PROSE
            ):
                w *= ISOLATED_WEIGHT
        elif kind is Kind.LIST:
            w = -LIST_COST * scale * len(unit)
        elif unit[0] in _MARKS and (is_bullet(unit) or is_placeholder(unit)):
            w = -BULLET_COST
        elif heading := chrome.heading_kind(unit):
            w = -RELATED_COST if heading == "related" else -CHROME_COST
            if heading == "comments":
                damp = COMMENTS_DAMP
        elif _is_marker(unit):
            w = -CHROME_COST
        else:
            w = damp * NEAR_WEIGHT * scale * len(unit) if kind is Kind.NEAR else -SHORT_COST
        weights[i] = w
    return weights


def _is_marker(unit: str) -> bool:
    """True for a line that opens a story card or a comment: a date, a byline, a comment's author."""
    return (
        chrome.is_date_line(unit)
        or chrome.is_comment_author(unit)
        or (unit[:3].lower() in meta.BYLINE_OPENERS and meta.is_byline(unit))
    )


def select_body(
    units: list[str], kinds: list[Kind], start: int, end: int, check: bool
) -> tuple[list[str], list[str]]:
    """(kept, removed): the prose of the region and the subheadings within it.

    Prose units are never chrome (classify marks chrome as LIST); `check` tests the short ones.
    """
    kept: list[str] = []
    removed: list[str] = units[:start]
    seen_prose = False
    for i in range(start, end):
        unit, kind = units[i], kinds[i]
        if kind is Kind.PROSE:
            keep = True
        elif kind >= Kind.SHORT:
            keep = seen_prose and _prose_follows(kinds, i, end) and not (check and _is_furniture(unit))
        else:
            keep = False
        seen_prose = seen_prose or kind is Kind.PROSE
        (kept if keep else removed).append(unit)
    return kept, removed + units[end:]


def _prose_follows(kinds: list[Kind], i: int, end: int) -> bool:
    return any(k is Kind.PROSE for k in kinds[i + 1 : min(end, i + 1 + SUBHEADING_REACH)])


def _is_furniture(unit: str) -> bool:
    return (
        not has_letter(unit)
        or is_placeholder(unit)
        or chrome.is_chrome(unit)
        or chrome.is_date_line(unit)
        or meta.is_byline(unit)
    )
