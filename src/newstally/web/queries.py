"""The web app's queries: read-only SQL over the store's tables, every value passed as a parameter.

Filters arrive as a dict of parsed query parameters. SQL text is assembled only from the fixed
fragments below and from column names picked out of fixed tables (SORT_COLUMNS); user input only
ever travels as a bound parameter.
"""

from __future__ import annotations

import re
from array import array
from typing import Any

from newstally.store.timeline import PLOTTED
from newstally.web.db import ReadOnlyConnection
from newstally.web.marks import HIT_CLOSE, HIT_OPEN

# A document's outlet: its URL's host, else the folder its file was read from
# (see store.connection.source_folder).
OUTLET = "COALESCE(o.host, source_folder(d.source))"
DOC_COLUMNS = (
    "d.id AS id, d.doc_id AS doc_id, d.title AS title, d.url AS url, d.source AS source, "
    "d.published AS published, d.language AS language, d.author AS author, d.story_id AS story_id, "
    f"{OUTLET} AS outlet"
)
FIGURE_COLUMNS = (
    "f.id AS id, f.document_id AS document_id, f.position AS position, f.claim_id AS claim_id, "
    "f.value AS value, f.high AS high, f.qualifier AS qualifier, f.kind AS kind, f.unit AS unit, "
    "f.counted AS counted, f.category AS category, f.trigger AS trigger, f.negated AS negated, "
    "f.period_start AS period_start, f.period_end AS period_end, f.period_text AS period_text, "
    "f.recurrence AS recurrence, f.stock AS stock, f.place AS place, f.actor AS actor, f.date AS date, "
    'f.text AS text, f.sentence AS sentence, f.start AS start, f."end" AS "end"'
)
DOC_JOINS = "JOIN documents d ON d.id = f.document_id LEFT JOIN outlets o ON o.id = d.outlet_id"
FROM_FIGURES = "FROM figures f " + DOC_JOINS
# A figure row with what the page says of its document.
FIGURE_WITH_DOCUMENT = (
    f"{FIGURE_COLUMNS}, d.title AS title, d.published AS published, d.url AS url, d.source AS source, "
    f"{OUTLET} AS outlet"
)
# Sort keys of the figures table → SQL. A second key keeps pages stable when values tie.
SORT_COLUMNS = {
    "date": "f.date",
    "value": "f.value",
    "category": "f.category",
    "counted": "f.counted",
    "period": "f.period_start",
    "place": "f.place",
    "actor": "f.actor",
    "outlet": OUTLET,
}
# The last moment of any date that starts with a prefix: "2023" ≤ "2023-12-31T23:59" < "2023\uffff".
DATE_END = "\uffff"


def count_rows(conn: ReadOnlyConnection) -> dict[str, int]:
    """How many documents, figures, claims, stories and outlets the database holds."""
    sql = (
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM figures), "
        "(SELECT count(*) FROM claims), "
        "(SELECT count(*) FROM (SELECT story_id FROM documents WHERE story_id IS NOT NULL "
        "GROUP BY story_id HAVING count(*) > 1)), (SELECT count(*) FROM outlets)"
    )

    def compute() -> dict[str, int]:
        row = conn.execute(sql).fetchone()
        return dict(zip(("documents", "figures", "claims", "stories", "outlets"), row, strict=True))

    return conn.remember("counts", compute)


def list_categories(conn: ReadOnlyConnection) -> list[dict[str, Any]]:
    """Each figure category with its number of figures, largest first (remembered: a full index scan)."""
    sql = (
        "SELECT category, count(*) AS figures FROM figures GROUP BY category ORDER BY figures DESC, category"
    )
    return conn.remember("categories", lambda: [dict(r) for r in conn.execute(sql)])


def list_outlets(conn: ReadOnlyConnection) -> list[str]:
    """Every outlet: the hosts of the pages' URLs, then the folders of the files without one."""
    hosts = "SELECT host FROM outlets ORDER BY host"
    folders = (
        "SELECT DISTINCT source_folder(source) AS folder FROM documents "
        "WHERE outlet_id IS NULL ORDER BY folder"
    )
    return conn.remember(
        "outlets", lambda: [r[0] for r in conn.execute(hosts)] + [r[0] for r in conn.execute(folders)]
    )


