"""Organisations and research findings as speakers (quotes_bodies, quotes_findings): tables of
invented sentences → the quotation expected, and the anonymous or topic-only ones that are none."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from svodka.enrich.quotes_bodies import DATELINE
from svodka.model import Quote

# text, speaker, speaker_type, cue, content
ORG_QUOTES = [
    # named researchers' findings speak as their institution
    ("Учёные Оксфордского университета выяснили, что кофе снижает риск диабета.",
     "Оксфордский университет", "ORG", "выяснили", "кофе снижает риск диабета"),
    ("Исследователи из Гарвардского университета установили, что сон улучшает память.",
     "Гарвардский университет", "ORG", "установили", "сон улучшает память"),
    ("Специалисты Массачусетского технологического института пришли к выводу, что новый сплав прочнее стали.",
     "Массачусетский технологический институт", "ORG", "пришли к выводу", "новый сплав прочнее стали"),
    ("Вирус поражает клетки кишечника, выяснили сотрудники Института Хабрехта.",
     "Институт Хабрехта", "ORG", "выяснили", "Вирус поражает клетки кишечника"),
    ("Как выяснили исследователи Гарвардского университета, сон улучшает память.",
     "Гарвардский университет", "ORG", "как выяснили", "сон улучшает память"),
    ("Регулярные прогулки снижают риск инсульта на 20%. К такому выводу пришли учёные из Каролинского института.",
     "Каролинский институт", "ORG", "К такому выводу пришли", "Регулярные прогулки снижают риск инсульта на 20%"),
    # several institutions: the first named; a team under a leader: its university
    ("Исследователи из Hubrecht Institute в Утрехте и Maastricht University обнаружили, что вирус "
     "размножается в клетках кишечника.",
     "Hubrecht Institute", "ORG", "обнаружили", "вирус размножается в клетках кишечника"),
    ("Медики из Северо-западного университета под руководством профессора Вадима Бакмана выяснили, что "
     "витамин D подавляет воспаление.",
     "Северо-западный университет", "ORG", "выяснили", "витамин D подавляет воспаление"),
    ("В исследовании учёных из Университета Дикина было показано, что орехи снижают давление.",
     "Университет Дикина", "ORG", "было показано", "орехи снижают давление"),
    # a person with a research role finds as a person
    ("Профессор Джеймс О'Доннелл установил, что аномальное свертывание крови увеличивает риск инсульта.",
     "Джеймс О'Доннелл", "PER", "установил", "аномальное свертывание крови увеличивает риск инсульта"),
    # a document speaks for its issuer: head first, or the journal it was published in
    ("В заявлении МИД России говорится, что Москва готова к переговорам.",
     "МИД", "ORG", "говорится в заявлении", "Москва готова к переговорам"),
    ("Как говорится в статье журнала Nature, вирус мутирует медленнее, чем считалось.",
     "Nature", "ORG", "как говорится в статье", "вирус мутирует медленнее, чем считалось"),
    ("Коронавирус способен поражать клетки кишечника, говорится в исследовании, опубликованном в журнале Science.",
     "Science", "ORG", "говорится в исследовании", "Коронавирус способен поражать клетки кишечника"),
    ("Контракты на поставку заключены с 12 регионами, говорится в сообщении на сайте «Ростеха».",
     "Ростех", "ORG", "говорится в сообщении", "Контракты на поставку заключены с 12 регионами"),
    ("Аэрофлот меняет условия продажи билетов.\nТеперь билеты можно купить онлайн, говорится в сообщении на "
     "сайте компании.", "Аэрофлот", "ORG", "говорится в сообщении", "Теперь билеты можно купить онлайн"),
    # a website, an impersonal passive
    ("Предприятия смогут арендовать 150 помещений, сообщается на сайте столичной мэрии.",
     "Столичная мэрия", "ORG", "сообщается на сайте", "Предприятия смогут арендовать 150 помещений"),
    ("В Минфине было заявлено, что бюджет будет исполнен.",
     "Минфин", "ORG", "было заявлено", "бюджет будет исполнен"),
    # an organisation written in its base form is a subject; "в «Ростехе»" is where, not to whom
    ("Ростех заявил, что договорился с производителями о покупке материалов.",
     "Ростех", "ORG", "заявил", "договорился с производителями о покупке материалов"),
    ("Наценки на материалы для масок достигают 500%, заявили в «Ростехе».",
     "Ростех", "ORG", "заявили", "Наценки на материалы для масок достигают 500%"),
    ("Средства пойдут на поддержку малого бизнеса, говорится в документе кабмина, опубликованном на портале "
     "правовых актов.", "Кабмин", "ORG", "говорится в документе", "Средства пойдут на поддержку малого бизнеса"),
    # complaints and accusations with their content
    ("Перед матчем Иван Петров жаловался на боль в горле.",
     "Иван Петров", "PER", "жаловался", "боль в горле"),
    ("Иван Петров подал в суд на певицу, обвинив её в том, что она украла у него сюжет.",
     "Иван Петров", "PER", "обвинив", "она украла у него сюжет"),
    # a wire report at a paragraph's end covers the paragraph, after its dateline
    ("Завод в Туле\nМОСКВА, 3 мая - РИА Новости. Компания построит завод в Туле. Инвестиции составят "
     "5 млрд рублей, сообщает «Интерфакс».",
     "Интерфакс", "ORG", "сообщает", "Компания построит завод в Туле. Инвестиции составят 5 млрд рублей"),
]


@pytest.mark.parametrize(("text", "speaker", "kind", "cue", "content"), ORG_QUOTES,
                         ids=[f"org-{i}" for i in range(len(ORG_QUOTES))])
def test_organisation_or_finding(quotes_in: Callable[[str], list[Quote]], text: str, speaker: str, kind: str,
                                 cue: str, content: str) -> None:
    quotes = quotes_in(text)
    assert len(quotes) == 1, quotes
    q = quotes[0]
    assert (q.speaker, q.speaker_type, q.cue, q.text) == (speaker, kind, cue, content)
    assert text[q.start:q.stop] == q.text


NO_QUOTE = [
    "Британские учёные выяснили, что кошки понимают своё имя.",  # anonymous researchers
    "Вирус способен поражать клетки кишечника, выяснили голландские учёные.",
    "Учёные Калифорнийского университета определили, как вирус влияет на клетки.",  # a topic
    "Издание Joinfo.ua выяснило, что послужило главной причиной отказа от привилегий.",  # "что" = what
    "Народная артистка Лидия Федосеева-Шукшина выяснила, что осталась без квартиры.",  # learnt, not found
    "Многие держатели акций жаловались на потерю денег.",  # nobody named
    "Преподаватель скончался на 95-м году жизни, сообщается на странице училища во ВКонтакте.",
    "Саудовская Аравия возглавит глобальный ответ на вирус, — говорится в заявлении Эр-Рияда, размещенном в Twitter.",
    "Регулярные прогулки полезны. К такому выводу пришла группа учёных, работа опубликована в журнале Cell.",
]


@pytest.mark.parametrize("text", NO_QUOTE, ids=[f"none-{i}" for i in range(len(NO_QUOTE))])
def test_no_named_speaker(quotes_in: Callable[[str], list[Quote]], text: str) -> None:
    assert quotes_in(text) == []


def test_past_report_keeps_its_sentence(quotes_in: Callable[[str], list[Quote]]) -> None:
    """"…, сообщили исследователи" at a paragraph's end is a past report: its own sentence only."""
    text = ("Спаржа\nУчёные Института медицинских исследований изучили спаржу. Уровень токсинов снизился "
            "на 70%, сообщили в Институте медицинских исследований.")
    [q] = quotes_in(text)
    assert q.text == "Уровень токсинов снизился на 70%"


