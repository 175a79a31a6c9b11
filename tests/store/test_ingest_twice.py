"""Property: ingesting the same pages twice changes nothing but the runs table."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newstally.store import ingest

TABLES = [
    "documents",
    "chrome",
    "figures",
    "claims",
    "stories",
    "outlets",
    "minhashes",
    "lsh_bands",
    "timeline_points",
]
WORDS = [
    "police",
    "detained",
    "members",
    "groups",
    "Almaty",
    "seized",
    "weapons",
    "in",
    "the",
    "2022",
    "48",
    "of",
]

sentence = st.lists(st.sampled_from(WORDS), min_size=4, max_size=30).map(
    lambda w: " ".join(w).capitalize() + "."
)
paragraph = st.lists(sentence, min_size=1, max_size=4).map(" ".join)
page = st.lists(
    st.one_of(paragraph, st.sampled_from(["Home | News", "© 2024", "Share"])), min_size=1, max_size=8
)
corpus = st.lists(page.map("\n\n".join), min_size=1, max_size=6)


def snapshot(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in TABLES}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages=corpus)
def test_ingesting_twice_changes_nothing(pages: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder, db = Path(tmp) / "pages", Path(tmp) / "s.db"
        folder.mkdir()
        for i, text in enumerate(pages):
            (folder / f"{i}.txt").write_text(text, encoding="utf-8")
        first = ingest([str(folder)], db)
        before = snapshot(db)
        second = ingest([str(folder)], db)
        assert snapshot(db) == before
        assert (second.added, second.updated, second.figures_added) == (0, 0, 0)
        assert second.unchanged == first.added + first.updated
