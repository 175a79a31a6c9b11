"""HTML, CSV, feeds and URL lists are told apart by their bytes, gzipped or not, in mixed folders."""

import gzip
import json
from pathlib import Path

import pytest

from newstally.model import RawDocument, ReadError
from newstally.pipeline import clean_document
from newstally.readers import ReadStats, read_sources
from newstally.readers.feeds import FeedError, parse_feed
from newstally.readers.html import decode_html, looks_like_html

INPUTS = Path(__file__).resolve().parent.parent / "fixtures" / "inputs"
ARTICLE = (INPUTS / "article.html").read_bytes()


def only_doc(items: list[RawDocument | ReadError]) -> RawDocument:
    [doc] = items
    assert isinstance(doc, RawDocument), doc
    return doc


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        pytest.param(b"<!DOCTYPE html><html><body>x</body></html>", True, id="doctype"),
        pytest.param(b"\xef\xbb\xbf\n  <html lang='ru'><p>x</p></html>", True, id="bom-and-blanks"),
        pytest.param(b"<?xml version='1.0'?>\n<!-- saved -->\n<html><body/></html>", True, id="xhtml"),
        pytest.param(b"<div class='story'><p>12 detained</p></div>", True, id="fragment"),
        pytest.param(b"Saved from the web\n<html><body><p>x</p></body></html>", True, id="preamble"),
        pytest.param(b"Police detained 12 people. <b>Almaty</b>", False, id="text-with-a-tag"),
        pytest.param(b'{"id": 1, "html": "<html></html>"}', False, id="jsonl"),
    ],
)
def test_html_is_sniffed_from_the_first_bytes(head: bytes, expected: bool) -> None:
    assert looks_like_html(head) is expected


@pytest.mark.parametrize(
    ("data", "declared"),
    [
        pytest.param(
            b'<meta charset="windows-1251"><p>\xc7\xe0\xe4\xe5\xf0\xe6\xe0\xed\xfb</p>', None, id="meta"
        ),
        pytest.param(b"<p>\xc7\xe0\xe4\xe5\xf0\xe6\xe0\xed\xfb</p>", "windows-1251", id="http-header"),
        pytest.param(b"<p>\xfa\xc1\xc4\xc5\xd2\xd6\xc1\xce\xd9</p>", "koi8-r", id="koi8-r-header"),
        pytest.param('<meta charset="cp1251"><p>Задержаны</p>'.encode(), None, id="utf-8-despite-meta"),
    ],
)
def test_charset_comes_from_the_bytes_and_the_declarations(data: bytes, declared: str | None) -> None:
    assert "Задержаны" in decode_html(data, declared)


def test_html_page_becomes_a_document_with_the_pages_metadata(tmp_path: Path) -> None:
    doc = clean_document(only_doc(list(read_sources([str(INPUTS / "article.html")]))))
    assert not isinstance(doc, ReadError)
    assert doc.title == "Border guards detain 37 people near Dostyk"
    assert doc.author == "Aigerim Sadykova"
    assert doc.published == "2024-03-12"
    assert doc.language == "en"
    assert doc.url == "https://steppe-courier.example/news/2024/03/border-guards-detain-37"
    assert doc.paragraphs[0].startswith("Border guards detained 37 people")
    assert "212 detentions" in doc.text
    for chrome in ("Read also", "Five detained after brawl", "Subscribe", "USD 448", "Photo:"):
        assert chrome not in doc.text
    assert doc.title not in doc.paragraphs


def test_cp1251_page_is_decoded_by_its_meta_tag(tmp_path: Path) -> None:
    doc = clean_document(only_doc(list(read_sources([str(INPUTS / "article-cp1251.html")]))))
    assert not isinstance(doc, ReadError)
    assert doc.title == "Пограничники задержали 37 человек"
    assert doc.language == "ru"
    assert "изъято 140 килограммов" in doc.text


def test_gzipped_html_is_opened_by_its_magic_number_not_its_name(tmp_path: Path) -> None:
    page = tmp_path / "page.bin"
    page.write_bytes(gzip.compress(ARTICLE))
    doc = only_doc(list(read_sources([str(page)])))
    assert doc.html is not None and "Dostyk" in doc.html
    assert doc.source == str(page)


