"""clean_dump on whole pages: the article stays, every piece of chrome goes, metadata is found."""

from pathlib import Path

import pytest

from newstally.clean import clean_dump
from newstally.clean.lines import split_units

PAGES = Path(__file__).parent / "pages"
EN_PAGE = (PAGES / "en-almaty-raids.txt").read_text(encoding="utf-8")
RU_PAGE = (PAGES / "ru-knb-year.txt").read_text(encoding="utf-8")

BODY_EN = [
    "ALMATY - Police detained 14 members of a banned religious group in a series of raids across the "
    "city last week, the Interior Ministry said on Tuesday.",
    "Officers searched 22 flats and seized extremist leaflets, two hunting rifles and about 300 rounds "
    "of ammunition, according to the statement.",
    "Investigators say the group had recruited at least 40 young people through messaging apps since 2022.",
    "How the raids unfolded",
    "The suspects face charges under the article on participation in a banned organisation, which carries "
    "up to six years in prison.",
]

BODY_RU = [
    "АСТАНА, 18 ноября – В текущем году органы национальной безопасности предотвратили семь "
    "террористических актов на стадии подготовки, сообщила пресс-служба ведомства.",
    "Задержаны 52 участника экстремистских ячеек, из них 11 человек вернулись из зон вооружённых конфликтов.",
    "По данным ведомства, с начала года заблокировано более 1 200 интернет-ресурсов с деструктивным "
    "содержанием.",
]

ARTICLE = [
    "Border guards detained 9 people who tried to cross the border outside checkpoints, the service said.",
    "Six of them were citizens of neighbouring countries and three had been banned from entry before.",
    "All nine were handed over to the migration police, which opened 4 administrative cases.",
]


@pytest.mark.parametrize(("page", "body"), [(EN_PAGE, BODY_EN), (RU_PAGE, BODY_RU)], ids=["en", "ru"])
def test_page_keeps_the_article_and_nothing_else(page: str, body: list[str]) -> None:
    assert clean_dump(page).paragraphs == body


@pytest.mark.parametrize(
    ("page", "title", "published", "author"),
    [
        (
            EN_PAGE,
            "Police detain 14 members of a banned group in Almaty",
            "2024-03-05T10:30",
            "Aigerim Sadykova",
        ),
        (RU_PAGE, "КНБ: за год предотвращены 7 терактов", "2023-11-18T14:30", "Ерлан Касымов"),
    ],
    ids=["en", "ru"],
)
def test_page_metadata(page: str, title: str, published: str, author: str) -> None:
    cleaned = clean_dump(page)
    assert (cleaned.title, cleaned.published, cleaned.author) == (title, published, author)


@pytest.mark.parametrize(
    ("page", "chrome"),
    [
        (
            EN_PAGE,
            [
                "Related news",
                "• Border guards stop 9 people crossing illegally",
                "Tags: police, Almaty, extremism",
            ],
        ),
        (RU_PAGE, ["Новости по теме", "• Пограничники задержали 9 нарушителей", "Фото: пресс-служба КНБ"]),
    ],
    ids=["en", "ru"],
)
def test_removed_chrome_is_reported(page: str, chrome: list[str]) -> None:
    removed = clean_dump(page).removed
    assert all(line in removed for line in chrome)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Police detained 140 people in 2023.", id="en-sentence"),
        pytest.param("Сотрудники КНБ задержали 140 человек.", id="ru-sentence"),
        pytest.param("140 detained", id="fragment"),
        pytest.param("Photo: five people were detained", id="chrome-looking-sentence"),
        pytest.param(
            "The committee said 140 people were detained. A further 12 were charged.\n"
            "Courts convicted 46 of them.",
            id="two-sentence-lines",
        ),
        pytest.param("\n\n".join(ARTICLE), id="clean-paragraphs"),
    ],
)
def test_clean_text_comes_through_unchanged(text: str) -> None:
    assert clean_dump(text).paragraphs == [
        " ".join(line.split()) for line in text.split("\n") if line.strip()
    ]


def test_article_printed_twice_is_kept_once() -> None:
    page = "\n\n".join(["Menu", "• Home", "• News", " ".join(ARTICLE), "Border guards detain 9", *ARTICLE])
    assert clean_dump(page).paragraphs == ARTICLE


def test_readers_comments_are_dropped() -> None:
    page = "\n\n".join(
        [
            *ARTICLE,
            "3 Comments",
            "steppe_rider says:",
            "I think the border service is doing a good job and they should get more money for it.",
            "Marat on March 5, 2024 at 4:47 pm said:",
            "This is what happens when you do not control the border properly for years and years.",
        ]
    )
    assert clean_dump(page).paragraphs == ARTICLE


def test_other_stories_cards_are_dropped() -> None:
    cards = []
    for n in range(3):
        cards += [
            f"Another story headline number {n} about the regional budget",
            f"March {n + 1}, 2024",
            "The regional council approved its budget for the next year after a long debate on Tuesday.",
        ]
    page = "\n\n".join(["Border guards detain 9", "March 5, 2024", *ARTICLE, "More news", *cards])
    assert clean_dump(page).paragraphs == ARTICLE


