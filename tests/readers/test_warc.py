"""WARC archives are streamed: HTML responses become documents, the rest is counted, damage is one error."""

import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newstally.model import RawDocument, ReadError
from newstally.readers import ReadStats, read_sources

PAGE = (Path(__file__).resolve().parent.parent / "fixtures" / "inputs" / "article.html").read_bytes()
RU_PAGE = (
    Path(__file__).resolve().parent.parent / "fixtures" / "inputs" / "article-cp1251.html"
).read_bytes()


def response(
    writer: WARCWriter, uri: str, body: bytes, ctype: str = "text/html", status: str = "200 OK"
) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers)
    )


def crawl(compress: bool) -> bytes:
    """A small crawl: warcinfo, request, two pages, an image, a 404, a resource page, metadata."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "test"}))
    request = StatusAndHeaders("GET /news/1 HTTP/1.1", [("Host", "example.kz")], is_http_request=True)
    writer.write_record(
        writer.create_warc_record(
            "https://example.kz/news/1", "request", payload=io.BytesIO(b""), http_headers=request
        )
    )
    response(writer, "https://example.kz/news/1", PAGE)
    response(writer, "https://example.kz/news/2", RU_PAGE, ctype="text/html; charset=windows-1251")
    response(writer, "https://example.kz/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), ctype="image/png")
    response(writer, "https://example.kz/gone", b"<html>Not found</html>", status="404 Not Found")
    writer.write_record(
        writer.create_warc_record(
            "https://example.kz/saved",
            "resource",
            payload=io.BytesIO(b"<html><body><p>A saved page.</p></body></html>"),
            warc_content_type="text/html",
        )
    )
    writer.write_record(
        writer.create_warc_record("https://example.kz/news/1", "metadata", payload=io.BytesIO(b"via: test"))
    )
    return out.getvalue()


@pytest.mark.parametrize("compress", [True, False], ids=["warc.gz", "warc"])
def test_html_responses_become_documents_and_other_records_are_counted(
    tmp_path: Path, compress: bool
) -> None:
    archive = tmp_path / "crawl.bin"
    archive.write_bytes(crawl(compress))
    stats = ReadStats()
    items = list(read_sources([str(archive)], stats=stats))
    assert all(isinstance(i, RawDocument) for i in items), items
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert [d.url for d in docs] == [
        "https://example.kz/news/1",
        "https://example.kz/news/2",
        "https://example.kz/saved",
    ]
    assert all(d.source == str(archive) and d.fetched and d.fetched.endswith("Z") for d in docs)
    assert docs[1].html is not None and "Пограничники задержали" in docs[1].html
    assert stats.skipped == {
        "warcinfo record": 1,
        "request record": 1,
        "non-HTML record": 1,
        "HTTP 404 response": 1,
        "metadata record": 1,
    }


def test_a_plain_warc_inside_gzip_is_also_streamed(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc.gz"
    archive.write_bytes(gzip.compress(crawl(False)))
    assert len([i for i in read_sources([str(archive)]) if isinstance(i, RawDocument)]) == 3


@pytest.mark.parametrize("compress", [True, False], ids=["warc.gz", "warc"])
def test_a_truncated_archive_yields_every_record_before_the_damage_then_one_error(
    tmp_path: Path, compress: bool
) -> None:
    data = crawl(compress)
    archive = tmp_path / "cut.warc"
    archive.write_bytes(data[: len(data) * 2 // 3])
    items = list(read_sources([str(archive)]))
    errors = [i for i in items if isinstance(i, ReadError)]
    assert len(errors) == 1 and items[-1] is errors[0]
    assert errors[0].source.startswith(f"{archive}#")
    assert "the archive is damaged at record" in errors[0].error
    assert "every record before it was read" in errors[0].error
    urls = [i.url for i in items if isinstance(i, RawDocument)]
    assert urls[:1] == ["https://example.kz/news/1"]


def test_garbage_after_a_good_record_is_reported_once(tmp_path: Path) -> None:
    archive = tmp_path / "bad.warc"
    archive.write_bytes(crawl(False) + b"WARC/1.0\r\nthis is not a header\r\n\r\n" + b"x" * 500)
    items = list(read_sources([str(archive)]))
    assert len([i for i in items if isinstance(i, RawDocument)]) == 3
    [error] = [i for i in items if isinstance(i, ReadError)]
    assert "damaged at record 9" in error.error


def test_the_size_cap_applies_per_record_not_to_the_archive(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc.gz"
    archive.write_bytes(crawl(True))
    items = list(read_sources([str(archive)], max_bytes=len(PAGE) - 1))
    kinds = [(type(i).__name__, i.source) for i in items]
    assert kinds[0] == ("ReadError", f"{archive}#3")
    assert isinstance(items[0], ReadError) and "over the" in items[0].error
    assert [i.url for i in items if isinstance(i, RawDocument)] == [
        "https://example.kz/news/2",
        "https://example.kz/saved",
    ]
