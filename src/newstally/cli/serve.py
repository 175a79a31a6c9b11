"""`newstally serve`: the read-only web app over a store, on loopback unless told otherwise."""

from __future__ import annotations

import click

from newstally.cli._store import db_option
from newstally.web import WebError, make_app_server, server_url
from newstally.web.server import DEFAULT_HOST, DEFAULT_PORT


@click.command()
@db_option
@click.option("--host", default=DEFAULT_HOST, show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=DEFAULT_PORT,
    show_default=True,
    help="0 picks a free port.",
)
def serve(db: str, host: str, port: int) -> None:
    """Serve the store as a local, read-only web app: search, figures, timelines, claims, stories.

    Every page has a JSON twin under /api (/figures → /api/figures); /api/openapi.json describes
    them. The database is opened read-only; an ingest may run beside it.

    \b
    Examples:
      newstally serve --db corpus.db
      newstally serve --db corpus.db --port 8080
    """
    try:
        server = make_app_server(db, host, port)
    except (WebError, OSError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Serving {db} at {server_url(server)}  (read-only; Ctrl-C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("stopped")
    finally:
        server.server_close()
