"""The predicate that governs a figure: its own verb after it, or the verb that takes it as object.

A figure's own predicate ("27 were released", "двое были убиты", "4 000 parents took part") decides
its category alone; a verb just before it ("raised about $30,000", "работают 26 теологов") shields
it from the triggers before that verb. frame.py weighs these against the triggers of the pack.
"""

from __future__ import annotations

from collections.abc import Sequence

from newstally.figures._words import (
    AMOUNT_CHANGES,
    AMOUNT_VERBS,
    AUXILIARIES,
    BE,
    CLAUSE_BREAKS,
    COMPLEMENTS,
    COORDINATORS,
    DETERMINERS,
    DURING,
    HAVE,
    IRREGULAR_PARTICIPLES,
    NOT_WHOSE,
    NUMBER_NOUNS,
    NUMBER_REACH,
    OPENING_ADVERBS,
    OPENING_PARTITIVES,
    OPENING_PHRASES,
    PARDONS,
    PARTICLES,
    PARTS_AFTER,
    PASSIVE_AUX,
    PURPOSE_REACH,
    QUALIFIER_WORDS,
    RAISING,
    RELATIVE,
    REPORTING_VERBS,
    RU_ADJECTIVE,
    RU_PARDONS,
    RU_PREDICATE_ENDINGS,
    RU_SHORT_PARTICIPLE,
    RU_SHORT_PASSIVES,
    RU_SHORT_VERBS,
    RU_UNDOING,
    RU_WHOSE,
    UNDOING,
    WHOSE,
    WORKED_WITH,
    looks_like_verb,
)
from newstally.figures.numbers import Tokens
from newstally.figures.parts import preceded_by
from newstally.figures.quantities import Quantity

# How many words after a figure's own participle still belong to its predicate ("вынесены
# обвинительные приговоры", "were placed under arrest"). Swept on the dev pages (45 pages, figures
# from the gold bodies, category accuracy): 0/1/2/3 → .968/.978/.978/.973 (3 reaches "acquitted on
# the charge").
PREDICATE_WORDS = 2

# How many words a parenthetical between a figure and its predicate may hold ("9 networks, most of
# them run from Syria through Telegram channels, were dismantled" has 9).
PARENTHESIS_WORDS = 12
# How many words an of-phrase after a figure's noun may run before its predicate: "Three members of
# an armed group of drug smugglers were killed" has 7.
OF_PHRASE_WORDS = 9


def russian_verb_after(tok: Tokens, q: Quantity) -> bool:
    """A Russian verb right after the figure and what it counts: "еще 527 вернулись", or after the
    part's "из которых", "из них": "шестеро из которых выехали в Сирию"."""
    i = q.tail + 1
    if tuple(tok.lower[i : i + 2]) in PARTS_AFTER:
        i += 2
    return i < len(tok) and len(tok.lower[i]) > 5 and tok.lower[i].endswith(RU_PREDICATE_ENDINGS)


def undone(tok: Tokens, q: Quantity, own: set[int]) -> bool:
    """True when the figure's own predicate, or the Russian verb after it, undoes what was done to
    the whole it is a part of: "30 of those were released", "из них 12 освобождены"."""
    i = q.tail + 1
    if tuple(tok.lower[i : i + 2]) in PARTS_AFTER:
        i += 2
    words = {tok.lower[j] for j in own}
    if i < len(tok):
        words.add(tok.lower[i])
    return any(w in UNDOING or (w[:1] >= "а" and w.startswith(RU_UNDOING)) for w in words)


def pardoned(tok: Tokens, q: Quantity) -> bool:
    """True when a pardon or release stands within three words before the figure, in its clause: "о
    помиловании 1 120 осуждённых", "было помиловано в общей сложности 2 860 человек"; or a programme
    that worked with the people it counts: "theologians have worked with about 3 500 people convicted
    of …" (they took part in it, nothing more)."""
    if preceded_by(tok, q, WORKED_WITH):
        return True
    for i in range(q.first - 1, max(q.first - 4, -1), -1):
        w = tok.lower[i]
        if w in {",", ";"}:
            return False
        if w in PARDONS or (w[:1] >= "а" and w.startswith(RU_PARDONS)):
            return True
    return False