def test_bare_researchers_are_the_group_named_before(quotes_in: Callable[[str], list[Quote]]) -> None:
    text = "Учёные из Университета Дикина изучили диету 500 человек. Исследователи выяснили, что орехи снижают давление."
    [q] = quotes_in(text)
    assert (q.speaker, q.text) == ("Университет Дикина", "орехи снижают давление")


def test_body_by_its_noun_is_the_one_named_with_it(quotes_in: Callable[[str], list[Quote]]) -> None:
    """"Представители холдинга": the holding named before with that noun, not the outlet that spoke last."""
    text = ("Убытки холдинга Berkshire Hathaway достигли $49 млрд, отмечает телеканал CNBC.\nПредставители "
            "холдинга констатировали, что вирус быстро распространялся по миру.")
    first, second = quotes_in(text)
    assert (first.speaker, second.speaker, second.text) == ("CNBC", "Berkshire Hathaway",
                                                            "вирус быстро распространялся по миру")


def test_wire_attribution_stops_at_another_report(quotes_in: Callable[[str], list[Quote]]) -> None:
    """"Актриса утверждает, …" in the paragraph is hers: the outlet's "сообщает" covers what follows it."""
    text = ("Спор о квартире\nАктриса продолжает настаивать на своем. Артистка утверждает, дескать, не понимала "
            "документ. Суд рассмотрит иск в июне, сообщает «Интерфакс».")
    quotes = [q for q in quotes_in(text) if q.speaker == "Интерфакс"]
    assert [q.text for q in quotes] == ["Суд рассмотрит иск в июне"]


