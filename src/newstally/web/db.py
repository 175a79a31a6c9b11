"""Read-only connections to the store, pooled, each remembering small lists until the data changes."""

from __future__ import annotations

import queue
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from newstally.store.connection import source_folder

T = TypeVar("T")

# Memory-map up to this much of the file: reads then copy nothing and make no system call, which
# halved the timeline's time on the 100k-document benchmark store (benchmarks/web_speed.py).
MMAP_BYTES = 2**30
# Page cache per connection, in KiB (negative = KiB for SQLite): the hot index pages of a
# 100k-document store fit in it.
CACHE_KIB = 65536


# Values remembered per connection before the memo starts afresh: every filter list and the
# timelines of many categories and places, while free-text filters cannot grow it without end.
MEMO_ENTRIES = 512


class ReadOnlyConnection(sqlite3.Connection):
    """A connection that cannot write, with a memo of values computed from the data it reads."""

    memo: dict[str, Any]
    version: int

    def remember(self, key: str, compute: Callable[[], T]) -> T:
        """`compute()`, computed once until another connection commits to the database."""
        version = self.execute("PRAGMA data_version").fetchone()[0]
        if getattr(self, "version", None) != version or len(self.memo) >= MEMO_ENTRIES:
            self.memo, self.version = {}, version
        if key not in self.memo:
            self.memo[key] = compute()
        value: T = self.memo[key]
        return value


def connect_readonly(db_path: Path) -> ReadOnlyConnection:
    """A connection that cannot write: the file is opened read-only and queries are read-only too."""
    conn = sqlite3.connect(
        f"{db_path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False, factory=ReadOnlyConnection
    )
    conn.row_factory = sqlite3.Row
    conn.create_function("source_folder", 1, source_folder, deterministic=True)
    conn.execute("PRAGMA query_only = ON")
    conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    return conn


class ConnectionPool:
    """Connections for the server's request threads: each request borrows one and gives it back."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._idle: queue.SimpleQueue[ReadOnlyConnection] = queue.SimpleQueue()

    @contextmanager
    def connection(self) -> Iterator[ReadOnlyConnection]:
        """An idle connection, or a new one when all are busy."""
        try:
            conn = self._idle.get_nowait()
        except queue.Empty:
            conn = connect_readonly(self.db_path)
        try:
            yield conn
        finally:
            self._idle.put(conn)
