"""Plain text dumps of news pages, in any encoding."""

from __future__ import annotations

from newstally.model import RawDocument, ReadError
from newstally.readers.decode import NotTextError, decode_bytes, normalize_spaces


def read_text(data: bytes, source: str) -> RawDocument | ReadError:
    """One text dump is one document."""
    try:
        text, _ = decode_bytes(data)
    except NotTextError as exc:
        return ReadError(source, str(exc))
    text = normalize_spaces(text)
    if not text.strip():
        return ReadError(source, "the file holds only whitespace")
    return RawDocument(source=source, text=text)
