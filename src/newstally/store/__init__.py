"""The SQLite store: schema and named migrations, the one writer, ingest, queries and exports."""

from newstally.store.connection import NoStore, StoreError, connect
from newstally.store.ingest import ingest
from newstally.store.writer import RunCounts, Writer

__all__ = ["NoStore", "RunCounts", "StoreError", "Writer", "connect", "ingest"]