def list_languages(conn: ReadOnlyConnection) -> list[str]:
    """Every language code the documents carry (remembered: no index holds them)."""
    sql = "SELECT DISTINCT language FROM documents WHERE language IS NOT NULL ORDER BY language"
    return conn.remember("languages", lambda: [r[0] for r in conn.execute(sql)])


def document_filters(
    conn: ReadOnlyConnection, params: dict[str, Any], date: str = "d.published"
) -> tuple[list[str], list[Any]]:
    """WHERE conditions for the outlet, language and date filters; `date` is the column dated."""
    where: list[str] = []
    args: list[Any] = []
    if params.get("outlet"):
        hosts = conn.remember("hosts", lambda: {r[0] for r in conn.execute("SELECT host FROM outlets")})
        where.append(
            "o.host = ?" if params["outlet"] in hosts else "o.host IS NULL AND source_folder(d.source) = ?"
        )
        args.append(params["outlet"])
    if params.get("language"):
        where.append("d.language = ?")
        args.append(params["language"])
    if params.get("from"):
        where.append(f"{date} >= ?")
        args.append(params["from"])
    if params.get("to"):
        where.append(f"{date} <= ?")
        args.append(params["to"] + DATE_END)
    return where, args


def fts_query(q: str) -> str:
    """A user's words as an FTS5 query: every word or "phrase" quoted, so none is read as syntax.

    >>> fts_query('extremist "national security" NEAR(')
    '"extremist" "national security" "NEAR("'
    >>> fts_query('detain*')
    '"detain"*'
    """
    terms = []
    for phrase, word in re.findall(r'"([^"]*)"|(\S+)', q):
        text = (phrase or word).replace('"', "")
        prefix = bool(word) and text.endswith("*") and len(text) > 1
        text = text.rstrip("*") if prefix else text
        if text.strip():
            terms.append('"' + text + '"' + ("*" if prefix else ""))
    return " ".join(terms)


def search_documents(
    conn: ReadOnlyConnection, params: dict[str, Any], limit: int, offset: int
) -> list[dict[str, Any]]:
    """Documents matching the full-text query and filters, best first, each with a marked snippet."""
    where, args = document_filters(conn, params)
    match = fts_query(params.get("q") or "")
    counts = "(SELECT count(*) FROM figures x WHERE x.document_id = d.id) AS figures"
    if match:
        sql = (
            f"SELECT {DOC_COLUMNS}, {counts}, "
            f"snippet(documents_fts, -1, ?, ?, '…', 32) AS snippet "
            f"FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
            f"LEFT JOIN outlets o ON o.id = d.outlet_id "
            f"WHERE documents_fts MATCH ? {''.join(' AND ' + w for w in where)} "
            f"ORDER BY rank LIMIT ? OFFSET ?"
        )
        args = [HIT_OPEN, HIT_CLOSE, match, *args, limit, offset]
    else:
        sql = (
            f"SELECT {DOC_COLUMNS}, {counts}, substr(d.text, 1, 240) AS snippet "
            f"FROM documents d LEFT JOIN outlets o ON o.id = d.outlet_id "
            f"{'WHERE ' + ' AND '.join(where) if where else ''} "
            f"ORDER BY d.published DESC, d.id DESC LIMIT ? OFFSET ?"
        )
        args = [*args, limit, offset]
    return [dict(r) for r in conn.execute(sql, args)]


def figure_filters(conn: ReadOnlyConnection, params: dict[str, Any]) -> tuple[list[str], list[Any]]:
    """WHERE conditions for the figures filters; dates are the figure's date (see docs/web.md)."""
    where, args = document_filters(conn, params, date="f.date")
    for name in ("category", "place"):
        if params.get(name):
            where.append(f"f.{name} = ?")
            args.append(params[name])
    for name in ("counted", "actor"):
        if params.get(name):
            where.append(f"f.{name} LIKE ? ESCAPE '\\'")
            args.append("%" + re.sub(r"([%_\\])", r"\\\1", params[name]) + "%")
    return where, args


