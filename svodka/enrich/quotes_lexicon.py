"""Word lists the quotation finder reads: speech verbs, role nouns, media, anonymous speakers.

Written by hand because no maintained Russian library lists reporting verbs or news-speaker roles
(the Russian quotation extractors published so far are research prototypes, not libraries); the
lists hold base forms, and pymorphy3 maps each word of a text to its base form before lookup.
"""

from __future__ import annotations

import re

# Base forms of the verbs (and short adjectives) that report what somebody said, wrote or thinks.
CUE_LEMMAS = frozenset("""
    сказать говорить заявить заявлять сообщить сообщать отметить отмечать подчеркнуть подчёркивать
    подчеркивать добавить добавлять пояснить пояснять рассказать рассказывать считать уточнить
    уточнять заметить замечать объяснить объяснять напомнить напоминать заверить заверять уверить уверять
    полагать утверждать подтвердить подтверждать ответить отвечать заключить высказаться
    высказываться констатировать предупредить предупреждать пожаловаться жаловаться надеяться
    ожидать писать написать передать передавать указать указывать счесть покаяться возразить
    возражать настаивать сетовать допускать предполагать признать признавать признаться признаваться
    опасаться убеждать уверенный убеждённый убежденный цитировать процитировать обещать пообещать
    предложить предлагать потребовать требовать призвать призывать прокомментировать комментировать
    резюмировать подытожить выразить высказать объявить объявлять аргументировать
    прогнозировать спрогнозировать высказывать предположить исключить исключать поделиться делиться посетовать согласиться соглашаться
    попросить просить рекомендовать порекомендовать посоветовать советовать отрицать вспоминать вспомнить
    рассчитывать намекнуть намекать поклясться клясться поручить поручать упомянуть упоминать
    предсказать предсказывать предречь предрекать предостеречь предостерегать уведомить уведомлять повторить
    повторять отчитаться отчитываться допустить проинформировать информировать поведать парировать
    похвастаться хвастаться усомниться акцентировать пророчить напророчить разъяснить разъяснять
    пошутить шутить подметить подмечать посчитать обязаться обязываться скрывать
""".split())

# Places that speak for a government (named entity recognisers tag them as places), folded.
SEATS_OF_POWER = frozenset(["белый дом", "кремль", "елисейский дворец", "даунинг-стрит", "смольный", "капитолий",
                            "банковая"])

# Short participles that say what someone is sure of ("в Минфине уверены, что …"), by the verb
# pymorphy3 reads them as, and the cue's base form.
CONVINCED = {"уверить": "уверенный", "убедить": "убеждённый"}

# The stems of those verbs' forms: a cheap first filter before pymorphy3 is asked.
CUE_FORMS = re.compile(
    r"(?:сказа|говор|заяв|сообщ|отмет|отмеч|подчерк|добав|поясн|пояснял|рассказ|счита|уточн|замет|замеч"
    r"|объясн|напомн|напомин|завер|увер|полага|утвержд|подтверд|ответ|отвеч|заключ|высказ|констатир"
    r"|предупред|предупрежд|предполож|пожалова|жалова|жалуе|жалую|наде|ожида|пиш|писа|напис|переда|указ|сочл|счел"
    r"|счёл|покая|возраз|возраж|настаива|сетова|сету|посетова|допуска|предполага|призна|опаса|убежд|цитир"
    r"|процитир|обеща|пообеща|предлож|предлага|потребова|требу|призва|призыва|комментир|прокомментир"
    r"|резюмир|подытож|выраз|объяв|аргумент|прогнозир|спрогнозир|исключ|подел|дел|соглас|попрос|прос|рекоменд"
    r"|порекоменд|посовет|совет|отрица|вспомина|вспомн|рассчитыва|намекн|намека|поклял|клян|клял|поруч|упомян|упомина|предсказ|предрек|предрёк|предостер|уведом|повтор|отчит|допуст|информир|проинформир|поведа|парир|хваст|похваст"
    r"|усомн|акцентир|пророч|напророч|разъясн|шут|пошут|подмет|подмеч|посчита|обязал|обязыва|скрыва)"
)

# Cues that state something only negated: "не исключил, что …" says it may be so.
NEGATED_ONLY = frozenset({"исключить", "исключать", "отрицать", "скрывать"})  # "не отрицает того, что …", "не скрывала, что …" admit it

