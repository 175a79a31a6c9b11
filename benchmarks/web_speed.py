"""Web app speed: p95 latency of the figures view and the timeline on a 100k-document store.

The store is synthetic (made here, written by the store's own Writer, so it has the real schema,
claims, stories and full-text index) and cached in bench-results/ between runs: building it takes
about 10 minutes on two cores. Requests go
through the WSGI app in-process, which is what a request costs the server minus the socket.

`build_store(path, documents)` is importable by other benchmarks that need a large store.

Each URL is asked once, so that no answer comes from the app's memory of an earlier one; the
timelines are then asked again to show what a reload costs.

usage: python benchmarks/web_speed.py [DOCUMENTS]
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any
from wsgiref.util import setup_testing_defaults

from newstally.model import Document, Figure, Period
from newstally.store import Writer, connect
from newstally.web import WebApp

HERE = Path(__file__).resolve().parent
CACHE = HERE.parent / "bench-results"
DOCUMENTS = 100_000
SEED = 20240115

OUTLETS = [f"outlet{n:02d}.example" for n in range(40)]
PLACES = ["Kazakhstan", "Kyrgyzstan", "Uzbekistan", "Tajikistan", "Turkmenistan", "Almaty", "Astana",
          "Shymkent", "Bishkek", "Osh", "Tashkent", "Samarkand", "Dushanbe", "Aktobe",
          "Karaganda"]  # fmt: skip
CATEGORIES = {
    "detained": ("detained", "members of extremist groups"),
    "extradited": ("extradited", "foreign citizens"),
    "charged": ("charged", "suspects"),
    "convicted": ("convicted", "people"),
    "killed": ("killed", "militants"),
    "injured": ("injured", "police officers"),
    "attacks": ("carried out", "attacks"),
    "prevented": ("prevented", "terrorist attacks"),
    "incidents": ("recorded", "incidents"),
    "neutralized": ("neutralized", "extremist groups"),
    "members": ("counted", "members"),
    "deradicalized": ("deradicalized", "former followers"),
    "trainings": ("held", "trainings"),
    "seized": ("seized", "weapons"),
    "blocked": ("blocked", "websites"),
    "other": ("reported", "cases"),
}
ACTORS = ["the National Security Committee", "the Prosecutor General's Office", "the Interior Ministry",
          "the State Committee for National Security", "the Supreme Court"]  # fmt: skip
FILLER = ["officials said", "according to a statement", "the report said", "a spokesman told reporters",
          "the agency added", "sources confirmed"]  # fmt: skip


def synthetic_document(rng: random.Random, n: int) -> Document:
    """One made-up report of five figures, each in its own sentence, with offsets that hold."""
    year = rng.randint(2012, 2025)
    published = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    place = rng.choice(PLACES)
    actor = rng.choice(ACTORS)
    text, figures = "", []
    for i, category in enumerate(rng.sample(sorted(CATEGORIES), 5)):
        trigger, counted = CATEGORIES[category]
        value = rng.choice([rng.randint(1, 50), rng.randint(50, 500), rng.randint(500, 5000)])
        period_year = year - rng.choice([0, 1, 1, 1])
        monthly = rng.random() < 0.2
        month = rng.randint(1, 12)
        when = f"in {period_year}" if not monthly else f"in {period_year}-{month:02d}"
        filler = rng.choice(FILLER)
        sentence = f"In report {n}, {actor} {trigger} {value} {counted} in {place} {when}, {filler}."
        start = len(text) + sentence.index(f" {value} ") + 1
        period = (
            Period(f"{period_year}-01-01", f"{period_year}-12-31", when)
            if not monthly
            else Period(f"{period_year}-{month:02d}-01", f"{period_year}-{month:02d}-28", when)
        )
        figures.append(
            Figure(
                value=float(value),
                text=str(value),
                start=start,
                end=start + len(str(value)),
                sentence=sentence,
                counted=counted,
                category=category,
                trigger=trigger,
                period=period if rng.random() < 0.8 else None,
                place=place,
                actor=actor,
            )
        )
        text += sentence + ("\n\n" if i % 2 else " ")
    paragraphs = [p for p in text.strip().split("\n\n")]
    return Document(
        id=f"synthetic-{n}",
        source=f"synthetic/{n}.txt",
        paragraphs=paragraphs,
        title=f"{actor.capitalize()} reports on {place}, {year} (no. {n})",
        published=published,
        language="en",
        url=f"https://{rng.choice(OUTLETS)}/news/{n}",
        removed=["Home | News | Security", "Share: Facebook Telegram"],
        figures=figures,
    )


def build_store(path: Path, documents: int = DOCUMENTS, seed: int = SEED) -> Path:
    """A store of `documents` synthetic reports at `path`, written through the store's Writer."""
    rng = random.Random(seed)
    conn = connect(path)
    writer = Writer(conn, f"synthetic:{documents}:{seed}", batch_size=2000)
    try:
        for n in range(documents):
            doc = synthetic_document(rng, n)
            writer.write(doc, doc.source, doc.id)
    finally:
        writer.finish()
        conn.close()
    return path


