"""Closed-class words (English and Russian) that end a noun phrase or mark a verb: data for quantities.py
and frame.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newstally.figures._lexicon import SMALL

if TYPE_CHECKING:
    from newstally.figures.numbers import Tokens

# Words that never start the noun a number counts: "2019 was", "Game 6 after".
FUNCTION_WORDS = {
    "a", "an", "the", "and", "or", "but", "nor", "to", "of", "in", "on", "at", "by", "for", "from",
    "with", "into", "onto", "over", "under", "after", "before", "since", "until", "till", "during",
    "per", "than", "as", "while", "when", "where", "if", "so", "that", "which", "who", "whom",
    "whose", "this", "these", "those", "it", "its", "they", "them", "their", "he", "she", "his",
    "her", "we", "our", "you", "your", "i", "is", "are", "was", "were", "be", "been", "being",
    "has", "have", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could",
    "may", "might", "must", "not", "no", "also", "only", "just", "up", "down", "out", "off",
    "about", "against", "between", "through", "across", "among", "within", "without", "via",
    "each", "every", "all", "both", "more", "most", "less", "least", "again", "too", "very",
    "there", "here", "then", "now", "yet", "still", "already", "ago", "saw", "said", "says",
    "и", "в", "во", "на", "за", "по", "из", "с", "со", "к", "ко", "от", "до", "а", "но", "или",
    "что", "как", "это", "у", "о", "об", "при", "для", "не", "же", "ли", "бы", "уже", "еще", "ещё",
}  # fmt: skip

# Words that end a counted noun phrase (verbs, prepositions, pronouns, conjunctions).
NP_STOP = FUNCTION_WORDS | {
    "some", "any", "including", "included", "such", "like", "near", "around", "toward", "towards",
    "upon", "inside", "outside", "above", "below", "beyond", "along", "amid", "despite", "except",
    "last", "next", "each", "annually", "yearly", "monthly", "weekly", "daily", "currently",
    "respectively", "altogether", "total", "overall", "now", "today", "yesterday", "reportedly",
    "который", "которые", "которых", "которым", "был", "была", "было", "были", "будет", "будут",
    "есть", "является", "являются", "среди", "через", "после", "перед", "около", "более", "менее",
    "также", "всего", "ежегодно", "год", "году", "года", "сейчас", "том", "числе",
}  # fmt: skip

# Common English verbs that do not end in -ed (irregular pasts and presents).
_VERBS = {
    "fled", "left", "took", "held", "made", "got", "came", "went", "joined", "remain", "remains",
    "face", "faces", "take", "takes", "died", "lost", "won", "fell", "rose", "became", "become", "gave",
    "give",
    "found", "kept", "put", "set", "sent", "spent", "brought", "caught", "fought", "sought",
    "stood", "told", "ran", "saw", "seen", "known", "shown", "taken", "given", "hit", "cut", "led",
    "say", "says", "said", "reported", "received", "include", "includes", "underwent", "served",
    "serving", "returned", "are", "get", "gets", "need", "needs", "live", "lives", "work",
    "works", "drew", "grew", "threw", "wrote", "spoke", "bought", "sold", "began", "knew", "meant",
    "heard", "stole", "hid", "broke", "chose", "drove", "flew", "froze", "swore", "tore", "withdrew",
    "undertook", "oversaw", "taught", "thought", "understood", "met", "paid", "dealt", "dug",
}  # fmt: skip
# English past participles that do not end in -ed: "5 were brought home", "350 meetings were held".
IRREGULAR_PARTICIPLES = {
    "brought", "held", "taken", "caught", "sent", "found", "given", "seen", "shown", "known", "put",
    "kept", "left", "sought", "told", "shot", "hurt", "led", "made", "set", "cut", "struck", "thrown",
}  # fmt: skip
# Words that tie a figure to its predicate, for frame.py.
PARTS_AFTER = {
    ("of", "them"), ("of", "whom"), ("of", "those"), ("of", "which"), ("из", "них"), ("из", "которых"),
}  # fmt: skip
# Words just before a figure that make it a part of the figure before: "58 firearms, among them 11
# rifles", "620 кг, в том числе 410 кг героина".
PARTS_BEFORE = (
    ("including",),
    ("including", "all"),
    ("containing",),
    ("containing", "a", "total", "of"),
    ("содержащих",),
    ("содержащие",),
    ("among", "them"),
    ("among", "whom"),
    ("of", "whom"),
    ("of", "them"),
    ("of", "which"),
    ("including", "the"),
    ("в", "том", "числе"),
    ("из", "них"),
    ("из", "которых"),
)
# Pardons and releases just before a figure say that what its noun names was undone: "о помиловании
# 1 120 осуждённых", "pardoning 1 018 prisoners", "released 1,600 prisoners" (no convicts counted).
PARDONS = {"pardoned", "pardoning", "pardon", "amnestied", "released", "releasing", "freed"}
RU_PARDONS = ("помилова", "амнистир", "освобожд", "освобод")
# A programme that worked with the people a figure counts: "have worked with about 3 500 people".
WORKED_WITH = (
    ("worked", "with"), ("work", "with"), ("working", "with"), ("works", "with"), ("работали", "с"),
    ("работает", "с"), ("работают", "с"),
)  # fmt: skip
# Verbs that undo, for a part, what was done to its whole: "30 of those were released", "из них 12
# освобождены" (not detained any more), "four of the eleven defendants were acquitted".
UNDOING = {
    "released", "freed", "acquitted", "pardoned", "discharged", "returned", "repatriated", "escaped",
    "fled", "cleared", "exonerated", "amnestied", "let", "participated", "attended", "enrolled", "part",
}  # fmt: skip
RU_UNDOING = (
    *RU_PARDONS, "оправда", "отпущ", "отпуст", "вернул", "возвращ", "сбежал", "скрыл", "переведен",
    "переведён",
)  # fmt: skip
# Adverbs that may open a Russian clause before its complement: "Сейчас в изоляторах находятся 212".
OPENING_ADVERBS = {
    "сейчас", "сегодня", "ныне", "теперь", "также", "всего", "однако", "ещё", "еще", "по-прежнему",
}  # fmt: skip
# Words before a percentage that make it the share the figure before it is: "which is about 1.3
# percent", "или 12%", "что составляет 8%".
SHARE_BEFORE = (
    ("which", "is"), ("or",), ("или",), ("что", "составляет"), ("что", "составило"), ("that", "is"),
    ("this", "is"), ("это",), ("это", "составляет"),
)  # fmt: skip
# Words just before a sentence's first figure that make it a part of the previous sentence's whole:
# "По его словам, из них 61 — иностранные граждане".
PARTS_OPENING_BEFORE = (("из", "них"), ("of", "them"), ("of", "those"), ("among", "them"), ("среди", "них"))
# Phrases that may open a Russian clause before its complement: "В настоящее время в центрах … находятся".
OPENING_PHRASES = {
    ("в", "настоящее", "время"),
    ("в", "то", "же", "время"),
    ("кроме", "того"),
    ("при", "этом"),
}
# Words that open a sentence about parts of the figure before it: "Of those, 37 were foreign
# nationals", "Из них 12 — женщины", "Of the total, 846 kilograms were hashish".
PARTS_OPENING = {
    ("of", "those"), ("of", "them"), ("of", "these"), ("among", "them"), ("из", "них"), ("среди", "них"),
    ("most", "of", "them"), ("most", "of", "those"), ("большинство", "из", "них"), ("the", "bulk", "of"),
    ("the", "majority", "of"), ("большая", "часть"), ("основная", "часть"), ("более", "половины"),
    ("of", "the", "total"), ("of", "that", "amount"), ("of", "this", "amount"), ("of", "that", "total"),
    ("из", "общего", "числа"), ("из", "общего", "количества"), ("из", "этого", "количества"),
    ("из", "этого", "числа"),
}  # fmt: skip
# A trigger word after these is a circumstance, not what was done: "released without charge".
WITHOUT = {"without", "без"}
# A trigger word after these is a topic, not what was done: "решения о выдаче", "запросам об
# экстрадиции" (decisions and requests about extradition).
TOPIC = {"о", "об", "about"}
# Auxiliaries between a figure and its own passive participle: "27 were released", "двое были убиты".
PASSIVE_AUX = {"were", "was", "have", "has", "had", "been", "are", "is", "also", "later", "already", "since",
               "still", "not", "были", "был", "была", "было", "будут", "также", "уже", "не"}  # fmt: skip
# Russian short passive participles: задержаны, задержано, осуждён, изъято, убиты (not героина).
# Short Russian participles too short for the length rule of a predicate, which keeps out nouns
# ("член", "Иран"): "один сотрудник ранен", "двое полицейских ранены".
RU_SHORT_PASSIVES = {"ранен", "ранены", "ранена", "убит", "убиты", "убита", "избит", "избиты"}
RU_SHORT_PARTICIPLE = (
    "ены", "ено", "ена", "ен", "аны", "ано", "ана", "ан", "яны", "яно", "яна", "иты", "ыты", "ито",
    "ыто", "ита", "ыта", "яты", "ято", "ята",
)  # fmt: skip
# Words of a qualifier between a verb and its figure: "recruited at least 40", "изъяли более 900".
QUALIFIER_WORDS = {
    "about", "around", "nearly", "almost", "some", "over", "more", "than", "at", "least", "up", "to",
    "under", "less", "fewer", "approximately", "roughly", "около", "более", "свыше", "почти", "не",
    "менее", "порядка", "до", "примерно", "больше", "меньше",
}  # fmt: skip
# Verbs that report a figure rather than act on it: "said 28 people had been convicted".
REPORTING_VERBS = {"say", "says", "said", "told", "reported", "added", "noted", "stated", "announced"}
# Endings of Russian adjectives and full participles, which stand before the noun they describe.
RU_ADJECTIVE = ("их", "ых", "ой", "ий", "ый", "ая", "ое", "ые", "ую", "ым", "им", "ыми", "ими", "ого", "его")
# Russian full participles, which stand before their noun: задержанные, осуждённым, изъятые.
RU_FULL_PARTICIPLE = ("нные", "нных", "нным", "нными", "тые", "тых", "тым", "тыми", "вшие", "вших", "вшим")
# Forms of 'be' that start a passive: "who were detained".
BE = {"were", "was", "are", "is", "been", "были", "был", "была", "было"}
# Forms of 'have' that start a perfect: "968 people convicted of extremism have renounced …".
HAVE = {"have", "has", "had"}
# English adjectives that follow the people they describe: "left 6 officers dead and 11 injured".
AFTER_NOUN = {"dead", "alive", "missing", "hurt"}
# Russian active participles, which describe the noun before them: "автомобиля, принадлежащие
# осуждённым".
RU_ACTIVE_PARTICIPLE = ("щие", "щих", "щий", "щая", "щее", "щим", "щими", "вшие", "вших", "вший", "вшая")
# Words in -ing that are no participle of a phrase describing a noun: "12 suspects, including 3 women",
# "11 attacks being averted".
ING_WORDS = {
    "being",
    "including",
    "during",
    "according",
    "regarding",
    "following",
    "concerning",
    "excluding",
    "pending",
}
# Words before a figure that make it a circumstance of what was done, not its object: "seized 4 kg
# of heroin during 30 raids", "в ходе 35 обысков".
DURING = {"during", "amid", "ходе"}
# Measures that are no prison term: a duration beside one says how long it lasts ("barred from using
# social media for 3 years", "арест сроком на два месяца", "ограничение свободы сроком до 3 лет").
# English words whole, Russian stems as prefixes.
FREE_TERMS = {
    "banned", "barred", "ban", "bans", "prohibited", "probation", "probationary", "restricted",
    "supervision", "арест", "ареста", "арестом", "аресту", "стражу", "стражей",
}  # fmt: skip
# Words that end the clause a term's measure may stand in before it: "46 were given restricted
# freedom and 19 received suspended sentences of two to three years".
FREE_TERM_BOUNDS = {",", ";", "and", "и", "а"}
# Ban words that, before a noun, name what is banned: "membership in banned groups".
BANNED_THINGS = {"banned", "prohibited"}
FREE_TERM_STEMS = (
    "запрет", "неразрешени", "ограничени", "пресечени", "надзор", "рассмотрени", "пробаци", "пребывани",
    "испытательн",
)  # fmt: skip
# Prepositions before a verb's form that make it a noun, no action: "С осуждёнными проведено 430
# бесед", "with convicts".
PREPOSITIONS = {"с", "со", "для", "к", "по", "от", "with", "for", "by", "from"}
# Words before a figure that goes on from the one before it: "ещё шестеро – в вербовке".
ANOTHER = {"ещё", "еще", "another"}
# Words before a trigger that make it the name of a body, no action: "органами уголовного
# преследования зарегистрировано 214 правонарушений".
BODIES = {"орган", "органы", "органов", "органами", "органам", "органах"}
# A departure just before a figure of people, which a verb of another category may act on: "удалось
# предотвратить выезд 53 молодых людей", "prevented the departure of 12 citizens".
DEPARTURES = (
    ("выезд",), ("выезда",), ("выезду",), ("departure", "of"), ("departures", "of"), ("travel", "of"),
)  # fmt: skip
# What a figure counts when it says how often something happened: "attacked the outposts 6 times".
TIMES = {"times", "occasions", "раз", "раза"}
# Words before an amount of money that make it the value of the things before it: "денежные средства
# в размере 1,8 млн сомов", "контрабандные товары на общую сумму 3,4 млрд тенге", "worth $3 million".
VALUE_OF = (
    ("в", "размере"), ("в", "сумме"), ("на", "сумму"), ("на", "общую", "сумму"), ("общей", "суммой"),
    ("стоимостью",), ("worth",), ("value", "of"), ("valued", "at"), ("totalling",), ("totaling",),
)  # fmt: skip
# Verbs of taking part, which an event after them makes no membership: "were involved in the exercise".
PARTICIPATION = {"involved in", "took part in", "participated in", "приняли участие в", "участвовали в"}
# Registers whose people a figure counts: "на профилактическом учёте состоят 348", "187 inmates on a
# special register" (guide: people on a register are other).
REGISTERS = {"register", "registry"}
RU_REGISTERS = ("учёте", "учете", "реестре")
# Nouns that make the trigger before them the name of a place: "pre-trial detention centres".
PLACE_HEADS = {"centre", "centres", "center", "centers", "facility", "facilities"}
# Verbs that give their figures as parts of their subject, which says what they are: "Weapons
# seized in the raid included 4 rifles", "Those convicted included 6 former police officers".
INCLUDES = {"included", "include", "includes", "comprised", "включали", "включают", "включает"}
# Prepositions right after a figure that follows "and", "и" with no verb or noun of its own: the
# clause leaves out the verb of the one before ("4 were extradited from Russia and 2 from Turkey",
# "14 человек в Алматы и 6 в Таразе").
GAP_PREPOSITIONS = {"from", "in", "at", "to", "on", "for", "в", "во", "из", "на", "за"}
# Dashes that open an item of a list: "из них 96 – за участие …, 31 – за финансирование".
DASHES = {"–", "—", "-"}
# Verbs that pass their subject on to the verb after "to": "50 militants are believed to have been
# killed" (the killing is their predicate; "20 members are believed to be in Syria" keeps "believed").
RAISING = {"believed", "reported", "said", "thought", "estimated", "expected", "known", "feared", "presumed"}
# Particles of English phrasal verbs: "turned down three requests".
PARTICLES = {"down", "out", "off", "back", "over", "away"}
# Words before a figure that compare it with another, or say whom the other concerns ("в суд
# направлено 96 уголовных дел в отношении 118 лиц"): it takes the same category.
# Words that name the figure of the sentence before: "A year earlier the figure stood at 121".
THE_FIGURE = (
    ("figure", "was"), ("figure", "is"), ("figure", "stood"), ("цифра", "составляла"),
    ("цифра", "составила"), ("показатель", "составлял"), ("показатель", "составил"), ("их", "было"),
    ("таких", "было"),
)  # fmt: skip
COMPARISON = (
    ("up", "from"), ("down", "from"), ("compared", "with"), ("compared", "to"), ("compares", "with"),
    ("%", "from"), ("percent", "from"), ("cent", "from"),
    ("against",),
    *THE_FIGURE, ("grown",), ("grew",), ("rose",),
    ("risen",), ("fell",), ("fallen",), ("dropped",), ("declined",), ("increased",), ("decreased",),
    ("по", "сравнению", "с"), ("против",), ("в", "отношении"),
)  # fmt: skip
# Words that open a clause about whose the counted are: "42 children, whose mothers …", "чьи".
WHOSE = {"whose", "чьи", "чей", "чья", "чьё", "чье"}
# The Russian relative in the genitive after its own noun says the same: "25 детей, матери которых
# осуждены"; not after a preposition or a share of the figure ("из которых", "часть которых").
RU_WHOSE = {"которых", "которого", "которой"}
NOT_WHOSE = {"из", "у", "среди", "для", "с", "со", "от", "о", "об", "в", "на", "за", "по", "к", "часть",
             "большинство", "половина", "треть", "многие", "некоторые", "каждый", "каждого", "всех",
             "ни", "никто", "один", "одна", "двое", "трое"}  # fmt: skip
# How many words after a figure's own verb its purpose may start: "11 of whom left for Afghanistan to
# join ISKP units" (the verb, a place of up to four words, then "to").
PURPOSE_REACH = 6
# Relative pronouns after a figure: the predicate may stand after their clause.
RELATIVE = {"who", "which", "that", "которые", "который", "которая"}
# Words that open a clause of its own, whose passive is not the figure's: "told reporters that …".
COMPLEMENTS = {"that", "что", "чтобы"}
# Words that start a noun phrase: after a participle they make it a verb with its object.
DETERMINERS = {"a", "an", "the", "their", "his", "her", "its", "our", "this", "these", "those"}
# Words that join a second predicate to the same subject: "were acquitted … but convicted of theft".
COORDINATORS = {"and", "but", "и", "но", "а"}
# Prepositions that join a modifier to the noun a figure counts: "200 занятий по дерадикализации",
# "40 lectures on deradicalisation" (what the sessions are about, not what was done).
ABOUT = {"по", "о", "об", "on", "about"}
# Words that join two verbs on one object: "blocked or removed 17 400 materials".
VERB_JOINERS = COORDINATORS | {"or", "или"}
# Nouns of people, for categories that never count people ("4 000 parents took part" is no
# training); English words whole, Russian ones as stems of their case forms.
PEOPLE = {
    "people", "persons", "person", "citizens", "nationals", "residents", "men", "women", "children",
    "teenagers", "youths", "young", "students", "pupils", "parents", "relatives", "foreigners",
    "migrants", "suspects", "recruiters", "recruits", "followers", "supporters", "members",
    "defendants", "convicts", "detainees", "officers", "soldiers", "militants", "fighters",
    "teachers", "workers", "employees", "officials", "imams", "girls", "boys", "adults", "minors",
    "volunteers", "refugees", "returnees", "civilians", "victims", "believers", "preachers",
    "inmates", "prisoners", "offenders", "violators", "smugglers", "couriers", "gunmen", "guards",
    "extremists", "terrorists", "activists", "journalists", "hostages", "attackers", "insurgents",
    "tourists", "passengers", "pilgrims", "clerics", "bloggers", "lawyers", "servicemen", "policemen",
    "gunsmiths",
}  # fmt: skip
RU_PEOPLE = (
    "человек", "люд", "граждан", "жител", "лиц", "подрост", "студент", "школьник", "учащ", "родител",
    "иностран", "мигрант", "подозреваем", "вербовщик", "участник", "член", "сторонник", "боевик",
    "осужд", "задержан", "казахстанц", "узбекистанц", "кыргызстанц", "таджикистанц", "заложник",
    "женщин", "мужчин", "детей", "ребён", "ребен", "подсудим", "обвиняем", "сотрудник", "пограничник",
    "военнослужащ", "полицейск", "террористы", "террористов", "террориста", "экстремисты",
    "экстремистов", "экстремиста", "нарушител", "фигурант", "бандит", "пособник", "сообщник",
    "контрабандист", "наркокурьер", "курьер", "наемник", "наёмник", "смертник", "злоумышленник",
)  # fmt: skip
# Endings of a Russian finite verb that is surely one (past plural, reflexive, present plural), for a
# predicate after its figure: "погибли", "вернулись", "находятся", "воюют"; not "интернет", "бюджет".
RU_PREDICATE_ENDINGS = ("ли", "лись", "лось", "лся", "лась", "ется", "ются", "ятся", "ится", "ют", "ят")
# Words after a percentage that make it a change of the figure before it: "412 человек, что на 6%
# меньше", "detained 214, 18 percent more than in 2022".
# Nouns of change before "of", "на" and a percentage: "a drop of about 65 percent", "рост на 12%".
CHANGE_NOUNS = (
    "drop", "increase", "decrease", "decline", "rise", "fall", "reduction", "growth", "jump",
    "рост", "снижени", "сокращени", "увеличени", "уменьшени",
)  # fmt: skip
# Verbs of change before "by", "на" and a percentage: "the number grew by about 28%", "выросло на 23%".
CHANGE_VERBS = (
    "grew", "grown", "rose", "risen", "fell", "fallen", "increased", "decreased", "dropped", "declined",
    "jumped", "вырос", "вырастет", "снизил", "сократил", "увеличил", "уменьшил",
)  # fmt: skip
CHANGE_WORDS = {
    "more", "fewer", "less", "higher", "lower", "decline", "decrease", "drop", "fall", "reduction",
    "increase", "rise", "growth", "jump", "больше", "меньше", "выше", "ниже",
}  # fmt: skip
# Verbs that give a figure as the amount of their subject, "the number of …": "the number of returned
# fugitives stood at 37", "число заблокированных ресурсов составило 1 316".
AMOUNT_VERBS = {
    "stood", "stands", "reached", "totalled", "totaled", "amounted", "estimated", "was", "were", "is",
    "are", "rose", "fell", "grew", "составило", "составил", "составила", "составили", "составляла",
    "составлял", "составляло", "составляли", "достигло",
    "достиг", "достигла", "превысило", "превысил", "превысила",
}  # fmt: skip
# Verbs of amount that say what their subject came to with no "the number of": "the death toll rose
# to 37", "convictions reached 212" (not "were", which any passive may hold).
AMOUNT_CHANGES = AMOUNT_VERBS - {"was", "were", "is", "are", "estimated"}
# Nouns of a count or an amount, the subject of a verb of amount: "the number of …", "число …",
# "the value of the seized batch".
NUMBER_NOUNS = {"number", "value", "число", "количество", "стоимость"}
# How many words after "the number of", "число" may stand before the trigger that says what is
# counted: "the number of returned fugitives", "число задержанных".
NUMBER_REACH = 3
# Words that open a sentence about parts of what the participle after them names: "Из изъятого 1,6
# тонны приходится на марихуану", "Of the seized weapons, 40 were rifles".
OPENING_PARTITIVES = {"of", "из", "among", "среди"}
# Nouns of places: a figure of places says where, not what was done ("searches at 8 addresses",
# "attacks in 3 regions"); whole words, and Russian stems of their case forms ("стран" would take
# "страниц", pages, so its forms are whole words).
# Words before a figure that make it an age, of no category: "aged 22 and 24", "в возрасте 20 лет";
# and the first words after one: "a 19-year-old", "17-летний".
AGE_BEFORE = {"aged", "age", "ages", "возрасте", "возраста", "возраст"}
AGE_AFTER = ("year", "летн", "лет-")
PLACES = {
    "addresses", "address", "locations", "regions", "districts", "provinces", "countries", "cities",
    "towns", "villages", "settlements", "oblasts", "facilities", "centres", "centers", "institutions",
    "colonies", "prisons",
    "страна", "страны", "стран", "странах", "странам", "странами", "сел", "селах", "сёл",
}  # fmt: skip
RU_PLACES = ("адрес", "регион", "област", "район", "город", "населенн", "населённ", "государств")
# Russian short participles in -ят-, -ыт- that are verbs even when short: "изъяты", "закрыто", "взяты",
# "начато" (nouns end so rarely: not "опыты", which is shorter).
RU_SHORT_VERBS = ("яты", "ято", "ята", "ыты", "ыто", "ыта", "ато")
# Russian verb and short-participle endings: "задержаны", "задержали", "осуждено", "проводится".
_RU_VERB_ENDINGS = (
    "аны", "яны", "ены", "ено", "ано", "или", "али", "ели", "ыли", "лись", "лось", "лся", "лась", "ется",
    "ются", "ятся", "ится", "ет", "ют", "ит", "ят", "ал", "ил", "ило", "ало", "ила", "ала", "ыло",
)  # fmt: skip

# Auxiliaries: a trigger after one is the verb of the figure before ("42 groups were neutralized").
AUXILIARIES = {"were", "was", "been", "be", "are", "is", "being", "had", "have", "has"}
# A new clause with its own predicate: "58 were extradited, while 14 requests were refused".
CLAUSE_BREAKS = {";", ":", "while", "whereas", "ещё", "еще", "а"}
# Words between two figures that end a list of objects: "9 cells, but another 4 …".
BREAKERS = {
    "while",
    "whereas",
    "but",
    "another",
    "who",
    "which",
    "that",
    "ещё",
    "еще",
    "а",
    "которые",
    "которых",
}
# A breaker that goes on with the list rather than ending it: "изъяты 20 литров горючего, а также более
# 300 файлов" ("as well as").
LIST_GOES_ON = {("а", "также")}
# Words that add another object to the verb before them: "were seized, as well as 96 kg of drugs".
ADDED = (("as", "well", "as"), ("а", "также"), ("along", "with"))
# Words that negate a trigger near them: "failed to prevent", "не удалось".
NEGATORS = {
    "not", "no", "never", "failed", "fail", "fails", "unable", "without", "neither", "nor", "n't",
    "не", "ни", "нет", "никто", "никого", "удалось",
}  # fmt: skip
# Words that make a figure a stock, held at the published date: "currently", "находятся".
STOCK_CUES = (
    "currently", "at present", "presently", "as of today", "to date", "still", "remain", "remains",
    "are being held", "are held", "held in", "on the wanted list", "are fighting", "fighting for",
    "в настоящее время", "на сегодняшний день", "на данный момент", "сейчас", "находятся", "остаются",
    "остается", "в розыске", "числятся", "содержатся",
)  # fmt: skip
# Words that make an amount recur: "annually", "в год".
RECURRENCE = {
    "annual": ("annually", "on an annual basis", "each year", "every year", "per year", "a year", "yearly",
               "per annum", "ежегодно", "каждый год", "в год", "ежегодных"),
    "quarterly": ("each quarter", "every quarter", "per quarter", "ежеквартально", "в квартал"),
    "monthly": ("monthly", "each month", "every month", "per month", "a month", "ежемесячно", "в месяц"),
    "weekly": ("weekly", "each week", "every week", "per week", "a week", "еженедельно", "в неделю"),
    "daily": ("daily", "each day", "every day", "per day", "a day", "ежедневно", "в сутки", "в день"),
}  # fmt: skip

# "annually", "each year" anywhere in the sentence; "a year", "per year", "в год" only right after
# the figure ("400 trainings a year", not "a year earlier").
RECURRENCE_ANYWHERE = [
    (n, f" {c} ") for n, cues in RECURRENCE.items() for c in cues if not c.startswith(("a ", "per ", "в "))
]
RECURRENCE_AFTER = [
    (n, f" {c} ") for n, cues in RECURRENCE.items() for c in cues if c.startswith(("a ", "per ", "в "))
]


def looks_like_verb(tok: Tokens, k: int) -> bool:
    """True when token k reads as a verb that ends the noun phrase before it.

    An -ed or -ing word is a verb when what follows is not a noun ("detained in", "fighting for"),
    and an adjective otherwise ("armed groups", "training sessions").
    """
    lw = tok.lower[k]
    if lw in _VERBS:
        return True
    if lw[:1] >= "а":  # Cyrillic
        return (len(lw) > 6 and lw.endswith(_RU_VERB_ENDINGS)) or (
            len(lw) > 5 and lw.endswith(RU_SHORT_VERBS)
        )
    if lw.endswith(("ed", "ing")) and len(lw) > 4 and "-" not in lw:  # "so-called", "well-armed"
        nxt = tok.lower[k + 1] if k + 1 < len(tok) else ""
        # a number word is no noun the word may describe: "have extradited nine nationals"
        return not nxt[:1].isalpha() or nxt in NP_STOP or nxt in SMALL or nxt.endswith(("ed", "ly"))
    return False