def test_body_noun_skips_the_outlet_that_spoke(quotes_in: Callable[[str], list[Quote]]) -> None:
    """"Представители холдинга" after "Как отмечают телеканалы CNBC и CNN, …": the company, not the channel."""
    text = ("По итогам квартала чистые убытки Berkshire Hathaway составили $49,7 млрд. Как отмечают телеканалы CNBC "
            "и CNN, в компании никогда ранее не сообщали о столь крупных убытках.\nПредставители холдинга "
            "констатировали, что вирус быстро распространялся по миру.")
    assert quotes_in(text)[-1].speaker == "Berkshire Hathaway"


# a body named by its common noun, an outlet as channel or speaker: text, speaker, speaker_type, content, source
BODY_SPEAKERS = [
    # "в сообщении посольства": the embassy as the article named it before, or the phrase when specific
    ("Посольство России в Латвии выразило протест властям Риги. Латвийская сторона нарушила договорённости, "
     "говорится в сообщении посольства.",
     "Посольство России", "ORG", "Латвийская сторона нарушила договорённости", None),
    ("Граждане России должны будут предъявлять справку, говорится в сообщении посольства России.",
     "Посольство России", "ORG", "Граждане России должны будут предъявлять справку", None),
    # a press service speaks as the body it serves, also a described one
    ("Мужчина похитил два велосипеда, сообщили в пресс-службе региональной полиции.",
     "Региональная полиция", "ORG", "Мужчина похитил два велосипеда", None),
    ("Музей откроется в июне. Об этом сообщает ИА IrkutskMedia со ссылкой на пресс-службу администрации города.",
     "Администрация города", "ORG", "Музей откроется в июне", "IrkutskMedia"),
    # a channel in the dative was told; the body after it told
    ("Выставка откроется в июне, сообщили телеканалу «Москва 24» в пресс-службе Эрмитажа.",
     "Эрмитаж", "ORG", "Выставка откроется в июне", None),
    # bare researchers after a group named with its institution
    ("Учёные из Университета Дикина изучили рацион. По словам исследователей, орехи снижают давление.",
     "Университет Дикина", "ORG", "орехи снижают давление", None),
    # an outlet whose name is plural takes a plural verb
    ("Санкции против России будут продлены, пишут «Известия».",
     "Известия", "ORG", "Санкции против России будут продлены", None),
    ("Учения пройдут в июне, пишут «Вечерние Ведомости».",
     "Вечерние Ведомости", "ORG", "Учения пройдут в июне", None),
    # an outlet that wrote what a person said is the channel, not a second speaker
    ("Как ранее писал «Рамблер», певица Анна Иванова призналась, что долго боролась с болезнью.",
     "Анна Иванова", "PER", "долго боролась с болезнью", None),
    # a surname the tagger left in the genitive: the person named with it in the nominative
    ("Актёр Пётр Бурдальский поделился воспоминаниями. По признанию Бурдальского, после этого они перестали общаться.",
     "Пётр Бурдальский", "PER", "после этого они перестали общаться", None),
    # a sentence glued to the one before it with no space after the full stop
    ("Актёр Иван Петров рассказал о ссоре с коллегой.По словам артиста, коллега обиделась на него из-за шутки.",
     "Иван Петров", "PER", "коллега обиделась на него из-за шутки", None),
]