def test_csv_records_echo_id_and_url_and_a_bad_line_is_named(tmp_path: Path) -> None:
    export = tmp_path / "export.csv"
    export.write_text(
        "id,url,title,published,text,html\n"
        '7,https://example.kz/a,Twelve,2024-03-01,"Police detained 12 people, officials said.",\n'
        'b-2,https://example.kz/b,,,,"<html><body><p>Guards seized 40 kg.</p></body></html>"\n'
        "9,https://example.kz/c,too,few\n"
        '10,https://example.kz/d,Quoted,,"He said ""no"" twice.\nThen left.",\n',
        encoding="utf-8",
    )
    items = list(read_sources([str(export)]))
    assert [type(i).__name__ for i in items] == ["RawDocument", "RawDocument", "ReadError", "RawDocument"]
    first, second, error, last = items
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert isinstance(error, ReadError) and isinstance(last, RawDocument)
    assert (first.id, first.url, first.title, first.published) == (
        "7",
        "https://example.kz/a",
        "Twelve",
        "2024-03-01",
    )
    assert first.text == "Police detained 12 people, officials said."
    assert second.html is not None and second.text is None
    assert error.source == f"{export}:4"
    assert error.error == "line 4 has 4 fields, the header has 6"
    assert last.text == 'He said "no" twice.\nThen left.'


def test_csv_with_broken_quoting_names_the_line_and_goes_on(tmp_path: Path) -> None:
    export = tmp_path / "export.csv"
    export.write_text('id;text\n1;"fine"\n2;"broken "quote" here"\n3;also fine\n', encoding="utf-8")
    items = list(read_sources([str(export)]))
    assert [type(i).__name__ for i in items] == ["RawDocument", "ReadError", "RawDocument"]
    assert isinstance(items[1], ReadError) and items[1].source == f"{export}:3"
    assert "line 3 is not valid CSV" in items[1].error


def test_jsonl_html_records_are_cleaned_as_html(tmp_path: Path) -> None:
    export = tmp_path / "export.jsonl"
    record = {"id": "k-1", "url": "https://example.kz/k-1", "html": ARTICLE.decode("utf-8")}
    export.write_text(json.dumps(record) + "\n", encoding="utf-8")
    doc = clean_document(only_doc(list(read_sources([str(export)]))))
    assert not isinstance(doc, ReadError)
    assert (doc.id, doc.url) == ("k-1", "https://example.kz/k-1")
    assert "29 of those detained" in doc.text


def test_a_mixed_folder_dispatches_each_file_by_content(tmp_path: Path) -> None:
    (tmp_path / "1.html.gz").write_bytes(gzip.compress(ARTICLE))
    (tmp_path / "2.txt").write_text("Police detained 12 people in Almaty on Monday.\n", encoding="utf-8")
    (tmp_path / "3.data").write_text('{"id": "j", "text": "Guards seized 40 kg."}\n', encoding="utf-8")
    (tmp_path / "4.export").write_text("id,text\nc,Twelve were detained.\n", encoding="utf-8")
    (tmp_path / "5.xml").write_bytes((INPUTS / "feed.rss").read_bytes())
    (tmp_path / "6.list").write_text("https://example.kz/a\nhttps://example.kz/b\n", encoding="utf-8")
    stats = ReadStats()
    items = list(read_sources([str(tmp_path)], stats=stats))
    assert [(Path(i.source).name, i.html is not None) for i in items if isinstance(i, RawDocument)] == [
        ("1.html.gz", True),
        ("2.txt", False),
        ("3.data", False),
        ("4.export", False),
    ]
    assert stats.skipped == {"feed file": 1, "list of URLs": 1}
    assert any("newstally fetch" in note for note in stats.notes)


def test_a_truncated_gzip_is_an_error_naming_the_file(tmp_path: Path) -> None:
    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress(ARTICLE * 20)[:300])
    [error] = list(read_sources([str(page)]))
    assert isinstance(error, ReadError) and error.source == str(page)
    assert error.error.startswith("cannot read")


def test_the_size_cap_applies_to_the_decompressed_bytes(tmp_path: Path) -> None:
    page = tmp_path / "bomb.gz"
    page.write_bytes(gzip.compress(b"<html><body>" + b" " * 100_000 + b"</body></html>"))
    [error] = list(read_sources([str(page)], max_bytes=50_000))
    assert isinstance(error, ReadError)
    assert "over the 50,000-byte limit" in error.error


@pytest.mark.parametrize(
    "name",
    ["feed.rss", "feed.atom"],
    ids=["rss", "atom"],
)
def test_feeds_list_their_items_as_absolute_urls(name: str) -> None:
    items = parse_feed((INPUTS / name).read_bytes(), "https://steppe-courier.example/feeds/x")
    assert items[0].url == "https://steppe-courier.example/news/border.html"
    assert items[0].title == "Border guards detain 37 people near Dostyk"
    assert items[0].published is not None


def test_a_feed_with_entities_is_refused_before_parsing() -> None:
    laughs = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;">]><rss>&b;</rss>'
    with pytest.raises(FeedError, match="refuses"):
        parse_feed(laughs)
