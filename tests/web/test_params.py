"""Query parameters are parsed by their declaration, and refused with a message that says why."""

from __future__ import annotations

from typing import Any

import pytest

from newstally.web.params import BadRequest, Param, parse_params

SPEC = (
    Param("q", "words"),
    Param("page", "page", "int", default=1, minimum=1, maximum=10),
    Param("from", "date", "date"),
    Param("order", "order", "choice", "desc", ("asc", "desc")),
    Param("conflicts", "flag", "bool", False),
)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, {"q": None, "page": 1, "from": None, "order": "desc", "conflicts": False}),
        (
            {"q": ["  "], "page": [""]},
            {"q": None, "page": 1, "from": None, "order": "desc", "conflicts": False},
        ),
        (
            {"q": ["a", "b"], "page": ["3"], "from": ["2023-05"], "order": ["asc"], "conflicts": ["1"]},
            {"q": "b", "page": 3, "from": "2023-05", "order": "asc", "conflicts": True},
        ),
    ],
    ids=["defaults", "blank-is-absent", "last-value-wins"],
)
def test_parse(query: dict[str, list[str]], expected: dict[str, Any]) -> None:
    assert parse_params(SPEC, query) == expected


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"page": ["x"]}, "page: expected a whole number"),
        ({"page": ["11"]}, "page: must be between 1 and 10"),
        ({"from": ["15/01/2024"]}, "from: expected a date"),
        ({"order": ["sideways"]}, "order: expected one of asc, desc"),
        ({"conflicts": ["yes"]}, "conflicts: expected 1 or 0"),
    ],
    ids=["not-int", "out-of-range", "bad-date", "bad-choice", "bad-bool"],
)
def test_refuse(query: dict[str, list[str]], message: str) -> None:
    with pytest.raises(BadRequest, match=message):
        parse_params(SPEC, query)
