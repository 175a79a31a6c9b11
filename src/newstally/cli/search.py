"""`newstally search`: full-text search over stored titles and bodies."""

from __future__ import annotations

import click

from newstally.cli._store import db_option, emit, format_option, open_store
from newstally.store.queries import BadQuery, search_documents


@click.command()
@click.argument("query")
@db_option
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@format_option
def search(query: str, db: str, limit: int, fmt: str | None) -> None:
    """Find documents whose title or text matches QUERY (SQLite FTS5 syntax), best first.

    \b
    Examples:
      newstally search extremist
      newstally search '"criminal groups" AND Almaty'
    """
    conn = open_store(db)
    try:
        rows = search_documents(conn, query, limit=limit)
    except BadQuery as exc:
        raise click.BadParameter(str(exc), param_hint="QUERY") from exc
    finally:
        conn.close()
    emit(rows, fmt, ("id", "story", "published", "title", "snippet"))
