"""The views: each turns a read-only connection and parsed parameters into one page's data.

The same dict is rendered by a template for /PATH and dumped as JSON for /api/PATH, so the two can
never disagree. Every value in it is JSON: numbers, strings, lists and dicts.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from typing import Any

from newstally.web import queries
from newstally.web.marks import split_hits
from newstally.web.params import NotFound

# The timeline draws at most this many series (the largest); more lines than this cannot be told
# apart by colour, and the rest are counted in `series_left_out`.
MAX_SERIES = 10


def home(conn: sqlite3.Connection, params: dict[str, Any]) -> dict[str, Any]:
    """What the database holds."""
    return {
        "counts": queries.count_rows(conn),
        "categories": queries.list_categories(conn),
        "latest": queries.search_documents(conn, {}, 10, 0),
    }


def paginate(rows: list[dict[str, Any]], params: dict[str, Any]) -> dict[str, Any]:
    """The page's rows and where the next page is; the query asked for one row more than a page."""
    page, limit = params["page"], params["limit"]
    return {
        "rows": rows[:limit],
        "page": page,
        "limit": limit,
        "next_page": page + 1 if len(rows) > limit else None,
    }


def window(params: dict[str, Any]) -> tuple[int, int]:
    """LIMIT and OFFSET for the requested page, one row more than a page to tell whether more follow."""
    return params["limit"] + 1, (params["page"] - 1) * params["limit"]


def filters_of(params: dict[str, Any], *names: str) -> dict[str, Any]:
    """The filters in effect, as the response echoes them."""
    return {name: params.get(name) for name in names}


def search(conn: sqlite3.Connection, params: dict[str, Any]) -> dict[str, Any]:
    """Documents matching words and filters, with their snippets cut into plain text and hits."""
    rows = queries.search_documents(conn, params, *window(params))
    for row in rows:
        row["snippet"] = [{"text": p.text, "hit": bool(p.mark)} for p in split_hits(row["snippet"] or "")]
    return {
        "filters": filters_of(params, "q", "outlet", "language", "from", "to"),
        **paginate(rows, params),
        "options": {"outlets": queries.list_outlets(conn), "languages": queries.list_languages(conn)},
    }


def figure_record(row: dict[str, Any]) -> dict[str, Any]:
    """A figure row as the API shows it: the period as one object, flags as booleans."""
    row["negated"] = bool(row["negated"])
    row["stock"] = bool(row["stock"])
    row["period"] = (
        None
        if row["period_start"] is None and row["period_end"] is None and not row["period_text"]
        else {"start": row.pop("period_start"), "end": row.pop("period_end"), "text": row.pop("period_text")}
    )
    for key in ("period_start", "period_end", "period_text"):
        row.pop(key, None)
    return row


def figures(conn: sqlite3.Connection, params: dict[str, Any]) -> dict[str, Any]:
    """Figures matching the filters, sorted, one page of them."""
    rows = [figure_record(r) for r in queries.list_figures(conn, params, *window(params))]
    return {
        "filters": filters_of(
            params, "category", "counted", "place", "actor", "outlet", "language", "from", "to"
        ),
        "sort": params["sort"],
        "order": params["order"],
        **paginate(rows, params),
        "options": {
            "categories": [c["category"] for c in queries.list_categories(conn)],
            "outlets": queries.list_outlets(conn),
            "languages": queries.list_languages(conn),
        },
    }


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


