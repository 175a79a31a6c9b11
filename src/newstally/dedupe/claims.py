"""Claims: the same figure reported by several documents, and the figures that disagree on it.

A claim is what a figure asserts, stripped of who printed it: its category, kind and unit, the head
of what it counts, its value or range, its period, its place and whether it is negated. Figures with
equal claim keys are one claim with several sources. The frame is the key without the value: two
claims with one frame and different values are a conflict (see the `conflicts` view in the store).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from newstally.dedupe._heads import PLACES_RU_TO_EN, RU_TO_EN
from newstally.model import Figure

# Words that end the head of a counted phrase: "members of extremist groups" counts members.
_HEAD_CUT = re.compile(r"\s(?:of|из|от|среди)\s", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[а-яё]")
# Endings of Russian adjectives and participles in the cases a counted phrase takes; not "ий",
# which ends the genitive plural of nouns in "-ие" ("преступлений", "нарушений").
_RU_ADJECTIVE = re.compile(r"(?:ых|их|ой|ый|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ую|юю|ым|им)$")

# The head is cut to this many letters, after an English plural "s": a crude stem that folds
# plurals ("extremists"/"extremist") and, for Russian heads missing from _heads.RU_TO_EN, case
# endings ("ячейки"/"ячеек" differ, "осуждённых"/"осуждённые" do not); words of six letters or fewer
# stay whole. Checked by reading the heads of the 348 counted phrases the figures
# stage finds in tests/fixtures/pages, not tuned on a score.
HEAD_STEM = 6


def counted_head(counted: str | None) -> str | None:
    """The stemmed head noun of a counted phrase, in English where a Russian one has an equivalent.

    English: the last uncapitalised word before any "of", without a plural "s". Russian: the first
    word that is not an adjective, since the words after it are genitives ("членов экстремистских
    групп" counts members). Trailing capitalised words are names, not the head.

    >>> counted_head("members of extremist groups"), counted_head("членов экстремистских групп")
    ('member', 'member')
    >>> counted_head("terrorist crimes"), counted_head("crime")
    ('crime', 'crime')
    >>> counted_head("человека"), counted_head("people")
    ('people', 'people')
    >>> counted_head("граждан Кыргызстана")
    'citize'
    >>> counted_head(None) is None
    True
    """
    if not counted:
        return None
    words: list[str] = _WORD.findall(_HEAD_CUT.split(counted, maxsplit=1)[0])
    common = [w.lower() for w in words if not w[:1].isupper()] or [w.lower() for w in words]
    if not common:
        return None
    if _CYRILLIC.match(common[0]):
        head = next((w for w in common if not _RU_ADJECTIVE.search(w)), common[-1])
        return next((en for ru, en in RU_TO_EN.items() if head.startswith(ru)), head[:HEAD_STEM])
    head = common[-1]
    if head.isascii() and len(head) > 3 and head.endswith("s") and not head.endswith("ss"):
        head = head[:-1]
    return head[:HEAD_STEM]


@dataclass(frozen=True, slots=True)
class ClaimKey:
    """The fields that make two figures one claim; `frame` leaves out the value."""

    category: str
    kind: str
    unit: str | None
    head: str | None
    value: float
    high: float | None
    period_start: str | None
    period_end: str | None
    place: str | None
    negated: bool

    @property
    def key(self) -> str:
        """A stable digest of every field."""
        return _digest((*self._frame_fields(), repr(float(self.value)), _opt(self.high)))

    @property
    def frame(self) -> str:
        """A stable digest of every field but the value and its range."""
        return _digest(self._frame_fields())

    def _frame_fields(self) -> tuple[str, ...]:
        return (
            self.category,
            self.kind,
            self.unit or "",
            self.head or "",
            self.period_start or "",
            self.period_end or "",
            self.place or "",
            "negated" if self.negated else "",
        )


def claim_key(figure: Figure) -> ClaimKey | None:
    """The claim a figure makes, or None for a bare number that says too little to match across pages.

    A figure makes a claim when it has a category other than "other" or a counted head: "140" with
    neither could be anything, and grouping such numbers across documents would join strangers.
    """
    head = counted_head(figure.counted)
    if figure.category == "other" and head is None:
        return None
    return ClaimKey(
        category=figure.category,
        kind=figure.kind,
        unit=figure.unit,
        head=head,
        value=float(figure.value),
        high=None if figure.high is None else float(figure.high),
        period_start=figure.period.start if figure.period else None,
        period_end=figure.period.end if figure.period else None,
        place=claim_place(figure.place),
        negated=figure.negated,
    )


def claim_place(place: str | None) -> str | None:
    """A place as claims compare it: case-folded, in English where a Russian name has an equivalent.

    >>> claim_place("Казахстан"), claim_place(" Kazakhstan"), claim_place("Алматинская область")
    ('kazakhstan', 'kazakhstan', 'алматинская область')
    """
    if not place:
        return None
    folded = place.strip().casefold()
    return PLACES_RU_TO_EN.get(folded, folded)


def _opt(x: float | None) -> str:
    return "" if x is None else repr(float(x))


def _digest(fields: tuple[str, ...]) -> str:
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()[:24]
