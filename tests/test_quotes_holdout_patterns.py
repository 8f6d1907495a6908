"""Speakers and cues written from the former holdout's misses (opened at stop 8), one row per
general pattern with invented sentences → every quotation of the text, in order, as (speaker, the
start of its content)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from svodka.model import Quote

# text, [(speaker, the first words of the quote's text), ...]
PATTERNS = [
    # a belief stated with "выразил убеждение / уверенность / надежду, что"
    ("Министр Ирина Петрова посетила больницу. И.Петрова выразила убеждение, что центр откроется в срок.",
     [("Ирина Петрова", "центр откроется")]),
    ("Глава района Олег Сомов выразил надежду, что дорогу достроят к лету.", [("Олег Сомов", "дорогу достроят")]),
    ("Зрители выразили восторг, что концерт состоялся.", []),
    # a spokesperson introduced with the body's full name, later by its abbreviation
    ("Как сообщила представитель Управления Федеральной службы исполнения наказаний по Тверской области "
     "Анна Белова, колония готова. «Всё проверено», — добавила представитель УФСИН.",
     [("Анна Белова", "колония готова"), ("Анна Белова", "Всё проверено")]),
    ("Как сообщила представитель Управления Федеральной службы исполнения наказаний Анна Белова, колония "
     "готова. «Всё проверено», — добавил представитель МВД.",
     [("Анна Белова", "колония готова"), ("МВД", "Всё проверено")]),
    # a dash interview: answers are the interviewee's (the person the lead names), over their
    # first-person continuation paragraphs; an unnamed interviewer's questions are nobody's
    ("Вратарь Иван Петров рассказал о сезоне.\n– Как вам сезон?\n– Тяжёлый. Мы много проиграли.\n"
     "Но я доволен командой.\n– Что дальше?\n– Отпуск, потом сборы.\nКлуб занимает пятое место.",
     [("Иван Петров", "Тяжёлый. Мы много проиграли.\nНо я доволен"), ("Иван Петров", "Отпуск")]),
    ("План на год.\n– Первое: ремонт дорог?\n– Второе: школы.\n– Третье: больницы.", []),
    # a transcript labelled with the outlet asking, then dashes: the turns alternate
    ("Интервью с Иваном Петровым.\nThe Times: Как дела у компании?\nИван Петров: Хорошо, растём.\n"
     "– А в следующем году?\n– Вырастем ещё.\n– А через два года?\n– Посмотрим.",
     [("The Times", "Как дела"), ("Иван Петров", "Хорошо"), ("The Times", "А в следующем"),
      ("Иван Петров", "Вырастем"), ("The Times", "А через"), ("Иван Петров", "Посмотрим")]),
    # a role after a statement that names someone else in an oblique case is the speaker before
    ("Публицист Николай Стариков посмотрел фильм. Огласка поможет освобождению Максима Шугалея, уверен публицист.",
     [("Николай Стариков", "Огласка поможет")]),
    # a sentence glued to the one before by a lost line break starts anew ("он.Ранее"), and the
    # first paragraph's channel does not reach it
    ("Студент Иван Белов рассказал «Вечерней Москве» о болезни. «Я стал много есть», — отметил он.Ранее "
     "главный врач Денис Проценко рассказал о симптоме. По его словам, у пациентов бывает сыпь.",
     [("Иван Белов", "Я стал"), ("Денис Проценко", "у пациентов")]),
    # unmarked first-person speech closed by "…, – сказал Х" runs back over the paragraphs before it
    ("Бывший тренер Павел Седов считает, что клуб ждут перемены.\nМир меняется быстро. Деньги кончаются.\n"
     "Я уверен, что клуб продадут. Но это будет сложно, – сказал Седов.",
     [("Павел Седов", "клуб ждут"), ("Павел Седов", "Мир меняется быстро. Деньги кончаются.\nЯ уверен")]),
    # "не исключил, что …:" says something, and hands the next paragraph to the speaker
    ("Тренер Павел Седов не исключил, что клуб останется в лиге:\nЯ могу себе представить новый сезон здесь.",
     [("Павел Седов", "клуб останется"), ("Павел Седов", "Я могу себе")]),
    ("Тренер Павел Седов исключил, что клуб останется в лиге.", []),
    # "говорила, что …, из толпы раздался выкрик:" — the shout is not hers
    ("Когда ведущая Ирина Белова говорила, что митинг проводится законно, из толпы раздался выкрик:\n"
     "Надо к губернатору обращаться, только он поможет.",
     [("Ирина Белова", "митинг проводится законно")]),
    # a body introduced with its abbreviation in brackets speaks under its full name
    ("Центральное диспетчерское управление топливно-энергетического комплекса (ЦДУ ТЭК) уточнило, что "
     "поставки выросли.", [("Центральное диспетчерское управление топливно-энергетического комплекса", "поставки выросли")]),
    # no person's name has a digit: "команды Формулы-1 Эдди Джордан" is Эдди Джордан
    ("Бывший владелец команды Формулы-1 Эдди Джордан считает, что сезон отменят.", [("Эдди Джордан", "сезон отменят")]),
    # a channel with when it reported is still the one speaking
    ("Связь 5G\nВ Тибете заработала самая высокая базовая станция. Об этом сообщает Синьхуа в субботу, 2 мая.",
     [("Синьхуа", "В Тибете")]),
    # "…, 5 мая — сообщает Х": the comma before the dash lost
    ("Клуб\nКлуб решил приступить к тренировкам во вторник, 5 мая — сообщает Sky Sport Italia.",
     [("Sky Sport Italia", "Клуб решил")]),
    # a press service of an official and a body speaks as the body, named with its region
    ("Проекты набрали 13 миллионов просмотров, сообщает пресс-служба губернатора и правительства Тверской области.",
     [("Правительство Тверской области", "Проекты набрали")]),
    # headlines "Х о Y: …" and "<role>: …", the role resolved to the person the body introduces with it
    ("Седов о переходе в Зенит: Я бы пошёл за тренером куда угодно\nБывший полузащитник Павел Седов рассказал о карьере.",
     [("Павел Седов", "Я бы пошёл")]),
    ("Директор клуба: Роналду приносит невероятные доходы\nСпортивный директор клуба Фабио Паратичи оценил нападающего.",
     [("Фабио Паратичи", "Роналду приносит")]),
    # ", об этом сообщили в Х": the clause before; a body given by its common noun after "в" speaks,
    # over its paragraph
    ("Специалисты не выявили связи между аллергией и заражением, об этом сообщили в Роспотребнадзоре.",
     [("Роспотребнадзор", "Специалисты не выявили")]),
    ("Звездопад\nПланета будет видна вечером. Но особенно яркой она будет в мае, сообщили в уфимском планетарии.",
     [("Уфимский планетарий", "Планета будет видна вечером. Но")]),
    ("В интервью «Комсомольской правде» Ирина Белова посетовала, что не может дозвониться до больницы.",
     [("Ирина Белова", "не может дозвониться")]),
    # "приводит слова <role> издание Х": the outlet quotes the person the article is about
    ("Вратарь Марк Штеген сообщил, что переговоры приостановлены.\n«Мы отложили этот вопрос», — приводит "
     "слова 27-летнего футболиста издание Kicker.",
     [("Марк Штеген", "переговоры приостановлены"), ("Марк Штеген", "Мы отложили")]),
    # an infinitive cue reports nobody: the trailing attribution takes the whole statement
    ("Нет оснований полагать, что люди с аллергией болеют чаще, сообщает Роспотребнадзор.",
     [("Роспотребнадзор", "Нет оснований полагать")]),
    # after a role, an organisation ending in a first name and a surname is the holder's body
    ("По словам профессора Каролинского института Сюзанны Ларссон, что магний защищает от инсульта.",
     [("Сюзанна Ларссон", "магний защищает")]),
    ("Хирург Адам Картер признал ошибку и согласился, что пациентка погибла по его вине.",
     [("Адам Картер", "пациентка погибла")]),
    # a quotation opened in one paragraph and closed in a later one, with its attribution there
    ("Роберто Айяла сравнил игроков\nБывший защитник Роберто Айяла сравнил их.\n«Они разные. Диего – искусство.\n"
     "Я играл с обоими. Но это не имеет значения», – сказал Айяла.",
     [("Роберто Айяла", "Они разные. Диего – искусство.\nЯ играл")]),
    # of two people by one surname, a lone surname is the one named last
    ("Илон Маск ответил фанатам. Его первая жена Джастин Маск живёт в Канаде. Илон Маск пообщался с фанами. "
     "Маск заявил, что ребенок родится в понедельник, однако не объяснил причину.",
     [("Илон Маск", "ребенок родится в понедельник")]),
    # "Это, как объяснила Х, стало …": one clause around its attribution; "Однако, как …" is not part of it
    ("Люди шутят. Это, как объяснила антрополог Дарья Радченко, стало защитной реакцией. Однако, как сообщил "
     "министр Иван Петров, мост откроют в мае.",
     [("Дарья Радченко", "Это, как объяснила"), ("Иван Петров", "мост откроют")]),
    # a Latin name glossed in brackets is the Russian name's
    ("Мэр города Марсело Эбрард (Marcelo Ebrard) сообщил, что свалку закроют.", [("Марсело Эбрард", "свалку закроют")]),
]


@pytest.mark.parametrize(("text", "source"), [
    ("Студент Иван Белов рассказал в беседе с «Вечерней Москвой», что стал много есть.", "Вечерняя Москва"),
    ("Группа паломников подорвалась на фугасе, погибли 45 человек, передает агентство Франс Пресс.", None),
    ("По словам губернатора Олега Сомова, мост откроют в мае, сообщает сайт Медвести.", "Медвести"),
])
def test_source_in_its_base_form(quotes_in: Callable[[str], list[Quote]], text: str, source: str | None) -> None:
    assert [q.source for q in quotes_in(text)] == [source]


@pytest.mark.parametrize(("text", "expected"), PATTERNS, ids=[f"pattern-{i}" for i in range(len(PATTERNS))])
def test_speakers_of_the_pattern(quotes_in: Callable[[str], list[Quote]], text: str,
                                 expected: list[tuple[str, str]]) -> None:
    got = [(q.speaker, q.text) for q in quotes_in(text)]
    assert [s for s, _ in got] == [s for s, _ in expected], got
    assert all(t.startswith(head) for (_, t), (_, head) in zip(got, expected, strict=True)), got


def test_typeset_spaces_read_as_plain_ones(quotes_in: Callable[[str], list[Quote]]) -> None:
    """No-break spaces ("у\u00a0нее", ",\u00a0— рассказала") change nothing found; texts stay slices."""
    plain = "«У меня пневмония. Лечусь дома», — рассказала Татьяна Белова РИА «Новости»."
    typeset = plain.replace("У меня", "У\u00a0меня").replace(", —", ",\u00a0—")
    got = quotes_in(typeset)
    assert [(q.speaker, q.start, q.stop, q.source) for q in got] == [
        (q.speaker, q.start, q.stop, q.source) for q in quotes_in(plain)]
    assert got and all(q.text == typeset[q.start:q.stop] for q in got)
