"""AEB HTML: our HTML path against trafilatura alone, on the same 181 pages, in the same run.

Reads ../shared/benchmarks/aeb/html/<id>.html.gz and the gold bodies, relative to the repository
root. "Trafilatura alone" is `trafilatura.extract(page, include_comments=False)`, the setting the
benchmark's reference table reports (0.960). Ours is the reader and the cleaning stage: sniffing,
decoding, trafilatura, metadata, tidying and language. Both get the same decompressed bytes; each
is timed in CPU seconds, passes interleaved, best pass kept, because other jobs share the machine.

usage: python benchmarks/aeb_html.py [--by-site]
"""

from __future__ import annotations

import gzip
import sys
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import trafilatura

from newstally.evaluate.aeb import load_gold, load_urls, page_id, score_pages
from newstally.model import Document, RawDocument
from newstally.pipeline import clean_document
from newstally.readers import read_bytes

ROOT = Path(__file__).resolve().parent.parent
AEB = ROOT.parent / "shared" / "benchmarks" / "aeb"
PASSES = 3

Extractor = Callable[[str, bytes], str]


def read_pages(folder: Path) -> dict[str, bytes]:
    """Decompressed page bytes by page id."""
    return {page_id(p.name): gzip.decompress(p.read_bytes()) for p in sorted(folder.glob("*.html.gz"))}


def ours(source: str, data: bytes) -> str:
    """The body our HTML path finds in a page, paragraphs separated by a blank line."""
    for item in read_bytes(data, source):
        if isinstance(item, RawDocument):
            doc = clean_document(item)
            return doc.text if isinstance(doc, Document) else ""
    return ""


def trafilatura_alone(source: str, data: bytes) -> str:
    """The body trafilatura finds on its own, comments excluded."""
    return trafilatura.extract(data, include_comments=False) or ""


def run_all(extract: Extractor, pages: dict[str, bytes]) -> tuple[dict[str, str], float]:
    """Every page's body and the CPU seconds the pass took."""
    start = time.process_time()
    out = {key: extract(f"{key}.html", data) for key, data in pages.items()}
    return out, time.process_time() - start


def main() -> dict[str, float]:
    if not (AEB / "html").is_dir():
        return {}
    pages = read_pages(AEB / "html")
    gold = load_gold(AEB / "ground-truth.json")
    for extract in (ours, trafilatura_alone):  # warm-up: imports, dateparser locales, regex caches
        extract("warm-up.html", next(iter(pages.values())))
    best = {"ours": float("inf"), "trafilatura": float("inf")}
    outs: dict[str, dict[str, str]] = {}
    for n in range(PASSES):
        order = [("ours", ours), ("trafilatura", trafilatura_alone)]
        for name, extract in order if n % 2 == 0 else order[::-1]:
            outs[name], seconds = run_all(extract, pages)
            best[name] = min(best[name], seconds)
    p, r, f1 = score_pages(gold, outs["ours"])
    tp, tr, tf1 = score_pages(gold, outs["trafilatura"])
    ratio = best["ours"] / best["trafilatura"]
    n = len(pages)
    print(f"aeb_html: ours        {n} pages, precision {p:.3f}, recall {r:.3f}, f1 {f1:.3f}")
    print(f"aeb_html: trafilatura {n} pages, precision {tp:.3f}, recall {tr:.3f}, f1 {tf1:.3f}")
    print(
        f"aeb_html: ours {n / best['ours']:.0f} pages/s, trafilatura {n / best['trafilatura']:.0f} "
        f"pages/s (CPU, best of {PASSES}), time ratio {ratio:.2f}"
    )
    if "--by-site" in sys.argv:
        urls = load_urls(AEB / "ground-truth.json")
        rows = []
        for key in gold:
            mine = score_pages({key: gold[key]}, {key: outs["ours"].get(key, "")})[2]
            theirs = score_pages({key: gold[key]}, {key: outs["trafilatura"].get(key, "")})[2]
            rows.append((mine - theirs, mine, theirs, urlsplit(urls.get(key, "")).hostname or "?"))
        for delta, mine, theirs, site in sorted(rows)[:15]:
            print(f"  {delta:+.3f}  ours {mine:.3f}  trafilatura {theirs:.3f}  {site}")
    return {
        "f1": f1,
        "precision": p,
        "recall": r,
        "trafilatura_f1": tf1,
        "f1_minus_trafilatura": f1 - tf1,
        "time_ratio": ratio,
        "pages_per_s": n / best["ours"],
    }


if __name__ == "__main__":
    main()
