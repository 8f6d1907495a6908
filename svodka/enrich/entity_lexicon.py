"""Word lists the entity rules read: separators, legal forms, kinds of organisation, roles, furniture."""

from __future__ import annotations

SEPARATORS = frozenset("()[]{}•·|;:,—–")
LIST_SEPARATORS = frozenset(",;•·|")
QUOTES = frozenset("«»\"„“”'‘’")
QUOTED_NAME_WORDS = 6  # a quoted organisation's name is this short; a longer quote is speech
OPENING = frozenset("«„“‘")
# legal forms and agency words that stand before a company's name and are not part of it
LEGAL_FORMS = frozenset({
    "оао", "зао", "ооо", "пао", "ао", "нао", "ип", "гуп", "фгуп", "муп", "гбу", "фгбу", "мбу", "ано", "нко",
    "чоп", "иа", "риа",
})
# generic heads that make a quoted name a name of that kind: "концерн «Майкрософт»" is Microsoft
DESCRIPTORS = frozenset({
    "компания", "концерн", "корпорация", "холдинг", "группа", "агентство", "издательство", "газета",
    "журнал", "телеканал", "радиостанция", "банк", "фонд", "завод", "фабрика", "комбинат", "клуб",
    "театр", "кинотеатр", "магазин", "сеть", "сайт", "портал", "проект", "движение", "партия", "фирма",
    "предприятие", "объединение", "организация", "общество", "ассоциация", "союз", "институт", "центр",
    "оператор", "перевозчик", "авиакомпания", "ритейлер", "производитель", "разработчик", "платформа",
    "сервис", "мессенджер", "соцсеть", "издание", "телекомпания", "радио", "программа", "акция",
    "киностудия", "студия", "кинокомпания", "медиахолдинг", "госкорпорация", "госкомпания", "ресторан",
})
# craft and works named in quotes after what they are: "шаттл «Дискавери»" is no organisation
CRAFT = frozenset({
    "шаттл", "корабль", "звездолёт", "звездолет", "станция", "спутник", "зонд", "марсоход", "луноход",
    "ракета", "телескоп", "модуль", "самолёт", "самолет", "лайнер", "судно", "теплоход", "пароход",
    "ледокол", "крейсер", "эсминец", "фрегат", "авианосец", "подлодка", "яхта", "танкер", "фильм",
    "сериал", "роман", "повесть", "книга", "песня", "альбом", "сингл", "спектакль", "опера", "балет",
    "мюзикл", "картина", "операция", "учение", "учения", "игра", "поезд",
})
# people named by what they are; in front of a name they are not part of it, alone they may refer back
ROLES = frozenset({
    "глава", "замглавы", "министр", "замминистра", "президент", "вице-президент", "премьер",
    "премьер-министр", "вице-премьер", "канцлер", "генсек", "госсекретарь", "лидер", "директор",
    "гендиректор", "председатель", "зампред", "руководитель", "начальник", "представитель",
    "пресс-секретарь", "спикер", "посол", "губернатор", "мэр", "депутат", "сенатор", "советник",
    "помощник", "заместитель", "исследователь", "сотрудник", "эксперт", "аналитик", "журналист",
    "корреспондент", "писатель", "поэт", "актёр", "актер", "актриса", "певец", "певица", "режиссёр",
    "режиссер", "художник", "бизнесмен", "предприниматель", "адвокат", "прокурор", "судья", "следователь",
    "генерал", "полковник", "маршал", "адмирал", "патриарх", "архиепископ", "митрополит", "епископ",
    "король", "королева", "принц", "принцесса", "господин", "госпожа", "мистер", "миссис", "мисс",
    "сэр", "лорд", "леди", "доктор", "профессор", "академик", "тренер", "наставник", "капитан",
    "защитник", "нападающий", "полузащитник", "вратарь", "форвард", "игрок", "футболист", "хоккеист",
    "теннисист", "теннисистка", "гроссмейстер", "шахматист", "шахматистка", "пилот", "гонщик",
    "астронавт", "космонавт", "супруга", "супруг", "жена", "муж", "вдова", "сын", "дочь", "мать", "отец",
    "брат", "сестра", "маэстро", "экс-президент", "экс-премьер", "экс-министр", "экс-глава", "основатель",
    "владелец", "совладелец", "ведущий", "ведущая", "автор", "создатель", "политолог", "экономист",
    "блогер", "блоггер", "пользователь", "омбудсмен", "уполномоченный", "шеф", "босс",
    "главком", "командующий", "командир", "атаман", "муфтий", "имам", "раввин", "кардинал", "папа",
    "мэтр", "г-н", "г-жа",
})
# bodies named by what they are: with a country after them they are no named organisation ("власти США")
GENERIC_BODIES = frozenset({
    "правительство", "власть", "власти", "парламент", "администрация", "мэрия", "посольство",
    "консульство", "руководство", "армия", "полиция", "делегация", "кабинет", "сборная", "спецслужбы",
    "ведомство", "минобороны", "президент",
})
KINDS = GENERIC_BODIES | DESCRIPTORS | {"суд", "министерство", "комитет", "совет", "служба", "управление"}
# unions of states slovnet tags as places; in news (and in factRuEval and BSNLP) they are organisations
UNIONS = frozenset({"ес", "евросоюз", "европейский союз", "еаэс", "евразийский экономический союз"})
# seats of power that news name for the power itself ("Кремль опроверг", "в Кремле заявили"), places otherwise
SEATS = frozenset({"кремль", "пентагон", "даунинг-стрит", "белый дом", "елисейский дворец", "уайтхолл"})
PLACE_PREPOSITIONS = frozenset({"в", "во", "на", "из", "у", "возле", "около", "над", "под", "перед", "к", "до",
                                "через", "близ", "вокруг"})
