"""Readers turn paths (files, directories, `-` for stdin) into RawDocuments, one format per module.

The format is sniffed from the bytes, not the extension. A file that cannot be read becomes a
ReadError naming the file and the reason; the run goes on.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from newstally.model import RawDocument, ReadError
from newstally.readers.jsonl import looks_like_jsonl, read_jsonl
from newstally.readers.text import read_text

# A single news page is well under this; anything bigger is a dump of something else. Override with
# --max-bytes (or max_bytes=) for archives of many pages.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024

Item = RawDocument | ReadError


def iter_files(sources: Iterable[str]) -> Iterator[str]:
    """Expand directories recursively (sorted, hidden entries skipped); keep files and `-` as given."""
    for src in sources:
        if src != "-" and os.path.isdir(src):
            for root, dirs, files in os.walk(src):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield os.path.join(root, name)
        else:
            yield src


def read_sources(sources: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Yield every document in `sources`, in order, and a ReadError for each input that fails."""
    for path in iter_files(sources):
        yield from read_one(path, max_bytes)


def read_one(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Read one file (or stdin) and yield its documents."""
    try:
        data = _read_bytes(path, max_bytes)
    except _InputError as exc:
        yield ReadError(path, str(exc))
        return
    yield from read_bytes(data, path)


def read_bytes(data: bytes, source: str) -> Iterator[Item]:
    """Sniff the format of `data` and yield its documents."""
    if looks_like_jsonl(data):
        yield from read_jsonl(data, source)
    else:
        yield read_text(data, source)


class _InputError(Exception):
    pass


def _read_bytes(path: str, max_bytes: int) -> bytes:
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        p = Path(path)
        if not p.exists():
            raise _InputError("no such file or directory")
        if not p.is_file():
            raise _InputError("not a regular file")
        size = p.stat().st_size
        if size > max_bytes:
            raise _InputError(
                f"file is {size:,} bytes, over the {max_bytes:,}-byte limit (raise --max-bytes)"
            )
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise _InputError(f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise _InputError(f"input is over the {max_bytes:,}-byte limit (raise --max-bytes)")
    return data
