"""The NewsQuant scorer agrees with the reference scorer in ../shared/tools."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newstally.evaluate import newsquant

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
GOLD = [
    {
        "text": "Police detained 140 people.",
        "quantities": [{"value": "140", "unit": "people", "normalized_unit": "people"}],
    },
    {
        "text": "Terms of 6 to 18 years.",
        "quantities": [{"value": "6-18", "unit": "years", "normalized_unit": "year"}],
    },
    {
        "text": "Fines of $7 million.",
        "quantities": [{"value": "7000000", "unit": "$", "normalized_unit": "dollar"}],
    },
]


@pytest.mark.parametrize(
    ("outputs", "expected"),
    [
        ({}, (0.0, 0.0)),
        (
            {
                "0": [{"value": 140, "high": None, "unit": None, "counted": "people"}],
                "1": [{"value": 6, "high": 18, "unit": "year", "counted": None}],
                "2": [{"value": 7e6, "high": None, "unit": "USD", "counted": "dollars"}],
            },
            (1.0, 1.0),
        ),
        (
            {
                "0": [
                    {"value": 140, "high": None, "unit": None, "counted": "men"},
                    {"value": 2, "high": None},
                ],
                "1": [{"value": 6, "high": None, "unit": "year", "counted": None}],
            },
            (0.333, 0.0),
        ),
    ],
    ids=["nothing", "all", "partial"],
)
def test_score(outputs: dict[str, list[dict[str, object]]], expected: tuple[float, float]) -> None:
    scores = newsquant.score(GOLD, outputs)
    assert (round(scores["value_f1"], 3), round(scores["value_unit_f1"], 3)) == expected


@pytest.mark.skipif(not (SHARED / "tools" / "newsquant_score.py").exists(), reason="../shared is absent")
def test_agrees_with_the_reference_scorer(tmp_path: Path) -> None:
    gold_path = tmp_path / "gold.json"
    gold_path.write_text(json.dumps(GOLD), encoding="utf-8")
    outputs = {
        "0": [{"value": 140, "high": None, "unit": None, "counted": "men"}, {"value": 2, "high": None}],
        "1": [{"value": 6, "high": 18, "unit": "year", "counted": None}],
        "2": [{"value": 7e6, "high": None, "unit": "USD", "counted": "dollars"}],
    }
    out_path = tmp_path / "out.jsonl"
    out_path.write_text("".join(json.dumps({"id": k, "figures": v}) + "\n" for k, v in outputs.items()))
    ref = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "newsquant_score.py"), str(gold_path), str(out_path)],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    ours = newsquant.score(GOLD, outputs)
    assert f"F1 {ours['value_f1']:.3f}; value+unit F1 {ours['value_unit_f1']:.3f}" in ref
