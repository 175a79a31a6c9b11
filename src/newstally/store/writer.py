"""The one writer of a store: documents with their chrome, figures, claims and stories, in batches.

Each batch of documents is one transaction, so a crash (even kill -9) loses at most the batch in
flight and never leaves a half-written document; the next run finds what was committed by key and
content hash and skips it.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from dataclasses import dataclass, replace
from typing import Literal
from urllib.parse import urlsplit

from newstally import __version__
from newstally.dedupe.claims import claim_key, counted_head
from newstally.dedupe.stories import MAX_CANDIDATES, MIN_SHARED_BANDS, Sketch, same_story
from newstally.dedupe.stories import sketch as make_sketch
from newstally.model import CLEANER_VERSION, Document, Figure
from newstally.pipeline import extractor_version
from newstally.store.conflicts import refresh_conflicts
from newstally.store.connection import utc_now
from newstally.store.timeline import Group, refresh_timeline

# Documents per transaction: the most a crash can lose. With WAL and synchronous=NORMAL a commit
# does not fsync, so the steady write rate hardly depends on it: batches of 10, 50, 200 and 1000 all
# wrote 240-310 generated pages/s (benchmarks/ingest_speed.py's set, differences within the noise of
# a shared machine). But the last commit runs after the workers are done, alone: with 50 rather
# than 200, the 181 AEB pages ingest at 205-209 pages/s instead of 197-200 (alternate runs).
BATCH_SIZE = 50

_ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")

Outcome = Literal["added", "updated"]
# A figure as stored: its claim's columns (None when it makes no claim), then its own columns after
# document_id, position and claim_id.
FigureRow = tuple[tuple[object, ...] | None, tuple[object, ...]]
# Claim keys looked up per statement, well under SQLite's limit of bound parameters.
_KEYS_PER_LOOKUP = 500


@dataclass(slots=True)
class Prepared:
    """The writer's pure work on a document, which ingest runs in its worker processes."""

    sketch: Sketch | None  # None when the text has no words to compare
    figures: list[FigureRow]


def prepare(doc: Document, extractor: str) -> Prepared:
    """The MinHash sketch of a document and the rows of its figures, found by `extractor`."""
    return Prepared(make_sketch(doc.text), [figure_row(fig, doc.published, extractor) for fig in doc.figures])


@dataclass(slots=True)
class RunCounts:
    """What one ingest run did, as stored in its `runs` row."""

    seen: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: int = 0
    figures_added: int = 0