def joins_for(params: dict[str, Any], sort: str = "") -> str:
    """The joins a figures query needs: documents and outlets only when a filter or the sort uses them."""
    return DOC_JOINS if params.get("outlet") or params.get("language") or sort == "outlet" else ""


def list_figures(
    conn: ReadOnlyConnection, params: dict[str, Any], limit: int, offset: int
) -> list[dict[str, Any]]:
    """Figures matching the filters, sorted, with their document's title, outlet and date.

    The page's ids are found first, over the narrowest join, and only those rows are read whole:
    a sort then carries ids, not sentences.
    """
    where, args = figure_filters(conn, params)
    sort = params.get("sort") or "date"
    order = "ASC" if params.get("order") == "asc" else "DESC"
    page = (
        f"SELECT f.id FROM figures f {joins_for(params, sort)} "
        f"{'WHERE ' + ' AND '.join(where) if where else ''} "
        f"ORDER BY {SORT_COLUMNS[sort]} {order} NULLS LAST, f.id {order} LIMIT ? OFFSET ?"
    )
    ids = [r[0] for r in conn.execute(page, [*args, limit, offset])]
    sql = f"SELECT {FIGURE_WITH_DOCUMENT} {FROM_FIGURES} WHERE f.id IN ({','.join('?' * len(ids))})"
    rows = {r["id"]: dict(r) for r in conn.execute(sql, ids)} if ids else {}
    return [rows[i] for i in ids]


def category_kinds(conn: ReadOnlyConnection, category: str) -> list[str]:
    """The kinds of a category's figures (count, percent …), most common first."""
    sql = "SELECT kind FROM figures WHERE category = ? GROUP BY kind ORDER BY count(*) DESC, kind"
    return conn.remember(f"kinds:{category}", lambda: [r[0] for r in conn.execute(sql, (category,))])


def timeline_figures(conn: ReadOnlyConnection, params: dict[str, Any], by: str) -> list[tuple[Any, ...]]:
    """The figures a filtered timeline plots, as bare tuples (there can be tens of thousands).

    Each is (series key, claim id, period_start, period_end, value, high, figure id, document id),
    where the series key is the document id (by outlet, see `document_outlets`) or the place:
    figures of the filters and kind that the store's timeline plots (store/timeline.py: not
    negated, a period of two years at most). No join: each figure costs one row read.
    """
    where, args = figure_filters(conn, params)
    where.append("f.kind = ?")
    args.append(params["kind"])
    key = "f.document_id" if by == "outlet" else "COALESCE(f.place, '(no place)')"
    sql = (
        f"SELECT {key}, f.claim_id, f.period_start, f.period_end, f.value, f.high, f.id, f.document_id "
        f"FROM figures f {joins_for(params)} WHERE {PLOTTED} {''.join(' AND ' + w for w in where)}"
    )
    return conn.execute(sql, args).fetchall()


def series_sizes(conn: ReadOnlyConnection, category: str, kind: str, by: str) -> dict[str, int]:
    """Every series of a category's stored timeline (store/timeline.py) with its number of figures."""
    sql = (
        "SELECT series, sum(figures) FROM timeline_points "
        "WHERE category = ? AND kind = ? AND series_of = ? GROUP BY series"
    )
    return dict(conn.execute(sql, (category, kind, by)).fetchall())


def stored_points(
    conn: ReadOnlyConnection, category: str, kind: str, by: str, series: list[str]
) -> list[tuple[Any, ...]]:
    """The stored timeline points of some series of a category, as bare tuples.

    Each is (series, period_start, period_end, value, high, figures, other values as JSON,
    conflict, figure id, document id, counted, period_text).
    """
    sql = (
        "SELECT series, period_start, period_end, value, high, figures, other_values, conflict, "
        "figure_id, document_id, counted, period_text FROM timeline_points "
        f"WHERE category = ? AND kind = ? AND series_of = ? AND series IN ({','.join('?' * len(series))})"
    )
    return conn.execute(sql, (category, kind, by, *series)).fetchall()


