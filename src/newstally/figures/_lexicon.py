"""Number words, multipliers, qualifiers and vague amounts per language: data for numbers.py.

Every table is keyed by lower-cased word form. Russian forms are listed in full (the inflections
that news reports use) so that matching is a dictionary look-up, with no morphology at run time.
"""

from __future__ import annotations

# Words that are numbers on their own: "thirty one" → 30 + 1; Russian forms in all cases used.
SMALL: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip

_RU_SMALL: dict[int, str] = {
    1: "один одна одно одного одной одному одним одном одну",
    2: "два две двух двум двумя",
    3: "три трех трёх трем трём тремя",
    4: "четыре четырех четырёх четырем четырём четырьмя",
    5: "пять пяти пятью",
    6: "шесть шести шестью",
    7: "семь семи семью",
    8: "восемь восьми восемью",
    9: "девять девяти девятью",
    10: "десять десяти десятью",
    11: "одиннадцать одиннадцати",
    12: "двенадцать двенадцати",
    13: "тринадцать тринадцати",
    14: "четырнадцать четырнадцати",
    15: "пятнадцать пятнадцати",
    16: "шестнадцать шестнадцати",
    17: "семнадцать семнадцати",
    18: "восемнадцать восемнадцати",
    19: "девятнадцать девятнадцати",
    20: "двадцать двадцати",
    30: "тридцать тридцати",
    40: "сорок сорока",
    50: "пятьдесят пятидесяти",
    60: "шестьдесят шестидесяти",
    70: "семьдесят семидесяти",
    80: "восемьдесят восьмидесяти",
    90: "девяносто девяноста",
    100: "сто ста",
    200: "двести двухсот двумстам",
    300: "триста трехсот трёхсот",
    400: "четыреста четырехсот четырёхсот",
    500: "пятьсот пятисот",
    600: "шестьсот шестисот",
    700: "семьсот семисот",
    800: "восемьсот восьмисот",
    900: "девятьсот девятисот",
}
# Collective numerals: "двое подсудимых", "троих из них", "семерым членам".
_RU_COLLECTIVE: dict[int, str] = {
    2: "двое двоих двоим двоими", 3: "трое троих троим троими", 4: "четверо четверых четверым",
    5: "пятеро пятерых пятерым", 6: "шестеро шестерых шестерым", 7: "семеро семерых семерым",
    8: "восьмеро восьмерых", 9: "девятеро девятерых", 10: "десятеро десятерых",
}  # fmt: skip
SMALL.update(
    {
        form: value
        for table in (_RU_SMALL, _RU_COLLECTIVE)
        for value, forms in table.items()
        for form in forms.split()
    }
)

# "one and a half", "полтора": values that are not whole.
FRACTIONAL: dict[str, float] = {"полтора": 1.5, "полторы": 1.5, "полутора": 1.5}

# Scale words multiply what stands before them; "hundred" only multiplies the current group. The
# Russian noun "сотня" in its case forms is a hundred too: "несколько сотен" 300-900, "две сотни".
HUNDRED = {"hundred", "сотня", "сотни", "сотен", "сотню", "сотнями", "сотням"}
SCALES: dict[str, float] = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "тысяча": 1e3, "тысячи": 1e3, "тысяч": 1e3, "тысячу": 1e3, "тысячам": 1e3, "тысячами": 1e3,
    "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6, "миллиард": 1e9, "миллиарда": 1e9,
    "миллиардов": 1e9, "триллион": 1e12, "триллиона": 1e12, "триллионов": 1e12,
}  # fmt: skip

# Abbreviated multipliers after digits: "5.5 mln", "2bn", "7 млн", "15 тыс.". Single letters
# ("$10m", "25k") only count when written against the digits, where they cannot be a word.
ABBREVIATED_SCALES: dict[str, float] = {
    "thousands": 1e3, "millions": 1e6, "billions": 1e9,
    "mln": 1e6, "mn": 1e6, "mio": 1e6, "mil": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trln": 1e12,
    "тыс": 1e3, "млн": 1e6, "млрд": 1e9, "трлн": 1e12,
}  # fmt: skip
ATTACHED_SCALES: dict[str, float] = {
    "k": 1e3,
    "m": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "mln": 1e6,
    "mil": 1e6,
    "tn": 1e12,
}

