"""Figures: the numbers of a cleaned body, what they count, and their frame (when, where, who).

`extract_figures(text, published=, language=, title=)` is the entry point; numbers.py parses a
number, quantities.py tells figures from dates and identifiers, frame.py, when.py and where.py
read the rest, and packs.py loads the indicator packs that name the categories.
"""

from newstally.figures.extract import extract_figures
from newstally.figures.numbers import parse_number
from newstally.figures.packs import Indicators, Pack, PackError, builtin_packs, default_indicators, load_pack

__all__ = [
    "Indicators",
    "Pack",
    "PackError",
    "builtin_packs",
    "default_indicators",
    "extract_figures",
    "load_pack",
    "parse_number",
]
