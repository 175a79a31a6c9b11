"""Place names and reporting agencies of Central Asian security news: data for where.py.

English names are matched as written; Russian names are listed in the case forms that follow
prepositions (в, из, на, по) and map to the nominative that figures report.
"""

from __future__ import annotations

COUNTRIES_EN = {
    "Kazakhstan", "Kyrgyzstan", "Kyrgyz Republic", "Uzbekistan", "Tajikistan", "Turkmenistan",
    "Afghanistan", "Russia", "China", "Turkey", "Syria", "Iraq", "Iran", "Pakistan", "Ukraine",
    "Belarus", "Georgia", "Azerbaijan", "Armenia", "Mongolia", "Germany", "United States", "UAE",
    "United Arab Emirates", "Saudi Arabia", "Egypt", "Central Asia",
}  # fmt: skip
CITIES_EN = {
    "Almaty", "Astana", "Nur-Sultan", "Shymkent", "Karaganda", "Aktobe", "Atyrau", "Aktau", "Taraz",
    "Kyzylorda", "Pavlodar", "Semey", "Oskemen", "Ust-Kamenogorsk", "Kostanay", "Petropavl",
    "Petropavlovsk", "Kokshetau", "Oral", "Uralsk", "Turkistan", "Turkestan", "Zhezkazgan", "Taldykorgan",
    "Kaskelen", "Zhanaozen", "Ekibastuz", "Temirtau", "Bishkek", "Osh", "Jalal-Abad", "Batken",
    "Karakol", "Naryn", "Talas", "Tokmok", "Tashkent", "Samarkand", "Bukhara", "Andijan", "Namangan",
    "Fergana", "Nukus", "Termez", "Karshi", "Khiva", "Dushanbe", "Khujand", "Kulob", "Kulyab",
    "Khorog", "Bokhtar", "Ashgabat", "Turkmenabat", "Mary", "Dashoguz", "Balkanabat", "Moscow",
    "Istanbul", "Kabul", "Damascus", "Baghdad", "Dubai", "Mazar-i-Sharif", "Raqqa", "Idlib", "Mosul",
    "Zhambyl", "Mangystau", "Khatlon", "Sughd", "Karakalpakstan", "Serhetabat", "Kashkadarya",
    "Surkhandarya", "Jizzakh", "Navoi", "Khorezm", "Syrdarya", "Issyk-Kul", "Chui", "Abai",
    "Akmola", "Zhetysu", "Ulytau", "Shamsiddin Shohin",
}  # fmt: skip
# Countries in Russian (nominative).
COUNTRIES_RU = {
    "Казахстан", "Кыргызстан", "Узбекистан", "Таджикистан", "Туркменистан", "Афганистан", "Россия",
    "Турция", "Сирия", "Ирак", "Китай", "Украина",
}  # fmt: skip
REGION_WORDS_EN = (
    "region",
    "regions",
    "oblast",
    "oblasts",
    "province",
    "provinces",
    "district",
    "districts",
    "valley",
)
# Words before a place that say where something happened (not "from" an origin, except for transfers).
PLACE_PREPOSITIONS_EN = ("in", "across", "near", "at", "to", "from", "throughout", "inside", "within", "into")

# Russian: inflected form → nominative.
PLACES_RU: dict[str, str] = {}
for _nom, _forms in {
    "Казахстан": "Казахстан Казахстана Казахстане Казахстану Казахстаном",
    "Кыргызстан": "Кыргызстан Кыргызстана Кыргызстане Кыргызстану Кыргызстаном Киргизия Киргизии Киргизию",
    "Узбекистан": "Узбекистан Узбекистана Узбекистане Узбекистану Узбекистаном",
    "Таджикистан": "Таджикистан Таджикистана Таджикистане Таджикистану Таджикистаном",
    "Туркменистан": (
        "Туркменистан Туркменистана Туркменистане Туркменистану Туркменистаном Туркмения Туркмении"
    ),
    "Афганистан": "Афганистан Афганистана Афганистане Афганистану Афганистаном",
    "Россия": "Россия России Россию Россией",
    "Турция": "Турция Турции Турцию Турцией",
    "Сирия": "Сирия Сирии Сирию Сирией",
    "Ирак": "Ирак Ирака Ираке Ираку Ираком",
    "Китай": "Китай Китая Китае Китаю Китаем",
    "Украина": "Украина Украины Украине Украину Украиной",
    "Алматы": "Алматы",
    "Астана": "Астана Астаны Астане Астану",
    "Шымкент": "Шымкент Шымкента Шымкенте",
    "Караганда": "Караганда Караганды Караганде",
    "Актобе": "Актобе",
    "Атырау": "Атырау",
    "Актау": "Актау",
    "Тараз": "Тараз Таразе Тараза",
    "Кызылорда": "Кызылорда Кызылорде Кызылорды",
    "Павлодар": "Павлодар Павлодаре Павлодара",
    "Семей": "Семей",
    "Талдыкорган": "Талдыкорган Талдыкоргане Талдыкоргана",
    "Костанай": "Костанай Костанае",
    "Уральск": "Уральск Уральске",
    "Туркестан": "Туркестан Туркестане Туркестана",
    "Бишкек": "Бишкек Бишкеке Бишкека",
    "Ош": "Ош Оше Оша",
    "Джалал-Абад": "Джалал-Абад Джалал-Абаде",
    "Ташкент": "Ташкент Ташкенте Ташкента",
    "Самарканд": "Самарканд Самарканде",
    "Андижан": "Андижан Андижане",
    "Наманган": "Наманган Намангане",
    "Фергана": "Фергана Фергане Ферганы",
    "Душанбе": "Душанбе",
    "Худжанд": "Худжанд Худжанде",
    "Куляб": "Куляб Кулябе",
    "Ашхабад": "Ашхабад Ашхабаде Ашхабада",
    "Москва": "Москва Москве Москвы",
}.items():
    PLACES_RU.update(dict.fromkeys(_forms.split(), _nom))
