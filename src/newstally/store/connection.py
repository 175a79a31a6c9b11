"""Opening a store: one SQLite file in WAL mode with foreign keys on, migrated to the current schema."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from newstally.store._schema import MIGRATIONS

# How long a connection waits for another's write lock before it gives up. A reader (the web app,
# Datasette) never blocks the writer in WAL mode; this covers a second writer or a checkpoint.
BUSY_TIMEOUT_MS = 10_000


# Page cache per connection (SQLite's default is 2 MB). The LSH band index takes 60 random inserts
# per document and the figures table seven indexes; with the default cache they spill to the WAL
# mid-transaction. A 256 MB cache cut the 100k-document build of benchmarks/query_speed.py from 83 s
# to 49 s of wall time; 64 MB is the share one ingest takes by default.
CACHE_KIB = 65536


class StoreError(Exception):
    """The database file cannot be used as a newstally store."""


class NoStore(StoreError):
    """A query asked for a database file that does not exist."""

    def __init__(self, path: str) -> None:
        super().__init__(f"{path}: no such database; create it with `newstally ingest PAGES --db {path}`")


def connect(path: str | Path, create: bool = True) -> sqlite3.Connection:
    """Open (and when `create`, make) the store at `path`, migrated and ready for reads or writes."""
    if not create and not Path(path).exists():
        raise NoStore(str(path))
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        conn.execute("PRAGMA foreign_keys = ON")
        # NORMAL is durable across a process crash in WAL mode; only a power loss can drop the
        # last transactions, never corrupt the file.
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        # The outlet of a page without a URL, for the timeline's series (store/timeline.py).
        conn.create_function("source_folder", 1, source_folder, deterministic=True)
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{path}: not a usable SQLite database ({exc}); pass another --db path") from exc
    if mode != "wal":
        conn.close()
        raise StoreError(f"{path}: cannot switch to WAL mode (got {mode!r}); use a local disk")
    return conn


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply the named migrations not yet applied, each in its own transaction; return their names."""
    conn.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    done = {row[0] for row in conn.execute("SELECT name FROM _migrations")}
    applied = []
    for name, sql in MIGRATIONS:
        if name in done:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            if conn.execute("SELECT 1 FROM _migrations WHERE name = ?", (name,)).fetchone() is None:
                for statement in _statements(sql):
                    conn.execute(statement)
                conn.execute("INSERT INTO _migrations VALUES (?, ?)", (name, utc_now()))
                applied.append(name)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return applied


def source_folder(source: str) -> str:
    """The folder a file was read from: the outlet of a page without a URL (files are kept by outlet).

    >>> source_folder("examples/corpus/steppe-herald/2024-01-15-knb.txt")
    'steppe-herald'
    >>> source_folder("page.txt")
    'page.txt'
    """
    parts = source.replace("\\", "/").split("/")
    return parts[-2] if len(parts) > 1 and parts[-2] not in ("", ".", "..") else source


def utc_now() -> str:
    """The current time as an ISO 8601 UTC timestamp, to the second."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _statements(sql: str) -> list[str]:
    """Split a migration into complete statements (triggers hold semicolons of their own)."""
    out, current = [], ""
    for line in sql.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                out.append(current.strip())
            current = ""
    if current.strip():
        out.append(current.strip())
    return out