@pytest.mark.parametrize(("text", "speaker", "kind", "content", "source"), BODY_SPEAKERS,
                         ids=[f"body-{i}" for i in range(len(BODY_SPEAKERS))])
def test_body_or_outlet_speaker(quotes_in: Callable[[str], list[Quote]], text: str, speaker: str, kind: str,
                                content: str, source: str | None) -> None:
    [q] = quotes_in(text)
    assert (q.speaker, q.speaker_type, q.text, q.source) == (speaker, kind, content, source)


NO_BODY = [
    "Выставка откроется в июне, сообщили телеканалу «Москва 24» в пресс-службе музея.",  # the museum unnamed
    "Завод закроется в июне, сообщили РИА Новости.",  # who told the agency is unnamed
    # another, anonymous group than the one named before
    "Учёные из Университета Дикина изучили рацион. По словам британских исследователей, орехи полезны для сердца.",
]


@pytest.mark.parametrize("text", NO_BODY, ids=[f"no-body-{i}" for i in range(len(NO_BODY))])
def test_no_body_named(quotes_in: Callable[[str], list[Quote]], text: str) -> None:
    assert quotes_in(text) == []


# a paragraph's opening → the text after its dateline (None: no dateline)
DATELINES = [
    ("МОСКВА, 3 мая — РИА Новости. Завод остановлен.", "Завод остановлен."),
    ("МОСКВА, 3 мая, ФедералПресс. Завод остановлен.", "Завод остановлен."),
    ("ПРЕТОРИЯ, 3 мая. /ТАСС/. Завод остановлен.", "Завод остановлен."),
    ("ЛОНДОН, 4 мая. /Корр. ТАСС Иван Петров/. Завод остановлен.", "Завод остановлен."),
    ("Москва. 2 мая. INTERFAX.RU - Завод остановлен.", "Завод остановлен."),
    ("Симферополь, 3 мая. Крыминформ. Завод остановлен.", "Завод остановлен."),
    ("РИАМО - 3 мая. Завод остановлен.", "Завод остановлен."),
    ("Москва, 3 мая. Компания построит завод.", "Компания построит завод."),
    ("Понедельник, 4 мая", None),
    ("Всемирная организация здравоохранения 11 марта объявила пандемию.", None),
]


@pytest.mark.parametrize(("paragraph", "rest"), DATELINES, ids=[f"dateline-{i}" for i in range(len(DATELINES))])
def test_dateline(paragraph: str, rest: str | None) -> None:
    m = DATELINE.match(paragraph)
    assert (paragraph[m.end():] if m is not None else None) == rest


# --- interview transcripts: "Имя: …" turns (quotes_transcript.py) -----------------------------

INTERVIEW = """Экономист о кризисе
В эфире радиостанции экономист Константин Брюн ответил на вопросы ведущего Виктора Андреева.
Андреев: Как вы оцениваете ситуацию на рынке сегодня?
Брюн: Я думаю, что худшее уже позади, но рост будет медленным.
Андреев: А что с курсом рубля?
Брюн: Курс останется стабильным до конца года, если нефть не подешевеет."""


def test_transcript_turns_are_their_speakers_direct_speech(quotes_in: Callable[[str], list[Quote]]) -> None:
    found = [(q.speaker, q.cue, q.direct, q.text) for q in quotes_in(INTERVIEW)]
    assert found == [
        ("Виктор Андреев", None, True, "Как вы оцениваете ситуацию на рынке сегодня?"),
        ("Константин Брюн", None, True, "Я думаю, что худшее уже позади, но рост будет медленным"),
        ("Виктор Андреев", None, True, "А что с курсом рубля?"),
        ("Константин Брюн", None, True, "Курс останется стабильным до конца года, если нефть не подешевеет"),
    ]


@pytest.mark.parametrize("text", [
    # labels that are no people: rubrics
    "Новости дня\nМосква: в столице открылся новый парк.\nПогода: завтра будет дождь, до плюс пяти градусов.",
    # one "Имя: …" line is a teaser, not a transcript
    "Новости дня\nЭкономист Константин Брюн выступил на форуме.\nБрюн: кризис позади и рост вернётся.",
])
def test_no_transcript(quotes_in: Callable[[str], list[Quote]], text: str) -> None:
    assert not [q for q in quotes_in(text) if q.cue is None and q.direct]
