"""`newstally extract`: pages in, clean articles with their figures out."""

from __future__ import annotations

import json
import sys
import textwrap
from typing import TextIO

import click

from newstally import pipeline
from newstally.cli.packs import indicators_option_value, pack_option
from newstally.cli.progress import Progress
from newstally.model import Document, ReadError
from newstally.readers import DEFAULT_MAX_BYTES, ReadStats, read_sources

# The input size cap, shared by every verb that reads pages.
max_bytes_option = click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Refuse input files (in a WARC archive: records) larger than this.",
)


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "text"]),
    default=None,
    help="Output format. Default: text on a terminal, jsonl when piped.",
)
@max_bytes_option
@pack_option
def extract(paths: tuple[str, ...], fmt: str | None, max_bytes: int, pack_files: tuple[str, ...]) -> None:
    """Extract the article and its figures from each page in PATH... .

    PATH is a file, a directory (read recursively), - for standard input, or an http(s) URL of a
    page or feed, fetched politely (see `newstally fetch`). Saved HTML pages, WARC archives, JSONL
    and CSV exports ({"id", "url", "title", "published", "text" or "html"}) and text dumps in any
    encoding are told apart by their content, gzipped or not; see docs/inputs.md.

    Writes one JSON object per document, in input order (see docs/schema.md). An input that fails
    gives {"source", "error"} in the output and a message on stderr; the run goes on. Exit status:
    0 when every input was read, 2 when any failed.

    \b
    Examples:
      newstally extract pages/ > articles.jsonl
      newstally extract page.txt --format text
      cat page.txt | newstally extract -
      newstally extract crawl.warc.gz https://example.org/news/1
      newstally extract pages/ --pack my-indicators.toml
    """
    indicators = indicators_option_value(pack_files)
    stages = None if indicators is None else [pipeline.clean_stage, pipeline.figures_stage(indicators)]
    out = sys.stdout
    fmt = fmt or ("text" if out.isatty() else "jsonl")
    failed = 0
    stats = ReadStats()
    with Progress("extract") as progress:
        for item in pipeline.run(read_sources(paths, max_bytes=max_bytes, stats=stats), stages):
            if isinstance(item, ReadError):
                failed += 1
                click.echo(f"newstally: {item.source}: {item.error}", err=True)
                if fmt == "jsonl":
                    out.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
            elif fmt == "jsonl":
                out.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
            else:
                write_text(item, out)
            progress.update(ok=not isinstance(item, ReadError), skipped=stats.total_skipped)
    for note in stats.notes:
        click.echo(f"newstally: {note}", err=True)
    if stats.skipped:
        click.echo(f"newstally: {stats.summary()}", err=True)
    if failed:
        click.echo(f"newstally: {failed} input(s) failed, see the messages above", err=True)
        sys.exit(2)


def write_text(doc: Document, out: TextIO) -> None:
    """A document printed for people: header, body, and a table of its figures."""
    rule = "=" * 78
    out.write(f"{rule}\n{doc.title or '(no title)'}\n")
    meta = [f"source: {doc.source}", f"id: {doc.id}"]
    meta += [
        f"{k}: {v}"
        for k, v in (("published", doc.published), ("author", doc.author), ("language", doc.language))
        if v
    ]
    out.write("  ·  ".join(meta) + f"\n{rule}\n")
    for para in doc.paragraphs:
        out.write(textwrap.fill(para, 78) + "\n\n")
    if doc.figures:
        out.write(format_figures(doc) + "\n")
    out.write(
        f"({len(doc.paragraphs)} paragraphs kept, {len(doc.removed)} chrome blocks removed, "
        f"{len(doc.figures)} figures)\n\n"
    )


def format_figures(doc: Document) -> str:
    """A fixed-width table of a document's figures."""
    rows = [("figure", "counted", "category", "trigger", "period", "place", "actor")]
    for f in doc.figures:
        value = " ".join(filter(None, ["not" if f.negated else "", f.qualifier or "", f.text]))
        period = "" if f.period is None else f"{f.period.start or '…'}..{f.period.end or '…'}"
        period = f.recurrence or ("now" if f.stock and f.period is None else period)
        counted = f.counted or f.unit or ""
        rows.append((value, counted, f.category, f.trigger or "", period, f.place or "", f.actor or ""))
    widths = [min(28, max(len(r[i]) for r in rows)) for i in range(len(rows[0]))]
    lines = ["  ".join(c[:w].ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
