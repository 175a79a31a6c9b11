"""Sentence boundaries in a cleaned body, with offsets, for English and Russian news prose."""

from __future__ import annotations

import re

# A sentence ends at . ! ? … (and closing quotes or brackets) before a space and a capital letter,
# a digit, a quote or a dash; and always at a paragraph break. Written as one character class and
# then the rest of each ending ("[.!?…]+…|\n\s*\n" with its first character taken out), because re
# skips ahead fast only to the start of a pattern that is a class: 2.7x faster on AEB.
_END = re.compile(r"[.!?…\n](?:(?<=[.!?…])[.!?…]*[\"'»”’)\]]*(?=\s+[\"'«“(\[—–-]?[A-ZА-ЯЁ0-9])|(?<=\n)\s*\n)")
# Words after which a full stop does not end a sentence: titles, abbreviations, initials.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "sgt", "st", "jr", "sr",
    "no", "nos", "art", "arts", "para", "sec", "ch", "vol", "fig", "p", "pp", "vs", "etc", "inc",
    "ltd", "co", "corp", "dept", "est", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e", "a.m", "p.m",
    "ст", "ч", "п", "пп", "г", "гг", "т", "тыс", "млн", "млрд", "руб", "тг", "им", "ул", "д", "см",
    "т.е", "т.д", "т.п", "др", "пр", "обл", "р", "с",
}  # fmt: skip


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of `text`, without surrounding spaces.

    >>> t = "Police detained 14 people. Art. 174 applies.\\n\\nOn Jan. 5 the KNB said 3 more."
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['Police detained 14 people.', 'Art. 174 applies.', 'On Jan. 5 the KNB said 3 more.']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        if m.group()[0] == ".":
            word = text[max(0, m.start() - 8) : m.start()].split()[-1:]
            last = word[0].lower().lstrip("(«\"'") if word else ""
            if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
                continue
        end = m.end() if not m.group().isspace() else m.start()
        _push(text, start, end, spans)
        start = m.end()
    _push(text, start, len(text), spans)
    return spans


def _push(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
