"""Ingest speed: pages per second through `store.ingest`, the whole pipeline with stories and claims.

Two corpora: the AEB text dumps (../shared/benchmarks/aeb/text, 181 real pages of 15 kB on
average; without them the benchmark is skipped), and 2,225 generated news pages (the near-duplicate
set of benchmarks/stories.py at a larger size: chrome, copies, twins). Each is ingested into a fresh
store after one warm-up page (language model and imports loaded); the best of PASSES is reported
because other jobs share the machine. Pages per CPU-second (this process and its workers) is the
figure that other jobs disturb least; pages per second of wall time is what a user sees.

usage: python benchmarks/ingest_speed.py
"""

from __future__ import annotations

import resource
import tempfile
import time
from pathlib import Path

from newstally.store import ingest
from newstally.store.ingest import default_workers
from stories import generate

ROOT = Path(__file__).resolve().parent.parent
AEB_TEXT = ROOT.parent / "shared" / "benchmarks" / "aeb" / "text"
GENERATED_STORIES_PER_TOPIC = 100
PASSES = 3


def measure(folder: Path, pages: int) -> tuple[float, float]:
    """Best-of-PASSES pages per second of wall time, and pages per CPU-second (all processes)."""
    best_wall = best_cpu = 0.0
    for n in range(PASSES):
        with tempfile.TemporaryDirectory() as tmp:
            cpu = _cpu_seconds()
            start = time.perf_counter()
            counts = ingest([str(folder)], Path(tmp) / f"speed{n}.db", workers=default_workers())
            wall = time.perf_counter() - start
            cpu = _cpu_seconds() - cpu
        assert counts.added + counts.errors == pages, counts
        best_wall, best_cpu = max(best_wall, pages / wall), max(best_cpu, pages / cpu)
    return best_wall, best_cpu


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the pipeline workers)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def main() -> dict[str, float]:
    if not AEB_TEXT.is_dir():
        return {}
    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "warm.txt"
        warm.write_text("Police detained 5 people in Almaty on Monday, the interior ministry said today.\n")
        ingest([str(warm)], Path(tmp) / "warm.db")
        folder = Path(tmp) / "generated"
        folder.mkdir()
        pages = generate(seed=3, per_topic=GENERATED_STORIES_PER_TOPIC)
        for i, (text, _) in enumerate(pages):
            (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
        corpora = [("generated", folder, len(pages)), ("aeb", AEB_TEXT, len(list(AEB_TEXT.glob("*.txt"))))]
        metrics: dict[str, float] = {}
        for name, path, n in corpora:
            wall, cpu = measure(path, n)
            metrics[f"{name}_pages_per_s"], metrics[f"{name}_pages_per_cpu_s"] = wall, cpu
            print(
                f"ingest_speed: {n:,} {name} pages: {wall:,.0f} pages/s with {default_workers()} workers, "
                f"{cpu:,.0f} pages per CPU-second"
            )
    return metrics


if __name__ == "__main__":
    main()
