"""The store's timeline points answer exactly what grouping the figures on each request answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from newstally.web import queries, views
from newstally.web.db import connect_readonly
from newstally.web.timeline import largest_series, read_points


@pytest.mark.parametrize("by", ["outlet", "place"])
def test_stored_points_equal_points_grouped_from_the_figures(web_db: Path, by: str) -> None:
    conn = connect_readonly(web_db)
    compared = 0
    for category in [c["category"] for c in queries.list_categories(conn)]:
        for kind in queries.category_kinds(conn, category):
            sizes = queries.series_sizes(conn, category, kind, by)
            stored = read_points(
                sizes, queries.stored_points(conn, category, kind, by, largest_series(sizes))
            )
            params = {"category": category, "kind": kind, "by": by}
            assert stored == views.narrowed_timeline(conn, params, by), (category, kind)
            compared += sum(len(s["points"]) for s in stored["series"])
    assert compared > 0
