"""Paragraph-level tidying that needs no page layout: repeats, related lists, captions, widgets.

`tidy_paragraphs` serves both the text-dump cleaner and the HTML path, whose extractor already
found the article but may still carry a related list, a caption or the article printed twice.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Final

from newstally.clean import chrome

_TOKEN = re.compile(r"\w+")
# A sentence: text up to and including a run of terminal punctuation and closing quotes. Decimal
# points split too, the same way in every copy, so keys still match.
_SENTENCE = re.compile(r"[^.!?…。！？]+(?:[.!?…。！？]+[\"'»”’)」』）]*)?")

# A paragraph is a repeat when at least this share of its characters are sentences that also stand
# in another kept paragraph. One half means "most of it"; the AEB copies that motivated the rule
# (an article printed once as one paragraph and again split up) share 90-100%, while a body paragraph
# that merely quotes one sentence of another shares far less.
REPEAT_SHARE: Final = 0.5
# Sentences shorter than this many characters ("He said no.") recur naturally; ignore them.
MIN_SENTENCE_KEY: Final = 20


# The prefilter scans the whole text once per paragraph; beyond this many paragraphs that quadratic
# scan costs more than the direct search, which is linear in the number of sentences.
PREFILTER_MAX: Final = 64


def fold(text: str) -> str:
    """Whitespace runs folded into one space, ends stripped.

    >>> fold("  140 people\\n  detained ")
    '140 people detained'
    """
    return " ".join(text.split())


def text_key(text: str) -> str:
    """A comparison key: lower-case word tokens joined by spaces.

    >>> text_key("“140 people,” he said.")
    '140 people he said'
    """
    return " ".join(_TOKEN.findall(text.lower()))


def sentence_keys(text: str) -> list[tuple[str, int]]:
    """The keys (lower-cased, whitespace-folded) and lengths of the sentences of `text` long enough
    to compare; copies of one page's text differ in layout only, so that is all a key must forgive.

    >>> sentence_keys("Police detained 140 people. He said no.")
    [('police detained 140 people.', 27)]
    """
    return [
        (key, len(key))
        for key in map(str.strip, _SENTENCE.findall(text.lower()))
        if len(key) >= MIN_SENTENCE_KEY
    ]


def find_repeats(paragraphs: list[str]) -> set[int]:
    """Indexes of paragraphs whose text is mostly told again by the other kept paragraphs.

    An exact repeat loses its later copy; a paragraph that is the concatenation of others (before or
    after it) is dropped and the split paragraphs stay; a short quote of a longer paragraph goes.

    >>> sorted(find_repeats(["One two three four. Five six seven eight.", "One two three four.",
    ...                      "Five six seven eight.", "Five six seven eight."]))
    [0, 3]
    """
    if len(paragraphs) <= PREFILTER_MAX and not _may_repeat(paragraphs):
        return set()
    keys = [sentence_keys(p) for p in paragraphs]
    holders: dict[str, set[int]] = defaultdict(set)
    for i, sentences in enumerate(keys):
        for key, _ in sentences:
            holders[key].add(i)
    candidates = []
    for i, sentences in enumerate(keys):
        shared = {j for key, _ in sentences for j in holders[key] if j != i}
        if shared:
            candidates.append((-len(shared), -_share(sentences, holders, i, set()), -len(paragraphs[i]), -i))
    dropped: set[int] = set()
    for _, _, _, neg_i in sorted(candidates):
        i = -neg_i
        if _share(keys[i], holders, i, dropped) >= REPEAT_SHARE:
            dropped.add(i)
    return dropped


def _may_repeat(paragraphs: list[str]) -> bool:
    """False when no paragraph's opening words occur anywhere else: then there is no repeat to find
    (a copy, a concatenation, a chunk or a quote starts where some paragraph starts)."""
    page = "\n".join(paragraphs).lower()
    return any(page.count(p[:MIN_SENTENCE_KEY].lower()) > 1 for p in paragraphs if len(p) >= MIN_SENTENCE_KEY)


def _share(
    sentences: list[tuple[str, int]], holders: dict[str, set[int]], i: int, dropped: set[int]
) -> float:
    """The share of a paragraph's sentence characters that another live paragraph also holds."""
    total = sum(n for _, n in sentences)
    if not total:
        return 0.0
    told = sum(n for key, n in sentences if any(j != i and j not in dropped for j in holders[key]))
    return told / total


def find_related_lists(paragraphs: list[str]) -> set[int]:
    """Indexes of related-story headings ("Read also", "Новости по теме") and the headlines under them."""
    out: set[int] = set()
    in_list = False
    for i, para in enumerate(paragraphs):
        if chrome.is_related_heading(para):
            out.add(i)
            in_list = True
        elif in_list and (chrome.is_headline_like(para) or chrome.is_date_line(para)):
            out.add(i)
        else:
            in_list = False
    return out


def tidy_paragraphs(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """(kept, removed): drop repeats, related lists, captions, tag lines and widgets; keep the order.

    >>> tidy_paragraphs(["Police detained 140 people in 2023, the committee said.", "Photo: Reuters",
    ...                  "Read also", "Five detained in Almaty", "Tags: police, Almaty"])
    (['Police detained 140 people in 2023, the committee said.'], ['Photo: Reuters', 'Read also', \
'Five detained in Almaty', 'Tags: police, Almaty'])
    """
    return tidy_folded(paragraphs, [fold(p) for p in paragraphs], check_chrome=True)


def tidy_folded(paragraphs: list[str], folded: list[str], check_chrome: bool) -> tuple[list[str], list[str]]:
    """tidy_paragraphs given the folded paragraphs; `check_chrome=False` when the caller already
    dropped every paragraph that chrome.is_chrome flags."""
    drop = find_related_lists(folded)
    if check_chrome:
        drop.update(i for i, para in enumerate(folded) if not para or chrome.is_chrome(para))
    live = [i for i in range(len(folded)) if i not in drop]
    drop.update(live[k] for k in find_repeats([folded[i] for i in live]))
    kept = [p for i, p in enumerate(paragraphs) if i not in drop]
    removed = [p for i, p in enumerate(paragraphs) if i in drop]
    return kept, removed
