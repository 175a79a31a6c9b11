"""The pipeline: a list of stages, each a plain callable over an iterable of items.

Items are RawDocuments going in and Documents coming out; a ReadError passes through every stage
untouched so that it reaches the output in input order.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator

from newstally.clean import clean_dump
from newstally.clean.html import clean_html
from newstally.figures import Indicators, default_indicators, extract_figures
from newstally.language import detect_language
from newstally.model import EXTRACTOR_VERSION, Document, RawDocument, ReadError

Item = Document | RawDocument | ReadError
Stage = Callable[[Iterable[Item]], Iterator[Item]]


def content_id(text: str) -> str:
    """A stable id from content: the first 16 hex digits of the SHA-256 of the text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def clean_document(raw: RawDocument) -> Document | ReadError:
    """Turn one raw page into a cleaned Document."""
    url = raw.url
    page_language = None
    if raw.html is not None:
        article = clean_html(raw.html, raw.url)
        cleaned, url, page_language = article.cleaned, raw.url or article.url, article.language
    elif raw.text is not None:
        cleaned = clean_dump(raw.text)
    else:
        return ReadError(raw.source, "the document has neither text nor HTML")
    original = raw.text if raw.text is not None else raw.html or ""
    doc = Document(
        id=raw.id or content_id(original),
        source=raw.source,
        paragraphs=cleaned.paragraphs,
        title=raw.title or cleaned.title,
        published=raw.published or cleaned.published,
        author=raw.author or cleaned.author,
        url=url,
        fetched=raw.fetched,
        removed=cleaned.removed,
    )
    doc.language = raw.language or page_language or detect_language(doc.text or original)
    return doc


def _failed(source: str, doing: str, exc: Exception) -> ReadError:
    """The error of a page on which newstally itself failed: the page is reported, the run goes on.

    A bug met on one page of a crawl must not stop the run, nor every re-run at the same page.
    """
    return ReadError(
        source, f"newstally failed while {doing} this page ({type(exc).__name__}: {exc}); please report it"
    )


def clean_stage(items: Iterable[Item]) -> Iterator[Item]:
    """Clean every raw page; pass everything else through."""
    for item in items:
        if isinstance(item, RawDocument):
            try:
                yield clean_document(item)
            except Exception as exc:
                yield _failed(item.source, "cleaning", exc)
        else:
            yield item


def figures_stage(indicators: Indicators | None = None) -> Stage:
    """A stage that sets each document's figures (built-in packs, or `indicators` from --pack files)."""

    def stage(items: Iterable[Item]) -> Iterator[Item]:
        for item in items:
            if isinstance(item, Document):
                try:
                    item.figures = extract_figures(
                        item.text,
                        published=item.published,
                        language=item.language,
                        title=item.title,
                        indicators=indicators,
                    )
                except Exception as exc:
                    yield _failed(item.source, "finding the figures of", exc)
                    continue
            yield item

    return stage


DEFAULT_STAGES: list[Stage] = [clean_stage, figures_stage()]


def extractor_version(indicators: Indicators | None = None) -> str:
    """The figure extractor and the packs it reads, as stores record them: a change of either
    makes a store extract its pages again.

    >>> extractor_version()
    'figures.v5+security.v5'
    """
    return "+".join([EXTRACTOR_VERSION, *(pack.id for pack in (indicators or default_indicators()).packs)])


def run(items: Iterable[Item], stages: list[Stage] | None = None) -> Iterator[Document | ReadError]:
    """Run `items` through the stages, lazily, one document at a time."""
    stream: Iterable[Item] = items
    for stage in DEFAULT_STAGES if stages is None else stages:
        stream = stage(stream)
    for item in stream:
        if isinstance(item, RawDocument):
            raise TypeError(f"{item.source}: the pipeline ended with an uncleaned document")
        yield item
