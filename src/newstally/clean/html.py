"""HTML pages: the article through trafilatura, metadata through trafilatura and htmldate, then tidying.

The page is parsed once. Trafilatura runs in precision mode, which keeps less chrome; when that
keeps almost nothing, the balanced mode gets a second try. The headline goes to `title`, never the
body, and the extractor's paragraphs then lose the related lists, captions and widgets that the
text-dump cleaner also drops.
"""

from __future__ import annotations

import contextlib
import logging
import re
from dataclasses import dataclass
from typing import Any

from htmldate import find_date
from lxml.html import HtmlElement
from trafilatura import bare_extraction
from trafilatura.metadata import examine_meta, extract_author, extract_meta_json, extract_title, extract_url
from trafilatura.utils import load_html

from newstally.clean import chrome
from newstally.clean.dump import Cleaned
from newstally.clean.repeats import find_related_lists, fold, text_key

# trafilatura and htmldate log a page they cannot use at ERROR level; without a handler Python
# would print those lines on stderr. The page's outcome is reported by newstally instead.
for _name in ("trafilatura", "htmldate"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

# Precision mode keeps less chrome than trafilatura's balanced mode (AEB F1 0.964 vs 0.960) but on a
# few pages keeps only a reprint notice. Below this many characters the balanced mode is tried, and
# taken when it finds at least RETRY_GAIN times as much. On AEB the F1 is flat for thresholds from
# 500 to 2000 characters and gains from 2 to 3; leave-one-site-out picks the same values.
RETRY_BELOW_CHARS = 500
RETRY_GAIN = 2.0

_EXTRACT_OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "with_metadata": False,
}
_LANG = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]+)*$", re.IGNORECASE)


@dataclass(slots=True)
class HtmlArticle:
    """The article of a page, with the page's own URL and language where it states them."""

    cleaned: Cleaned
    url: str | None = None
    language: str | None = None


def clean_html(html: str, url: str | None = None) -> HtmlArticle:
    """Find the article in an HTML page: body paragraphs, removed chrome and metadata."""
    tree = load_html(html)
    if tree is None:
        return HtmlArticle(Cleaned(paragraphs=[]), url)
    title, author, published = page_metadata(tree, url)
    kept, removed = tidy_extracted(extract_paragraphs(tree, url), title)
    cleaned = Cleaned(kept, title=title, published=published, author=author, removed=removed)
    return HtmlArticle(cleaned, extract_url(tree, url), page_language(tree))


def extract_paragraphs(tree: HtmlElement, url: str | None = None) -> list[str]:
    """The article's blocks (paragraphs, list items, table rows) in page order, as trafilatura finds them."""
    text = _extract(tree, url, favor_precision=True)
    if len(text) < RETRY_BELOW_CHARS:
        balanced = _extract(tree, url, favor_precision=False)
        if len(balanced) >= RETRY_GAIN * len(text):
            text = balanced
    return [line for line in text.split("\n") if line.strip()]


def _extract(tree: HtmlElement, url: str | None, favor_precision: bool) -> str:
    doc = bare_extraction(tree, url=url, favor_precision=favor_precision, **_EXTRACT_OPTIONS)
    text = getattr(doc, "text", None)
    return text if isinstance(text, str) else ""


def tidy_extracted(paragraphs: list[str], title: str | None) -> tuple[list[str], list[str]]:
    """(kept, removed): drop a leading copy of the headline, related lists, captions, tag lines and widgets.

    The repeat rule of `tidy_paragraphs` is left out here: trafilatura prints each block of the page
    once, so its repeats are the page's own (recipe steps, interview questions, table headers).
    On AEB that rule cost 0.003 F1 and helped one page of 181.

    >>> tidy_extracted(["Twelve detained", "Police detained 12 people in Almaty.", "Photo: Reuters"],
    ...                "Twelve detained")
    (['Police detained 12 people in Almaty.'], ['Twelve detained', 'Photo: Reuters'])
    """
    folded = [fold(p) for p in paragraphs]
    drop = find_related_lists(folded)
    drop.update(i for i, para in enumerate(folded) if chrome.is_chrome(para))
    if folded and title and text_key(folded[0]) == text_key(title):
        drop.add(0)
    kept = [p for i, p in enumerate(folded) if i not in drop]
    removed = [p for i, p in enumerate(folded) if i in drop]
    return kept, removed


def page_metadata(tree: HtmlElement, url: str | None = None) -> tuple[str | None, str | None, str | None]:
    """(title, author, published date) as the page states them: meta tags, JSON-LD, then markup.

    These are the steps of trafilatura's `extract_metadata` that newstally uses; its site name,
    categories, tags and licence would cost a third of the extraction time for nothing.
    """
    meta = examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None  # a one-word "author" meta is a site handle far more often than a name
    with contextlib.suppress(ValueError, TypeError, AttributeError, KeyError):
        meta = extract_meta_json(tree, meta)  # malformed JSON-LD raises; the meta tags still stand
    published = find_date(tree, extensive_search=False, original_date=True, url=url or meta.url)
    return meta.title or extract_title(tree), meta.author or extract_author(tree), published


def page_language(tree: HtmlElement) -> str | None:
    """The ISO 639 code the page declares in `<html lang>` or a content-language meta tag.

    >>> from lxml.html import fromstring
    >>> page_language(fromstring('<html lang="ru-RU"><body><p>Задержаны</p></body></html>'))
    'ru'
    """
    declared = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not declared:
        for content in tree.xpath('//meta[@http-equiv="content-language" or @property="og:locale"]/@content'):
            declared = str(content)
            break
    match = _LANG.match((declared or "").strip())
    return match.group(1).lower() if match else None
