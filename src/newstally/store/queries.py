"""Read-only queries over a store: figures with filters, full-text search, stories and conflicts."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from typing import Any

_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


class BadQuery(ValueError):
    """A query argument that cannot be used as given."""


@dataclass(frozen=True, slots=True)
class FigureFilter:
    """The filters of `newstally figures`; None means no filter."""

    category: str | None = None
    place: str | None = None
    since: str | None = None
    until: str | None = None
    min_value: float | None = None
    search: str | None = None


def find_figures(conn: sqlite3.Connection, flt: FigureFilter, limit: int = 100) -> list[dict[str, Any]]:
    """Figures matching every filter, newest date first, with their document and claim.

    A figure's date is its period's end (else start), else its document's publication date; `since`
    and `until` are inclusive years or ISO dates. `search` keeps figures whose document matches the
    full-text query. `place` is matched whole, ignoring case.

    SQLite's planner cannot tell a rare value or word from a common one (no histograms), so the
    query probes first: a search matching few documents drives from the full-text index, a --min
    matched by few figures from the value index; otherwise it walks the date indexes newest first
    and stops at `limit`.
    """
    where: list[str] = []
    args: list[Any] = []
    drive = _drive(conn, flt)
    if flt.category is not None:
        where.append("f.category = ?")
        args.append(flt.category)
    if flt.place is not None:
        where.append("f.place = ?")
        args.append(flt.place)
    if flt.since is not None:
        where.append("f.date >= ?")
        args.append(check_date(flt.since, "--since"))
    if flt.until is not None:
        # "~" sorts after every digit and "-", so "2019~" bounds 2019, 2019-12 and 2019-12-31 alike.
        where.append("f.date < ?")
        args.append(check_date(flt.until, "--until") + "~")
    if flt.min_value is not None:
        # A unary + keeps the planner off the value index unless the probe chose it.
        where.append("f.value >= ?" if drive == "value" else "+f.value >= ?")
        args.append(flt.min_value)
    source = "figures f"
    if drive == "search":
        source = "(SELECT rowid AS id FROM documents_fts WHERE documents_fts MATCH ?) s CROSS JOIN figures f"
        where.append("f.document_id = s.id")
        args.insert(0, flt.search)
    elif drive == "value":
        source = "figures f INDEXED BY figures_value"
    if flt.search is not None and drive != "search":
        where.append("+f.document_id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)")
        args.append(flt.search)
    sql = (
        "SELECT f.id, f.date, f.value, f.high, f.text, f.counted, f.category, f.trigger, f.negated, "
        "f.period_text, f.place, f.claim_id AS claim, f.document_id AS document, d.source, d.url, "
        f"d.title FROM {source} JOIN documents d ON d.id = f.document_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY f.date DESC, f.id DESC LIMIT ?"
    )
    return _rows(conn, sql, [*args, limit], fts=flt.search is not None)


# A probe that finds fewer rows than this picks the selective index: sorting up to this many
# documents' figures (or figures) takes a few ms, while walking the date index past rare matches
# took up to 3 s on the 100k-document benchmark store (benchmarks/query_speed.py).
FEW_DOCUMENTS = 2000
FEW_FIGURES = 5000


def _drive(conn: sqlite3.Connection, flt: FigureFilter) -> str:
    """Which index drives the figures query: "search", "value" or "date" (see find_figures)."""
    if flt.search is not None:
        probe = "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?"
        if _count_up_to(conn, probe, flt.search, FEW_DOCUMENTS, fts=True) < FEW_DOCUMENTS:
            return "search"
    if flt.min_value is not None and flt.category is None and flt.place is None:
        probe = "SELECT 1 FROM figures WHERE value >= ?"
        if _count_up_to(conn, probe, flt.min_value, FEW_FIGURES) < FEW_FIGURES:
            return "value"
    return "date"


def _count_up_to(conn: sqlite3.Connection, sql: str, arg: Any, cap: int, fts: bool = False) -> int:
    rows = _rows(conn, f"SELECT count(*) AS n FROM ({sql} LIMIT ?)", [arg, cap], fts=fts)
    return int(rows[0]["n"])


def search_documents(conn: sqlite3.Connection, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Documents matching a full-text query (FTS5 syntax), best first, with a snippet of the match."""
    return _rows(
        conn,
        "SELECT d.id, d.title, d.source, d.url, d.published, d.story_id AS story, "
        "snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet "
        "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
        "WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?",
        [query, limit],
        fts=True,
    )


def list_stories(conn: sqlite3.Connection, min_documents: int = 2, limit: int = 50) -> list[dict[str, Any]]:
    """Stories with at least `min_documents` documents, largest first, with their first title.

    Outlets are URL hosts, or for pages without a URL the folder they were read from (as in the web
    app), so that republications kept as text dumps by outlet count as such."""
    return _rows(
        conn,
        "SELECT s.story AS id, s.documents, s.outlets, s.first_published, s.last_published, "
        "(SELECT title FROM documents WHERE id = s.first_document) AS title FROM ("
        "  SELECT d.story_id AS story, count(*) AS documents, "
        "  count(DISTINCT COALESCE(o.host, source_folder(d.source))) AS outlets, "
        "  min(d.published) AS first_published, max(d.published) AS last_published, "
        "  min(d.id) AS first_document FROM documents d LEFT JOIN outlets o ON o.id = d.outlet_id "
        "  WHERE d.story_id IS NOT NULL GROUP BY d.story_id HAVING count(*) >= ?"
        ") AS s ORDER BY s.documents DESC, s.story LIMIT ?",
        [min_documents, limit],
    )


def list_conflicts(conn: sqlite3.Connection, limit: int = 100) -> list[dict[str, Any]]:
    """Pairs of claims that differ only in value, each with the documents that report either value."""
    conflicts = _rows(
        conn,
        "SELECT claim_a, claim_b, category, head, period_start, period_end, place, "
        "value_a, high_a, value_b, high_b FROM conflicts ORDER BY claim_a, claim_b LIMIT ?",
        [limit],
    )
    for row in conflicts:
        row["sources_a"] = claim_sources(conn, row["claim_a"])
        row["sources_b"] = claim_sources(conn, row["claim_b"])
    return conflicts


def claim_sources(conn: sqlite3.Connection, claim: int) -> list[dict[str, Any]]:
    """The documents that report a claim, with the figure's words in each."""
    return _rows(
        conn,
        "SELECT d.id AS document, d.source, d.url, d.title, f.text, f.sentence FROM figures f "
        "JOIN documents d ON d.id = f.document_id WHERE f.claim_id = ? ORDER BY d.id, f.position",
        [claim],
    )


def check_date(value: str, option: str) -> str:
    """A year, year-month or ISO date, as given; anything else is a BadQuery.

    >>> check_date("2019", "--since")
    '2019'
    """
    if not _DATE.fullmatch(value):
        raise BadQuery(f"{option} {value!r}: give a year (2019), a month (2019-05) or a date (2019-05-31)")
    return value


def _rows(conn: sqlite3.Connection, sql: str, args: list[Any], fts: bool = False) -> list[dict[str, Any]]:
    """Run a query; with `fts`, an error is the user's full-text query's fault and says how to fix it."""
    try:
        return [dict(row) for row in conn.execute(sql, args)]
    except sqlite3.OperationalError as exc:
        if fts:
            raise BadQuery(
                f"bad full-text query ({exc}); quote phrases with double quotes, e.g. '\"five people\"'"
            ) from exc
        raise
