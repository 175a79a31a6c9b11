"""Fetched responses saved as a WARC.gz, so that a run can be repeated offline from the archive."""

from __future__ import annotations

import gzip
import io
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from fastwarc.warc import WarcRecord, WarcRecordType

from newstally.fetch.client import Response
from newstally.readers.warc import utc_stamp

# Headers that describe the bytes on the wire, not the body we keep: urllib has already undone
# the chunking, so the saved record states the body's real length instead.
_WIRE_HEADERS = {"transfer-encoding", "content-length", "connection", "keep-alive"}


class WarcSaver:
    """Appends response records to one WARC.gz file, one gzip member per record as crawlers write them."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.records = 0
        self._file: BinaryIO = open(path, "xb")  # noqa: SIM115  # closed by close() / __exit__

    def save(self, response: Response) -> None:
        """Write `response` as a WARC response record whose target is the URL it was found at."""
        lines = [f"HTTP/1.1 {response.status} {response.reason}".rstrip()]
        lines += [f"{k}: {v}" for k, v in response.headers if k.lower() not in _WIRE_HEADERS]
        lines.append(f"Content-Length: {len(response.body)}")
        http = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1", "replace") + response.body
        record = WarcRecord()
        record.init_headers(WarcRecordType.response)
        record.headers["WARC-Target-URI"] = response.final_url
        record.headers["WARC-Date"] = utc_stamp(response.fetched)
        record.headers["Content-Type"] = "application/http; msgtype=response"
        record.set_bytes_content(http)
        buffer = io.BytesIO()
        record.write(buffer, checksum_data=True)
        self._file.write(gzip.compress(buffer.getvalue()))
        self._file.flush()
        self.records += 1

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> WarcSaver:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
