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
            [(15, "members"), (6, "members")],
        ),
        (
            "Ячейка вовлекла в свою деятельность 30 человек, из которых 12 погибли.",
            [(30, "members"), (12, "killed")],
        ),
        ("Задержаны 30 человек, 12 из них арестованы.", [(30, "detained"), (12, "detained")]),
        ("Задержаны 43 подозреваемых, из них 11 находились в розыске.", [(43, "detained"), (11, "detained")]),
        ("Задержаны 30 человек, из них 12 освобождены.", [(30, "detained"), (12, "other")]),
        (
            "Police detained 40 people, 17 of whom had sent money abroad.",
            [(40, "detained"), (17, "detained")],
        ),
        ("Police detained 48 people; 30 of those were released.", [(48, "detained"), (30, "other")]),
    ],
    ids=[
        "own-verb-pattern",
        "marker-before-own-verb",
        "own-verb-same-category",
        "own-verb-no-pattern",
        "own-verb-undoes",
        "of-whom-verb-no-pattern",
        "of-those-undone",
    ],
)
def test_a_part_takes_its_wholes_category_unless_its_own_verb_says_otherwise(
    text: str, expected: list[tuple[float, str]]
) -> None:
    """A part ("шестеро из которых", "17 of whom") is of its whole's category, unless a verb of its
    own names another ("погибли": killed) or undoes what was done to the whole ("освобождены")."""
    assert _categories(text) == expected


def test_a_verb_after_of_whom_is_the_parts_own() -> None:
    """After "of whom" a verb in -ed is finite, the part's own predicate ("5 of whom returned home"),
    which may undo what was done to the whole."""
    text = "Police detained 17 people, 5 of whom returned home."
    assert _categories(text) == [(17, "detained"), (5, "other")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Уничтожено 40 гектаров посевов мака.", [(40, "other")]),
        ("На каждого осуждённого государство тратит 50 тысяч сомов в год.", [(50000, "other")]),
    ],
    ids=["measure", "money"],
)
def test_an_amount_counts_no_people(text: str, expected: list[tuple[float, str]]) -> None:
    """A measure or a sum of money takes no category that counts people: hectares destroyed are no one
    killed, the upkeep of each convict is no one convicted."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police seized weapons in searches at 14 addresses.", [(14, "other")]),
        ("При обысках по 6 адресам изъято оружие.", [(6, "other")]),
    ],
    ids=["en", "ru"],
)
def test_a_figure_of_places_says_where(text: str, expected: list[tuple[float, str]]) -> None:
    """Searches at 14 addresses say where things were seized; the addresses are not seized."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eleven cells, most of them run from abroad through encrypted messaging channels, were "
            "dismantled.",
            [(11, "neutralized")],
        ),
        (
            "Officials said 40 women are serving sentences abroad and 200 citizens, most of them "
            "children, remain in camps.",
            [(40, "convicted"), (200, "other")],
        ),
    ],
    ids=["passive", "active"],
)
def test_a_parenthetical_stands_between_a_figure_and_its_predicate(
    text: str, expected: list[tuple[float, str]]
) -> None:
    """A comma-enclosed aside after the figure does not hide its own predicate after the aside."""
    assert _categories(text) == expected


