"""Indicator packs: the built-in security pack, user packs that add and override, bad files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newstally.cli import main
from newstally.figures import PackError, builtin_packs, extract_figures, load_pack
from newstally.figures.packs import indicators_with

REQUIRED = {
    "detained", "extradited", "charged", "convicted", "sentence", "killed", "injured", "attacks",
    "prevented", "incidents", "neutralized", "members", "deradicalized", "trainings", "seized", "blocked",
}  # fmt: skip

USER_PACK = """
name = "cyber"
version = 2
description = "Cyber-crime reporting."

[[category]]
name = "phishing"
group = "cyber"
description = "Phishing sites taken offline."
[category.verbs]
en = ["took offline", "taken offline"]

[[category]]
name = "blocked"
group = "cyber"
description = "Blocked, in this pack's own words."
[category.verbs]
en = ["shut"]

[vague]
dozens = [24, 96]
"""


def test_security_pack_has_every_required_category_in_both_languages() -> None:
    (pack,) = [p for p in builtin_packs() if p.name == "security"]
    assert pack.id == "security.v5"
    assert {c.name for c in pack.categories} == REQUIRED
    for cat in pack.categories:
        assert cat.description
        assert {"en", "ru"} <= {*cat.verbs, *cat.nouns}, cat.name


def test_user_pack_adds_and_overrides(tmp_path: Path) -> None:
    path = tmp_path / "cyber.toml"
    path.write_text(USER_PACK, encoding="utf-8")
    assert load_pack(path).id == "cyber.v2"
    ind = indicators_with((str(path),))
    text = "Police took offline 30 phishing sites and shut 12 channels; dozens of users were warned."
    found = extract_figures(text, language="en", indicators=ind)
    assert [(f.value, f.high, f.category) for f in found] == [
        (30, None, "phishing"),
        (12, None, "blocked"),
        (24, 96, "other"),
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("name = ", "not valid TOML"),
        ('version = 1\n[[category]]\nname = "x"\n[category.verbs]\nen = ["y"]', "top-level name"),
        ('name = "p"\n[[category]]\nname = "x"', "has no [category.verbs]"),
        ('name = "p"\n[[category]]\nname = "x"\n[category.verbs]\nen = "y"', "lists of strings"),
        ('name = "p"\n[vague]\ndozens = 12', "[low, high]"),
        ('name = "p"\n[[category]]\nname = "x"\n[category.verbs]\nen = ["took ..."]', "both sides"),
        (
            'name = "p"\n[[category]]\nname = "x"\n[category.verbs]\nen = ["y"]\n'
            '[category.cued_verbs]\nen = ["z"]',
            "no [category.cues]",
        ),
    ],
    ids=["toml", "no-name", "no-triggers", "not-a-list", "bad-vague", "open-gap", "cued-without-cues"],
)
def test_bad_pack_names_the_problem(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PackError, match=message.replace("[", r"\[")):
        load_pack(path)


def test_packs_command_lists_categories() -> None:
    result = subprocess.run(
        [sys.executable, "-c", "from newstally.cli import main; main()", "packs"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "security.v5" in result.stdout
    for name in REQUIRED:
        assert f"    {name} " in result.stdout


def test_packs_command_json_includes_user_pack(tmp_path: Path) -> None:
    path = tmp_path / "cyber.toml"
    path.write_text(USER_PACK, encoding="utf-8")
    result = CliRunner().invoke(main, ["packs", "--pack", str(path), "--json"])
    assert result.exit_code == 0, result.output
    assert [p["id"] for p in json.loads(result.output)] == ["security.v5", "cyber.v2"]


def test_extract_with_a_bad_pack_is_a_usage_error(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "Police detained 14 people in Almaty, the ministry said on Monday morning.\n", encoding="utf-8"
    )
    bad = tmp_path / "bad.toml"
    bad.write_text("name = ", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(page), "--pack", str(bad)])
    assert result.exit_code == 2
    assert "not valid TOML" in result.output


def test_extract_with_a_pack_uses_it(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "Cyber police took offline 30 phishing sites this week, the ministry said in a statement.\n",
        encoding="utf-8",
    )
    path = tmp_path / "cyber.toml"
    path.write_text(USER_PACK, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(page), "--pack", str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    (doc,) = [json.loads(line) for line in result.output.splitlines()]
    assert [(f["value"], f["category"]) for f in doc["figures"]] == [(30, "phishing")]


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("were sentenced", ["convicted", "sentence"]),
        ("were held", ["detained", "trainings"]),
        ("held in custody", ["detained"]),
    ],
    ids=["sentenced", "held", "longest-wins"],
)  # fmt: skip
def test_a_word_of_several_categories_is_a_trigger_of_each(text: str, categories: list[str]) -> None:
    """Patterns of the same length in several categories all match, one trigger each, in pack order."""
    found = indicators_with(()).find_triggers(text, "en")
    assert [t.category for t in found] == categories
    assert {(t.start, t.end) for t in found} == {(found[0].start, found[0].end)}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("took 3,400 pieces of banned literature out of circulation", [("took", "seized")]),
        ("sent 58 criminal cases to court", [("sent", "charged"), ("criminal cases", "charged")]),
        ("привлекли 143 человека к уголовной ответственности", [("привлекли", "charged")]),
        ("took 3 days off", []),
        ("took 1 2 3 4 5 6 7 8 9 10 11 out of circulation", []),
    ],
    ids=["split", "object-keeps-its-triggers", "russian", "no-rest", "rest-too-far"],
)
def test_a_split_verb_is_its_head_when_its_rest_follows_the_object(
    text: str, found: list[tuple[str, str]]
) -> None:
    """ "took ... out of circulation": the trigger is "took", found only when the rest follows within
    GAP_WORDS words; the words of the object are still read for triggers of their own."""
    triggers = indicators_with(()).find_triggers(text, "ru" if text[0] >= "а" else "en")
    assert [(text[t.start : t.end], t.category) for t in triggers] == found


@pytest.mark.parametrize(
    ("text", "language", "category"),
    [
        ("Since 2011, over 300 fugitives have been returned to Kazakhstan.", "en", "extradited"),
        ("About 100 citizens were returned from camps in north-east Syria.", "en", "other"),
        ("В Казахстан возвращены 6 граждан, находившихся в международном розыске.", "ru", "extradited"),
        ("Из лагерей в Сирии в Узбекистан возвращены 104 человека.", "ru", "other"),
        ("In the house police found 6 rifles.", "en", "seized"),
        ("The study found that 12 patients improved.", "en", "other"),
        ("В ходе обыска обнаружены 5 гранат.", "ru", "seized"),
        ("Сотрудники обнаружили 3 человека без документов.", "ru", "other"),
        ("Border guards stopped 12 smuggling attempts.", "en", "prevented"),
        ("The goalkeeper stopped 27 shots.", "en", "other"),
        ("Customs officers intercepted 40 kg of heroin.", "en", "seized"),
    ],
    ids=[
        "en-cued",
        "en-no-cue",
        "ru-cued",
        "ru-no-cue",
        "found-weapons",
        "found-that",
        "ru-found-grenades",
        "ru-found-people",
        "stopped-attempts",
        "stopped-shots",
        "intercepted-drugs",
    ],
)
def test_a_cued_verb_decides_only_beside_its_cue(text: str, language: str, category: str) -> None:
    """ "returned" is an extradition where the sentence speaks of fugitives or the wanted list, and a
    homecoming otherwise."""
    assert [f.category for f in extract_figures(text, language=language)] == [category]


@pytest.mark.parametrize(
    ("text", "language", "category"),
    [
        ("К уголовной ответственности за терроризм привлечены 43 человека.", "ru", "charged"),
        ("Зафиксировано 7 вооружённых столкновений с контрабандистами.", "ru", "incidents"),
        ("Зарегистрировано 46 ложных сообщений о минировании.", "ru", "incidents"),
        ("Группа численностью около 10 человек совершила нападения.", "ru", "members"),
        ("The defendants drew at least 17 people into the organisation.", "en", "members"),
    ],
    ids=["charged-split", "incidents-clashes", "incidents-bomb-hoaxes", "members-group-size", "members-drew"],
)
def test_security_pack_phrasings_of_the_blind_pages(text: str, language: str, category: str) -> None:
    """Phrasings an independent annotator used that the pack lacked: a split Russian verb phrase,
    clashes and bomb hoaxes as incidents, a group's size, recruits drawn into an organisation."""
    assert [f.category for f in extract_figures(text, language=language)] == [category]


