"""Ingest: pages in, stored documents out. Unchanged pages are skipped before they are cleaned.

A document's identity is where it came from: the absolute path (or URL) of its file, with `#id` for
a record of a JSONL export that has an id, `#N` for the N-th id-less record of a file after the
first, and `-#<content hash>` for standard input. Its content hash (input text and metadata) decides
whether a stored document changed; a change of cleaner or extractor version re-processes it too.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from newstally import pipeline
from newstally.model import Document, RawDocument, ReadError
from newstally.readers import DEFAULT_MAX_BYTES, read_sources
from newstally.store.connection import connect
from newstally.store.writer import BATCH_SIZE, RunCounts, Writer

OnItem = Callable[[Document | ReadError], None]


def ingest(
    sources: Iterable[str],
    db: str | Path,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_item: OnItem | None = None,
    batch_size: int = BATCH_SIZE,
) -> RunCounts:
    """Read, clean, extract and store every page in `sources` into the store at `db`."""
    sources = list(sources)
    conn = connect(db)
    try:
        writer = Writer(conn, json.dumps(sources, ensure_ascii=False), batch_size=batch_size)
        status = "failed"
        try:
            store_items(read_sources(sources, max_bytes=max_bytes), writer, on_item)
            status = "done"
        finally:
            counts = writer.finish(status)
    finally:
        conn.close()
    return counts


def store_items(
    items: Iterable[RawDocument | ReadError], writer: Writer, on_item: OnItem | None = None
) -> None:
    """Run the pipeline over the items that changed and write what comes out."""
    pending: deque[tuple[str, str] | None] = deque()
    notify = on_item or (lambda item: None)

    def changed() -> Iterator[RawDocument | ReadError]:
        ordinals: Counter[str] = Counter()
        for item in items:
            if isinstance(item, RawDocument):
                key, digest = identity(item, ordinals), content_hash(item)
                if writer.is_unchanged(key, digest):
                    writer.skip()
                    continue
                pending.append((key, digest))
            else:
                pending.append(None)
            yield item

    for out in pipeline.run(changed()):
        ident = pending.popleft()
        if isinstance(out, ReadError):
            writer.error()
        else:
            if ident is None:
                raise RuntimeError(f"{out.source}: the pipeline returned a document for a read error")
            writer.write(out, *ident)
        notify(out)


def identity(raw: RawDocument, ordinals: Counter[str]) -> str:
    """The key a raw document is stored under (see the module docstring)."""
    if raw.source == "-":
        return f"-#{content_hash(raw)}"
    base = raw.source if "://" in raw.source else os.path.abspath(raw.source)
    if raw.id is not None:
        return f"{base}#{raw.id}"
    ordinals[base] += 1
    n = ordinals[base]
    return base if n == 1 else f"{base}#{n}"


def content_hash(raw: RawDocument) -> str:
    """The SHA-256 of a raw document's input text or HTML and its metadata."""
    fields = [raw.text, raw.html, raw.url, raw.title, raw.published, raw.author, raw.language, raw.fetched]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()