def governing_verb(tok: Tokens, q: Quantity) -> int | None:
    """The verb just before a figure and its qualifier, or None: "raised about $30,000", and in
    Russian a finite verb that is surely one, "работают 26 теологов", "выехали 300 граждан" (its
    subject or its object: either way the figure's predicate)."""
    i = q.first - 1
    while i >= 0 and tok.lower[i] in QUALIFIER_WORDS:
        i -= 1
    if i < 0:
        return None
    w = tok.lower[i]
    if w[:1] >= "а":
        return i if len(w) > 5 and w.endswith(RU_PREDICATE_ENDINGS) else None
    if w in PARTICLES and i > 0 and looks_like_verb(tok, i - 1):
        i, w = i - 1, tok.lower[i - 1]  # "turned down three requests"
    return i if looks_like_verb(tok, i) and not w.endswith("ing") and w not in REPORTING_VERBS else None


def passive_before(tok: Tokens, q: Quantity) -> int | None:
    """A Russian short participle just before a figure and its qualifier, or None: "освобождены 37
    осуждённых" (what was done to them; not "Кыргызстана")."""
    i = q.first - 1
    while i >= 0 and tok.lower[i] in QUALIFIER_WORDS:
        i -= 1
    w = tok.lower[i] if i >= 0 else ""
    sure = w[:1] >= "а" and len(w) > 6 and w.endswith(RU_SHORT_PARTICIPLE) and "стан" not in w
    return i if sure else None


def _own_passive(tok: Tokens, i: int, bare: bool) -> int | None:
    """The passive participle at token i or after its auxiliaries, or None; `bare` takes an English
    participle without auxiliary (after "but": "were acquitted … but convicted")."""
    start = i
    while i < len(tok) and (tok.lower[i] in PASSIVE_AUX or (i > start and tok.lower[i] == "being")):
        i += 1  # "are still being held", not "cases of teenagers being recruited"
    if i >= len(tok) or (i == start and not bare and tok.lower[i][:1] < "а"):
        return None  # English needs the auxiliary: "27 released" may be an adjective
    w = tok.lower[i]
    if w[:1] >= "а":  # short after "были" ("убиты"), longer alone ("задержаны", not "Казахстан")
        short = (
            len(w) > (4 if i > start else 6) and w.endswith(RU_SHORT_PARTICIPLE) and not w.endswith("стан")
        )
        return i if short or w in RU_SHORT_PASSIVES else None
    return i if (len(w) > 4 and w.endswith("ed")) or (i > start and w in IRREGULAR_PARTICIPLES) else None


def _past_measured(tok: Tokens, i: int, end: int) -> int:
    """The token after what a Russian measure measures, which stands in the genitive right after its
    unit and may end like a participle: "6,3 кг марихуаны", "2 т наркотических средств"."""
    while i < end and tok.lower[i][:1] >= "а" and tok.lower[i].endswith(RU_ADJECTIVE):
        i += 1
    w = tok.lower[i] if i < end else ""
    return i + 1 if w[:1] >= "а" and w not in PASSIVE_AUX and not w.endswith(RU_SHORT_VERBS) else i


def _past_of_phrase(tok: Tokens, i: int, end: int) -> int:
    """The token after the of-phrase that says whose the counted are, when a form of "be" follows it:
    "Three members of an armed group of drug smugglers were killed"; else i (a relative clause is
    the phrase's own: "members of a cell who were planning attacks")."""
    if i >= end or tok.lower[i] != "of":
        return i
    j = i + 1
    while (
        j < min(end, i + OF_PHRASE_WORDS)
        and tok.lower[j] not in RELATIVE
        and (
            tok.lower[j] in DETERMINERS
            or tok.lower[j] == "of"
            or (tok.words[j].isalpha() and not looks_like_verb(tok, j))
        )
    ):
        if tok.lower[j] in BE:
            return j
        j += 1
    return j if j < end and tok.lower[j] in BE else i


