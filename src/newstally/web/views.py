"""The views: each turns a read-only connection and parsed parameters into one page's data.

The same dict is rendered by a template for /PATH and dumped as JSON for /api/PATH, so the two can
never disagree. Every value in it is JSON: numbers, strings, lists and dicts.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from newstally.web import queries
from newstally.web.db import ReadOnlyConnection
from newstally.web.formatting import plain_number
from newstally.web.marks import split_hits
from newstally.web.params import NotFound
from newstally.web.timeline import group_points, largest_series, read_points


def home(conn: ReadOnlyConnection, params: dict[str, Any]) -> dict[str, Any]:
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


def search(conn: ReadOnlyConnection, params: dict[str, Any]) -> dict[str, Any]:
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
    row["value"], row["high"] = plain_number(row["value"]), plain_number(row["high"])
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


def figures(conn: ReadOnlyConnection, params: dict[str, Any]) -> dict[str, Any]:
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


def timeline(conn: ReadOnlyConnection, params: dict[str, Any]) -> dict[str, Any]:
    """One category's values over periods, a series per outlet or place, conflicting values marked.

    Remembered until the data changes: the chart, its JSON twin and a reload cost one computation.
    """
    return conn.remember("timeline:" + repr(sorted(params.items())), lambda: compute_timeline(conn, params))


def compute_timeline(conn: ReadOnlyConnection, params: dict[str, Any]) -> dict[str, Any]:
    """The timeline's data: a whole category's points as the store keeps them, others grouped here."""
    categories = [c["category"] for c in queries.list_categories(conn)]
    category = params.get("category") or (categories[0] if categories else None)
    by = params["by"]
    kinds = queries.category_kinds(conn, category) if category else []
    kind = params.get("kind") or (kinds[0] if kinds else "count")
    if not category:
        data = read_points({}, [])
    elif params.get("place") or params.get("counted"):
        data = narrowed_timeline(conn, {**params, "category": category, "kind": kind}, by)
    else:
        sizes = queries.series_sizes(conn, category, kind, by)
        data = read_points(sizes, queries.stored_points(conn, category, kind, by, largest_series(sizes)))
    points = [p for s in data["series"] for p in s["points"]]
    return {
        "filters": {
            "category": category,
            "place": params.get("place"),
            "counted": params.get("counted"),
            "kind": kind,
            "by": by,
        },
        **data,
        "conflicts": sum(p["conflict"] for p in points),
        "options": {"categories": categories, "kinds": kinds},
    }


def narrowed_timeline(conn: ReadOnlyConnection, params: dict[str, Any], by: str) -> dict[str, Any]:
    """A timeline narrowed by place or counted phrase, grouped from its figures."""
    figs = queries.timeline_figures(conn, params, by)
    disputed = queries.disputed_claims(conn, params["category"])
    if by == "outlet":
        codes, names = queries.document_outlets(conn)
        data = group_points(figs, lambda doc_id: names[codes[doc_id]], disputed)
    else:
        data = group_points(figs, str, disputed)
    points = [p for s in data["series"] for p in s["points"]]
    labels = queries.figure_labels(conn, [p["figure_id"] for p in points])
    for p in points:
        p["counted"], p["period"]["text"] = labels[p["figure_id"]]
    return data


def claims(conn: ReadOnlyConnection, params: dict[str, Any]) -> dict[str, Any]:
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
        claim["value"], claim["high"] = plain_number(claim["value"]), plain_number(claim["high"])
        claim["negated"] = bool(claim["negated"])
        claim["sources"] = sources[claim["id"]]
        claim["conflicts_with"] = [
            {
                "id": r["id"],
                "value": plain_number(r["value"]),
                "high": plain_number(r["high"]),
                "documents": r["documents"],
            }
            for r in rivals[claim.pop("frame")]
            if r["id"] in conflicting.get(claim["id"], set())
        ]
    return {
        "filters": filters_of(params, "category", "place", "conflicts"),
        **page,
        "options": {"categories": [c["category"] for c in queries.list_categories(conn)]},
    }


def record_id(params: dict[str, Any], what: str) -> int:
    """The whole-number id in a record's path, or NotFound saying what an id looks like."""
    try:
        return int(params["id"])
    except ValueError:
        raise NotFound(f"no {what} {params['id']!r}: {what} ids are whole numbers") from None


def document(conn: ReadOnlyConnection, params: dict[str, Any]) -> dict[str, Any]:
    """One document: metadata, cleaned text, its figures with offsets, and the chrome removed."""
    doc_id = record_id(params, "document")
    doc = queries.get_document(conn, doc_id)
    if doc is None:
        raise NotFound(f"no document {doc_id}")
    return {
        "document": doc,
        "figures": [figure_record(f) for f in queries.document_figures(conn, doc_id)],
        "removed": queries.document_chrome(conn, doc_id),
    }


def stories(conn: ReadOnlyConnection, params: dict[str, Any]) -> dict[str, Any]:
    """Stories that were published more than once, largest first."""
    return paginate(queries.list_stories(conn, *window(params)), params)


def story(conn: ReadOnlyConnection, params: dict[str, Any]) -> dict[str, Any]:
    """One story's republications, oldest first."""
    story_id = record_id(params, "story")
    docs = queries.story_documents(conn, story_id)
    if not docs:
        raise NotFound(f"no story {story_id}")
    return {"story": {"id": story_id, "documents": len(docs)}, "rows": docs}
