"""Language identification: the English shortcut must say what the model says, wherever it speaks."""

from __future__ import annotations

from pathlib import Path

import pytest

from newstally import language
from newstally.clean import clean_dump
from newstally.language import detect_language, plainly_english

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "tests" / "fixtures" / "pages").rglob("*.txt")) + sorted(
    (ROOT / "examples" / "corpus").rglob("*.txt")
)


def _body(page: Path) -> str:
    """The cleaned body of a page: what the pipeline identifies the language of."""
    return "\n\n".join(clean_dump(page.read_text(encoding="utf-8", errors="replace")).paragraphs)


def _model(text: str) -> str | None:
    """What the model alone says of `text`'s sample."""
    lang, _ = language._identifier().classify(text[:600])
    return str(lang)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_the_english_shortcut_agrees_with_the_model(page: Path) -> None:
    text = _body(page)
    if plainly_english(text[:600]):
        assert _model(text) == "en"


def test_the_shortcut_takes_most_english_pages_and_no_other() -> None:
    texts = [_body(p) for p in PAGES]
    english = [t for t in texts if _model(t) == "en"]
    assert sum(plainly_english(t[:600]) for t in english) >= 0.8 * len(english)
    assert not any(plainly_english(t[:600]) for t in texts if _model(t) != "en")


def test_a_short_english_line_still_asks_the_model() -> None:
    assert not plainly_english("The KNB said 140 were detained.")
    assert detect_language("The KNB said 140 were detained.") == "en"