def _own_active(tok: Tokens, i: int) -> bool:
    """An English verb of irregular form right after a figure, its predicate: "4 000 parents took
    part". A form in -ed or -ing may start a reduced relative ("5 people wanted for …"), so not those."""
    w = tok.lower[i]
    return w[:1] < "а" and not w.endswith(("ed", "ing")) and w not in AUXILIARIES and looks_like_verb(tok, i)


def _reduced_relative(tok: Tokens, i: int) -> bool:
    """True when the irregular participle at token i may start a reduced relative ("the women brought
    back earlier were"), not a verb with its object ("two defendants told Central Asia Monitor that")."""
    nxt = tok.words[i + 1] if i + 1 < len(tok) else ""
    return tok.lower[i] in IRREGULAR_PARTICIPLES and nxt[:1].islower() and nxt not in DETERMINERS


def _main_passive(tok: Tokens, start: int, end: int, perfect: bool = False) -> int | None:
    """The passive that a relative clause starts with or leads to, before a comma or figure: "who
    were detained", "who joined the group were arrested" (not "who had returned"); `perfect` takes a
    perfect too, after a reduced relative: "968 people convicted of extremism have renounced"."""
    j = start
    while j < end:
        if tok.lower[j] == "," and tok.lower[j + 1 : j + 2] == ["including"]:
            # past a list of parts: "62 people wanted for crimes, including 17 accused of terrorism,
            # have been extradited"
            j = next((c for c in range(j + 2, end) if tok.lower[c] == ","), end)
        elif tok.lower[j] in CLAUSE_BREAKS or tok.lower[j] == "," or tok.lower[j] in COMPLEMENTS:
            break  # "told reporters that the trial was held": another clause's passive
        elif tok.lower[j] in BE or (perfect and tok.lower[j] in HAVE):
            i = _own_passive(tok, j, bare=False)
            if i is not None:
                return i
        j += 1
    return None


def _raised(tok: Tokens, i: int, end: int) -> int:
    """The participle after "believed to (have been)", or i: "50 militants are believed to have been
    killed", "300 are believed to be fighting for …"."""
    if tok.lower[i] not in RAISING or tok.lower[i + 1 : i + 2] != ["to"]:
        return i
    j = i + 2
    while j < end and tok.lower[j] in {"be", "have", "been", "still", "also"}:
        j += 1
    later = _own_passive(tok, j, bare=True) if j < end and j > i + 2 else None
    if later is None and j < end and tok.lower[j - 1] == "be" and tok.lower[j].endswith("ing"):
        later = j  # "300 citizens are believed to be fighting for terrorist groups"
    return i if later is None else later


def whose_clause(tok: Tokens, q: Quantity) -> range:
    """The relative clause after "whose" that follows the figure, up to the clause's own verb, a
    comma or the sentence's end: its words are about another subject ("dozens of people whose
    whereabouts remain unknown after their arrest", "42 ребёнка, матери которых отбывают наказание")."""
    i = q.tail + 2 if tok.lower[q.tail + 1 : q.tail + 2] == [","] else q.tail + 1
    if i >= len(tok):
        return range(0)
    if tok.lower[i] not in WHOSE and not (
        tok.lower[i + 1 : i + 2]
        and tok.lower[i + 1] in RU_WHOSE
        and tok.lower[i].isalpha()
        and tok.lower[i] not in NOT_WHOSE
    ):
        return range(0)
    own = _main_passive(tok, i + 1, len(tok))
    end = next(
        (j for j in range(i + 1, len(tok)) if tok.lower[j] in CLAUSE_BREAKS or tok.lower[j] == ","), len(tok)
    )
    return range(i, end if own is None else own + 1)


def part_of_next(tok: Tokens, qs: Sequence[Quantity], k: int) -> bool:
    """True when figure k is part of the whole that figure k+1 counts: "18 of the 25 detainees", "5 из
    12 подозреваемых"."""
    gap = tok.lower[qs[k].tail + 1 : qs[k + 1].first]
    return gap in (["of"], ["of", "the"], ["из"])


