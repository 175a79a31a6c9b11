"""The real `newstally extract` command, run as a subprocess, on pages and bad input written here."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = """Main Page > News > Security

KNB: 140 people detained

ASTANA, 12 March 2024. The National Security Committee said that 140 people suspected of \
terrorist propaganda were detained in 2023 across the country.

Investigators also seized 12 kg of explosives and blocked 350 websites, the committee added.
"""

RU_ARTICLE = """Главная > Новости > Происшествия

КНБ: задержаны 140 человек

АСТАНА, 12 марта 2024. В Комитете национальной безопасности сообщили, что в 2023 году \
по всей стране были задержаны 140 человек, подозреваемых в пропаганде терроризма.

Кроме того, изъято 12 кг взрывчатых веществ и заблокировано 350 сайтов, добавили в ведомстве.
"""


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "newstally", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def records(stdout: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_bad_files_give_clear_errors_and_the_rest_is_processed(tmp_path: Path) -> None:
    (tmp_path / "1-good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "2-cp1251.txt").write_bytes(RU_ARTICLE.encode("cp1251"))
    (tmp_path / "3-empty.txt").write_bytes(b"")
    (tmp_path / "4-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "5-good.txt").write_text(ARTICLE.replace("140", "141"), encoding="utf-16")
    result = run("extract", str(tmp_path), "--format", "jsonl")
    assert result.returncode == 2
    out = records(result.stdout)
    assert [Path(str(r["source"])).name for r in out] == [
        "1-good.txt",
        "2-cp1251.txt",
        "3-empty.txt",
        "4-binary.txt",
        "5-good.txt",
    ]
    assert [("error" in r) for r in out] == [False, False, True, True, False]
    assert "140 человек" in str(out[1]["text"])
    assert out[1]["language"] == "ru"
    assert out[2]["error"] == "the file is empty"
    assert "binary data" in str(out[3]["error"])
    assert "141 people" in str(out[4]["text"])
    assert f"{tmp_path / '3-empty.txt'}: the file is empty" in result.stderr
    assert "2 input(s) failed" in result.stderr


def test_all_good_exits_zero_with_the_documented_fields(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(ARTICLE, encoding="utf-8")
    result = run("extract", str(page), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    [doc] = records(result.stdout)
    assert set(doc) >= {"id", "source", "url", "title", "published", "author", "language", "text", "figures"}
    assert doc["language"] == "en"
    assert isinstance(doc["id"], str) and len(doc["id"]) == 16
    assert "Main Page > News" not in str(doc["text"])


def test_id_is_stable_across_runs_and_from_content(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_text(ARTICLE)
    (tmp_path / "c.txt").write_text(ARTICLE.replace("140", "150"))
    first = records(run("extract", str(tmp_path), "--format", "jsonl").stdout)
    second = records(run("extract", str(tmp_path), "--format", "jsonl").stdout)
    assert [d["id"] for d in first] == [d["id"] for d in second]
    assert first[0]["id"] == first[1]["id"] != first[2]["id"]


def test_stdin_and_jsonl_ids_are_echoed() -> None:
    lines = "\n".join(
        json.dumps({"id": i, "text": t})
        for i, t in enumerate(["Police detained 12 people.", "Guards seized 40 kg of heroin."])
    )
    result = run("extract", "-", "--format", "jsonl", stdin=lines + "\n")
    assert result.returncode == 0, result.stderr
    assert [(d["id"], d["source"]) for d in records(result.stdout)] == [("0", "-"), ("1", "-")]


def test_text_format_is_readable(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(ARTICLE)
    result = run("extract", str(page), "--format", "text")
    assert result.returncode == 0, result.stderr
    assert "source: " in result.stdout
    assert "paragraphs kept" in result.stdout


def test_unreadable_input_is_an_error_not_a_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = run("extract", str(fifo), str(tmp_path / "missing.txt"), "--format", "jsonl")
    assert result.returncode == 2
    assert [r["error"] for r in records(result.stdout)] == ["not a regular file", "no such file or directory"]


@pytest.mark.parametrize("args", [["--help"], ["extract", "--help"]], ids=["main", "extract"])
def test_help_shows_examples(args: list[str]) -> None:
    result = run(*args)
    assert result.returncode == 0
    assert "Examples:" in result.stdout
