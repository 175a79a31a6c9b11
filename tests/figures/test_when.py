"""Periods in force: which period a figure without its own inherits from the sentences before it."""

from __future__ import annotations

from datetime import date

import pytest

from newstally.figures import extract_figures
from newstally.figures.when import find_periods


def periods(text: str, title: str, published: str) -> dict[str, str | None]:
    """Each figure's text and the text of its period."""
    figures = extract_figures(text, published=published, language="ru", title=title)
    return {f.text: f.period.text if f.period else None for f in figures}


def test_a_russian_publication_date_is_the_reports_not_a_period() -> None:
    assert (
        find_periods("Как следует из опубликованных во вторник данных, это рекорд.", date(2022, 2, 1)) == []
    )
    assert find_periods("Задержания прошли во вторник.", date(2022, 2, 1))[0].period.text == "во вторник"


LOOK_BACK = (
    "Комитет в 2021 году обезвредил 36 групп. В 2020 году комитет сообщал о 122 задержанных.\n\n"
    "Суды осудили 85 человек."
)


def test_a_look_back_in_a_round_up_does_not_carry_over() -> None:
    got = periods(LOOK_BACK, title="В 2021 году КНБ обезвредил 36 групп", published="2022-02-01")
    assert got == {"36": "2021", "122": "2020", "85": "2021"}


def test_a_later_period_still_carries_over() -> None:
    text = LOOK_BACK.replace(
        "В 2020 году комитет сообщал о 122 задержанных", "В январе 2022 года задержаны 12 человек"
    )
    got = periods(text, title="В 2021 году КНБ обезвредил 36 групп", published="2022-02-01")
    assert got["85"] == "январе 2022"


def test_without_a_round_up_headline_the_latest_period_carries_over() -> None:
    got = periods(LOOK_BACK, title="КНБ подвёл итоги", published="2022-02-01")
    assert got["85"] == "2020"


def test_a_year_counted_back_is_that_year() -> None:
    (found,) = find_periods("За 2023 год задержаны 96 человек.", date(2024, 4, 18))
    assert (found.period.start, found.period.end) == ("2023-01-01", "2023-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over the past 18 months 40 people were detained.", [(40, "2022-11-01")]),
        ("In the past three months 12 cells were dismantled.", [(12, "2024-02-01")]),
        ("В течение последних двух лет задержаны 40 человек.", [(40, "2022-05-01")]),
        ("За последние 6 месяцев задержаны 40 человек.", [(40, "2023-11-01")]),
    ],
    ids=["past-18-months", "past-three-months", "v-techenie-poslednikh", "za-poslednie-mesyatsev"],
)
def test_a_rolling_window_is_a_period_not_a_figure(text: str, expected: list[tuple[float, str]]) -> None:
    """docs/dev/gold-format.md: "over the past N years" is the window ending on `published`, and its
    number is no figure; "months" once hid the rule that reads it."""
    figures = extract_figures(text, published="2024-05-01", language="ru" if "д" in text else "en")
    assert [(f.value, f.period.start if f.period else None) for f in figures] == expected