# Cues whose content is an infinitive phrase ("Брюн предложил рассчитывать налог ...").
CALL_LEMMAS = frozenset("""обещать пообещать предложить предлагать потребовать требовать призвать призывать
    попросить просить рекомендовать порекомендовать посоветовать советовать поклясться клясться поручить
    поручать обязаться обязываться надеяться""".split())

# Cues that never take a "что"-clause of speech on their own ("выразил" needs "мнение о том", or a
# noun that is itself a belief: "выразил уверенность, что …").
NEEDS_TOM = frozenset({"выразить"})
BELIEF_NOUNS = frozenset("убеждение уверенность надежду надежда опасение опасения сомнение сожаление мнение".split())

# Cues that are attributions when they follow a quote but say nothing when they introduce a topic:
# "рассказал о работе", "объяснил, почему" are not quotations.
TOPIC_WORDS = frozenset("как почему зачем где когда куда откуда сколько ли".split())

# Animate nouns that are a person's role and refer back to a named speaker ("министр", "эксперт")
# are recognised by pymorphy3's tags; these animate nouns never name a speaker.
ANONYMOUS = frozenset("""
    источник источники очевидец очевидцы свидетель свидетели люди человек жители эксперты ученые
    учёные специалисты исследователи аналитики власти медики врачи многие некоторые участники синоптики метеорологи
    СМИ смИ пресса журналисты наблюдатели пользователи сми
""".split())


# Possessives before a role: "его дочь", "их мама" name nobody.
ROLE_OWNERS = frozenset("его ее её их мой моя наш наша свой своя".split())

# Words that make a speech verb impersonal: "можно предположить, что", "стоит отметить, что".
MODALS = frozenset("можно нужно надо стоит следует нельзя необходимо важно приходится".split())

# Never a speaker, whatever organisation follows ("источник «Вечерних Ведомостей»").
ALWAYS_ANONYMOUS = frozenset("источник источники очевидец очевидцы".split())

# Singular roles that speak for an organisation named right after them ("представитель МЧС").
SPOKES_LEMMAS = frozenset("представитель пресс-служба пресс-секретарь пресс-атташе сотрудник спикер официальный служба".split())

# a sentence's start: the text's, after a sentence's end and a space, or after a line break
SENTENCE_START = r"(?:^|(?<=[.!?…»\"]\s)|(?<=\n))"

# Inanimate nouns that stand for an organisation already named ("в ведомстве", "издание").
ORG_NOUNS = frozenset("""
    ведомство министерство управление служба пресс-служба издание газета журнал агентство телеканал
    радиостанция портал сайт общество сообщество организация компания партия мэрия администрация
    правительство прокуратура суд комитет совет фонд банк центр институт академия предприятие завод
    комбинат фабрика посольство консульство штаб больница университет театр клуб музей
    регулятор госкорпорация корпорация концерн холдинг ассоциация департамент оперштаб
    планетарий зоопарк библиотека поликлиника госпиталь лаборатория обсерватория филармония
    оркестр федерация лига союз инспекция палата дума ассамблея парламент кабмин гидрометцентр метеоцентр
    метеослужба команда госхолдинг медиахолдинг издательство фирма
""".split())

# Nouns for a celebrity that the dictionary reads as things ("звезда"): after "по словам" the person
# the article is about, as a role noun would be.
EPITHETS = frozenset("звезда знаменитость".split())

# People's nouns that stand for a company in the news ("Производитель уточняет", "Разработчики признали"):
# the company named, as "компания" would be, unless a person's name follows ("разработчик Иван Петров").
COMPANY_ROLES = frozenset("производитель автопроизводитель разработчик ритейлер застройщик девелопер перевозчик авиаперевозчик".split())

# Kinds of organisation whose quoted name follows them undeclined ("партии «Батькивщина»"), besides ORG_NOUNS.
ORG_KIND_WORDS = frozenset("движение объединение группа блок фракция".split())

# Bodies that speak under their common name ("Полиция предположила", "Прокуратура сообщила"): the
# noun is the speaker's name, not a reference back to an organisation named before.
SELF_NAMED = frozenset("полиция милиция прокуратура правительство кабмин парламент мэрия следствие".split())

# Media genre words: a name right after one of them is a channel ("газета «Коммерсант»").
MEDIA_GENRES = frozenset("""
    агентство агентства агентству ИА газета газеты газете журнал журнала журналу издание издания
    изданию телеканал телеканала телеканалу радиостанция радиостанции радио телекомпания
    телекомпании портал портала порталу сайт сайта сайту блог блоге микроблоге
""".split())

