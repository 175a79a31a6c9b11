"""NewsQuant: our figures and quantulum3's on the same 590 sentences, scored by the same scorer.

Builds the JSONL that `newstally extract` reads ({"id": index, "text": sentence}) from
../shared/benchmarks/newsquant/NewsQuant.json, runs our extraction on it through the same readers
and pipeline as the CLI, runs quantulum3 on the same sentences, maps both to {value, high, unit,
counted} and scores both with newstally.evaluate.newsquant (which agrees with
../shared/tools/newsquant_score.py). Prints the two side by side.

usage: python benchmarks/newsquant.py
"""

from __future__ import annotations

import time
import warnings
from pathlib import Path
from typing import Any

from newstally.evaluate import newsquant
from newstally.evaluate.run import newsquant_outputs

ROOT = Path(__file__).resolve().parent.parent
NEWSQUANT = ROOT.parent / "shared" / "benchmarks" / "newsquant" / "NewsQuant.json"


def quantulum_outputs(gold: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """quantulum3's quantities for every sentence, as the scorer reads figures."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # it warns that its optional classifier is not installed
        from quantulum3 import parser

        out = {}
        for i, g in enumerate(gold):
            figures = []
            for q in parser.parse(g["text"]):
                unit = None if q.unit.name == "dimensionless" else q.unit.name
                # A range comes as its middle and half-width: "6 to 18 years" is 12 ± 6. Its
                # surface ("12 kg") stands as the counted words, which reproduces the published
                # quantulum3 scores with this scorer (value F1 0.728, value+unit F1 0.487).
                low, high = q.value, None
                if q.uncertainty:
                    low, high = q.value - q.uncertainty, q.value + q.uncertainty
                figures.append({"value": low, "high": high, "unit": unit, "counted": q.surface})
            out[str(i)] = figures
    return out


def main() -> dict[str, float]:
    if not NEWSQUANT.exists():
        return {}
    gold = newsquant.load_gold(NEWSQUANT)
    start = time.perf_counter()
    ours = newsquant.score(gold, newsquant_outputs(NEWSQUANT))
    ours_s = time.perf_counter() - start
    start = time.perf_counter()
    theirs = newsquant.score(gold, quantulum_outputs(gold))
    theirs_s = time.perf_counter() - start
    print(f"newsquant: {len(gold)} sentences, scored as ../shared/tools/newsquant_score.py scores them")
    print(f"  {'':16} {'newstally':>10} {'quantulum3':>11}")
    for key in ("value_p", "value_r", "value_f1", "value_unit_f1"):
        print(f"  {key:16} {ours[key]:>10.3f} {theirs[key]:>11.3f}")
    print(f"  {'seconds':16} {ours_s:>10.2f} {theirs_s:>11.2f}")
    return {**ours, **{f"quantulum3_{k}": v for k, v in theirs.items()}}


if __name__ == "__main__":
    main()
