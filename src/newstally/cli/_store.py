"""What the store verbs share: the --db option, opening the store, and printing rows."""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import click

from newstally.store import StoreError, connect

DEFAULT_DB = "newstally.db"

F = TypeVar("F", bound=Callable[..., Any])


def db_option(func: F) -> F:
    """The --db option every store verb takes."""
    return click.option(
        "--db",
        "db",
        default=DEFAULT_DB,
        show_default=True,
        type=click.Path(dir_okay=False),
        help="The SQLite store.",
    )(func)


def format_option(func: F) -> F:
    """The --format option of the query verbs: a table for people or JSON lines for programs."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(["text", "jsonl"]),
        default=None,
        help="Output format. Default: text on a terminal, jsonl when piped.",
    )(func)


def open_store(db: str, create: bool = False) -> sqlite3.Connection:
    """Open the store or exit with a message that says what to do."""
    try:
        return connect(db, create=create)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc


def emit(rows: Sequence[dict[str, Any]], fmt: str | None, columns: Sequence[str]) -> None:
    """Print rows as JSON lines, or as a fixed-width table of `columns`."""
    out = sys.stdout
    if (fmt or ("text" if out.isatty() else "jsonl")) == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    table = [list(columns)] + [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [min(48, max(len(r[i]) for r in table)) for i in range(len(columns))]
    for n, r in enumerate(table):
        out.write("  ".join(c[:w].ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() + "\n")
        if n == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")
    out.write(f"({len(rows)} rows)\n")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())
