"""Query-string parameters: declared once per route, parsed for the view, described in OpenAPI."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

DATE_RE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


class BadRequest(Exception):
    """A request whose parameters cannot be used; the message says which one and what it accepts."""


class NotFound(Exception):
    """The page or the record asked for does not exist."""


@dataclass(frozen=True, slots=True)
class Param:
    """One query-string parameter: `kind` is str, int, date, bool or choice."""

    name: str
    description: str
    kind: str = "str"
    default: Any = None
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None

    def parse(self, raw: str) -> Any:
        """The value of `raw` for this parameter, or BadRequest."""
        if self.kind == "int":
            try:
                value = int(raw)
            except ValueError:
                raise BadRequest(f"{self.name}: expected a whole number, got {raw!r}") from None
            if (self.minimum is not None and value < self.minimum) or (
                self.maximum is not None and value > self.maximum
            ):
                raise BadRequest(f"{self.name}: must be between {self.minimum} and {self.maximum}")
            return value
        if self.kind == "date" and not DATE_RE.fullmatch(raw):
            raise BadRequest(f"{self.name}: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got {raw!r}")
        if self.kind == "choice" and raw not in self.choices:
            raise BadRequest(f"{self.name}: expected one of {', '.join(self.choices)}, got {raw!r}")
        if self.kind == "bool":
            if raw not in ("0", "1", "true", "false"):
                raise BadRequest(f"{self.name}: expected 1 or 0, got {raw!r}")
            return raw in ("1", "true")
        return raw

    def schema(self) -> dict[str, Any]:
        """This parameter's OpenAPI schema object."""
        types = {"str": "string", "int": "integer", "date": "string", "bool": "boolean", "choice": "string"}
        schema: dict[str, Any] = {"type": types[self.kind]}
        if self.kind == "date":
            schema["pattern"] = "^" + DATE_RE.pattern + "$"
        if self.choices:
            schema["enum"] = list(self.choices)
        if self.minimum is not None:
            schema["minimum"] = self.minimum
        if self.maximum is not None:
            schema["maximum"] = self.maximum
        if self.default is not None:
            schema["default"] = self.default
        return schema


def parse_params(spec: Sequence[Param], query: Mapping[str, list[str]]) -> dict[str, Any]:
    """The declared parameters read from a parsed query string; blank values count as absent."""
    values: dict[str, Any] = {}
    for param in spec:
        raw = (query.get(param.name) or [""])[-1].strip()
        values[param.name] = param.parse(raw) if raw else param.default
    return values


PAGE = Param("page", "Page number, from 1.", "int", default=1, minimum=1, maximum=10_000)
LIMIT = Param("limit", "Rows per page.", "int", default=50, minimum=1, maximum=500)
OUTLET = Param("outlet", "Only documents from this outlet (its web site, or the source for local files).")
LANGUAGE = Param("language", "Only documents in this language (ISO 639-1 code, e.g. en, ru).")
DATE_FROM = Param("from", "Only documents published on or after this date.", "date")
DATE_TO = Param("to", "Only documents published on or before this date.", "date")
