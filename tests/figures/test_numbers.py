"""The number parser and the quantity finder, one rule per case."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newstally.figures import parse_number
from newstally.figures.quantities import find_quantities


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,500", 1500),
        ("1 500", 1500),
        ("1.5", 1.5),
        ("12,5", 12.5),
        ("2.500.000", 2_500_000),
        ("Thirty one", 31),
        ("thirty-one", 31),
        ("two thousand", 2000),
        ("a dozen", 12),
        ("two dozen", 24),
        ("one and a half", 1.5),
        ("one hundred and twenty", 120),
        ("1.5 million", 1_500_000),
        ("5.5 mln", 5_500_000),
        ("2bn", 2_000_000_000),
        ("25k", 25_000),
        ("thousand", 1000),
        ("сто двадцать пять", 125),
        ("две тысячи", 2000),
        ("7 млн", 7_000_000),
        ("15 тыс.", 15_000),
        ("полтора", 1.5),
        ("двое", 2),
    ],
    ids=lambda x: str(x),
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "text",
    ["detained", "one two", "1.2.3", "", "a"],
    ids=["word", "two-words", "version", "empty", "article"],
)
def test_parse_number_refuses_what_is_not_one_number(text: str) -> None:
    assert parse_number(text) is None


def _words(n: int) -> str:
    """English words for 0 < n < 1000, as a reporter writes them."""
    ones = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    teens = [
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ]
    tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    parts = []
    if n >= 100:
        parts.append(f"{ones[n // 100 - 1]} hundred")
        n %= 100
        if n:
            parts.append("and")
    if 10 <= n < 20:
        parts.append(teens[n - 10])
    else:
        if n >= 20:
            parts.append(tens[n // 10 - 2] + ("-" + ones[n % 10 - 1] if n % 10 else ""))
        elif n:
            parts.append(ones[n - 1])
    return " ".join(parts)


@given(st.integers(min_value=1, max_value=999_999_999))
def test_digits_round_trip(n: int) -> None:
    """A whole number written with comma groups, space groups or none parses back to itself."""
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n
    assert parse_number(f"{n:,}".replace(",", " ")) == n


@given(st.integers(min_value=1, max_value=999))
def test_words_round_trip(n: int) -> None:
    assert parse_number(_words(n)) == n
    assert parse_number(f"{_words(n)} thousand") == n * 1000


@given(
    st.integers(min_value=1, max_value=9999), st.sampled_from([("million", 1e6), ("mln", 1e6), ("bn", 1e9)])
)
def test_decimal_with_multiplier_round_trips(tenths: int, scale: tuple[str, float]) -> None:
    word, factor = scale
    value = tenths / 10
    assert parse_number(f"{value} {word}") == pytest.approx(value * factor)
    assert parse_number(f"{value}".replace(".", ",") + f" {word}") == pytest.approx(value * factor)


def _one(sentence: str) -> tuple[float, float | None, str | None, str, str | None]:
    found = find_quantities(sentence)
    assert len(found) == 1, found
    q = found[0]
    return q.value, q.high, q.qualifier, q.kind, q.unit


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Courts handed down terms of 6-18 years.", (6, 18, None, "duration", "year")),
        ("They face from 6 to 18 years in prison.", (6, 18, None, "duration", "year")),
        ("Each got between 6 and 18 years.", (6, 18, None, "duration", "year")),
        ("Police detained about 140 people.", (140, None, "approximately", "count", None)),
        ("Some 30 militants surrendered.", (30, None, "approximately", "count", None)),
        ("Over 400 trainings are held.", (400, None, "over", "count", None)),
        ("More than 2 000 citizens left.", (2000, None, "over", "count", None)),
        ("Upwards of 50 cells were found.", (50, None, "over", "count", None)),
        ("At least 4 recruiters fled.", (4, None, "at least", "count", None)),
        ("Fewer than 10 teenagers were registered.", (10, None, "under", "count", None)),
        ("The procedure takes up to 6 months.", (6, None, "up to", "duration", "month")),
        ("Около 150 граждан остаются за рубежом.", (150, None, "approximately", "count", None)),
        ("Dozens of people were detained.", (12, 120, None, "count", None)),
        ("Hundreds of websites were blocked.", (100, 1000, None, "count", None)),
        ("Several men were questioned.", (3, 9, None, "count", None)),
        ("A few women found jobs.", (2, 5, None, "count", None)),
        ("Tens of thousands of leaflets were seized.", (10_000, 100_000, None, "count", None)),
        ("Изъяты несколько сотен листовок.", (300, 900, None, "count", None)),
        ("Recruiters drew in several dozen migrants.", (30, 90, None, "count", None)),
        ("The court handed him a 4-year suspended sentence.", (4, None, None, "duration", "year")),
        ("Задержаны несколько десятков человек.", (30, 90, None, "count", None)),
        ("Он встречался с несколькими десятками сторонников.", (30, 90, None, "count", None)),
        ("Выехали две сотни граждан.", (200, None, None, "count", None)),
        ("Crime fell by 12.5% in the region.", (12.5, None, None, "percent", "%")),
        ("Crime fell by 13 per cent.", (13, None, None, "percent", "%")),
        ("Fines reached KZT 7 mln.", (7_000_000, None, None, "money", "KZT")),
        ("Штрафы составили от 2 до 7 тыс. рублей.", (2000, 7000, None, "money", "RUB")),
        ("The group raised $30,000 in donations.", (30_000, None, None, "money", "USD")),
        ("They seized 5.5 mln tenge in cash.", (5_500_000, None, None, "money", "KZT")),
        ("Officers found 12 kg of explosives.", (12, None, None, "measure", "kg")),
        ("More than 2 tonnes of drugs were stopped.", (2, None, "over", "measure", "t")),
        ("He got a 10-year prison term.", (10, None, None, "duration", "year")),
    ],
    ids=lambda x: x if isinstance(x, str) else "",
)
def test_quantity(sentence: str, expected: tuple[float, float | None, str | None, str, str | None]) -> None:
    assert _one(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The statement was published on 15 January 2024.",
        "The raid began at 05:30 on Tuesday.",
        "The raid began at 5 a.m. local time.",
        "In 2023, the committee reviewed its work.",
        "The 3rd round of the operation ended.",
        "Call the hotline 1102 to report materials.",
        "Call +7 (727) 250-45-67 for details.",
        "A case was opened under Article 256 of the Criminal Code.",
        "Дело возбуждено по ст. 174 УК РК.",
        "Возбуждены уголовные дела по статьям 205.1 и 205.5 УК РФ.",
        "He was charged under Articles 3 and 7 of the code.",
        "Дела возбуждены по ст. 258 и 259 УК.",
        "In one of the houses officers found weapons.",
        "Нужны отдельные учреждения, – заявила одна из депутатов.",
        "В одном из сёл прошли обыски.",
        "The COVID-19 rules were lifted.",
        "It joined the G20 summit.",
        "Visit www.example.kz/news/2023/140 for more.",
        "No one was hurt in the blast.",
        "The plan runs to 2030 under a five-year plan.",
        "The number one priority is to eliminate the things that are not needed.",
        "6.",
        "Police later arrested a woman of 1119 Eighth St. in Franklin.",
        "ДУШАНБЕ, 12 дек — Sputnik.",
        "24.kg news agency asked the head of the service.",
    ],
    ids=[
        "date",
        "clock",
        "am-pm",
        "year",
        "ordinal",
        "hotline",
        "phone",
        "article",
        "ru-article",
        "ru-articles-listed",
        "articles-listed",
        "ru-st-listed",
        "in-one-of",
        "zayavila-odna-iz",
        "v-odnom-iz",
        "covid",
        "g20",
        "url",
        "no-one",
        "plan",
        "number-one",
        "list-number-alone",
        "house-number",
        "ru-dateline-short-month",
        "site-name",
    ],
)
def test_not_a_figure(sentence: str) -> None:
    assert find_quantities(sentence) == []


def test_list_numbering_is_not_a_figure() -> None:
    text = "1. Police detained 14 people."
    assert [q.value for q in find_quantities(text)] == [14]


def test_counted_noun_phrase() -> None:
    found = find_quantities("The KNB detained 140 members of their families and 31 foreigners.")
    assert [q.counted for q in found] == ["members of their families", "foreigners"]


def test_bare_number_counts_what_the_one_before_counts() -> None:
    found = find_quantities("Police detained 140 people, up from 120 a year earlier.")
    assert [(q.value, q.counted) for q in found] == [(140, "people"), (120, "people")]


def test_unit_written_once_covers_a_list() -> None:
    found = find_quantities("They paid eight or nine euros.")
    assert [(q.value, q.kind, q.unit) for q in found] == [(8, "money", "EUR"), (9, "money", "EUR")]


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("The number of detained recruiters reached 19.", "detained recruiters"),
        ("Число задержанных составило 45.", "задержанных"),
    ],
    ids=["en", "ru"],
)
def test_the_number_of_names_what_is_counted(sentence: str, counted: str) -> None:
    assert [q.counted for q in find_quantities(sentence)] == [counted]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Under Article 5, 12 people and 30 firms were fined.", [12, 30]),
        ("Police seized 3, 5 and 7 kg of heroin.", [3, 5, 7]),
        ("Police registered 21 cases in the region, and 9 people were convicted.", [21, 9]),
        ("Russia handed over 29 of them and Turkey 6, the rest came from elsewhere.", [29, 6]),
        ("Kazakhstan extradited 12 people, Russia 5.", [12, 5]),
    ],
    ids=[
        "article-then-counts",
        "list-of-counts",
        "identifier-word-then-and",
        "country-then-count",
        "country-gapped",
    ],
)
def test_counts_beside_identifiers_and_names_are_read(sentence: str, values: list[float]) -> None:
    """Only numbers joined by "and" to an identifier's number, written like it, name things too; a
    country before a number is whose count it is ("and Turkey 6"), not a name ("Game 6")."""
    assert [q.value for q in find_quantities(sentence)] == values


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Число преступлений снизилось с 498 до 301.", [(498, None), (301, None)]),
        ("Доля выросла с 71% до 83%.", [(71, None), (83, None)]),
        ("Им грозит от 5 до 8 лет.", [(5, 8)]),
    ],
    ids=["ru-change-counts", "ru-change-percent", "ru-range"],
)
def test_russian_from_to_after_a_verb_of_change_is_two_levels(
    sentence: str, values: list[tuple[float, float | None]]
) -> None:
    assert [(q.value, q.high) for q in find_quantities(sentence)] == values
