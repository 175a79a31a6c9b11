"""Saved HTML pages: told from their first bytes, decoded by BOM, UTF-8, HTTP charset, meta tag, detection."""

from __future__ import annotations

import codecs
import re

from newstally.model import RawDocument, ReadError
from newstally.readers.decode import NotTextError, decode_bytes

# A page opens (after a BOM, blanks, an XML declaration or comments) with one of these tags.
_OPENING = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    rb"<(?:!doctype\s+html|html|head|body|meta|title|link|script|style|article|div|p|h1)\b",
    re.IGNORECASE | re.DOTALL,
)
# Failing that, a page after a preamble: a line of the first kilobytes opens with <html> or <body>.
_LINE_OPENING = re.compile(rb"^\s*<(?:html|body)\b[^>]*>", re.IGNORECASE | re.MULTILINE)

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-z0-9_.:-]+)""", re.IGNORECASE | re.DOTALL
)

# WHATWG: a page that says latin-1 or ASCII is decoded as windows-1252, as every browser does.
_ALIASES = {"latin_1": "cp1252", "iso8859_1": "cp1252", "ascii": "cp1252"}


def looks_like_html(head: bytes) -> bool:
    """True when the first bytes are an HTML page.

    >>> looks_like_html(b"<!DOCTYPE html><html><body><p>12 detained</p></body></html>")
    True
    >>> looks_like_html(b"Police detained 12 people in <b>Almaty</b>.")
    False
    """
    return bool(_OPENING.match(head) or _LINE_OPENING.search(head))


def html_charset(data: bytes, declared: str | None = None) -> str | None:
    """The codec the page declares: `declared` (an HTTP charset) if Python knows it, else a meta tag.

    >>> html_charset(b'<html><head><meta charset="windows-1251"></head>')
    'cp1251'
    >>> html_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')
    'cp1252'
    """
    candidates = [declared.encode("ascii", "replace")] if declared else []
    candidates += _META_CHARSET.findall(data[:4096])
    for name in candidates:
        try:
            codec = codecs.lookup(name.decode("ascii", "replace").strip()).name.replace("-", "_")
        except LookupError:
            continue
        return _ALIASES.get(codec, codec)
    return None


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Decode a page: a BOM wins, then strict UTF-8, then the declared charset, then detection.

    Bytes that are valid UTF-8 beyond ASCII are UTF-8 whatever the page says: re-saved pages keep
    a stale single-byte declaration far more often than single-byte text passes as UTF-8.

    >>> decode_html('<meta charset="koi8-r"><p>Задержаны 140 человек</p>'.encode("koi8_r"))
    '<meta charset="koi8-r"><p>Задержаны 140 человек</p>'
    """
    has_bom = data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if not has_bom and b"\x00" not in data[:4096]:  # NULs: UTF-16 without BOM, left to detection
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        charset = html_charset(data, declared)
        if charset is not None and not charset.startswith("utf_16"):
            try:
                return data.decode(charset)
            except UnicodeDecodeError:
                pass
    text, _ = decode_bytes(data)
    return text


def read_html(
    data: bytes,
    source: str,
    url: str | None = None,
    fetched: str | None = None,
    charset: str | None = None,
) -> RawDocument | ReadError:
    """One saved page is one document; its article and metadata are found when it is cleaned."""
    try:
        html = decode_html(data, charset)
    except NotTextError as exc:
        return ReadError(source, str(exc))
    if not html.strip():
        return ReadError(source, "the page is empty")
    return RawDocument(source=source, html=html, url=url, fetched=fetched)
