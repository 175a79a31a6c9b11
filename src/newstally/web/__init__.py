"""The local web app: server-rendered pages over a store, each with a JSON twin under /api."""

from newstally.web.app import WebApp, WebError
from newstally.web.server import make_app_server, server_url

__all__ = ["WebApp", "WebError", "make_app_server", "server_url"]
