"""Readers turn paths (files, directories, `-` for stdin, URLs) into RawDocuments, one format per module.

The format is sniffed from the bytes, not the extension: gzip is opened by its magic number, then
WARC, HTML, JSONL, CSV or a text dump is told from the first bytes inside. WARC archives are
streamed record by record; every other format is read whole, up to `max_bytes`. A file that cannot
be read becomes a ReadError naming the file and the reason; the run goes on.
"""

from __future__ import annotations

import gzip
import io
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from newstally.model import RawDocument, ReadError
from newstally.readers.csv import looks_like_csv, read_csv
from newstally.readers.feeds import looks_like_feed, looks_like_url_list
from newstally.readers.html import looks_like_html, read_html
from newstally.readers.jsonl import looks_like_jsonl, read_jsonl
from newstally.readers.stats import ReadStats
from newstally.readers.text import read_text
from newstally.readers.warc import looks_like_warc, read_warc

# A single news page (or an export of them) is well under this; anything bigger is a dump of
# something else. In a WARC archive the cap applies to each record, never to the archive.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024

# How much of a file the sniffers see: enough for a doctype, comments and a <head> opening.
SNIFF_BYTES = 8192

GZIP_MAGIC = b"\x1f\x8b"

Item = RawDocument | ReadError

__all__ = ["DEFAULT_MAX_BYTES", "Item", "ReadStats", "is_url", "iter_files", "read_bytes", "read_sources"]


def is_url(source: str) -> bool:
    """True for an http(s) URL given where a path is accepted.

    >>> is_url("https://example.kz/news/1"), is_url("news/1.html")
    (True, False)
    """
    return source.startswith(("http://", "https://"))


def iter_files(sources: Iterable[str]) -> Iterator[str]:
    """Expand directories recursively (sorted, hidden entries skipped); keep files, URLs and `-` as given."""
    for src in sources:
        if src != "-" and not is_url(src) and os.path.isdir(src):
            for root, dirs, files in os.walk(src):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield os.path.join(root, name)
        else:
            yield src


def read_sources(
    sources: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES, stats: ReadStats | None = None
) -> Iterator[Item]:
    """Yield every document in `sources`, in order, and a ReadError for each input that fails.

    URLs are fetched politely (robots.txt, rate limit, size cap) and feeds expand to their items.
    """
    stats = stats if stats is not None else ReadStats()
    fetcher = None
    for path in iter_files(sources):
        if is_url(path):
            from newstally.fetch import Fetcher, FetchPolicy, fetch_documents  # loaded only for URLs

            fetcher = fetcher or Fetcher(FetchPolicy(max_bytes=max_bytes))
            yield from fetch_documents([path], fetcher, stats)
        else:
            yield from read_one(path, max_bytes, stats)


def read_one(path: str, max_bytes: int = DEFAULT_MAX_BYTES, stats: ReadStats | None = None) -> Iterator[Item]:
    """Read one file (or stdin) and yield its documents."""
    stats = stats if stats is not None else ReadStats()
    try:
        stream = _open(path)
    except _InputError as exc:
        yield ReadError(path, str(exc))
        return
    with stream:
        try:
            raw_head = stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]
            gzipped = raw_head.startswith(GZIP_MAGIC)
            head = _gunzip_head(raw_head) if gzipped else raw_head
        except OSError as exc:
            yield ReadError(path, f"cannot read: {exc.strerror or exc}")
            return
        if looks_like_warc(head):
            yield from read_warc(stream, path, max_bytes, stats)  # FastWARC undoes the gzip itself
            return
        inner: io.BufferedIOBase = gzip.GzipFile(fileobj=stream, mode="rb") if gzipped else stream
        try:
            data = _read_capped(inner, max_bytes, None if gzipped or path == "-" else path)
        except _InputError as exc:
            yield ReadError(path, str(exc))
            return
    yield from read_bytes(data, path, stats)


def read_bytes(data: bytes, source: str, stats: ReadStats | None = None) -> Iterator[Item]:
    """Sniff the format of `data` (already out of any gzip) and yield its documents."""
    head = data[:SNIFF_BYTES]
    if looks_like_jsonl(head):
        yield from read_jsonl(data, source)
    elif looks_like_feed(head):
        _skip(stats, source, "feed file", "fetch its items with `newstally fetch FEED_URL`")
    elif looks_like_html(head):
        yield read_html(data, source)
    elif looks_like_csv(head):
        yield from read_csv(data, source)
    elif looks_like_url_list(head):
        _skip(stats, source, "list of URLs", "fetch them with `newstally fetch --from FILE`")
    else:
        yield read_text(data, source)


def _skip(stats: ReadStats | None, source: str, kind: str, advice: str) -> None:
    if stats is not None:
        stats.skip(kind)
        stats.note(f"{source}: skipped, a {kind}; {advice}")


class _InputError(Exception):
    pass


def _open(path: str) -> io.BufferedReader:
    if path == "-":
        stdin = sys.stdin.buffer
        return stdin if isinstance(stdin, io.BufferedReader) else io.BufferedReader(stdin)  # type: ignore[arg-type]  # a raw stdin is still a readable binary stream
    p = Path(path)
    if not p.exists():
        raise _InputError("no such file or directory")
    if not p.is_file():
        raise _InputError("not a regular file")
    try:
        return open(p, "rb")  # closed by read_one's `with`
    except OSError as exc:
        raise _InputError(f"cannot read: {exc.strerror or exc}") from exc


def _gunzip_head(raw_head: bytes) -> bytes:
    """The first decompressed bytes of a gzip stream, from its first compressed bytes alone."""
    try:
        return zlib.decompressobj(wbits=31).decompress(raw_head, SNIFF_BYTES)
    except zlib.error:
        return b""


def _read_capped(stream: io.BufferedIOBase, max_bytes: int, plain_file: str | None) -> bytes:
    """Up to `max_bytes` of `stream`; more is an error, which gives the size of a `plain_file`."""
    if plain_file is not None and (size := os.path.getsize(plain_file)) > max_bytes:
        raise _InputError(f"file is {size:,} bytes, over the {max_bytes:,}-byte limit (raise --max-bytes)")
    try:
        data = stream.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise _InputError(f"cannot read: {exc}") from exc
    if len(data) > max_bytes:
        raise _InputError(f"input is over the {max_bytes:,}-byte limit (raise --max-bytes)")
    return data
