"""Fetching pages and feeds from the web, politely, into documents or a WARC archive."""

from newstally.fetch.client import DEFAULT_USER_AGENT, Fetcher, FetchError, FetchPolicy, Response
from newstally.fetch.crawl import fetch_documents, fetch_responses
from newstally.fetch.warcout import WarcSaver

__all__ = [
    "DEFAULT_USER_AGENT",
    "FetchError",
    "FetchPolicy",
    "Fetcher",
    "Response",
    "WarcSaver",
    "fetch_documents",
    "fetch_responses",
]
