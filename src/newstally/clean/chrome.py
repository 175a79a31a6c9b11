"""What page chrome looks like as text: captions, tag lines, widgets, related headings, headlines.

Each predicate takes one whitespace-folded paragraph or line and needs no page layout.
"""

from __future__ import annotations

import re
from typing import Final

from newstally.clean import _phrases

# A sentence ends with terminal punctuation, maybe followed by closing quotes or brackets.
_TERMINAL = frozenset(".!?…。！？")
_CLOSERS = "\"'»”’)]」』）"
_NOT_HEADLINE_END = frozenset(".:;,")
_DIGIT = re.compile(r"\d")
_COMMENT_AUTHOR_ENDS = (":", "says", "said", "wrote", "replied", "пишет", "написал", "написала")
_BULLETS = "•□◦☆★▪●○■·►▶▸✓✔*+- "
_MONTH_WORD = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)"
    r"[a-zа-яё]*"
)
_DATE_PART = (
    r"(?:(?:published|updated|posted|last updated|опубликовано|обновлено|дата публикации)(?: on)?:?\s+)?"
    r"(?:[a-zа-яё]{3,11},?\s+)?"
    r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_WORD}\.?,?(?:\s+\d{{4}})?"
    rf"|{_MONTH_WORD}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|\d+\s+(?:min|mins|minutes?|hours?|days?|мин|минут[аы]?|час(?:а|ов)?|дн(?:я|ей)|день)\s+(?:ago|назад)"
    r"|(?:today|yesterday|сегодня|вчера),?\s+\d{1,2}[:.]\d{2})"
    r"(?:\s*(?:[,|•·/–—-]|at|в)?\s*(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{4}|[a-z]{2,4}|г\.|года?)(?!\w))*"
)
_DATE_OR_TIME = re.compile(rf"{_DATE_PART}(?:\s*[|,•·–—-]?\s*{_DATE_PART})*\s*$")

# Captions, credits, tag lines and widgets are short. These bounds are far above the longest such
# line in the AEB pages (captions reach about 250 characters, widgets about 100) and far below a
# typical body paragraph, so that a real paragraph that happens to open like one is kept.
CAPTION_MAX: Final = 300
WIDGET_MAX: Final = 160
# A read-also pointer says so in its first words; longer paragraphs are only read this far for it.
READ_ALSO_MAX: Final = 80
# A picture credit names a source and no more: the longest on the AEB pages is about 60 characters;
# a longer "Image: ..." line is a caption in its own right.
CREDIT_MAX: Final = 70
# The caption that a credit line follows is one short sentence or phrase; the longest on AEB and
# the fixture pages is about 200 characters, and a body paragraph before a credit is longer.
CAPTION_BEFORE_CREDIT_MAX: Final = 220

# Cookie notices run longer than captions: up to about 500 characters on the AEB pages.
FOOTER_MAX: Final = 600
# A row of share buttons ("Facebook Twitter WhatsApp Email Print") fits in this many characters.
WIDGET_WORDS_MAX: Final = 80
# A related-stories heading is a few words ("Read also", "Новости по теме: Происшествия").
RELATED_MAX: Final = 60
# A related-list headline or a menu entry is rarely longer than this (two lines of a wide column).
HEADLINE_MAX: Final = 200
# A date line ("Published Monday, November 18, 2019 8:22AM EST") fits in this many characters, and
# the line over a reader's comment ("Jane on May 5, 2019 at 4:47 pm said:") in that many.
DATE_LINE_MAX: Final = 60
COMMENT_AUTHOR_MAX: Final = 120
# Headlines that end with "!" or "?" run to at most about this many words; a longer exclamation or
# question is a body sentence.
HEADLINE_MAX_WORDS: Final = 20

# The openers of read-also, caption, tag and widget lines, as one expression per length band.
_MID_OPENER = re.compile(
    "|".join(f"(?:{p.pattern})" for p in (_phrases.READ_ALSO, _phrases.CAPTION, _phrases.TAGS))
)
_HEADINGS = re.compile(
    f"(?P<related>{_phrases.RELATED_HEADING.pattern})|(?P<comments>{_phrases.COMMENTS_HEADING.pattern})"
)
_SHORT_OPENER = re.compile(f"{_MID_OPENER.pattern}|(?:{_phrases.WIDGET.pattern})")
# A short line's openers and the start of a breadcrumb trail, in one expression: a short line tests
# both, and one call costs less than two.
_SHORT_START = re.compile(f"{_SHORT_OPENER.pattern}|(?:{_phrases.BREADCRUMB_HOME.pattern})")


def ends_sentence(text: str) -> bool:
    """True when `text` ends with terminal punctuation (closing quotes allowed).

    >>> ends_sentence("He said: “No.”"), ends_sentence("Most popular")
    (True, False)
    """
    return text.rstrip(_CLOSERS)[-1:] in _TERMINAL


def is_truncated(text: str) -> bool:
    """True for a teaser cut off with an ellipsis ("Two people were diagnosed with...")."""
    return text.endswith(("...", "…"))


def is_date_line(text: str) -> bool:
    """True for a line that holds only a date and/or time.

    >>> [is_date_line(t) for t in ("November 18, 2019 | 4:10pm", "12:30", "18 ноября 2019 г., 14:30",
    ...  "Published Monday, November 18, 2019 8:22AM EST", "Tuesday November 19, 2019", "5 people")]
    [True, True, True, True, True, False]
    """
    return (
        len(text) <= DATE_LINE_MAX
        and _DIGIT.search(text) is not None
        and _DATE_OR_TIME.match(text.lower()) is not None
    )