def test_an_irregular_participle_may_start_a_reduced_relative() -> None:
    """ "the men brought home … were later convicted": "brought" describes the men; the passive after
    it is their predicate."""
    assert _categories("Six of the men brought home last year were later convicted of terrorism.") == [
        (6, "convicted")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The foundation documented 14 new convictions in 2023.", [(14, "convicted")]),
        ("Another 7 extradition requests were refused by the courts.", [(7, "other")]),
        ("Ежегодно служба проводит не менее 150 занятий по дерадикализации.", [(150, "trainings")]),
        ("В 2022 году 41 осуждённый публично отказался от радикальных взглядов.", [(41, "deradicalized")]),
    ],
    ids=["head-under-other-verb", "modifier-under-own-passive", "modifier-ru", "who-is-counted"],
)
def test_a_verb_form_in_the_noun_phrase_says_what_is_counted(
    text: str, expected: list[tuple[float, str]]
) -> None:
    """A verb's noun heading the figure's noun phrase is what it counts ("14 convictions"); one that
    modifies the head is not ("extradition requests"), and the predicate decides over either."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Полицейские провели 120 проверок и прочитали 30 лекций.", [(120, "other"), (30, "trainings")]),
        ("Police held 14 inspections and 40 seminars.", [(14, "other"), (40, "trainings")]),
    ],
    ids=["ru", "en"],
)
def test_a_generic_verb_needs_its_noun_in_the_figures_phrase(
    text: str, expected: list[tuple[float, str]]
) -> None:
    """ "провели 120 проверок": checks held are no trainings, whatever lectures the sentence names."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Courts convicted 150 people of extremist crimes in 2023, a 12% decline on 2022.",
            [(150, "convicted"), (12, "convicted")],
        ),
        (
            "The number of returned fugitives stood at 37, the prosecutor said.",
            [(37, "extradited")],
        ),
        (
            "Число заблокированных интернет-страниц по сравнению с аналогичным периодом прошлого года "
            "выросло на 15% и составило 2 400.",
            [(15, "blocked"), (2400, "blocked")],
        ),
    ],
    ids=["change-noun", "number-of", "chislo"],
)
def test_a_figure_that_is_a_number_of_something_takes_its_category(
    text: str, expected: list[tuple[float, str]]
) -> None:
    """ "a 12% decline" is the change of the figure before it; "the number of returned fugitives stood
    at 37" counts returned fugitives."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers found two pistols, 300 rounds of ammunition and three bags containing a total of 12 kg "
            "of heroin and 3 kg of hashish.",
            [(2, "seized"), (300, "seized"), (3, "seized"), (12, "seized"), (3, "seized")],
        ),
        ("Из изъятого 2 тонны приходится на гашиш.", [(2, "seized")]),
        (
            "Изъяты 5 пистолетов, патроны к ним, компоненты для изготовления взрывных устройств, "
            "а также более 40 флешек с записями.",
            [(5, "seized"), (40, "seized")],
        ),
    ],
    ids=["containing", "iz-izyatogo", "a-takzhe"],
)
def test_parts_and_lists_of_what_was_seized(text: str, expected: list[tuple[float, str]]) -> None:
    """What seized things contain, parts of "what was seized", and a list that "а также" goes on with
    are seized."""
    assert _categories(text) == expected


def test_verbs_joined_by_or_share_their_object() -> None:
    """ "blocked or removed 5,000 posts": the verb no pattern names does not shield the figure from the
    one joined to it."""
    assert _categories("The agency blocked or removed 5,000 posts last year.") == [(5000, "blocked")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He now faces 18 criminal charges in the US.", [(18, "charged")]),
        ("The commission found that there were 9 million premature deaths in 2015.", [(9e6, "killed")]),
        ("It looks better than three individual chargers on a nightstand.", [(3, "other")]),
        (
            "Its specialists held 512 trainings, against 436 in 2022.",
            [(512, "trainings"), (436, "trainings")],
        ),
    ],
    ids=["charges", "deaths", "chargers", "compared"],
)
def test_a_verbs_noun_heading_a_phrase_of_things_is_what_is_counted(
    text: str, expected: list[tuple[float, str]]
) -> None:
    """ "18 criminal charges", "9 million deaths": the head names the events counted, whatever verb
    stands before; a generic verb takes a figure whose noun a comparison carries over."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Relatives of two defendants told reporters that the trial was held behind closed doors.",
            [(2, "other")],
        ),
        (
            "Комитет работал с 15 службами; в порядке экстрадиции переданы 9 лиц.",
            [(15, "other"), (9, "extradited")],
        ),
        ("Рассмотрено 286 запросов об экстрадиции.", [(286, "other")]),
    ],
    ids=["told-that", "v-poryadke", "zaprosov-ob"],
)
def test_a_verb_of_another_clause_or_a_noun_of_no_figure_does_not_decide(
    text: str, expected: list[tuple[float, str]]
) -> None:
    """A participle with its object starts no reduced relative ("told reporters that … was held"), and
    extradition as a noun decides only for the figure it takes as object."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 300 people convicted of extremism have renounced radical views.", [(300, "deradicalized")]),
        ("8 people whose extradition has been approved are still being held abroad.", [(8, "detained")]),
        ("It counts dozens of people whose whereabouts remain unknown after their arrest.", [(12, "other")]),
        ("One soldier suffered a gunshot wound to the arm and was taken to hospital.", [(1, "injured")]),
        ("Police registered 6 cases of teenagers being recruited online.", [(6, "incidents")]),
        ("The arrests led to 11 planned attacks being averted.", [(11, "prevented")]),
    ],
    ids=["reduced-relative-perfect", "whose-then-own", "whose-only", "finite-with-object", "being-gerund",
         "being-averted"],
)  # fmt: skip
def test_relative_clauses_and_the_figures_own_verb(text: str, expected: list[tuple[float, str]]) -> None:
    """The verb after a reduced relative is the figure's ("people convicted of extremism have
    renounced …"); a "whose" clause speaks of another subject; a verb with its object after the
    figure is finite ("suffered a gunshot wound"), and "being" alone makes no predicate."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry extradited 11 people and turned down three requests.",
            [(11, "extradited"), (3, "other")],
        ),
        (
            "The court ordered the confiscation of $5,000 and two cars belonging to members of the cell.",
            [(5000, "seized"), (2, "seized")],
        ),
        (
            "Суд постановил конфисковать 200 тысяч сомов и два автомобиля, принадлежащие осуждённым.",
            [(200000, "seized"), (2, "seized")],
        ),
        (
            "К уголовной ответственности привлечены 50 человек, из них 30 – за участие в группах, 12 – за "
            "финансирование терроризма.",
            [(50, "charged"), (30, "charged"), (12, "charged")],
        ),
    ],
    ids=["phrasal-verb", "belonging-to", "prinadlezhashchie", "dash-items"],
)
def test_what_a_phrase_after_the_figure_says(text: str, expected: list[tuple[float, str]]) -> None:
    """A phrasal verb governs its object ("turned down three requests"); a participle phrase says
    whose the counted things are, not what was done to them; items that each open with a dash are
    one list of parts."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В рядах террористических организаций находятся около 300 граждан.", [(300, "members")]),
        ("Дерадикализацию прошли 120 осуждённых.", [(120, "deradicalized")]),
        ("В программе дерадикализации участвовали 156 человек.", [(156, "other")]),
        ("Around 60 former members renounced extremist ideology.", [(60, "deradicalized")]),
    ],
    ids=["v-ryadakh", "accusative-first", "modifier-not-first", "ed-after-plural-noun"],
)
def test_a_clause_that_opens_with_the_verbs_complement(text: str, expected: list[tuple[float, str]]) -> None:
    """A Russian clause may open with what its verb says ("В рядах … находятся 300"), which a verb
    no pattern names does not shield; a trigger inside another phrase stays shielded. An English word
    in -ed after a plural noun is its verb, not part of the noun phrase."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kazakhstan sent back 33 foreigners who had been convicted of extremism.", [(33, "extradited")]),
        ("Гибель 3 пограничников подтвердили в ведомстве.", [(3, "killed")]),
        ("The attack left 6 police officers dead and 11 injured.", [(6, "killed"), (11, "injured")]),
    ],
    ids=["object-with-relative", "verbal-noun-before-russian-verb", "dead-after-noun"],
)
def test_the_verb_whose_object_the_figure_is(text: str, expected: list[tuple[float, str]]) -> None:
    """A figure that a verb takes as object keeps that verb: a relative clause after it describes the
    people ("who had been convicted"), a Russian verb after it is the sentence's ("Гибель 3
    пограничников подтвердили"); "dead" after the noun is what became of them."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Over the year 16 attacks were prevented and 3 were carried out.",
            [(16, "prevented"), (3, "attacks")],
        ),
        ("Из 300 задержанных 120 были освобождены.", [(300, "detained"), (120, "other")]),
    ],
    ids=["noun-carried-over", "participle-of-another-figure"],
)
def test_a_noun_counted_by_the_figure_before(text: str, expected: list[tuple[float, str]]) -> None:
    """ "3 were carried out" counts the attacks named before it, so the generic verb takes it; a
    participle that another figure counts ("Из 300 задержанных") describes no later figure."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over 90% of recruits were contacted through social media.", [(90, "members")]),
        ("About 40% of the crimes were solved.", [(40, "incidents")]),
    ],
    ids=["percent-of-people", "percent-of-things"],
)
def test_a_percentage_takes_the_category_of_what_it_is_of(
    text: str, expected: list[tuple[float, str]]
) -> None:
    """docs/dev/gold-format.md: a percentage takes the category of what it measures, the of-phrase
    after it."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eighteen of the 25 detainees were charged.", [(18, "charged"), (25, "detained")]),
        ("Turkey has handed over 14 of the 20 people it had asked for.", [(14, "extradited"), (20, "other")]),
        ("Из числа осуждённых 14 человек освобождены условно-досрочно.", [(14, "other")]),
        ("The group, led by a resident of Namangan, recruited at least 20 people.", [(20, "members")]),
    ],
    ids=["part-subject", "part-object", "iz-chisla", "parenthetical-then-active"],
)
def test_a_part_and_its_whole(text: str, expected: list[tuple[float, str]]) -> None:
    """ "18 of the 25 detainees were charged": the predicate is the part's, the whole keeps its noun;
    what was done before a part is the part's; the participle after "из числа" names the whole, not
    what the part is."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police arrested 12 people and seized 4 kg of heroin during 30 raids.",
            [(12, "detained"), (4, "seized"), (30, "other")],
        ),
        ("В ходе 35 обысков изъяты 12 гранат.", [(35, "other"), (12, "seized")]),
    ],
    ids=["during", "v-khode"],
)
def test_a_figure_after_during_is_a_circumstance(text: str, expected: list[tuple[float, str]]) -> None:
    """ "during 30 raids", "в ходе 35 обысков": when things were done, not what they were done to."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A court in Almaty jailed 4 men for between 6 and 9 years.", [(4, "convicted"), (6, "sentence")]),
        (
            "Суд назначил 3 подсудимым наказание от 8 до 10 лет лишения свободы.",
            [(3, "convicted"), (8, "sentence")],
        ),
        ("Условно-досрочно освобождены 37 осуждённых.", [(37, "other")]),
    ],
    ids=["jailed-for", "naznachil-nakazanie", "osvobozhdeny-osuzhdyonnykh"],
)
def test_court_phrasings(text: str, expected: list[tuple[float, str]]) -> None:
    """ "jailed 4 men for 6 to 9 years" is a sentence, not a detention; "назначил … наказание" convicts;
    a Russian passive no pattern names before convicts ("освобождены") says they were released."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Срок содержания под стражей продлён на 2 месяца.", [(2, "other")]),
        ("The court sentenced him to 7 years.", [(7, "sentence")]),
    ],
    ids=["term-of-custody", "term-of-prison"],
)
def test_a_duration_nearer_another_verb_is_how_long_that_lasted(
    text: str, expected: list[tuple[float, str]]
) -> None:
    """docs/dev/gold-format.md: durations that are not prison terms (pre-trial arrest …) are other."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 50 militants are believed to have been killed in airstrikes.", [(50, "killed")]),
        ("Some 20 members are believed to be in Syria.", [(20, "members")]),
        ("The number of nationals fighting in Syria is estimated at 850.", [(850, "members")]),
        ("Some 300 citizens are believed to be fighting for terrorist groups abroad.", [(300, "members")]),
        ("About 12 suspects are thought to be hiding with relatives.", [(12, "other")]),
    ],
    ids=[
        "believed-to-have-been",
        "believed-to-be",
        "number-estimated-at",
        "believed-to-be-fighting",
        "thought-to-be-hiding",
    ],
)
def test_a_raising_verb_passes_the_figure_on(text: str, expected: list[tuple[float, str]]) -> None:
    """ "are believed to have been killed": the later participle is the figure's predicate; "is
    estimated at 850" gives the number of what "the number of" names."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("С осуждёнными проведено 430 профилактических бесед.", [(430, "trainings")]),
        ("Не допущено совершение 4 терактов.", [(4, "prevented")]),
    ],
    ids=["noun-after-preposition", "verb-acting-on-generic"],
)
def test_a_verbs_noun_after_a_preposition_acts_on_nothing(
    text: str, expected: list[tuple[float, str]]
) -> None:
    """ "С осуждёнными проведено 430 бесед": with convicts, talks were held; the generic verb is not
    what "осуждёнными" acts on, as "совершение" is what "не допущено" prevents."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Таджикистан вернул из Сирии 25 детей, матери которых осуждены за терроризм.", [(25, "other")]),
        ("Из лагеря вывезли 17 женщин, мужья которых погибли в боях.", [(17, "other")]),
        (
            "The ministry brought home 42 children, whose mothers are serving sentences in Iraq.",
            [(42, "other")],
        ),
        ("Police detained 5 men whose relatives had been convicted earlier.", [(5, "detained")]),
        ("Задержаны 12 человек, шестеро из которых осуждены ранее.", [(12, "detained"), (6, "convicted")]),
    ],
    ids=[
        "ru-whose-convicted",
        "ru-whose-killed",
        "en-whose-after-comma",
        "whose-beside-own-verb",
        "ru-of-whom",
    ],
)
def test_a_whose_clause_speaks_of_another_subject(text: str, expected: list[tuple[float, str]]) -> None:
    """ "42 ребёнка, матери которых отбывают наказание": what the mothers did is not the children's."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Суд избрал меру пресечения в виде ареста сроком на 2 месяца.", [(2, "other")]),
        ("Двое приговорены к ограничению свободы сроком до 3 лет.", [(2, "convicted"), (3, "other")]),
        (
            "After serving their terms, the convicts will be barred from using social media for 3 years.",
            [(3, "other")],
        ),
        ("Срок рассмотрения жалобы не может превышать 30 дней.", [(30, "other")]),
        ("Court sentenced him to 3 years of probation.", [(3, "other")]),
        (
            "He was sentenced to 10 years in prison and banned from public office for 5 years.",
            [(10, "sentence"), (5, "other")],
        ),
        ("Он был арестован и приговорён к 6 годам лишения свободы.", [(6, "sentence")]),
    ],
    ids=[
        "arrest-term",
        "restricted-freedom",
        "ban-after-term",
        "review-term",
        "probation",
        "prison-and-ban",
        "arrested-then-term",
    ],
)
def test_a_duration_beside_a_measure_that_is_no_prison_term(
    text: str, expected: list[tuple[float, str]]
) -> None:
    """docs/dev/gold-format.md: durations that are not prison terms (arrest, bans, restricted freedom,
    a review window) are other, whatever term word decided them."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The street value of the seized batch is estimated at 25 million soms.", [(25_000_000, "seized")]),
        ("The total value of the confiscated property amounted to 3 million tenge.", [(3_000_000, "seized")]),
        ("Стоимость изъятых наркотиков составила 5 млн рублей.", [(5_000_000, "seized")]),
    ],
    ids=["value-estimated-at", "value-amounted-to", "ru-stoimost"],
)
def test_the_value_of_what_was_seized(text: str, expected: list[tuple[float, str]]) -> None:
    """ "the value of" is the amount of what the trigger after it names, as "the number of" is its count."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dozens of defendants complained of pressure during pre-trial detention.", [(12, "other")]),
        ("Five lawyers spoke to reporters amid the arrests.", [(5, "other")]),
        ("Три сотрудника дали показания в ходе задержания.", [(3, "other")]),
        (
            "Three officers were wounded during the detention of 5 suspects.",
            [(3, "injured"), (5, "detained")],
        ),
    ],
    ids=["during-detention", "amid-arrests", "ru-v-khode", "own-verb-and-object-of-noun"],
)
def test_a_trigger_after_during_is_no_earlier_figures(text: str, expected: list[tuple[float, str]]) -> None:
    """ "during pre-trial detention" says when, not what was done to the figure before it."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thirty-one of them received real prison terms of 5 to 12 years.",
            [(31, "convicted"), (5, "sentence")],
        ),
        ("Nine men were given prison terms of up to 20 years.", [(9, "convicted"), (20, "sentence")]),
        ("Twelve of the defendants got suspended sentences.", [(12, "convicted")]),
        ("Three teenagers were given probation.", [(3, "convicted")]),
        ("Семеро получили сроки от 8 до 12 лет.", [(7, "convicted"), (8, "sentence")]),
        ("Пятеро обвиняемых получили длительные сроки заключения.", [(5, "convicted")]),
        ("The bank received 30 applications in the first week.", [(30, "other")]),
    ],
    ids=[
        "received-real-terms",
        "given-terms",
        "got-suspended",
        "given-probation",
        "ru-poluchili-sroki",
        "ru-dlitelnye",
        "received-nothing",
    ],
)
def test_people_who_received_terms_are_convicted(text: str, expected: list[tuple[float, str]]) -> None:
    """ "31 received prison terms of 5 to 12 years": a count of convicts and a term, from one phrase."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Criminal cases have been opened against 46 couriers and 29 attempts to cross the border outside"
            " checkpoints have been thwarted.",
            [(46, "charged"), (29, "prevented")],
        ),
        (
            "Police detained 46 couriers, and 5 attempts to smuggle weapons across the border were foiled.",
            [(46, "detained"), (5, "prevented")],
        ),
        ("Police sent 12 people to court, who were later convicted.", [(12, "charged")]),
        ("The extradition of 6 people to Tajikistan was completed.", [(6, "extradited")]),
        ("The transfer of 6 suspects to their home country was completed.", [(6, "other")]),
    ],
    ids=["attempts-to-cross", "attempts-to-smuggle", "object-to-court", "to-a-place", "to-a-noun"],
)
def test_a_figures_passive_after_an_infinitive_is_its_own(
    text: str, expected: list[tuple[float, str]]
) -> None:
    """ "29 attempts to cross the border … have been thwarted": the infinitive says what the attempts
    were for, the passive after it what was done to them."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "142 women who had been taken to Syria by their husbands have completed the programme.",
            [(142, "deradicalized")],
        ),
        ("Five men who had been detained in March have been charged with terrorism.", [(5, "charged")]),
        ("17 people who joined the group were arrested.", [(17, "detained")]),
    ],
    ids=["taken-then-completed", "detained-then-charged", "active-relative"],
)
def test_the_perfect_after_a_relative_clauses_passive_is_the_figures(
    text: str, expected: list[tuple[float, str]]
) -> None:
    """ "142 women who had been taken to Syria have completed the programme": the relative clause's
    passive says who they are, the perfect after it what they did."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Задержаны 14 человек за участие в ИГИЛ, ещё 6 – за финансирование.",
            [(14, "detained"), (6, "detained")],
        ),
        (
            "Twelve men were charged with membership, another 5 – with financing.",
            [(12, "charged"), (5, "charged")],
        ),
        (
            "Осуждены 20 человек: 12 – к лишению свободы, ещё 8 – условно.",
            [(20, "convicted"), (12, "convicted"), (8, "convicted")],
        ),
        ("Задержаны 14 человек, ещё 6 объявлены в розыск.", [(14, "detained"), (6, "other")]),
    ],
    ids=["ru-eshchyo-dash", "another-dash", "ru-list-then-eshchyo", "own-verb"],
)
def test_a_figure_whose_verb_a_dash_leaves_out_takes_the_one_before(
    text: str, expected: list[tuple[float, str]]
) -> None:
    """ "ещё 6 – за финансирование": the dash stands for the verb of the clause before."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They recruited at least 40 young men, 11 of whom left for Afghanistan to join ISKP units.",
            [(40, "members"), (11, "members")],
        ),
        ("About 20 citizens left for Syria to join IS.", [(20, "members")]),
        ("Of the 60 recruits, 15 went to Syria to join militant groups.", [(60, "members"), (15, "members")]),
        ("Twelve were released to attend the funeral.", [(12, "other")]),
        ("About 200 teachers went to Almaty to attend seminars.", [(200, "other")]),
    ],
    ids=["of-whom-left-to-join", "left-to-join-IS", "went-to-join", "released-to-attend", "went-to-attend"],
)
def test_the_purpose_of_a_figures_own_verb_is_its_own(text: str, expected: list[tuple[float, str]]) -> None:
    """docs/dev/gold-format.md: people who left to join an organisation are members; "to join" after
    the figure's own verb ("left for Afghanistan") is what they left for."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The drill simulated the seizure of the refinery and the taking of 40 hostages.", [(40, "other")]),
        (
            "A workshop where 2 gunsmiths converted pistols into live-fire weapons was shut down.",
            [(2, "other")],
        ),
        ("Боевики захватили 12 заложников.", [(12, "other")]),
        ("Police seized 5 rifles.", [(5, "seized")]),
    ],
    ids=["hostages-not-seized", "gunsmiths-not-blocked", "ru-zalozhniki", "rifles-seized"],
)
def test_people_take_no_category_that_counts_things(text: str, expected: list[tuple[float, str]]) -> None:
    """Hostages and gunsmiths are people: a seizure or a shutdown counts things, not them."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "language", "trigger"),
    [
        ("Police registered more than 40 crimes.", "en", "registered"),
        ("Fewer than 10 attacks were recorded.", "en", "were recorded"),
        ("Зарегистрировано больше 20 преступлений.", "ru", "Зарегистрировано"),
    ],
    ids=["more-than", "fewer-than", "ru-bolshe"],
)
def test_a_figures_qualifier_is_no_trigger(text: str, language: str, trigger: str) -> None:
    """ "more than 40" says how many: "more" is a change word of `incidents`, not what was done."""
    assert [f.trigger for f in extract_figures(text, language=language)] == [trigger]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В одном из сёл задержаны 3 человека.", [(3, "detained")]),
        ("One of the attackers was killed.", [(1, "killed")]),
        ("Police detained one of the suspects.", [(1, "detained")]),
    ],
    ids=["v-odnom-iz", "one-of-subject", "one-of-object"],
)
def test_one_of_counts_unless_it_says_where(text: str, expected: list[tuple[float, str]]) -> None:
    """ "в одном из сёл" says where; "one of the attackers was killed" counts one."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The average sentence for recruiters rose from 6 years in 2019 to 7.5 years in 2023.",
            [(6, "sentence"), (7.5, "sentence")],
        ),
        ("He was held in custody for 2 months.", [(2, "other")]),
    ],
    ids=["sentence-rose", "held-in-custody"],
)
def test_a_generic_verb_says_no_term_lasted(text: str, expected: list[tuple[float, str]]) -> None:
    """ "rose" says that the term changed, not that something else lasted 6 years."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The blast killed at least 14 passengers and injured more than 40 others.",
            [(14, "killed"), (40, "injured")],
        ),
        ("Боевики убили не менее 5 человек и ранили около 20.", [(5, "killed"), (20, "injured")]),
        ("The court sentenced 12 members to 5 years each.", [(12, "convicted"), (5, "sentence")]),
    ],
    ids=["qualifier-after-verb", "ru-qualifier-after-verb", "to-is-no-qualifier"],
)
def test_a_verb_before_a_qualified_figure_is_its_own(text: str, expected: list[tuple[float, str]]) -> None:
    """ "injured more than 40" is the 40's verb, not the 14's before it."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Суд признал виновными пятерых вербовщиков.", [(5, "convicted")]),
        ("Около 300 человек отбывают сроки за экстремизм.", [(300, "convicted")]),
        ("About 80 men are serving prison terms for terrorism.", [(80, "convicted")]),
        ("Пограничники поймали 7 нарушителей границы.", [(7, "detained")]),
        ("Ночью в отдел доставили 11 участников драки.", [(11, "detained")]),
        ("Казахстан выслал 14 иностранцев.", [(14, "extradited")]),
        ("Грузия передала казахстанским правоохранителям двоих разыскиваемых.", [(2, "extradited")]),
        ("Следователи предъявили обвинение шестерым фигурантам.", [(6, "charged")]),
        ("Обвинения в финансировании терроризма предъявлены 9 жителям города.", [(9, "charged")]),
        ("Нападавший скрылся, ранив двоих прохожих.", [(2, "injured")]),
        ("Полиция пресекла 4 попытки подкупа.", [(4, "prevented")]),
        ("Удалось не допустить 3 поджогов.", [(3, "prevented")]),
        ("Ещё 25 заключённых отреклись от радикальных идей.", [(25, "deradicalized")]),
        ("Итогом стал отказ от радикальных взглядов 30 осуждённых.", [(30, "deradicalized")]),
        ("Some 12 inmates publicly renounced their former extremist views.", [(12, "deradicalized")]),
        ("Five women renounced their membership in the movement.", [(5, "deradicalized")]),
        ("Police eliminated 3 sleeper cells in the south.", [(3, "neutralized")]),
        ("Officials said 96 of the violations were eliminated.", [(96, "other")]),
        ("The court dissolved 2 radical groups.", [(2, "neutralized")]),
        ("В акции участвовали 400 учеников.", [(400, "other")]),
        ("По данным следствия, в банду входили семь человек.", [(7, "members")]),
        ("В состав 12 групп входят теологи.", [(12, "other")]),
        ("В список экстремистских материалов внесено 40 видеороликов.", [(40, "blocked")]),
        ("A court banned 6 videos and 3 books as extremist materials.", [(6, "blocked"), (3, "blocked")]),
        ("Police seized 300 copies of banned books.", [(300, "seized")]),
        ("Меру пресечения в виде заключения под стражу избрали сроком на 2 месяца.", [(2, "other")]),
    ],
    ids=[
        "priznal-vinovnymi", "otbyvayut-sroki", "serving-prison-terms", "poymali", "dostavili-v-otdel",
        "vyslal", "peredala-pravookhranitelyam", "predyavili-obvinenie", "obvineniya-predyavleny",
        "raniv", "presekla", "ne-dopustit", "otreklis", "otkaz-ot-vzglyadov", "renounced-views",
        "renounced-membership", "eliminated-cells", "eliminated-violations", "dissolved-groups",
        "ucheniki-not-exercises", "vkhodili-v-bandu", "v-sostav-vkhodyat", "vneseno-v-spisok",
        "banned-as-extremist", "banned-adjective", "pod-strazhu-term",
    ],
)  # fmt: skip
def test_the_packs_words_for_each_category(text: str, expected: list[tuple[float, str]]) -> None:
    """Active and passive forms of each category's verbs, and the words that only look like them."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prosecutors received 40 complaints and received 2 years.", [(40, "other"), (2, "sentence")]),
        ("Главарю дали 6 лет.", [(6, "sentence")]),
    ],
    ids=["received-count-and-term", "ru-dali"],
)
def test_a_verb_of_terms_shields_counts(text: str, expected: list[tuple[float, str]]) -> None:
    """ "received" gives a term its category and leaves a count's verb unnamed."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials said 5 suspects had been extradited from Russia and 2 from Turkey.",
            [(5, "extradited"), (2, "extradited")],
        ),
        ("В Алматы задержаны 5 человек и 2 в Шымкенте.", [(5, "detained"), (2, "detained")]),
    ],
    ids=["and-2-from", "ru-i-2-v"],
)
def test_a_figure_with_a_bare_place_after_and_goes_on_from_the_one_before(
    text: str, expected: list[tuple[float, str]]
) -> None:
    """ "and 2 from Turkey" leaves out the verb of the clause before it."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two gunmen, aged 31 and 35, were killed.", [(2, "killed"), (35, "other")]),
        ("Police detained 4 men aged between 19 and 30.", [(4, "detained"), (19, "other")]),
        ("Задержан 16-летний студент колледжа.", [(16, "other")]),
        ("Задержаны трое в возрасте от 20 до 25 лет.", [(3, "detained"), (20, "other")]),
    ],
    ids=["aged-and", "aged-between", "ru-letniy", "ru-v-vozraste"],
)
def test_an_age_takes_no_category(text: str, expected: list[tuple[float, str]]) -> None:
    """ "aged 31", "16-летний" say how old someone is, not how many were killed or detained."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Customs officers thwarted 5 smuggling attempts and 8 thefts, the service reported.",
            [(5, "prevented"), (8, "prevented")],
        ),
        ("Police reported 37 crimes.", [(37, "incidents")]),
    ],
    ids=["closing-attribution", "reported-crimes"],
)
def test_a_closing_attribution_is_no_trigger(text: str, expected: list[tuple[float, str]]) -> None:
    """ ", the ministry reported" says who told, not that 9 crimes were reported."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Среди задержанных — трое иностранцев.", [(3, "detained")]),
        ("Among the detainees were 6 former soldiers.", [(6, "detained")]),
        ("Of the 40 detainees, 12 were released.", [(40, "detained"), (12, "other")]),
        (
            "Weapons seized at the farm included 7 pistols and 300 cartridges.",
            [(7, "seized"), (300, "seized")],
        ),
        ("Those detained included 5 teenagers, police said.", [(5, "detained")]),
        ("The delegation included 12 officials.", [(12, "other")]),
    ],
    ids=["ru-sredi-noun", "among-noun", "own-predicate", "included-seized", "included-detained", "no-whole"],
)
def test_parts_of_a_named_whole(text: str, expected: list[tuple[float, str]]) -> None:
    """ "Среди задержанных — трое", "Those detained included 5": parts of the whole their subject names."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В суд направлено 40 уголовных дел в отношении 52 лиц.", [(40, "charged"), (52, "charged")]),
        ("Органами уголовного преследования выявлено 60 преступлений.", [(60, "incidents")]),
        ("Railway police recorded 12 false reports of explosives.", [(12, "incidents")]),
    ],
    ids=["v-otnoshenii", "organy-presledovaniya", "false-reports"],
)
def test_whom_cases_concern_and_the_names_of_bodies(text: str, expected: list[tuple[float, str]]) -> None:
    """ "в отношении 52 лиц" are those charged; "органами уголовного преследования" names a body."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В отдел полиции доставлены 12 участников акции.", [(12, "detained")]),
        ("Around 25 people were taken in for questioning.", [(25, "detained")]),
        ("Россия передала Таджикистану 5 разыскиваемых.", [(5, "extradited")]),
        ("Kazakhstan repatriated 6 wanted men from the UAE to face trial.", [(6, "extradited")]),
        ("Перед судом предстанут 9 обвиняемых.", [(9, "charged")]),
        ("Виновными признаны 11 человек.", [(11, "convicted")]),
        ("Он получил 7 лет.", [(7, "sentence")]),
        ("Ликвидированы 3 террориста.", [(3, "killed")]),
        ("Выявлено 58 преступлений экстремистской направленности.", [(58, "incidents")]),
        ("The attack took the lives of 11 people.", [(11, "killed")]),
        ("Some 30 people were taken to hospital with injuries.", [(30, "injured")]),
        ("Программу дерадикализации завершили 150 человек.", [(150, "deradicalized")]),
        ("The KNB shut down 3 terrorist networks.", [(3, "neutralized")]),
        ("The ministry shut down 40 websites.", [(40, "blocked")]),
        ("Police uncovered 5 clandestine cells.", [(5, "neutralized")]),
        ("Investigators uncovered 27 offences of terror financing.", [(27, "incidents")]),
        ("Two cells were uncovered and neutralized.", [(2, "neutralized")]),
    ],
    ids=[
        "v-otdel-dostavleny", "taken-in", "peredala-razyskivaemykh", "repatriated-to-face",
        "predstanut-pered-sudom", "vinovnymi-priznany", "poluchil-let", "terrorista-people",
        "ekstremistskoy-no-people", "took-the-lives", "taken-to-hospital", "programmu-zavershili",
        "shut-down-networks", "shut-down-websites", "uncovered-cells", "uncovered-offences",
        "chain-keeps-its-category",
    ],
)  # fmt: skip
def test_more_phrasings_of_each_category(text: str, expected: list[tuple[float, str]]) -> None:
    """Phrasings written for no page: word orders, phrasal verbs, and words of two categories."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll rose to 37.", [(37, "killed")]),
        ("Convictions reached 212, up from 190.", [(212, "convicted"), (190, "convicted")]),
        (
            "Civilian casualties rose to 1,659 killed and 3,524 wounded.",
            [(1659, "killed"), (3524, "injured")],
        ),
        ("The suspects were 12.", [(12, "other")]),
    ],
    ids=["death-toll-rose", "convictions-reached", "own-verb-after", "were-is-no-amount"],
)
def test_a_verb_of_amount_gives_what_its_subject_names(text: str, expected: list[tuple[float, str]]) -> None:
    """ "The death toll rose to 37": 37 is the toll, killed."""
    assert _categories(text) == expected