@pytest.mark.parametrize(
    ("text", "language", "categories"),
    [
        ("Inspectors found 14 violations of fire safety rules.", "en", ["incidents"]),
        ("Обнаружено 9 нарушений правил хранения оружия.", "ru", ["incidents"]),
        ("Police found 6 firearms and 14 violations of storage rules.", "en", ["seized", "incidents"]),
        ("На границе произошло 12 инцидентов.", "ru", ["incidents"]),
        ("Совершено 3 поджога.", "ru", ["attacks"]),
        ("Two arsons took place in the region.", "en", ["attacks"]),
        ("The office reported 40 prosecutions for terrorism.", "en", ["charged"]),
        ("По 15 фактам начато досудебное расследование.", "ru", ["charged"]),
        ("Five foreign convicts were transferred to their home countries.", "en", ["extradited"]),
        ("Не удалось добиться выдачи пяти человек.", "ru", ["extradited"]),
        ("Возвращены 40 человек, ещё 20 иностранцев депортированы.", "ru", ["extradited", "extradited"]),
        ("Three men were given suspended sentences of one to two years.", "en", ["convicted", "sentence"]),
        ("12 residents pledged allegiance to the group.", "en", ["members"]),
        ("300 inmates completed the programme last year.", "en", ["deradicalized"]),
        ("85 former militants renounced their extremist views.", "en", ["deradicalized"]),
        ("Ещё 41 заключённый отказался от идеологии ИГИЛ.", "ru", ["deradicalized"]),
        ("Ежемесячно проводится 30 тренировок.", "ru", ["trainings"]),
    ],
    ids=[
        "found-violations", "obnaruzheno-narusheniy", "found-both", "proizoshlo-intsidentov", "podzhog",
        "arson", "prosecutions", "dosudebnoe", "transferred-home", "vydachi", "cue-deportirovany",
        "suspended-sentences", "pledged-allegiance", "completed-programme", "renounced-views",
        "otkazalsya-ot-ideologii", "trenirovok",
    ],
)  # fmt: skip
def test_security_pack_synonyms(text: str, language: str, categories: list[str]) -> None:
    """Noun forms and synonyms of each category in agency English and Russian: offences found are
    incidents, things found are seized; extradition as a noun; sentences given; views renounced."""
    assert [f.category for f in extract_figures(text, language=language)] == categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("В экстремистских организациях состоят 40 человек.", "members"),
        ("На профилактическом учёте состоят 500 человек.", "other"),
    ],
    ids=["organisation", "register"],
)
def test_membership_needs_an_organisation(text: str, category: str) -> None:
    """ "состоят" is membership where the sentence names an organisation, a register ("на учёте")
    otherwise."""
    assert [f.category for f in extract_figures(text, language="ru")] == [category]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("По 17 запросам о выдаче решения не приняты.", "other"),
        ("Приняты решения о выдаче 5 человек.", "extradited"),
    ],
    ids=["topic-after", "object"],
)
def test_a_trigger_after_o_is_a_topic(text: str, category: str) -> None:
    """ "запросам о выдаче": requests about extradition extradite no one; "о выдаче 5 человек" is
    still about those 5."""
    assert [f.category for f in extract_figures(text, language="ru")] == [category]