def wrap(text: str, width: int) -> list[str]:
    """The lines of `text` as a greedy word wrapper at `width` columns prints them."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line]


def test_hard_wrapped_paragraphs_are_joined() -> None:
    words = " ".join(ARTICLE).split()
    page = "Menu\n\n" + "\n".join(wrap(" ".join(words), 72)) + "\n\n© 2024 Steppe Wire\n"
    assert clean_dump(page).paragraphs == [" ".join(words)]


def test_hard_wrapped_short_paragraphs_amid_chrome_are_joined() -> None:
    """Few lines reach the margin when each paragraph wraps once and chrome lines abound."""
    chrome = [
        "Steppe Wire | steppewire.example",
        "Tuesday, 5 March 2024 · Almaty +4°C · USD 450.12",
        "NEWS POLITICS ECONOMY SECURITY SOCIETY REGIONS",
        "Home » Security » Border",
    ]
    related = [
        "Related news",
        "— Almaty to open 12 new schools",
        "— Grain harvest to reach 20 million tonnes",
        "— Three car thieves detained in Karaganda",
    ]
    blocks = [*chrome, *("\n".join(wrap(p, 72)) for p in ARTICLE), "\n".join(related), "© 2024 Steppe Wire"]
    assert clean_dump("\n\n".join(blocks)).paragraphs == ARTICLE


def test_list_entries_near_the_margin_of_a_wrapped_dump_stay_apart() -> None:
    """An entry that would have fit after the line above it was not wrapped onto a new line."""
    entries = [
        "• Almaty to open 12 new schools this autumn, the city akimat says",
        "• Grain harvest expected to reach 20 million tonnes this year",
    ]
    page = "\n\n".join(["Menu", *("\n".join(wrap(p, 72)) for p in ARTICLE), "\n".join(entries)])
    units = split_units(page)
    assert units[-2:] == entries


def test_short_closing_sentence_is_kept() -> None:
    page = "\n\n".join(
        ["Menu", *BODY_RU, "Приговор вступил в законную силу.", "Просмотров: 611", "[Распечатать]"]
    )
    assert clean_dump(page).paragraphs == [*BODY_RU, "Приговор вступил в законную силу."]


def test_tag_cloud_is_not_prose_in_any_language() -> None:
    cloud = " ".join(f"etiqueta{n} noticias cidade" for n in range(20))
    page = "\n\n".join(["Início", *ARTICLE, "Etiquetas", cloud])
    assert clean_dump(page).paragraphs == ARTICLE


def test_japanese_page_counts_characters_as_words() -> None:
    body = [
        "警察は昨日、市内で五人を逮捕したと発表した。",
        "調べによると、五人は去年から詐欺を繰り返していた疑いがある。",
    ]
    page = "\n\n".join(["ホーム", "ニュース", "[ロゴ]", *body, "関連記事", "• 別のニュース"])
    assert clean_dump(page).paragraphs == body


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        pytest.param(
            "Officers during a search in Aktobe region.", "Photo: press service of the KNB", id="en"
        ),
        pytest.param(
            "Сотрудники КНБ во время обыска в Актюбинской области.", "Фото: пресс-служба КНБ", id="ru"
        ),
        pytest.param(
            "Border guards at the Kordai checkpoint", "Photograph: Jane Doe/Steppe Agency", id="en-no-stop"
        ),
    ],
)
def test_caption_above_a_picture_credit_is_dropped(caption: str, credit: str) -> None:
    page = "\n\n".join(["Menu", "• Home", "• News", ARTICLE[0], caption, credit, *ARTICLE[1:]])
    cleaned = clean_dump(page)
    assert cleaned.paragraphs == ARTICLE
    assert caption in cleaned.removed


def test_body_paragraph_above_a_long_image_line_stays() -> None:
    long_caption = "Image: the checkpoint at Kordai, where border guards detained nine people on Monday night"
    page = "\n\n".join(["Menu", "• Home", "• News", ARTICLE[0], long_caption, *ARTICLE[1:]])
    assert clean_dump(page).paragraphs[:2] == ARTICLE[:2]


def test_last_paragraph_above_a_closing_credit_stays() -> None:
    """The lead picture's credit printed under the text does not make the last paragraph a caption."""
    page = "\n\n".join(
        ["Menu", "• Home", "• News", *ARTICLE, "Photo: press service of the Border Service", "Tags: border"]
    )
    assert clean_dump(page).paragraphs == ARTICLE


def test_a_list_the_text_runs_through_stays_with_the_line_that_announces_it() -> None:
    items = [
        "Key figures from the briefing:",
        "– 367 of those returned are children, including 142 orphans;",
        "– 121 are women, 43 are men;",
        "– 11 of the men have been convicted.",
    ]
    page = "\n\n".join(
        ["Menu", "• Home", "• News", ARTICLE[0], *items, *ARTICLE[1:], "Related", "• Other news"]
    )
    assert clean_dump(page).paragraphs == [ARTICLE[0], *items, *ARTICLE[1:]]


def test_a_related_list_between_paragraphs_is_no_list_of_the_text() -> None:
    related = ["• Border guards detain 12 at Kordai", "• Customs seize 40 kg of heroin"]
    page = "\n\n".join(["Menu", "• Home", ARTICLE[0], *related, *ARTICLE[1:]])
    assert not set(related) & set(clean_dump(page).paragraphs)


def test_a_picture_credit_without_a_colon_is_chrome() -> None:
    page = "\n\n".join([*ARTICLE, "Фото 24.kg. Уничтожение изъятых наркотиков в Бишкеке.", "Tags: drugs"])
    assert clean_dump(page).paragraphs == ARTICLE
