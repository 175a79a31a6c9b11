"""The HTTP server: the standard library's WSGI server, one thread per request, loopback by default."""

from __future__ import annotations

import sys
from pathlib import Path
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from newstally.web.app import WebApp

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


class ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    """A WSGI server that answers each request in its own thread, so one slow page blocks no other."""

    daemon_threads = True


class QuietHandler(WSGIRequestHandler):
    """Logs one line per request to stderr, without wsgiref's reverse DNS lookups."""

    def address_string(self) -> str:
        return str(self.client_address[0])

    def log_message(self, format: str, *args: Any) -> None:
        sys.stderr.write(f"{self.log_date_time_string()} {format % args}\n")


def make_app_server(db: Path | str, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> WSGIServer:
    """A server for the app over `db`, bound but not yet serving; port 0 picks a free port."""
    return make_server(host, port, WebApp(db), server_class=ThreadingWSGIServer, handler_class=QuietHandler)


def server_url(server: WSGIServer) -> str:
    """The address people should open, e.g. http://127.0.0.1:8000/."""
    host, port = server.server_address[:2]
    host = str(host)
    return f"http://{f'[{host}]' if ':' in host else host}:{port}/"
