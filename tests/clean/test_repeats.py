"""tidy_paragraphs: the paragraph-level rules that need no page layout, in English and Russian."""

import pytest

from newstally.clean.repeats import find_repeats, tidy_paragraphs

P1 = "Police detained 14 members of a banned group in Almaty, the ministry said."
P2 = "Officers seized leaflets, two rifles and about 300 rounds of ammunition."
P3 = "The suspects face up to six years in prison if convicted."
R1 = "Сотрудники КНБ задержали 14 человек в Алматы, сообщила пресс-служба."
R2 = "При обысках изъяты листовки, два ружья и около 300 патронов."


@pytest.mark.parametrize(
    ("paragraphs", "kept"),
    [
        pytest.param([P1, P2, P1], [P1, P2], id="exact-repeat"),
        pytest.param([f"{P1} {P2} {P3}", P1, P2, P3], [P1, P2, P3], id="concatenation-before"),
        pytest.param([P1, P2, P3, f"{P1} {P2} {P3}"], [P1, P2, P3], id="concatenation-after"),
        pytest.param([f"{P1}  {P2}", P3, P1, P2], [P3, P1, P2], id="concatenation-spaced"),
        pytest.param([f"{P1} {P2}", P2], [f"{P1} {P2}"], id="quote-of-a-paragraph"),
        pytest.param([f"{R1} {R2}", R1, R2], [R1, R2], id="ru-concatenation"),
        pytest.param([P1, P2, P3], [P1, P2, P3], id="no-repeat"),
        pytest.param(
            ["He said no.", P1, "He said no."], ["He said no.", P1, "He said no."], id="short-repeat-kept"
        ),
    ],
)
def test_repeats(paragraphs: list[str], kept: list[str]) -> None:
    assert tidy_paragraphs(paragraphs)[0] == kept


@pytest.mark.parametrize(
    "chrome",
    [
        pytest.param(["Read also: Court jails three recruiters"], id="read-also"),
        pytest.param(["Читайте также: В Караганде задержаны 4 участника ОПГ"], id="ru-read-also"),
        pytest.param(
            ["Related news", "Court jails three recruiters", "Nine held at the border"], id="related"
        ),
        pytest.param(["Новости по теме", "Суд арестовал 3 подозреваемых", "18 ноября 2023"], id="ru-related"),
        pytest.param(["Читайте также", "Пограничники задержали 9 нарушителей"], id="ru-read-also-list"),
        pytest.param(["Популярное", "Аким уволил 2 заместителей"], id="ru-popular"),
        pytest.param(["Photo: Reuters"], id="photo"),
        pytest.param(["Фото: пресс-служба МВД"], id="ru-photo"),
        pytest.param(["Police at the scene on Monday. (Photo: Ivan Ivanov/Steppe Wire)"], id="credit-tail"),
        pytest.param(["Tags: police, Almaty"], id="tags"),
        pytest.param(["Теги: КНБ, терроризм"], id="ru-tags"),
        pytest.param(["Share this:"], id="share"),
        pytest.param(["Подписаться"], id="ru-subscribe"),
        pytest.param(
            ["Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости."], id="ru-channel"
        ),
        pytest.param(["Follow Steppe Wire on Telegram and X for more updates."], id="follow-outlet"),
        pytest.param(["Следите за нами в Telegram и ВКонтакте"], id="ru-follow-us"),
        pytest.param(
            ["Если вы нашли ошибку, выделите фрагмент текста и нажмите Ctrl+Enter."], id="ru-typo-report"
        ),
        pytest.param(["Facebook Twitter WhatsApp Email"], id="share-buttons"),
        pytest.param(["Поделиться: ВКонтакте Telegram WhatsApp"], id="ru-share"),
        pytest.param(["© 2024 Steppe Wire. All rights reserved."], id="copyright"),
        pytest.param(["Image 2 of 5"], id="gallery-counter"),
        pytest.param(["Email * [                    ]"], id="form-field"),
        pytest.param(["Get the day's news in your inbox. Subscribe to our newsletter."], id="newsletter"),
        pytest.param(["Главная / Новости / Происшествия"], id="ru-breadcrumb"),
        pytest.param(["Home > News > Security"], id="breadcrumb"),
        pytest.param(["Privacy Policy, Terms of Use"], id="legal-links"),
        pytest.param(["Фото из личного архива героини"], id="ru-archive-credit"),
        pytest.param(["Мы используем файлы cookie, чтобы сайт работал лучше. [Понятно]"], id="ru-cookies"),
    ],
)
def test_chrome_is_removed(chrome: list[str]) -> None:
    kept, removed = tidy_paragraphs([P1, *chrome, P2])
    assert (kept, removed) == ([P1, P2], chrome)


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param("Investigators say the recruiters used to follow teenagers on Telegram.", id="follow"),
        pytest.param("Следователи следили за ними в Telegram больше года.", id="ru-follow"),
    ],
)
def test_body_sentence_that_names_a_network_stays(paragraph: str) -> None:
    assert tidy_paragraphs([P1, paragraph, P2])[0] == [P1, paragraph, P2]


def test_related_list_ends_at_prose() -> None:
    assert tidy_paragraphs(["Read also", "Court jails three recruiters", P1])[0] == [P1]


def test_kept_paragraphs_keep_their_text() -> None:
    messy = "Police  detained\n14 members."
    assert tidy_paragraphs([messy, P2])[0] == [messy, P2]


def test_find_repeats_prefers_the_split_copy() -> None:
    assert find_repeats([P1, P2, f"{P1} {P2}"]) == {2}