# News agencies and outlets known by name: a source even without a genre word.
KNOWN_MEDIA = frozenset(name.strip() for name in """
    ТАСС | ИТАР-ТАСС | РИА Новости | Интерфакс | Интерфакс-Украина | REGNUM | Regnum | Reuters | Рейтер |
    AP | AFP | Bloomberg | BBC | Би-би-си | CNN | РБК | Коммерсант | Ведомости | Известия | Газета.ru |
    Lenta.ru | Лента.ру | NEWSru.com | УНИАН | Укринформ | Маяк | Эхо Москвы | Twitter | Facebook |
    Daily Mail | DW-World | ТСН | НТВ | ZDF | ARD | Инопресса.ру | Associated Press | France-Presse |
    Франс Пресс | Синьхуа | Киодо | Kyodo | Yonhap | Euronews | Instagram | Инстаграм | Telegram | Телеграм |
    YouTube | Ютуб | ВКонтакте | LiveJournal | ЖЖ | TikTok | Фейсбук | Твиттер | Weibo | Одноклассники
""".split("|"))

# Short names of agencies, to their full names.
# an outlet keeps its name as the article writes it ("Франс Пресс", "Рейтер"); only a bare
# abbreviation is spelt out
MEDIA_ALIASES = {"AP": "Associated Press"}

# Verbs after which a media name is the channel a story came through ("передает ТАСС").
SOURCE_VERBS = frozenset("передавать сообщать писать цитировать информировать".split())

# Roles that stand for the outlet quoted before them ("отмечает автор статьи" after "пишет Le Monde").
AUTHOR_LEMMAS = frozenset("автор корреспондент обозреватель колумнист".split())

# Personal pronouns as speakers, with the gender they agree with.
PRONOUNS = {"он": "masc", "она": "femn"}
POSSESSIVES = {"его": "masc", "ее": "femn", "её": "femn"}

# Words after a comma that end the noun phrase naming a speaker.
NP_BREAKS = frozenset("""
    что чтобы который которая которое которые которого которой слова а но однако и передает
    сообщает пишет когда где как если так поэтому комментируя отвечая говоря выступая
""".split())

# Frequent words that are never a speaker, a role or a verb: skipped without asking pymorphy3.
FUNCTION_WORDS = frozenset("""
    в во на с со по из к ко о об обо за от до для при без под над через перед между у и а но или
    что чтобы это этот эта эти как также тоже уже еще ещё лишь только не ни же бы ли вчера сегодня
    завтра ранее накануне тогда теперь снова вновь даже именно всего почти более менее очень так
    там тут здесь где когда если то том тем так же всё все весь вся его ее её их свой своей своих
    один одна одно после около год года году время раз однако поэтому причем причём кроме иа
""".split())

# Endings of finite verb forms: only such words are checked for being another clause's verb.
FINITE_ENDINGS = re.compile(r"(?:л|ла|ло|ли|ет|ит|ют|ят|ут|ат|ется|ится|ются|ятся|лся|лась|лось|лись|ешь|ишь|ем|им)$")

# Researchers and staff: a group of them named with its institution speaks as it ("учёные из …").
RESEARCH_ROLES = (r"учён|учен|исследовател|специалист|сотрудник|эксперт|автор|медик|врач|биолог|физик|химик|генетик"
                  r"|вирусолог|астроном|психолог|социолог|археолог|инженер|экономист|аналитик")
# "учёные из …", and a team "специалистов под руководством Чжилэй Чэнь (Zhilei Chen) из …"
GROUP_OF = re.compile(r"(?<!\w)(?:" + RESEARCH_ROLES + r")\w*\s+(?:под\s+руководством\s+[^.;!?]{2,60}?\s+)?(?:из\s+)?$",
                      re.IGNORECASE)
# Determiners of another, unnamed part of a group ("некоторые исследователи", "другие учёные").
INDEFINITE = frozenset("некоторые другие многие иные одни отдельные ряд часть".split())
# A bare group of staff speaks for the one institution of its kind the article names ("Учёные
# обнаружили …" in an article on a study by one research centre); the kinds are words of the name.
_SCIENCE = r"университет|институт|центр(?:а|е|у|ом)?(?!\w)|лаборатор|академи|колледж|обсерватори"
# bodies whose people find things by research; a noun-object finding needs one of these, not a clinic
SCIENCE_BODIES = re.compile(_SCIENCE, re.IGNORECASE)
RESEARCH_BODIES = re.compile(_SCIENCE + r"|школ|клиник|больниц|госпитал", re.IGNORECASE)
# the documents of research, which their authors issue ("говорится в исследовании", "в публикации")
STUDIES = re.compile(r"исследовани|публикаци", re.IGNORECASE)  # "статья" is as often a news story
WEATHER_BODIES = re.compile(r"гидромет|гисметео|фобос|погод|метео", re.IGNORECASE)
# "медики" stay anonymous: the validation set reads them so even beside a named university.
STAFF_KINDS = {"учёный": RESEARCH_BODIES, "ученый": RESEARCH_BODIES, "исследователь": RESEARCH_BODIES,
               "синоптик": WEATHER_BODIES, "метеоролог": WEATHER_BODIES}
