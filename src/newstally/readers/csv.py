"""CSV exports from scrapers: a header row naming `text` or `html`, then one document per row."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator

from newstally.model import RawDocument, ReadError
from newstally.readers.decode import NotTextError, decode_bytes
from newstally.readers.jsonl import record_to_raw

_DELIMITERS = (",", ";", "\t")
_BODY_FIELDS = {"text", "html"}


def csv_delimiter(head: bytes) -> str | None:
    """The delimiter of a CSV export whose header names a `text` or `html` column, else None.

    >>> csv_delimiter(b"id;url;title;text\\n1;https://example.kz/a;A;Twelve detained.\\n")
    ';'
    >>> csv_delimiter(b"Police detained 12 people, officials said.\\n") is None
    True
    """
    first = head.lstrip(b"\xef\xbb\xbf").split(b"\n", 1)[0].decode("utf-8", "replace").strip()
    for delimiter in _DELIMITERS:
        names = {name.strip().strip('"').strip().lower() for name in first.split(delimiter)}
        if len(names) >= 2 and names & _BODY_FIELDS:
            return delimiter
    return None


def looks_like_csv(head: bytes) -> bool:
    """True when the first line is a CSV header with a `text` or `html` column."""
    return csv_delimiter(head) is not None


def read_csv(data: bytes, source: str) -> Iterator[RawDocument | ReadError]:
    """Yield one document per row; a malformed row is an error naming its line, and the rest goes on."""
    try:
        text, _ = decode_bytes(data)
    except NotTextError as exc:
        yield ReadError(source, str(exc))
        return
    delimiter = csv_delimiter(text[:8192].encode("utf-8", "replace")) or ","
    # One field may hold a whole HTML page; the module-wide limit (128 KiB) is too small for that.
    csv.field_size_limit(max(csv.field_size_limit(), min(len(text) + 1, sys.maxsize)))
    rows = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=delimiter, strict=True)
    header = [name.strip().lower() for name in next(rows)]
    while True:
        lineno = rows.line_num + 1
        where = f"{source}:{lineno}"
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:
            yield ReadError(where, f"line {lineno} is not valid CSV ({exc}); fix its quoting")
            continue
        if not row:
            continue
        if len(row) != len(header):
            yield ReadError(where, f"line {lineno} has {len(row)} fields, the header has {len(header)}")
            continue
        record = {name: value for name, value in zip(header, row, strict=True) if value.strip()}
        yield record_to_raw(record, source, where)
