"""Fixtures of the web tests: a store built from the test pages, the app over it, and a live server.

The pages in pages/ are cleaned by the real pipeline and written by the store's own writer; their
figures come from pages.json rather than from the extractor, so that these tests check what the web
app shows, not what the extractor finds this week.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from wsgiref.util import setup_testing_defaults

import pytest

from newstally import pipeline
from newstally.model import Document, Figure, Period, RawDocument
from newstally.readers import read_sources
from newstally.store import Writer, connect
from newstally.web import WebApp, make_app_server, server_url

HERE = Path(__file__).parent
PAGES = HERE / "pages"


def locate(doc: Document, given: dict[str, Any]) -> Figure:
    """The figure `given` describes, at the first place its words stand in the document's text."""
    text = doc.text
    match = re.search(rf"(?<![\w.]){re.escape(given['text'])}(?!\w)", text)
    assert match, f"{doc.source}: {given['text']!r} is not in the cleaned text"
    stops = [m.end() for m in re.finditer(r"\. |\n", text)]
    left = max([0, *(s for s in stops if s <= match.start())])
    right = min([len(text), *(s for s in stops if s > match.end())])
    period = given["period"]
    return Figure(
        value=float(given["text"]),
        text=given["text"],
        start=match.start(),
        end=match.end(),
        sentence=text[left:right].strip(),
        counted=given["counted"],
        category=given["category"],
        trigger=given["trigger"],
        period=None if period is None else Period(period["start"], period["end"], period["text"]),
        place=given["place"],
        actor=given["actor"],
    )


def build_db(path: Path) -> Path:
    """Write the test pages into a new store at `path`, through the store's own writer."""
    meta = json.loads((HERE / "pages.json").read_text(encoding="utf-8"))
    conn = connect(path)
    writer = Writer(conn, str(PAGES))
    try:
        for item in read_sources([str(PAGES)]):
            assert isinstance(item, RawDocument), item
            page = meta[Path(item.source).name]
            item.url = page["url"]
            item.title = page["title"] or item.title
            (doc,) = pipeline.run([item])
            assert isinstance(doc, Document), doc
            doc.figures = [locate(doc, given) for given in page["figures"]]
            writer.write(doc, str(Path(item.source).resolve()), pipeline.content_id(item.text or ""))
    finally:
        writer.finish()
        conn.close()
    return path


@dataclass
class Response:
    """What the app answered: status code, headers and body."""

    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    def json(self) -> Any:
        return json.loads(self.body)


class Client:
    """Calls the WSGI app in-process, as a server would."""

    def __init__(self, app: WebApp) -> None:
        self.app = app

    def request(self, method: str, url: str) -> Response:
        path, _, query = url.partition("?")
        environ: dict[str, Any] = {"REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": query}
        setup_testing_defaults(environ)
        answer: dict[str, Any] = {}

        def start_response(status: str, headers: list[tuple[str, str]]) -> None:
            answer["status"] = int(status.split()[0])
            answer["headers"] = dict(headers)

        body = b"".join(self.app(environ, start_response))
        return Response(answer["status"], answer["headers"], body)

    def get(self, url: str) -> Response:
        return self.request("GET", url)


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_db(tmp_path_factory.mktemp("web") / "web.db")


@pytest.fixture(scope="session")
def client_for() -> type[Client]:
    """Client, for tests that serve a database of their own."""
    return Client


@pytest.fixture(scope="session")
def app(web_db: Path) -> WebApp:
    return WebApp(web_db)


@pytest.fixture(scope="session")
def client(app: WebApp) -> Client:
    return Client(app)


@pytest.fixture(scope="session")
def live_url(web_db: Path) -> Iterator[str]:
    """The app served over HTTP on 127.0.0.1, on a free port, for the length of the session."""
    server = make_app_server(web_db, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server_url(server).rstrip("/")
    server.shutdown()
    server.server_close()