@pytest.mark.parametrize(
    ("text", "language", "categories"),
    [
        ("Twelve suspects are in custody, police said.", "en", ["detained"]),
        ("Под стражу взяты 4 участника группы.", "ru", ["detained"]),
        ("Police opened 40 criminal investigations into online propaganda.", "en", ["charged"]),
        ("Ячейка насчитывала 8 человек.", "ru", ["members"]),
        ("В районе насчитывается 30 мечетей.", "ru", ["other"]),
        ("Police tracked a gang numbering about 20 people.", "en", ["members"]),
        ("Около 40 граждан выехали в Сирию для участия в боевых действиях.", "ru", ["members"]),
        ("От радикальных взглядов отказались 45 человек.", "ru", ["deradicalized"]),
        ("Telegram removed 45 channels at the ministry's request.", "en", ["blocked"]),
        ("Five people were removed from the wanted list.", "en", ["other"]),
        ("Реабилитацию прошли 94 человека.", "ru", ["deradicalized"]),
        ("Доступ к 2 300 сайтам ограничен по решению суда.", "ru", ["blocked"]),
        ("В большинстве групп состояли от 3 до 5 человек.", "ru", ["members"]),
        ("In total, 9 persons were held criminally liable.", "en", ["charged"]),
        ("Переданы в суд 18 уголовных дел.", "ru", ["charged"]),
        ("Осуществлено 19 экстрадиций.", "ru", ["extradited"]),
        ("3 facts of financing of terrorism were established.", "en", ["incidents"]),
        ("The work of 150 websites was suspended.", "en", ["blocked"]),
        ("Закрыто 340 аккаунтов в социальных сетях.", "ru", ["blocked"]),
        ("В городе закрыто 12 мечетей.", "ru", ["other"]),
        ("The militants, numbering about 30, attacked the outpost.", "en", ["members"]),
        ("Turkey surrendered 5 fugitives to Kazakhstan.", "en", ["extradited"]),
        ("The court exempted 12 people from criminal liability.", "en", ["other"]),
        ("В 2023 году совершено 12 краж и 3 убийства.", "ru", ["incidents", "incidents"]),
        ("Police registered 40 thefts.", "en", ["incidents"]),
        ("The court found 6 of the 8 defendants guilty.", "en", ["convicted", "other"]),
        ("Суд признал 5 подсудимых виновными.", "ru", ["convicted"]),
        ("Five gunmen surrendered to the police.", "en", ["other"]),
    ],
    ids=[
        "in-custody", "pod-strazhu", "criminal-investigations", "naschityvala", "naschityvaetsya-no-cue",
        "numbering", "dlya-uchastiya", "ot-vzglyadov-otkazalis", "removed-online", "removed-no-cue",
        "reabilitatsiyu-proshli", "dostup-k-split", "sostoyali", "criminally-liable", "peredany-v-sud",
        "ekstraditsiy", "facts-established", "suspended-online", "zakryto-online", "zakryto-no-cue",
        "numbering-militants", "surrendered-cued", "surrendered-no-cue", "exempted-from-liability",
        "krazh-ubiystva", "thefts", "found-split-guilty", "priznal-split-vinovnymi",
    ],
)  # fmt: skip
def test_security_pack_phrasings_written_for_no_page(text: str, language: str, categories: list[str]) -> None:
    """Common phrasings of each category, written apart from the annotated pages: custody, criminal
    investigations and liability, a group's size where an organisation is named, leaving to fight,
    views renounced in Russian order, content removed, suspended or closed online."""
    assert [f.category for f in extract_figures(text, language=language)] == categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("Prosecutors are charging 5 men with terrorism.", ["charged"]),
        ("The charging cable is one of 3 in the box.", ["other"]),
        ("The Red Dead Redemption 2 port runs at 60 frames a second.", ["other", "other"]),
    ],
    ids=["charging-with", "charging-cable", "title"],
)
def test_a_trigger_word_in_another_sense_decides_nothing(text: str, categories: list[str]) -> None:
    """ "charging" charges someone only "with" something; a capitalised word after another is a name."""
    assert [f.category for f in extract_figures(text, language="en")] == categories