def document_outlets(conn: ReadOnlyConnection) -> tuple[array[int], list[str]]:
    """Every document's outlet as (codes indexed by document id, names indexed by code); remembered.

    The timeline reads tens of thousands of figures; finding each one's outlet here costs a list
    lookup instead of two joins through the documents table.
    """

    def compute() -> tuple[array[int], list[str]]:
        hosts = dict(conn.execute("SELECT id, host FROM outlets").fetchall())
        last = conn.execute("SELECT max(id) FROM documents").fetchone()[0] or 0
        codes = array("i", [-1]) * (last + 1)
        index: dict[str, int] = {}
        with_url = "SELECT id, outlet_id FROM documents WHERE outlet_id IS NOT NULL"
        for doc_id, outlet_id in conn.execute(with_url):
            codes[doc_id] = index.setdefault(hosts[outlet_id], len(index))
        without_url = "SELECT id, source_folder(source) FROM documents WHERE outlet_id IS NULL"
        for doc_id, folder in conn.execute(without_url):
            codes[doc_id] = index.setdefault(folder, len(index))
        return codes, list(index)

    return conn.remember("document_outlets", compute)


def disputed_claims(conn: ReadOnlyConnection, category: str) -> frozenset[int]:
    """A category's claims in conflict with another (the store's conflicts table); remembered."""

    def compute() -> frozenset[int]:
        rows = conn.execute(
            "SELECT claim_a FROM conflicts WHERE category = ? "
            "UNION SELECT claim_b FROM conflicts WHERE category = ?",
            (category, category),
        )
        return frozenset(claim for (claim,) in rows)

    return conn.remember(f"disputed:{category}", compute)


def figure_labels(conn: ReadOnlyConnection, ids: list[int]) -> dict[int, tuple[str | None, str | None]]:
    """The counted phrase and period words of some figures, by id."""
    sql = f"SELECT id, counted, period_text FROM figures WHERE id IN ({','.join('?' * len(ids))})"
    return {r[0]: (r[1], r[2]) for r in conn.execute(sql, ids)} if ids else {}


def list_claims(
    conn: ReadOnlyConnection, params: dict[str, Any], limit: int, offset: int
) -> list[dict[str, Any]]:
    """Claims with their number of sources, most reported first; with `conflicts`, disputed ones only."""
    where: list[str] = []
    args: list[Any] = []
    for name in ("category", "place"):
        if params.get(name):
            where.append(f"c.{name} = ?")
            args.append(params[name] if name == "category" else params[name].casefold())
    if params.get("conflicts"):
        where.append("EXISTS (SELECT 1 FROM conflicts x WHERE x.claim_a = c.id OR x.claim_b = c.id)")
    sql = (
        "SELECT c.id AS id, c.frame AS frame, c.category AS category, c.kind AS kind, c.unit AS unit, "
        "c.head AS head, c.value AS value, c.high AS high, c.period_start AS period_start, "
        "c.period_end AS period_end, c.place AS place, c.negated AS negated, "
        "count(f.id) AS figures, count(DISTINCT f.document_id) AS documents "
        "FROM claims c JOIN figures f ON f.claim_id = c.id "
        f"{'WHERE ' + ' AND '.join(where) if where else ''} "
        "GROUP BY c.id ORDER BY documents DESC, c.id LIMIT ? OFFSET ?"
    )
    return [dict(r) for r in conn.execute(sql, [*args, limit, offset])]


def claims_in_frames(conn: ReadOnlyConnection, frames: list[str]) -> list[dict[str, Any]]:
    """Every claim sharing a frame with `frames`, so that conflicting values can stand side by side."""
    marks = ",".join("?" * len(frames))
    sql = (
        "SELECT c.id AS id, c.frame AS frame, c.value AS value, c.high AS high, "
        "count(DISTINCT f.document_id) AS documents "
        f"FROM claims c JOIN figures f ON f.claim_id = c.id WHERE c.frame IN ({marks}) "
        "GROUP BY c.id ORDER BY c.frame, documents DESC, c.value"
    )
    return [dict(r) for r in conn.execute(sql, frames)] if frames else []


