"""The records that flow through newstally: read → clean → figures → dedupe → store → serve.

Every record keeps its evidence beside its value: a Figure holds the parsed number and the exact
sentence and offsets it came from; a Document holds its cleaned text and the chrome removed from it.
The JSON contract of these records is documented in docs/schema.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

EXTRACTOR_VERSION = "figures.v5"
CLEANER_VERSION = "clean.v1"


@dataclass(slots=True)
class RawDocument:
    """One document as a reader found it, before cleaning.

    `text` holds a text dump, `html` an HTML page; exactly one is set. Metadata fields are those the
    input carried (a JSONL record, WARC headers, HTML meta tags); cleaning may fill the rest.
    """

    source: str
    text: str | None = None
    html: str | None = None
    id: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    author: str | None = None
    language: str | None = None
    fetched: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class ReadError:
    """An input that could not be read. It is reported in the output and never stops the run."""

    source: str
    error: str

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "error": self.error}


@dataclass(frozen=True, slots=True)
class Period:
    """When a figure holds: ISO dates (inclusive) and the words that said so."""

    start: str | None
    end: str | None
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Figure:
    """One number an article reports, with its frame and its evidence.

    `start`/`end` are character offsets of the number's words in the document's `text`;
    `sentence` is the sentence that holds them.
    """

    value: float
    text: str
    start: int
    end: int
    sentence: str
    high: float | None = None
    qualifier: str | None = None
    kind: str = "count"
    unit: str | None = None
    counted: str | None = None
    category: str = "other"
    trigger: str | None = None
    negated: bool = False
    period: Period | None = None
    recurrence: str | None = None
    stock: bool = False
    place: str | None = None
    actor: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": _plain_number(self.value),
            "high": None if self.high is None else _plain_number(self.high),
            "qualifier": self.qualifier,
            "kind": self.kind,
            "unit": self.unit,
            "counted": self.counted,
            "category": self.category,
            "trigger": self.trigger,
            "negated": self.negated,
            "period": None if self.period is None else self.period.to_dict(),
            "recurrence": self.recurrence,
            "stock": self.stock,
            "place": self.place,
            "actor": self.actor,
            "text": self.text,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
        }


@dataclass(slots=True)
class Document:
    """A cleaned article: metadata, body paragraphs, the chrome removed, and its figures."""

    id: str
    source: str
    paragraphs: list[str]
    title: str | None = None
    published: str | None = None
    author: str | None = None
    language: str | None = None
    url: str | None = None
    fetched: str | None = None
    removed: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The body: paragraphs separated by a blank line. Figure offsets point into this string."""
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "published": self.published,
            "author": self.author,
            "language": self.language,
            "text": self.text,
            "figures": [f.to_dict() for f in self.figures],
        }


def _plain_number(x: float) -> int | float:
    """Whole numbers as ints so that JSON reads 140, not 140.0."""
    return int(x) if float(x).is_integer() and abs(x) < 2**53 else x
