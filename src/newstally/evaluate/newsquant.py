"""NewsQuant value scoring as a library; agrees with ../shared/tools/newsquant_score.py.

Gold quantities are matched one-to-one per sentence: a gold "a-b" is a range (value a, high b), a
plain gold value matches a figure with that value and no high. "value+unit" also needs a word stem
(first four letters) shared between the gold unit (or its normalised form) and the figure's unit
or counted noun.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from newstally.model import Document, Figure

_RANGE = re.compile(r"\s*(-?[\d.]+)\s*-\s*(-?[\d.]+)\s*")
_STEM_WORDS = re.compile(r"[a-z$%€£¥]+")
_SKIP = {"of", "the", "a", "per"}


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """The NewsQuant sentences with their gold quantities."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise ValueError(f"{path}: NewsQuant.json must be a JSON list of sentences")
    return data


def to_records(gold: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The JSONL input records for `newstally extract`: {"id": index, "text": sentence}."""
    return [{"id": i, "text": g["text"]} for i, g in enumerate(gold)]


def figure_dicts(figures: Iterable[Figure]) -> list[dict[str, Any]]:
    """Figures as the scorer reads them (the same fields `extract` writes)."""
    return [{"value": f.value, "high": f.high, "unit": f.unit, "counted": f.counted} for f in figures]


def outputs_of(docs: Iterable[Document]) -> dict[str, list[dict[str, Any]]]:
    """{id: figure dicts} from extracted documents whose ids are the sentence indices."""
    return {doc.id: figure_dicts(doc.figures) for doc in docs}


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def _gold_range(value: str) -> tuple[float, float | None]:
    m = _RANGE.fullmatch(value)
    return (float(m.group(1)), float(m.group(2))) if m else (float(value), None)


def _stems(text: str | None) -> set[str]:
    return {w[:4] for w in _STEM_WORDS.findall((text or "").lower()) if w not in _SKIP}


def _figure_range(fig: Mapping[str, Any]) -> tuple[float, float | None] | None:
    try:
        value = float(fig.get("value"))  # type: ignore[arg-type]  # checked by the except
    except (TypeError, ValueError):
        return None
    try:
        high = None if fig.get("high") is None else float(fig["high"])
    except (TypeError, ValueError):
        high = None
    if high is not None and _close(high, value):
        high = None
    return value, high


def score(
    gold: Sequence[Mapping[str, Any]], outputs: Mapping[str, Sequence[Mapping[str, Any]]]
) -> dict[str, float]:
    """Value and value+unit precision, recall and F1 of `outputs` ({sentence id: figures})."""
    tp = tpu = fp = fn = 0
    for i, g in enumerate(gold):
        figs = []
        for f in outputs.get(str(i), []):
            rng = _figure_range(f)
            if rng is not None:
                figs.append((*rng, f))
        used: set[int] = set()
        for q in g["quantities"]:
            lo, hi = _gold_range(q["value"])
            hit = next(
                (
                    j
                    for j, (v, h, _) in enumerate(figs)
                    if j not in used
                    and _close(v, lo)
                    and ((hi is None and h is None) or (hi is not None and h is not None and _close(h, hi)))
                ),
                None,
            )
            if hit is None:
                fn += 1
                continue
            used.add(hit)
            tp += 1
            f = figs[hit][2]
            found = _stems(f.get("unit")) | _stems(f.get("counted"))
            tpu += bool(_stems(q["unit"]) & found or _stems(q["normalized_unit"]) & found)
        fp += len(figs) - len(used)
    return _metrics(tp, tpu, fp, fn)


def _metrics(tp: int, tpu: int, fp: int, fn: int) -> dict[str, float]:
    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    pu = tpu / (tp + fp) if tp + fp else 0.0
    ru = tpu / (tp + fn) if tp + fn else 0.0
    return {"value_p": p, "value_r": r, "value_f1": f1(p, r), "value_unit_f1": f1(pu, ru)}