def _included(tok: Tokens, q: Quantity) -> bool:
    """True when "including", "в том числе" stand right before the figure and its qualifier."""
    return preceded_by(tok, q, _INCLUDING)


# The markers of a list of parts inside a phrase: "62 people wanted …, including 17 accused …".
_INCLUDING = (("including",), ("в", "том", "числе"))


def _past_parenthesis(tok: Tokens, i: int, end: int) -> int:
    """Where a figure's predicate starts when a parenthetical set off by commas stands between them:
    "9 networks, most of them run from Syria, were dismantled", "300 citizens, most of them women,
    remain in camps"; else i. The parenthetical holds no figure (`end` is the next one's first
    token) and no clause break, and a predicate follows it."""
    if i >= end or tok.lower[i] != ",":
        return i
    for j in range(i + 1, min(i + PARENTHESIS_WORDS + 2, end)):
        w = tok.lower[j]
        if w in CLAUSE_BREAKS:
            return i
        if w == ",":
            nxt = j + 1
            starts = nxt < end and (
                tok.lower[nxt] in PASSIVE_AUX
                or _own_active(tok, nxt)
                or (tok.lower[nxt][:1] >= "а" and _own_passive(tok, nxt, bare=True) is not None)
            )  # "ещё 2 группы, готовившие нападения, нейтрализованы"
            return nxt if starts else i
    return i


def _infinitive(tok: Tokens, i: int, end: int) -> bool:
    """True when "to" at token i starts an infinitive with its object: "to cross the border", "to
    smuggle weapons"; not a place or a noun ("6 people to Tajikistan", "to custody was …")."""
    return (
        i + 2 < end
        and tok.lower[i] == "to"
        and tok.words[i + 1].isalpha()
        and tok.words[i + 1].islower()
        and tok.lower[i + 1] not in DETERMINERS
        and tok.words[i + 2] not in PASSIVE_AUX  # as written: "to join IS" is no "is"
    )


# Adverbs between "are" and the verb of a progressive: "are still undergoing".
_ADVERBS = {"still", "currently", "now", "also", "already", "reportedly", "allegedly"}


