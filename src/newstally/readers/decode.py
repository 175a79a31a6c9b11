"""Bytes to text: detect the encoding from the bytes, refuse what is not text, normalise spaces.

The extension says nothing reliable about a scraped file, so the encoding comes from the bytes:
a BOM first, then strict UTF-8, then UTF-16 without BOM (NUL bytes in every other position), then
charset-normalizer restricted to the single-byte encodings found in the wild for our languages.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes


class NotTextError(ValueError):
    """The bytes are not a text document in a known encoding."""


# Single-byte encodings met in Central Asian and Russian news scrapes, plus Western defaults.
_CANDIDATES = ["cp1251", "koi8_r", "cp1252", "latin_1", "iso8859_5", "cp866", "mac_cyrillic"]

_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]

# Control characters other than tab, newline, carriage return and form feed mark binary data.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

# Every space-like character a scraper leaves behind becomes a plain space; zero-width characters
# and soft hyphens go (they split words and numbers). Regular expressions, not str.translate: they
# skip the (usual) clean text at C speed, where translate looks up every character and cost more
# than the whole cleaner.
_ODD_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode `data` and return (text, encoding name).

    >>> decode_bytes("Задержаны 140 человек".encode("cp1251"))
    ('Задержаны 140 человек', 'cp1251')
    >>> decode_bytes(b"\\xef\\xbb\\xbfplain")
    ('plain', 'utf-8-sig')
    """
    if not data:
        raise NotTextError("the file is empty")
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(name, errors="strict"), name)
    sample = data[:4096]
    if b"\x00" in sample:
        return _decode_utf16(data, sample)
    try:
        return _checked(data.decode("utf-8", errors="strict"), "utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is None:
        raise NotTextError("no known text encoding fits these bytes")
    return _checked(str(best), str(best.encoding))


def _decode_utf16(data: bytes, sample: bytes) -> tuple[str, str]:
    """UTF-16 without a BOM puts its NUL bytes in one parity only (the high bytes of ASCII and
    Cyrillic punctuation and digits); binary data has them everywhere."""
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if min(even, odd) > 0.05 * max(even, odd):
        raise NotTextError("binary data (NUL bytes), not a text document")
    name = "utf-16-le" if odd > even else "utf-16-be"
    try:
        return _checked(data.decode(name, errors="strict"), name)
    except UnicodeDecodeError as exc:
        raise NotTextError(f"binary data (NUL bytes, and not valid {name}), not a text document") from exc


def _checked(text: str, encoding: str) -> tuple[str, str]:
    sample = text[:20000]
    if sample and len(_CONTROL.findall(sample)) > 0.01 * len(sample):
        raise NotTextError(f"binary data (control characters after decoding as {encoding}), not text")
    return text, encoding


def normalize_spaces(text: str) -> str:
    """Odd spaces to plain spaces, zero-width characters removed, CRLF to LF.

    >>> normalize_spaces("140\\u00a0people\\r\\ndetained\\u200b")
    '140 people\\ndetained'
    """
    text = _ODD_SPACES.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text
