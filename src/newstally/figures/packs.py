"""Indicator packs: categories of figures and the words that trigger them, loaded from TOML files.

A pack is data (src/newstally/packs/*.toml, or a user's file given with --pack); see docs/packs.md
for the format. `Indicators` merges packs (a later pack's category replaces an earlier one of the
same name) and finds their trigger words in a sentence.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from newstally.figures import _lexicon

OTHER = "other"


class PackError(ValueError):
    """A pack file that cannot be read; the message names the file and what to fix."""


@dataclass(frozen=True, slots=True)
class Category:
    """One category of figures, with its trigger patterns per language."""

    name: str
    group: str
    description: str
    verbs: dict[str, tuple[str, ...]]
    nouns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    needs_noun: bool = False
    duration_only: bool = False
    counts_people: bool = True
    # Whether what it counts has a value that an amount of money after it gives: "изъято … 26
    # телефонов, а также денежные средства в размере 1,8 млн сомов", "found … with a value of $3 million".
    takes_value: bool = False
    # Verbs that say this category only when one of the cues stands in the sentence: "returned" is
    # an extradition of fugitives, a homecoming from a conflict zone otherwise.
    cued_verbs: dict[str, tuple[str, ...]] = field(default_factory=dict)
    cues: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Pack:
    """A versioned set of categories, plus optional vague-amount overrides."""

    name: str
    version: int
    description: str
    categories: tuple[Category, ...]
    vague: dict[str, tuple[float, float]]
    path: str

    @property
    def id(self) -> str:
        """The pack's name with its version, e.g. "security.v1"."""
        return f"{self.name}.v{self.version}"


@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger found in a sentence: its offsets, its category, whether it is a verb or a noun, and
    whether it is a cued verb whose cue follows within CUE_REACH words, in what it acts on
    ("Пресечены 12 каналов")."""

    start: int
    end: int
    category: str
    verb: bool
    cued: bool = False


def load_pack(path: str | Path) -> Pack:
    """Read one pack file; raise PackError naming the problem."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PackError(f"{path}: cannot read the pack ({exc.strerror})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise PackError(f"{path}: not valid TOML ({exc}); see docs/packs.md for the format") from exc
    return _parse_pack(data, str(path))


def _parse_pack(data: dict[str, Any], where: str) -> Pack:
    name = data.get("name")
    if not isinstance(name, str) or not name:
        raise PackError(f'{where}: the pack needs a top-level name = "..."')
    version = data.get("version", 1)
    if not isinstance(version, int):
        raise PackError(f"{where}: version must be a whole number, e.g. version = 1")
    cats = []
    for i, raw in enumerate(data.get("category", [])):
        if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
            raise PackError(f'{where}: category #{i + 1} needs name = "..."')
        verbs, nouns = _patterns(raw, "verbs", where), _patterns(raw, "nouns", where)
        cued_verbs, cues = _patterns(raw, "cued_verbs", where), _patterns(raw, "cues", where)
        if cued_verbs and not cues:
            raise PackError(
                f"{where}: category {raw['name']!r} has [category.cued_verbs] but no [category.cues]"
            )
        if not verbs and not nouns:
            raise PackError(f"{where}: category {raw['name']!r} has no [category.verbs] or [category.nouns]")
        cats.append(
            Category(
                name=raw["name"],
                group=str(raw.get("group", "")),
                description=str(raw.get("description", "")),
                verbs=verbs,
                nouns=nouns,
                needs_noun=bool(raw.get("needs_noun", False)),
                duration_only=bool(raw.get("duration_only", False)),
                counts_people=bool(raw.get("counts_people", True)),
                takes_value=bool(raw.get("takes_value", False)),
                cued_verbs=cued_verbs,
                cues=cues,
            )
        )
    vague: dict[str, tuple[float, float]] = {}
    for phrase, bounds in data.get("vague", {}).items():
        if not (
            isinstance(bounds, list) and len(bounds) == 2 and all(isinstance(b, int | float) for b in bounds)
        ):
            raise PackError(f"{where}: vague amount {phrase!r} must be [low, high], e.g. dozens = [12, 120]")
        vague[phrase.lower()] = (float(bounds[0]), float(bounds[1]))
    return Pack(name, version, str(data.get("description", "")), tuple(cats), vague, where)


def _patterns(raw: dict[str, Any], key: str, where: str) -> dict[str, tuple[str, ...]]:
    table = raw.get(key, {})
    if not isinstance(table, dict) or not all(
        isinstance(v, list) and all(isinstance(p, str) for p in v) for v in table.values()
    ):
        raise PackError(
            f'{where}: {raw["name"]}.{key} must map languages to lists of strings, e.g. en = ["detain*"]'
        )
    for patterns in table.values():
        for p in patterns:
            if p.strip().startswith(GAP) or p.strip().endswith(GAP):
                raise PackError(
                    f'{where}: {raw["name"]}.{key}: "{p}" needs words on both sides of "{GAP}", '
                    'e.g. "took ... out of circulation"'
                )
    return {lang: tuple(v) for lang, v in table.items()}


