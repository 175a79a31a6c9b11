"""The library behind `newstally eval`: run the project's extraction on a gold set and score it.

Each function runs the same pipeline as `newstally extract` (readers, cleaning, figures) and
returns a flat {metric: value} dict, so that the CLI, the benchmarks and the tests share one path.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newstally import pipeline
from newstally.evaluate import aeb, figures, newsquant
from newstally.figures import Indicators
from newstally.model import Document
from newstally.readers import read_sources
from newstally.readers.jsonl import read_jsonl


def _stages(indicators: Indicators | None) -> list[pipeline.Stage] | None:
    return None if indicators is None else [pipeline.clean_stage, pipeline.figures_stage(indicators)]


def evaluate_gold(
    folder: str | Path, indicators: Indicators | None = None
) -> tuple[dict[str, float], list[str]]:
    """Figure and cleaning metrics on a fixtures folder with a gold.json, and the misses.

    Also scores figures extracted from the gold bodies (`gold_text_figure_f1`, …), which tells the
    figure extractor's errors from the cleaner's.
    """
    gold = figures.load_gold(folder)
    paths = [str(Path(folder) / name) for name in sorted(gold) if (Path(folder) / name).exists()]
    docs = [
        (Path(doc.source).name, doc)
        for doc in pipeline.run(read_sources(paths), _stages(indicators))
        if isinstance(doc, Document)
    ]
    metrics, misses = figures.score_with_misses(gold, docs)
    on_gold, _ = figures.score_with_misses(gold, figures.gold_text_documents(gold, indicators))
    for key in ("figure_f1", "category_acc", "attribute_acc"):
        metrics[f"gold_text_{key}"] = on_gold[key]
    return metrics, misses


def newsquant_outputs(
    path: str | Path, indicators: Indicators | None = None
) -> dict[str, list[dict[str, Any]]]:
    """Our figures for every NewsQuant sentence, read as the JSONL records `extract` reads."""
    gold = newsquant.load_gold(path)
    data = "\n".join(json.dumps(r) for r in newsquant.to_records(gold)).encode("utf-8")
    docs = [
        d for d in pipeline.run(read_jsonl(data, str(path)), _stages(indicators)) if isinstance(d, Document)
    ]
    return newsquant.outputs_of(docs)


def evaluate_newsquant(path: str | Path, indicators: Indicators | None = None) -> dict[str, float]:
    """NewsQuant value and value+unit scores of our extraction."""
    return newsquant.score(newsquant.load_gold(path), newsquant_outputs(path, indicators))


def evaluate_aeb_text(folder: str | Path) -> dict[str, float]:
    """Cleaning scores on the AEB text dumps (folder holding text/ and ground-truth.json)."""
    folder = Path(folder)
    gold = aeb.load_gold(folder / "ground-truth.json")
    paths = sorted(str(p) for p in (folder / "text").glob("*.txt"))
    out = {
        aeb.page_id(doc.source): doc.text
        for doc in pipeline.run(read_sources(paths), [pipeline.clean_stage])
        if isinstance(doc, Document)
    }
    p, r, f1 = aeb.score_pages(gold, out)
    return {"clean_p": p, "clean_r": r, "clean_f1": f1}