def conflicting_claims(conn: ReadOnlyConnection, claim_ids: list[int]) -> dict[int, set[int]]:
    """For each of some claims, the claims that conflict with it (the store's `conflicts` view)."""
    marks = ",".join("?" * len(claim_ids))
    sql = f"SELECT claim_a, claim_b FROM conflicts WHERE claim_a IN ({marks}) OR claim_b IN ({marks})"
    pairs: dict[int, set[int]] = {}
    for a, b in conn.execute(sql, [*claim_ids, *claim_ids]) if claim_ids else []:
        pairs.setdefault(a, set()).add(b)
        pairs.setdefault(b, set()).add(a)
    return pairs


def claim_sources(conn: ReadOnlyConnection, claim_ids: list[int]) -> list[dict[str, Any]]:
    """The figures behind some claims, with their sentence and document."""
    marks = ",".join("?" * len(claim_ids))
    sql = (
        f"SELECT {FIGURE_WITH_DOCUMENT} {FROM_FIGURES} "
        f"WHERE f.claim_id IN ({marks}) ORDER BY d.published, f.id"
    )
    return [dict(r) for r in conn.execute(sql, claim_ids)] if claim_ids else []


def get_document(conn: ReadOnlyConnection, doc_id: int) -> dict[str, Any] | None:
    """One document with its text, or None."""
    sql = (
        f"SELECT {DOC_COLUMNS}, d.text AS text, d.fetched AS fetched, "
        f"d.cleaner_version AS cleaner_version, d.extractor_version AS extractor_version, "
        f"(SELECT count(*) FROM documents x WHERE x.story_id = d.story_id) AS story_documents "
        f"FROM documents d LEFT JOIN outlets o ON o.id = d.outlet_id WHERE d.id = ?"
    )
    row = conn.execute(sql, (doc_id,)).fetchone()
    return None if row is None else dict(row)


def document_figures(conn: ReadOnlyConnection, doc_id: int) -> list[dict[str, Any]]:
    """A document's figures in order of appearance."""
    sql = f"SELECT {FIGURE_COLUMNS} FROM figures f WHERE f.document_id = ? ORDER BY f.start, f.position"
    return [dict(r) for r in conn.execute(sql, (doc_id,))]


def document_chrome(conn: ReadOnlyConnection, doc_id: int) -> list[str]:
    """The blocks removed from a document when it was cleaned, in page order."""
    sql = "SELECT text FROM chrome WHERE document_id = ? ORDER BY position"
    return [r[0] for r in conn.execute(sql, (doc_id,))]


def list_stories(conn: ReadOnlyConnection, limit: int, offset: int) -> list[dict[str, Any]]:
    """Stories with more than one document, largest first, with their first headline and dates."""
    sql = (
        f"SELECT d.story_id AS id, count(*) AS documents, count(DISTINCT {OUTLET}) AS outlets, "
        "min(d.published) AS first_published, max(d.published) AS last_published, "
        "(SELECT x.title FROM documents x WHERE x.story_id = d.story_id "
        " ORDER BY x.published, x.id LIMIT 1) AS title "
        "FROM documents d LEFT JOIN outlets o ON o.id = d.outlet_id "
        "WHERE d.story_id IS NOT NULL GROUP BY d.story_id HAVING count(*) > 1 "
        "ORDER BY documents DESC, first_published DESC, d.story_id LIMIT ? OFFSET ?"
    )
    return [dict(r) for r in conn.execute(sql, (limit, offset))]


def story_documents(conn: ReadOnlyConnection, story_id: int) -> list[dict[str, Any]]:
    """A story's documents, oldest first, with their number of figures."""
    sql = (
        f"SELECT {DOC_COLUMNS}, (SELECT count(*) FROM figures x WHERE x.document_id = d.id) AS figures "
        f"FROM documents d LEFT JOIN outlets o ON o.id = d.outlet_id WHERE d.story_id = ? "
        f"ORDER BY d.published, d.id"
    )
    return [dict(r) for r in conn.execute(sql, (story_id,))]
