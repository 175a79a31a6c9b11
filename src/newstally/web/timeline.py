"""The timeline's points: figures grouped into one point per series and period, conflicts marked.

A whole category's points are read from the store, which groups them at the end of each ingest
(`read_points`); a timeline narrowed by place or counted phrase groups its figures here
(`group_points`), by the same rules.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence, Set
from datetime import date
from functools import lru_cache
from typing import Any

from newstally.web.formatting import plain_number

# The timeline draws at most this many series (the largest); more lines than this cannot be told
# apart by colour, and the rest are counted in `series_left_out`.
MAX_SERIES = 10


@lru_cache(maxsize=65536)
def period_position(start: str | None, end: str | None) -> float | None:
    """Where a period sits on a time axis, in years: the middle of its first and last day.

    None when a date cannot be read (the point is then left off the chart).

    >>> period_position("2023-01-01", "2023-12-31")
    2023.5
    >>> period_position(None, "2024-06-30")
    2024.496
    >>> period_position("2023", "2023-05")
    2023.166
    >>> period_position("2023-02-30", None) is None
    True
    """

    def year_fraction(iso: str) -> float:
        day = date.fromisoformat(iso[:10] + "-01-01"[len(iso[:10]) - 4 :])  # "2023-05" → "2023-05-01"
        new_year = date(day.year, 1, 1)
        return day.year + (day - new_year).days / (date(day.year + 1, 1, 1) - new_year).days

    try:
        first = year_fraction(start or end or "")
        last = year_fraction(end or start or "") + 1 / 365
    except ValueError:
        return None
    return round((first + last) / 2, 3)


def group_points(
    figures: Sequence[Sequence[Any]],
    series_of: Callable[[Any], str],
    disputed: Set[int],
    max_series: int = MAX_SERIES,
) -> dict[str, Any]:
    """Points from (series key, claim id, start, end, value, high, figure id, document id) tuples.

    A point is one series' figures for one period. When they hold several values (several places
    or things counted, unless a filter narrowed them), the point shows the value reported most
    often (the larger on a tie) and says the others. A point is a conflict when one of its figures
    makes a disputed claim: one in conflict with another (the store's conflicts table).
    """
    names = [series_of(fig[0]) for fig in figures]
    sizes = Counter(names)
    kept = largest_series(sizes, max_series)
    keep = set(kept)
    # (series, start, end) → (value, high) → [figures, first figure, its document, any disputed]
    groups: dict[tuple[str, Any, Any], dict[tuple[Any, Any], list[Any]]] = defaultdict(dict)
    for name, (_, claim, start, end, value, high, figure_id, document_id) in zip(names, figures, strict=True):
        if name not in keep:
            continue
        tallies = groups[(name, start, end)]
        tally = tallies.get((value, high))
        if tally is None:
            tallies[(value, high)] = [1, figure_id, document_id, claim in disputed]
        else:
            tally[0] += 1
            tally[3] = tally[3] or claim in disputed
    series: dict[str, list[dict[str, Any]]] = {name: [] for name in kept}
    for (name, start, end), tallies in groups.items():
        x = period_position(start, end)
        if x is None:
            continue
        (value, high), (_, figure_id, document_id, _) = max(
            tallies.items(), key=lambda kv: (kv[1][0], kv[0][0])
        )
        series[name].append(
            {
                "x": x,
                "value": plain_number(value),
                "high": plain_number(high),
                "period": {"start": start, "end": end, "text": None},
                "counted": None,
                "figures": sum(t[0] for t in tallies.values()),
                "other_values": tuple(plain_number(v) for v in sorted({v for v, _ in tallies} - {value})[:5]),
                "figure_id": figure_id,
                "document_id": document_id,
                "conflict": any(t[3] for t in tallies.values()),
            }
        )
    for points in series.values():
        points.sort(key=lambda p: (p["x"], p["value"]))
    return {
        "series": [{"name": name, "points": points} for name, points in series.items()],
        "series_left_out": len(sizes) - len(kept),
    }


def largest_series(sizes: dict[str, int], max_series: int = MAX_SERIES) -> list[str]:
    """The series a timeline draws: the largest, then by name."""
    return sorted(sizes, key=lambda s: (-sizes[s], s))[:max_series]


def read_points(sizes: dict[str, int], rows: Sequence[Sequence[Any]]) -> dict[str, Any]:
    """The same answer as `group_points`, from the points the store keeps (store/timeline.py).

    `sizes` holds every series' number of figures; `rows` the points of the largest ones, as
    (series, start, end, value, high, figures, other values as JSON, conflict, figure id,
    document id, counted, period text).
    """
    series: dict[str, list[dict[str, Any]]] = {name: [] for name in largest_series(sizes)}
    for name, start, end, value, high, figures, others, conflict, figure_id, doc_id, counted, text in rows:
        x = period_position(start, end)
        if x is None:
            continue
        series[name].append(
            {
                "x": x,
                "value": plain_number(value),
                "high": plain_number(high),
                "period": {"start": start, "end": end, "text": text},
                "counted": counted,
                "figures": figures,
                "other_values": tuple(plain_number(v) for v in sorted(json.loads(others))),
                "figure_id": figure_id,
                "document_id": doc_id,
                "conflict": bool(conflict),
            }
        )
    for points in series.values():
        points.sort(key=lambda p: (p["x"], p["value"]))
    return {
        "series": [{"name": name, "points": points} for name, points in series.items()],
        "series_left_out": len(sizes) - len(series),
    }
