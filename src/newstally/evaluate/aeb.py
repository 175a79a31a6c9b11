"""The article-extraction-benchmark (AEB) metric as a library.

Each body becomes a multiset of 4-word shingles over `\\w+` tokens; per page, true and false
positives and negatives are normalised by their sum; precision and recall are averaged over pages
and F1 is taken of the means. This matches ../shared/tools/aeb_score.py to the last digit.
"""

from __future__ import annotations

import json
import os
import re
import statistics
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

_TOKEN = re.compile(r"\w+", re.UNICODE)


class GoldFormatError(ValueError):
    """The ground-truth file is not a JSON object of {id: {"articleBody": ...}}."""


def shingles(text: str | None, n: int = 4) -> Counter[tuple[str, ...]]:
    """The multiset of `n`-word shingles of `text`; a text shorter than `n` words is one shingle.

    >>> sorted(shingles("one two three four five").items())
    [(('one', 'two', 'three', 'four'), 1), (('two', 'three', 'four', 'five'), 1)]
    >>> shingles("just two")
    Counter({('just', 'two'): 1})
    """
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def page_scores(gold: str, out: str) -> tuple[float, float, float] | None:
    """Normalised (tp, fp, fn) shingle shares of one page, or None when both sides are empty."""
    a, b = shingles(gold), shingles(out)
    tp = sum((a & b).values())
    fp = sum((b - a).values())
    fn = sum((a - b).values())
    total = tp + fp + fn
    if not total:
        return None
    return tp / total, fp / total, fn / total


def score_pages(gold: dict[str, str], out: dict[str, str]) -> tuple[float, float, float]:
    """(precision, recall, f1) of `out` against `gold`, both keyed by page id; missing pages are empty.

    >>> score_pages({"a": "one two three four five"}, {"a": "one two three four"})
    (1.0, 0.5, 0.6666666666666666)
    """
    precisions: list[float] = []
    recalls: list[float] = []
    for key, body in gold.items():
        shares = page_scores(body, out.get(key, ""))
        if shares is None:
            continue
        tp, fp, fn = shares
        if fp == fn == 0:
            p = r = 1.0
        else:
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
        if tp + fp > 0:
            precisions.append(p)
        if tp + fn > 0:
            recalls.append(r)
    p = statistics.mean(precisions) if precisions else 0.0
    r = statistics.mean(recalls) if recalls else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def page_id(source: str) -> str:
    """The page id of an output record: its file name up to the first dot.

    >>> page_id("../shared/benchmarks/aeb/text/04a6711c.txt")
    '04a6711c'
    """
    return os.path.basename(source).split(".")[0]


def load_gold(path: str | Path) -> dict[str, str]:
    """Gold article bodies by page id from an AEB ground-truth JSON file."""
    return {key: value["articleBody"] for key, value in _load_gold_records(path).items()}


def load_urls(path: str | Path) -> dict[str, str]:
    """Page URLs by page id from an AEB ground-truth JSON file (for grouping pages by site)."""
    return {key: value.get("url") or "" for key, value in _load_gold_records(path).items()}


def _load_gold_records(path: str | Path) -> dict[str, dict[str, str]]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not all(
        isinstance(v, dict) and "articleBody" in v for v in data.values()
    ):
        raise GoldFormatError(f"{path}: expected a JSON object of {{id: {{'articleBody': ...}}}}")
    return data


def load_extract(lines: Iterable[str]) -> dict[str, str]:
    """Extracted bodies by page id from `newstally extract --format jsonl` output lines."""
    out: dict[str, str] = {}
    for line in lines:
        if line.strip():
            record = json.loads(line)
            out[page_id(str(record.get("source", "")))] = record.get("text") or ""
    return out
