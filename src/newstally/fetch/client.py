"""A polite HTTP client: robots.txt, a per-host rate limit, timeouts, retries with backoff, a size cap.

Built on the standard library (urllib). Redirects are followed here rather than inside urllib so
that every hop is checked against robots.txt and the rate limit, and a loop is named as one.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message
from http.client import HTTPException, HTTPResponse
from urllib.parse import urljoin, urlsplit

from newstally import __version__

DEFAULT_USER_AGENT = f"newstally/{__version__} (+https://github.com/newstally/newstally)"

# Content types worth downloading: pages, and the feeds that list them.
PAGE_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
)

_RETRY_STATUS = {429, 500, 502, 503, 504}


class FetchError(Exception):
    """A URL that could not be fetched; the message says why and, where it can, what to do."""


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """How politely to fetch. The defaults suit a news site; tests shorten the waits."""

    user_agent: str = DEFAULT_USER_AGENT
    timeout: float = 20.0  # seconds for connecting and for each read
    retries: int = 2  # further attempts after a timeout, a dropped connection, a 429 or a 5xx
    backoff: float = 2.0  # seconds before the first retry, doubled for each one after
    delay: float = 1.0  # seconds between two requests to the same host (robots.txt Crawl-delay wins)
    max_bytes: int = 10 * 1024 * 1024  # a news page is well under 10 MB; bigger is not an article
    max_redirects: int = 10


@dataclass(frozen=True, slots=True)
class Response:
    """A fetched resource: the URL asked for, where it was found, and what came back."""

    url: str
    final_url: str
    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: bytes
    fetched: datetime

    def header(self, name: str) -> str | None:
        lower = name.lower()
        return next((v for k, v in self.headers if k.lower() == lower), None)

    @property
    def content_type(self) -> str:
        return (self.header("Content-Type") or "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        msg = Message()
        msg["Content-Type"] = self.header("Content-Type") or ""
        charset = msg.get_param("charset")
        return charset if isinstance(charset, str) else None


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Hand 3xx responses back to the caller, who checks each hop."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


@dataclass
class Fetcher:
    """Fetches URLs one at a time, politely; one instance keeps the robots.txt cache and host clocks."""

    policy: FetchPolicy = field(default_factory=FetchPolicy)
    sleep: Callable[[float], None] = time.sleep
    _robots: dict[str, urllib.robotparser.RobotFileParser] = field(default_factory=dict, init=False)
    _last_request: dict[str, float] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        self._opener = urllib.request.build_opener(_NoRedirect())

    def get(self, url: str) -> Response:
        """Fetch `url`, following redirects; raise FetchError for anything but a 2xx page or feed."""
        seen = [url]
        current = url
        while True:
            self._check_robots(current)
            status, reason, headers, body = self._request(current)
            location = dict((k.lower(), v) for k, v in headers).get("location")
            if 300 <= status < 400 and location:
                target = urljoin(current, location)
                if target in seen:
                    raise FetchError(f"redirect loop: {' -> '.join([*seen, target])}")
                if len(seen) > self.policy.max_redirects:
                    raise FetchError(f"more than {self.policy.max_redirects} redirects; last {target}")
                seen.append(target)
                current = target
                continue
            response = Response(url, current, status, reason, headers, body, datetime.now(UTC))
            if not 200 <= status < 300:
                raise FetchError(f"HTTP {status} {reason}".rstrip())
            if not response.content_type.startswith(PAGE_TYPES + FEED_TYPES):
                raise FetchError(
                    f"not an HTML page or a feed (Content-Type {response.content_type or 'missing'})"
                )
            return response

    def _check_robots(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError("only http and https URLs can be fetched")
        root = f"{parts.scheme}://{parts.netloc}"
        robots = self._robots.get(root)
        if robots is None:
            robots = self._load_robots(root)
            self._robots[root] = robots
        if not robots.can_fetch(self.policy.user_agent, url):
            raise FetchError(f"robots.txt of {root} disallows this URL for our user agent")

    def _load_robots(self, root: str) -> urllib.robotparser.RobotFileParser:
        robots = urllib.robotparser.RobotFileParser(f"{root}/robots.txt")
        try:
            status, _, _, body = self._request(f"{root}/robots.txt", retries=0)
        except FetchError:
            status, body = 404, b""  # unreachable robots.txt: as if none, the usual crawler convention
        if status in (401, 403):
            robots.parse(["User-agent: *", "Disallow: /"])  # a forbidden robots.txt forbids the site
        elif 200 <= status < 300:
            robots.parse(body.decode("utf-8", "replace").splitlines())
        else:
            robots.parse([])
        return robots

    def _wait_for_host(self, url: str) -> None:
        root = urlsplit(url).netloc
        delay = self.policy.delay
        robots = self._robots.get(f"{urlsplit(url).scheme}://{root}")
        crawl_delay = robots.crawl_delay(self.policy.user_agent) if robots is not None else None
        if crawl_delay is not None:
            delay = max(delay, float(crawl_delay))
        last = self._last_request.get(root)
        if last is not None:
            wait = last + delay - time.monotonic()
            if wait > 0:
                self.sleep(wait)
        self._last_request[root] = time.monotonic()

    def _request(self, url: str, retries: int | None = None) -> tuple[int, str, list[tuple[str, str]], bytes]:
        """(status, reason, headers, body) of one GET, retried on transient failures."""
        attempts = 1 + (self.policy.retries if retries is None else retries)
        for attempt in range(attempts):
            self._wait_for_host(url)
            try:
                return self._once(url)
            except _Transient as exc:
                if attempt + 1 == attempts:
                    raise FetchError(f"{exc} (after {attempts} attempt(s))") from exc
                self.sleep(exc.retry_after or self.policy.backoff * 2**attempt)
        raise AssertionError("unreachable: the loop returns or raises")

    def _once(self, url: str) -> tuple[int, str, list[tuple[str, str]], bytes]:
        request = urllib.request.Request(url, headers={"User-Agent": self.policy.user_agent})
        try:
            response = self._opener.open(request, timeout=self.policy.timeout)
        except urllib.error.HTTPError as exc:
            if exc.code in _RETRY_STATUS:
                raise _Transient(f"HTTP {exc.code} {exc.reason}", _retry_after(exc.headers)) from exc
            body = _read_capped(exc, self.policy.max_bytes) if exc.fp is not None else b""
            return exc.code, str(exc.reason), list(exc.headers.items()), body
        except TimeoutError as exc:
            raise _Transient(f"timed out after {self.policy.timeout:g} s") from exc
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise _Transient(f"timed out after {self.policy.timeout:g} s") from exc
            raise _Transient(f"cannot connect: {exc.reason}") from exc
        except (HTTPException, OSError) as exc:
            raise _Transient(f"connection failed: {exc}") from exc
        with response:
            try:
                body = _read_capped(response, self.policy.max_bytes)
            except TimeoutError as exc:
                raise _Transient(f"timed out after {self.policy.timeout:g} s while reading") from exc
            except (HTTPException, OSError) as exc:
                raise _Transient(f"connection failed while reading: {exc}") from exc
            return response.status, response.reason, list(response.headers.items()), body


class _Transient(Exception):
    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


def _retry_after(headers: Message) -> float | None:
    value = headers.get("Retry-After", "")
    return min(float(value), 60.0) if value.strip().isdigit() else None


def _read_capped(response: HTTPResponse | urllib.error.HTTPError, max_bytes: int) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.strip().isdigit() and int(declared) > max_bytes:
        raise FetchError(
            f"the body is {int(declared):,} bytes, over the {max_bytes:,}-byte cap (raise --max-bytes)"
        )
    body = response.read(max_bytes + 1)
    if len(body) > max_bytes:
        raise FetchError(f"the body is over the {max_bytes:,}-byte cap (raise --max-bytes)")
    return body
