"""`newstally export`: documents, figures or claims as CSV, JSON Lines or Parquet."""

from __future__ import annotations

import sys

import click

from newstally.cli._store import db_option, open_store
from newstally.store.export import FORMATS
from newstally.store.export import export as export_table


@click.command()
@db_option
@click.option(
    "--what", type=click.Choice(["documents", "figures", "claims"]), required=True, help="The table."
)
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True, help="The file format.")
@click.option("--out", type=click.Path(dir_okay=False), help="Output file. Default: standard output.")
def export(db: str, what: str, fmt: str, out: str | None) -> None:
    """Export a table with the columns docs/schema.md lists.

    Documents carry their story; figures carry their claim and document; claims list the
    documents that report them.

    \b
    Examples:
      newstally export --what figures --format parquet --out figures.parquet
      newstally export --what documents --format jsonl | head
    """
    if out is None and fmt == "parquet" and sys.stdout.isatty():
        raise click.UsageError("Parquet is binary: give --out FILE or redirect standard output")
    conn = open_store(db)
    try:
        if out is None:
            n = export_table(conn, what, fmt, sys.stdout.buffer)
        else:
            with open(out, "wb") as stream:
                n = export_table(conn, what, fmt, stream)
    finally:
        conn.close()
    click.echo(f"{n} {what} exported", err=True)
