"""Crash safety: `newstally ingest` killed with SIGKILL mid-way, then run again, loses nothing.

5,000 small pages are written here; the first ingest is killed once some batches are committed.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

PAGES = 5000
KILL_AFTER = 1000
SYLLABLES = ["ka", "to", "ri", "mo", "sa", "len", "dar", "vi", "ob", "nu", "pe", "sha", "ter", "gu", "im"]


def write_pages(folder: Path) -> None:
    """Pages with a menu, a title and three paragraphs of made-up words, each page its own text."""
    rng = random.Random(5)
    words = ["".join(rng.choices(SYLLABLES, k=rng.randint(1, 3))) for _ in range(600)]
    folder.mkdir()
    for i in range(PAGES):
        paras = [" ".join(rng.choices(words, k=24)).capitalize() + "." for _ in range(3)]
        text = "\n\n".join(["Home | News | Contacts", f"Report number {i}", *paras, "© Outlet"])
        (folder / f"page-{i:05d}.txt").write_text(text, encoding="utf-8")


def stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def ingest(pages: Path, db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "newstally", "ingest", str(pages), "--db", str(db)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_kill_9_then_rerun_stores_every_page_once(tmp_path: Path) -> None:
    pages, db = tmp_path / "pages", tmp_path / "corpus.db"
    write_pages(pages)
    proc = ingest(pages, db)
    deadline = time.monotonic() + 120
    while stored(db) < KILL_AFTER and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert KILL_AFTER <= stored(db) < PAGES

    rerun = subprocess.run(
        [sys.executable, "-m", "newstally", "ingest", str(pages), "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert rerun.returncode == 0, rerun.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*), count(DISTINCT key) FROM documents").fetchone() == (
            PAGES,
            PAGES,
        )
        assert conn.execute("SELECT count(*) FROM documents WHERE story_id IS NULL").fetchone()[0] == 0
        with_words = conn.execute("SELECT count(*) FROM documents WHERE text != ''").fetchone()[0]
        assert conn.execute("SELECT count(*) FROM minhashes").fetchone()[0] == with_words
        assert conn.execute("SELECT status FROM runs ORDER BY id").fetchall() == [("interrupted",), ("done",)]
        conn.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
