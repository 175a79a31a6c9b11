"""Headline, date and author: the parsers on their own, in English and Russian."""

import pytest

from newstally.clean.meta import parse_byline, parse_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        pytest.param("November 18, 2019", "2019-11-18", id="en-month-day-year"),
        pytest.param("Nov. 18, 2019 | 4:10pm", "2019-11-18T16:10", id="en-abbrev-pm"),
        pytest.param("Tuesday 19 November 2019", "2019-11-19", id="en-day-month-year"),
        pytest.param("Published 12:05 AM, 3 March 2024", "2024-03-03T00:05", id="en-time-first-midnight"),
        pytest.param("18 ноября 2019, 14:30", "2019-11-18T14:30", id="ru-genitive"),
        pytest.param("14:30, 18 ноября 2019 г.", "2019-11-18T14:30", id="ru-time-first"),
        pytest.param("Опубликовано: 1 мая 2021", "2021-05-01", id="ru-may"),
        pytest.param("Дата публикации: 05.03.2024 09:15", "2024-03-05T09:15", id="ru-numeric"),
        pytest.param("03/18/2024", "2024-03-18", id="us-numeric"),
        pytest.param("2019-11-13T23:06:00+01:00", "2019-11-13T23:06", id="iso"),
        pytest.param("31.02.2020", None, id="no-such-day"),
        pytest.param("140 people detained in 2023", None, id="year-only"),
        pytest.param("USD 470.12 EUR 512.30", None, id="ticker"),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("By Aigerim Sadykova", "Aigerim Sadykova", id="en"),
        pytest.param("By Jane Doe and John Smith | Reuters", "Jane Doe and John Smith", id="en-two"),
        pytest.param("Автор: Ерлан Касымов", "Ерлан Касымов", id="ru"),
        pytest.param("Текст: Анна Петрова, фото: пресс-служба", "Анна Петрова", id="ru-text"),
        pytest.param("By the time police arrived, the group had left.", None, id="sentence"),
        pytest.param("Police said on Monday", None, id="no-byline"),
    ],
)
def test_parse_byline(text: str, name: str | None) -> None:
    assert parse_byline(text) == name
