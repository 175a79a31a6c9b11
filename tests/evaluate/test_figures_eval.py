"""Scoring figures against gold: matching, category and attribute accuracy, the eval command."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newstally.cli import main
from newstally.evaluate.figures import Tally, score_page
from newstally.model import Figure, Period

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "benchmarks"


def _figure(value: float, sentence: str, **kw: object) -> Figure:
    return Figure(value=value, text=str(value), start=0, end=1, sentence=sentence, **kw)  # type: ignore[arg-type]


def _gold(value: float, snippet: str, **kw: object) -> dict[str, object]:
    return {"value": value, "high": None, "sentence_contains": snippet, "category": "other", **kw}


def test_matching_needs_value_and_sentence() -> None:
    tally = Tally()
    figures = [_figure(12, "Police detained 12 people."), _figure(12, "They seized 12 kg of TNT.")]
    gold = [_gold(12, "12 kg of TNT"), _gold(7, "7 rifles")]
    score_page("page", gold, figures, tally)
    assert (tally.tp, tally.fp, tally.fn) == (1, 1, 1)
    assert tally.metrics()["figure_f1"] == pytest.approx(0.5)


def test_of_one_value_in_a_sentence_the_figure_of_the_same_things_matches() -> None:
    tally = Tally()
    sentence = "The two sides will hold two exercises."
    figures = [
        _figure(2, sentence, counted="sides"),
        _figure(2, sentence, counted="exercises", category="trainings"),
    ]
    score_page(
        "page", [_gold(2, "hold two exercises", counted="exercises", category="trainings")], figures, tally
    )
    assert (tally.tp, tally.fp, tally.category_ok) == (1, 1, 1)


def test_category_and_attributes_are_scored_on_matches() -> None:
    tally = Tally()
    figure = _figure(
        140,
        "In 2023 the KNB detained 140 members of extremist groups.",
        category="detained",
        counted="members of extremist groups",
        period=Period("2023-01-01", "2023-12-31", "in 2023"),
        place="Kazakhstan",
        actor="National Security Committee",
        trigger="detained",
    )
    gold = _gold(
        140,
        "140 members",
        category="detained",
        counted="members of extremist groups",
        period={"start": "2023-01-01", "end": "2023-12-31"},
        place="Kazakhstan",
        actor="National Security Committee",
        trigger="detained",
        kind="count",
    )
    score_page("page", [gold], [figure], tally)
    metrics = tally.metrics()
    assert metrics["category_acc"] == 1.0
    assert metrics["attribute_acc"] == 1.0


def test_a_figure_of_another_category_is_listed_with_its_trigger() -> None:
    tally = Tally()
    figures = [_figure(9, "9 cells were dismantled.", category="other"), _figure(5, "5 were detained.")]
    gold = [_gold(9, "9 cells", category="neutralized"), _gold(5, "5 were")]
    score_page("page", gold, figures, tally)
    assert tally.category_ok == 1
    assert tally.misses == [
        "page: '9' is other (trigger None), gold neutralized in '9 cells were dismantled.'"
    ]


def test_counted_nouns_compare_by_content_words() -> None:
    tally = Tally()
    figure = _figure(
        12, "Officers seized 12 kg of explosives.", counted="kg of explosives", unit="kg", kind="measure"
    )
    score_page("page", [_gold(12, "12 kg", counted="explosives", unit="kg", kind="measure")], [figure], tally)
    assert tally.attribute_ok["counted"] == 1


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_eval_command_on_the_project_set(split: str) -> None:
    folder = ROOT / "tests" / "fixtures" / "pages" / split
    if not (folder / "gold.json").exists():
        pytest.skip(f"no {split} gold set yet")
    result = CliRunner().invoke(main, ["eval", str(folder), "--json"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.output)[str(folder)]
    assert {"figure_f1", "category_acc", "attribute_acc", "clean_f1"} <= set(metrics)
    assert metrics["gold_text_figure_f1"] > 0.8


def test_eval_command_needs_something_to_score() -> None:
    result = CliRunner().invoke(main, ["eval"])
    assert result.exit_code == 2
    assert "GOLD_DIR" in result.output


@pytest.mark.skipif(not (SHARED / "newsquant").is_dir(), reason="../shared/benchmarks is absent")
def test_eval_command_scores_the_public_benchmarks() -> None:
    exe = shutil.which("newstally") or ""
    cmd = [exe] if exe else [sys.executable, "-c", "from newstally.cli import main; main()"]
    result = subprocess.run(
        [*cmd, "eval", "--benchmarks", str(SHARED), "--json"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    assert scores["newsquant"]["value_f1"] > 0.9
    assert scores["aeb_text"]["clean_f1"] > 0.5