def own_predicate(tok: Tokens, qs: Sequence[Quantity], k: int) -> set[int]:
    """The words of the passive predicate right after figure k: "27 were released", "двое были
    убиты", "4 were acquitted on one charge but convicted of theft"; empty when it has none.

    A participle and the PREDICATE_WORDS after it, and each participle joined to it by "and",
    "but", up to the next figure or clause break.
    """
    if k and part_of_next(tok, qs, k - 1):
        return set()  # "18 of the 25 detainees were charged": the predicate is the part's
    after = qs[k].tail + 1
    if tuple(tok.lower[after : after + 2]) in PARTS_AFTER:
        after += 2  # "30 of those were released"
    if k + 1 < len(qs) and part_of_next(tok, qs, k) and governing_verb(tok, qs[k]) is None:
        after = qs[k + 1].tail + 1  # "18 of the 25 detainees were charged"; not "handed over 14 of the 20"
    # a part inside the figure's phrase is no other figure's start: "62 people wanted for crimes,
    # including 17 accused of terrorism, have been extradited"
    end = next((o.first for o in qs[k + 1 :] if o.first >= after and not _included(tok, o)), len(tok))
    after = _past_parenthesis(tok, after, end)
    names = after
    while after < min(end, names + 3) and tok.words[after][:1].isupper():
        after += 1  # a name in apposition: "60 followers of the theologian Said Nursi are serving …"
    if qs[k].kind == "measure":
        after = _past_measured(tok, after, end)
    elif qs[k].kind == "count" and governing_verb(tok, qs[k]) is None:
        after = _past_of_phrase(tok, after, end)
    while after < end and len(tok.lower[after]) > 5 and tok.lower[after].endswith("ly"):
        after += 1  # an adverb before the predicate: "73 convicts officially renounced radical views"
    i = _own_passive(tok, after, bare=False)
    # An English verb's object, or an item listed after one, takes no predicate from a participle
    # after it: "extradited nine nationals sought for fraud", "seized 50 kg of hashish and 3 rifles
    # left behind", "prevented 3 attacks planned by supporters who had been radicalised".
    first = qs[k].first
    obj = tok.lower[first][:1] < "а" and (
        governing_verb(tok, qs[k]) is not None or (k > 0 and tok.lower[first - 1] in {"and", ","})
    )
    if i is None and after < end and tok.lower[after] in BE:
        # a progressive is the figure's own: "another 40 are still undergoing it", "8 are fighting in …"
        j = after + 1
        while j < end and tok.lower[j] in _ADVERBS:
            j += 1
        if j < end and tok.lower[j].endswith("ing") and tok.lower[j] != "being" and len(tok.lower[j]) > 4:
            i = j
    if i is None and after < len(tok) and _own_active(tok, after):
        # "4 000 parents took part", "13 remain in custody"; an irregular participle may start a
        # reduced relative: "8 of the women brought back earlier were later convicted", and after
        # an object it does
        relative = _reduced_relative(tok, after)
        main = _main_passive(tok, after + 1, end) if relative else None
        if main is not None or not (relative and obj):
            i = after if main is None else main
    if (
        i is None
        and qs[k].tail + 1 < after < end
        and tok.lower[after - 1] in {"whom", "which"}
        and tok.lower[after].endswith("ed")
        and looks_like_verb(tok, after)
    ):
        i = after  # after "of whom" a verb in -ed is finite: "5 of whom travelled" (not "of those detained")
    if i is None and after < end and tok.lower[after] in RELATIVE and governing_verb(tok, qs[k]) is None:
        # "17 people who joined the group were arrested"; not the object's own clause: "sent back 33
        # foreigners who had been convicted"
        i = _main_passive(tok, after + 1, end)
        # the clause's own passive, then the figure's perfect: "142 women who had been taken to Syria
        # have completed the programme"
        later = None if i is None else _main_passive(tok, i + 1, end, perfect=True)
        i = i if later is None else later
    if i is None and _infinitive(tok, after, end) and governing_verb(tok, qs[k]) is None:
        # an infinitive that says what the counted things were for: "29 attempts to cross the border
        # outside checkpoints have been thwarted"
        i = _main_passive(tok, after + 2, end)
    if i is None and after < end and tok.lower[after] == "whose":
        # "12 people whose extradition has been approved are still being held": the clause's own
        # passive, then the figure's
        own = _main_passive(tok, after + 1, end)
        i = None if own is None else _main_passive(tok, own + 1, end)
    if i is None and after == qs[k].tail + 1 < end and tok.lower[after].endswith("ed") and not obj:
        # a verb with its object is finite: "One guard suffered a gunshot wound"; else a reduced
        # relative, not a part ("70% of those convicted had been …" is of the convicts): "19 people
        # convicted in earlier years had been released", "968 people convicted … have renounced"
        finite = after + 1 < end and tok.lower[after + 1] in DETERMINERS
        i = after if finite else _main_passive(tok, after + 1, end, perfect=True)
    if i is None:
        return set()
    i = _raised(tok, i, end)
    # a clause break ends the predicate: "were detained; criminal cases were opened against 9"
    end = next((j for j in range(i + 1, end) if tok.lower[j] in CLAUSE_BREAKS), end)
    # a comma ends its words: "ещё 4 задержаны, ранения получили 3 пограничника"
    comma = next((j for j in range(i + 1, end) if tok.lower[j] == ","), end)
    words = set(range(i, min(i + PREDICATE_WORDS + 1, end, comma)))
    for j in range(i + 1, end):
        if tok.lower[j] in COORDINATORS:
            joined = _own_passive(tok, j + 1, bare=True)
            if joined is not None and joined < end:
                words.add(joined)
    # the purpose the predicate names is the figure's too: "11 of whom left for Afghanistan to join ISKP"
    for j in range(i + 1, min(i + PURPOSE_REACH + 1, end)):
        if tok.lower[j] == "," or tok.lower[j] in COORDINATORS:
            break
        if _infinitive(tok, j, end):
            words.update((j, j + 1))
            break
    return words