class Writer:
    """Writes documents into an open store inside batched transactions, and records the run."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        sources: str,
        batch_size: int = BATCH_SIZE,
        extractor: str | None = None,
    ) -> None:
        """`extractor` is the pipeline's extractor_version (of the built-in packs when None)."""
        self.conn = conn
        self.extractor = extractor or extractor_version()
        self.batch_size = batch_size
        self.counts = RunCounts()
        self._committed = RunCounts()
        self._pending = 0
        self._outlets: dict[str, int] = {}
        # What this run's writes may have changed: the claim frames whose conflicts and the figure
        # groups (timeline.Group) whose timeline points finish() recomputes.
        self._frames: set[str] = set()
        self._groups: set[Group] = set()
        conn.execute("BEGIN IMMEDIATE")
        # A run that never finished may have committed documents without refreshing the conflicts
        # and timeline points.
        unfinished = "UPDATE runs SET status = 'interrupted' WHERE status = 'running' AND finished IS NULL"
        self._stale = conn.execute(unfinished).rowcount > 0
        self.run_id: int = conn.execute(
            "INSERT INTO runs (started, status, sources, newstally_version, cleaner_version, "
            "extractor_version) VALUES (?, 'running', ?, ?, ?, ?) RETURNING id",
            (utc_now(), sources, __version__, CLEANER_VERSION, self.extractor),
        ).fetchone()[0]
        conn.execute("COMMIT")

    def is_unchanged(self, key: str, content_hash: str) -> bool:
        """True when `key` is stored with this content, cleaned and extracted by the current versions."""
        row = self.conn.execute(
            "SELECT content_hash, cleaner_version, extractor_version FROM documents WHERE key = ?", (key,)
        ).fetchone()
        return row is not None and tuple(row) == (content_hash, CLEANER_VERSION, self.extractor)

    def skip(self) -> None:
        """Count a document found unchanged."""
        self.counts.seen += 1
        self.counts.unchanged += 1

    def error(self) -> None:
        """Count an input that could not be read or cleaned."""
        self.counts.seen += 1
        self.counts.errors += 1

    def write(self, doc: Document, key: str, content_hash: str, prepared: Prepared | None = None) -> Outcome:
        """Insert or replace the document stored under `key`; commit when the batch is full.

        `prepared` is `prepare(doc, writer.extractor)` when a worker has computed it already.
        """
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
        outcome = self._write(doc, key, content_hash, prepared or prepare(doc, self.extractor))
        self.counts.seen += 1
        if outcome == "added":
            self.counts.added += 1
        else:
            self.counts.updated += 1
        self.counts.figures_added += len(doc.figures)
        self._pending += 1
        if self._pending >= self.batch_size:
            self.commit()
        return outcome

    def commit(self) -> None:
        """Commit the batch in flight together with the run's counts."""
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
        self._save_counts()
        self.conn.execute("COMMIT")
        self._committed = replace(self.counts)
        self._pending = 0

    def finish(self, status: str = "done") -> RunCounts:
        """Commit what is left, refresh conflicts, timeline points and planner statistics, end the run.

        A run that did not end well ("failed", "interrupted") rolls back the batch in flight, which
        may hold a half-written document, and keeps the counts of what was committed.
        """
        if status != "done" and self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
            self.counts = replace(self._committed)
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
        self._save_counts()
        changed = self.counts.added or self.counts.updated
        if self._stale:  # an unfinished run left what it touched unknown
            refresh_conflicts(self.conn)
            refresh_timeline(self.conn)
        elif changed:
            refresh_conflicts(self.conn, self._frames)
            refresh_timeline(self.conn, self._groups)
        self.conn.execute(
            "UPDATE runs SET finished = ?, status = ? WHERE id = ?", (utc_now(), status, self.run_id)
        )
        self.conn.execute("COMMIT")
        self._pending = 0
        if changed:
            refresh_statistics(self.conn)
        return self.counts

    def _save_counts(self) -> None:
        c = self.counts
        self.conn.execute(
            "UPDATE runs SET seen = ?, added = ?, updated = ?, unchanged = ?, errors = ?, "
            "figures_added = ? WHERE id = ?",
            (c.seen, c.added, c.updated, c.unchanged, c.errors, c.figures_added, self.run_id),
        )

    def _write(self, doc: Document, key: str, content_hash: str, prepared: Prepared) -> Outcome:
        conn = self.conn
        text = doc.text
        text_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
        fields = (
            doc.source,
            doc.id,
            doc.url,
            self._outlet(doc.url),
            doc.title,
            doc.published,
            doc.author,
            doc.language,
            doc.fetched,
            text,
            content_hash,
            text_hash,
            CLEANER_VERSION,
            self.extractor,
            self.run_id,
        )
        old = conn.execute("SELECT id, story_id FROM documents WHERE key = ?", (key,)).fetchone()
        old_claims: list[int] = []
        old_story: int | None = None
        if old is None:
            outcome: Outcome = "added"
            doc_row: int = conn.execute(
                "INSERT INTO documents (source, doc_id, url, outlet_id, title, published, author, "
                "language, fetched, text, content_hash, text_hash, cleaner_version, extractor_version, "
                "updated_run, first_run, key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "RETURNING id",
                (*fields, self.run_id, key),
            ).fetchone()[0]
        else:
            outcome = "updated"
            doc_row, old_story = old
            self._touch(
                "SELECT DISTINCT c.frame, f.category, f.kind, f.period_start, f.period_end FROM figures f "
                "LEFT JOIN claims c ON c.id = f.claim_id WHERE f.document_id = ?",
                doc_row,
            )
            old_claims = [
                r[0]
                for r in conn.execute(
                    "SELECT DISTINCT claim_id FROM figures WHERE document_id = ? AND claim_id IS NOT NULL",
                    (doc_row,),
                )
            ]
            for table in ("figures", "chrome", "lsh_bands", "minhashes"):
                conn.execute(f"DELETE FROM {table} WHERE document_id = ?", (doc_row,))
            conn.execute(
                "UPDATE documents SET source = ?, doc_id = ?, url = ?, outlet_id = ?, title = ?, "
                "published = ?, author = ?, language = ?, fetched = ?, text = ?, content_hash = ?, "
                "text_hash = ?, cleaner_version = ?, extractor_version = ?, updated_run = ?, "
                "story_id = NULL WHERE id = ?",
                (*fields, doc_row),
            )
        conn.executemany(
            "INSERT INTO chrome (document_id, position, text) VALUES (?, ?, ?)",
            [(doc_row, i, block) for i, block in enumerate(doc.removed)],
        )
        self._groups.update(
            (f.category, f.kind, f.period.start if f.period else None, f.period.end if f.period else None)
            for f in doc.figures
        )
        self._write_figures(doc_row, prepared.figures)
        if old_claims:
            conn.executemany(
                "DELETE FROM claims WHERE id = ? AND NOT EXISTS (SELECT 1 FROM figures WHERE claim_id = ?)",
                [(c, c) for c in old_claims],
            )
        self._assign_story(doc_row, text_hash, prepared.sketch)
        if old_story is not None:
            conn.execute(
                "DELETE FROM stories WHERE id = ? AND NOT EXISTS "
                "(SELECT 1 FROM documents WHERE story_id = ?)",
                (old_story, old_story),
            )
        return outcome

    def _outlet(self, url: str | None) -> int | None:
        host = outlet_host(url)
        if host is None:
            return None
        if host not in self._outlets:
            self.conn.execute("INSERT OR IGNORE INTO outlets (host) VALUES (?)", (host,))
            self._outlets[host] = self.conn.execute(
                "SELECT id FROM outlets WHERE host = ?", (host,)
            ).fetchone()[0]
        return self._outlets[host]

    def _write_figures(self, doc_row: int, figures: list[FigureRow]) -> None:
        claims = self._claim_ids([claim for claim, _ in figures if claim is not None])
        self._frames.update(str(claim[1]) for claim, _ in figures if claim is not None)  # (key, frame, …)
        self.conn.executemany(
            "INSERT INTO figures (document_id, position, claim_id, value, high, qualifier, kind, unit, "
            "counted, head, category, trigger, negated, period_start, period_end, period_text, "
            'recurrence, stock, place, actor, date, text, sentence, start, "end", extractor_version) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (doc_row, position, None if claim is None else claims[str(claim[0])], *columns)
                for position, (claim, columns) in enumerate(figures)
            ],
        )

    def _claim_ids(self, claims: list[tuple[object, ...]]) -> dict[str, int]:
        """The id of each claim by key, inserting the claims not stored yet."""
        if not claims:
            return {}
        self.conn.executemany(
            "INSERT INTO claims (key, frame, category, kind, unit, head, value, high, period_start, "
            "period_end, place, negated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(key) DO NOTHING",
            claims,
        )
        keys = list({str(claim[0]) for claim in claims})
        ids: dict[str, int] = {}
        for i in range(0, len(keys), _KEYS_PER_LOOKUP):
            batch = keys[i : i + _KEYS_PER_LOOKUP]
            marks = ",".join("?" * len(batch))
            ids.update(self.conn.execute(f"SELECT key, id FROM claims WHERE key IN ({marks})", batch))
        return ids

    def _assign_story(self, doc_row: int, text_hash: str, sk: Sketch | None) -> None:
        """Join the story of an exact or near duplicate, merging stories it bridges, or start one."""
        conn = self.conn
        stories: set[int] = set()
        if sk is not None:
            twin = conn.execute(
                "SELECT story_id FROM documents WHERE text_hash = ? AND id != ? AND story_id IS NOT NULL "
                "LIMIT 1",
                (text_hash, doc_row),
            ).fetchone()
            if twin is not None:
                stories.add(twin[0])
            else:
                stories |= self._near_stories(doc_row, sk)
            conn.executemany(
                "INSERT OR IGNORE INTO lsh_bands (hash, document_id) VALUES (?, ?)",
                [(h, doc_row) for h in sk.bands],
            )
            conn.execute(
                "INSERT INTO minhashes (document_id, signature, facts) VALUES (?, ?, ?)",
                (doc_row, sk.signature, sk.facts),
            )
        if not stories:
            story = conn.execute(
                "INSERT INTO stories (created_run) VALUES (?) RETURNING id", (self.run_id,)
            ).fetchone()[0]
        else:
            story = min(stories)
            others = sorted(stories - {story})
            if others:
                marks = ",".join("?" * len(others))
                conn.execute(
                    f"UPDATE documents SET story_id = ? WHERE story_id IN ({marks})", (story, *others)
                )
                conn.execute(f"DELETE FROM stories WHERE id IN ({marks})", others)
                # Claims of the stories joined may now conflict within the one story.
                self._touch(
                    "SELECT DISTINCT c.frame, c.category, c.kind, c.period_start, c.period_end "
                    "FROM documents d JOIN figures f ON f.document_id = d.id "
                    "JOIN claims c ON c.id = f.claim_id WHERE d.story_id = ?",
                    story,
                )
        conn.execute("UPDATE documents SET story_id = ? WHERE id = ?", (story, doc_row))

    def _touch(self, sql: str, *params: object) -> None:
        """Add the (frame, category, kind, period_start, period_end) rows of `sql` to what this run
        touched. A claim's frame names its figures' group, so the groups touched cover every claim
        whose conflicts may change."""
        for frame, category, kind, start, end in self.conn.execute(sql, params):
            if frame is not None:
                self._frames.add(frame)
            self._groups.add((category, kind, start, end))

    def _near_stories(self, doc_row: int, sk: Sketch) -> set[int]:
        marks = ",".join("?" * len(sk.bands))
        rows = self.conn.execute(
            f"SELECT m.signature, m.facts, d.story_id FROM "
            f"(SELECT document_id, count(*) AS shared FROM lsh_bands WHERE hash IN ({marks}) "
            f"AND document_id != ? GROUP BY document_id HAVING shared >= ? "
            f"ORDER BY shared DESC LIMIT ?) AS b "
            f"JOIN minhashes m ON m.document_id = b.document_id "
            f"JOIN documents d ON d.id = b.document_id ORDER BY b.shared DESC",
            (*sk.bands, doc_row, MIN_SHARED_BANDS, MAX_CANDIDATES),
        ).fetchall()
        stories: set[int] = set()
        for signature, facts, story in rows:
            if (
                story is not None
                and story not in stories
                and same_story(sk.signature, signature, sk.facts, facts)
            ):
                stories.add(story)
        return stories


