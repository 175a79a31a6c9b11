"""`newstally fetch`: download pages and feed items, politely, into a WARC archive for `extract`."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

import click

from newstally.cli.progress import Progress
from newstally.fetch import Fetcher, FetchPolicy, WarcSaver, fetch_responses
from newstally.model import ReadError
from newstally.readers.feeds import parse_url_list

_DEFAULTS = FetchPolicy()


@click.command()
@click.argument("urls", nargs=-1, metavar="URL_OR_FEED...")
@click.option(
    "--from",
    "url_file",
    type=click.File("r", encoding="utf-8"),
    help="Also fetch the URLs listed in this file, one per line (- for standard input).",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="Directory for the WARC archive.",
)
@click.option("--user-agent", default=_DEFAULTS.user_agent, show_default=True, help="Sent with each request.")
@click.option(
    "--delay",
    type=click.FloatRange(min=0),
    default=_DEFAULTS.delay,
    show_default=True,
    help="Seconds between two requests to one host (a longer robots.txt Crawl-delay wins).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.01),
    default=_DEFAULTS.timeout,
    show_default=True,
    help="Seconds to connect, and to wait for each read.",
)
@click.option(
    "--retries",
    type=click.IntRange(min=0),
    default=_DEFAULTS.retries,
    show_default=True,
    help="Further attempts after a timeout or a 5xx, with doubling waits.",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=_DEFAULTS.max_bytes,
    show_default=True,
    help="Refuse a response body larger than this.",
)
def fetch(
    urls: tuple[str, ...],
    url_file: TextIO | None,
    out: Path,
    user_agent: str,
    delay: float,
    timeout: float,
    retries: int,
    max_bytes: int,
) -> None:
    """Download each page, and every item of each RSS/Atom feed, into a WARC archive.

    Fetching is polite: robots.txt is honoured, requests to one host are spaced by --delay, slow
    or failing servers get a timeout and a few retries, and bodies over --max-bytes are refused.
    Every response is saved to OUT/newstally-<time>.warc.gz, whose path is printed on stdout, so
    that `newstally extract` can repeat the run offline. A URL that fails gives a message on
    stderr; the rest goes on. Exit status: 0 when every URL was fetched, 2 when any failed.

    \b
    Examples:
      newstally fetch https://example.org/rss.xml --out crawl/
      newstally fetch --from urls.txt --out crawl/ && newstally extract crawl/ > articles.jsonl
    """
    targets = [*urls, *(parse_url_list(url_file.read()) if url_file is not None else [])]
    if not targets:
        raise click.UsageError("give at least one URL or feed, or --from FILE")
    policy = FetchPolicy(
        user_agent=user_agent, timeout=timeout, retries=retries, delay=delay, max_bytes=max_bytes
    )
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"newstally-{datetime.now(UTC):%Y%m%dT%H%M%S%f}.warc.gz"
    failed = 0
    with WarcSaver(path) as saver, Progress("fetch") as progress:
        for item in fetch_responses(targets, Fetcher(policy)):
            if isinstance(item, ReadError):
                failed += 1
                click.echo(f"newstally: {item.source}: {item.error}", err=True)
            else:
                saver.save(item)
            progress.update(ok=not isinstance(item, ReadError))
    click.echo(str(path))
    click.echo(f"newstally: saved {saver.records:,} response(s) to {path}", err=True)
    if failed:
        click.echo(f"newstally: {failed} URL(s) failed, see the messages above", err=True)
        sys.exit(2)
