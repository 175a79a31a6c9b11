"""Stories: exact and near duplicates share one; different reports in the same wording do not.

tests/fixtures/corpus holds one press release republished three times (outlet-a; outlet-b with other
chrome and one sentence edited; outlet-c with other chrome and the detainee count changed) and the
same committee's report for another year in the same wording (annual-2021).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from newstally.dedupe.stories import THRESHOLD, facts, same_story, shingles, similarity, sketch
from newstally.model import RawDocument
from newstally.store import Writer, connect
from newstally.store.ingest import store_items

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"


def stories_of(db: Path, texts: dict[str, str]) -> dict[str, int]:
    """Ingest raw page texts by name and return each one's story."""
    conn = connect(db)
    writer = Writer(conn, "test")
    store_items([RawDocument(source=name, text=text) for name, text in texts.items()], writer)
    writer.finish()
    rows = dict(conn.execute("SELECT source, story_id FROM documents"))
    conn.close()
    return rows


def page(name: str) -> str:
    return (CORPUS / f"{name}.txt").read_text(encoding="utf-8")


def test_republished_copies_share_a_story_and_another_year_stays_apart(tmp_path: Path) -> None:
    names = ["outlet-a", "outlet-b", "outlet-c", "annual-2021"]
    story = stories_of(tmp_path / "s.db", {n: page(n) for n in names})
    assert story["outlet-a"] == story["outlet-b"] == story["outlet-c"]
    assert story["annual-2021"] != story["outlet-a"]


@pytest.mark.parametrize(
    "variant",
    [
        pytest.param(lambda paras: paras, id="same-body"),
        pytest.param(lambda paras: paras[:4], id="trimmed"),
        pytest.param(
            lambda paras: [
                *paras[:3],
                "Editor's note: this article was updated with the committee's figures "
                "for the previous quarter after its press office published them.",
                *paras[3:],
            ],
            id="paragraph-added",
        ),
    ],
)
def test_a_near_copy_joins_the_story(tmp_path: Path, variant: Callable[[list[str]], list[str]]) -> None:
    original = page("outlet-a")
    paras = original.split("\n\n")[1:-1]
    copy = "\n\n".join(["Other outlet | Latest | Video", *variant(paras), "Cookies | About"])
    story = stories_of(tmp_path / "s.db", {"original": original, "copy": copy})
    assert story["original"] == story["copy"]


def test_a_document_arriving_between_two_stories_merges_them(tmp_path: Path) -> None:
    paras = page("outlet-a").split("\n\n")[1:-1]
    head, tail = paras[:4], paras[4:]
    db = tmp_path / "s.db"
    first = stories_of(db, {"head": "\n\n".join(head), "tail": "\n\n".join(tail)})
    assert first["head"] != first["tail"]
    after = stories_of(db, {"full": "\n\n".join(paras)})
    assert after["head"] == after["tail"] == after["full"]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM stories").fetchone()[0] == 1


def test_empty_texts_are_each_their_own_story(tmp_path: Path) -> None:
    story = stories_of(tmp_path / "s.db", {"a": "Menu\n\nHome", "b": "Menu\n\nHome"})
    assert story["a"] != story["b"]


def test_similarity_estimates_jaccard() -> None:
    a = " ".join(f"word{i}" for i in range(400))
    b = " ".join(f"word{i}" for i in range(200, 600))
    exact = len(shingles(a) & shingles(b)) / len(shingles(a) | shingles(b))
    sa, sb = sketch(a), sketch(b)
    assert sa is not None and sb is not None
    assert abs(similarity(sa.signature, sb.signature) - exact) < 0.12


def test_same_story_needs_shared_facts_when_both_texts_have_numbers() -> None:
    a = sketch(page("outlet-a").split("\n\n", 2)[2])
    b = sketch(page("annual-2021").split("\n\n", 2)[2])
    assert a is not None and b is not None
    assert similarity(a.signature, b.signature) >= THRESHOLD
    assert not same_story(a.signature, b.signature, a.facts, b.facts)
    assert same_story(a.signature, b.signature, "", b.facts)


def test_facts_are_the_distinct_numbers() -> None:
    assert facts("48 members, 48 phones and 12 laptops in 2022") == "12 2022 48"
