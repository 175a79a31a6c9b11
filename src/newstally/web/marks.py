"""Split text into plain and marked pieces, so that templates can escape every piece of it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

# Search snippets come back from SQLite with these private-use characters around each hit; the
# pieces are escaped one by one and only then wrapped in <mark>, so page text never becomes markup.
HIT_OPEN = "\ue000"
HIT_CLOSE = "\ue001"


class Piece(NamedTuple):
    """A run of text; `mark` is the figure (or True for a search hit) that it shows, else None."""

    text: str
    mark: Any


def split_figures(text: str, figures: Sequence[dict[str, Any]]) -> list[Piece]:
    """Cut `text` at each figure's start/end offsets; overlapping or out-of-range figures stay unmarked.

    >>> split_figures("Police detained 140 people.", [{"start": 16, "end": 19}])
    [Piece(text='Police detained ', mark=None), Piece(text='140', mark={'start': 16, 'end': 19}), \
Piece(text=' people.', mark=None)]
    """
    pieces: list[Piece] = []
    pos = 0
    for fig in sorted(figures, key=lambda f: (f["start"], -f["end"])):
        start, end = fig["start"], fig["end"]
        if start < pos or end <= start or end > len(text):
            continue
        if start > pos:
            pieces.append(Piece(text[pos:start], None))
        pieces.append(Piece(text[start:end], fig))
        pos = end
    if pos < len(text):
        pieces.append(Piece(text[pos:], None))
    return pieces


def split_hits(snippet: str) -> list[Piece]:
    """Cut a search snippet at its hit markers.

    >>> split_hits("the \ue000arrest\ue001 of 12")
    [Piece(text='the ', mark=None), Piece(text='arrest', mark=True), Piece(text=' of 12', mark=None)]
    """
    pieces: list[Piece] = []
    for i, part in enumerate(snippet.split(HIT_OPEN)):
        hit, _, rest = part.partition(HIT_CLOSE) if i else ("", "", part)
        if hit:
            pieces.append(Piece(hit, True))
        if rest:
            pieces.append(Piece(rest, None))
    return pieces
