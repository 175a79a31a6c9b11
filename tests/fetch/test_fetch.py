"""The polite fetcher against a real server on 127.0.0.1: pages, feeds, and every way of failing."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newstally.fetch import DEFAULT_USER_AGENT, Fetcher, FetchError, FetchPolicy, Response, WarcSaver
from newstally.fetch.crawl import fetch_responses
from newstally.model import RawDocument, ReadError
from newstally.readers import ReadStats, read_sources

from .conftest import Site

# Short waits so that the whole file runs in seconds; the defaults are for real sites.
FAST = FetchPolicy(timeout=0.3, retries=1, backoff=0.01, delay=0.0, max_bytes=100_000)


def test_a_page_is_fetched_with_an_honest_user_agent(site: Site) -> None:
    response = Fetcher(FAST).get(site.url("/news/border.html"))
    assert response.status == 200
    assert response.content_type == "text/html"
    assert response.charset == "utf-8"
    assert b"Dostyk" in response.body
    assert {ua for _, ua in site.requests} == {DEFAULT_USER_AGENT}
    assert DEFAULT_USER_AGENT.startswith("newstally/") and "+https://" in DEFAULT_USER_AGENT


def test_redirects_are_followed_to_the_final_url(site: Site) -> None:
    response = Fetcher(FAST).get(site.url("/moved"))
    assert (response.url, response.final_url) == (site.url("/moved"), site.url("/news/border.html"))


@pytest.mark.parametrize(
    ("path", "message"),
    [
        pytest.param("/missing", "HTTP 404 Not Found", id="404"),
        pytest.param("/broken", "HTTP 500 Internal Server Error (after 2 attempt(s))", id="500"),
        pytest.param("/slow", "timed out after 0.3 s", id="slow"),
        pytest.param("/loop/a", "redirect loop: ", id="redirect-loop"),
        pytest.param("/logo.png", "not an HTML page or a feed (Content-Type image/png)", id="non-html"),
        pytest.param("/huge", "the body is 200,026 bytes, over the 100,000-byte cap", id="oversized"),
        pytest.param("/huge-undeclared", "the body is over the 100,000-byte cap", id="oversized-undeclared"),
        pytest.param("/private/secret.html", "robots.txt of http://127.0.0.1:", id="robots"),
    ],
)
def test_each_failure_is_a_clear_error(site: Site, path: str, message: str) -> None:
    with pytest.raises(FetchError) as info:
        Fetcher(FAST).get(site.url(path))
    assert message in str(info.value)


def test_server_errors_are_retried_with_doubling_waits_and_client_errors_are_not(site: Site) -> None:
    waits: list[float] = []
    fetcher = Fetcher(FetchPolicy(retries=2, backoff=0.5, delay=0.0), sleep=waits.append)
    with pytest.raises(FetchError):
        fetcher.get(site.url("/broken"))
    with pytest.raises(FetchError):
        fetcher.get(site.url("/missing"))
    assert (site.hits("/broken"), site.hits("/missing")) == (3, 1)
    assert waits == [0.5, 1.0]


def test_requests_to_one_host_are_spaced_by_the_delay(site: Site) -> None:
    waits: list[float] = []
    fetcher = Fetcher(FetchPolicy(delay=5.0), sleep=waits.append)
    fetcher.get(site.url("/news/border.html"))
    fetcher.get(site.url("/news/border-ru.html"))
    # robots.txt, then two pages: each request after the first waits out most of the 5 s delay
    assert len(waits) == 2 and all(4.0 < w <= 5.0 for w in waits)
    assert site.hits("/robots.txt") == 1


@pytest.mark.parametrize("feed", ["/feed.rss", "/feed.atom"], ids=["rss", "atom"])
def test_a_feed_is_fetched_then_each_of_its_items(site: Site, feed: str) -> None:
    # the fixture feeds link to steppe-courier.example; serve them from the test server instead
    items = list(fetch_responses([site.url(feed)], Fetcher(FAST)))
    assert isinstance(items[0], Response) and items[0].content_type.endswith("xml")
    pages = [i for i in items[1:] if isinstance(i, Response)]
    assert [p.final_url for p in pages] == [
        site.url(p)
        for p in (
            ["/news/border.html", "/news/border-ru.html"] if feed == "/feed.rss" else ["/news/border.html"]
        )
    ]


def test_extract_takes_urls_and_expands_feeds(site: Site) -> None:
    stats = ReadStats()
    items = list(read_sources([site.url("/feed.rss"), site.url("/missing")], stats=stats))
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert [d.url for d in docs] == [site.url("/news/border.html"), site.url("/news/border-ru.html")]
    assert all(d.fetched for d in docs)
    assert isinstance(items[-1], ReadError) and items[-1].source == site.url("/missing")
    assert stats.skipped == {"feed": 1}


def test_saved_warc_reads_back_to_the_same_documents(site: Site, tmp_path: Path) -> None:
    fetcher = Fetcher(FAST)
    archive = tmp_path / "crawl.warc.gz"
    with WarcSaver(archive) as saver:
        for item in fetch_responses([site.url("/feed.rss")], fetcher):
            assert isinstance(item, Response)
            saver.save(item)
    stats = ReadStats()
    docs = list(read_sources([str(archive)], stats=stats))
    assert [d.url for d in docs if isinstance(d, RawDocument)] == [
        site.url("/news/border.html"),
        site.url("/news/border-ru.html"),
    ]
    assert stats.skipped == {"non-HTML record": 1}


def test_the_fetch_command_writes_a_warc_that_extract_reads(site: Site, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    base = [sys.executable, "-m", "newstally"]
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# two pages\n{site.url('/news/border-ru.html')}\n{site.url('/missing')}\n")
    out = str(tmp_path / "crawl")
    polite_but_fast = ["--delay", "0", "--retries", "0", "--timeout", "2"]
    fetched = subprocess.run(
        [*base, "fetch", site.url("/news/border.html"), "--from", str(urls), "--out", out, *polite_but_fast],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert fetched.returncode == 2, fetched.stderr
    assert f"{site.url('/missing')}: HTTP 404 Not Found" in fetched.stderr
    archive = Path(fetched.stdout.strip())
    assert archive.parent == tmp_path / "crawl" and archive.name.endswith(".warc.gz")
    extracted = subprocess.run(
        [*base, "extract", str(archive), "--format", "jsonl"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert extracted.returncode == 0, extracted.stderr
    docs = [json.loads(line) for line in extracted.stdout.splitlines()]
    assert [(d["url"], d["language"]) for d in docs] == [
        (site.url("/news/border.html"), "en"),
        (site.url("/news/border-ru.html"), "ru"),
    ]
    assert "212 detentions" in docs[0]["text"]
