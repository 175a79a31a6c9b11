"""Chrome phrases of English and Russian news sites, as data: the words that name page furniture.

Every pattern but BYLINE is written in lower case and matched against a lower-cased,
whitespace-folded line or paragraph (case-sensitive matching of lower-cased text is several times
faster than case-insensitive matching). They name what a site prints around an article (related
lists, share widgets, captions, tags, footers), never words that an article body would open a
sentence with.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    """A word list written as whitespace-separated words."""
    return frozenset(text.split())


# A heading that introduces a list of other stories' headlines.
RELATED_HEADING: re.Pattern[str] = re.compile(
    r"(?:related(?: news| stories| articles| coverage| content| posts| reading| topics)?"
    r"|(?:read|see) (?:also|more|next)|more (?:news|stories|from|on|in|about|like this)\b.*"
    r"|also (?:read|see|on)\b.*|you (?:may|might) (?:also )?(?:like|be interested in)"
    r"|recommended(?: for you)?"
    r"|(?:most )?popular(?: now| today| stories| news)?|most (?:read|viewed|shared|watched|commented)"
    r"|trending(?: now| stories)?\b.*|top stories|latest(?: news| stories)?|editor'?s picks?|don'?t miss"
    r"|what to read next|in other news|more headlines|news in brief|other news(?: in this section)?"
    r"|more in this section|elsewhere on\b.*|другие новости (?:раздела|рубрики)"
    r"|sponsored(?: content| stories)?"
    r"|новости по теме|по теме|читайте (?:также|еще|ещё|по теме)|смотрите также|см\. также|также читайте"
    r"|популярное|популярные (?:новости|материалы)|самое (?:популярное|читаемое|обсуждаемое)|читаемое"
    r"|другие новости|последние новости|похожие (?:новости|материалы|статьи)|ещё по теме|еще по теме"
    r"|лента новостей|новости партнеров|новости партнёров|выбор редакции|рекомендуем|главное|важное"
    r"|материалы по теме|статьи по теме|в тему|актуальное|сейчас читают|вам может быть интересно)"
    r"\s*[:.»>›|-]*"
)

# A heading that opens the readers' comments: "34 responses to “…”", "Leave a Reply", "Комментарии (5)".
COMMENTS_HEADING: re.Pattern[str] = re.compile(
    r"(?:\d+\s+)?(?:(?:top rated |most recent |reader |user |view |show |read )?comments?|responses?|replies"
    r"|reactions|discussion|комментари\w*|отзыв\w*|обсуждение)(?:\s+(?:to|on|for|к)\b.*)?\s*[:(\d)]*"
    r"|leave a (?:reply|comment)|add (?:a |your )?comment|post a comment|join the (?:discussion|conversation)"
    r"|(?:оставьте|оставить|добавить|написать) (?:свой )?(?:комментарий|отзыв)\w*"
)

# The line over one reader comment: "Jane on May 5, 2019 at 4:47 pm said:", "joetoronto says:".
COMMENT_AUTHOR: re.Pattern[str] = re.compile(
    r".{1,80}\s(?:says|said|wrote|replied|пишет|написал[аи]?|ответил[аи]?)\s*:?"
)

# A paragraph that points at another story: "Read also: Police detain ...".
READ_ALSO: re.Pattern[str] = re.compile(
    r"(?:read (?:also|more|next)|see also|related|also read|also on\b[^:]{0,30}|more on this|more:"
    r"|trending|top stories|most read|в тренде|самое читаемое"
    r"|читайте (?:также|еще|ещё|по теме)"
    r"|смотрите также|см\. также|также читайте|читать (?:также|далее)|по теме|новости по теме)\s*[:>›|»-]"
)

# A caption or credit line: "Photo: Reuters", "Фото: пресс-служба МВД", "Image copyright Getty".
CAPTION: re.Pattern[str] = re.compile(
    r"(?:photo(?:graph)?s?|pictures?|images?|illustration|video|credits?|source|фото(?:графия)?|видео"
    r"|иллюстрация|источник(?: фото)?|кадр|скриншот|коллаж)\s*(?::|by\b|—|–|/|©)"
    r"|image (?:copyright|caption)|getty images|©|\(c\) |enlarge (?:image|photo)|view (?:image|photo|gallery)"
    r"|фото (?:с сайта|из открытых|из (?:личного )?архива|пресс-службы|предоставлено)|фото\s*$|photo\s*$"
    r"|(?:photo|фото) [\w-]+\.(?:kg|kz|uz|tj|tm|ru|com|org|net|asia|info)\b"
    r"|(?:image|photo|picture|slide|фото|слайд) \d+ (?:of|из) \d+|\d+ ?/ ?\d+$"
    r"|(?:из )?личн(?:ый|ого) архив\w*"
)

# A picture credit on its own line, which follows the picture's caption: "Photo: press service",
# "Photograph: Jane Doe/Agency", "Фото: МВД". Narrower than CAPTION: no video, source or © lines,
# which also close body lists and quotes, and no "Image copyright", which comes before its caption.
PICTURE_CREDIT: re.Pattern[str] = re.compile(
    r"(?:photo(?:graph)?s?|pictures?|images?|illustration|фото(?:графия)?|иллюстрация|скриншот|коллаж)"
    r"\s*(?::|by\b|—|–|/|©)"
)

# A form field as w3m prints it ("Email * [ ]", "[                    ] [Search]").
FORM_FIELD: re.Pattern[str] = re.compile(r"\[ +\]|\[_{2,}\]")

# A credit at the end of a short caption: "... at the scene. Photo: Reuters", "… / AP".
CREDIT_TAIL: re.Pattern[str] = re.compile(
    r"(?:\b(?:photo|фото|image|credit|source|источник)\s*[:/©]\s*[^.!?]{2,60}"
    r"|/\s*(?:ap|afp|reuters|getty images|epa|tass|тасс|риа новости|shutterstock|ap photo)[^.!?]{0,40}"
    r"|\((?:photo|фото|image)[^)]{0,60}\)|\([^()/]{2,60}/[^()]{2,60}\))$"
)

# A tag line: "Tags: police, Almaty", "Теги: КНБ", "Filed under ...".
TAGS: re.Pattern[str] = re.compile(
    r"(?:tags?|topics?|keywords|categories|subjects?|теги|тэги|метки|темы|ключевые слова|рубрик[аи])\s*:"
    r"|filed under\b|more on:|больше по теме:"
)

# Share, subscribe, login and comment widgets, in the words that open them.
WIDGET: re.Pattern[str] = re.compile(
    r"(?:share(?: this| on| the| article| story| via|:|$)|tweet\b|subscribe|sign (?:up|in)|log ?in\b|log out"
    r"|follow us|follow \S[^.!?]{0,40}? on (?:telegram|twitter|x|facebook|instagram|youtube|linkedin"
    r"|tiktok)\b|join us on|newsletter|comments?\s*(?:\(|\d|$|:)|leave a (?:comment|reply)|add a comment"
    r"|print(?: this)?(?: article| page)?$|email(?: this)?(?: article)?$|copy (?:link|url)|send to"
    r"|click here|advert(?:isement)?$|sponsored|report an error|found a typo|all rights reserved"
    r"|back to (?:top|gallery|article|home|main)"
    r"|подписаться|подпишитесь|подписывайтесь|поделиться|поделитесь|присоединяйтесь|комментари"
    r"|оставить комментарий|войти|вход$|регистрация|авторизуйтесь|нашли ошибку|выделите (?:её|ее|текст)"
    r"|все права защищены|реклама$|на правах рекламы|распечатать|версия для печати|отправить другу"
    r"|наш (?:telegram|телеграм)|наш канал|мы в (?:telegram|телеграм|соцсетях)|следите за (?:новостями|нами))"
)

# Widget phrases that give a short line away wherever they stand in it.
WIDGET_ANYWHERE: re.Pattern[str] = re.compile(
    r"subscribe to (?:our|the)|sign up for (?:our|the)|(?:our|free|daily) newsletters?\b|in your inbox"
    r"|we may (?:receive|earn|get) (?:a )?(?:small )?(?:share|commission)|affiliate links?"
    r"|privacy policy|terms of (?:use|service)|ctrl ?\+ ?enter|подпишитесь на наш|подписывайтесь на наш"
    r"|политика конфиденциальности|пользовательское соглашение"
)


def has_widget_hint(low: str) -> bool:
    """True when a lower-cased line holds a substring that every WIDGET_ANYWHERE match holds; an ASCII
    line (most English ones) skips the Russian substrings."""
    if (
        "subscri" in low
        or "sign up" in low
        or "newsletter" in low
        or "inbox" in low
        or "commission" in low
        or "affiliate" in low
        or "privacy" in low
        or "terms of" in low
        or "ctrl" in low
    ):
        return True
    return not low.isascii() and ("подпис" in low or "политика" in low or "соглашение" in low)


# Words that make up widget and menu lines on their own ("Facebook Twitter Email Print").
WIDGET_WORDS = _words(
    """
    share shares tweet email e-mail print copy link facebook twitter whatsapp telegram vk vkontakte
    pinterest linkedin reddit flipboard instagram youtube tiktok messenger viber odnoklassniki ok
    google+ rss subscribe comment comments save bookmark like follow more menu close search home
    поделиться твитнуть вконтакте одноклассники телеграм ватсап печать распечатать ссылка ссылку
    копировать комментарии комментарий подписаться сохранить закрыть меню поиск главная ещё еще
    """
)

# Footer, legal and cookie lines; only phrases that a body sentence would not use.
FOOTER: re.Pattern[str] = re.compile(
    r"(?:©|\(c\) \d{4}|copyright (?:\(c\)|\d{4})|all rights reserved"
    r"|cookies? (?:policy|settings|preferences|consent)|(?:we|this (?:site|website)|our site) uses? cookies"
    r"|accept (?:all )?cookies|(?:necessary|functional|analytics) cookies|все права защищены"
    r"|использование материалов|при (?:полном или частичном )?(?:копировании|использовании) материал"
    r"|(?:мы используем|использует) (?:файлы )?cookie|свидетельство о регистрации сми)"
)


def has_footer_hint(low: str) -> bool:
    """True when a lower-cased line holds a substring that every FOOTER match holds (a cheap filter);
    an ASCII line (most English ones) skips the others."""
    if "cookie" in low or "(c)" in low or "copyright" in low or "rights reserved" in low:
        return True
    return not low.isascii() and (
        "©" in low or "права защищены" in low or "материал" in low or "свидетельство" in low
    )


# Breadcrumbs: "Main Page > News > World", "Главная / Новости / Общество".
BREADCRUMB_HOME: re.Pattern[str] = re.compile(
    r"(?:home|main page|main|news|главная|новости|главная страница)\s*(?:>|›|»|/|→)"
)
BREADCRUMB_SEPARATOR: re.Pattern[str] = re.compile(r" [>›»/→] ")


def has_breadcrumb_arrow(low: str) -> bool:
    """True when a line holds one of the non-ASCII marks of BREADCRUMB_SEPARATOR."""
    return "›" in low or "»" in low or "→" in low


# The openers of a byline: "By Jane Doe", "Автор: Иван Иванов". Matched on the original text, as the
# name's capitals matter.
BYLINE: re.Pattern[str] = re.compile(
    r"(?:by|written by|reporting by|posted by|author|автор(?: статьи)?|текст|корреспондент|беседовал[аи]?)"
    r"\s*[:\-–—]?\s+(?P<name>[^\d\s.,;:!?|/()<>][^\d.;:!?|()<>]{1,80}?)\s*(?:[,|/(•·]|\s[-–—]\s|$)",
    re.IGNORECASE,
)

# Small stopword lists; the share of stopwords among a line's words tells prose from lists.
STOPWORDS = _words(
    """
    a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers him his how i if in into is it its itself just me more most my no nor
    not now of off on once only or other our out over own said same she should so some such than that
    the their them then there these they this those through to too under until up very was we were what
    when where which while who whom why will with would you your
    а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да даже для до
    его ее её если есть еще ещё же за и из или им их к как когда кто ли либо мы на над не него нее неё
    нет ни них но ну о об однако он она они оно от очень по под после при с со так также такой там
    те тем то того тоже той только том ты у уже хотя чем что чтобы эта эти это этого этой этом я
    которые который которая которых котором было будет был сообщил сообщает сказал заявил отметил
    """
)
