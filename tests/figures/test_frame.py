"""The category linker: which trigger decides a figure when several stand in its sentence.

Each case is a sentence shape that a rule of frame.py or predicate.py settles; docs/packs.md states
the rules.
"""

from __future__ import annotations

import pytest

from newstally.figures import extract_figures


def _categories(text: str) -> list[tuple[float, str]]:
    language = "ru" if any("а" <= c <= "я" for c in text.lower()) else "en"
    return [(f.value, f.category) for f in extract_figures(text, language=language)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В колониях отбывают наказание 514 осуждённых, с ними работают 26 теологов.",
            [(514, "convicted"), (26, "other")],
        ),
        ("Ранее задержали и допросили 5 человек.", [(5, "detained")]),
        ("Police arrested and questioned 5 people.", [(5, "detained")]),
    ],
    ids=["russian-verb-before", "joined-ru", "joined-en"],
)
def test_a_verb_no_pattern_names_shields_its_figure(text: str, expected: list[tuple[float, str]]) -> None:
    """A verb just before a figure that no pattern names is its predicate: the triggers before it are
    another figure's, unless joined to it by "and", "и"."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The court also banned 2 of the convicts from using the internet.",
        "Prosecutors received 58 extradition requests from foreign states.",
        "С программами работали 1 100 осуждённых.",
    ],
    ids=["partitive", "modifier", "russian"],
)
def test_under_a_verb_no_pattern_names_the_noun_phrase_says_what_is_counted(text: str) -> None:
    """ "banned 2 of the convicts": the convicts are who was banned, not a conviction of 2."""
    assert [c for _, c in _categories(text)] == ["other"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2023, 214 people were detained. Of those, 37 were foreign nationals.", (37, "detained", None)),
        ("В 2023 году задержаны 214 человек. Из них 12 – женщины.", (12, "detained", None)),
        ("In 2023, 214 people were detained. Of those, 30 were released.", (30, "other", None)),
        ("In 2023, 214 people were detained. Of those, 13 were held for 2 months.", (2, "other", None)),
        ("In 2023, 214 people were detained. The report named 37 foreign nationals.", (37, "other", None)),
        ("In 2023, 214 people were detained. No figures. Of those, 37 were women.", (37, "other", None)),
    ],
    ids=["of-those", "iz-nih", "own-predicate", "term", "no-opener", "sentence-between"],
)
def test_a_sentence_about_parts_takes_the_category_of_the_figure_before(
    text: str, expected: tuple[float, str, str | None]
) -> None:
    """ "Of those, 37 were foreign nationals": parts of the last categorised figure of the sentence
    before, with no trigger (the word that decided stands in that sentence)."""
    found = extract_figures(text, language="ru" if text[0] == "В" else "en")
    assert (found[-1].value, found[-1].category, found[-1].trigger) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Whose members had recruited at least 40 young people through messengers.",
        "The network sent 18 people to join terrorist groups in Syria.",
        "Вербовщик завербовал и отправил в Афганистан троих жителей города.",
    ],
    ids=["recruited", "to-join", "zaverboval"],
)
def test_people_recruited_are_members(text: str) -> None:
    """docs/dev/gold-format.md: people recruited, drawn in or sent to join are `members`."""
    assert [c for _, c in _categories(text)] == ["members"]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("In 4 cases the recruiters were identified and detained.", "detained"),
        ("Шестеро осужденных были задержаны в Турции и выданы Узбекистану.", "extradited"),
        ("Police detained 5 people, and investigators charged them later.", "detained"),
    ],
    ids=["identified-and-detained", "zaderzhany-i-vydany", "comma-ends-the-chain"],
)
def test_verbs_joined_on_one_figure_take_the_last(text: str, category: str) -> None:
    """Two verbs joined by "and", "и" on one figure: the step the chain ended in decides."""
    assert [c for _, c in _categories(text)] == [category]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Не допущено 17 попыток выезда казахстанцев в зоны конфликтов.", [(17, "prevented")]),
        ("Сорваны 3 попытки вербовки молодых людей.", [(3, "prevented")]),
    ],
    ids=["genitive-people", "genitive-adjective-people"],
)
def test_a_russian_head_noun_decides_whether_people_are_counted(
    text: str, expected: list[tuple[float, str]]
) -> None:
    """A category that never counts people takes a figure whose head noun names things, whoever the
    genitive after it names: attempts of Kazakhstanis are attempts."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Обвиняемые вовлекли в организацию 15 человек, шестеро из которых выехали в Сирию.",
            [(15, "members"), (6, "other")],
        ),
        (
            "Ячейка вовлекла в свою деятельность 30 человек, из которых 12 выехали в Сирию.",
            [(30, "members"), (12, "other")],
        ),
        ("Задержаны 30 человек, 12 из них арестованы.", [(30, "detained"), (12, "detained")]),
    ],
    ids=["own-verb-no-pattern", "marker-before-own-verb", "own-verb-pattern"],
)
def test_a_part_followed_by_its_own_russian_verb_is_that_verbs(
    text: str, expected: list[tuple[float, str]]
) -> None:
    """A part ("шестеро из которых") with a verb of its own after it takes what that verb says, not
    the whole's category: those who left for Syria are no longer counted as recruited."""
    assert _categories(text) == expected


def test_a_verb_after_of_whom_is_the_parts_own() -> None:
    """After "of whom" a verb in -ed is finite, the part's own predicate ("5 of whom travelled to
    Syria"), so the part does not take its whole's category."""
    text = "The defendants drew at least 17 people into the organisation, 5 of whom travelled to Syria."
    assert _categories(text) == [(17, "members"), (5, "other")]