def cached_store(documents: int) -> Path:
    """The synthetic store of this size, built on first use and migrated to the current schema."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"web-{documents}-{SEED}.db"
    if path.exists():
        connect(path).close()
    else:
        started = time.perf_counter()
        partial = path.with_suffix(".partial")
        for stale in CACHE.glob(partial.name + "*"):
            stale.unlink()
        build_store(partial, documents)
        partial.rename(path)
        print(f"built {path.name}: {documents} documents in {time.perf_counter() - started:.0f} s")
    return path


def answer_ms(app: WebApp, url: str) -> float:
    """How long the app takes to answer GET `url`, in milliseconds; it must answer 200."""
    path, _, query = url.partition("?")
    environ: dict[str, Any] = {"REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": query}
    setup_testing_defaults(environ)
    statuses: list[str] = []
    started = time.perf_counter()
    b"".join(app(environ, lambda status, headers: statuses.append(status)))
    elapsed = (time.perf_counter() - started) * 1000
    assert statuses[0].startswith("200"), (url, statuses[0])
    return elapsed


def p95(times: list[float]) -> float:
    """The 95th percentile."""
    return round(statistics.quantiles(times, n=20)[-1], 1)


def figures_urls() -> list[str]:
    """What an analyst asks of the figures table, each asked once: every category, filtered by
    place or outlet and dates, sorted by each column, on the first and a later page, HTML and JSON."""
    sorts = ["date", "value", "counted", "place", "outlet", "period"]
    urls = ["/figures", "/api/figures", "/figures?sort=counted&order=asc", "/figures?page=40"]
    for i, category in enumerate(sorted(CATEGORIES)):
        urls += [
            f"/figures?category={category}",
            f"/api/figures?category={category}&place={PLACES[i % len(PLACES)]}",
            f"/figures?category={category}&sort={sorts[i % len(sorts)]}&order={('asc', 'desc')[i % 2]}",
            f"/figures?category={category}&outlet={OUTLETS[i]}&from={2012 + i % 10}&to={2016 + i % 10}",
            f"/figures?category={category}&counted={CATEGORIES[category][1].split()[0]}&page=3",
            f"/figures?category={category}&sort=value&page={5 + i}",
        ]
    return urls


def timeline_urls() -> list[str]:
    """Every category's timeline by outlet and by place, whole and narrowed to a place, HTML and JSON."""
    urls = []
    for i, category in enumerate(sorted(CATEGORIES)):
        for by in ("outlet", "place"):
            api = "/api" if i % 2 else ""
            urls += [
                f"{api}/timeline?category={category}&by={by}",
                f"{api}/timeline?category={category}&by={by}&place={PLACES[i % len(PLACES)]}",
            ]
    return urls


def main(documents: int = DOCUMENTS) -> dict[str, float]:
    app = WebApp(cached_store(documents))
    # The first request after a change of data lists the categories, outlets and languages for
    # the filter forms; later ones reuse them. Counted apart, then every URL is asked once.
    first = answer_ms(app, "/figures?limit=1")
    for category in CATEGORIES:
        answer_ms(app, f"/api/timeline?category={category}&counted=warm-up")
    figures = [answer_ms(app, url) for url in figures_urls()]
    timelines = [answer_ms(app, url) for url in timeline_urls()]
    again = [answer_ms(app, url) for url in timeline_urls()]
    metrics = {
        "figures_p95_ms": p95(figures),
        "timeline_p95_ms": p95(timelines),
        "timeline_again_p95_ms": p95(again),
        "first_request_ms": round(first, 1),
    }
    for name, times in (("figures", figures), ("timeline", timelines)):
        print(f"{name}: p95 {p95(times)} ms over {len(times)} URLs asked once each, max {max(times):.1f} ms")
    print(f"timeline asked again: p95 {metrics['timeline_again_p95_ms']} ms")
    print(f"first request after a data change: {first:.0f} ms")
    return metrics


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DOCUMENTS))
