"""Units, currencies and the words around numbers that make them dates or identifiers: data for units.py.

Keys are lower-cased tokens as the tokenizer of numbers.py cuts them (letters only, so "km/h" is
"km" "/" "h"). A unit entry is (kind, unit, name): `unit` is what docs/schema.md prints, `name` the
unit in words, which is what the figure counts when no noun phrase follows.
"""

from __future__ import annotations

# Currency written before the number: "$6", "KZT 7 mln", "€2bn". Multi-token signs ("US$", "HK$")
# are matched as a letter prefix before "$".
CURRENCY_SIGNS: dict[str, str] = {
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₸": "KZT", "₽": "RUB", "₹": "INR", "₩": "KRW",
}  # fmt: skip
SIGN_PREFIXES: dict[str, str] = {
    "us": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "hk": "HKD", "nz": "NZD", "s": "SGD",
}  # fmt: skip
CURRENCY_CODES = {
    "KZT", "USD", "EUR", "RUB", "GBP", "CNY", "JPY", "KGS", "UZS", "TJS", "TMT", "AUD", "CAD",
    "CHF", "INR", "HKD", "TRY", "AED", "RM", "RMB", "Rs",
}  # fmt: skip
CODE_ALIASES = {"RM": "MYR", "RMB": "CNY", "Rs": "INR"}

# Currency written after the number: "7 million tenge", "200 долларов". The value is the code.
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR",
    "tenge": "KZT", "kzt": "KZT", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB",
    "rub": "RUB", "yuan": "CNY", "renminbi": "CNY", "yen": "JPY", "som": "KGS", "soms": "KGS",
    "sum": "UZS", "sums": "UZS", "soum": "UZS", "soums": "UZS", "somoni": "TJS", "manat": "TMT",
    "pounds sterling": "GBP",
    "shekels": "ILS", "shekel": "ILS", "rupees": "INR", "ringgit": "MYR", "lira": "TRY",
    "cents": "cent", "cent": "cent", "pence": "pence", "p": "pence",
    "доллар": "USD", "доллара": "USD", "долларов": "USD", "долл": "USD", "евро": "EUR",
    "тенге": "KZT", "тг": "KZT", "рубль": "RUB", "рубля": "RUB", "рублей": "RUB", "руб": "RUB",
    "сом": "KGS", "сома": "KGS", "сомов": "KGS", "сумов": "UZS", "юаней": "CNY", "сомони": "TJS",
}  # fmt: skip
CURRENCY_NAMES: dict[str, str] = {
    "USD": "dollars", "EUR": "euros", "KZT": "tenge", "RUB": "rubles", "GBP": "pounds", "CNY": "yuan",
    "JPY": "yen", "KGS": "soms", "UZS": "sums", "TJS": "somoni", "TMT": "manat", "AUD": "dollars",
    "CAD": "dollars", "HKD": "dollars", "NZD": "dollars", "SGD": "dollars", "INR": "rupees",
    "MYR": "ringgit", "ILS": "shekels", "TRY": "lira", "KRW": "won", "CHF": "francs", "AED": "dirhams",
    "cent": "cents", "pence": "pence",
}  # fmt: skip

PERCENT_WORDS = {"percent", "pct", "pc", "процента", "процентов", "процент", "проц"}

# Durations: (unit) — "6-18 years in jail", "на 10 лет".
DURATIONS: dict[str, str] = {
    "year": "year", "years": "year", "yrs": "year", "month": "month", "months": "month",
    "week": "week", "weeks": "week", "day": "day", "days": "day", "hour": "hour", "hours": "hour",
    "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute", "second": "second",
    "seconds": "second",
    "decade": "decade", "decades": "decade",
    "год": "year", "года": "year", "лет": "year", "годам": "year", "месяц": "month",
    "месяца": "month", "месяцев": "month", "неделю": "week", "недели": "week", "недель": "week",
    "день": "day", "дня": "day", "дней": "day", "суток": "day", "сутки": "day", "час": "hour",
    "часа": "hour", "часов": "hour", "минут": "minute", "минуты": "minute", "секунд": "second",
}  # fmt: skip

