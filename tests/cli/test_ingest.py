"""The real store verbs (ingest, figures, search, stories, conflicts, export) run as subprocesses.

Besides pages run through the real pipeline, the tests that need exact figures write Documents with
Figures through the store's Writer and then query them with the real commands, so that they do not
depend on what the figures stage finds.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from newstally.model import Document, Figure, Period
from newstally.store import Writer, connect
from newstally.store._columns import TABLES

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"
AEB_TEXT = Path(__file__).resolve().parents[3] / "shared" / "benchmarks" / "aeb" / "text"


def run(*args: str | Path, ok: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run(
        [sys.executable, "-m", "newstally", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    if ok:
        assert proc.returncode == 0, proc.stderr
    return proc


def jsonl(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def scalar(db: Path, sql: str) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(sql).fetchone()[0])


@pytest.mark.skipif(not AEB_TEXT.is_dir(), reason="the AEB dumps (../shared) are not here")
def test_aeb_ingested_twice_adds_nothing_the_second_time(tmp_path: Path) -> None:
    db = tmp_path / "aeb.db"
    first = run("ingest", AEB_TEXT, "--db", db)
    assert "181 added" in first.stderr
    figures = scalar(db, "SELECT count(*) FROM figures")
    second = run("ingest", AEB_TEXT, "--db", db)
    assert "0 added, 0 updated, 181 unchanged" in second.stderr
    assert "0 figures written" in second.stderr
    assert scalar(db, "SELECT count(*) FROM figures") == figures
    docs = jsonl(run("export", "--db", db, "--what", "documents", "--format", "jsonl").stdout)
    assert len(docs) == 181
    assert all(isinstance(d["story"], int) for d in docs)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_an_edited_copy_with_other_chrome_is_stored_and_shares_the_story(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    # Text dumps have no URL: kept by outlet in folders, the folder is their outlet.
    for outlet, page in (("alpha-news", "outlet-a.txt"), ("beta-times", "outlet-b.txt")):
        (tmp_path / outlet).mkdir()
        shutil.copy(CORPUS / page, tmp_path / outlet / page)
    run("ingest", tmp_path / "alpha-news", "--db", db)
    out = run("ingest", tmp_path / "beta-times", "--db", db)
    assert "1 added" in out.stderr
    docs = jsonl(run("export", "--db", db, "--what", "documents", "--format", "jsonl").stdout)
    assert len(docs) == 2
    assert docs[0]["story"] == docs[1]["story"]
    stories = jsonl(run("stories", "--db", db, "--format", "jsonl").stdout)
    assert [(s["documents"], s["outlets"]) for s in stories] == [(2, 2)]


def test_through_the_pipeline_a_shared_figure_is_one_claim_and_a_changed_one_conflicts(
    tmp_path: Path,
) -> None:
    db = tmp_path / "s.db"
    run("ingest", CORPUS / "outlet-a.txt", "--db", db)
    run("ingest", CORPUS / "outlet-b.txt", "--db", db)
    claims = jsonl(run("export", "--db", db, "--what", "claims", "--format", "jsonl").stdout)
    assert any(c["value"] == 48 and c["documents"] == [1, 2] for c in claims)
    assert jsonl(run("conflicts", "--db", db, "--format", "jsonl").stdout) == []
    run("ingest", CORPUS / "outlet-c.txt", "--db", db)
    conflicts = jsonl(run("conflicts", "--db", db, "--format", "jsonl").stdout)
    assert [{c["value_a"], c["value_b"]} for c in conflicts] == [{48.0, 52.0}]


def test_a_changed_page_updates_its_record(tmp_path: Path) -> None:
    db, page = tmp_path / "s.db", tmp_path / "page.txt"
    page.write_text((CORPUS / "outlet-a.txt").read_text(encoding="utf-8"), encoding="utf-8")
    run("ingest", page, "--db", db)
    page.write_text((CORPUS / "outlet-c.txt").read_text(encoding="utf-8"), encoding="utf-8")
    out = run("ingest", page, "--db", db)
    assert "0 added, 1 updated" in out.stderr
    assert scalar(db, "SELECT count(*) FROM documents WHERE text LIKE '%detained 52 members%'") == 1


def detention(value: float, place: str = "Almaty", year: int = 2022, counted: str = "members") -> Figure:
    sentence = f"In {year} officers detained {value:g} {counted} of banned groups in {place}."
    return Figure(
        value=value,
        text=f"{value:g}",
        start=0,
        end=2,
        sentence=sentence,
        counted=counted,
        category="detained",
        trigger="detained",
        period=Period(f"{year}-01-01", f"{year}-12-31", f"in {year}"),
        place=place,
    )


@pytest.fixture
def store_with_figures(tmp_path: Path) -> Path:
    """Outlets A and B report 48 detained in Almaty in 2022, C reports 52; D is a 2019 drug story."""
    db = tmp_path / "figures.db"
    conn = connect(db)
    writer = Writer(conn, "test")
    pages = {
        name: (CORPUS / f"{name}.txt").read_text(encoding="utf-8").split("\n\n") for name in ("outlet-a",)
    }
    body = pages["outlet-a"][2:-1]
    docs = [
        ("a", body, [detention(48)]),
        ("b", body, [detention(48)]),
        ("c", body, [detention(52)]),
        (
            "d",
            ["Police seized 300 kilograms of hashish in a truck at the Shymkent checkpoint in 2019."],
            [detention(3, place="Shymkent", year=2019, counted="suspects")],
        ),
    ]
    for name, paras, figures in docs:
        doc = Document(
            id=name,
            source=f"{name}.txt",
            url=f"https://{name}.example/1",
            title=f"Story {name}",
            published="2023-01-10",
            paragraphs=paras,
            figures=figures,
        )
        writer.write(doc, doc.source, name)
    writer.finish()
    conn.close()
    return db


def test_one_figure_from_two_documents_is_one_claim_with_two_sources(store_with_figures: Path) -> None:
    claims = jsonl(run("export", "--db", store_with_figures, "--what", "claims", "--format", "jsonl").stdout)
    forty_eight = [c for c in claims if c["value"] == 48]
    assert len(forty_eight) == 1
    assert forty_eight[0]["sources"] == 2
    assert forty_eight[0]["documents"] == [1, 2]


def test_a_copy_whose_figure_differs_shows_up_in_conflicts(store_with_figures: Path) -> None:
    rows = jsonl(run("conflicts", "--db", store_with_figures, "--format", "jsonl").stdout)
    assert len(rows) == 1
    values = {rows[0]["value_a"], rows[0]["value_b"]}
    assert values == {48.0, 52.0}
    sources = {s["url"] for side in ("sources_a", "sources_b") for s in rows[0][side]}  # type: ignore[attr-defined]
    assert sources == {"https://a.example/1", "https://b.example/1", "https://c.example/1"}
    text = run("conflicts", "--db", store_with_figures, "--format", "text").stdout
    assert "https://c.example/1" in text and "(1 conflicts)" in text


@pytest.mark.parametrize(
    ("args", "values"),
    [
        ((), [48, 48, 52, 3]),
        (("--category", "detained", "--place", "almaty"), [48, 48, 52]),
        (("--since", "2020"), [48, 48, 52]),
        (("--until", "2019"), [3]),
        (("--since", "2019-06", "--until", "2019-12-31"), [3]),
        (("--min", "50"), [52]),
        (("--search", "hashish"), [3]),
        (("--category", "sentenced"), []),
    ],
    ids=["all", "category-place", "since", "until", "months", "min", "search", "none"],
)
def test_figures_filters(store_with_figures: Path, args: tuple[str, ...], values: list[int]) -> None:
    rows = jsonl(run("figures", "--db", store_with_figures, *args, "--format", "jsonl").stdout)
    assert sorted(r["value"] for r in rows) == sorted(values)  # type: ignore[type-var]


def test_a_bad_date_says_what_to_give(store_with_figures: Path) -> None:
    out = run("figures", "--db", store_with_figures, "--since", "last year", ok=False)
    assert out.returncode == 2 and "give a year" in out.stderr


def test_search_finds_text_with_a_snippet(store_with_figures: Path) -> None:
    rows = jsonl(run("search", "--db", store_with_figures, "hashish", "--format", "jsonl").stdout)
    assert len(rows) == 1 and "[hashish]" in str(rows[0]["snippet"])
    bad = run("search", "--db", store_with_figures, '"unbalanced', ok=False)
    assert bad.returncode == 2 and "double quotes" in bad.stderr


def test_queries_on_a_missing_store_say_how_to_make_one(tmp_path: Path) -> None:
    out = run("figures", "--db", tmp_path / "none.db", ok=False)
    assert out.returncode == 1 and "newstally ingest" in out.stderr
    assert not (tmp_path / "none.db").exists()


@pytest.mark.parametrize("what", ["documents", "figures", "claims"])
@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_exports_carry_the_documented_columns(
    store_with_figures: Path, tmp_path: Path, what: str, fmt: str
) -> None:
    out = tmp_path / f"{what}.{fmt}"
    run("export", "--db", store_with_figures, "--what", what, "--format", fmt, "--out", out)
    columns = [name for name, _, _ in TABLES[what][0]]
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
        assert list(rows[0]) == columns
    elif fmt == "jsonl":
        rows = jsonl(out.read_text(encoding="utf-8"))
        assert list(rows[0]) == columns
    else:
        table = pq.read_table(out)
        assert table.column_names == columns
        rows = table.to_pylist()
    assert len(rows) == {"documents": 4, "figures": 4, "claims": 3}[what]
    if what == "figures":
        assert {str(r["claim"]) for r in rows} <= {"1", "2", "3"} and all(r["document"] for r in rows)


def test_export_columns_are_the_ones_docs_schema_lists() -> None:
    schema = (Path(__file__).resolve().parents[2] / "docs" / "schema.md").read_text(encoding="utf-8")
    for what, (columns, _) in TABLES.items():
        section = schema.split(f"### Export: {what}", 1)[1].split("\n### ", 1)[0]
        documented = [
            line.split("|")[1].strip().strip("`") for line in section.splitlines() if line.startswith("| `")
        ]
        assert documented == [name for name, _, _ in columns], what


def test_jsonl_records_are_keyed_by_id_or_position(tmp_path: Path) -> None:
    db, export = tmp_path / "s.db", tmp_path / "export.jsonl"
    body = (CORPUS / "outlet-a.txt").read_text(encoding="utf-8")
    other = (CORPUS / "annual-2021.txt").read_text(encoding="utf-8")
    records = [
        {"id": "a1", "text": body, "url": "https://www.one.kz/a1"},
        {"id": "a2", "text": other, "url": "https://two.kz/a2"},
        {"text": body + "\n\nA closing paragraph that only this republication carries, at the very end."},
        {"text": other},
    ]
    export.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert "4 added" in run("ingest", export, "--db", db).stderr
    assert "0 added, 0 updated, 4 unchanged" in run("ingest", export, "--db", db).stderr
    records[3]["text"] = other.replace("31 members", "33 members")
    export.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert "0 added, 1 updated, 3 unchanged" in run("ingest", export, "--db", db).stderr
    docs = jsonl(run("export", "--db", db, "--what", "documents", "--format", "jsonl").stdout)
    assert [str(d["key"]).rsplit("/", 1)[1] for d in docs] == [
        "export.jsonl#a1",
        "export.jsonl#a2",
        "export.jsonl",
        "export.jsonl#2",
    ]
    assert [d["outlet"] for d in docs] == ["one.kz", "two.kz", None, None]
    assert docs[0]["story"] == docs[2]["story"] and docs[1]["story"] == docs[3]["story"]


PHISHING_PACK = """
name = "cyber"
version = 2

