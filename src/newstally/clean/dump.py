"""Text-dump cleaning: from a scraped page's text to title, metadata and body paragraphs."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Cleaned:
    """The article found in a page: every paragraph is a span of the input, up to whitespace."""

    paragraphs: list[str]
    title: str | None = None
    published: str | None = None
    author: str | None = None
    removed: list[str] = field(default_factory=list)


def clean_dump(text: str) -> Cleaned:
    """Split into blank-line blocks and keep the ones that read as prose."""
    paragraphs, removed = [], []
    for block in text.split("\n\n"):
        para = " ".join(block.split())
        if len(para) > 80 and para[-1:] in ".!?\"'»”":
            paragraphs.append(para)
        elif para:
            removed.append(para)
    return Cleaned(paragraphs=paragraphs, removed=removed)
