"""`newstally figures`: the stored figures, filtered."""

from __future__ import annotations

import click

from newstally.cli._store import db_option, emit, format_option, open_store
from newstally.store.queries import BadQuery, FigureFilter, find_figures

COLUMNS = ("date", "text", "counted", "category", "trigger", "place", "claim", "document", "title")


@click.command()
@db_option
@click.option("--category", help="Only this category (e.g. detained).")
@click.option("--place", help="Only this place, matched whole, ignoring case.")
@click.option("--since", metavar="Y", help="Dated from this year or ISO date on.")
@click.option("--until", metavar="Y", help="Dated up to this year or ISO date, inclusive.")
@click.option("--min", "min_value", type=float, metavar="N", help="Values of at least N.")
@click.option("--search", metavar="TEXT", help="Only from documents matching this full-text query.")
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True)
@format_option
def figures(
    db: str,
    category: str | None,
    place: str | None,
    since: str | None,
    until: str | None,
    min_value: float | None,
    search: str | None,
    limit: int,
    fmt: str | None,
) -> None:
    """List stored figures, newest first, filtered by category, place, date, value and text.

    A figure's date is the end of the period it holds for, else its document's publication date.

    \b
    Examples:
      newstally figures --category detained --since 2019 --min 10
      newstally figures --place Almaty --search extremist
    """
    conn = open_store(db)
    flt = FigureFilter(category, place, since, until, min_value, search)
    try:
        rows = find_figures(conn, flt, limit=limit)
    except BadQuery as exc:
        raise click.BadParameter(str(exc)) from exc
    finally:
        conn.close()
    emit(rows, fmt, COLUMNS)
