"""The app in a real browser: Debian's chromium, driven by Playwright, against the live server.

Screenshots go to test-artifacts/. Without /usr/bin/chromium these tests skip, except under CI,
where .ci/run installs it and a missing browser is a failure.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]

if not CHROMIUM.exists():
    if os.environ.get("CI"):
        pytest.fail(f"{CHROMIUM} is missing; .ci/run installs Debian's chromium before the tests")
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)", allow_module_level=True)

from playwright.sync_api import Browser, ConsoleMessage, Dialog, Page, expect, sync_playwright  # noqa: E402


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Watched:
    """A page and what it said: console errors (CSP violations among them) and dialogs."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", self.on_console)
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.on("dialog", self.on_dialog)

    def on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.errors.append(message.text)

    def on_dialog(self, dialog: Dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def shoot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"web-{name}.png"), full_page=True)


@pytest.fixture
def watched(browser: Browser, live_url: str) -> Iterator[Watched]:
    context = browser.new_context(base_url=live_url, viewport={"width": 1280, "height": 900})
    # The app needs nothing from the network but itself.
    context.route(
        "**/*", lambda route: route.continue_() if route.request.url.startswith(live_url) else route.abort()
    )
    page = context.new_page()
    yield Watched(page)
    context.close()


def test_search_then_open_document_shows_the_figure(watched: Watched) -> None:
    page = watched.page
    page.goto("/search")
    page.get_by_label("Words").fill('"foreign citizens"')
    page.get_by_role("button", name="Search").click()
    expect(page.locator("li.result")).to_have_count(2)
    expect(page.locator(".snippet mark").first).to_have_text("foreign citizens", ignore_case=True)
    page.locator("li.result", has_text="steppe-herald.example").locator("a.title").click()
    page.wait_for_url("**/documents/*")
    mark = page.locator("mark.fig", has_text="31")
    expect(mark).to_be_visible()
    expect(mark).to_have_attribute(
        "title",
        "extradited · counts foreign citizens · trigger “extradited” · actor National Security Committee",
    )
    mark.click()
    panel = page.locator("#figure-panel")
    expect(panel).to_be_visible()
    expect(panel).to_contain_text("extradited")
    expect(panel).to_contain_text("foreign citizens")
    page.locator("details.removed summary").click()
    expect(page.locator("details.removed del").first).to_be_visible()
    watched.shoot("document")
    assert watched.errors == []


def test_a_figures_row_opens_its_sentence(watched: Watched) -> None:
    page = watched.page
    page.goto("/figures?category=extradited")
    page.locator("#figures-table td.sentence a").first.click()
    page.wait_for_url("**/documents/*#fig-*")
    target = page.locator("mark.fig.active")
    expect(target).to_have_text("31")
    expect(page.locator("#figure-panel")).to_be_visible()
    assert watched.errors == []


def test_filter_and_sort_the_figures_table(watched: Watched) -> None:
    page = watched.page
    page.goto("/figures")
    expect(page.locator("#figures-table tbody tr")).to_have_count(12)
    page.get_by_label("Category").select_option("prevented")
    page.wait_for_url("**/figures?*category=prevented*")
    rows = page.locator("#figures-table tbody tr")
    expect(rows).to_have_count(4)
    expect(rows.locator("td:first-child")).to_have_text(["prevented"] * 4)
    page.locator("#figures-table th a", has_text="value").click()
    page.wait_for_url("**sort=value**")
    values = [int(v) for v in rows.locator("td.num").all_inner_texts()]
    assert values == sorted(values, reverse=True) == [12, 12, 12, 9]
    watched.shoot("figures")
    assert watched.errors == []


def test_timeline_chart_draws_its_points(watched: Watched) -> None:
    page = watched.page
    page.goto("/timeline?category=detained")
    canvas = page.locator("#timeline-chart")
    expect(canvas).to_have_attribute("data-points", "7")
    chart: dict[str, Any] = page.evaluate(
        """() => {
            const chart = Chart.getChart("timeline-chart");
            return {
                series: chart.data.datasets.map(d => d.label),
                drawn: chart.data.datasets.map((d, i) => chart.getDatasetMeta(i).data.length),
                conflicts: chart.data.datasets.flatMap(d => d.data).filter(p => p.point.conflict).length,
            };
        }"""
    )
    assert chart["series"][0] == "steppe-herald.example"
    assert sum(chart["drawn"]) == 7
    assert chart["conflicts"] == 4  # 140 (three outlets, one in Russian) against 145
    box = canvas.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 200
    assert page.locator("#timeline-table tbody tr").count() == 7
    watched.shoot("timeline")
    assert watched.errors == []


def test_hostile_page_renders_inert(watched: Watched) -> None:
    page = watched.page
    page.goto("/search?q=forum")
    page.locator("li.result a.title").first.click()
    page.wait_for_url("**/documents/*")
    text = page.locator("#document-text")
    expect(text).to_contain_text("<script>alert(1)</script>")
    expect(text).to_contain_text("<img src=x onerror=alert(2)>")
    expect(page.locator("h1")).to_have_text(
        "7 detained after <script>alert(1)</script> spam <img src=x onerror=alert(2)>"
    )
    injected = page.evaluate(
        "() => document.querySelectorAll('main script, main img, main svg, main b, main i').length"
    )
    assert injected == 0
    page.locator("mark.fig").click()
    expect(page.locator("#figure-panel")).to_contain_text("<b>this week</b>")
    watched.shoot("hostile")
    for url in ["/figures", "/claims", "/timeline?category=detained", "/search?q=script"]:
        page.goto(url)
    assert watched.dialogs == []
    assert watched.errors == []


@pytest.mark.parametrize(
    "url", ["/", "/search", "/claims?conflicts=1", "/stories", "/timeline?category=prevented"]
)
def test_pages_load_without_errors(watched: Watched, url: str) -> None:
    page = watched.page
    answer = page.goto(url)
    assert answer and answer.status == 200
    expect(page.locator("h1")).to_be_visible()
    watched.shoot(url.strip("/").replace("?", "-").replace("=", "-") or "home")
    assert watched.errors == []
