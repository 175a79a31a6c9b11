"""What page chrome looks like as text: captions, tag lines, widgets, related headings, headlines.

Each predicate takes one whitespace-folded paragraph or line and needs no page layout.
"""

from __future__ import annotations

import re

from newstally.clean import _phrases

# A sentence ends with terminal punctuation, maybe followed by closing quotes or brackets.
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'»”’)\]]*$")
_ENDS_FULL_STOP = re.compile(r"(?:[.:;,]|[^.]\.\.|[^.]…)[\"'»”’)\]]*$")
_TRUNCATED = re.compile(r"(?:\.\.\.|…)\s*$")
_DATE_OR_TIME = re.compile(
    r"(?:\d{1,2}[:.]\d{2}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2} [A-Za-zА-Яа-яё]{3,10}\.?(?: \d{4})?"
    r"|[A-Za-z]{3,9}\.? \d{1,2},? \d{4}|\d+ (?:min|mins|minutes?|hours?|days?|мин|минут[аы]?|час(?:а|ов)?"
    r"|дн(?:я|ей)|день) (?:ago|назад)|today|yesterday|сегодня|вчера)"
    r"(?:[\s,|•·-]+(?:\d{1,2}[:.]\d{2}|\d{4}|[A-Za-z]{2,3}|г\.))*\s*$",
    re.IGNORECASE,
)

# Captions, credits, tag lines and widgets are short. These bounds are far above the longest such
# line in the AEB pages (captions reach about 250 characters, widgets about 100) and far below a
# typical body paragraph, so that a real paragraph that happens to open like one is kept.
CAPTION_MAX = 300
WIDGET_MAX = 160
# A related-list headline or a menu entry is rarely longer than this (two lines of a wide column).
HEADLINE_MAX = 200
# Headlines that end with "!" or "?" run to at most about this many words; a longer exclamation or
# question is a body sentence.
HEADLINE_MAX_WORDS = 20


def ends_sentence(text: str) -> bool:
    """True when `text` ends with terminal punctuation (closing quotes allowed)."""
    return _ENDS_SENTENCE.search(text) is not None


def is_truncated(text: str) -> bool:
    """True for a teaser cut off with an ellipsis ("Two people were diagnosed with...")."""
    return _TRUNCATED.search(text) is not None


def is_date_line(text: str) -> bool:
    """True for a line that holds only a date and/or time ("November 18, 2019 | 4:10pm", "12:30")."""
    return len(text) <= 60 and _DATE_OR_TIME.match(text) is not None


def is_headline_like(text: str) -> bool:
    """True for a short line that reads as a headline or menu entry, not as a body sentence."""
    if len(text) > HEADLINE_MAX:
        return False
    if is_truncated(text):
        return True
    if _ENDS_FULL_STOP.search(text):
        return False
    return not (ends_sentence(text) and text.count(" ") >= HEADLINE_MAX_WORDS)


def is_related_heading(text: str) -> bool:
    """True for a heading that introduces other stories ("Related news", "Читайте также")."""
    return len(text) <= 60 and _phrases.RELATED_HEADING.fullmatch(text) is not None


def is_read_also(text: str) -> bool:
    """True for a pointer to another story ("Read also: …", "Читайте также: …")."""
    return _phrases.READ_ALSO.match(text) is not None


def is_caption(text: str) -> bool:
    """True for a photo caption or credit ("Photo: Reuters", "Police at the scene / AP")."""
    if len(text) > CAPTION_MAX:
        return False
    return _phrases.CAPTION.match(text) is not None or _phrases.CREDIT_TAIL.search(text) is not None


def is_tagline(text: str) -> bool:
    """True for a tag line ("Tags: police, Almaty", "Теги: КНБ")."""
    return len(text) <= CAPTION_MAX and _phrases.TAGS.match(text) is not None


def is_widget(text: str) -> bool:
    """True for a share, subscribe, login or comment widget ("Share this:", "Подписаться")."""
    if len(text) > WIDGET_MAX:
        return False
    if _phrases.WIDGET.match(text):
        return True
    words = text.lower().replace("|", " ").replace("•", " ").split()
    return bool(words) and all(w.strip(":,") in _phrases.WIDGET_WORDS for w in words)


def is_footer(text: str) -> bool:
    """True for a copyright, legal or cookie notice."""
    return len(text) <= CAPTION_MAX and _phrases.FOOTER.search(text) is not None


def is_chrome(text: str) -> bool:
    """True for a paragraph that is page furniture whatever surrounds it."""
    return (
        is_read_also(text)
        or is_caption(text)
        or is_tagline(text)
        or is_widget(text)
        or is_related_heading(text)
    )
