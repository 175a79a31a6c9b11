"""Units of a dump and how they are classified."""

import pytest

from newstally.clean.lines import Kind, classify, page_script, split_units, stopword_share


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
