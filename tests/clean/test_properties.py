"""Invariants of cleaning: it never invents text, and cleaning its own output changes nothing."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newstally.clean import clean_dump
from newstally.clean.repeats import tidy_paragraphs

LINES = [
    "Police detained 14 members of a banned group in Almaty, the ministry said on Tuesday.",
    "Officers seized leaflets, two rifles and about 300 rounds of ammunition in the raids.",
    "The suspects face up to six years in prison if a court finds them guilty of the charges.",
    "Сотрудники КНБ задержали 52 участника экстремистских ячеек, сообщила пресс-служба ведомства.",
    "По данным ведомства, с начала года заблокировано более 1 200 интернет-ресурсов.",
    "Police detain 14 in Almaty",
    "КНБ: за год предотвращены 7 терактов",
    "March 5, 2024 | 10:30 am",
    "18 ноября 2023, 14:30",
    "By Aigerim Sadykova",
    "Автор: Ерлан Касымов",
    "Read also: Court jails three recruiters",
    "Читайте также: В Караганде задержаны 4 участника ОПГ",
    "Related news",
    "Новости по теме",
    "Photo: Reuters",
    "Фото: пресс-служба МВД",
    "Tags: police, Almaty",
    "Share this:",
    "Подписаться",
    "  • Home",
    "  • Главная",
    "Главная > Новости > Происшествия",
    "[logo]",
    "3 Comments",
    "© 2024 Steppe Wire. All rights reserved.",
    "USD 470.12 EUR 512.30",
    "",
    "",
]

pages = st.lists(
    st.one_of(
        st.sampled_from(LINES), st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120)
    ),
    max_size=40,
).map("\n".join)


def fold(text: str) -> str:
    return " ".join(text.split())


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(pages)
def test_cleaning_never_invents_text(text: str) -> None:
    folded = fold(text)
    for paragraph in clean_dump(text).paragraphs:
        assert paragraph and paragraph == fold(paragraph)
        assert paragraph in folded


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(pages)
def test_cleaning_is_idempotent(text: str) -> None:
    paragraphs = clean_dump(text).paragraphs
    assert clean_dump("\n\n".join(paragraphs)).paragraphs == paragraphs


@given(st.lists(st.one_of(st.sampled_from(LINES), st.text(max_size=80)), max_size=20))
def test_tidy_keeps_a_subsequence_and_is_idempotent(paragraphs: list[str]) -> None:
    kept, removed = tidy_paragraphs(paragraphs)
    assert sorted(kept + removed) == sorted(paragraphs)
    assert tidy_paragraphs(kept)[0] == kept


@given(st.text(max_size=200).filter(lambda t: "\n" not in t and t.strip()))
def test_one_line_comes_through_unchanged(line: str) -> None:
    assert clean_dump(line).paragraphs == [fold(line)]
