"""The timeline's points: figures grouped into one point per series and period, conflicts marked."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

from newstally.web.formatting import plain_number

# The timeline draws at most this many series (the largest); more lines than this cannot be told
# apart by colour, and the rest are counted in `series_left_out`.
MAX_SERIES = 10


def period_position(start: str | None, end: str | None) -> float:
    """Where a period sits on a time axis, in years: the middle of its first and last day.

    >>> period_position("2023-01-01", "2023-12-31")
    2023.5
    >>> period_position(None, "2024-06-30")
    2024.5
    """

    def year_fraction(date: str) -> float:
        year, month, day = ([int(p) for p in date[:10].split("-")] + [1, 1])[:3]
        return year + ((month - 1) * 30.44 + day - 1) / 365.25

    first = year_fraction(start or end or "")
    last = year_fraction(end or start or "") + 1 / 365.25
    return round((first + last) / 2, 3)


def group_points(figures: Sequence[Sequence[Any]], max_series: int = MAX_SERIES) -> dict[str, Any]:
    """Points from (series, frame, start, end, value, high, figure id, document id) tuples.

    A point is one series' figures for one period. When they hold several values (several places
    or things counted, unless a filter narrowed them), the point shows the value reported most
    often (the larger on a tie) and says the others. A point is a conflict when one of its figures
    shares a claim frame (what, where, when) with a figure of another value.
    """
    values_by_frame: dict[str, set[tuple[float, float | None]]] = defaultdict(set)
    sizes: Counter[str] = Counter()
    for name, frame, _, _, value, high, _, _ in figures:
        sizes[name] += 1
        if frame:
            values_by_frame[frame].add((value, high))
    disputed = {frame for frame, values in values_by_frame.items() if len(values) > 1}
    kept = sorted(sizes, key=lambda s: (-sizes[s], s))[:max_series]
    keep = set(kept)
    # (series, start, end) → (value, high) → [figures, first figure, first document, any disputed]
    groups: dict[tuple[Any, ...], dict[tuple[float, float | None], list[Any]]] = defaultdict(dict)
    for name, frame, start, end, value, high, figure_id, document_id in figures:
        if name in keep:
            tally = groups[(name, start, end)].get((value, high))
            if tally is None:
                groups[(name, start, end)][(value, high)] = [1, figure_id, document_id, frame in disputed]
            else:
                tally[0] += 1
                tally[3] = tally[3] or frame in disputed
    series: dict[str, list[dict[str, Any]]] = {name: [] for name in kept}
    for (name, start, end), tallies in groups.items():
        (value, high), (_, figure_id, document_id, _) = max(
            tallies.items(), key=lambda kv: (kv[1][0], kv[0][0])
        )
        series[name].append(
            {
                "x": period_position(start, end),
                "value": plain_number(value),
                "high": plain_number(high),
                "period": {"start": start, "end": end, "text": None},
                "counted": None,
                "figures": sum(t[0] for t in tallies.values()),
                "other_values": [plain_number(v) for v in sorted({v for v, _ in tallies} - {value})[:5]],
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