def timeline(conn: sqlite3.Connection, params: dict[str, Any]) -> dict[str, Any]:
    """One category's values over periods, a series per outlet or place, conflicting values marked.

    Two points conflict when they make the same claim frame (what is counted, where, over which
    period) with different values.
    """
    categories = [c["category"] for c in queries.list_categories(conn)]
    category = params.get("category") or (categories[0] if categories else None)
    by = params["by"]
    rows = queries.timeline_rows(conn, {**params, "category": category}, by) if category else []
    values_by_frame: dict[str, set[tuple[float, float | None]]] = defaultdict(set)
    for row in rows:
        if row["frame"]:
            values_by_frame[row["frame"]].add((row["value"], row["high"]))
    sizes: dict[str, int] = defaultdict(int)
    for row in rows:
        sizes[row["series"]] += row["figures"]
    kept = sorted(sizes, key=lambda s: (-sizes[s], s))[:MAX_SERIES]
    series: dict[str, list[dict[str, Any]]] = {name: [] for name in kept}
    for row in rows:
        if row["series"] not in series:
            continue
        series[row["series"]].append(
            {
                "x": period_position(row["period_start"], row["period_end"]),
                "value": row["value"],
                "high": row["high"],
                "period": {
                    "start": row["period_start"],
                    "end": row["period_end"],
                    "text": row["period_text"],
                },
                "counted": row["counted"],
                "figures": row["figures"],
                "figure_id": row["figure_id"],
                "document_id": row["document_id"],
                "conflict": len(values_by_frame.get(row["frame"] or "", ())) > 1,
            }
        )
    for points in series.values():
        points.sort(key=lambda p: (p["x"], p["value"]))
    return {
        "filters": {
            "category": category,
            "place": params.get("place"),
            "counted": params.get("counted"),
            "by": by,
        },
        "series": [{"name": name, "points": points} for name, points in series.items()],
        "series_left_out": len(sizes) - len(kept),
        "conflicts": sum(p["conflict"] for points in series.values() for p in points),
        "options": {"categories": categories},
    }


def claims(conn: sqlite3.Connection, params: dict[str, Any]) -> dict[str, Any]:
    """Claims with their sources, and beside each the other values reported for the same frame."""
    rows = queries.list_claims(conn, params, *window(params))
    page = paginate(rows, params)
    ids = [c["id"] for c in page["rows"]]
    sources: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for fig in queries.claim_sources(conn, ids):
        sources[fig["claim_id"]].append(figure_record(fig))
    rivals: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for other in queries.claims_in_frames(conn, sorted({c["frame"] for c in page["rows"]})):
        rivals[other["frame"]].append(other)
    conflicting = queries.conflicting_claims(conn, ids)
    for claim in page["rows"]:
        claim["negated"] = bool(claim["negated"])
        claim["sources"] = sources[claim["id"]]
        claim["conflicts_with"] = [
            {k: r[k] for k in ("id", "value", "high", "documents")}
            for r in rivals[claim.pop("frame")]
            if r["id"] in conflicting.get(claim["id"], set())
        ]
    return {
        "filters": filters_of(params, "category", "place", "conflicts"),
        **page,
        "options": {"categories": [c["category"] for c in queries.list_categories(conn)]},
    }


def document(conn: sqlite3.Connection, params: dict[str, Any]) -> dict[str, Any]:
    """One document: metadata, cleaned text, its figures with offsets, and the chrome removed."""
    try:
        doc_id = int(params["id"])
    except ValueError:
        raise NotFound(f"no document {params['id']!r}: document ids are whole numbers") from None
    doc = queries.get_document(conn, doc_id)
    if doc is None:
        raise NotFound(f"no document {doc_id}")
    return {
        "document": doc,
        "figures": [figure_record(f) for f in queries.document_figures(conn, doc_id)],
        "removed": queries.document_chrome(conn, doc_id),
    }


def stories(conn: sqlite3.Connection, params: dict[str, Any]) -> dict[str, Any]:
    """Stories that were published more than once, largest first."""
    return paginate(queries.list_stories(conn, *window(params)), params)


def story(conn: sqlite3.Connection, params: dict[str, Any]) -> dict[str, Any]:
    """One story's republications, oldest first."""
    try:
        story_id = int(params["id"])
    except ValueError:
        raise NotFound(f"no story {params['id']!r}: story ids are whole numbers") from None
    docs = queries.story_documents(conn, story_id)
    if not docs:
        raise NotFound(f"no story {story_id}")
    return {"story": {"id": story_id, "documents": len(docs)}, "rows": docs}
