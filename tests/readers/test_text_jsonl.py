"""Text dumps and JSONL exports become RawDocuments; bad input becomes one clear ReadError."""

import json
from pathlib import Path

from newstally.model import RawDocument, ReadError
from newstally.readers import iter_files, read_sources


def test_directories_are_read_recursively_in_order_skipping_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("two")
    (tmp_path / "a.txt").write_text("one")
    (tmp_path / ".hidden.txt").write_text("hidden")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x").write_text("x")
    assert [Path(p).relative_to(tmp_path).as_posix() for p in iter_files([str(tmp_path)])] == [
        "a.txt",
        "b/2.txt",
    ]


def test_text_dump_keeps_its_source_and_normalises_spaces(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes("Задержаны 1\u00a0500 человек\r\n".encode("cp1251"))
    [doc] = read_sources([str(page)])
    assert isinstance(doc, RawDocument)
    assert doc.source == str(page)
    assert doc.text == "Задержаны 1 500 человек\n"


def test_jsonl_records_echo_id_and_metadata(tmp_path: Path) -> None:
    export = tmp_path / "export.jsonl"
    records = [
        {"id": 7, "text": "Police detained 12 people.", "url": "https://example.kz/a", "title": "Twelve"},
        {"id": "b-2", "text": "Border guards seized 40 kg of drugs.", "published": "2024-03-01"},
    ]
    export.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    docs = list(read_sources([str(export)]))
    assert all(isinstance(d, RawDocument) for d in docs)
    assert [(d.id, d.url, d.title, d.published) for d in docs if isinstance(d, RawDocument)] == [
        ("7", "https://example.kz/a", "Twelve", None),
        ("b-2", None, None, "2024-03-01"),
    ]


def test_a_bad_jsonl_line_names_its_line_and_the_rest_goes_on(tmp_path: Path) -> None:
    export = tmp_path / "export.jsonl"
    export.write_text(
        '{"id": 1, "text": "one"}\n{"id": 2, "text": \n[1, 2]\n{"id": 4}\n{"id": 5, "text": "five"}\n'
    )
    items = list(read_sources([str(export)]))
    assert [type(i).__name__ for i in items] == [
        "RawDocument",
        "ReadError",
        "ReadError",
        "ReadError",
        "RawDocument",
    ]
    errors = [i for i in items if isinstance(i, ReadError)]
    assert errors[0].source == f"{export}:2"
    assert "line 2 is not valid JSON" in errors[0].error
    assert "line 3 is not a JSON object" in errors[1].error
    assert '"text" or "html"' in errors[2].error


def test_missing_and_oversized_inputs_are_errors(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("x" * 2000)
    items = list(read_sources([str(tmp_path / "nope.txt"), str(big)], max_bytes=1000))
    assert [(type(i).__name__, i.error) for i in items if isinstance(i, ReadError)] == [
        ("ReadError", "no such file or directory"),
        ("ReadError", "file is 2,000 bytes, over the 1,000-byte limit (raise --max-bytes)"),
    ]


def test_whitespace_only_file_is_an_error(tmp_path: Path) -> None:
    blank = tmp_path / "blank.txt"
    blank.write_text(" \n\u00a0\n\t\n")
    [item] = read_sources([str(blank)])
    assert isinstance(item, ReadError)
    assert item.error == "the file holds only whitespace"
