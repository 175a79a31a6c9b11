"""`newstally ingest`: pages into the SQLite store, idempotent and crash-safe."""

from __future__ import annotations

import sys

import click

from newstally.cli._store import db_option
from newstally.cli.extract import max_bytes_option
from newstally.cli.packs import indicators_option_value, pack_option
from newstally.cli.progress import Progress
from newstally.model import Document, ReadError
from newstally.store import StoreError
from newstally.store import ingest as ingest_pages
from newstally.store.ingest import default_workers


@click.command()
@click.argument("sources", nargs=-1, required=True, metavar="SOURCES...")
@db_option
@max_bytes_option
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=default_workers(),
    show_default="one per core, at most 4",
    help="Processes that clean pages and find figures; one process writes.",
)
@pack_option
def ingest(
    sources: tuple[str, ...], db: str, max_bytes: int, workers: int, pack_files: tuple[str, ...]
) -> None:
    """Store the articles, figures, stories and claims of SOURCES... in a SQLite database.

    SOURCES are files, directories (read recursively) or - for standard input, in any format the
    readers take. Running it again on the same pages adds nothing; a page whose content changed, or
    that was read with other packs or an older newstally, replaces its stored record. Killed
    mid-way, a re-run picks up where the last commit left off.

    \b
    Examples:
      newstally ingest pages/ --db corpus.db
      newstally ingest export.jsonl more-pages/
      newstally ingest pages/ --pack my-indicators.toml
    """
    indicators_option_value(pack_files)  # a bad pack is a usage error before any page is read
    with Progress("ingest") as progress:

        def report(item: Document | ReadError) -> None:
            if isinstance(item, ReadError):
                lead = "\n" if progress.enabled else ""
                click.echo(f"{lead}newstally: {item.source}: {item.error}", err=True)
            progress.update(ok=not isinstance(item, ReadError))

        try:
            counts = ingest_pages(
                sources, db, max_bytes=max_bytes, on_item=report, workers=workers, packs=pack_files
            )
        except StoreError as exc:
            raise click.ClickException(str(exc)) from exc
    click.echo(
        f"{db}: {counts.added} added, {counts.updated} updated, {counts.unchanged} unchanged, "
        f"{counts.errors} failed; {counts.figures_added} figures written",
        err=True,
    )
    if counts.errors:
        sys.exit(2)