def builtin_packs() -> list[Pack]:
    """The packs that ship with newstally, by file name."""
    folder = resources.files("newstally") / "packs"
    return [
        _parse_pack(tomllib.loads(entry.read_text(encoding="utf-8")), f"newstally/packs/{entry.name}")
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".toml")
    ]


_WORDS = re.compile(r"\w[\w-]*")
# A pattern word that stands for the object of a split verb: "took ... out of circulation".
GAP = "..."
# The most words that object may take: "took 3,400 pieces of banned literature and 19 firearms out
# of circulation" has 9 ("3,400" is two); longer objects are rare in agency reports, and a far
# completion is more likely another clause's.
GAP_WORDS = 10


@dataclass(frozen=True, slots=True)
class _Rule:
    """One trigger pattern: its words ("detain*", "in", "*"), its category, verb or noun.

    A split verb ("took ... out of circulation") has a head ("took"), the trigger, and a `rest`
    that must follow its object ("out of circulation").
    """

    words: tuple[str, ...]
    category: str
    verb: bool
    rest: tuple[str, ...] = ()
    cued: bool = False

    @property
    def size(self) -> int:
        """How many words the pattern names: the longest pattern wins."""
        return len(self.words) + len(self.rest)

    def matches(self, words: list[str], spans: list[tuple[int, int]], low: str, i: int) -> bool:
        """True when the pattern's words stand at word i, separated by spaces or commas only, and a
        split verb's rest follows within GAP_WORDS words."""
        if not _run_fits(self.words, words, spans, low, i):
            return False
        after = i + len(self.words)
        last = min(after + GAP_WORDS, len(words) - len(self.rest))
        return not self.rest or any(
            _run_fits(self.rest, words, spans, low, j) for j in range(after + 1, last + 1)
        )


def _run_fits(
    pattern: tuple[str, ...], words: list[str], spans: list[tuple[int, int]], low: str, i: int
) -> bool:
    """True when the pattern words stand at word i, separated by spaces or commas only."""
    if i + len(pattern) > len(words) or not _word_fits(pattern[0], words[i]):
        return False
    for k in range(1, len(pattern)):
        if low[spans[i + k - 1][1] : spans[i + k][0]].strip(" ,\n\t") or not _word_fits(
            pattern[k], words[i + k]
        ):
            return False
    return True


def _word_fits(pattern: str, word: str) -> bool:
    if pattern == "*":
        return True
    return word.startswith(pattern[:-1]) if pattern.endswith("*") else word == pattern


class _Index:
    """Patterns indexed by their first word (exact or stem), for one look-up per word."""

    def __init__(self, rules: list[_Rule]) -> None:
        self.exact: dict[str, list[_Rule]] = {}
        self.stems: dict[str, list[_Rule]] = {}
        for rule in rules:
            first = rule.words[0]
            if first.endswith("*"):
                self.stems.setdefault(first[:-1], []).append(rule)
            else:
                self.exact.setdefault(first, []).append(rule)
        self.lengths = sorted({len(stem) for stem in self.stems})
        self.seen: dict[str, list[_Rule]] = {}

    def rules_for(self, word: str) -> list[_Rule]:
        """The patterns whose first word fits `word`, remembered: news reuses its words."""
        rules = self.seen.get(word)
        if rules is None:
            rules = list(self.exact.get(word, ()))
            for n in self.lengths:
                if n > len(word):
                    break
                rules.extend(self.stems.get(word[:n], ()))
            if len(self.seen) < 100_000:  # a bound on memory for very long runs
                self.seen[word] = rules
        return rules


# How many words after a cued verb its cue may stand to say what the verb acts on.
CUE_REACH = 4


class _Matcher:
    """Trigger patterns and the cues of cued verbs, each indexed by first word."""

    def __init__(self, rules: list[_Rule], cues: list[_Rule]) -> None:
        self.triggers = _Index(rules)
        self.cues = _Index(cues)

    def find(self, text: str) -> list[Trigger]:
        low = text.lower().replace("ё", "е")
        words = _WORDS.findall(low)
        # Most words start no pattern: find the few that may before reading any offsets
        # (a dictionary look-up per word; the triggers of AEB sentences 2x faster).
        seen, rules_for = self.triggers.seen, self.triggers.rules_for
        starts = [i for i, w in enumerate(words) if (seen[w] if w in seen else rules_for(w))]
        if not starts:
            return []
        spans = [m.span() for m in _WORDS.finditer(low)]
        out = []
        cued: set[tuple[int, str]] = set()
        ends: dict[int, int] = {}  # the last word of each trigger, by its start
        done = 0  # the first word that no trigger has taken
        for i in starts:
            if i < done:
                continue
            # The longest pattern wins ("held in custody" over "held"); patterns of the same length
            # in several categories are all kept, one trigger each, for the figure to choose from:
            # "sentenced" is convicted for a count and sentence for a term, "held" a detention of
            # people or a training held.
            fits = [r for r in rules_for(words[i]) if r.matches(words, spans, low, i)]
            if not fits or _in_name(text, spans, i):
                continue
            size = max(r.size for r in fits)
            kept: set[str] = set()
            for r in fits:
                if r.size == size and r.category not in kept:
                    kept.add(r.category)
                    last = i + len(r.words) - 1  # a split verb's head: its object may hold triggers
                    out.append(Trigger(spans[i][0], spans[last][1], r.category, r.verb))
                    ends[spans[i][0]] = last
                    done = max(done, last + 1)
                    if r.cued:
                        cued.add((spans[i][0], r.category))
        if cued:  # a cued verb without its category's cue says nothing: drop it
            at = self._cues({c for _, c in cued}, words, spans, low)
            out = [
                t
                if (t.start, t.category) not in cued
                else replace(t, cued=any(0 < i - ends[t.start] <= CUE_REACH for i in at[t.category]))
                for t in out
                if not ((t.start, t.category) in cued and not at[t.category])
            ]
        return out

    def _cues(
        self, categories: set[str], words: list[str], spans: list[tuple[int, int]], low: str
    ) -> dict[str, list[int]]:
        """Where the cues of each of the categories stand in the sentence, by word."""
        at: dict[str, list[int]] = {c: [] for c in categories}
        for i, w in enumerate(words):
            for r in self.cues.rules_for(w):
                if r.category in at and r.matches(words, spans, low, i):
                    at[r.category].append(i)
        return at


