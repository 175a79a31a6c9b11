"""Cleaning: keep the article, drop the site around it, and every body sentence exactly once."""

from newstally.clean.dump import Cleaned, clean_dump

__all__ = ["Cleaned", "clean_dump"]
