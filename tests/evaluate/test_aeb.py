"""The AEB metric as a library agrees with the reference scorer in ../shared/tools."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from newstally.clean import clean_dump
from newstally.evaluate.aeb import load_extract, load_gold, page_id, score_pages, shingles

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SCORER = SHARED / "tools" / "aeb_score.py"
AEB = SHARED / "benchmarks" / "aeb"


@pytest.mark.parametrize(
    ("gold", "out", "expected"),
    [
        pytest.param("one two three four five", "one two three four five", (1.0, 1.0, 1.0), id="same"),
        pytest.param("one two three four five", "", (0.0, 0.0, 0.0), id="empty-output"),
        pytest.param("one two three four five", "one two three four", (1.0, 0.5, 2 / 3), id="half"),
        pytest.param("a b", "a b", (1.0, 1.0, 1.0), id="short-texts"),
    ],
)
def test_score_pages_small_cases(gold: str, out: str, expected: tuple[float, float, float]) -> None:
    assert score_pages({"p": gold}, {"p": out}) == pytest.approx(expected)


def test_shingles_count_repeats() -> None:
    assert shingles("a b c d a b c d")[("a", "b", "c", "d")] == 2


def test_load_extract_keys_by_file_id() -> None:
    lines = [json.dumps({"source": "x/abc123.txt", "text": "body"}), "", json.dumps({"source": "def.html"})]
    assert load_extract(lines) == {"abc123": "body", "def": ""}


@pytest.mark.skipif(not SCORER.is_file() or not (AEB / "text").is_dir(), reason="../shared is absent")
def test_agrees_with_the_reference_scorer(tmp_path: Path) -> None:
    records = []
    for path in sorted((AEB / "text").glob("*.txt")):
        text = "\n\n".join(clean_dump(path.read_text(encoding="utf-8")).paragraphs)
        records.append({"source": str(path), "text": text})
    out = tmp_path / "out.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    ran = subprocess.run(
        [sys.executable, str(SCORER), str(AEB / "ground-truth.json"), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    found = re.search(r"precision ([\d.]+), recall ([\d.]+), f1 ([\d.]+)", ran.stdout)
    assert found, ran.stdout + ran.stderr
    ours = score_pages(load_gold(AEB / "ground-truth.json"), load_extract(out.read_text().splitlines()))
    assert [f"{x:.3f}" for x in ours] == list(found.groups())
    assert {page_id(r["source"]) for r in records} == set(load_gold(AEB / "ground-truth.json"))
