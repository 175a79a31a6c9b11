"""The sample corpus, ingested as `make demo` does: every page reachable from the start answers.

A crawler follows the links of every page from / (up to a bound) and asks each page and its JSON
twin; each view of the demo must also show something.
"""

from __future__ import annotations

import re
from collections import deque
from html import unescape
from pathlib import Path
from typing import Any

import pytest

from newstally.store import ingest
from newstally.web import WebApp

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
MAX_PAGES = 250


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, client_for: Any) -> Any:
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    ingest([str(CORPUS)], db)
    return client_for(WebApp(db))


def links(html: str) -> list[str]:
    return [
        unescape(h) for h in re.findall(r'href="(/[^"#]*)', html) if not h.startswith(("/static/", "/api/"))
    ]


def test_every_reachable_page_and_twin_answer(demo: Any) -> None:
    seen, todo = {"/"}, deque(["/"])
    while todo and len(seen) <= MAX_PAGES:
        url = todo.popleft()
        page = demo.get(url)
        assert page.status == 200, url
        twin = demo.get("/api" + url)
        assert twin.status == 200, url
        data = twin.json()
        if "rows" in data:
            assert re.findall(r'data-row="(\d+)"', page.text) == [str(r["id"]) for r in data["rows"]], url
        for link in links(page.text):
            if link not in seen:
                seen.add(link)
                todo.append(link)
    assert len(seen) > 40


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("/api/search?q=KNB", "rows"),
        ("/api/figures?category=detained", "rows"),
        ("/api/claims?conflicts=1", "rows"),
        ("/api/", "categories"),
    ],
)
def test_each_view_shows_something(demo: Any, url: str, key: str) -> None:
    assert demo.get(url).json()[key]


def test_the_timeline_follows_a_figure_over_the_years(demo: Any) -> None:
    data = demo.get("/api/timeline?category=detained").json()
    years = {int(p["x"]) for s in data["series"] for p in s["points"]}
    assert len(years) >= 3
