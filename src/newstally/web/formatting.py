"""Template filters: numbers and periods written for people."""

from __future__ import annotations

import calendar
from typing import Any


def plain_number(value: float | None) -> int | float | None:
    """Whole numbers as ints, so that JSON reads 140 and not 140.0.

    >>> plain_number(140.0), plain_number(2.5), plain_number(None)
    (140, 2.5, None)
    """
    if value is None:
        return None
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


def format_number(value: float | None) -> str:
    """A figure's value for people, thousands set apart by a thin space.

    >>> format_number(1500.0), format_number(2.5), format_number(None)
    ('1\u202f500', '2.5', '')
    """
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", "\u202f")
    return f"{value:,.2f}".rstrip("0").rstrip(".").replace(",", "\u202f")


def period_label(period: dict[str, Any] | None) -> str:
    """A period's dates, shortened to a year or a month when it covers exactly one.

    >>> period_label({"start": "2023-01-01", "end": "2023-12-31", "text": "in 2023"})
    '2023'
    >>> period_label({"start": "2023-05-01", "end": "2023-05-31", "text": "in May"})
    '2023-05'
    >>> period_label({"start": "2023-01-01", "end": "2023-06-30", "text": ""})
    '2023-01-01 – 2023-06-30'
    >>> period_label({"start": None, "end": "2024-02-03", "text": "by Friday"})
    '… – 2024-02-03'
    """
    if not period or not (period.get("start") or period.get("end")):
        return ""
    start, end = period.get("start") or "", period.get("end") or ""
    if start == end:
        return start
    if len(start) == len(end) == 10 and start[:4] == end[:4]:
        year, month = int(start[:4]), int(start[5:7])
        if start[5:] == "01-01" and end[5:] == "12-31":
            return start[:4]
        last_day = calendar.monthrange(year, month)[1]
        if start[:7] == end[:7] and start[8:] == "01" and int(end[8:]) == last_day:
            return start[:7]
    return f"{start or '…'} – {end or '…'}"
