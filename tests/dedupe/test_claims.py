"""Claim keys: what makes two figures the same claim, and what only differs in value."""

from __future__ import annotations

import pytest

from newstally.dedupe.claims import claim_key, counted_head
from newstally.model import Figure, Period


def fig(value: float = 48, **kw: object) -> Figure:
    base: dict[str, object] = {
        "text": "48",
        "start": 0,
        "end": 2,
        "sentence": "48 people were detained in Almaty in 2022.",
        "counted": "people",
        "category": "detained",
        "place": "Almaty",
        "period": Period("2022-01-01", "2022-12-31", "in 2022"),
    }
    return Figure(value=value, **(base | kw))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("counted", "head"),
    [
        ("people", "people"),
        ("persons", "person"),
        ("witnesses", "witnes"),
        ("members of extremist groups", "member"),
        ("extremist groups", "group"),
        ("citizens of Kazakhstan", "citize"),
        ("Kazakhstanis", "kazakh"),
        ("граждан Кыргызстана", "citize"),
        ("extremists", "extrem"),
        ("extremist", "extrem"),
        ("иностранных граждан", "citize"),
        ("членов экстремистских групп", "member"),
        ("преступлений террористического характера", "crime"),
        ("человек", "people"),
        ("", None),
    ],
)
def test_counted_head(counted: str, head: str | None) -> None:
    assert counted_head(counted) == head


def test_equal_figures_have_equal_keys() -> None:
    a, b = claim_key(fig()), claim_key(fig(text="forty-eight", sentence="Other words.", place=" almaty "))
    assert a is not None and b is not None
    assert a.key == b.key


def test_a_russian_report_of_the_same_figure_is_the_same_claim() -> None:
    a = claim_key(fig())
    b = claim_key(
        fig(text="48", sentence="В Алматы задержаны 48 человек.", counted="человек", place="Алматы")
    )
    assert a is not None and b is not None
    assert a.key == b.key


def test_a_different_value_keeps_the_frame() -> None:
    a, b = claim_key(fig(48)), claim_key(fig(52))
    assert a is not None and b is not None
    assert a.key != b.key and a.frame == b.frame


@pytest.mark.parametrize(
    "change",
    [
        {"place": "Shymkent"},
        {"period": Period("2021-01-01", "2021-12-31", "in 2021")},
        {"category": "sentenced"},
        {"counted": "laptops"},
        {"negated": True},
    ],
    ids=["place", "period", "category", "head", "negated"],
)
def test_any_other_difference_is_another_frame(change: dict[str, object]) -> None:
    a, b = claim_key(fig()), claim_key(fig(**change))
    assert a is not None and b is not None
    assert a.frame != b.frame


def test_a_bare_number_makes_no_claim() -> None:
    assert claim_key(fig(category="other", counted=None)) is None
    assert claim_key(fig(category="other")) is not None
