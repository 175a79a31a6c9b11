"""Score extracted figures against the project's gold pages (docs/dev/gold-format.md).

A predicted figure matches a gold figure when the values (and range ends) agree and the predicted
sentence contains the gold `sentence_contains` snippet; matching is one-to-one within a page, and
of several such figures it takes the one that counts what the gold figure counts.
Figure precision, recall and F1 count matches; category and attribute accuracies are taken over the
matched pairs. Cleaning is scored with the AEB shingle metric over the gold body paragraphs.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newstally.evaluate.aeb import score_pages
from newstally.figures import Indicators, extract_figures
from newstally.model import Document, Figure

ATTRIBUTES = (
    "qualifier", "kind", "unit", "counted", "trigger", "negated", "period", "recurrence", "stock",
    "place", "actor",
)  # fmt: skip
# Words that say nothing about what is counted, and units, ignored when comparing counted nouns.
_FILLER = {"of", "the", "a", "an", "and", "in", "percent", "kg", "dollars", "tenge", "years", "и", "в"}


class GoldError(ValueError):
    """A gold folder without a readable gold.json; the message says what is expected."""


@dataclass(slots=True)
class Tally:
    """Running counts of one evaluation."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    category_ok: int = 0
    attribute_ok: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ATTRIBUTES, 0))
    misses: list[str] = field(default_factory=list)

    def metrics(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        out = {
            "figure_p": p,
            "figure_r": r,
            "figure_f1": 2 * p * r / (p + r) if p + r else 0.0,
            "category_acc": self.category_ok / self.tp if self.tp else 0.0,
        }
        for name, ok in self.attribute_ok.items():
            out[f"{name}_acc"] = ok / self.tp if self.tp else 0.0
        out["attribute_acc"] = sum(out[f"{a}_acc"] for a in ATTRIBUTES) / len(ATTRIBUTES)
        return out


def load_gold(folder: str | Path) -> dict[str, dict[str, Any]]:
    """The gold of a fixtures folder: {file name: gold record}."""
    path = Path(folder) / "gold.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GoldError(f"{path}: cannot read the gold file ({exc}); see docs/dev/gold-format.md") from exc
    if not isinstance(data, dict):
        raise GoldError(f"{path}: the gold file must be a JSON object of {{file name: gold}}")
    return data


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def _fold(s: str) -> str:
    return " ".join(s.split()).casefold()


def _stems(s: str | None) -> set[str]:
    return {w[:5] for w in re.findall(r"\w+", (s or "").casefold()) if w not in _FILLER}


def _same_counted(gold: str | None, got: str | None) -> bool:
    """Counted nouns agree when one's content words hold the other's: "kg of explosives" ~ "explosives"."""
    a, b = _stems(gold), _stems(got)
    return a == b or (bool(a) and bool(b) and (a <= b or b <= a))


def _same_text(gold: str | None, got: str | None) -> bool:
    if gold is None or got is None:
        return gold is got
    g, o = _fold(gold), _fold(got)
    return g == o or g in o or o in g


def _same_period(gold: dict[str, Any] | None, got: Figure) -> bool:
    if gold is None or got.period is None:
        return gold is None and got.period is None
    return bool(gold.get("start") == got.period.start and gold.get("end") == got.period.end)


_CHECKS: dict[str, Callable[[dict[str, Any], Figure], bool]] = {
    "qualifier": lambda g, f: g.get("qualifier") == f.qualifier,
    "kind": lambda g, f: g.get("kind", "count") == f.kind,
    "unit": lambda g, f: g.get("unit") == f.unit,
    "counted": lambda g, f: _same_counted(g.get("counted"), f.counted),
    "trigger": lambda g, f: _same_text(g.get("trigger"), f.trigger),
    "negated": lambda g, f: bool(g.get("negated")) == f.negated,
    "period": lambda g, f: _same_period(g.get("period"), f),
    "recurrence": lambda g, f: g.get("recurrence") == f.recurrence,
    "stock": lambda g, f: bool(g.get("stock")) == f.stock,
    "place": lambda g, f: _same_text(g.get("place"), f.place),
    "actor": lambda g, f: _same_text(g.get("actor"), f.actor),
}


def score_page(name: str, gold: list[dict[str, Any]], figures: list[Figure], tally: Tally) -> None:
    """Match one page's figures to its gold and add the outcome to `tally`."""
    used: set[int] = set()
    for g in gold:
        snippet = _fold(str(g.get("sentence_contains", "")))
        hits = [
            j
            for j, f in enumerate(figures)
            if j not in used
            and _close(f.value, g["value"])
            and _close(f.high, g.get("high"))
            and snippet in _fold(f.sentence)
        ]
        # Of figures with one value in one sentence ("the two sides will hold two exercises"), the
        # one that counts what the gold's counts.
        hit = next((j for j in hits if _same_counted(g.get("counted"), figures[j].counted)), None)
        hit = hit if hit is not None or not hits else hits[0]
        if hit is None:
            tally.fn += 1
            tally.misses.append(f"{name}: missed {g['value']} ({g.get('sentence_contains')!r})")
            continue
        used.add(hit)
        tally.tp += 1
        f = figures[hit]
        category = g.get("category", "other")
        if f.category == category:
            tally.category_ok += 1
        else:
            tally.misses.append(
                f"{name}: {f.text!r} is {f.category} (trigger {f.trigger!r}), gold {category} "
                f"in {f.sentence[:80]!r}"
            )
        for attr, check in _CHECKS.items():
            tally.attribute_ok[attr] += check(g, f)
    for j, f in enumerate(figures):
        if j not in used:
            tally.fp += 1
            tally.misses.append(f"{name}: extra {f.text!r} in {f.sentence[:80]!r}")


def score_documents(
    gold: dict[str, dict[str, Any]], docs: Iterable[tuple[str, Document]]
) -> dict[str, float]:
    """Figure and cleaning metrics of `docs` ((file name, Document) pairs) against `gold`."""
    metrics, _ = score_with_misses(gold, docs)
    return metrics


def score_with_misses(
    gold: dict[str, dict[str, Any]], docs: Iterable[tuple[str, Document]]
) -> tuple[dict[str, float], list[str]]:
    """As score_documents, plus one line per missed or extra figure and per figure of another category."""
    tally = Tally()
    bodies, outs = {}, {}
    seen = set()
    for name, doc in docs:
        if name not in gold:
            continue
        seen.add(name)
        score_page(name, gold[name].get("figures", []), doc.figures, tally)
        bodies[name] = "\n\n".join(gold[name].get("body", []))
        outs[name] = doc.text
    for name in gold.keys() - seen:
        tally.fn += len(gold[name].get("figures", []))
        bodies[name] = "\n\n".join(gold[name].get("body", []))
    metrics = tally.metrics()
    metrics["clean_p"], metrics["clean_r"], metrics["clean_f1"] = score_pages(bodies, outs)
    metrics["pages"] = float(len(gold))
    return metrics, tally.misses


def gold_text_documents(
    gold: dict[str, dict[str, Any]], indicators: Indicators | None = None
) -> Iterable[tuple[str, Document]]:
    """Documents made from the gold bodies, figures extracted: scores figures apart from cleaning."""
    for name, record in gold.items():
        doc = Document(
            id=name,
            source=name,
            paragraphs=list(record.get("body", [])),
            title=record.get("title"),
            published=record.get("published"),
            language=record.get("language"),
        )
        doc.figures = extract_figures(
            doc.text, published=doc.published, language=doc.language, title=doc.title, indicators=indicators
        )
        yield name, doc
