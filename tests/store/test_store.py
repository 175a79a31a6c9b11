"""The store: schema and migrations, the writer's idempotency and updates, claims and conflicts."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from newstally.model import Document, Figure, Period
from newstally.store import StoreError, Writer, connect
from newstally.store._schema import MIGRATIONS
from newstally.store.conflicts import MAX_DISPUTED_VALUES
from newstally.store.connection import NoStore

BODY = (
    "The National Security Committee said that in 2022 its officers detained 48 members of banned "
    "extremist groups in the Almaty region, and seized 37 mobile phones and 12 laptops in the raids."
)


def figure(value: float, counted: str = "members", place: str | None = "Almaty region") -> Figure:
    """A detention figure as the extractor would report it for BODY."""
    return Figure(
        value=value,
        text=f"{value:g}",
        start=71,
        end=73,
        sentence=BODY,
        counted=counted,
        category="detained",
        trigger="detained",
        period=Period("2022-01-01", "2022-12-31", "in 2022"),
        place=place,
    )


def document(name: str, figures: list[Figure], body: str = BODY) -> Document:
    """A cleaned document from outlet `name`."""
    return Document(
        id=name,
        source=f"{name}.txt",
        url=f"https://www.{name}.kz/news/1",
        title="Committee reports arrests",
        published="2023-01-10",
        paragraphs=[body],
        removed=["Home | News", "© 2023"],
        figures=figures,
    )


def write(db: Path, docs: list[tuple[Document, str]]) -> None:
    """Write documents (with their content hashes) in one run."""
    conn = connect(db)
    writer = Writer(conn, "test")
    for doc, digest in docs:
        writer.write(doc, doc.source, digest)
    writer.finish()
    conn.close()


def count(db: Path, sql: str) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(sql).fetchone()[0])


def test_a_new_store_is_migrated_in_wal_mode(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db")
    names = [r[0] for r in conn.execute("SELECT name FROM _migrations ORDER BY name")]
    assert names == [name for name, _ in MIGRATIONS]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    conn.close()


def test_reopening_applies_no_migration_twice(tmp_path: Path) -> None:
    connect(tmp_path / "s.db").close()
    connect(tmp_path / "s.db").close()
    assert count(tmp_path / "s.db", "SELECT count(*) FROM _migrations") == len(MIGRATIONS)


def test_a_file_that_is_not_sqlite_is_refused_with_advice(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="another --db"):
        connect(bad)


def test_queries_on_a_missing_store_say_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(NoStore, match="newstally ingest"):
        connect(tmp_path / "none.db", create=False)


def test_a_document_is_stored_with_chrome_outlet_figures_and_versions(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    write(db, [(document("alpha", [figure(48)]), "h1")])
    with sqlite3.connect(db) as conn:
        host, chrome, version = conn.execute(
            "SELECT o.host, (SELECT count(*) FROM chrome WHERE document_id = d.id), d.extractor_version "
            "FROM documents d JOIN outlets o ON o.id = d.outlet_id"
        ).fetchone()
        fig = conn.execute("SELECT value, head, date, period_text, place FROM figures").fetchone()
    assert (host, chrome, version) == ("alpha.kz", 2, "figures.v5+security.v5")
    assert fig == (48.0, "member", "2022-12-31", "in 2022", "Almaty region")


def test_the_same_figure_from_two_documents_is_one_claim_with_two_sources(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    write(db, [(document("alpha", [figure(48)]), "h1"), (document("beta", [figure(48)]), "h2")])
    assert count(db, "SELECT count(*) FROM claims") == 1
    assert count(db, "SELECT count(DISTINCT document_id) FROM figures WHERE claim_id IS NOT NULL") == 2
    assert count(db, "SELECT count(*) FROM conflicts") == 0


def test_figures_that_differ_only_in_value_conflict(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    write(db, [(document("alpha", [figure(48)]), "h1"), (document("gamma", [figure(52)]), "h2")])
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT value_a, value_b FROM conflicts").fetchall()
    assert rows == [(48.0, 52.0)]


def test_a_document_stating_both_values_disagrees_with_no_one(tmp_path: Path) -> None:
    # "48 detained, including 13 women": the part and the whole share a frame in every source.
    both = [figure(48), figure(13)]
    write(db := tmp_path / "s.db", [(document("alpha", both), "h1"), (document("beta", both), "h2")])
    assert count(db, "SELECT count(*) FROM conflicts") == 0
    # A third source with only one of them still disagrees with no one: it never says the other.
    write(db, [(document("gamma", [figure(48)]), "h3")])
    assert count(db, "SELECT count(*) FROM conflicts") == 0
    write(db, [(document("delta", [figure(52)]), "h4")])
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT value_a, value_b FROM conflicts ORDER BY 1, 2").fetchall()
    assert rows == [(13.0, 52.0), (48.0, 52.0)]


def test_a_different_place_or_head_is_another_claim_not_a_conflict(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    figs = [figure(48), figure(52, place="Shymkent"), figure(60, counted="laptops")]
    write(db, [(document("alpha", figs[:1]), "h1"), (document("beta", figs[1:]), "h2")])
    assert count(db, "SELECT count(*) FROM claims") == 3
    assert count(db, "SELECT count(*) FROM conflicts") == 0


def test_a_frame_of_many_values_is_a_series_not_a_dispute(tmp_path: Path) -> None:
    # Unrelated reports of small detentions in one region and year share a frame; the pairs of their
    # values are no disagreement, and would grow as the square of their number.
    db = tmp_path / "s.db"
    many = MAX_DISPUTED_VALUES + 1
    reports = [(f"outlet{v}", " ".join(f"word{v}x{i}" for i in range(40))) for v in range(1, many + 1)]
    write(
        db, [(document(name, [figure(v)], body=body), f"h{v}") for v, (name, body) in enumerate(reports, 1)]
    )
    assert count(db, "SELECT count(*) FROM claims") == many
    assert count(db, "SELECT count(*) FROM conflicts") == 0
    write(db, [(document("outlet1", [figure(2)], body=reports[0][1]), "h0")])  # one value fewer: a dispute
    assert count(db, "SELECT count(*) FROM conflicts") == (many - 2) * (many - 1) // 2


def test_rewriting_unchanged_content_is_skipped_by_hash(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    write(db, [(document("alpha", [figure(48)]), "h1")])
    conn = connect(db)
    writer = Writer(conn, "again")
    assert writer.is_unchanged("alpha.txt", "h1")
    assert not writer.is_unchanged("alpha.txt", "h2")
    assert not writer.is_unchanged("beta.txt", "h1")
    writer.finish()
    conn.close()


def test_a_changed_document_replaces_its_figures_and_drops_orphan_claims(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    write(db, [(document("alpha", [figure(48), figure(37, counted="mobile phones")]), "h1")])
    write(db, [(document("alpha", [figure(50)]), "h2")])
    assert count(db, "SELECT count(*) FROM documents") == 1
    assert count(db, "SELECT count(*) FROM figures") == 1
    assert count(db, "SELECT count(*) FROM claims") == 1
    assert count(db, "SELECT value FROM claims") == 50
    assert count(db, "SELECT count(*) FROM stories") == 1
    assert count(db, "SELECT count(*) FROM runs WHERE updated = 1") == 1


def test_a_bare_number_makes_no_claim(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    bare = Figure(value=7, text="7", start=0, end=1, sentence=BODY)
    write(db, [(document("alpha", [bare]), "h1"), (document("beta", [bare]), "h2")])
    assert count(db, "SELECT count(*) FROM figures WHERE claim_id IS NULL") == 2
    assert count(db, "SELECT count(*) FROM claims") == 0


def test_full_text_search_follows_updates(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    write(db, [(document("alpha", []), "h1")])
    write(db, [(document("alpha", [], body="Border guards stopped a truck carrying 300 kilograms."), "h2")])
    match = "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH '{}'"
    assert count(db, match.format("extremist")) == 0
    assert count(db, match.format("truck")) == 1
    assert count(db, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'") == 1


def test_a_failed_run_rolls_back_the_batch_in_flight(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    conn = connect(db)
    writer = Writer(conn, "test", batch_size=2)
    for name in ("alpha", "beta", "gamma"):
        writer.write(document(name, [figure(48)]), f"{name}.txt", name)
    counts = writer.finish("failed")
    conn.close()
    assert counts.added == 2
    assert count(db, "SELECT count(*) FROM documents") == 2
    assert count(db, "SELECT count(*) FROM runs WHERE status = 'failed' AND added = 2") == 1


def test_conflicts_follow_updates(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    write(db, [(document("alpha", [figure(48)]), "h1"), (document("gamma", [figure(52)]), "h2")])
    assert count(db, "SELECT count(*) FROM conflicts") == 1
    write(db, [(document("gamma", [figure(48)]), "h3")])
    assert count(db, "SELECT count(*) FROM conflicts") == 0
    assert count(db, "SELECT count(*) FROM claims") == 1


def test_a_bare_frame_conflicts_only_within_a_story(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    other = "Border guards in the south stopped a truck with 300 kilograms of hashish hidden in melons."
    bare = [replace(figure(v, place=None), period=None) for v in (48, 5, 7)]
    write(
        db,
        [
            (document("alpha", [bare[0]]), "h1"),
            (document("beta", [bare[1]], body=other), "h2"),
        ],
    )
    assert count(db, "SELECT count(*) FROM conflicts") == 0
    write(db, [(document("gamma", [bare[2]], body=other), "h3")])
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT value_a, value_b FROM conflicts").fetchall() == [(5.0, 7.0)]
