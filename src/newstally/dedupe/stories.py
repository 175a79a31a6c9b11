"""Near-duplicate detection for stories: word shingles, a rensa MinHash, and LSH band hashes.

This module is pure computation on strings and signatures; the store keeps the band hashes in an
indexed table so that each new document finds its candidates in O(bands) lookups instead of a scan
over every stored document, and verifies them with the Jaccard similarity the signatures estimate.
The parameters were tuned with benchmarks/stories.py; docs/corpus.md reports the measurements.
"""

from __future__ import annotations

import hashlib
import re
import struct
from array import array
from dataclasses import dataclass

from rensa import RMinHash

# Word 4-grams: 3-grams made unrelated reports in the same formulaic wording ("were detained in the
# framework of ...") share too many shingles, 5-grams lost trimmed copies whose edits fall every few
# words. Measured with benchmarks/stories.py (docs/corpus.md has the table).
SHINGLE_WORDS = 4
# 120 permutations in 40 bands of 3 rows: a pair at Jaccard 0.5 becomes a candidate with
# probability 1 - (1 - 0.5**3)**40 = 0.995, a pair at 0.1 with 0.04; candidates are then verified.
NUM_PERM = 120
BANDS = 40
ROWS = NUM_PERM // BANDS
SEED = 1
# Estimated Jaccard at or above which two documents are one story. A copy trimmed to its first half
# sits near 0.5 and different reports on one topic below 0.25; see docs/corpus.md for the sweep.
THRESHOLD = 0.4
# At most this many candidates (those sharing the most bands) are verified for a new document, so
# that a story republished a thousand times costs the same per copy as one published twice.
MAX_CANDIDATES = 32

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Sketch:
    """A document's MinHash signature and its LSH band hashes."""

    signature: bytes
    bands: list[int]


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """The set of word `size`-grams of `text`, lowercased; a shorter text is one shingle.

    >>> sorted(shingles("Five people were detained today", 4))
    ['five people were detained', 'people were detained today']
    >>> shingles("Two arrests", 4)
    {'two arrests'}
    >>> shingles("")
    set()
    """
    words = _WORD.findall(text.lower())
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def sketch(text: str) -> Sketch | None:
    """The MinHash sketch of a cleaned text, or None when it has no words to compare."""
    grams = shingles(text)
    if not grams:
        return None
    mh = RMinHash(num_perm=NUM_PERM, seed=SEED)
    mh.update(sorted(grams))
    digest = [int(v) for v in mh.digest()]
    return Sketch(signature=array("I", digest).tobytes(), bands=band_hashes(digest))


def band_hashes(digest: list[int]) -> list[int]:
    """One signed 64-bit hash per band of `ROWS` signature values, the band number mixed in."""
    out = []
    for band in range(BANDS):
        rows = digest[band * ROWS : (band + 1) * ROWS]
        packed = struct.pack(f"<H{ROWS}I", band, *rows)
        out.append(int.from_bytes(hashlib.blake2b(packed, digest_size=8).digest(), "little", signed=True))
    return out


def similarity(a: bytes, b: bytes) -> float:
    """The Jaccard similarity two signatures estimate: the share of equal MinHash values."""
    x, y = array("I"), array("I")
    x.frombytes(a)
    y.frombytes(b)
    if len(x) != len(y) or not x:
        return 0.0
    return sum(p == q for p, q in zip(x, y, strict=True)) / len(x)