# The bare plurals that refer back to such a group ("по словам исследователей").
BARE_RESEARCHERS = frozenset("учёный ученый исследователь специалист".split())

# Words of when a channel reported, which leave it the one speaking ("сообщает Синьхуа в субботу").
WHEN_WORDS = frozenset("""
    в во сегодня вчера накануне утром днем днём вечером ночью понедельник вторник среду четверг пятницу
    субботу воскресенье января февраля марта апреля мая июня июля августа сентября октября ноября декабря
    январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре году
    ранее раньше уже также
""".split())


# adverbs of an earlier telling ("как ранее сообщал Х"), not of when the act took place
AS_ADVERBS = ("ранее", "уже", "раньше", "также", "неоднократно", "позднее", "впоследствии")


def tells_when(word: str) -> bool:
    """A word of when something was said ("в субботу", "17 января", "ранее"), not of who or where."""
    return word.isdigit() or word.lower() in WHEN_WORDS

# Words right before an outlet that report through it ("сообщает портал X", "по информации X");
# "по данным" gives data, not a report; "в распоряжении РИА Новости" is the outlet's material.
REPORT_NOUNS = frozenset("информации словам распоряжении".split())
REPORT_LEMMAS = frozenset("сообщать сообщить писать написать передавать передать утверждать информировать".split())

# "приводит слова Х", "передает слова Х": an outlet quoting somebody, like "цитирует"
QUOTING = re.compile(r"(?:приводит|приводят|привел[аи]?|привёл|переда[её]т|передают|передал[аи]?)\s+"
                     r"(?:слова|цитату|высказывани[ея]|сообщение|заявление)(?!\w)")
# "«…», – приводит РИА Новости ее слова", "приводит Football Italia слова Анчелотти": the outlet
# before the words of the one quoted, named by a pronoun or after them
QUOTING_WHOSE = re.compile(r"(?:приводит|приводят|привел[аи]?|привёл|переда[её]т|передают|передал[аи]?)\s+"
                           r"(?:[^\s,.;:!?]+\s+){0,3}?(?:(?P<whose>его|её|ее|их)\s+)?(?P<noun>слова|цитату|высказывани[ея])(?!\w)")
# "— цитирует его «Вечерняя Москва»": the one the pronoun refers to speaks, the outlet after it is the channel
CITED_WHOM = re.compile(r"цитиру(?:ет|ют)\s+(?P<whose>его|её|ее|их)\s+(?=[«\"“„A-ZА-ЯЁ])")

# "в документе, имеющемся в распоряжении «Известий»": the words before the one who holds a document
HELD_IN = r"(?:имеется|имеются|есть|оказал\w*|имеющ\w+|оказавш\w+)\s+в\s+распоряжении\s"

# "в МИД заявили": a body spoken in; the prepositions that make a name no subject ("Буго из … университета")
LOCATIVE = frozenset({"в", "во"})
PREPOSITIONS = frozenset("о об обо про для от с со к ко у по при без на за из над под через между перед".split())

# Social networks: where something was written ("в Instagram"), a network's accounts too, and companies
# as well ("иск против Telegram. Компания заявляет …")
SOCIAL = frozenset("ВКонтакте Вконтакте ВК VK Twitter Instagram Facebook YouTube Telegram Одноклассники TikTok WhatsApp".split())
# the networks' names as channels (`quotes.posted_on`), Cyrillic spellings too
NETWORK_NAMES = SOCIAL | frozenset("Инстаграм Твиттер Фейсбук Телеграм Ютуб".split())

# the impersonal verbs of a document's statement ("как отмечается в докладе", "В статье утверждается")
IMPERSONAL_VERBS = r"(?:отмечается|сообщается|говорится|указывается|подчеркивается|подчёркивается|утверждается|уточняется)"
