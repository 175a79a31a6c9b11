"""Language identification, restricted to the languages in play so that short texts do not drift."""

from __future__ import annotations

from functools import cache
from typing import Any

# The languages newstally meets in Central Asian reporting. Restricting the model to them makes
# short, number-heavy texts far more reliable than the full 97-language model.
LANGUAGES = ["en", "ru", "kk", "uz", "ky", "tg", "tk", "uk", "de", "fr", "es", "tr", "zh", "ar"]


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
    ident.set_languages(LANGUAGES)
    return ident


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text`, or None when there is too little text to tell.

    >>> detect_language("Сотрудники КНБ задержали 140 человек в Алматы.")
    'ru'
    >>> detect_language("The committee said 140 people were detained in Almaty.")
    'en'
    """
    # 600 characters decide as well as 2,000 (the same answer on all 181 AEB bodies and the 46
    # fixture pages) in 40% of the time.
    sample = text[:600]
    if sum(c.isalpha() for c in sample) < 12:
        return None
    lang, _ = _identifier().classify(sample)
    return str(lang)
