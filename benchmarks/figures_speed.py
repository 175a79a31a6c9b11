"""Figures speed: `extract` with figures on, over the AEB text dumps, on one core.

Reads ../shared/benchmarks/aeb/text (181 real pages, text dumps with their chrome) once, then
times the default pipeline (cleaning, language, figures) over the pre-read pages, and the figure
stage alone over the cleaned documents, in CPU time of this process.

usage: python benchmarks/figures_speed.py
"""

from __future__ import annotations

import time
from pathlib import Path

from newstally import pipeline
from newstally.figures import extract_figures
from newstally.model import Document, RawDocument

ROOT = Path(__file__).resolve().parent.parent
AEB_TEXT = ROOT.parent / "shared" / "benchmarks" / "aeb" / "text"
# Timing passes; the best is reported because other jobs share the machine.
PASSES = 3


def figures_of(doc: Document) -> list[object]:
    """The figure stage's work on one cleaned document."""
    return list(extract_figures(doc.text, published=doc.published, language=doc.language, title=doc.title))


def main() -> dict[str, float]:
    if not AEB_TEXT.is_dir():
        return {}
    texts = [p.read_text(encoding="utf-8") for p in sorted(AEB_TEXT.glob("*.txt"))]
    raws = [RawDocument(source=str(i), text=t) for i, t in enumerate(texts)]
    docs = [d for d in pipeline.run(iter(raws), [pipeline.clean_stage]) if isinstance(d, Document)]
    extract_s = figures_s = float("inf")
    count = 0
    for _ in range(PASSES):
        start = time.process_time()
        for _doc in pipeline.run(RawDocument(source=r.source, text=r.text) for r in raws):
            pass
        extract_s = min(extract_s, time.process_time() - start)
        start = time.process_time()
        count = sum(len(figures_of(d)) for d in docs)
        figures_s = min(figures_s, time.process_time() - start)
    metrics = {"pages_per_s": len(raws) / extract_s, "figure_stage_pages_per_s": len(docs) / figures_s}
    print(f"figures_speed: {len(raws)} AEB pages, {count} figures (CPU time, best of {PASSES})")
    print(f"  extract with figures  {metrics['pages_per_s']:.0f} pages/s")
    print(f"  figure stage alone    {metrics['figure_stage_pages_per_s']:.0f} pages/s")
    return metrics


if __name__ == "__main__":
    main()