SPEAKING_REACH = 4  # words after a seat of power in which a verb says it acts ("в Кремле их категорически отрицают")
# a space station is a place (where people live and work), as in factRuEval; slovnet tags it as an organisation
STATIONS = frozenset({"мкс", "международная космическая станция", "iss"})
# names news write in lower case, as lemmas (ё as е): the Internet is an organisation in factRuEval's
# guidelines (its annotators mark it so 34 times of 38), and so are the clubs of states
LOWERCASE_NAMES = {
    ("интернет",): "ORG",
    ("большой", "семерка"): "ORG",
    ("большой", "восьмерка"): "ORG",
    ("большой", "двадцатка"): "ORG",
    ("нормандский", "четверка"): "ORG",
}
# kinds of place whose quoted name is a place: "в аэропорту «Домодедово»", "у бизнес-центра «Демидов»"
PLACE_KINDS = frozenset({"аэропорт", "аэровокзал", "вокзал", "стадион", "бизнес-центр", "пансионат",
                         "санаторий", "космодром", "курорт", "парк", "сквер"})
# buildings and grounds: a name headed by one is a place, though slovnet takes it for an organisation
FACILITIES = PLACE_KINDS | {"дворец", "собор", "храм", "мечеть", "синагога", "мост", "площадь", "проспект", "улица"}
COUNTRY_ABBREVIATIONS = frozenset({"рф", "сша", "кнр", "кндр", "оаэ", "фрг", "юар", "ссср", "великобритании"})
# words for no one in particular ("СМИ"), and diseases the tagger reads as bodies ("COVID-19 рассказала")
NOT_NAMES = frozenset({"сми", "covid-19", "covid", "ковид-19", "ковид", "sars-cov-2", "коронавирус", "ковид19"})
# a quoted phrase that begins with one is words said ("«Он поклялся»"), not a name
PERSONAL_PRONOUNS = frozenset("я ты он она оно мы вы они".split())
ZONE_WORDS = frozenset({"времени", "время"})
NEVER_NAMES = frozenset({"VERB", "INFN", "GRND", "PRTS", "NPRO", "ADVB", "PRED", "CONJ", "PRCL", "INTJ", "PREP"})
TIME_WORDS = frozenset({"мск", "gmt", "utc", "сегодня", "вчера", "завтра", "сейчас"})
SOCIAL = frozenset({
    "вконтакте", "вк", "vk", "telegram", "телеграм", "телеграмм", "facebook", "фейсбук", "twitter",
    "твиттер", "одноклассники", "ок", "ok", "whatsapp", "viber", "instagram", "инстаграм", "youtube",
    "ютуб", "livejournal", "жж", "дзен", "яндекс", "mail", "ru", "мой", "мир", "pinterest", "linkedin",
    "reddit", "tiktok", "rutube", "x", "skype", "email", "e-mail", "rss", "в", "нас", "мы", "поделиться",
    "подписаться", "подписывайтесь", "читайте", "наш", "канал", "каналы", "share", "tweet", "лайк",
    "отправить", "ссылка", "скопировать", "распечатать", "печать", "комментарии", "на", "и", "нашем",
    "нашу", "наши", "канале", "группу", "группе", "сообщество", "присоединяйтесь", "следите", "за",
    "новостями", "новости", "нами",
})
CREDITS = ("фото", "текст", "автор", "источник", "иллюстрация", "видео", "редактор", "корреспондент",
           "фотограф", "перевод", "подготовил", "подготовила", "©", "(c)", "инфографика", "коллаж")