@pytest.mark.parametrize(
    ("text", "language", "categories"),
    [
        ("Экспертным советом экстремистскими признаны 96 материалов.", "ru", ["blocked"]),
        ("Суд признал экстремистскими 40 видеороликов.", "ru", ["blocked"]),
        ("Признаны экстремистскими 5 организаций.", "ru", ["other"]),
        ("Ещё 16 осуждённым назначено ограничение свободы.", "ru", ["convicted"]),
        ("Of them, 15 received restricted freedom or suspended sentences.", "en", ["convicted"]),
    ],
    ids=[
        "priznany-materialy",
        "priznal-video",
        "priznany-organizatsii",
        "ogranichenie-svobody",
        "restricted-freedom",
    ],
)
def test_bans_of_materials_and_restricted_freedom(text: str, language: str, categories: list[str]) -> None:
    """Materials declared extremist are blocked (organisations are not: no online cue); people given
    restricted freedom are convicted, a non-custodial sentence."""
    assert [f.category for f in extract_figures(text, language=language)] == categories


@pytest.mark.parametrize(
    ("text", "language", "categories"),
    [
        ("Вербовщики склонили к выезду в Сирию не менее 50 человек.", "ru", ["members"]),
        ("Он склонил 5 знакомых к выезду в Сирию.", "ru", ["members"]),
        ("About 18 000 citizens currently adhere to radical religious movements.", "en", ["members"]),
        ("Около 300 граждан придерживаются взглядов запрещённых движений.", "ru", ["members"]),
        ("Twelve states adhere to the treaty.", "en", ["other"]),
        ("В течение года 5 человек придерживались диеты.", "ru", ["other"]),
    ],
    ids=[
        "sklonili-k-vyezdu",
        "sklonil-split",
        "adhere-movements",
        "priderzhivayutsya",
        "adhere-treaty",
        "v-techenie",
    ],
)
def test_people_incited_to_leave_or_adhering_to_movements_are_members(
    text: str, language: str, categories: list[str]
) -> None:
    """docs/dev/gold-format.md: people recruited or drawn in are members, as are adherents of a
    movement; "adhere to" without an organisation or movement is no membership."""
    assert [f.category for f in extract_figures(text, language=language)] == categories


