"""The web app: a read-only WSGI application over a newstally database.

Every view is a function from a read-only connection and parsed parameters to a dict. The HTML
route renders that dict with a Jinja2 template; its twin under /api dumps the same dict as JSON.
"""

from __future__ import annotations

import json
import mimetypes
import sqlite3
import sys
import traceback
from collections.abc import Callable, Iterable
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlencode

import jinja2

from newstally.store._schema import MIGRATIONS
from newstally.web.db import ConnectionPool, connect_readonly
from newstally.web.formatting import format_number, period_label
from newstally.web.marks import split_figures
from newstally.web.openapi import openapi_document
from newstally.web.params import BadRequest, NotFound, parse_params
from newstally.web.routes import ROUTES, Route

StartResponse = Callable[[str, list[tuple[str, str]]], Any]

# No inline script or style anywhere: every script and stylesheet is a file under /static.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    ("Content-Security-Policy", CSP),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
]
STATUS = {
    200: "200 OK",
    400: "400 Bad Request",
    404: "404 Not Found",
    405: "405 Method Not Allowed",
    500: "500 Internal Server Error",
}
STATIC = files("newstally.web") / "static"


class WebError(Exception):
    """The database cannot be served: missing, not a store, or made by an older newstally."""


def check_store(db_path: Path) -> None:
    """Raise WebError unless `db_path` is a store with every migration this newstally knows applied."""
    if not db_path.is_file():
        raise WebError(f"{db_path}: no such database; create it with `newstally ingest PAGES --db {db_path}`")
    try:
        conn = connect_readonly(db_path)
        try:
            applied = {row[0] for row in conn.execute("SELECT name FROM _migrations")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise WebError(f"{db_path}: not a newstally store ({exc}); pass another --db") from exc
    missing = [name for name, _ in MIGRATIONS if name not in applied]
    if missing:
        raise WebError(
            f"{db_path}: made by an older newstally (missing {', '.join(missing)}); "
            f"run `newstally ingest` on it once to migrate it"
        )


class WebApp:
    """The WSGI callable: routes GET/HEAD requests to views, static files and the OpenAPI document."""

    def __init__(self, db_path: Path | str) -> None:
        self.db_path = Path(db_path)
        check_store(self.db_path)
        self.pool = ConnectionPool(self.db_path)
        self.env = jinja2.Environment(
            loader=jinja2.PackageLoader("newstally.web", "templates"),
            autoescape=True,
            auto_reload=False,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.globals["split_figures"] = split_figures
        self.env.filters["number"] = format_number
        self.env.filters["period"] = period_label
        self.openapi = openapi_document()

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD", "GET")
        path = environ.get("PATH_INFO") or "/"
        if method not in ("GET", "HEAD"):
            status, ctype, body = 405, "text/plain; charset=utf-8", b"Read-only: only GET and HEAD.\n"
            extra = [("Allow", "GET, HEAD")]
        else:
            try:
                status, ctype, body, extra = self.respond(path, environ.get("QUERY_STRING", ""))
            except Exception:  # a bug must still answer with the security headers, and be logged
                traceback.print_exc(file=environ.get("wsgi.errors", sys.stderr))
                status, ctype, body, extra = (
                    500,
                    "text/plain; charset=utf-8",
                    b"Internal error, logged.\n",
                    [],
                )
        headers = [("Content-Type", ctype), ("Content-Length", str(len(body))), *SECURITY_HEADERS, *extra]
        start_response(STATUS[status], headers)
        return [b""] if method == "HEAD" else [body]

    def respond(self, path: str, query_string: str) -> tuple[int, str, bytes, list[tuple[str, str]]]:
        """Status, content type, body and extra headers for a GET of `path`."""
        if path.startswith("/static/"):
            return self.static(path.removeprefix("/static/"))
        if path == "/api/openapi.json":
            return 200, "application/json", dump_json(self.openapi), []
        api = path == "/api" or path.startswith("/api/")
        route, args = find_route((path.removeprefix("/api") or "/") if api else path)
        query = parse_qs(query_string)
        try:
            if route is None:
                raise NotFound(f"no page at {path}")
            with self.pool.connection() as conn:
                data = route.view(conn, {**parse_params(route.params, query), **args})
        except (BadRequest, NotFound) as exc:
            status = 400 if isinstance(exc, BadRequest) else 404
            if api:
                return status, "application/json", dump_json({"error": str(exc), "status": status}), []
            html = self.env.get_template("error.html").render(
                status=status, error=str(exc), here=None, route=None
            )
            return status, "text/html; charset=utf-8", html.encode(), []
        if api:
            return 200, "application/json", dump_json(data), []
        assert route is not None
        here = PageLinks(path, query)
        html = self.env.get_template(route.template).render(**data, here=here, route=route)
        return 200, "text/html; charset=utf-8", html.encode(), []

    def static(self, name: str) -> tuple[int, str, bytes, list[tuple[str, str]]]:
        """A file from the package's static folder; names with '..' or backslashes are refused."""
        parts = name.split("/")
        resource = STATIC.joinpath(*parts)
        if any(p in ("", ".", "..") or "\\" in p for p in parts) or not resource.is_file():
            return 404, "text/plain; charset=utf-8", b"Not found.\n", []
        ctype = mimetypes.guess_type(name)[0] or "application/octet-stream"
        if ctype.startswith("text/") or ctype == "application/javascript":
            ctype += "; charset=utf-8"
        return 200, ctype, resource.read_bytes(), [("Cache-Control", "max-age=3600")]


def find_route(path: str) -> tuple[Route | None, dict[str, str]]:
    """The route matching `path` and its path arguments."""
    for route in ROUTES:
        match = route.regex.fullmatch(path)
        if match:
            return route, match.groupdict()
    return None, {}


class PageLinks:
    """Links from the page being rendered: its JSON twin and itself with other parameters."""

    def __init__(self, path: str, query: dict[str, list[str]]) -> None:
        self.path = path
        self.query = {k: v[-1] for k, v in query.items() if v and v[-1]}

    def url(self, **changes: Any) -> str:
        """This page with some parameters changed; None removes one."""
        query = {**self.query, **{k.rstrip("_"): v for k, v in changes.items()}}
        kept = {k: str(v) for k, v in query.items() if v is not None and v != ""}
        return quote(self.path) + ("?" + urlencode(kept) if kept else "")

    def api_url(self) -> str:
        """The JSON twin of this page."""
        return "/api" + self.url()


def dump_json(data: Any) -> bytes:
    """UTF-8 JSON, indented for reading in a browser."""
    return json.dumps(data, ensure_ascii=False, indent=1).encode()
