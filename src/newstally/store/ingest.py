"""Ingest: pages in, stored documents out. Unchanged pages are skipped before they are cleaned.

A document's identity is where it came from: the absolute path (or URL) of its file, with `#id` for
a record of a JSONL export that has an id, `#N` for the N-th id-less record of a file after the
first, and `-#<content hash>` for standard input. Its content hash (input text and metadata) decides
whether a stored document changed; a change of cleaner or extractor version re-processes it too.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import pickle
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from multiprocessing.pool import AsyncResult
from pathlib import Path

from newstally import pipeline
from newstally.figures import Indicators
from newstally.figures.packs import indicators_with
from newstally.model import Document, RawDocument, ReadError
from newstally.readers import DEFAULT_MAX_BYTES, read_sources
from newstally.store.connection import connect
from newstally.store.writer import BATCH_SIZE, Prepared, RunCounts, Writer, prepare

OnItem = Callable[[Document | ReadError], None]
Ident = tuple[str, str] | None
Processed = list[tuple[Document | ReadError, Prepared | None]]

# Pages sent to a worker at a time, and chunks in flight per worker. 16 AEB pages are about 110 ms of
# pipeline work (6.7 ms each), so pickling them to and from a worker costs little; two chunks per
# worker keep it busy while the writer drains the previous one.
CHUNK = 16
IN_FLIGHT = 2


def default_workers() -> int:
    """Worker processes for the pipeline: one per core, at most four (the one writer saturates then)."""
    return max(1, min(os.cpu_count() or 1, 4))


def ingest(
    sources: Iterable[str],
    db: str | Path,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_item: OnItem | None = None,
    batch_size: int = BATCH_SIZE,
    workers: int = 1,
    packs: tuple[str, ...] = (),
) -> RunCounts:
    """Read, clean, extract and store every page in `sources` into the store at `db`.

    With `workers` > 1, cleaning, figures and MinHash run in that many processes; this process
    alone writes, in input order. `packs` are indicator pack files added to the built-in ones
    (packs.indicators_with); stored pages read with other packs are extracted again.
    """
    sources = list(sources)
    extractor = pipeline.extractor_version(_indicators(packs))
    conn = connect(db)
    try:
        writer = Writer(
            conn, json.dumps(sources, ensure_ascii=False), batch_size=batch_size, extractor=extractor
        )
        status = "failed"
        try:
            items = read_sources(sources, max_bytes=max_bytes)
            store_items(items, writer, on_item, workers=workers, packs=packs)
            status = "done"
        except KeyboardInterrupt:
            status = "interrupted"
            raise
        finally:
            counts = writer.finish(status)
    finally:
        conn.close()
    return counts


def store_items(
    items: Iterable[RawDocument | ReadError],
    writer: Writer,
    on_item: OnItem | None = None,
    workers: int = 1,
    packs: tuple[str, ...] = (),
) -> None:
    """Run the pipeline over the items that changed and write what comes out, in input order."""
    notify = on_item or (lambda item: None)
    chunks = _changed_chunks(items, writer)
    job = (packs, writer.extractor)
    if workers <= 1:
        for idents, chunk in chunks:
            _write(writer, idents, process(chunk, *job), notify)
        return
    _warm_up(packs)
    with multiprocessing.Pool(workers) as pool:
        inflight: deque[tuple[list[Ident], AsyncResult[bytes]]] = deque()
        for idents, chunk in chunks:
            inflight.append((idents, pool.apply_async(process_pickled, (chunk, *job))))
            if len(inflight) >= workers * IN_FLIGHT:
                done_idents, result = inflight.popleft()
                _write(writer, done_idents, _unpickled(result.get()), notify)
        while inflight:
            done_idents, result = inflight.popleft()
            _write(writer, done_idents, _unpickled(result.get()), notify)


# A page in each language the pipeline's models know, run once before the workers fork.
_WARM_UP = [
    "Police detained 12 people in Almaty on Monday, the interior ministry said in a statement today.",
    "Полиция задержала 12 человек в Алматы в понедельник, сообщили в министерстве внутренних дел.",
]


def _warm_up(packs: tuple[str, ...]) -> None:
    """Load the language and figures models here, so that forked workers share them, not reload them."""
    process([RawDocument(source="warm-up", text=text) for text in _WARM_UP], packs, "warm-up")


@cache
def _indicators(packs: tuple[str, ...]) -> Indicators:
    """The indicators of the built-in packs and `packs`, built once per process."""
    return indicators_with(packs)


def process(chunk: list[RawDocument | ReadError], packs: tuple[str, ...], extractor: str) -> Processed:
    """The pipeline (with the pack files `packs`) and the writer's pure work for a chunk of pages,
    run in a worker; `extractor` is the version the figure rows record."""
    out: Processed = []
    stages = [pipeline.clean_stage, pipeline.figures_stage(_indicators(packs))]
    for item in pipeline.run(chunk, stages):
        out.append((item, None if isinstance(item, ReadError) else prepare(item, extractor)))
    if len(out) != len(chunk):
        raise RuntimeError(f"the pipeline returned {len(out)} items for {len(chunk)} inputs")
    return out


def process_pickled(chunk: list[RawDocument | ReadError], packs: tuple[str, ...], extractor: str) -> bytes:
    """`process`, its result pickled here in the worker.

    The pool unpickles a result in a thread of its own, and a result that fails to unpickle there
    kills that thread and leaves the run waiting forever; unpickled by `_unpickled` in the writing
    thread, it fails the run with an error instead.
    """
    return pickle.dumps(process(chunk, packs, extractor), protocol=pickle.HIGHEST_PROTOCOL)


def _unpickled(data: bytes) -> Processed:
    try:
        processed: Processed = pickle.loads(data)
    except Exception as exc:
        raise RuntimeError(f"a worker's result could not be read back ({type(exc).__name__}: {exc})") from exc
    return processed


def _changed_chunks(
    items: Iterable[RawDocument | ReadError], writer: Writer
) -> Iterator[tuple[list[Ident], list[RawDocument | ReadError]]]:
    """Chunks of the items not stored unchanged, each with the key and hash of its pages."""
    ordinals: Counter[str] = Counter()
    idents: list[Ident] = []
    chunk: list[RawDocument | ReadError] = []
    for item in items:
        if isinstance(item, RawDocument):
            key, digest = identity(item, ordinals), content_hash(item)
            if writer.is_unchanged(key, digest):
                writer.skip()
                continue
            idents.append((key, digest))
        else:
            idents.append(None)
        chunk.append(item)
        if len(chunk) >= CHUNK:
            yield idents, chunk
            idents, chunk = [], []
    if chunk:
        yield idents, chunk


def _write(writer: Writer, idents: list[Ident], processed: Processed, notify: OnItem) -> None:
    for ident, (out, prepared) in zip(idents, processed, strict=True):
        if isinstance(out, ReadError):
            writer.error()
        elif ident is None:
            raise RuntimeError(f"{out.source}: the pipeline returned a document for a read error")
        else:
            writer.write(out, *ident, prepared)
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
