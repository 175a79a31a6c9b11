"""RSS 2.0, RSS 1.0 and Atom feeds, and plain lists of URLs: where the pages to fetch are listed.

Feeds are parsed with the standard library's expat, which never fetches external entities. A feed
that declares a DTD is refused outright, so entity expansion ("billion laughs") cannot happen, and
callers cap the feed's size before parsing.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain
from urllib.parse import urljoin

_FEED_OPENING = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<\?xml-stylesheet[^>]*\?>\s*)*"
    rb"<(?:rss|feed|rdf:RDF)\b",
    re.DOTALL,
)
_URL_LINE = re.compile(r"https?://\S+")

_ATOM = "{http://www.w3.org/2005/Atom}"
_RSS1 = "{http://purl.org/rss/1.0/}"
_DC_DATE = "{http://purl.org/dc/elements/1.1/}date"


class FeedError(ValueError):
    """The bytes are not a feed this parser can read safely."""


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One entry of a feed: the page it links to, and the title and date the feed gives it."""

    url: str
    title: str | None = None
    published: str | None = None


def looks_like_feed(head: bytes) -> bool:
    """True when the first bytes open an RSS or Atom document.

    >>> looks_like_feed(b'<?xml version="1.0"?><rss version="2.0"><channel>')
    True
    >>> looks_like_feed(b"<html><body>rss</body></html>")
    False
    """
    return bool(_FEED_OPENING.match(head))


def looks_like_url_list(head: bytes) -> bool:
    """True when every non-blank line of the first bytes is one http(s) URL.

    >>> looks_like_url_list(b"https://example.kz/a\\n\\nhttp://example.kz/b\\n")
    True
    >>> looks_like_url_list(b"See https://example.kz/a for the 12 arrests.\\n")
    False
    >>> [looks_like_url_list(b) for b in [b"# wire\\nhttps://example.kz/a\\nPolice detained 12.\\n", b"\\n"]]
    [False, False]
    """
    text = head.decode("utf-8", "replace")
    if "\n" in text.rstrip("\n") and not text.endswith("\n"):
        text = text.rsplit("\n", 1)[0]  # the last line may be cut by the sniffing window
    # Line by line, so that an article is told from its first line, not after stripping all of them.
    lines = _url_lines(text)
    first = next(lines, None)
    return first is not None and all(_URL_LINE.fullmatch(url) for url in chain((first,), lines))


def parse_url_list(text: str) -> list[str]:
    """The URLs of a list, one per line; blank lines and `#` comments are ignored.

    >>> parse_url_list("# wire\\nhttps://example.kz/a\\n\\nhttps://example.kz/b  \\n")
    ['https://example.kz/a', 'https://example.kz/b']
    """
    return list(_url_lines(text))


def _url_lines(text: str) -> Iterator[str]:
    """The stripped lines of a URL list that are neither blank nor `#` comments, lazily."""
    return (s for line in text.splitlines() if (s := line.strip()) and not s.startswith("#"))


def parse_feed(data: bytes, base_url: str | None = None) -> list[FeedItem]:
    """The items of an RSS 2.0, RSS 1.0 or Atom feed, with links made absolute against `base_url`.

    >>> rss = b'<rss version="2.0"><channel><item><title>Twelve detained</title><link>/news/12</link>'
    >>> rss += b'<pubDate>Tue, 12 Mar 2024 09:00:00 +0500</pubDate></item></channel></rss>'
    >>> parse_feed(rss, "https://example.kz/rss")  # doctest: +NORMALIZE_WHITESPACE
    [FeedItem(url='https://example.kz/news/12', title='Twelve detained',
              published='Tue, 12 Mar 2024 09:00:00 +0500')]
    """
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise FeedError("the feed declares a DTD or entities, which newstally refuses to expand")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise FeedError(f"the feed is not well-formed XML ({exc})") from exc
    base = base_url or ""
    items: list[FeedItem] = []
    if root.tag == f"{_ATOM}feed":
        for entry in root.iter(f"{_ATOM}entry"):
            href = _atom_link(entry)
            if href:
                published = _text(entry, f"{_ATOM}published") or _text(entry, f"{_ATOM}updated")
                items.append(FeedItem(urljoin(base, href), _text(entry, f"{_ATOM}title"), published))
        return items
    if root.tag not in ("rss", "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}RDF"):
        raise FeedError(f"the root element <{root.tag}> is neither RSS nor Atom")
    for item in [*root.iter("item"), *root.iter(f"{_RSS1}item")]:
        link = _text(item, "link") or _text(item, f"{_RSS1}link") or _permalink(item)
        if link:
            title = _text(item, "title") or _text(item, f"{_RSS1}title")
            published = _text(item, "pubDate") or _text(item, _DC_DATE)
            items.append(FeedItem(urljoin(base, link), title, published))
    return items


def _text(element: ET.Element, tag: str) -> str | None:
    child = element.find(tag)
    text = None if child is None or child.text is None else child.text.strip()
    return text or None


def _atom_link(entry: ET.Element) -> str | None:
    links = entry.findall(f"{_ATOM}link")
    for link in links:
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href")
    return links[0].get("href") if links else None


def _permalink(item: ET.Element) -> str | None:
    guid = item.find("guid")
    if guid is None or guid.get("isPermaLink", "true") != "true":
        return None
    return _text(item, "guid")