@pytest.mark.parametrize(
    ("text", "language", "categories"),
    [
        (
            "Most of them were handed over to Russia and Tajikistan; 4 were sent to Turkey.",
            "en",
            ["extradited"],
        ),
        ("Five teachers were sent to Turkey for training.", "en", ["other"]),
        (
            "Узбекская сторона передала российским коллегам 12 лиц, подозреваемых в преступлениях.",
            "ru",
            ["extradited"],
        ),
        ("Казахстан передал китайской стороне 5 граждан, находившихся в розыске.", "ru", ["extradited"]),
        ("Казахстан передал узбекской стороне 300 тонн зерна.", "ru", ["other"]),
    ],
    ids=["sent-to-cued", "sent-to-no-cue", "peredala-kollegam", "peredal-storone", "peredal-zerno"],
)
def test_people_sent_or_passed_to_another_state_beside_extradition_are_extradited(
    text: str, language: str, categories: list[str]
) -> None:
    """ "4 were sent to Turkey" after "handed over", "передала коллегам 12 лиц, подозреваемых": an
    extradition where the sentence speaks of one, else a journey or a delivery."""
    assert [f.category for f in extract_figures(text, language=language)] == categories


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("Программу реабилитации прошли 86 вернувшихся из зон конфликтов.", ["deradicalized"]),
        ("Около 90 человек прошли программу реабилитации.", ["deradicalized"]),
        ("В программе реабилитации участвовали 156 человек.", ["other"]),
    ],
    ids=["programmu-proshli", "proshli-programmu", "uchastvovali"],
)
def test_a_rehabilitation_programme_gone_through_is_deradicalization(
    text: str, categories: list[str]
) -> None:
    """docs/dev/gold-format.md: those who completed a programme are deradicalized, those taking part
    are other."""
    assert [f.category for f in extract_figures(text, language="ru")] == categories


@pytest.mark.parametrize(
    ("text", "language", "categories"),
    [
        ("В ходе спецоперации нейтрализованы трое боевиков.", "ru", ["killed"]),
        ("Security forces neutralized 4 militants in the raid.", "en", ["killed"]),
        ("Нейтрализованы 7 законспирированных ячеек.", "ru", ["neutralized"]),
        ("Police neutralized 42 extremist groups.", "en", ["neutralized"]),
    ],
    ids=["ru-boeviki", "en-militants", "ru-cells", "en-groups"],
)
def test_people_neutralized_are_killed_and_groups_neutralized(
    text: str, language: str, categories: list[str]
) -> None:
    """ "neutralized" reads as "ликвидированы" does: militants killed, groups and cells broken up."""
    assert [f.category for f in extract_figures(text, language=language)] == categories