[[category]]
name = "phishing"
description = "Phishing sites taken offline."
[category.verbs]
en = ["took offline", "taken offline"]
"""


def test_ingest_reads_with_pack_files_and_a_pack_change_extracts_again(tmp_path: Path) -> None:
    page = tmp_path / "pages" / "cyber.txt"
    page.parent.mkdir()
    page.write_text(
        "Cyber police took offline 30 phishing sites this week, the ministry said in a statement.\n",
        encoding="utf-8",
    )
    pack, db = tmp_path / "cyber.toml", tmp_path / "c.db"
    pack.write_text(PHISHING_PACK, encoding="utf-8")
    run("ingest", page.parent, "--db", db, "--pack", pack)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT category, extractor_version FROM figures").fetchall() == [
            ("phishing", "figures.v5+security.v5+cyber.v2")
        ]
    assert "1 unchanged" in run("ingest", page.parent, "--db", db, "--pack", pack).stderr
    assert "1 updated" in run("ingest", page.parent, "--db", db).stderr  # the built-in packs alone
    assert scalar(db, "SELECT count(*) FROM figures WHERE category = 'phishing'") == 0


def test_ingest_with_a_bad_pack_is_a_usage_error_before_any_page(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("name = ", encoding="utf-8")
    proc = run("ingest", tmp_path, "--db", tmp_path / "x.db", "--pack", bad, ok=False)
    assert proc.returncode == 2
    assert "not valid TOML" in proc.stderr
    assert not (tmp_path / "x.db").exists()