def refresh_statistics(conn: sqlite3.Connection) -> None:
    """Refresh the query planner's statistics so that it picks the right index for each filter."""
    # Sampling 1000 rows per index keeps ANALYZE near-constant in time: 0.03 s against 0.56 s for a
    # full ANALYZE on the 100k-document store of benchmarks/query_speed.py, whose p95 it gives.
    conn.execute("PRAGMA analysis_limit = 1000")
    conn.execute("ANALYZE")


def outlet_host(url: str | None) -> str | None:
    """The outlet a URL belongs to: its host, lowercased, without a leading "www.".

    >>> outlet_host("https://www.Example.kz/news/1")
    'example.kz'
    >>> outlet_host("page.txt") is None
    True
    """
    if not url:
        return None
    host = urlsplit(url).hostname
    if not host:
        return None
    return host.removeprefix("www.")


def figure_row(fig: Figure, published: str | None, extractor: str) -> FigureRow:
    """A figure's claim columns, in claims table order, and its own columns (figure_columns)."""
    columns = figure_columns(fig, published, extractor)
    ck = claim_key(fig)
    if ck is None:
        return None, columns
    claim = (ck.key, ck.frame, ck.category, ck.kind, ck.unit, ck.head, ck.value, ck.high)
    return (*claim, ck.period_start, ck.period_end, ck.place, int(ck.negated)), columns


def figure_columns(fig: Figure, published: str | None, extractor: str) -> tuple[object, ...]:
    """A figure's stored columns after document_id, position and claim_id, in table order."""
    period = fig.period
    start = period.start if period else None
    end = period.end if period else None
    return (
        fig.value,
        fig.high,
        fig.qualifier,
        fig.kind,
        fig.unit,
        fig.counted,
        counted_head(fig.counted),
        fig.category,
        fig.trigger,
        int(fig.negated),
        start,
        end,
        period.text if period else None,
        fig.recurrence,
        int(fig.stock),
        fig.place,
        fig.actor,
        figure_date(end or start, published),
        fig.text,
        fig.sentence,
        fig.start,
        fig.end,
        extractor,
    )


def figure_date(period_date: str | None, published: str | None) -> str | None:
    """The date a figure is filed under: its period's end (else start), else the publication date.

    >>> figure_date(None, "2021-03-04T10:00:00+06:00")
    '2021-03-04'
    >>> figure_date("2020-12-31", "2021-03-04")
    '2020-12-31'
    >>> figure_date(None, "March 4") is None
    True
    """
    for candidate in (period_date, published):
        if candidate:
            m = _ISO_DATE.match(candidate.strip())
            if m:
                return m.group(0)
    return None
