"""The timeline points the store keeps: one per series and period, refreshed at the end of each ingest."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

from newstally.model import Document, Figure, Period
from newstally.store import Writer, connect

BODY = "Police detained 48 members of banned groups in the Almaty region in 2022, officials said."


def figure(value: float, place: str | None = "Almaty region", negated: bool = False) -> Figure:
    """A detention figure of 2022 as the extractor would report it for BODY."""
    return Figure(
        value=value,
        text=f"{value:g}",
        start=16,
        end=18,
        sentence=BODY,
        counted="members",
        category="detained",
        trigger="detained",
        period=Period("2022-01-01", "2022-12-31", "in 2022"),
        place=place,
        negated=negated,
    )


def document(name: str, figures: list[Figure], outlet: str = "herald") -> Document:
    """A cleaned document of outlet `outlet`, stored under `name`."""
    return Document(
        id=name,
        source=f"{outlet}/{name}.txt",
        url=None,
        title="Police report arrests",
        published="2023-01-10",
        paragraphs=[BODY],
        figures=figures,
    )


def write(db: Path, docs: list[Document]) -> None:
    """Write documents in one run, each with content hash of its figures' values."""
    conn = connect(db)
    writer = Writer(conn, "test")
    for doc in docs:
        writer.write(doc, doc.source, repr([f.value for f in doc.figures]))
    writer.finish()
    conn.close()


def points(db: Path, series_of: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        sql = (
            "SELECT series, value, figures, other_values, conflict, counted, period_text "
            "FROM timeline_points WHERE category = 'detained' AND kind = 'count' AND series_of = ? "
            "ORDER BY series"
        )
        return conn.execute(sql, (series_of,)).fetchall()


def test_a_point_shows_the_value_reported_most_often_and_lists_the_others(tmp_path: Path) -> None:
    docs = [document("a", [figure(48)]), document("b", [figure(48)]), document("c", [figure(52)], "courier")]
    write(db := tmp_path / "s.db", docs)
    assert points(db, "place") == [("Almaty region", 48.0, 3, "[52.0]", 1, "members", "in 2022")]
    # A page without a URL is filed under the folder it was read from.
    assert points(db, "outlet") == [
        ("courier", 52.0, 1, "[]", 1, "members", "in 2022"),
        ("herald", 48.0, 2, "[]", 1, "members", "in 2022"),
    ]


def test_negated_figures_and_long_periods_are_left_off(tmp_path: Path) -> None:
    decade = replace(figure(7), period=Period("2010-01-01", "2019-12-31", "in ten years"))
    write(db := tmp_path / "s.db", [document("a", [figure(48), figure(9, "Osh", negated=True), decade])])
    assert [(p[0], p[1]) for p in points(db, "place")] == [("Almaty region", 48.0)]


def test_points_follow_updates_and_a_second_ingest_keeps_them(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    write(db, [document("a", [figure(48)]), document("b", [figure(52)])])
    assert json.loads(str(points(db, "place")[0][3])) == [48.0]
    write(db, [document("b", [figure(48)])])
    assert points(db, "place") == [("Almaty region", 48.0, 2, "[]", 0, "members", "in 2022")]
    write(db, [document("b", [figure(48)])])
    assert points(db, "place") == [("Almaty region", 48.0, 2, "[]", 0, "members", "in 2022")]
