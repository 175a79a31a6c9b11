"""Timeline points: a category's figures grouped per series and period, refreshed at the end of each ingest.

The web app's timeline plots one point per series (an outlet or a place) and period. Grouping the
25,000 figures of a category on each request took 240–390 ms on the 100k-document benchmark store
(benchmarks/web_speed.py), and grouping them in SQL per request longer still; the points are
therefore kept in the `timeline_points` table, recomputed with the conflicts in the transaction
that ends an ingest, and the web app reads a category's few thousand rows. docs/web.md says how a
point is made.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

# A figure over a longer period than this (in days) is a total over years, not a point in time,
# and one whose period starts before 1900 is a misread date: neither goes on a timeline.
LONGEST_PERIOD_DAYS = 731
# A point lists this many of its other values.
OTHER_VALUES = 5

# Which figures a timeline plots (the figures table aliased `f`): not negated, with a known
# period of two years at most.
PLOTTED = (
    "f.negated = 0 AND COALESCE(f.period_start, f.period_end) >= '1900' "
    "AND (f.period_start IS NULL OR f.period_end IS NULL "
    f"OR julianday(f.period_end) - julianday(f.period_start) <= {LONGEST_PERIOD_DAYS})"
)

# A point's key: one category, kind, way of making series, series and period.
_POINT = "category, kind, series_of, series, period_start, period_end"


# A group of figures: category, kind and period. Every point, of either series, holds figures of
# one group, so recomputing a group's figures recomputes whole points.
Group = tuple[str, str, str | None, str | None]
_IN_TOUCHED_GROUP = (
    "EXISTS (SELECT 1 FROM temp._touched_groups g WHERE g.category = {t}.category AND g.kind = {t}.kind "
    "AND g.period_start IS {t}.period_start AND g.period_end IS {t}.period_end)"
)


def _timeline_points(touched: bool) -> list[str]:
    """The statements that recompute the timeline points, or only those of touched groups."""
    scope = " AND " + _IN_TOUCHED_GROUP.format(t="f") if touched else ""
    return [
        # Disputed claims: those of the conflicts table (refreshed just before), so that the timeline
        # marks what the claims view and `newstally conflicts` list.
        "CREATE TEMP TABLE _disputed AS "
        "SELECT claim_a AS claim FROM conflicts UNION SELECT claim_b FROM conflicts",
        "CREATE UNIQUE INDEX temp._disputed_claim ON _disputed(claim)",
        # Each plotted figure with its outlet and place, numbered per category and kind in the order
        # that picks a point's example figure: place (ignoring case), date, id.
        "CREATE TEMP TABLE _plotted AS SELECT f.category AS category, f.kind AS kind, "
        "COALESCE(o.host, source_folder(d.source)) AS outlet, "
        "COALESCE(f.place, '(no place)') COLLATE BINARY AS place, f.period_start AS period_start, "
        "f.period_end AS period_end, f.value AS value, f.high AS high, f.id AS id, "
        "f.document_id AS document_id, f.claim_id IN (SELECT claim FROM _disputed) IS 1 AS disputed, "
        "row_number() OVER (PARTITION BY f.category, f.kind "
        "ORDER BY f.place COLLATE NOCASE, f.date, f.id) AS seq "
        "FROM figures f JOIN documents d ON d.id = f.document_id LEFT JOIN outlets o ON o.id = d.outlet_id "
        f"WHERE {PLOTTED}{scope}",
        # Each figure once per way of making series; per point and value: how many figures report it,
        # the first of them (bare columns of the min(seq) row), and how many are disputed.
        "CREATE TEMP TABLE _tallies AS SELECT category, kind, series_of, series, period_start, period_end, "
        "value, high, count(*) AS n, min(seq) AS seq, id, document_id, sum(disputed) AS disputed FROM ("
        "  SELECT *, 'outlet' AS series_of, outlet AS series FROM _plotted"
        "  UNION ALL SELECT *, 'place' AS series_of, place AS series FROM _plotted"
        f") GROUP BY {_POINT}, value, high",
        # The value reported most often (the larger on a tie) ranks first; values by size number the others.
        f"CREATE TEMP TABLE _ranked AS SELECT *, row_number() OVER (PARTITION BY {_POINT} "
        "ORDER BY n DESC, value DESC, seq) AS rank, "
        f"dense_rank() OVER (PARTITION BY {_POINT} ORDER BY value) AS size FROM _tallies",
        f"CREATE INDEX temp._ranked_point ON _ranked({_POINT}, value)",
        "DELETE FROM timeline_points"
        + (" WHERE " + _IN_TOUCHED_GROUP.format(t="timeline_points") if touched else ""),
        # Per point, the first-ranked value and its example figure (bare columns of the min(rank) row),
        # and the smallest other values as a JSON array.
        "INSERT INTO timeline_points (category, kind, series_of, series, period_start, period_end, value, "
        "high, figures, other_values, conflict, figure_id, document_id, counted, period_text) "
        "SELECT p.category, p.kind, p.series_of, p.series, p.period_start, p.period_end, p.value, p.high, "
        "p.figures, p.other_values, p.conflict, p.figure_id, p.document_id, f.counted, f.period_text FROM ("
        "  SELECT r.category, r.kind, r.series_of, r.series, r.period_start, r.period_end, "
        "  min(r.rank), r.value, r.high, r.id AS figure_id, r.document_id, sum(r.n) AS figures, "
        "  sum(r.disputed) > 0 AS conflict, (SELECT json_group_array(o.value) FROM ("
        "    SELECT DISTINCT x.value FROM _ranked x WHERE x.category = r.category AND x.kind = r.kind "
        "    AND x.series_of = r.series_of AND x.series = r.series AND x.period_start IS r.period_start "
        "    AND x.period_end IS r.period_end AND x.value != r.value "
        f"    ORDER BY x.value LIMIT {OTHER_VALUES}) AS o) AS other_values "
        f"  FROM _ranked r GROUP BY {_POINT}"
        ") AS p JOIN figures f ON f.id = p.figure_id",
        "DROP TABLE temp._ranked",
        "DROP TABLE temp._tallies",
        "DROP TABLE temp._plotted",
        "DROP TABLE temp._disputed",
    ]


TIMELINE_POINTS = _timeline_points(touched=False)
_TOUCHED_POINTS = _timeline_points(touched=True)


def refresh_timeline(conn: sqlite3.Connection, groups: Iterable[Group] | None = None) -> int:
    """Recompute the `timeline_points` table inside the caller's transaction; return the number of points.

    With `groups`, only the points of those groups of figures (category, kind, period): a point's
    figures, the order that picks its example and its conflicts all stay within one group (a claim's
    frame names its group). An example is the first of a point's figures by place, date and id, so
    numbering a subset of figures in that order picks the same one.
    """
    if groups is None:
        statements = TIMELINE_POINTS
    else:
        conn.execute("CREATE TEMP TABLE _touched_groups (category, kind, period_start, period_end)")
        conn.executemany("INSERT INTO temp._touched_groups VALUES (?, ?, ?, ?)", set(groups))
        conn.execute(
            "CREATE INDEX temp._touched_group ON _touched_groups(category, kind, period_start, period_end)"
        )
        statements = [*_TOUCHED_POINTS, "DROP TABLE temp._touched_groups"]
    for statement in statements:
        conn.execute(statement)
    return int(conn.execute("SELECT count(*) FROM timeline_points").fetchone()[0])