def test_an_opening_of_the_total_is_about_the_figure_before() -> None:
    """ "Of the total, 800 kilograms were heroin": a part of the 1.2 tonnes seized."""
    text = "Police seized 1.2 tonnes of drugs. Of the total, 800 kilograms were heroin."
    assert _categories(text) == [(1.2, "seized"), (800, "seized")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Last year 64 convicts renounced their radical views, compared with 51 in 2022.",
            [(64, "deradicalized"), (51, "deradicalized")],
        ),
        ("Наказание отбывают 300 осуждённых за терроризм.", [(300, "convicted")]),
    ],
    ids=["compared-over-noun", "ru-nakazanie-otbyvayut"],
)
def test_what_a_compared_figure_counts(text: str, expected: list[tuple[float, str]]) -> None:
    """ "compared with 51" counts what the 64 counts, not the noun of the 64's phrase."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since 2015, officials have counted 400 citizens leaving to join militant groups abroad.",
            [(400, "members")],
        ),
        ("Two cars belonging to members were seized.", [(2, "seized")]),
    ],
    ids=["leaving-to-join", "belonging-to"],
)
def test_a_participles_purpose_is_what_the_counted_did(text: str, expected: list[tuple[float, str]]) -> None:
    """ "leaving to join": the purpose is what the counted did; "belonging to members" says whose."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the raid 3 militants were eliminated.", [(3, "killed")]),
        ("Officials said 96 of the violations were eliminated.", [(96, "other")]),
        ("Более 60% осуждённых за экстремизм моложе 35 лет.", [(60, "convicted"), (35, "other")]),
    ],
    ids=["eliminated-militants", "eliminated-violations", "ru-percent-of-convicts"],
)
def test_eliminated_fighters_and_a_percentage_of_convicts(
    text: str, expected: list[tuple[float, str]]
) -> None:
    """ "3 militants were eliminated" are killed; "60% осуждённых" measures convicts."""
    assert _categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fire destroyed 14 houses.", [(14, "other")]),
        ("Farmers said troops had destroyed 900 hectares of opium poppy.", [(900, "other")]),
        ("Police destroyed 3 terrorist cells.", [(3, "neutralized")]),
    ],
    ids=["fire-houses", "poppy-fields", "cells"],
)
def test_destroyed_is_a_group_broken_up_only_beside_one(text: str, expected: list[tuple[float, str]]) -> None:
    """ "destroyed 14 houses" breaks up no group."""
    assert _categories(text) == expected


def test_live_fire_exercises_performed_are_trainings() -> None:
    """ "выполнили 12 учебно-боевых стрельб": exercises held, under another verb."""
    assert _categories("Расчёты выполнили 12 учебно-боевых стрельб.") == [(12, "trainings")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Уничтожены трое боевиков, двое полицейских ранены.", [(3, "killed"), (2, "injured")]),
        ("При взрыве погиб один человек, один охранник ранен.", [(1, "killed"), (1, "injured")]),
    ],
    ids=["raneny", "ranen"],
)
def test_a_short_russian_participle_is_its_figures_own(text: str, expected: list[tuple[float, str]]) -> None:
    """ "двое полицейских ранены": "ранены" ends the noun phrase and is the figure's own predicate."""
    assert _categories(text) == expected
