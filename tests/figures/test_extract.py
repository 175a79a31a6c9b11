"""The frame of each figure: category, negation, period, recurrence, stock, place, actor, evidence."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newstally.figures import extract_figures
from newstally.model import Figure

# Words that the fuzz test strings together with digits and signs.
FUZZ_WORDS = [
    " one ", " third ", " half ", " million ", " dozens of ", " from ", " to ", " between ", " and ",
    " first quarter of ", " since ", " May ", " тыс. ", " от ", " до ", " человек ", " kg ", " years ",
]  # fmt: skip


def _only(text: str, **kw: str) -> Figure:
    found = extract_figures(text, **kw)
    assert len(found) == 1, [(f.text, f.category) for f in found]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "category", "trigger"),
    [
        ("The KNB detained 140 members of extremist groups.", "detained", "detained"),
        ("Police arrested 9 suspects in Almaty.", "detained", "arrested"),
        ("Thirty one foreigners were extradited to their countries.", "extradited", "extradited"),
        ("Partner services handed over 12 Kazakhstanis.", "extradited", "handed over"),
        ("Criminal charges were brought against 54 persons.", "charged", "brought against"),
        ("Courts convicted 64 persons last year.", "convicted", "convicted"),
        ("Two border guards were injured in the clash.", "injured", "injured"),
        ("Border guards killed 3 armed men.", "killed", "killed"),
        ("Militants carried out 7 attacks on police posts.", "attacks", "carried out"),
        ("The service prevented 11 terrorist attacks.", "prevented", "prevented"),
        ("Officers foiled 4 plots this year.", "prevented", "foiled"),
        ("The ministry registered 156 crimes related to extremism.", "incidents", "registered"),
        ("42 extremist groups were neutralized.", "neutralized", "neutralized"),
        ("Police dismantled 14 cells.", "neutralized", "dismantled"),
        ("About 300 citizens remain in the ranks of terrorist groups.", "members", "in the ranks of"),
        ("907 persons completed the programmes.", "deradicalized", "completed the programmes"),
        ("Police hold over 400 trainings a year.", "trainings", "hold"),
        ("Officers seized 86 firearms.", "seized", "seized"),
        ("The committee blocked 2 450 websites.", "blocked", "blocked"),
        ("Searches were carried out at 52 addresses.", "other", None),
        ("В 2022 году задержаны 78 участников экстремистских групп.", "detained", "задержаны"),
        ("Из Казахстана выдворены 27 иностранцев.", "extradited", "выдворены"),
        ("Предотвращены пять террористических актов.", "prevented", "Предотвращены"),
        ("Заблокированы 1 870 интернет-ресурсов.", "blocked", "Заблокированы"),
        ("Clashes claimed the lives of 5 guards.", "killed", "claimed the lives"),
        ("The cell drew in at least 30 young men.", "members", "drew in"),
        ("Более 1 900 граждан воевали на стороне группировок.", "members", "воевали"),
        ("В 2023 году ранены 4 сотрудника.", "injured", "ранены"),
        ("Предупреждено 15 преступлений.", "prevented", "Предупреждено"),
        ("За год 38 осужденных прошли реабилитацию.", "deradicalized", "прошли реабилитацию"),
    ],
    ids=lambda x: x if isinstance(x, str) and " " in x else None,
)
def test_category(sentence: str, category: str, trigger: str | None) -> None:
    figure = _only(sentence, language="ru" if sentence[0] >= "А" else "en")
    assert (figure.category, figure.trigger) == (category, trigger)


def test_each_figure_takes_its_own_verb() -> None:
    found = extract_figures(
        "The committee said 42 extremist groups were neutralized during the year and 9 terrorist attacks "
        "at the preparation stage were prevented in Almaty.",
        language="en",
    )
    assert [(f.value, f.category) for f in found] == [(42, "neutralized"), (9, "prevented")]


def test_a_list_of_objects_shares_its_verb() -> None:
    found = extract_figures(
        "Officers seized 4 rifles, 600 rounds of ammunition and 26 kg of hashish.", language="en"
    )
    assert [f.category for f in found] == ["seized", "seized", "seized"]


def test_prison_terms_are_sentence_durations() -> None:
    found = extract_figures("Courts convicted 64 persons, handing down prison terms from 6 to 18 years.")
    assert [(f.value, f.high, f.kind, f.category) for f in found] == [
        (64, None, "count", "convicted"),
        (6, 18, "duration", "sentence"),
    ]


@pytest.mark.parametrize(
    ("sentence", "negated"),
    [
        ("Prosecutors failed to prevent 18 violations of the law.", True),
        ("Two other suspects were not detained.", True),
        ("Задержать 3 подозреваемых не удалось.", False),
        ("Police detained 3 suspects.", False),
    ],
    ids=["failed-to", "were-not", "ru-no-trigger-before", "plain"],
)
def test_negation(sentence: str, negated: bool) -> None:
    assert _only(sentence).negated is negated


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("In 2011 and 2012 the KNB prevented 47 terrorist crimes.", "2011-01-01", "2012-12-31"),
        ("In 2020, the committee dismantled 14 groups.", "2020-01-01", "2020-12-31"),
        ("Last year, police registered 21 cases.", "2023-01-01", "2023-12-31"),
        ("Since the beginning of the year, 7 attacks took place.", "2024-01-01", "2024-04-18"),
        ("In the first half of 2017, 31 persons were extradited.", "2017-01-01", "2017-06-30"),
        ("In January-February, 12 people were detained.", "2024-01-01", "2024-02-29"),
        ("Over the past five years, 1 287 people were deradicalized.", "2019-04-18", "2024-04-18"),
        ("За пять месяцев 2021 года задержаны 212 человек.", "2021-01-01", "2021-05-31"),
        ("В прошлом году осуждены 23 человека.", "2023-01-01", "2023-12-31"),
    ],
    ids=[
        "year-pair",
        "year",
        "last-year",
        "since-start",
        "half",
        "months",
        "past-years",
        "ru-months",
        "ru-last",
    ],
)
def test_period(sentence: str, start: str, end: str) -> None:
    period = _only(sentence, published="2024-04-18").period
    assert period is not None and (period.start, period.end) == (start, end)


def test_period_carries_to_later_sentences() -> None:
    found = extract_figures(
        "In 2023 the KNB detained 140 people. It also blocked 2 450 websites.", published="2024-01-15"
    )
    assert [f.period and (f.period.start, f.period.end) for f in found] == [
        ("2023-01-01", "2023-12-31"),
        ("2023-01-01", "2023-12-31"),
    ]


@pytest.mark.parametrize(
    "later",
    ["Over the year, 42 groups were neutralized.", "За год обезврежены 42 экстремистские группы."],
    ids=["en", "ru"],
)
def test_over_the_year_is_the_year_named_before(later: str) -> None:
    # An annual report published in January: "over the year" is the year reported, not this one.
    found = extract_figures(f"In 2023 the KNB detained 140 people.\n\n{later}", published="2024-01-16")
    assert [f.period and f.period.text for f in found] == ["2023", "2023"]


def test_stock_counts_hold_at_the_published_date() -> None:
    figure = _only("Currently 120 citizens remain in the ranks of terrorist groups.", published="2024-01-15")
    assert figure.stock and figure.period is not None and figure.period.start == "2024-01-15"


def test_annual_counts_have_no_period() -> None:
    figure = _only("In 2023 police held over 400 trainings a year.", published="2024-01-15")
    assert (figure.recurrence, figure.period) == ("annual", None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police hold about 40 raids every quarter.", "en"),
        ("Ежеквартально полиция проводит около 40 рейдов.", "ru"),
    ],
)
def test_quarterly_counts_recur(text: str, language: str) -> None:
    assert [f.recurrence for f in extract_figures(text, language=language)] == ["quarterly"]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "9 attacks were prevented in Almaty, Shymkent and Aktobe region.",
            "Almaty, Shymkent and Aktobe region",
        ),
        ("Police in Osh and Jalal-Abad regions detained 40 people.", "Osh and Jalal-Abad regions"),
        ("В Алматинской области осуждены 7 человек.", "Алматинская область"),
    ],
    ids=["list", "regions", "ru-region"],
)
def test_place(sentence: str, place: str) -> None:
    assert _only(sentence).place == place


def test_dateline_place_when_the_sentence_names_none() -> None:
    found = extract_figures("BISHKEK, March 10 – Officers detained 6 people.\n\nThey seized 2 kg of TNT.")
    assert [f.place for f in found] == ["Bishkek", "Bishkek"]


def test_actor_from_the_document_and_from_attribution() -> None:
    found = extract_figures(
        "The National Security Committee detained 140 people. "
        "According to the Financial Monitoring Agency, 240 persons are on the list.",
        language="en",
    )
    assert [f.actor for f in found] == ["National Security Committee", "Financial Monitoring Agency"]


def test_offsets_point_at_the_number_in_the_body() -> None:
    text = "Intro paragraph without figures.\n\nThe KNB detained 140 members of extremist groups."
    figure = _only(text)
    assert text[figure.start : figure.end] == "140" == figure.text
    assert figure.sentence == "The KNB detained 140 members of extremist groups."


def test_a_headline_figure_repeated_in_the_body_is_listed_once_from_the_body() -> None:
    text = (
        "KNB: 140 members of extremist groups detained\n\nThe KNB detained 140 members of extremist groups."
    )
    found = extract_figures(text)
    assert [(f.value, f.sentence.startswith("The KNB")) for f in found] == [(140, True)]


def test_the_title_is_not_a_source_of_figures() -> None:
    found = extract_figures("The KNB detained 140 people.", title="KNB detains 140 people in 2023")
    assert len(found) == 1 and found[0].period is not None and found[0].period.start == "2023-01-01"


def test_a_verb_does_not_reach_across_a_semicolon() -> None:
    found = extract_figures("Police detained 12 people; dozens of residents were questioned.", language="en")
    assert [(f.value, f.category) for f in found] == [(12, "detained"), (12, "other")]


def test_the_place_where_it_happened_beats_the_place_it_came_from() -> None:
    found = extract_figures(
        "Guards killed 3 men who crossed from Afghanistan in the Shamsiddin Shohin district."
    )
    assert [f.place for f in found] == ["Shamsiddin Shohin district"]


def test_the_country_of_the_report_when_the_lead_names_no_place() -> None:
    text = (
        "ASTANA, May 5 – The KNB detained 12 people.\n\n"
        "In Kazakhstan, 3 cells were broken up in Almaty region."
    )
    found = extract_figures(text, language="en")
    assert [f.place for f in found] == ["Kazakhstan", "Almaty region"]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("BISHKEK, March 10 – The GKNB detained 6 members of a cell.", None),
        ("Several men were detained in Mary province.", None),
        ("Theft is punishable by 3 to 8 years in prison.", None),
        (
            "In 2012 militants carried out 7 attacks. Over the two years, 2 bombings were foiled.",
            "2012-01-01",
        ),
        ("The Minsk Convention of 1993 sets a limit of 30 days.", None),
    ],
    ids=["dateline", "mary-is-not-march", "law", "the-two-years", "named-year"],
)
def test_what_is_not_a_period(text: str, period: str | None) -> None:
    found = extract_figures(text, published="2021-03-10")
    assert found[-1].period is None if period is None else found[-1].period.start == period


def test_a_year_earlier_is_a_comparison_not_a_recurrence() -> None:
    found = extract_figures(
        "In the first quarter of 2023, 18 000 pupils took part, up from 11 500 a year earlier.",
        published="2023-05-03",
    )
    assert [(f.recurrence, f.period and f.period.start) for f in found] == [
        (None, "2023-01-01"),
        (None, "2022-01-01"),
    ]


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Human rights groups estimate that up to 120 people are held.", "Human rights groups"),
        ("Police detained 40 people, the Ministry of Internal Affairs said.", "Ministry of Internal Affairs"),
        (
            "According to a statement published by the KNB, 140 people were detained.",
            "National Security Committee",
        ),
        ("По данным МВД, задержаны 212 человек.", "МВД"),
    ],
    ids=["source-says", "trailing-said", "statement-by", "ru-po-dannym"],
)
def test_actor_from_attribution(sentence: str, actor: str) -> None:
    assert _only(sentence).actor == actor


@pytest.mark.parametrize(
    "sentence",
    [
        "Of those detained, 27 were released after questioning.",
        "Ещё 125 привлечены к административной ответственности после задержания.",
    ],
    ids=["released", "ru-administrative"],
)
def test_a_figure_with_its_own_passive_verb_is_not_taken_by_another(sentence: str) -> None:
    assert _only(sentence).category == "other"


@pytest.mark.parametrize(
    ("sentence", "categories"),
    [
        ("При штурме трое боевиков были убиты.", ["killed"]),
        ("Seven men were acquitted of rioting but convicted of fraud.", ["convicted"]),
        ("In 2022, 18 were freed without charge.", ["other"]),
        ("Raids led to 9 criminal cases, and 5 men were placed under arrest.", ["charged", "detained"]),
        ("Police seized 30 guns, including 6 rifles and 2 pistols.", ["seized", "seized", "seized"]),
        ("Изъято 80 кг наркотиков, в том числе 50 кг героина.", ["seized", "seized"]),
        ("Raids at 12 addresses turned up 5 pistols.", ["other", "seized"]),
        ("Police dismantled 3 cells whose leaders had radicalised 25 students.", ["neutralized", "other"]),
        ("Police held 40 meetings, and 900 parents took part.", ["trainings", "other"]),
        ("Arrested 4 men; investigators say they transferred $9,000 abroad.", ["detained", "other"]),
        ("Осуждённые за терроризм 14 человек отбывают наказание.", ["convicted"]),
        ("Police questioned 35 people, 8 of whom are fighting in the ranks of IS.", ["other", "members"]),
        ("Из страны выехали 200 человек, из них 30 погибли.", ["other", "killed"]),
        ("Police said 9 men who ran the channel were arrested.", ["detained"]),
        ("Police said 9 men who had fled abroad were questioned.", ["other"]),
        ("The ministry held 40 seminars for about 600 teachers.", ["trainings", "other"]),
        ("Около 600 из них погибли, еще 527 вернулись на родину.", ["killed", "other"]),
        ("Суды осудили за преступления 412 человек, что на 6% меньше.", ["convicted", "convicted"]),
        ("Не допущено совершение 4 терактов.", ["prevented"]),
        ("Police sent 58 criminal cases to court, fewer than the 70 crimes seen.", ["charged", "incidents"]),
        ("19 people convicted in earlier years had been released on parole.", ["other"]),
        ("14 people were detained; criminal cases were opened against 9 of them.", ["detained", "charged"]),
        ("В ходе обысков по 14 адресам изъяты 2 пистолета.", ["other", "seized"]),
        ("A funeral for the dead servicemen drew about 2,000 people.", ["other"]),
        ("96 returnees were enrolled in rehabilitation programmes.", ["other"]),
        ("China has extradited nine Uzbek nationals sought for fraud.", ["extradited"]),
        ("Nine nationals sought asylum in Turkey.", ["other"]),
        ("About 70 are members of terrorist organisations.", ["members"]),
        ("Of those, 12 were former militants.", ["members"]),
        ("Six others received terms of 3 to 5 years.", ["convicted", "sentence"]),
        ("Cases were initiated against 17 residents.", ["charged"]),
        ("Dozens of returnees remain in prison.", ["convicted"]),
        ("Полный курс реабилитации завершили 236 женщин.", ["deradicalized"]),
        ("Police detained 59 members of three cells.", ["detained", "other"]),
        ("Задержаны 59 членов трёх ячеек, из них 14 — иностранцы.", ["detained", "other", "detained"]),
        ("Under the decree, 1 011 convicts were released.", ["other"]),
        ("Two guards were injured detaining a suspect, one of them seriously.", ["injured", "injured"]),
        ("Goods worth 18 million soms were seized, as well as 96 kg of drugs.", ["seized", "seized"]),
        ("Agencies were subjected to 1 200 cyberattacks.", ["attacks"]),
        ("Five were extradited — three from Russia and two from Turkey.", ["extradited"] * 3),
        ("Police registered 312 reports of so-called false terrorist threats.", ["incidents"]),
        ("Guards seized 50 kg of hashish and 3 rifles left behind.", ["seized", "seized"]),
        ("It prevented 3 attacks planned by men who had been radicalised.", ["prevented"]),
        ("Seized were 2,347 kg of drugs, of which 1.6 tonnes were hashish.", ["seized", "seized"]),
        ("Сейчас в изоляторах находятся 212 человек.", ["detained"]),
        ("Отчислены 11 студентов, осуждённых за экстремизм.", ["convicted"]),
        ("Освобождены 37 студентов, осуждённых за экстремизм.", ["other"]),
        ("Guards seized 1 tonne of drugs, including 860 kg of opium, as well as 23 rifles.", ["seized"] * 3),
        ("A group of around 10 smugglers opened fire.", ["members"]),
        ("Courts convicted 48 of those detained.", ["convicted"]),
        ("Ещё 2 группы, готовившие нападения, нейтрализованы.", ["neutralized"]),
        ("Officers have taken 1.8 tonnes of drugs out of circulation.", ["seized"]),
        ("Police charged 11 people, including the 4 gunmen.", ["charged", "charged"]),
        ("Под наблюдением 312 человек, а 64 отказались от радикальных взглядов.", ["other", "deradicalized"]),
        ("37 men got terms of 6 to 10 years; 29 of them are still serving their sentences.", [
            "convicted", "sentence", "convicted",
        ]),
        ("Two women were detained again, which is about 1.3 percent.", ["detained", "detained"]),
        ("Under the scenario, a group of up to 200 militants crossed the border.", ["other"]),
        ("В учреждениях умерли 117 человек.", ["killed"]),
        ("Ещё 23 осуждённых получили телесные повреждения.", ["injured"]),
        ("Courts ordered the expulsion of 1,140 of the detainees.", ["extradited"]),
        ("91 renounced radical views, while another 40 are still undergoing it.", ["deradicalized", "other"]),
        ("The man had sent seven people, including two of his nephews, to Syria.", ["members", "members"]),
        ("Ею воспользовались 143 человека, публично отказавшихся от радикальных идей.", ["deradicalized"]),
        ("Двум женщинам назначен пробационный надзор сроком на 2 года.", ["convicted", "other"]),
        ("512 convicts were held in 38 institutions, 47 of them women.", ["detained", "other", "detained"]),
        ("Convictions fell to 94, a drop of about 65 percent.", ["convicted"] * 2),
        ("Units failed to stop at least 30 attempts to carry drugs across.", ["prevented"]),
        ("Ещё 4 задержаны, ранения получили 3 пограничника.", ["detained", "injured"]),
        ("За год от экстремистских взглядов публично отказались 210 человек.", ["deradicalized"]),
        ("Since 2016, 300 women have since been repatriated.", ["other"]),
        ("Двое из них получили по 8 лет лишения свободы.", ["convicted", "sentence"]),
        ("По делу проходили ещё четверо обвиняемых.", ["charged"]),
        ("96 were sentenced for propaganda, and 78 for financing.", ["convicted", "convicted"]),
        ("Пограничники задержали 5 человек, изъяв у них 78 килограммов гашиша.", ["detained", "seized"]),
        ("The police failed to prevent two attacks involving migrants.", ["prevented"]),
        ("Suspended sentences were given to 39 convicts.", ["convicted"]),
        ("Другими органами предотвращено 7 террористических актов.", ["prevented"]),
        ("Было пресечено 8 попыток совершить теракт.", ["prevented"]),
        ("62 people wanted for crimes, including 17 accused of terrorism, have been extradited.", [
            "extradited", "extradited",
        ]),
        ("190 people were detained, including 38 foreigners; cases were opened against 161 of them.", [
            "detained", "detained", "charged",
        ]),
        ("Kazakhstan spends 4 billion tenge a year on preventing extremism.", ["other"]),
        ("В суд направлено 152 дела.", ["charged"]),
        ("At least 60 followers of the theologian Said Nursi are serving sentences.", ["convicted"]),
        ("The prosecutor had asked for 12 years.", ["sentence"]),
        ("Уничтожено 14,6 гектара конопли.", ["other"]),
        ("В настоящее время в центрах временного содержания находятся 3 400 человек.", ["detained"]),
        ("Лидер приговорён к 9 годам лишения свободы, ещё пятеро — к срокам от 5 до 7 лет.", [
            "sentence", "convicted", "sentence",
        ]),
        ("The average prison term for membership in banned organizations was 6.4 years.", ["sentence"]),
        ("In 2017, 221 people were convicted; in 2023 the figure was 58.", ["convicted", "convicted"]),
        ("In 2017 the average prison term was 4.2 years; by 2023 it had grown to 6.1 years.", [
            "sentence", "sentence",
        ]),
        ("The troops conducted 7 tactical episodes and 3 live-fire drills.", ["trainings", "trainings"]),
        ("The CSTO has held 38 joint exercises, and the scenarios are drawn from real experience.", [
            "trainings",
        ]),
        ("В ходе операций нейтрализованы 47 бандитов.", ["killed"]),
        ("В местах лишения свободы сейчас находятся около 300 осуждённых.", ["convicted"]),
        ("В розыске находятся 20 человек.", ["other"]),
        ("Ещё 112 тыс. мигрантов получили решения о неразрешении въезда сроком от 5 до 10 лет.", [
            "other", "other",
        ]),
        ("Of them, 46 got restricted freedom and 19 received suspended sentences of two to three years.", [
            "convicted", "convicted", "sentence",
        ]),
        ("In 2023, 117 convicts took part in deradicalization programmes.", ["other"]),
        ("Lawyers have documented 37 complaints of torture.", ["incidents"]),
        ("TIHR estimates the prison population at about 30,000.", ["convicted"]),
        ("За тот же период страну принудительно покинули около 31 тыс. человек.", ["extradited"]),
        ("Пресечены 12 каналов незаконной миграции.", ["neutralized"]),
        ("Пресечены 5 попыток контрабанды через канал связи.", ["prevented"]),
        ("ГКНБ задержал более 60 человек, а с начала этого года – ещё около 40.", ["detained", "detained"]),
        ("Задержаны 62 члена организаций, из них 14 – за вербовку, ещё 9 находились в розыске.", [
            "detained", "detained", "detained",
        ]),
        ("Last year 73 convicts officially renounced radical views.", ["deradicalized"]),
        ("The prosecution had asked for 11 years for the defendant, who faced up to 12 years.", [
            "sentence", "sentence",
        ]),
        ("At the beginning of last year there were 512 such inmates.", ["convicted"]),
        ("The headquarters has held 14 command-staff and tactical-special exercises.", ["trainings"]),
        ("The average prison term for such crimes stood at 7.4 years.", ["sentence"]),
        ("In 2022, 3,150 materials were blocked, and the number grew by about 28%.", ["blocked", "blocked"]),
        ("8,600 foreigners were expelled, while the number of crimes committed has risen by 14 percent.", [
            "extradited", "incidents",
        ]),
        ("С начала года пострадали 28 сотрудников, девять из них погибли.", ["injured", "killed"]),
        ("Of the 312 terrorism- and extremism-related crimes registered in 2023, most were solved.", [
            "incidents",
        ]),
        ("В ходе столкновений ликвидированы 7 контрабандистов.", ["killed"]),
        ("412 convicts serve sentences in colonies, of whom 29 are women and 60 are foreigners.", [
            "convicted", "convicted", "convicted",
        ]),
        ("Three members of an armed group of smugglers were killed.", ["killed"]),
        ("Police detained 9 members of a cell who were planning attacks.", ["detained"]),
        ("The office said it had granted 312 extradition requests; it received 58 extradition requests.", [
            "extradited", "other",
        ]),
        ("Удалось предотвратить выезд 53 молодых людей в зоны вооружённых конфликтов.", ["prevented"]),
        ("С начала года курс программы дерадикализации полностью прошли 52 осуждённых.", ["deradicalized"]),
        ("В прошлом году в программе дерадикализации участвовали 156 осуждённых.", ["other"]),
        ("К участию в собраниях были привлечены не менее 30 молодых людей.", ["members"]),
        ("Police seized 6.3 tonnes of drugs in the first half, up 54% from 4.1 tonnes a year earlier.", [
            "seized", "seized", "seized",
        ]),
        ("Criminal cases were also brought against 38 women who had returned from Syria.", ["charged"]),
        ("Возбуждено 9 уголовных дел, до суда дошли лишь 4.", ["charged", "charged"]),
        ("Another 61 defendants are still awaiting trial.", ["charged"]),
        ("The prosecutor had asked the court for 12 years.", ["sentence"]),
        ("Выявлено 2 437 наркопреступлений, в том числе 512 фактов сбыта.", ["incidents", "incidents"]),
        ("Президент подписал указ о помиловании 1 120 осуждённых.", ["other"]),
        ("Из колоний освобождены 38 осуждённых, отказавшихся от радикальных взглядов.", ["deradicalized"]),
        ("The group received 37 reports of torture in colonies.", ["incidents"]),
        ("Правозащитники получили 37 сообщений о пытках заключённых.", ["incidents"]),
        ("In Moscow, 1,870 were taken to police stations.", ["detained"]),
        ("Several hundred Tajiks now fight in ISKP ranks.", ["members"]),
        ("Квартира стоимостью 620 млн сумов обращена в доход государства.", ["seized"]),
        ("Armed smugglers opened fire on Tajik border patrols 7 times during the period.", ["attacks"]),
        ("In 2022, ISKP fired rockets across the border on 3 occasions.", ["attacks"]),
        ("Изъяты 26 телефонов, а также денежные средства в размере 1,8 млн сомов и 4 200 долларов.", [
            "seized", "seized", "seized",
        ]),
        ("Police found 320 kilograms of hashish with a value of more than $3 million.", ["seized", "seized"]),
        ("Выявлено 58 случаев контрабанды на сумму около 9,4 млрд сумов.", ["incidents", "other"]),
        ("My client got 7 years for 3 audio files.", ["sentence", "other"]),
        ("In the year 14 drug trafficking groups and 3 supply channels were disrupted.", [
            "neutralized", "neutralized",
        ]),
        ("Border guards disrupted 17 smuggling attempts.", ["prevented"]),
        ("В Казахстан были экстрадированы 118 человек, а из Казахстана в другие страны – 64.", [
            "extradited", "extradited",
        ]),
        ("Граждан выдали 14 государств, больше всего – Россия (38), Кыргызстан (11).", [
            "other", "extradited", "extradited",
        ]),
        ("During the inspection, 137 kilograms of hashish, 22 kg of heroin and 120 rounds were seized.", [
            "seized", "seized", "seized",
        ]),
        ("При обысках по 9 адресам обнаружены и изъяты более 400 экземпляров литературы и 6 ноутбуков.", [
            "other", "seized", "seized",
        ]),
        ("More than 1,500 servicemen and 200 pieces of equipment were involved in a large-scale exercise.", [
            "other", "other",
        ]),
        ("About 300 citizens were involved in terrorist activity.", ["members"]),
        ("В прошлом году 3 осуждённых переведены в тюрьму закрытого типа.", ["other"]),
        ("Currently, 140 convicts take part in the programme.", ["other"]),
        ("The inmates are held in 14 colonies.", ["other"]),
        ("Courts convicted 27 people in 2023, and another 19 in the first quarter of 2024.", [
            "convicted", "convicted",
        ]),
        ("11 people were detained after the attack, including all 4 gunmen.", ["detained", "detained"]),
        ("Кроме того, на профилактическом учёте состоят 348 приверженцев деструктивных течений.", ["other"]),
        ("We have 187 inmates on a special register as leaders or propagandists.", ["other"]),
        ("С начала года с учёта сняты 64 человека, отказавшихся от радикальных взглядов.", ["deradicalized"]),
        ("Cases were opened against 96 migrants for failing to register for military service.", ["charged"]),
        ("Since 2017, theologians have worked with about 3 500 people convicted of terrorism.", ["other"]),
        ("По линии дерадикализации теологи работали с 214 осуждёнными за экстремизм.", ["other"]),
        ("По итогам проверок в отделы полиции доставлены 1 210 человек.", ["detained"]),
        ("Of the women who came back, 163 have completed the course in rehabilitation centres.", [
            "deradicalized",
        ]),
    ],
    ids=[
        "ru-aux-passive", "coordinated-passive", "without-charge", "own-passive-is-its-own", "including",
        "ru-v-tom-chisle", "verb-before-its-object", "object-of-another-verb", "own-active-verb", "colon",
        "ru-participle-before", "of-whom-is-a-part", "ru-a-part-with-its-own-verb", "relative-clause",
        "relative-clause-active", "people-are-no-trainings", "ru-verb-after-its-figure",
        "ru-change-of-the-count", "ru-nominalised-verb-acted-on", "own-noun-over-generic-verb",
        "reduced-relative", "semicolon-ends-predicate", "ru-short-participle-ends-phrase",
        "irregular-verb-shields", "programme-taken-not-completed", "object-before-reduced-relative",
        "irregular-verb-of-its-own", "copula-noun", "copula-adjective-noun", "received-terms",
        "initiated-against", "remain-in-prison", "ru-course-completed", "of-phrase-whole",
        "ru-genitive-whole", "noun-undone-by-own-passive", "appositive-part", "as-well-as", "cyberattacks",
        "dash-list-of-places", "so-called", "listed-object-reduced-relative", "object-reduced-relative-ed",
        "of-which", "ru-opening-adverb", "ru-participle-says-who", "ru-participle-undone",
        "as-well-as-past-parts", "group-size", "of-those-participle-is-a-noun",
        "ru-parenthetical-participle", "taken-out-of-circulation", "including-the", "ru-a-breaks-clause",
        "part-of-the-count-not-the-term", "share-of-previous", "exercise-scenario", "ru-died",
        "ru-bodily-harm", "expulsion-of", "progressive-is-its-own", "sent-to-syria",
        "ru-active-participle-says-who", "ru-probation", "part-past-places", "change-noun-before",
        "failed-to-stop", "ru-comma-ends-predicate", "ru-adverb-in-phrase", "since-in-passive",
        "ru-received-terms-each", "ru-case-defendants", "gap-for", "ru-gerund-seized",
        "participle-object-is-not-counted", "sentences-given-to", "ru-agent-then-passive",
        "ru-attempts-to-commit", "predicate-past-included-parts", "part-stops-at-semicolon",
        "spent-on-preventing", "ru-to-court-sent", "name-in-apposition", "prosecutor-asked-for",
        "ru-hectares-measure", "ru-opening-phrase",
        "borrowed-word-must-fit", "banned-names-what", "the-figure-was", "grown-to", "compound-modifier",
        "scenarios-in-a-quote", "ru-bandits-neutralized", "ru-held-in-prisons", "ru-held-uncued",
        "ru-entry-ban-term", "free-term-in-its-clause", "took-part", "documented", "prison-population",
        "ru-forcibly-left", "ru-cued-channels", "ru-cue-not-what-it-acts-on", "ru-another-ends-the-sentence",
        "ru-another-after-a-part", "adverb-before-the-verb", "prosecution-had-asked", "such-inmates",
        "hyphenated-adjectives-joined", "amount-verb-subject", "grew-by", "grew-by-another-subject",
        "ru-part-with-own-verb", "suspended-hyphen", "ru-smugglers-are-people", "parts-of-whom-are",
        "predicate-past-an-of-phrase", "relative-clause-is-the-phrases", "requests-granted",
        "ru-departure-prevented", "ru-cued-completion", "ru-taking-part-is-no-completion", "ru-drawn-in",
        "up-by-from", "brought-against", "ru-reached-court", "awaiting-trial", "asked-the-court-for",
        "ru-drug-crimes", "ru-pardon", "ru-released-and-renounced", "reports-of-torture",
        "ru-reports-of-torture", "taken-to-police-stations", "fight-in", "ru-turned-over-to-the-state",
        "times-it-happened", "occasions-it-happened", "ru-value-of-what-was-seized",
        "value-of-what-was-found", "ru-value-of-no-seizure", "got-years", "disrupted-groups",
        "disrupted-attempts", "ru-dash-gap-at-the-end", "ru-counts-in-brackets", "a-lists-passive",
        "ru-a-place-has-no-predicate", "taking-part-in-an-exercise", "involved-in-activity", "ru-transferred",
        "take-part", "colonies-are-places", "another-with-a-preposition", "including-all", "ru-on-a-register",
        "on-a-register", "ru-off-the-register", "register-a-verb", "worked-with", "ru-worked-with",
        "ru-taken-to-police-stations", "completed-the-course",
    ],
)  # fmt: skip
def test_a_figure_takes_the_verb_that_governs_it(sentence: str, categories: list[str]) -> None:
    found = extract_figures(sentence, language="ru" if sentence[0] >= "А" else "en")
    assert [f.category for f in found] == categories


@pytest.mark.parametrize(
    ("sentence", "categories"),
    [
        ("The court sentenced 5 men to 7 years.", ["convicted", "sentence"]),
        ("Суд приговорил 3 человек к 8 годам.", ["convicted", "sentence"]),
        ("12 suspects were held in overnight raids.", ["detained"]),
        ("Police held 40 meetings with parents.", ["trainings"]),
        ("A seminar was held for 300 imams.", ["other"]),
        ("В Баткене ликвидированы 7 ячеек.", ["neutralized"]),
        ("В Баткене ликвидированы двое боевиков.", ["killed"]),
    ],
    ids=[
        "sentenced-term", "ru-prigovoril-term", "held-people", "held-meetings", "held-by-its-noun",
        "ru-cells", "ru-fighters",
    ],
)  # fmt: skip
def test_a_word_of_several_categories_reads_as_its_figure_needs(sentence: str, categories: list[str]) -> None:
    found = extract_figures(sentence, language="ru" if sentence[0] >= "А" else "en")
    assert [f.category for f in found] == categories


@given(st.lists(st.sampled_from([*"0123456789 ,.-–%$/:½²٣", *FUZZ_WORDS]), max_size=30).map("".join))
@settings(max_examples=300, deadline=None)
def test_any_text_gives_figures_not_errors(text: str) -> None:
    """A bad page is never fatal: any text yields a list of figures, whose offsets hold their words."""
    for figure in extract_figures(text, published="2024-02-29"):
        assert text[figure.start : figure.end] == figure.text


def test_a_sentence_that_opens_on_its_whole_takes_the_previous_sentences_category() -> None:
    text = "Since January, 73 people were extradited. Among those returned were 19 people accused of fraud."
    assert [f.category for f in extract_figures(text, language="en")] == ["extradited", "extradited"]
    text = "Боевики ранили 3 человек. Из здания были эвакуированы около 200 жителей."
    assert [f.category for f in extract_figures(text, language="ru")] == ["injured", "other"]


def test_a_change_opening_a_sentence_is_of_the_previous_sentences_count() -> None:
    text = "Зарегистрировано 312 преступлений. Это на 18% больше, чем годом ранее."
    assert [f.category for f in extract_figures(text, language="ru")] == ["incidents", "incidents"]


def test_a_comparison_opening_a_sentence_is_of_the_previous_sentences_count() -> None:
    text = "In the first half, 31,200 foreigners were expelled. That compares with 57,900 a year earlier."
    assert [f.category for f in extract_figures(text, language="en")] == ["extradited", "extradited"]
    text = "In the first half, 98 people were convicted. A year earlier the figure stood at 121."
    assert [f.category for f in extract_figures(text, language="en")] == ["convicted", "convicted"]
    text = "Из них 96 осуждены за вербовку. Ещё 74 – за участие в вооружённых конфликтах."
    assert [f.category for f in extract_figures(text, language="ru")] == ["convicted", "convicted"]


def test_the_first_figure_after_of_them_is_a_part_of_the_previous_sentences_whole() -> None:
    text = (
        "В колониях отбывают наказание 412 осуждённых. По его словам, из них 61 — иностранцы, а 23 — женщины."
    )
    assert [f.category for f in extract_figures(text, language="ru")] == ["convicted"] * 3


def test_a_share_opening_a_sentence_is_of_the_previous_sentences_count() -> None:
    text = (
        "Since 2016, police have recorded 12 cases of relapse among returnees. That is less than 1 per cent."
    )
    assert [f.category for f in extract_figures(text, language="en")] == ["incidents", "incidents"]


def test_the_bulk_of_opens_a_sentence_of_parts() -> None:
    text = "Police seized 6.3 tonnes of drugs. The bulk of it, 5.1 tonnes, was hashish, and heroin 48 kg."
    assert [f.category for f in extract_figures(text, language="en")] == ["seized"] * 3


def test_the_pardoned_are_no_part_of_the_convicts_before() -> None:
    text = "Президент помиловал 1 120 осуждённых. Среди помилованных – 95 иностранных граждан."
    assert [f.category for f in extract_figures(text, language="ru")] == ["other", "other"]


def test_most_complaints_open_a_sentence_of_parts() -> None:
    text = (
        "Омбудсмен получил 212 жалоб на пытки. Большинство жалоб – 31 – касались полиции, ещё 17 – колоний."
    )
    assert [f.category for f in extract_figures(text, language="ru")] == ["incidents"] * 3


def test_their_number_before_is_of_the_previous_sentences_count() -> None:
    text = "В колониях отбывают наказание 214 осуждённых. Для сравнения: в 2019 году их было 231."
    assert [f.category for f in extract_figures(text, language="ru")] == ["convicted", "convicted"]


def test_most_of_them_opens_a_sentence_of_parts() -> None:
    text = "The ombudsman received 212 complaints of torture. Most of them, 121, concerned the police."
    assert [f.category for f in extract_figures(text, language="en")] == ["incidents", "incidents"]


def test_a_clause_past_a_semicolon_with_a_verb_of_its_own_is_no_part() -> None:
    text = (
        "In the first half, 31,200 foreigners were expelled. Of them, 21,000 were citizens of Uzbekistan;"
        " entry bans were imposed on another 118,000 foreigners."
    )
    assert [f.category for f in extract_figures(text, language="en")] == ["extradited", "extradited", "other"]
    text = "In 2023, 340 people were convicted. Of them, 241 received prison terms; another 12 were fined."
    assert [f.category for f in extract_figures(text, language="en")] == ["convicted"] * 3


def test_a_part_opening_a_sentence_refers_to_the_previous_sentences_count() -> None:
    text = "Изъято 2,5 тонны наркотиков. Около 1,3 тонны из них составляет гашиш, ещё 420 кг – марихуана."
    assert [f.category for f in extract_figures(text, language="ru")] == ["seized"] * 3
    text = "Police detained 48 people. Criminal cases were opened against 8 of them; 11 paid fines."
    assert [f.category for f in extract_figures(text, language="en")] == ["detained", "charged", "other"]
