"""The route table: each HTML page, its JSON twin under /api, its parameters and its view."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from newstally.web import views
from newstally.web.db import ReadOnlyConnection
from newstally.web.params import DATE_FROM, DATE_TO, LANGUAGE, LIMIT, OUTLET, PAGE, Param

View = Callable[[ReadOnlyConnection, dict[str, Any]], dict[str, Any]]


@dataclass(frozen=True)
class Route:
    """A page at `path` (HTML) and at /api`path` (JSON), both from `view`."""

    name: str
    path: str
    view: View
    template: str
    summary: str
    params: tuple[Param, ...] = ()
    regex: re.Pattern[str] = field(init=False)

    def __post_init__(self) -> None:
        pattern = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", self.path)  # paths hold no other metacharacter
        object.__setattr__(self, "regex", re.compile(pattern))

    @property
    def path_params(self) -> list[str]:
        """The names of the parameters inside the path, e.g. id in /documents/{id}."""
        return re.findall(r"\{(\w+)\}", self.path)


CATEGORY = Param("category", "Only figures of this category (detained, extradited, neutralized …).")
PLACE = Param("place", "Only figures about this place.")
COUNTED = Param("counted", "Only figures counting this (e.g. members of extremist groups).")
ACTOR = Param("actor", "Only figures that this actor reported.")
KINDS = ("count", "percent", "money", "duration", "measure")
FIGURE_SORTS = ("date", "value", "category", "counted", "period", "place", "actor", "outlet")

ROUTES: tuple[Route, ...] = (
    Route("home", "/", views.home, "home.html", "What the database holds: counts and categories."),
    Route(
        "search",
        "/search",
        views.search,
        "search.html",
        "Full-text search over the documents, with highlighted snippets; without q, the newest documents.",
        (
            Param("q", 'Words to find (all of them, any order; "quoted phrase" for a phrase).'),
            OUTLET,
            LANGUAGE,
            DATE_FROM,
            DATE_TO,
            PAGE,
            LIMIT,
        ),
    ),
    Route(
        "figures",
        "/figures",
        views.figures,
        "figures.html",
        "The figures, filtered and sorted; each with its sentence and source.",
        (
            CATEGORY,
            COUNTED,
            PLACE,
            ACTOR,
            OUTLET,
            LANGUAGE,
            DATE_FROM,
            DATE_TO,
            Param(
                "sort",
                "Column to sort by (date: the date the figure refers to).",
                "choice",
                "date",
                FIGURE_SORTS,
            ),
            Param("order", "Sort order.", "choice", "desc", ("asc", "desc")),
            PAGE,
            LIMIT,
        ),
    ),
    Route(
        "timeline",
        "/timeline",
        views.timeline,
        "timeline.html",
        "One category's values over their periods, one series per outlet or place; conflicts marked.",
        (
            CATEGORY,
            PLACE,
            COUNTED,
            Param(
                "kind",
                "Only figures of this kind; default: the category's most common kind.",
                "choice",
                choices=KINDS,
            ),
            Param("by", "One series per outlet or per place.", "choice", "outlet", ("outlet", "place")),
        ),
    ),
    Route(
        "claims",
        "/claims",
        views.claims,
        "claims.html",
        "Claims (one figure reported by one or more sources), conflicting values side by side.",
        (
            CATEGORY,
            PLACE,
            Param("conflicts", "Only claims whose sources disagree.", "bool", False),
            PAGE,
            LIMIT,
        ),
    ),
    Route(
        "document",
        "/documents/{id}",
        views.document,
        "document.html",
        "One document: its cleaned text with every figure, and the chrome removed from it.",
    ),
    Route(
        "stories",
        "/stories",
        views.stories,
        "stories.html",
        "Stories published more than once, largest first.",
        (PAGE, LIMIT),
    ),
    Route(
        "story",
        "/stories/{id}",
        views.story,
        "story.html",
        "One story: every republication of it, oldest first.",
    ),
)
