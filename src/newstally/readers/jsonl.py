"""JSON Lines exports: one document per line, `{"id", "text" | "html", "url", "title", "published", ...}`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from newstally.model import RawDocument, ReadError
from newstally.readers.decode import NotTextError, decode_bytes, normalize_spaces

_META = ("url", "title", "published", "author", "language")


def looks_like_jsonl(data: bytes) -> bool:
    """True when the first non-blank line is a JSON object."""
    head = data[:65536].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"{"):
        return False
    first = head.split(b"\n", 1)[0]
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False


def read_jsonl(data: bytes, source: str) -> Iterator[RawDocument | ReadError]:
    """Yield one document per line; a bad line is an error naming its line number."""
    try:
        text, _ = decode_bytes(data)
    except NotTextError as exc:
        yield ReadError(source, str(exc))
        return
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadError(where, f"line {lineno} is not valid JSON ({exc.msg})")
            continue
        if not isinstance(rec, dict):
            yield ReadError(where, f"line {lineno} is not a JSON object")
            continue
        yield record_to_raw(rec, source, where)


def record_to_raw(rec: dict[str, Any], source: str, where: str) -> RawDocument | ReadError:
    """Map an export record (JSONL line, CSV row) to a RawDocument."""
    body, html = rec.get("text"), rec.get("html")
    if not isinstance(body, str) and not isinstance(html, str):
        return ReadError(where, 'the record has no "text" or "html" string field')
    meta = {k: str(rec[k]) for k in _META if rec.get(k) not in (None, "")}
    rid = rec.get("id")
    extra = {k: v for k, v in rec.items() if k not in {"id", "text", "html", *_META}}
    return RawDocument(
        source=source,
        text=normalize_spaces(body) if isinstance(body, str) else None,
        html=html if not isinstance(body, str) and isinstance(html, str) else None,
        id=None if rid is None else str(rid),
        extra=extra,
        **meta,
    )