# Measures: token → unit as printed. Compound units ("km/h", "sq m") are read by units.py.
MEASURES: dict[str, str] = {
    "kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilogrammes": "kg", "kilos": "kg",
    "g": "g", "gram": "g", "grams": "g", "mg": "mg", "tonne": "t", "tonnes": "t", "ton": "t",
    "tons": "t", "lb": "lb", "lbs": "lb", "pounds": "lb", "ounces": "oz", "oz": "oz",
    "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m", "cm": "cm", "mm": "mm",
    "centimetres": "cm", "centimeters": "cm", "millimetres": "mm", "millimeters": "mm",
    "μm": "μm", "nm": "nm", "nanometer": "nm", "nanometers": "nm", "nanometres": "nm", "l": "l",
    "mile": "mile", "miles": "mile", "yard": "yard", "yards": "yard", "foot": "foot", "feet": "foot",
    "ft": "foot", "inch": "inch", "inches": "inch", "″": "inch",
    "litre": "l", "litres": "l", "liter": "l", "liters": "l", "ml": "ml", "gallons": "gallon",
    "gallon": "gallon", "barrels": "barrel", "barrel": "barrel", "hectares": "ha", "hectare": "ha",
    "ha": "ha", "acres": "acre", "acre": "acre",
    "mph": "mph", "kph": "km/h", "kmh": "km/h", "mpg": "mpg", "rpm": "rpm",
    "hp": "hp", "horsepower": "hp", "bhp": "hp", "kw": "kW", "mw": "MW", "gw": "GW", "kwh": "kWh",
    "mwh": "MWh", "gwh": "GWh", "watts": "W", "w": "W", "kilowatts": "kW", "megawatts": "MW",
    "gigawatts": "GW", "volts": "V", "v": "V", "hz": "Hz", "khz": "kHz", "mhz": "MHz", "ghz": "GHz",
    "gb": "GB", "mb": "MB", "tb": "TB", "kb": "KB", "gbps": "Gbps", "mbps": "Mbps",
    "degrees": "degree", "degree": "degree", "°": "degree", "deg": "degree", "degf": "°F", "degc": "°C",
    "celsius": "°C", "fahrenheit": "°F",
    "ppm": "ppm", "ppb": "ppb", "gpa": "GPa", "psi": "psi", "ksi": "ksi", "db": "dB",
    "decibels": "dB", "calories": "kcal", "kcal": "kcal",
    "кг": "kg", "килограммов": "kg", "килограмма": "kg", "грамм": "g", "граммов": "g",
    "тонн": "t", "тонны": "t", "тонна": "t", "км": "km", "километров": "km", "километра": "km",
    "метров": "m", "метра": "m", "м": "m", "см": "cm", "мм": "mm", "литров": "l", "л": "l",
    "гектаров": "ha", "гектара": "ha", "гектар": "ha", "га": "ha", "градусов": "degree",
}  # fmt: skip
SQUARE_WORDS = {"sq", "square", "cubic", "кв", "куб"}

# Months: a number beside one is a day or a year, not a figure.
MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
    "октября", "ноября", "декабря", "январь", "февраль", "март", "апрель", "май", "июнь", "июль",
    "август", "сентябрь", "октябрь", "ноябрь", "декабрь", "январе", "феврале", "марте", "апреле",
    "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре",
    "янв", "фев", "мар", "апр", "июн", "июл", "авг", "сен", "сент", "окт", "ноя", "дек",
}  # fmt: skip
# Capitalised "May" is a month only when its neighbour is a day or year; "may" the verb is not.

# Words that end a street address after a house number: "1119 Eighth St.", "45 Abay Avenue".
STREET_WORDS = frozenset({
    "st", "street", "ave", "avenue", "road", "rd", "blvd", "boulevard", "lane", "ln", "drive",
    "highway", "hwy", "square", "sq", "prospekt",
})  # fmt: skip
# Words after which a number names a thing rather than counting it: "Article 256", "ст. 174",
# "No. 5", "Section 427", "Game 6", "page 3".
IDENTIFIER_WORDS = {
    "article", "articles", "art", "section", "sections", "paragraph", "para", "part", "parts",
    "clause", "chapter", "item", "items", "point", "subparagraph", "row", "seat", "page", "pages",
    "no", "nos", "number", "num", "room", "route", "flight", "line", "platform", "game", "round",
    "week", "stage", "grade", "level", "category", "case", "file", "decree", "resolution", "order",
    "law", "code", "version", "model", "unit", "block", "building", "apartment", "apt", "house",
    "office", "floor", "street", "st", "highway", "channel", "episode", "season", "volume", "vol",
    "figure", "fig", "table", "step", "phase", "class", "tier", "zone", "district", "region",
    "статья", "статьи", "статье", "статьей", "статьям", "ст", "часть", "части", "ч", "пункт",
    "пункта", "п", "пп", "раздел", "глава", "главы", "подпункт", "номер", "номером", "дом", "д",
    "кв", "корпус", "указ", "указа", "закон", "закона", "постановление", "приказ", "приказа",
    "hotline", "phone", "telephone", "tel", "call", "dial", "fax", "телефону", "телефон", "номеру",
    "тел", "№", "#",
}  # fmt: skip

# Nouns after "five-year" that make it a prison term, a figure; "a five-year plan" is not one.
TERM_WORDS = {
    "sentence", "sentences", "term", "terms", "prison", "jail", "imprisonment", "ban", "bans",
    "stretch", "custody", "detention", "probation", "exile",
}  # fmt: skip

# Market indices: the number after one names the index ("S&P 500", "FTSE 100", "Stoxx 600").
INDEX_NAMES = {
    "s&p",
    "sp",
    "stoxx",
    "ftse",
    "nasdaq",
    "asx",
    "nikkei",
    "russell",
    "fortune",
    "dax",
    "cac",
    "kase",
}

# Words after a year that make it a year: "2023 году", "2023 г.".
YEAR_WORDS = {"год", "года", "году", "годом", "г", "гг", "годы", "годах", "годов"}
# Prepositions before a bare four-digit number that make it a year: "in 2023", "since 2015".
YEAR_PREPOSITIONS = {
    "in", "since", "until", "till", "by", "from", "during", "before", "after", "of", "to", "and",
    "through", "between", "year", "early", "late", "mid", "spring", "summer", "autumn", "fall",
    "winter", "season", "fiscal", "fy", "the", "for", "around", "its", "their", "his", "her", "our",
    "circa", "c", "—", "-", "–",
    "в", "с", "по", "до", "за", "к", "на", "от", "и", "после", "начала", "конца", "середине",
}  # fmt: skip
