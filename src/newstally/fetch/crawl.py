"""From URLs and feeds to responses and documents: a feed is fetched, then each page it lists."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from newstally.fetch.client import Fetcher, FetchError, Response
from newstally.fetch.warcout import WarcSaver
from newstally.model import RawDocument, ReadError
from newstally.readers.feeds import FeedError, looks_like_feed, parse_feed
from newstally.readers.html import read_html
from newstally.readers.stats import ReadStats
from newstally.readers.warc import utc_stamp


def is_feed(response: Response) -> bool:
    """True when the response is an RSS or Atom document, whatever its Content-Type claims."""
    return looks_like_feed(response.body[:8192])


def fetch_responses(urls: Iterable[str], fetcher: Fetcher) -> Iterator[Response | ReadError]:
    """Fetch each URL in order; a feed is yielded, then each page it lists (feeds are not followed twice)."""
    for url in urls:
        try:
            response = fetcher.get(url)
        except FetchError as exc:
            yield ReadError(url, str(exc))
            continue
        yield response
        if not is_feed(response):
            continue
        try:
            items = parse_feed(response.body, response.final_url)
        except FeedError as exc:
            yield ReadError(url, str(exc))
            continue
        for item in items:
            try:
                yield fetcher.get(item.url)
            except FetchError as exc:
                yield ReadError(item.url, f"{exc} (listed in the feed {url})")


def fetch_documents(
    urls: Iterable[str],
    fetcher: Fetcher,
    stats: ReadStats | None = None,
    saver: WarcSaver | None = None,
) -> Iterator[RawDocument | ReadError]:
    """Fetch pages and feed items as raw documents, saving every response to `saver` when given."""
    for item in fetch_responses(urls, fetcher):
        if isinstance(item, ReadError):
            yield item
            continue
        if saver is not None:
            saver.save(item)
        if is_feed(item):
            if stats is not None:
                stats.skip("feed")
            continue
        yield read_html(
            item.body,
            item.url,
            url=item.final_url,
            fetched=utc_stamp(item.fetched),
            charset=item.charset,
        )