def _in_name(text: str, spans: list[tuple[int, int]], i: int) -> bool:
    """True when word i is a capitalised word right after another, inside a name or a title:
    "Red Dead Redemption 2", "Seized Assets Recovery Fund" ("KNB" and "ЗАДЕРЖАН" are not such words).
    """
    if i == 0:
        return False
    word, before = text[spans[i][0] : spans[i][1]], text[spans[i - 1][0] : spans[i - 1][1]]
    return (
        word[:1].isupper()
        and not word.isupper()
        and before[:1].isupper()
        and not text[spans[i - 1][1] : spans[i][0]].strip()
    )


def _rule(pattern: str, category: str, verb: bool, cued: bool = False) -> _Rule:
    """A pattern as a rule: its words lower-cased, ё as е, a split verb's head apart from its rest."""
    words = pattern.lower().replace("ё", "е").replace(GAP, f" {GAP} ").split()
    if GAP in words:
        at = words.index(GAP)
        return _Rule(tuple(words[:at]), category, verb, tuple(w for w in words[at + 1 :] if w != GAP), cued)
    return _Rule(tuple(words), category, verb, cued=cued)


class Indicators:
    """The merged categories of some packs, compiled for matching."""

    def __init__(self, packs: list[Pack]) -> None:
        merged: dict[str, Category] = {}
        vague = dict(_lexicon.VAGUE)
        for pack in packs:
            merged.update((c.name, c) for c in pack.categories)
            vague.update(pack.vague)
        self.packs = packs
        self.categories = merged
        self.vague = vague
        self._matchers: dict[str | None, _Matcher] = {}

    def _matcher(self, language: str | None) -> _Matcher:
        if language not in self._matchers:
            rules = [
                _rule(p, cat.name, verb, cued)
                for cat in self.categories.values()
                for verb, cued, table in (
                    (True, False, cat.verbs),
                    (False, False, cat.nouns),
                    (True, True, cat.cued_verbs),
                )
                for lang, patterns in table.items()
                if language is None or lang == language
                for p in patterns
                if p.strip()
            ]
            cues = [
                _rule(p, cat.name, False)
                for cat in self.categories.values()
                for lang, patterns in cat.cues.items()
                if language is None or lang == language
                for p in patterns
                if p.strip()
            ]
            self._matchers[language] = _Matcher(rules, cues)
        return self._matchers[language]

    def find_triggers(self, text: str, language: str | None) -> list[Trigger]:
        """Every trigger in `text` (matched case-blind, ё as е), left to right.

        >>> found = default_indicators().find_triggers("42 cells were dismantled", "en")
        >>> [(t.category, t.verb) for t in found]
        [('neutralized', True)]
        """
        return self._matcher(language if language in {"en", "ru"} else None).find(text)

    def cues_word(self, category: str, word: str, language: str | None) -> bool:
        """True when `word` alone is one of the category's cues: the head of what a cued verb acts on
        ("14 drug trafficking groups … had been disrupted": a group, neutralized).

        >>> default_indicators().cues_word("neutralized", "groups", "en")
        True
        """
        w = word.lower().replace("ё", "е")
        cues = self._matcher(language if language in {"en", "ru"} else None).cues
        return any(
            r.category == category and len(r.words) == 1 and _word_fits(r.words[0], w)
            for r in cues.rules_for(w)
        )


@cache
def default_indicators() -> Indicators:
    """The built-in packs, merged; cached for the life of the process."""
    return Indicators(builtin_packs())


def indicators_with(paths: tuple[str, ...]) -> Indicators:
    """The built-in packs plus the user's pack files, later files overriding earlier categories."""
    if not paths:
        return default_indicators()
    return Indicators([*builtin_packs(), *(load_pack(p) for p in paths)])
