"""Counted heads that name the same thing in Russian and English, as stems (see claims.counted_head).

A Russian head stem maps to the English one, so that "140 человек" and "140 people" make one claim.
Keys are the first letters of the Russian word shared by its case forms; the list holds the nouns
the figures stage finds in the project's fixtures and sample corpus.
"""

from __future__ import annotations

RU_TO_EN: dict[str, str] = {
    "челов": "people",
    "люд": "people",
    "лиц": "person",
    "член": "member",
    "гражд": "citize",
    "иностран": "foreig",
    "групп": "group",
    "ячей": "cell",
    "ячее": "cell",
    "ячейк": "cell",
    "организац": "organi",
    "терак": "attack",
    "преступлен": "crime",
    "сайт": "websit",
    "материал": "materi",
    "подозрева": "suspec",
    "задержан": "detain",
    "обвиняем": "accuse",
    "подсудим": "defend",
    "сторонник": "suppor",
    "женщин": "women",
    "тренинг": "traini",
    "запрос": "reques",
    "беглец": "fugiti",
    "осужд": "convic",
}

# Places in Russian (the nominative that figures report) and the English name of the same place, so
# that "Казахстан" and "Kazakhstan" frame one claim. Countries and the cities that agencies report
# from; a place missing here keeps its own name and only meets itself.
PLACES_RU_TO_EN: dict[str, str] = {
    "казахстан": "kazakhstan",
    "кыргызстан": "kyrgyzstan",
    "узбекистан": "uzbekistan",
    "таджикистан": "tajikistan",
    "туркменистан": "turkmenistan",
    "афганистан": "afghanistan",
    "россия": "russia",
    "турция": "turkey",
    "сирия": "syria",
    "ирак": "iraq",
    "китай": "china",
    "украина": "ukraine",
    "алматы": "almaty",
    "астана": "astana",
    "шымкент": "shymkent",
    "караганда": "karaganda",
    "актобе": "aktobe",
    "атырау": "atyrau",
    "актау": "aktau",
    "тараз": "taraz",
    "кызылорда": "kyzylorda",
    "павлодар": "pavlodar",
    "семей": "semey",
    "талдыкорган": "taldykorgan",
    "костанай": "kostanay",
    "уральск": "uralsk",
    "туркестан": "turkestan",
    "бишкек": "bishkek",
    "ош": "osh",
    "джалал-абад": "jalal-abad",
    "ташкент": "tashkent",
    "самарканд": "samarkand",
    "душанбе": "dushanbe",
    "худжанд": "khujand",
    "ашхабад": "ashgabat",
}
