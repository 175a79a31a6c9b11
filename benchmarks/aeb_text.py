"""AEB text dumps: clean every page, score the bodies against gold, and time the cleaner on one core.

Reads ../shared/benchmarks/aeb/text (181 real pages flattened by `w3m -dump -cols 4000`) and the
gold bodies in ../shared/benchmarks/aeb/ground-truth.json, relative to the repository root.

usage: python benchmarks/aeb_text.py [--by-site] [--cv]

--cv cross-validates the constants fitted on AEB by site: pages are grouped by the host of their gold
URL into CV_FOLDS folds; for each fold the grid point that scores best on the other folds cleans it,
and the held-out F1 is that of all pages cleaned that way.
"""

from __future__ import annotations

import itertools
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

from newstally.clean import clean_dump, dump
from newstally.evaluate.aeb import load_gold, load_urls, page_id, score_pages

ROOT = Path(__file__).resolve().parent.parent
AEB = ROOT.parent / "shared" / "benchmarks" / "aeb"
# Timing passes over the whole set; the best pass is reported because other jobs share the machine.
PASSES = 5
# The constants of newstally.clean.dump fitted on AEB, and the values the cross-validation tries.
GRID = {
    "NEAR_WEIGHT": [0.3, 0.0],
    "CHROME_COST": [150.0, 300.0, 500.0],
    "RELATED_COST": [40.0, 300.0],
    "ISOLATED_WEIGHT": [1.0, 0.5, 0.3],
    "BULLET_PROSE_WEIGHT": [0.3, 0.0],
}
CV_FOLDS = 5


def read_pages(folder: Path) -> dict[str, str]:
    """Page texts by page id."""
    return {page_id(p.name): p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}


def clean_pages(pages: dict[str, str]) -> dict[str, str]:
    """The cleaned body of every page, paragraphs separated by a blank line."""
    return {key: "\n\n".join(clean_dump(text).paragraphs) for key, text in pages.items()}


def pages_per_second(texts: list[str], passes: int = PASSES) -> float:
    """Best-of-`passes` throughput of clean_dump over pre-read texts."""
    best = float("inf")
    for _ in range(passes):
        start = time.process_time()
        for text in texts:
            clean_dump(text)
        best = min(best, time.process_time() - start)
    return len(texts) / best


def extract_per_second(texts: list[str]) -> float:
    """Throughput of the whole default pipeline (clean, language, figures) on pre-read texts."""
    from newstally import pipeline
    from newstally.model import RawDocument

    start = time.process_time()
    for _ in pipeline.run(RawDocument(source=str(i), text=t) for i, t in enumerate(texts)):
        pass
    return len(texts) / (time.process_time() - start)


def sites(urls: dict[str, str]) -> dict[str, str]:
    """The site (host of the gold URL) of every page id."""
    return {key: urlsplit(url).hostname or "?" for key, url in urls.items()}


def cross_validate(pages: dict[str, str], gold: dict[str, str], urls: dict[str, str]) -> float:
    """Held-out F1 of the GRID constants, folds grouped by site (see the module docstring)."""
    saved = {name: getattr(dump, name) for name in GRID}
    outputs = []
    try:
        for values in itertools.product(*GRID.values()):
            for name, value in zip(GRID, values, strict=True):
                setattr(dump, name, value)
            outputs.append((values, clean_pages(pages)))
    finally:
        for name, value in saved.items():
            setattr(dump, name, value)
    site_of = sites(urls)
    fold_of_site = {site: i % CV_FOLDS for i, site in enumerate(sorted(set(site_of.values())))}
    held_out: dict[str, str] = {}
    for fold in range(CV_FOLDS):
        train = [k for k in gold if fold_of_site[site_of[k]] != fold]
        test = [k for k in gold if fold_of_site[site_of[k]] == fold]
        values, out = max(outputs, key=lambda o: score_pages({k: gold[k] for k in train}, o[1])[2])
        print(f"  fold {fold}: {len(test)} pages, chose {dict(zip(GRID, values, strict=True))}")
        held_out.update({k: out[k] for k in test})
    return score_pages(gold, held_out)[2]


def site_scores(gold: dict[str, str], out: dict[str, str], urls: dict[str, str]) -> dict[str, float]:
    """F1 per site (host of the gold URL), to see which sites the rules fail on."""
    site_of = sites(urls)
    by_site: dict[str, list[str]] = {}
    for key in gold:
        by_site.setdefault(site_of.get(key, "?"), []).append(key)
    return {
        site: score_pages({k: gold[k] for k in keys}, {k: out.get(k, "") for k in keys})[2]
        for site, keys in by_site.items()
    }


def main() -> dict[str, float]:
    if not (AEB / "text").is_dir():
        return {}
    pages = read_pages(AEB / "text")
    gold = load_gold(AEB / "ground-truth.json")
    out = clean_pages(pages)
    precision, recall, f1 = score_pages(gold, out)
    rate = pages_per_second(list(pages.values()))
    end_to_end = extract_per_second(list(pages.values()))
    print(f"aeb_text: {len(out)} pages, precision {precision:.3f}, recall {recall:.3f}, f1 {f1:.3f}")
    print(f"aeb_text: clean_dump {rate:.0f} pages/s (best of {PASSES}), extract {end_to_end:.0f} pages/s")
    urls = load_urls(AEB / "ground-truth.json")
    if "--by-site" in sys.argv:
        scores = site_scores(gold, out, urls)
        for site, score in sorted(scores.items(), key=lambda kv: kv[1])[:20]:
            print(f"  {score:.3f}  {site}")
    metrics = {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "pages_per_s": rate,
        "extract_pages_per_s": end_to_end,
    }
    if "--cv" in sys.argv:
        metrics["f1_site_cv"] = cross_validate(pages, gold, urls)
        print(f"aeb_text: f1 held out by site ({CV_FOLDS} folds) {metrics['f1_site_cv']:.3f}")
    return metrics


if __name__ == "__main__":
    main()
