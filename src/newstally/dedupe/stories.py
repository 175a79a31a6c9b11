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

# Word 4-grams. With the facts check on, 3- to 6-grams all reach pair precision and recall of 1.0 at
# Jaccard 0.3-0.4 on the dev set; without it, 5- and 6-grams are slightly more precise (0.86 against
# 0.83 at 0.4), but every edited word breaks `size` shingles, and 4 keeps more of a copy with
# scattered edits. benchmarks/stories.py --sweep; docs/corpus.md has the table.
SHINGLE_WORDS = 4
# 120 permutations in 60 bands of 2 rows: a pair at Jaccard 0.35 becomes a candidate with probability
# 1 - (1 - 0.35**2)**60 = 0.9996, one at 0.05 (two unrelated articles of one outlet) with 0.14;
# candidates are then verified. 40 bands of 3 rows lost copies near the threshold (held-out pair
# recall 0.990 against 1.0).
NUM_PERM = 120
BANDS = 60
ROWS = NUM_PERM // BANDS
SEED = 1
# Estimated Jaccard at or above which two documents may be one story. Through the store, 0.3 and
# 0.35 both gave dev pair precision and recall of 1.0; 0.35 is the stricter, for texts too short in
# numbers for the facts check, and sits about one MinHash standard deviation (0.04) above 0.3.
THRESHOLD = 0.35
# Share of the numbers of the text with fewer distinct numbers that the other must also hold. A copy
# with one number changed keeps at least half of them; "annual report" twins in the generated set
# shared at most a third. Texts with fewer than FACTS_MIN distinct numbers skip this check.
FACTS_OVERLAP = 0.5
FACTS_MIN = 2
# A candidate must share this many bands before its signature is compared. A pair at the threshold
# shares 60 * 0.35**2 = 7.4 bands on average and fewer than 3 with probability 0.02; pairs of one
# topic's stock phrasing at Jaccard 0.1-0.2 mostly share one or two. On the generated pages of
# benchmarks/ingest_speed.py this cut the signatures compared per document from 28 to 10, with the
# same pair precision and recall on benchmarks/stories.py.
MIN_SHARED_BANDS = 3
# At most this many candidates (those sharing the most bands) are verified for a new document, so
# that a story republished a thousand times costs the same per copy as one published twice.
MAX_CANDIDATES = 32

_WORD = re.compile(r"\w+")
_NUMBER = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class Sketch:
    """A document's MinHash signature and its LSH band hashes."""

    signature: bytes
    bands: list[int]
    facts: str


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
    # The k-th shifted copies of the words zipped, the shorter ones ending it: a quarter faster than
    # slicing the list once per shingle.
    return set(map(" ".join, zip(*(words[i:] for i in range(size)), strict=False)))


def sketch(text: str) -> Sketch | None:
    """The MinHash sketch of a cleaned text, or None when it has no words to compare."""
    grams = shingles(text)
    if not grams:
        return None
    mh = RMinHash(num_perm=NUM_PERM, seed=SEED)
    mh.update(list(grams))  # a minimum over hashes: the order does not matter
    digest = [int(v) for v in mh.digest()]
    return Sketch(signature=array("I", digest).tobytes(), bands=band_hashes(digest), facts=facts(text))


def facts(text: str) -> str:
    """The distinct digit runs of a text, sorted and space-separated.

    >>> facts("In 2019, 140 people; in 2020, 140 more")
    '140 2019 2020'
    """
    return " ".join(sorted(set(_NUMBER.findall(text))))


def same_story(a: bytes, b: bytes, facts_a: str, facts_b: str) -> bool:
    """Whether two documents are one story: similar enough, and agreeing on most of their numbers."""
    if similarity(a, b) < THRESHOLD:
        return False
    x, y = set(facts_a.split()), set(facts_b.split())
    if min(len(x), len(y)) < FACTS_MIN:
        return True
    return len(x & y) >= FACTS_OVERLAP * min(len(x), len(y))


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