def number_of(tok: Tokens, q: Quantity) -> range:
    """Where the trigger stands that a figure is the number of, or an empty range: "the number of
    returned fugitives stood at 37", "Число заблокированных интернет-ресурсов … составило 1 316" (a
    verb of amount just before the figure, "the number of", "число" before that, in one clause)."""
    i = q.first - 1
    while i >= 0 and tok.lower[i] in QUALIFIER_WORDS:
        i -= 1
    if i < 1 or tok.lower[i] not in AMOUNT_VERBS:
        return range(0)
    noun = next((j for j in range(i - 1, -1, -1) if tok.lower[j] in NUMBER_NOUNS), None)
    if noun is None or any(tok.lower[j] in CLAUSE_BREAKS for j in range(noun, i)):
        # "the death toll rose to 37", "convictions reached 212": the subject just before says what
        return range(max(i - 2, 0), i) if tok.lower[i] in AMOUNT_CHANGES else range(0)
    return range(noun + 1, noun + 2 + NUMBER_REACH)


def opens_with_part(tok: Tokens) -> bool:
    """True when the sentence opens on the whole its figures are parts of: "Of the 312 reports, 187
    …", "Among those returned were 19 …", "Из задержанных 12 …" (not "Из здания были эвакуированы")."""
    if len(tok) < 2 or not opening_whole(tok):
        return False
    second = tok.lower[1]
    return second in {"the", "those", "these"} if second[:1] < "а" else second.endswith(RU_ADJECTIVE)


def opening_whole(tok: Tokens) -> range:
    """Where a participle stands that an opening "Из", "Of the" makes the whole of the sentence's
    figures, or an empty range: "Из изъятого 1,6 тонны приходится на марихуану", "Of those detained,
    37 were foreign nationals"."""
    if not len(tok) or tok.lower[0] not in OPENING_PARTITIVES:
        return range(0)
    at = 2 if tok.lower[1:2] in (["the"], ["those"]) else 1
    return range(at, at + 2)


def circumstance(tok: Tokens, q: Quantity) -> bool:
    """True when the figure and its qualifier follow "during", "в ходе": when or where something was
    done, not what it was done to ("seized 4 kg of heroin during 30 raids")."""
    i = q.first
    while i > 0 and tok.lower[i - 1] in QUALIFIER_WORDS:
        i -= 1
    return i > 0 and tok.lower[i - 1] in DURING


def opens_clause(tok: Tokens, qs: Sequence[Quantity], first: int, last: int, verb: int) -> bool:
    """True when tokens first..last open the clause of the verb at token `verb`: at the sentence's
    start (past an opening adverb: "Сейчас в изоляторах находятся 212") or after a comma or clause
    break, with none of those and no figure before the verb."""
    if all(w in OPENING_ADVERBS for w in tok.lower[:first]) or tuple(tok.lower[:first]) in OPENING_PHRASES:
        first = 0
    if first > 0 and tok.lower[first - 1] != "," and tok.lower[first - 1] not in CLAUSE_BREAKS:
        return False
    gap = range(last + 1, verb)
    return not any(tok.lower[i] == "," or tok.lower[i] in CLAUSE_BREAKS for i in gap) and not any(
        o.first in gap for o in qs
    )


def belongs_before(
    tok: Tokens, qs: Sequence[Quantity], k: int, first: int, last: int, language: str | None
) -> bool:
    """A trigger between the previous quantity and this one that reads as the previous one's verb.

    English puts the verb after its subject: "907 people had undergone deradicalization and 2 450
    websites …"; a be/have auxiliary just before the trigger, or a trigger nearer the previous
    quantity than this one, marks it. Russian word order is free, so the rule is English only.
    """
    if language == "ru":
        return False
    if not k or qs[k - 1].tail >= first:
        return False  # no figure before, or one between the trigger and this one: crossing it costs
    prev = qs[k - 1]
    aux = any(tok.lower[i] in AUXILIARIES for i in range(max(prev.tail + 1, first - 2), first))
    return aux or first - prev.tail - 1 < qs[k].first - last - 1
