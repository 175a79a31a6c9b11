"""Units of a dump and how they are classified."""

import pytest

from newstally.clean.lines import (
    Kind,
    classify,
    classify_page,
    page_script,
    split_units,
    stopword_counts,
    stopword_share,
)


def test_blank_lines_split_units_and_spaces_fold() -> None:
    assert split_units("  Home \n\n  •  News\n\nPolice   detained\tfive.\n") == [
        "Home",
        "• News",
        "Police detained five.",
    ]


def test_wide_dump_keeps_one_line_per_unit() -> None:
    text = "Headline of the story\nMarch 5, 2024\n\n" + "A paragraph that is long. " * 8
    assert split_units(text)[:2] == ["Headline of the story", "March 5, 2024"]


@pytest.mark.parametrize(
    ("text", "share"),
    [
        pytest.param("The police said that they detained five people", 0.5, id="en"),
        pytest.param("Сотрудники полиции задержали пять человек в Алматы", 1 / 7, id="ru"),
        pytest.param("Home News World Sport Business", 0.0, id="menu"),
    ],
)
def test_stopword_share(text: str, share: float) -> None:
    assert stopword_share(text) == pytest.approx(share)


@pytest.mark.parametrize(
    ("text", "share", "kind"),
    [
        pytest.param(
            "Police detained 140 people in 2023, the committee said on Monday.", 0.3, Kind.PROSE, id="prose"
        ),
        pytest.param(
            "Police detain 140 people in Almaty after a week of raids", 0.2, Kind.NEAR, id="headline"
        ),
        pytest.param("Home | News | World | Sport | Business | Culture | Weather", 0.0, Kind.LIST, id="menu"),
        pytest.param(
            "Subscribe to our newsletter to get the best stories of the day in your inbox.",
            0.3,
            Kind.LIST,
            id="widget",
        ),
        pytest.param("Share", 0.0, Kind.SHORT, id="short"),
    ],
)
def test_classify(text: str, share: float, kind: Kind) -> None:
    assert classify(text, share) is kind


@pytest.mark.parametrize(
    ("units", "scale", "min_share"),
    [
        pytest.param(["Police detained five people."], 1.0, 0.15, id="en"),
        pytest.param(["Полиция задержала пятерых человек."], 1.0, 0.05, id="ru"),
        pytest.param(["警察は昨日、五人を逮捕したと発表した。"], 3.0, 0.15, id="ja"),
        pytest.param(["Police detained five people.", "中文 日本語"], 1.0, 0.15, id="en-with-switcher"),
    ],
)
def test_page_script(units: list[str], scale: float, min_share: float) -> None:
    script = page_script(units)
    assert (script.scale, script.min_share) == (scale, min_share)


PARAGRAPH = "Border guards detained 9 people who tried to cross the border outside checkpoints, police said."
CAPTION = "Border guards check the documents of drivers at the Kordai checkpoint on Monday."
LAST_PARAGRAPH = "All nine were handed over to the migration police, which opened 4 administrative cases."
CREDIT = "Photo: press service of the Border Service"


def kinds_of(units: list[str]) -> list[Kind]:
    script = page_script(units)
    return classify_page(units, stopword_counts(units, script.scale), script)


@pytest.mark.parametrize(
    ("units", "caption_at"),
    [
        pytest.param([PARAGRAPH, CAPTION, CREDIT, PARAGRAPH], 1, id="inside-the-text"),
        pytest.param([PARAGRAPH, CAPTION, CAPTION, CREDIT, "Tags: border"], 2, id="printed-twice"),
    ],
)
def test_unit_above_a_credit_is_a_caption(units: list[str], caption_at: int) -> None:
    assert kinds_of(units)[caption_at] is Kind.LIST


def test_paragraph_above_a_credit_that_closes_the_text_is_prose() -> None:
    units = [PARAGRAPH, LAST_PARAGRAPH, CREDIT, "Tags: border", "Share"]
    assert kinds_of(units)[1] is Kind.PROSE


def test_a_paragraph_above_a_credit_that_the_page_also_prints_in_one_long_block_is_prose() -> None:
    whole = " ".join([PARAGRAPH, LAST_PARAGRAPH, PARAGRAPH.replace("9", "11"), LAST_PARAGRAPH.upper()])
    units = [whole, PARAGRAPH, LAST_PARAGRAPH, CREDIT, PARAGRAPH]
    assert kinds_of(units)[2] is Kind.PROSE


@pytest.mark.parametrize(
    "report",
    [
        pytest.param(
            "Criminal cases were opened against 96 people. Courts convicted 118 people last year.",
            id="two-sentences",
        ),
        pytest.param(
            "According to the committee, more than 850 citizens have gone to Syria since 2011.", id="a-source"
        ),
        pytest.param("— How many people are on the preventive register?", id="a-question"),
        pytest.param(
            "Among those detained were 140 citizens of Tajikistan; 12 of them turned out to be wanted.",
            id="two-verbs-in-the-past",
        ),
    ],
)
def test_a_paragraph_of_the_report_above_a_credit_inside_the_text_is_no_caption(report: str) -> None:
    assert kinds_of([PARAGRAPH, report, CREDIT, PARAGRAPH])[1] is not Kind.LIST
