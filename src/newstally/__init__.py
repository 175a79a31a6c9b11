"""newstally: clean noisy news pages and extract the figures they report."""

__version__ = "0.1.0"
