"""The pipeline's promise: a page on which newstally itself fails is one error, and the run goes on."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newstally import pipeline
from newstally.model import Document, RawDocument, ReadError
from newstally.store import ingest
from newstally.store.connection import connect

GOOD = "Police detained 12 people in Almaty on Monday, the interior ministry said in a statement."
BAD = "This page trips over a bug, and 5 figures would follow it."


def _tripping(real: Callable[..., Any]) -> Callable[..., Any]:
    """`real`, but raising on the text of BAD."""

    def step(text: str, *args: Any, **kwargs: Any) -> Any:
        if "trips over a bug" in text:
            raise ValueError("boom")
        return real(text, *args, **kwargs)

    return step


@pytest.mark.parametrize(
    ("step", "doing"), [("clean_dump", "cleaning"), ("extract_figures", "finding the figures of")]
)
def test_a_page_that_trips_a_stage_is_one_error_naming_it_and_the_next_page_is_read(
    step: str, doing: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, step, _tripping(getattr(pipeline, step)))
    pages = [RawDocument(source="bad.txt", text=BAD), RawDocument(source="good.txt", text=GOOD)]
    bad, good = pipeline.run(pages)
    assert bad == ReadError(
        "bad.txt", f"newstally failed while {doing} this page (ValueError: boom); please report it"
    )
    assert isinstance(good, Document)
    assert [f.value for f in good.figures] == [12]


def test_ingest_counts_the_page_as_failed_and_stores_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "extract_figures", _tripping(pipeline.extract_figures))
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "bad.txt").write_text(BAD)
    (pages / "good.txt").write_text(GOOD)
    counts = ingest([str(pages)], tmp_path / "store.db", workers=1)
    assert (counts.added, counts.errors, counts.figures_added) == (1, 1, 1)
    with connect(tmp_path / "store.db") as conn:
        assert [r[0] for r in conn.execute("SELECT source FROM documents")] == [str(pages / "good.txt")]
