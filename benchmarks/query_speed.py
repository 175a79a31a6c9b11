"""Query speed: the `figures` query with filters on a synthetic 100,000-document store.

Builds the store with bulk inserts through the real schema (no pipeline: only the rows matter
here), lets the writer's end-of-run statistics step run as after an ingest, then times
store.queries.find_figures over a mix of filter combinations and reports the 95th percentile.

usage: python benchmarks/query_speed.py [DOCUMENTS]
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from newstally.store import connect
from newstally.store.queries import FigureFilter, find_figures
from newstally.store.writer import refresh_statistics

DOCUMENTS = 100_000
FIGURES_PER_DOCUMENT = 5
REPEATS = 20
CATEGORIES = [
    "detained",
    "arrested",
    "sentenced",
    "extradited",
    "neutralized",
    "seized",
    "killed",
    "injured",
    "deported",
    "other",
]
PLACES = [f"Town {i}" for i in range(60)]
VOCABULARY = [f"w{i}" for i in range(3000)] + ["extremist", "border", "hashish", "weapons", "court", "fraud"]


def build(db: Path, documents: int, rng: random.Random) -> None:
    """Fill a fresh store with `documents` documents of five figures each."""
    conn = connect(db)
    # A 256 MB page cache keeps the indexes of one big transaction in memory instead of spilling.
    conn.execute("PRAGMA cache_size = -262144")
    conn.execute("BEGIN")
    run = conn.execute(
        "INSERT INTO runs (started, status, sources, newstally_version, cleaner_version, extractor_version) "
        "VALUES ('2024-01-01T00:00:00Z', 'done', '[]', 'bench', 'clean.v1', 'figures.v1') RETURNING id"
    ).fetchone()[0]
    conn.executemany(
        "INSERT INTO outlets (id, host) VALUES (?, ?)", [(i, f"outlet{i}.kz") for i in range(1, 201)]
    )
    conn.executemany(
        "INSERT INTO stories (id, created_run) VALUES (?, ?)", [(i, run) for i in range(1, documents + 1)]
    )
    batch_docs, batch_figs = [], []
    for d in range(1, documents + 1):
        year = rng.randint(2010, 2024)
        published = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        text = " ".join(rng.choices(VOCABULARY, k=40)) + "."
        batch_docs.append(
            (
                d,
                f"doc/{d}",
                f"doc/{d}",
                str(d),
                rng.randint(1, 200),
                f"Report {d}",
                published,
                text,
                f"c{d}",
                f"t{d}",
                d,
                "clean.v1",
                "figures.v1",
                run,
                run,
            )
        )
        for p in range(FIGURES_PER_DOCUMENT):
            value = round(rng.lognormvariate(2.5, 1.5))
            date = f"{year - rng.randint(0, 1)}-12-31" if rng.random() < 0.6 else published
            batch_figs.append(
                (
                    d,
                    p,
                    value,
                    rng.choice(CATEGORIES),
                    rng.choice(PLACES) if rng.random() < 0.7 else None,
                    date,
                    str(value),
                    text[:80],
                    0,
                    2,
                )
            )
        if len(batch_docs) == 10_000:
            _flush(conn, batch_docs, batch_figs)
            batch_docs, batch_figs = [], []
    _flush(conn, batch_docs, batch_figs)
    conn.execute("COMMIT")
    refresh_statistics(conn)
    conn.close()


def _flush(conn: object, docs: list[tuple[object, ...]], figs: list[tuple[object, ...]]) -> None:
    conn.executemany(  # type: ignore[attr-defined]
        "INSERT INTO documents (id, key, source, doc_id, outlet_id, title, published, text, content_hash, "
        "text_hash, story_id, cleaner_version, extractor_version, first_run, updated_run) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        docs,
    )
    conn.executemany(  # type: ignore[attr-defined]
        "INSERT INTO figures (document_id, position, value, kind, category, place, date, text, sentence, "
        'negated, stock, start, "end", extractor_version) '
        "VALUES (?, ?, ?, 'count', ?, ?, ?, ?, ?, 0, 0, ?, ?, 'figures.v1')",
        figs,
    )


def filters(rng: random.Random) -> list[FigureFilter]:
    """One of each filter combination the CLI offers, with random values."""
    cat, place = rng.choice(CATEGORIES[:-1]), rng.choice(PLACES)
    year = rng.randint(2011, 2023)
    word = rng.choice(["extremist", "border", "hashish", "weapons", "court", "fraud"])
    return [
        FigureFilter(category=cat),
        FigureFilter(category=cat, since=str(year)),
        FigureFilter(place=place, since=str(year), until=str(year + 1)),
        FigureFilter(min_value=rng.choice([100, 1000, 5000])),
        FigureFilter(category=cat, place=place, min_value=50),
        FigureFilter(category=cat, search=word),
        FigureFilter(category=cat, place=place, since=str(year), until=str(year), min_value=10, search=word),
        FigureFilter(since=f"{year}-06", until=f"{year}-06"),
    ]


def main(documents: int = DOCUMENTS) -> dict[str, float]:
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        start = time.perf_counter()
        build(db, documents, rng)
        print(
            f"query_speed: built {documents:,} documents, {documents * FIGURES_PER_DOCUMENT:,} figures "
            f"in {time.perf_counter() - start:.1f}s"
        )
        conn = connect(db, create=False)
        timings: dict[int, list[float]] = {}
        for _ in range(REPEATS):
            for kind, flt in enumerate(filters(rng)):
                t0 = time.perf_counter()
                find_figures(conn, flt, limit=100)
                timings.setdefault(kind, []).append((time.perf_counter() - t0) * 1000)
        conn.close()
    every = sorted(t for ts in timings.values() for t in ts)
    p95 = every[int(0.95 * (len(every) - 1))]
    for kind, ts in timings.items():
        print(f"  filter set {kind}: median {statistics.median(ts):6.1f} ms, max {max(ts):6.1f} ms")
    print(f"query_speed: figures query p95 {p95:.1f} ms over {len(every)} queries")
    return {"figures_p95_ms": p95}


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DOCUMENTS)
