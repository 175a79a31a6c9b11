"""The end of an ingest refreshes only the conflicts and timeline points its writes could change."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from newstally.model import Document, Figure
from newstally.store import Writer, connect, ingest
from newstally.store.conflicts import refresh_conflicts
from newstally.store.timeline import refresh_timeline

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


def derived(db: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """The conflicts and timeline points of a store, in a stable order."""
    with sqlite3.connect(db) as conn:
        conflicts = conn.execute("SELECT * FROM conflicts ORDER BY claim_a, claim_b").fetchall()
        points = conn.execute("SELECT * FROM timeline_points ORDER BY 1, 2, 3, 4, 5, 6, 7").fetchall()
    return conflicts, points


def recomputed(db: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """What a refresh of everything gives, rolled back afterwards."""
    conn = connect(db)
    try:
        conn.execute("BEGIN IMMEDIATE")
        refresh_conflicts(conn)
        refresh_timeline(conn)
        conflicts = conn.execute("SELECT * FROM conflicts ORDER BY claim_a, claim_b").fetchall()
        points = conn.execute("SELECT * FROM timeline_points ORDER BY 1, 2, 3, 4, 5, 6, 7").fetchall()
        conn.execute("ROLLBACK")
    finally:
        conn.close()
    return [tuple(r) for r in conflicts], [tuple(r) for r in points]


def test_ingests_in_parts_and_an_edit_leave_what_a_full_refresh_gives(tmp_path: Path) -> None:
    outlets = sorted(p for p in CORPUS.iterdir() if p.is_dir())
    db = tmp_path / "parts.db"
    # Outlets one after another: stories gain republications and join, claims gain sources.
    for outlet in outlets:
        ingest([str(outlet)], db)
        assert derived(db) == recomputed(db), outlet.name
    # An edited page replaces its figures: 140 detained becomes 141, a new disputed value.
    page = next(CORPUS.glob("steppe-herald/*140-detained*.txt"))
    edited = tmp_path / "edited" / page.name
    edited.parent.mkdir()
    shutil.copy(page, edited)
    ingest([str(edited)], db)
    edited.write_text(page.read_text(encoding="utf-8").replace("140", "141"), encoding="utf-8")
    ingest([str(edited)], db)
    assert derived(db) == recomputed(db)
    # Replaced by another report: the figures, claims and categories of the first are gone.
    other = next(CORPUS.glob("central-asia-monitor/*extraditions*.txt"))
    edited.write_text(other.read_text(encoding="utf-8"), encoding="utf-8")
    ingest([str(edited)], db)
    assert derived(db) == recomputed(db)
    assert derived(db)[0]  # the corpus's planted conflicts are there


WEST = (
    "Police in the western region said on Monday that officers had searched eleven flats in the "
    "regional centre and two villages nearby, questioned their owners about a network that sold "
    "forged documents to migrants, and sent the papers they found to forensic experts in the capital."
)
EAST = (
    "Customs officers at the eastern border crossing stopped a lorry carrying melons from the south, "
    "found hashish packed inside the fruit, and handed the driver and two passengers to investigators "
    "who opened a case for smuggling and asked the court to hold them in custody for two months."
)


def bare(value: float) -> Figure:
    """A detention figure with no period or place: it can conflict only within a story."""
    return Figure(value=value, text=f"{value:g}", start=0, end=1, sentence=WEST, counted="people",
                  category="detained", trigger="detained")  # fmt: skip


def test_a_page_that_joins_two_stories_refreshes_the_conflicts_between_them(tmp_path: Path) -> None:
    db = tmp_path / "join.db"

    def write(name: str, body: str, figures: list[Figure]) -> None:
        conn = connect(db)
        writer = Writer(conn, "test")
        doc = Document(id=name, source=f"{name}/1.txt", paragraphs=[body], figures=figures)
        writer.write(doc, doc.source, name)
        writer.finish()
        conn.close()

    write("west", WEST, [bare(5)])
    write("east", EAST, [bare(7)])
    assert derived(db)[0] == []  # two stories: a bare frame does not conflict across them
    write("digest", f"{WEST} {EAST}", [])  # a round-up of both joins their stories
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(DISTINCT story_id) FROM documents").fetchone()[0] == 1
    assert derived(db) == recomputed(db)
    assert [(c[8], c[10]) for c in derived(db)[0]] == [(5.0, 7.0)]
