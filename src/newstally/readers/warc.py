"""WARC and WARC.gz archives (Common Crawl News style), streamed record by record through FastWARC.

Response (and resource) records that hold an HTML page become documents carrying their target URI
and fetch date. Every other record is skipped and counted. A damaged archive yields every record up
to the damage, then one ReadError naming the record and its byte offset.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import BinaryIO

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from newstally.model import RawDocument, ReadError
from newstally.readers.html import looks_like_html, read_html
from newstally.readers.stats import ReadStats

# How a fetch time is written in documents and WARC headers: UTC to the second.
TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_PAGE_RECORDS = WarcRecordType.response | WarcRecordType.resource


def utc_stamp(when: datetime) -> str:
    """A fetch time as newstally writes it.

    >>> from datetime import UTC
    >>> utc_stamp(datetime(2024, 3, 12, 4, 30, 1, 999, tzinfo=UTC))
    '2024-03-12T04:30:01Z'
    """
    return when.strftime(TIME_FORMAT)


def looks_like_warc(head: bytes) -> bool:
    """True when the (decompressed) bytes open with a WARC record header.

    >>> looks_like_warc(b"WARC/1.1\\r\\nWARC-Type: warcinfo\\r\\n"), looks_like_warc(b"<html>")
    (True, False)
    """
    return head.startswith((b"WARC/1.0", b"WARC/1.1", b"WARC/0."))


def read_warc(
    stream: BinaryIO, source: str, max_bytes: int, stats: ReadStats
) -> Iterator[RawDocument | ReadError]:
    """Yield a document for each HTML page in the archive, streaming; records over `max_bytes` are errors."""
    number, offset = 0, 0
    try:
        for number, record in enumerate(ArchiveIterator(stream, auto_decode="all"), 1):
            offset = record.stream_pos
            where = f"{source}#{number}"
            if "Content-Length" not in record.headers:
                yield _damaged(source, number, offset, "its header is cut short")
                return
            kind = _page_kind(record)
            if kind is not None:
                stats.skip(kind)
                if record.reader.consume() < record.content_length and not _encoded(record):
                    yield _damaged(source, number, offset, "it ends before its Content-Length")
                    return
                continue
            if record.content_length > max_bytes:
                yield ReadError(
                    where,
                    f"record {number} is {record.content_length:,} bytes, over the {max_bytes:,}-byte "
                    "limit (raise --max-bytes)",
                )
                record.reader.consume()
                continue
            body = record.reader.read()
            if len(body) < record.content_length and not _encoded(record):
                yield _damaged(source, number, offset, "it ends before its Content-Length")
                return
            if not (record.is_http and record.http_content_type) and not looks_like_html(body[:8192]):
                stats.skip("non-HTML record")
                continue
            yield read_html(
                body,
                source,
                url=record.headers.get("WARC-Target-URI"),
                fetched=utc_stamp(record.record_date),
                charset=record.http_charset if record.is_http else None,
            )
    except (OSError, ValueError) as exc:
        yield _damaged(source, number + 1, offset, str(exc))


def _page_kind(record: WarcRecord) -> str | None:
    """None for a record that may hold an HTML page, else the kind of record it is, for the skip count."""
    if not record.record_type & _PAGE_RECORDS:
        return f"{record.record_type} record"
    if record.is_http:
        status = record.http_headers.status_code
        if status is None or not 200 <= status < 300:
            return f"HTTP {status} response"
        ctype = (record.http_content_type or "").lower()
        if ctype and not ctype.startswith(_HTML_TYPES):
            return "non-HTML record"
    else:
        ctype = (record.headers.get("Content-Type") or "").lower()
        if ctype and not ctype.startswith(_HTML_TYPES):
            return "non-HTML record"
    return None


def _encoded(record: WarcRecord) -> bool:
    """True when FastWARC decoded the payload, so that its length no longer matches Content-Length."""
    return record.is_http and any(k in record.http_headers for k in ("Content-Encoding", "Transfer-Encoding"))


def _damaged(source: str, number: int, offset: int, reason: str) -> ReadError:
    return ReadError(
        f"{source}#{number}",
        f"the archive is damaged at record {number} (byte {offset:,}): {reason}; "
        "every record before it was read. Re-download or repair the archive.",
    )