PLACE_PREPOSITIONS_RU = ("в", "во", "из", "на", "по", "с", "со", "у", "под", "близ")
# Region adjectives: ending in an oblique case → nominative ending ("Алматинской области").
RU_ADJ_ENDINGS = (("ской", "ская"), ("скую", "ская"), ("ская", "ская"), ("ских", "ские"), ("ские", "ские"),
                  ("ной", "ная"), ("ную", "ная"), ("ная", "ная"))  # fmt: skip
RU_REGION_WORDS = {
    "области": "область", "областью": "область", "область": "область", "областях": "области",
    "областей": "области", "районе": "район", "района": "район", "район": "район", "крае": "край",
}  # fmt: skip

# Reporting agencies: how they are written → the name figures report. Abbreviations stand for the
# agency of the document's country, so they map to a full name only when the page gives it.
AGENCIES_EN: dict[str, str] = {
    "National Security Committee": "National Security Committee",
    "Committee for National Security": "National Security Committee",
    "KNB": "National Security Committee",
    "NSC": "National Security Committee",
    "State Committee for National Security": "State Committee for National Security",
    "GKNB": "State Committee for National Security",
    "SCNS": "State Committee for National Security",
    "State Security Service": "State Security Service",
    "SSS": "State Security Service",
    "SGB": "State Security Service",
    "Ministry of Internal Affairs": "Ministry of Internal Affairs",
    "Interior Ministry": "Ministry of Internal Affairs",
    "Ministry of the Interior": "Ministry of Internal Affairs",
    "Ministry of Interior": "Ministry of Internal Affairs",
    "MVD": "Ministry of Internal Affairs",
    "Prosecutor General's Office": "Prosecutor General's Office",
    "Prosecutor-General's Office": "Prosecutor General's Office",
    "General Prosecutor's Office": "Prosecutor General's Office",
    "Prosecutor General": "Prosecutor General's Office",
    "Anti-Terrorism Center": "Anti-Terrorism Center",
    "Anti-Terrorist Center": "Anti-Terrorism Center",
    "CIS Anti-Terrorism Center": "CIS Anti-Terrorism Center",
    "Financial Monitoring Agency": "Financial Monitoring Agency",
    "Anti-Corruption Agency": "Anti-Corruption Agency",
    "Supreme Court": "Supreme Court",
    "Border Service": "Border Service",
    "regional police department": "regional police department",
    "police department": "police department",
    "Ministry of Defence": "Ministry of Defence",
    "Ministry of Defense": "Ministry of Defence",
}
AGENCIES_RU: dict[str, str] = {
    "КНБ": "КНБ", "Комитет национальной безопасности": "КНБ", "Комитета национальной безопасности": "КНБ",
    "ГКНБ": "ГКНБ", "СГБ": "СГБ", "Служба государственной безопасности": "СГБ",
    "Службы государственной безопасности": "СГБ", "МВД": "МВД", "Министерство внутренних дел": "МВД",
    "Министерства внутренних дел": "МВД", "Генеральная прокуратура": "Генеральная прокуратура",
    "Генеральной прокуратуры": "Генеральная прокуратура", "Генпрокуратура": "Генеральная прокуратура",
    "Генпрокуратуры": "Генеральная прокуратура", "АФМ": "АФМ", "Антитеррористический центр": "АТЦ",
    "АТЦ": "АТЦ", "ГПК": "ГПК", "Погранслужба": "Пограничная служба",
}  # fmt: skip
