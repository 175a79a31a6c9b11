"""The app in-process: every view answers, every JSON twin holds the same rows as its page."""

from __future__ import annotations

import re
from typing import Any

import pytest

PAGES = [
    "/",
    "/search",
    "/search?q=extremist",
    "/search?q=extremist&outlet=steppe-herald.example&language=en&from=2023&to=2024-01",
    "/figures",
    "/figures?category=detained",
    "/figures?category=detained&place=Kazakhstan&sort=value&order=asc",
    "/figures?counted=members&actor=Committee&from=2023-01&to=2023",
    "/timeline",
    "/timeline?category=detained",
    "/timeline?category=detained&by=place",
    "/claims",
    "/claims?conflicts=1",
    "/claims?category=prevented",
    "/stories",
]


@pytest.mark.parametrize("url", PAGES)
def test_every_page_and_its_twin_answer(client: Any, url: str) -> None:
    page = client.get(url)
    assert page.status == 200, page.text
    assert page.headers["Content-Type"] == "text/html; charset=utf-8"
    twin = client.get("/api" + url)
    assert twin.status == 200, twin.text
    assert twin.headers["Content-Type"] == "application/json"
    assert f'href="/api{url.replace("&", "&amp;")}"' in page.text


@pytest.mark.parametrize(
    "url",
    [
        "/figures?category=detained",
        "/figures?sort=value&order=asc&limit=3&page=2",
        "/search?q=extremist",
        "/claims",
        "/stories",
    ],
)
def test_the_twin_holds_the_rows_of_the_page(client: Any, url: str) -> None:
    rows = client.get("/api" + url).json()["rows"]
    assert rows
    assert re.findall(r'data-row="(\d+)"', client.get(url).text) == [str(r["id"]) for r in rows]


def test_figures_of_a_category_carry_sentence_and_source(client: Any) -> None:
    data = client.get("/api/figures?category=detained").json()
    assert {f["category"] for f in data["rows"]} == {"detained"}
    assert {f["value"] for f in data["rows"]} == {140, 145, 120, 98, 7}
    for fig in data["rows"]:
        assert fig["text"] in fig["sentence"]
        assert fig["outlet"] and fig["document_id"] and fig["title"]
        assert fig["source"].endswith(".txt") or fig["source"].startswith("http")


def test_pagination_walks_every_figure_once(client: Any) -> None:
    seen, page = [], 1
    while page:
        data = client.get(f"/api/figures?limit=4&page={page}&sort=value").json()
        seen += [f["id"] for f in data["rows"]]
        page = data["next_page"]
    assert sorted(seen) == sorted(f["id"] for f in client.get("/api/figures?limit=500").json()["rows"])
    assert len(seen) == len(set(seen)) == 12


def test_figures_sort_by_value(client: Any) -> None:
    values = [f["value"] for f in client.get("/api/figures?sort=value&order=asc").json()["rows"]]
    assert values == sorted(values)


def test_timeline_marks_the_conflicting_values(client: Any) -> None:
    data = client.get("/api/timeline?category=detained").json()
    points = {(s["name"], p["value"]): p for s in data["series"] for p in s["points"]}
    assert points[("caravan-news.example", 145)]["conflict"]
    assert points[("steppe-herald.example", 140)]["conflict"]
    assert not points[("steppe-herald.example", 120)]["conflict"]
    assert [p["value"] for p in data["series"][0]["points"]] == [98, 120, 140]


def test_claims_put_conflicting_values_side_by_side(client: Any) -> None:
    data = client.get("/api/claims?conflicts=1").json()
    values = {c["value"]: [r["value"] for r in c["conflicts_with"]] for c in data["rows"]}
    assert values == {140: [145], 145: [140]}
    sources = {c["value"]: {s["outlet"] for s in c["sources"]} for c in data["rows"]}
    # The Russian page's "140 членов … в Казахстане" is the same claim as the English "140 … in Kazakhstan".
    assert sources[140] == {"steppe-herald.example", "nomad-daily.example", "yurta.example"}


def test_document_shows_its_figures_and_removed_chrome(client: Any) -> None:
    (row,) = client.get("/api/search?q=%22foreign citizens%22&outlet=steppe-herald.example").json()["rows"]
    data = client.get(f"/api/documents/{row['id']}").json()
    text = data["document"]["text"]
    assert [text[f["start"] : f["end"]] for f in data["figures"]] == ["140", "12", "31"]
    assert any("STEPPE HERALD" in block for block in data["removed"])
    html = client.get(f"/documents/{row['id']}").text
    assert re.search(r'<mark class="fig cat-detained" id="fig-\d+"[^>]*>140</mark>', html)
    assert "<del>STEPPE HERALD</del>" in html


def test_story_lists_its_republications(client: Any) -> None:
    (story,) = client.get("/api/stories").json()["rows"]
    data = client.get(f"/api/stories/{story['id']}").json()
    assert {d["outlet"] for d in data["rows"]} == {"steppe-herald.example", "nomad-daily.example"}
    assert client.get(f"/stories/{story['id']}").status == 200


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/nowhere", 404),
        ("/documents/999999", 404),
        ("/documents/abc", 404),
        ("/stories/999999", 404),
        ("/figures?page=0", 400),
        ("/figures?limit=100000", 400),
        ("/figures?sort=secret", 400),
        ("/search?from=yesterday", 400),
        ("/claims?conflicts=maybe", 400),
    ],
)
def test_bad_requests_say_what_is_wrong(client: Any, url: str, status: int) -> None:
    assert client.get(url).status == status
    answer = client.get("/api" + url)
    assert answer.status == status
    assert answer.json()["error"]


def test_a_page_without_url_is_filed_under_its_folder(client: Any) -> None:
    rows = client.get("/api/figures?outlet=pages").json()["rows"]
    assert [r["value"] for r in rows] == [7]
    assert "pages" in client.get("/api/search").json()["options"]["outlets"]