def is_headline_like(text: str) -> bool:
    """True for a short line that reads as a headline or menu entry, not as a body sentence."""
    if len(text) > HEADLINE_MAX:
        return False
    if is_truncated(text):
        return True
    last = text.rstrip(_CLOSERS)[-1:]
    if last in _NOT_HEADLINE_END:
        return False
    return not (ends_sentence(text) and text.count(" ") >= HEADLINE_MAX_WORDS)


def is_related_heading(text: str) -> bool:
    """True for a heading that introduces other stories ("Related news", "Читайте также")."""
    return len(text) <= RELATED_MAX and _phrases.RELATED_HEADING.fullmatch(text.lower()) is not None


def line_mark(text: str) -> str | None:
    """What a line between the first and last prose of a page marks: "related" or "comments" for
    those headings, "date" for a date line, "comment" for the line over a reader's comment
    ("joetoronto says:"), else None. One lower-casing serves all the tests, which run on most lines
    of that stretch.

    >>> [line_mark(t) for t in ("Читайте также", "12 Comments", "18 ноября 2019", "jo says:", "Police")]
    ['related', 'comments', 'date', 'comment', None]
    """
    n = len(text)
    if n > HEADLINE_MAX:
        return None
    low = text.lower()
    m = _HEADINGS.fullmatch(low)
    if m is not None and not (m.lastgroup == "related" and n > RELATED_MAX):
        return m.lastgroup
    if n <= DATE_LINE_MAX and _DIGIT.search(text) is not None and _DATE_OR_TIME.match(low) is not None:
        return "date"
    if (
        n <= COMMENT_AUTHOR_MAX
        and text.endswith(_COMMENT_AUTHOR_ENDS)
        and _phrases.COMMENT_AUTHOR.fullmatch(low) is not None
    ):
        return "comment"
    return None


def is_breadcrumb(text: str) -> bool:
    """True for a breadcrumb trail ("Home > News > World", "Главная / Пресс-центр / Новости").

    >>> is_breadcrumb("Главная / Пресс-центр / Новости"), is_breadcrumb("Police detain 14 in Almaty")
    (True, False)
    """
    return len(text) <= WIDGET_MAX and _is_breadcrumb(text.lower())


def is_chrome(text: str) -> bool:
    """True for a paragraph that is page furniture whatever surrounds it: a read-also pointer, a
    caption or credit, a tag line, a share or subscribe widget, a footer, a breadcrumb trail.

    >>> [is_chrome(t) for t in ("Фото: пресс-служба МВД", "Share this:", "© 2024 Site", "", "Police said.")]
    [True, True, True, True, False]
    """
    if not text or text[0] in _BULLETS:
        text = text.lstrip(_BULLETS)
        if not text:
            return True
    n = len(text)
    if n > FOOTER_MAX:
        return _phrases.READ_ALSO.match(text[:READ_ALSO_MAX].lower()) is not None
    low = text.lower()
    if _is_footer(low):
        return True
    if n > CAPTION_MAX:
        return _phrases.READ_ALSO.match(low) is not None
    if _has_credit_tail(low) or ("[" in low and _phrases.FORM_FIELD.search(low) is not None):
        return True
    if n > WIDGET_MAX:
        return _MID_OPENER.match(low) is not None or _widget_anywhere(low)
    return (
        _SHORT_START.match(low) is not None
        or (n <= RELATED_MAX and _phrases.RELATED_HEADING.fullmatch(low) is not None)
        or (n <= WIDGET_WORDS_MAX and _only_widget_words(low))
        or _has_breadcrumb_separators(low)
        or _widget_anywhere(low)
    )


def is_credit(text: str) -> bool:
    """True for a short line that credits a picture: "Photo: press service of the KNB", "Фото: МВД".

    >>> is_credit("Photo: press service of the KNB"), is_credit("Photo: the minister said 40 were held.")
    (True, False)
    """
    return (
        len(text) <= CREDIT_MAX
        and not ends_sentence(text)
        and _phrases.PICTURE_CREDIT.match(text.lower()) is not None
    )


def _widget_anywhere(low: str) -> bool:
    return _phrases.has_widget_hint(low) and _phrases.WIDGET_ANYWHERE.search(low) is not None


def _is_footer(low: str) -> bool:
    return _phrases.has_footer_hint(low) and _phrases.FOOTER.search(low) is not None


def _has_credit_tail(low: str) -> bool:
    """True when a short text ends with a photo credit; the cheap test spares most lines the search."""
    tail = low[-90:]
    return ("/" in tail or ":" in tail or "(" in tail) and _phrases.CREDIT_TAIL.search(tail) is not None


def _is_breadcrumb(low: str) -> bool:
    return _phrases.BREADCRUMB_HOME.match(low) is not None or _has_breadcrumb_separators(low)


def _has_breadcrumb_separators(low: str) -> bool:
    """True when two breadcrumb separators (" > ", " / " ...) stand in a line; a line without their
    marks is spared the search."""
    if "/" not in low and ">" not in low and (low.isascii() or not _phrases.has_breadcrumb_arrow(low)):
        return False
    first = _phrases.BREADCRUMB_SEPARATOR.search(low)
    return first is not None and _phrases.BREADCRUMB_SEPARATOR.search(low, first.end() - 1) is not None


def _only_widget_words(low: str) -> bool:
    if "." in low:  # no widget word holds a full stop, and most sentences do
        return False
    words = low.replace("|", " ").replace("•", " ").split()
    return bool(words) and all(w.strip(":,") in _phrases.WIDGET_WORDS for w in words)