# Shares: "a third of", "two-thirds of", "a quarter of".
FRACTIONS: dict[str, float] = {
    "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4, "fifth": 5,
    "fifths": 5, "sixth": 6, "tenth": 10, "tenths": 10, "треть": 3, "трети": 3, "четверть": 4,
}  # fmt: skip

DOZEN = {"dozen": 12.0, "дюжина": 12.0, "дюжины": 12.0}

# A word that stands for one before a scale: "a thousand", "a dozen", "a million".
ARTICLES = {"a", "an"}

# Vague amounts as ranges, the conventions of docs/dev/gold-format.md (NewsQuant's own, too):
# "dozens of people" → 12-120. A phrase's words are matched in order, lower-cased. Packs may
# override or extend this table (docs/packs.md, [vague]).
VAGUE: dict[str, tuple[float, float]] = {
    "dozens": (12, 120),
    "scores": (40, 400),
    "hundreds": (100, 1000),
    "thousands": (1000, 10000),
    "tens of thousands": (1e4, 1e5),
    "hundreds of thousands": (1e5, 1e6),
    "millions": (1e6, 1e7),
    "tens of millions": (1e7, 1e8),
    "hundreds of millions": (1e8, 1e9),
    "billions": (1e9, 1e10),
    "several": (3, 9),
    "several dozen": (30, 90),  # as "несколько десятков"
    "a few": (2, 5),
    "a couple of": (2, 2),
    "десятки": (12, 120),
    "десятков": (12, 120),
    "десятками": (12, 120),
    "сотни": (100, 1000),
    "сотен": (100, 1000),
    "тысячи": (1000, 10000),
    "десятки тысяч": (1e4, 1e5),
    "десятков тысяч": (1e4, 1e5),
    "сотни тысяч": (1e5, 1e6),
    "сотен тысяч": (1e5, 1e6),
    "миллионы": (1e6, 1e7),
    "миллионов": (1e6, 1e7),
    "несколько десятков": (30, 90),  # several tens, as "несколько сотен" is several hundreds
    "нескольких десятков": (30, 90),
    "несколькими десятками": (30, 90),
    "нескольким десяткам": (30, 90),
    "несколько": (3, 9),
    "нескольких": (3, 9),
    "нескольким": (3, 9),
    "несколькими": (3, 9),
}

# Words before a number that qualify it, as the qualifier names of docs/dev/gold-format.md.
# Longest phrases first is not needed: the matcher tries every phrase ending at the number.
QUALIFIERS: dict[str, str] = {
    "about": "approximately", "around": "approximately", "approximately": "approximately",
    "nearly": "approximately", "almost": "approximately", "some": "approximately",
    "roughly": "approximately", "circa": "approximately", "approx": "approximately",
    "an estimated": "approximately", "close to": "approximately", "~": "approximately",
    "over": "over", "more than": "over", "upwards of": "over", "in excess of": "over",
    "above": "over", "exceeding": "over", "over than": "over",
    "at least": "at least", "no fewer than": "at least", "no less than": "at least",
    "not less than": "at least", "a minimum of": "at least",
    "under": "under", "less than": "under", "fewer than": "under", "below": "under",
    "up to": "up to", "at most": "up to", "no more than": "up to", "a maximum of": "up to",
    "not more than": "up to",
    "около": "approximately", "примерно": "approximately", "почти": "approximately",
    "порядка": "approximately", "приблизительно": "approximately", "свыше": "over",
    "более": "over", "больше": "over", "не менее": "at least", "не меньше": "at least",
    "как минимум": "at least", "менее": "under", "меньше": "under", "до": "up to",
    "не более": "up to", "не больше": "up to",
}  # fmt: skip

# Range connectors: "6-18", "6 to 18", "from 6 to 18", "between 6 and 18", "от 6 до 18".
RANGE_DASHES = {"-", "–", "—", "to", "до", "through"}
# Russian verbs of change, after which "с X до Y" is two levels, not a range.
RU_CHANGE_VERBS = (
    "снизил", "сократил", "увеличил", "вырос", "выросл", "возрос", "упал", "уменьшил", "повысил",
    "понизил", "снижен", "сокращен", "увеличен",
)  # fmt: skip
RANGE_OPENERS = {"from": "to", "between": "and", "от": "до", "с": "по"}
