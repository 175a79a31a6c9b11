"""`newstally conflicts`: where sources report different values for the same figure."""

from __future__ import annotations

import json
import sys

import click

from newstally.cli._store import db_option, format_option, open_store
from newstally.store.queries import list_conflicts


@click.command()
@db_option
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True)
@format_option
def conflicts(db: str, limit: int, fmt: str | None) -> None:
    """List claims that agree on everything but the value, with the sources of each value.

    \b
    Examples:
      newstally conflicts
      newstally conflicts --format jsonl > conflicts.jsonl
    """
    conn = open_store(db)
    try:
        rows = list_conflicts(conn, limit=limit)
    finally:
        conn.close()
    out = sys.stdout
    if (fmt or ("text" if out.isatty() else "jsonl")) == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    for row in rows:
        period = " – ".join(p for p in (row["period_start"], row["period_end"]) if p)
        frame = ", ".join(str(x) for x in (row["category"], row["head"], period, row["place"]) if x)
        out.write(f"claims {row['claim_a']} / {row['claim_b']}: {frame}\n")
        for side in ("a", "b"):
            for src in row[f"sources_{side}"]:
                out.write(f"  {src['text']:>12}  doc {src['document']}  {src['url'] or src['source']}\n")
    out.write(f"({len(rows)} conflicts)\n")
