"""`newstally stories`: the stories that several documents tell."""

from __future__ import annotations

import click

from newstally.cli._store import db_option, emit, format_option, open_store
from newstally.store.queries import list_stories


@click.command()
@db_option
@click.option(
    "--min-documents", type=click.IntRange(min=1), default=2, show_default=True, help="Smallest story shown."
)
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@format_option
def stories(db: str, min_documents: int, limit: int, fmt: str | None) -> None:
    """List stories (exact and near-duplicate documents), largest first.

    \b
    Examples:
      newstally stories
      newstally stories --min-documents 1 --format jsonl
    """
    conn = open_store(db)
    try:
        rows = list_stories(conn, min_documents=min_documents, limit=limit)
    finally:
        conn.close()
    emit(rows, fmt, ("id", "documents", "outlets", "first_published", "title"))