COUNTRY_TAGS = frozenset({"Geox"})
PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
# an Arabic article that, capitalised, begins an organisation's name ("Аль-Джазиры", "Аль-Кайды")
ARTICLED = ("Аль-", "Эль-")
# adjectives that say when an organisation is, not which ("бывшего Министерства")
TRANSIENT = frozenset({"бывший", "нынешний", "прежний", "будущий", "действующий", "тогдашний", "весь"})
CONTINUING = frozenset({"при", "по"})
CONTINUATION_WORDS = 6
# bodies whose names go on with "при"/"по" ("комиссия по ...", "совет при ...")
BODIES = frozenset({"комитет", "комиссия", "отдел", "совет", "бюро", "управление", "служба", "департамент",
                    "коллегия", "агентство", "палата", "ведомство", "инспекция", "фонд", "центр", "институт"})
# what follows "по" when it says why or how, not what a body deals with ("по итогам встречи")
CIRCUMSTANCES = frozenset({"итогам", "словам", "данным", "мнению", "поводу", "случаю", "приглашению",
                           "просьбе", "инициативе", "решению", "требованию", "результатам", "сообщению"})
PREPOSITIONS = frozenset({"в", "во", "на", "по", "при", "для", "из", "от", "у", "с", "со", "к", "о", "об"})
# domain suffixes glued to a name ("Диверсант.RU", "Газета.ру"): the whole is one organisation's name
DOMAINS = frozenset({"ru", "ру", "рф", "com", "info", "ua", "net", "org", "su", "by", "kz", "tv", "fm"})
# words a name never ends in: slovnet's span sometimes runs on into "Фонд Форум и" (any preposition, and
# these conjunctions: "плюс" is one to pymorphy3 but ends "Свободные новости плюс")
DANGLING = frozenset({"и", "или", "либо", "а", "но", "да"})
# capitalised heads of a body that another organisation's name completes: "Главное управление МЧС",
# "Управление ФСБ", "Департамент ГОЧС" (slovnet tags the head and the name apart)
ORG_HEADS = frozenset({"управление", "департамент", "министерство"})
# the everyday forms of common Russian first names that begin with another letter than the full one
# ("Лена Миро" and "Елена Миро" are one blogger; people are told apart by surname and initial, so a form
# with the same initial needs no entry), keys folded (ё as е); forms that are names of their own
# ("Алёна", "Слава", "Ника") are left out: no library of the field (pymorphy3, natasha) relates them
EVERYDAY_NAMES = {
    "саша": "александр", "шура": "александр", "женя": "евгений", "лена": "елена", "катя": "екатерина",
    "коля": "николай", "леша": "алексей", "настя": "анастасия", "толя": "анатолий", "лиза": "елизавета",
    "ваня": "иван", "рита": "маргарита", "жора": "георгий",
}

# Kin: a name right after one is whose kin ("супруга Дмитренко"), unless it is a first name ("сестра Алла").
KIN_LEMMAS = frozenset("""
    супруг супруга жена муж сын дочь мать отец брат сестра вдова вдовец внук внучка бабушка дедушка мама
    папа племянник племянница родственник родственница друг подруга невеста жених тёща теща свекровь
    дочка сынок сыночек мамочка папочка малышка малыш
""".split())
