"""A real HTTP server on 127.0.0.1 serving the fixture pages and feeds, and every way of failing."""

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

INPUTS = Path(__file__).resolve().parent.parent / "fixtures" / "inputs"

ROBOTS = b"User-agent: *\nDisallow: /private/\n"

# path -> (status, headers, body); bodies of the slow and oversized routes are made in the handler
ROUTES: dict[str, tuple[int, list[tuple[str, str]], bytes]] = {
    "/robots.txt": (200, [("Content-Type", "text/plain")], ROBOTS),
    "/news/border.html": (
        200,
        [("Content-Type", "text/html; charset=utf-8")],
        (INPUTS / "article.html").read_bytes(),
    ),
    "/news/border-ru.html": (
        200,
        [("Content-Type", "text/html")],
        (INPUTS / "article-cp1251.html").read_bytes(),
    ),
    "/feed.rss": (200, [("Content-Type", "application/rss+xml")], (INPUTS / "feed.rss").read_bytes()),
    "/feed.atom": (200, [("Content-Type", "application/atom+xml")], (INPUTS / "feed.atom").read_bytes()),
    "/moved": (301, [("Location", "/news/border.html")], b""),
    "/loop/a": (302, [("Location", "/loop/b")], b""),
    "/loop/b": (302, [("Location", "/loop/a")], b""),
    "/missing": (404, [("Content-Type", "text/html")], b"<html><body>Not found</body></html>"),
    "/broken": (500, [("Content-Type", "text/html")], b"<html><body>Oops</body></html>"),
    "/logo.png": (200, [("Content-Type", "image/png")], b"\x89PNG\r\n\x1a\n" + bytes(64)),
    "/huge": (200, [("Content-Type", "text/html")], b"<html><body>" + b"x" * 200_000 + b"</body></html>"),
    "/private/secret.html": (200, [("Content-Type", "text/html")], b"<html><body>secret</body></html>"),
}


@dataclass
class Site:
    """The running server: its base URL and a log of (path, user agent) for every request."""

    base: str
    requests: list[tuple[str, str]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p == path)


@pytest.fixture
def site() -> Iterator[Site]:
    log: list[tuple[str, str]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            log.append((self.path, self.headers.get("User-Agent", "")))
            if self.path == "/slow":
                time.sleep(1.0)
                self._send(200, [("Content-Type", "text/html")], b"<html><body>late</body></html>")
            elif self.path == "/huge-undeclared":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                self.wfile.write(b"<html><body>" + b"y" * 200_000)
            elif self.path in ROUTES:
                self._send(*ROUTES[self.path])
            else:
                self._send(404, [("Content-Type", "text/plain")], b"no such page")

        def _send(self, status: int, headers: list[tuple[str, str]], body: bytes) -> None:
            self.send_response(status)
            for key, value in headers:
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass  # keep pytest's output clean

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Site(f"http://127.0.0.1:{server.server_address[1]}", log)
    finally:
        server.shutdown()
        server.server_close()
