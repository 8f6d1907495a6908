"""Quotations: tables of sentences → the quotation expected (speaker, cue, source, direct, text),
negatives, the quotation-mark pairing, channel base forms, the seed page, and the quality floors
on the hand-annotated DAnIEL articles (tests/data/quotes_gold.jsonl)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from svodka.enrich import Enricher
from svodka.enrich.quotes_marks import quoted_segments
from svodka.extract import extract
from svodka.model import Quote

REPO = Path(__file__).resolve().parents[1]


# sentence, speaker, cue, source, direct, text (None: not checked)
ONE_QUOTE = [
    ("«Мы не планируем повышать тарифы в этом году», — сказал министр энергетики Николай Шульгинов.",
     "Николай Шульгинов", "сказал", None, True, "Мы не планируем повышать тарифы в этом году"),
    ('"Рынок уже прошел дно", - заявил Герман Греф.',
     "Герман Греф", "заявил", None, True, "Рынок уже прошел дно"),
    ("Глава Минфина Антон Силуанов заявил, что бюджет будет исполнен с профицитом.",
     "Антон Силуанов", "заявил", None, False, "бюджет будет исполнен с профицитом"),
    ("Экономист Наталья Зубаревич считает, что зарплаты в регионах продолжат снижаться.",
     "Наталья Зубаревич", "считает", None, False, "зарплаты в регионах продолжат снижаться"),
    ("По словам Сергея Шойгу, учения пройдут в конце месяца.",
     "Сергей Шойгу", "по словам", None, False, "учения пройдут в конце месяца"),
    ("Как сообщил губернатор Андрей Воробьев, движение по трассе восстановлено.",
     "Андрей Воробьев", "как сообщил", None, False, "движение по трассе восстановлено"),
    ("Рост цен замедлился в третьем квартале, сообщил глава Сбербанка Герман Греф.",
     "Герман Греф", "сообщил", None, False, "Рост цен замедлился в третьем квартале"),
    ("Владимир Потанин: «Компания сохранит все рабочие места и не будет сокращать зарплаты».",
     "Владимир Потанин", None, None, True, "Компания сохранит все рабочие места и не будет сокращать зарплаты"),
    ("– Мы ждем урожай не ниже прошлогоднего, – сообщил министр сельского хозяйства Дмитрий Патрушев.",
     "Дмитрий Патрушев", "сообщил", None, True, "Мы ждем урожай не ниже прошлогоднего"),
    ("«Решение будет принято до конца месяца», — сказал Дмитрий Песков, передает ТАСС.",
     "Дмитрий Песков", "сказал", "ТАСС", True, "Решение будет принято до конца месяца"),
    ("«Мы открыты для переговоров с Вашингтоном», — сказал Сергей Лавров РИА Новости.",
     "Сергей Лавров", "сказал", "РИА Новости", True, None),
    ("Это решение ошибочно, заявил Алексей Кудрин в интервью газете «Ведомости».",
     "Алексей Кудрин", "заявил", "Ведомости", False, "Это решение ошибочно"),
    ("В МВД сообщили, что задержаны трое подозреваемых.",
     "МВД", "сообщили", None, False, "задержаны трое подозреваемых"),
    ("Пожар на складе в Подольске потушен, сообщает РИА Новости.",
     "РИА Новости", "сообщает", None, False, "Пожар на складе в Подольске потушен"),
    ("Олег Дерипаска предложил снизить ставку налога для экспортеров.",
     "Олег Дерипаска", "предложил", None, False, "снизить ставку налога для экспортеров"),
    ("Завод будет модернизирован к 2025 году. Об этом сообщил губернатор Алексей Дюмин.",
     "Алексей Дюмин", "сообщил", None, False, "Завод будет модернизирован к 2025 году"),
    ("Выборы пройдут в марте, передает корреспондент ИА REGNUM.",
     "REGNUM", "передает", None, False, "Выборы пройдут в марте"),
    ("Между тем, утверждает экономист Евгений Гонтмахер, денег на реформу в бюджете нет.",
     "Евгений Гонтмахер", "утверждает", None, False, "денег на реформу в бюджете нет"),
    ("Министр финансов Антон Силуанов прогнозирует, что инфляция замедлится.",
     "Антон Силуанов", "прогнозирует", None, False, "инфляция замедлится"),
    # a body named by its common noun speaks under that name, in the base form
    ("Полиция сразу предположила, что квартиру подожгли с целью скрыть убийство.",
     "Полиция", "предположила", None, False, "квартиру подожгли с целью скрыть убийство"),
    ("Прокуратура Москвы потребовала арестовать подозреваемого.",
     "Прокуратура Москвы", "потребовала", None, False, "арестовать подозреваемого"),
    ("Убийство раскрыто. В полиции сообщили, что задержаны двое.",
     "Полиция", "сообщили", None, False, "задержаны двое"),
    # a document speaks for its issuer, named after it
    ("Учения завершены по плану, говорится в заявлении Минобороны.",
     "Минобороны", "говорится в заявлении", None, False, "Учения завершены по плану"),
    # "Об этом …" at the plant: the organisation named before speaks
    ("Завод «Уралмаш» увеличил выпуск экскаваторов вдвое. Об этом сообщили на предприятии.",
     "Уралмаш", "сообщили", None, False, "Завод «Уралмаш» увеличил выпуск экскаваторов вдвое"),
    # "со ссылкой на" a party left unnamed: the outlet speaks; a named one speaks through the outlet
    ("Еще 38 человек погибли в городе Эн-Насирия, сообщает Reuters со ссылкой на местные власти.",
     "Reuters", "сообщает", None, False, "Еще 38 человек погибли в городе Эн-Насирия"),
    ("В порту начался пожар, сообщает Reuters со ссылкой на источник в полиции.",
     "Reuters", "сообщает", None, False, "В порту начался пожар"),
    ("Еще 38 человек погибли в результате теракта, сообщает Reuters со ссылкой на МВД Ирака.",
     "МВД", "сообщает", "Reuters", False, "Еще 38 человек погибли в результате теракта"),
    # a hyphen-minus attribution after a quote with quotation marks nested inside, initials glued on
    ('"Метод назвали "прорывом". Он подойдет не всем пациентам", - комментирует В.Путин.',
     "В.Путин", "комментирует", None, True, 'Метод назвали "прорывом". Он подойдет не всем пациентам'),
    # bare "авторы": the paper or group named just before speaks
    ("Результаты исследования опубликованы в журнале Nature Medicine. Авторы пишут, что новый препарат "
     "снижает риск инфаркта на треть.",
     "Nature Medicine", "пишут", None, False, "новый препарат снижает риск инфаркта на треть"),
    ("В статье, опубликованной в журнале Science, авторы отмечают, что ледники тают быстрее, чем считалось.",
     "Science", "отмечают", None, False, "ледники тают быстрее, чем считалось"),
    # one straight mark closes the inner and the outer quotation before the attribution
    ('"Помогли новые линии. Сыграл роль и статус города как "Столицы молодежи", - добавил Иван Петров.',
     "Иван Петров", "добавил", None, True, 'Помогли новые линии. Сыграл роль и статус города как "Столицы молодежи"'),
    ("В сети появилось заявление, подписанное «Фронт освобождения Севера». Авторы утверждали, что взрыв "
     "устроили их сторонники.",
     "Фронт освобождения Севера", "утверждали", None, False, "взрыв устроили их сторонники"),
]


@pytest.mark.parametrize(("text", "speaker", "cue", "source", "direct", "content"), ONE_QUOTE,
                         ids=[f"one-{i}" for i in range(len(ONE_QUOTE))])
def test_one_quotation(quotes_in: Callable[[str], list[Quote]], text: str, speaker: str, cue: str | None,
                       source: str | None, direct: bool, content: str | None) -> None:
    quotes = quotes_in(text)
    assert len(quotes) == 1, quotes
    q = quotes[0]
    assert (q.speaker, q.cue, q.source, q.direct) == (speaker, cue, source, direct)
    assert text[q.start:q.stop] == q.text
    if content is not None:
        assert q.text == content


# the speaker as written (its base form is the entity step's): a foreign surname the dictionary does
# not know ("Синха", guessed as a genitive) still names the one who speaks after the verb
SPOKEN_BY = [
    ('"Мы очень воодушевлены возможностями метода", - комментирует С.Синха.', "С.Синха"),
    ('"Метод подойдет не всем пациентам клиники", - сказал Б.Мукерджа.', "Б.Мукерджа"),
    ("«Мы рассчитываем на поддержку партнеров», — заявил Рамачандра Гуха.", "Рамачандра Гуха"),
]


@pytest.mark.parametrize(("text", "written"), SPOKEN_BY, ids=[f"spoken-by-{i}" for i in range(len(SPOKEN_BY))])
def test_unknown_surname_speaks(quotes_in: Callable[[str], list[Quote]], text: str, written: str) -> None:
    [q] = quotes_in(text)
    assert q.speaker_type == "PER" and q.speaker.split()[-1][:3] == written.split()[-1][:3]


# texts with several sentences: every quotation's (speaker, cue, source)
SEVERAL = [
    # initials glued to a surname name the person written in full before
    ("По мнению руководителя проекта Игоря Семенова, метод можно применять в клиниках. \"Мы очень довольны "
     "результатами\", - комментирует И.Семенов.",
     [("Игорь Семенов", "по мнению", None), ("Игорь Семенов", "комментирует", None)]),
    # "Об этом сообщили …, <verb>, что …": the cue says both what came before and the "что"-clause
    ("Выручка компании «Северсталь» за год выросла на треть. Об этом сегодня сообщили в компании, подчерув, "
     "что зарплаты рабочих тоже вырастут.", [("Северсталь", "сообщили", None)] * 2),
    ("Выручка компании «Северсталь» за год выросла на треть. Об этом сегодня сообщили в компании, отметив, "
     "что зарплаты рабочих тоже вырастут.", [("Северсталь", "сообщили", None), ("Северсталь", "отметив", None)]),
    # a pronoun goes back to the last person named
    ("Мэр Москвы Сергей Собянин открыл новую станцию метро. Он добавил, что до конца года откроются "
     "еще три станции.", [("Сергей Собянин", "добавил", None)]),
    # a role goes back to the person, the second part of a split quotation shares the speaker
    ("Министр здравоохранения Михаил Мурашко посетил больницу в Твери. «Оборудование здесь современное, — "
     "отметил министр. — Но врачей не хватает»", [("Михаил Мурашко", "отметил", None)] * 2),
    # the verb's gender picks the woman
    ("Дмитрий Медведев и Валентина Матвиенко встретились в Кремле. «Закон будет принят весной», — "
     "сказала она.", [("Валентина Матвиенко", "сказала", None)]),
    # a channel named for the paragraph applies to each of its quotations
    ("Сергей Лавров заявил, что Москва готова к диалогу. «Мы открыты для переговоров», — подчеркнул "
     "министр (цитаты по «Интерфаксу»).", [("Сергей Лавров", "заявил", "Интерфакс"),
                                          ("Сергей Лавров", "подчеркнул", "Интерфакс")]),
    # but not to the next paragraph's
    ("«Спрос на жилье растет», — сказал Марат Хуснуллин, передает ТАСС.\n«Ипотека останется "
     "льготной», — добавил он.", [("Марат Хуснуллин", "сказал", "ТАСС"), ("Марат Хуснуллин", "добавил", None)]),
    # "цитирует политика УНИАН": the politician spoke, the agency is the channel
    ("Лидер партии Арсений Яценюк выступил в Раде. «Резервы за три месяца просели на семь миллиардов», — "
     "цитирует политика УНИАН.", [("Арсений Яценюк", "цитирует", "УНИАН")]),
    # a document speaks for the issuer named where it was mentioned before
    ("Данные содержатся в исследовании Центров по контролю и предотвращению заболеваний. Как отмечается в "
     "докладе, близнецов стало вдвое больше, передает ИТАР-ТАСС.",
     [("Центры по контролю и предотвращению заболеваний", "как отмечается в докладе", "ИТАР-ТАСС")]),
    # "об этом говорится в заявлении X" after "как сообщили в посольстве": X speaks, the paper is the channel
    ("Урегулирования конфликта можно добиться только на переговорах. Как сообщили РБК в посольстве Германии, "
     "об этом говорится в заявлении министерства иностранных дел (МИД) ФРГ.",
     [("МИД", "говорится в заявлении", "РБК")]),
    ("Поставки зерна возобновятся в марте. Об этом говорится в сообщении Минсельхоза.",
     [("Минсельхоз", "говорится в сообщении", None)]),
    # researchers from a named institute speak as it, and so do the bare "исследователи" later; the
    # "как"-clause in the middle of a sentence leaves the whole sentence one quotation
    ("Кофе продлевает жизнь, как утверждают исследователи из Института медицинских исследований, но не всем.\n"
     "Опыт длился год. При этом снизилось и давление, сообщили исследователи.",
     [("Институт медицинских исследований", "как утверждают", None),
      ("Институт медицинских исследований", "сообщили", None)]),
    # an organisation noun goes back to the organisation that spoke
    ("В Минобороны сообщили, что учения завершены. В ведомстве добавили, что техника вернулась в части.",
     [("Минобороны", "сообщили", None), ("Минобороны", "добавили", None)]),
    # a subject between "Об этом" and the verb speaks; the programme after it is the channel
    ("Режиссер Никита Михалков снял новый фильм о войне. Об этом режиссер заявил в эфире радиостанции «Маяк».",
     [("Никита Михалков", "заявил", "Маяк")]),
    # a network after "в" is where it was posted, not who posted it: the channel (since stop 30)
    ("Певица Анна Петрова на своей странице в Instagram написала, что альбом выйдет осенью.",
     [("Анна Петрова", "написала", "Instagram")]),
    # a role goes back to the person introduced with it, not to the last person named
    ("Писатель Игорь Смирнов выступил на форуме. Журналисты Павел Орлов и Олег Белов задали ему вопросы. "
     "Писатель отметил, что книга выйдет весной.", [("Игорь Смирнов", "отметил", None)]),
    # "супруга Быкова" is Быков's wife: the woman named before
    ("Актриса Ольга Рябова опубликовала новое фото. «Мы скоро переезжаем в другой город», — написала "
     "супруга Быкова.", [("Ольга Рябова", "написала", None)]),
    # an anonymous source cited leaves the agency the speaker, whoever is named after it
    ("Завод закроют в мае, сообщает ТАСС со ссылкой на источник в администрации губернатора Ивана Белова.",
     [("ТАСС", "сообщает", None)]),
    ("Россия провела испытание новой ракеты, о чем заявил министр обороны Сергей Шойгу.",
     [("Сергей Шойгу", "заявил", None)]),
    # a link title glued into a line, and a first-person statement signed by the next line
    ("Новости\nГлавное за день. Курс рубля вырос ...Дмитрий Песков: «Решение будет принято позже» ...Погода",
     [("Дмитрий Песков", None, None)]),
    ("Обращение\nВыражаю глубокие соболезнования родным и близким погибших в аварии.\nГубернатор Иван Петров",
     [("Иван Петров", None, None)]),
    # the subject before a gerund clause with commas of its own
    ("Алексей Кузнецов, отвечая на вопрос, почему он не играет за клуб «Динамо», заявил, что хочет отдохнуть.",
     [("Алексей Кузнецов", "заявил", None)]),
]


@pytest.mark.parametrize(("text", "expected"), SEVERAL, ids=[f"several-{i}" for i in range(len(SEVERAL))])
def test_several(quotes_in: Callable[[str], list[Quote]], text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(q.speaker, q.cue, q.source) for q in quotes_in(text)] == expected


NOT_QUOTES = [
    "Группа «Коррозия металла» выпустила новый альбом.",
    "Акции «Газпрома» подешевели на 2% на торгах в среду.",
    "Эксперты считают, что рынок восстановится к осени.",
    "По данным Росстата, инфляция в октябре составила 4%.",
    "Министр рассказал о планах ведомства на следующий год.",
    "На плакатах было написано «Нет повышению пенсионного возраста».",
    "«Мы не сдадимся», — сказал источник в правительстве.",
    "Как сообщалось ранее, завод закрыли в прошлом году.",
    "Ученые выяснили, что кофе продлевает жизнь.",
    "При этом снизилось и количество токсинов, сообщили исследователи.",
    "Фильм «Москва слезам не верит» покажут по телевизору в субботу.",
    "Как отмечается в докладе, число пациентов выросло вдвое, передает ТАСС.",
    "По мнению специалистов, цены вырастут к весне, сообщает ТАСС.",
    "«Мы не сдадимся», — пояснили «Вечерним новостям» в пресс-службе.",
    # a page title: headline, section, site
    "Шоколад полезен для здоровья - Наука - Vesti.kz\nОбсуждение последних сплетен объединяет людей.",
    # "авторы" with their own dependent are described, not the organisation before them
    "Компания «Газпром» отчиталась о прибыли. Авторы книги считают, что реформа провалилась.",
    "Журнал Science вышел в пятницу. Авторы новой разработки утверждают, что лекарство поможет всем.",
    # a headline "Х: …" that is a topic, not a statement
    "Принцесса Анна Виндзорская: редкие фото и интересные факты\nПринцесса родилась в 1950 году.",
    # a question, an impersonal verb, figures, somebody's unnamed kin, a deed
    "Маргарита Иванова рассказала, что бы она изменила в своей жизни.",
    "Можно предположить, что цены вырастут.",
    "Согласно данным Минздрава, число больных снизилось.",
    "Королева Елизавета спросила детей о сестре. На что их мама ответила, что все наоборот.",
    "На продюсера подали заявление после того, как он передал квартиру своему помощнику.",
]


@pytest.mark.parametrize("text", NOT_QUOTES, ids=[f"not-{i}" for i in range(len(NOT_QUOTES))])
def test_not_a_quotation(quotes_in: Callable[[str], list[Quote]], text: str) -> None:
    assert quotes_in(text) == []


PAIRS = [
    ("«Газпром» и «Роснефть»", ["Газпром", "Роснефть"]),
    ("«Он сказал: „Нет“ и ушел»", ["Он сказал: „Нет“ и ушел"]),
    ('"Считаю "боевика" опасным", - сказал он', ['Считаю "боевика" опасным']),
    ('"Динамо" - хороший клуб, но я думаю иначе", - сказал агент', ['Динамо" - хороший клуб, но я думаю иначе']),
    ('"Помог и статус города как "Столицы молодежи", - добавил он', ['Помог и статус города как "Столицы молодежи']),
    ('"Мы назвали его "Орлом", а потом передумали", - сказал он', ['Мы назвали его "Орлом", а потом передумали']),
    ("«Начало без конца", ["Начало без конца"]),
    ("“English style” quotes", ["English style"]),
]


@pytest.mark.parametrize(("text", "inside"), PAIRS, ids=[f"marks-{i}" for i in range(len(PAIRS))])
def test_quotation_marks(text: str, inside: list[str]) -> None:
    assert [text[q.start:q.stop] for q in quoted_segments(text, 0, len(text))] == inside


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('аб «»"„“” ,.-—')), max_size=60))
def test_quotation_marks_stay_inside_the_paragraph(text: str) -> None:
    segments = quoted_segments(text, 0, len(text))
    for q in segments:
        assert 0 <= q.start <= q.stop <= len(text)
    starts = [q.start for q in segments]
    assert starts == sorted(starts)


SOURCES = [
    ("«Это была ошибка», — сказал Иван Петров (цитаты по «Интерфаксу»).", "Интерфакс"),
    ("Министр Иван Петров приехал в Тверь. «Это была ошибка», — цитирует его «Вечерняя Москва».", "Вечерняя Москва"),
    ("«Это была ошибка», — сказал Иван Петров в эфире «Эха Москвы».", "Эхо Москвы"),
    ("«Это была ошибка», — заявил Иван Петров «Вечерним Ведомостям».", "Вечерние Ведомости"),
    ("«Это была ошибка», — сказал Иван Петров, сообщает агентство Associated Press.", "Associated Press"),
    ("«Это была ошибка», — сказал Иван Петров, пишет Daily Mail.", "Daily Mail"),
    ("«Это была ошибка», — сказал Иван Петров, передает РИА \"Новости\".", "РИА Новости"),
    ("Иван Петров заявил, что это была ошибка, сообщает AP.", "Associated Press"),
    ("Иван Петров заявил со ссылкой на Bloomberg, что это была ошибка.", "Bloomberg"),
    ("Это была ошибка, сообщил Lsm.lv министр Иван Петров.", "Lsm.lv"),
    # a quoted name after the verb is a channel told only in the dative of its head noun
    ("Напомним, эксперт Иван Петров из «Консалтинговой группы А-95» заявил, что это была ошибка.", None),
]


@pytest.mark.parametrize(("text", "source"), SOURCES, ids=[f"source-{i}" for i in range(len(SOURCES))])
def test_source_base_form(quotes_in: Callable[[str], list[Quote]], text: str, source: str) -> None:
    assert [q.source for q in quotes_in(text)] == [source]


def test_short_quote_with_attribution(quotes_in: Callable[[str], list[Quote]]) -> None:
    [q] = quotes_in("«Ни в коем случае», — ответил Сергей Лавров.")
    assert (q.text, q.speaker, q.cue) == ("Ни в коем случае", "Сергей Лавров", "ответил")


def test_offsets_index_the_article_text(quotes_in: Callable[[str], list[Quote]]) -> None:
    text = "Заголовок\n«Первое предложение цитаты здесь», — сказал Сергей Лавров.\nЕще абзац."
    [q] = quotes_in(text)
    assert text[q.start:q.stop] == q.text == "Первое предложение цитаты здесь"


def test_seed(shared: Path, need: Callable[[Path], Path], enricher: Enricher) -> None:
    page = need(shared / "seed" / "000_cac326ca777fe690.txt").read_bytes()
    article = enricher.enrich(extract(page, name="seed"))
    lavrov = [q for q in article.quotes if q.speaker == "Сергей Лавров"]
    assert len(lavrov) == 4 and all(q.speaker_type == "PER" for q in lavrov)
    begin = article.text.index(article.body[2])
    third = [q for q in lavrov if begin <= q.start and q.stop <= begin + len(article.body[2])]
    assert len(third) == 2 and {q.source for q in third} == {"Интерфакс"}
    assert all(q.source is None for q in article.quotes if q not in third)
    # "МИД потребовал срочного ответа от США" (a demand with a noun phrase) and "Также там заявили, что
    # готовы «сразу» приступить к переговорам": the ministry
    assert [(q.speaker, q.speaker_type) for q in article.quotes if q not in lavrov] == [("МИД", "ORG")] * 2


# --- eval gate: the hand annotation (bench/bench_quotes.py prints the same figures) ----------

# "train": the annotation the extractor was tuned on, measured 0.958 / 0.923; "valid": 25 articles
# annotated before the extractor saw them (and tuned on since), measured 0.941 / 0.923; "dev": 32
# articles annotated blind (measured blind 0.768 / 0.642), a development set since 2026-11-30,
# measured 0.984 / 0.925 after rules were written from its misses;
# "holdout": 32 articles annotated blind whose misses nobody has read (only aggregate figures are
# ever printed for it), measured 0.789 / 0.500 blind, then 0.836 / 0.678 once interview transcripts
# were read, a rule its guidelines settled (quotes_transcript.py).
# Since stop 8 the holdout is a development set (its misses read), measured .893 / .744 then;
# "silver_a" / "silver_b": 2020 articles of many outlets (tests/data/README_quotes.md), blind at
# first (.738 / .413 and .786 / .623); A a development set since, B still blind (aggregates only);
# "silver_c" / "silver_d": the sample's batch 2, blind at first (.741 / .522 and .708 / .477 with the
# rules of this stop), C a development set since, D blind; "silver_e" / "silver_f": batch 3, blind at
# first (.716 / .518 and .774 / .644), E a development set since, F blind; "silver_g" / "silver_h":
# batch 4 (stop 9), blind at first (.667 / .522 and .768 / .534), G a development set since, H blind;
# "silver_i" / "silver_j": batch 5 (stop 10), blind at first (.727 / .571 and .845 / .607), I a
# development set since, J blind; "silver_k" / "silver_l": batch 6 (stop 10), blind at first (.759 /
# .589 and .831 / .622), K a development set since, L blind; "silver_m" / "silver_n": batch 7 (stop
# 10), blind at first (.795 / .549 and .738 / .539), M a development set since, N blind; "silver_o" /
# "silver_p": batch 8 (stop 10), blind at first (.667 / .510 and .743 / .531), O a development set
# since, P blind; "silver_q" / "silver_r": batch 9 (stop 11), blind at first (.628 / .513 and .768 /
# .570), Q a development set since, R blind; "silver_s" / "silver_t": batch 10 (stop 11), blind at first
# (.710 / .469 and .725 / .568), S a development set since, T blind; "silver_u" / "silver_v", "silver_w" /
# "silver_x": batches 11 and 12 (stop 12), blind at first (.816 / .549, .718 / .495, .630 / .447 and
# .896 / .623), U and W development sets since, V and X blind; "silver_y" / "silver_z", "silver_aa" /
# "silver_ab": batches 13 and 14 (stop 13), blind at first (.758 / .595, .793 / .624, .821 / .616 and
# .774 / .558), Y and AA development sets since, Z and AB blind; "silver_ac" / "silver_ad": batch 15
# (stop 14), blind at first (.693 / .594 and .770 / .559), AC a development set since, AD blind;
# "silver_ae" / "silver_af": batch 16 (stop 14), blind at first (.736 / .624 and .732 / .526), AE a
# development set since, AF blind; "silver_ag" / "silver_ah", "silver_ai" / "silver_aj": batches 17 and 18
# (stop 15), blind at first (.847 / .675, .814 / .579, .650 / .500 and .779 / .522), AG and AI
# development sets since, AH and AJ blind; "silver_ak" / "silver_al": batch 19 (stop 16), blind at first
# (.722 / .483 and .771 / .557), AK a development set since, AL blind; "silver_am" / "silver_an": batch 20
# (stop 17), blind at first (.786 / .623 and .804 / .634), AM a development set since, AN blind;
# "silver_ao" / "silver_ap": batch 21 (stop 18), blind at first (.854 / .657 and .759 / .525), AO a
# development set since, AP blind; "silver_aq" / "silver_ar": batch 22 (stop 19), blind at first (.638 /
# .517 and .728 / .573), AQ a development set since, AR blind; "silver_as" / "silver_at": batch 23 (stop 19),
# blind at first (.733 / .579 and .812 / .590), AS a development set since, AT blind; "silver_au" /
# "silver_av": batch 24 (stop 19), blind at first (.780 / .484 and .800 / .648), AU a development set since,
# AV blind; "silver_aw" / "silver_ax": batch 25 (stop 19), blind at first (.821 / .623 and .810 / .474), AW a
# development set since, AX blind; "silver_ay" / "silver_az": batch 26 (stop 19), blind at first (.780 / .563
# and .667 / .447), AY a development set since, AZ blind; "silver_ba" / "silver_bb": batch 27 (stop 20), blind at
# first (.783 / .589 and .803 / .492), BA a development set since, BB blind; "silver_bc" / "silver_bd": batch 28
# (stop 21), blind at first (.831 / .711 and .742 / .523), BC a development set since, BD blind; "silver_be" /
# "silver_bf": batch 29 (stop 21), blind at first (.750 / .441 and .819 / .518), BE a development set since, BF
# blind; "silver_bg" / "silver_bh": batch 30 (stop 21), blind at first (.846 / .564 and .735 / .532), BG a
# development set since, BH blind; "wire_a" / "wire_b": the Collection5 news-wire sample (stop 23, the
# DAnIEL articles' era), both blind (.861 / .701 and .600 / .440 when first scored); "wire_c" to "wire_f": its
# second batch (stop 23), blind at first (.700 / .479, .649 / .425, .828 / .570, .784 / .417), development sets since.
# valid's precision floor went from .93 to .91 at stop 8: "Следствие сообщило о раскрытии убийства"
# is now a statement (silver B's rule: a noun of a state or action), which valid's annotator left out;
# and from .91 to .90 at stop 10: "Блок … обвинила главу кабмина … в узурпации власти" is an accusation
# (silver G's rule), annotated in the holdout's copy of the same wire text and not in valid's.
FLOORS = {"train": {"precision": 0.94, "recall": 0.92}, "valid": {"precision": 0.90, "recall": 0.90},
          "dev": {"precision": 0.98, "recall": 0.92}, "holdout": {"precision": 0.93, "recall": 0.84},
          "silver_a": {"precision": 0.88, "recall": 0.78}, "silver_b": {"precision": 0.80, "recall": 0.66},
          "silver_c": {"precision": 0.81, "recall": 0.64}, "silver_d": {"precision": 0.72, "recall": 0.53},
          "silver_e": {"precision": 0.80, "recall": 0.61}, "silver_f": {"precision": 0.77, "recall": 0.63},
          "silver_g": {"precision": 0.65, "recall": 0.50}, "silver_h": {"precision": 0.75, "recall": 0.52},
          "silver_i": {"precision": 0.75, "recall": 0.60}, "silver_j": {"precision": 0.82, "recall": 0.60},
          "silver_k": {"precision": 0.77, "recall": 0.60}, "silver_l": {"precision": 0.80, "recall": 0.59},
          "silver_m": {"precision": 0.80, "recall": 0.56}, "silver_n": {"precision": 0.71, "recall": 0.51},
          "silver_o": {"precision": 0.64, "recall": 0.48}, "silver_p": {"precision": 0.71, "recall": 0.50},
          "silver_q": {"precision": 0.60, "recall": 0.48}, "silver_r": {"precision": 0.74, "recall": 0.54},
          "silver_s": {"precision": 0.68, "recall": 0.44}, "silver_t": {"precision": 0.70, "recall": 0.54},
          "silver_u": {"precision": 0.78, "recall": 0.52}, "silver_v": {"precision": 0.69, "recall": 0.47},
          "silver_w": {"precision": 0.60, "recall": 0.42}, "silver_x": {"precision": 0.86, "recall": 0.60},
          "silver_y": {"precision": 0.74, "recall": 0.57}, "silver_z": {"precision": 0.76, "recall": 0.59},
          "silver_aa": {"precision": 0.80, "recall": 0.59}, "silver_ab": {"precision": 0.74, "recall": 0.52},
          "silver_ac": {"precision": 0.68, "recall": 0.57}, "silver_ad": {"precision": 0.73, "recall": 0.52},
          "silver_ae": {"precision": 0.69, "recall": 0.58}, "silver_af": {"precision": 0.69, "recall": 0.48},
          "silver_ag": {"precision": 0.81, "recall": 0.62}, "silver_ah": {"precision": 0.77, "recall": 0.53},
          "silver_ai": {"precision": 0.61, "recall": 0.47}, "silver_aj": {"precision": 0.74, "recall": 0.51},
          "silver_ak": {"precision": 0.69, "recall": 0.45}, "silver_al": {"precision": 0.74, "recall": 0.52},
          "silver_am": {"precision": 0.75, "recall": 0.59}, "silver_an": {"precision": 0.77, "recall": 0.60},
          "silver_ao": {"precision": 0.82, "recall": 0.62}, "silver_ap": {"precision": 0.72, "recall": 0.49},
          "silver_aq": {"precision": 0.60, "recall": 0.48}, "silver_ar": {"precision": 0.69, "recall": 0.54},
          "silver_as": {"precision": 0.70, "recall": 0.55}, "silver_at": {"precision": 0.77, "recall": 0.56},
          "silver_au": {"precision": 0.74, "recall": 0.45}, "silver_av": {"precision": 0.76, "recall": 0.61},
          "silver_aw": {"precision": 0.78, "recall": 0.59}, "silver_ax": {"precision": 0.77, "recall": 0.44},
          "silver_ay": {"precision": 0.74, "recall": 0.53}, "silver_az": {"precision": 0.63, "recall": 0.41},
          "silver_ba": {"precision": 0.75, "recall": 0.56}, "silver_bb": {"precision": 0.77, "recall": 0.46},
          "silver_bc": {"precision": 0.80, "recall": 0.68}, "silver_bd": {"precision": 0.71, "recall": 0.49},
          "silver_be": {"precision": 0.72, "recall": 0.41}, "silver_bf": {"precision": 0.79, "recall": 0.49},
          "silver_bg": {"precision": 0.81, "recall": 0.53}, "silver_bh": {"precision": 0.70, "recall": 0.50},
          "wire_a": {"precision": 0.83, "recall": 0.67}, "wire_b": {"precision": 0.57, "recall": 0.41},
          "wire_c": {"precision": 0.67, "recall": 0.45}, "wire_d": {"precision": 0.62, "recall": 0.40},
          "wire_e": {"precision": 0.80, "recall": 0.54}, "wire_f": {"precision": 0.75, "recall": 0.39}}


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_quotes", REPO / "bench" / "bench_quotes.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_quotes"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def silver(bench: ModuleType, shared: Path, need: Callable[[Path], Path]) -> dict[str, str]:
    """The texts of every silver-threads article annotated, read once (the file holds 4,605)."""
    need(shared / "data" / "stories" / "silver-threads-2020-05-03")
    ids = {pid for part, path in bench.SETS.items() if part.startswith("silver") for pid in bench.read_gold(path)}
    return dict(bench.read_silver(shared / "data", ids))


@pytest.mark.eval
@pytest.mark.parametrize("part", list(FLOORS))
def test_quality_floor(bench: ModuleType, shared: Path, need: Callable[[Path], Path],
                       quotes_in: Callable[[str], list[Quote]], request: pytest.FixtureRequest, part: str) -> None:
    need(shared / "data" / "extract" / "daniel-ru-dev" / "gold.jsonl")
    gold = bench.read_gold(bench.SETS[part])
    if part.startswith("silver"):  # asked for here: without the silver file the DAnIEL parts still run
        texts = {pid: request.getfixturevalue("silver")[pid] for pid in gold}
    elif part.startswith("wire"):
        need(shared / "data" / "ner" / "collection5" / "ne5.raw.jsonl.gz")
        texts = bench.read_wire(shared / "data", set(gold))
    else:
        texts = bench.read_bodies(shared / "data", set(gold))
    pred = {pid: [bench.Found(q.text, q.speaker, q.start, q.stop, q.direct, q.source) for q in quotes_in(text)]
            for pid, text in texts.items()}
    with_speaker = bench.score(gold, pred)["speaker"]
    assert with_speaker["precision"] >= FLOORS[part]["precision"], with_speaker
    assert with_speaker["recall"] >= FLOORS[part]["recall"], with_speaker
