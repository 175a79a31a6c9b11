"""Exports of documents, figures and claims as CSV, JSON Lines or Parquet, streamed in batches."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterator
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from newstally.store._columns import TABLES, Column

FORMATS = ("csv", "jsonl", "parquet")
# Rows fetched and written per step (and per Parquet row group). Exported documents carry their
# full text, 15 kB on average on the AEB pages, so 2,000 rows hold about 30 MB.
BATCH_ROWS = 2_000

_ARROW = {
    "int": pa.int64(),
    "float": pa.float64(),
    "text": pa.string(),
    "bool": pa.bool_(),
    "ints": pa.list_(pa.int64()),
}


def export_rows(conn: sqlite3.Connection, what: str) -> Iterator[list[dict[str, Any]]]:
    """The rows of one exported table in batches, typed as docs/schema.md says."""
    columns, source = TABLES[what]
    sql = "SELECT " + ", ".join(f"{expr} AS {_quote(name)}" for name, expr, _ in columns) + " FROM " + source
    cursor = conn.execute(sql)
    while batch := cursor.fetchmany(BATCH_ROWS):
        yield [_typed(columns, row) for row in batch]


def export(conn: sqlite3.Connection, what: str, fmt: str, out: IO[bytes]) -> int:
    """Write table `what` to the binary stream `out` in format `fmt`; return the number of rows."""
    columns = TABLES[what][0]
    batches = export_rows(conn, what)
    if fmt == "parquet":
        return _parquet(columns, batches, out)
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    n = 0
    try:
        if fmt == "csv":
            writer = csv.writer(text, lineterminator="\n")
            writer.writerow([name for name, _, _ in columns])
            for batch in batches:
                writer.writerows([_csv_cell(row[name]) for name, _, _ in columns] for row in batch)
                n += len(batch)
        else:
            for batch in batches:
                text.write("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in batch))
                n += len(batch)
    finally:
        text.flush()
        text.detach()
    return n


def _parquet(columns: list[Column], batches: Iterator[list[dict[str, Any]]], out: IO[bytes]) -> int:
    schema = pa.schema([(name, _ARROW[kind]) for name, _, kind in columns])
    n = 0
    with pq.ParquetWriter(out, schema) as writer:
        for batch in batches:
            writer.write_batch(pa.RecordBatch.from_pylist(batch, schema=schema))
            n += len(batch)
        if n == 0:
            writer.write_table(schema.empty_table())
    return n


def _typed(columns: list[Column], row: sqlite3.Row) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for (name, _, kind), value in zip(columns, row, strict=True):
        if value is None:
            out[name] = [] if kind == "ints" else None
        elif kind == "bool":
            out[name] = bool(value)
        elif kind == "ints":
            out[name] = [int(x) for x in str(value).split()]
        elif kind == "float":
            out[name] = float(value)
        else:
            out[name] = value
    return out


def _csv_cell(value: Any) -> Any:
    if isinstance(value, list):
        return " ".join(str(x) for x in value)
    if isinstance(value, bool):
        return int(value)
    return "" if value is None else value


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
