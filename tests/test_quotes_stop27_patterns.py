"""Quotations written at stop 27 from the development sets' misses, one row per general pattern with invented
sentences → every quotation of the text, in order, as (speaker, its words in full)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from svodka.model import Quote

# text, [(speaker, the quotation's words in full), ...]
PATTERNS = [
    # a dash interview whose first turn is a question that does not end in "?"; the interviewer named as
    # the one talked with asks; the last answer's own attribution closes its words
    ("Алексей Смертин вспомнил о пропущенном голе.\n"
     "– Все запомнят этот матч как ошибку вратаря. Но я читал, что ты винишь себя.\n"
     "– По меньшей мере я разделял ответственность с вратарём.\n"
     "– Что творилось после матча в раздевалке?\n"
     "– Я винил себя прежде всего за этот эпизод.\n"
     "– А кто-то еще что-то говорил?\n"
     "– Нет, все молчали абсолютно, – сказал Смертин в разговоре с Андреем Аршавиным.",
     [("Андрей Аршавин", "Все запомнят этот матч как ошибку вратаря. Но я читал, что ты винишь себя"),
      ("Алексей Смертин", "По меньшей мере я разделял ответственность с вратарём"),
      ("Андрей Аршавин", "Что творилось после матча в раздевалке?"),
      ("Алексей Смертин", "Я винил себя прежде всего за этот эпизод"),
      ("Андрей Аршавин", "А кто-то еще что-то говорил?"),
      ("Алексей Смертин", "Нет, все молчали абсолютно")]),
    # a topic after the verb ("вспомнил о …"): its subject is before the comma, no trailing attribution
    ("Экс-полузащитник сборной России Алексей Смертин, вспомнил о пропущенном голе от Андрея Шевченко.", []),
    # a surname with no nominative reading is another's declined only by a case's ending: "Маркл" is no
    # oblique "Марк" (named later in the article), the wife is Меган Маркл
    ("Меган Маркл подала в суд на издание. Жена принца Гарри утверждает, что таблоид нарушил закон.\n"
     "Марк заявила, что будет бороться.",
     [("Меган Маркл", "таблоид нарушил закон"), ("Марк", "будет бороться")]),
    # "К такому выводу пришли …" and "Об этом …" open a paragraph after a line with no full stop too; a
    # group named with two institutions speaks as the first
    ("Ученые считают, что недостаток витамина D опасен\n"
     "К такому выводу пришли специалисты Фонда больницы королевы Елизаветы и Университета Восточной Англии.",
     [("Фонд больницы королевы Елизаветы", "Ученые считают, что недостаток витамина D опасен")]),
    ("Британская писательница Джоан Роулинг пожертвовала 1 млн фунтов на борьбу с коронавирусом\n"
     "Об этом писательница сообщила в своем Twitter.",
     [("Джоан Роулинг", "Британская писательница Джоан Роулинг пожертвовала 1 млн фунтов на борьбу с коронавирусом")]),
    # "Они" opening the sentence after one that names a group of researchers with its institution is the
    # group, in another paragraph too
    ("Учёные Колумбийского университета создали пленку.\nИсследование провели сотрудники Колумбийского "
     "университета. Они рассказали, что из композита можно изготавливать имплантаты.",
     [("Колумбийский университет", "из композита можно изготавливать имплантаты")]),
    # "объявил о …" announces a deed (a decision, a price cut), not a statement
    ("Государственный концерн «Белнефтехим» объявил о снижении стоимости бензина на одну копейку.", []),
    # a person's representatives speak as the person (the guidelines: "представители актрисы" speak as her)
    ("Народная артистка Лидия Федосеева-Шукшина осталась без квартиры.\nПо словам представителей актрисы, скандал "
     "сильно подорвал её здоровье.", [("Лидия Федосеева-Шукшина", "скандал сильно подорвал её здоровье")]),
    ("Представитель Аллы Пугачёвой сообщил, что она чувствует себя хорошо.",
     [("Алла Пугачёва", "она чувствует себя хорошо")]),
    # a pronoun goes back to the person its sentence names in the nominative, not to the one in the genitive
    ("В отставку подал другой заместитель Дмитрия Ливанова – Игорь Федюкин. Свое решение он объяснил тем, что "
     "надеется снизить давление на главу министерства.",
     [("Игорь Федюкин", "надеется снизить давление на главу министерства")]),
    # an unnamed interlocutor of the outlet is its source: the outlet speaks, not the person quoted before
    ("Дмитрий Скриванов объяснял свою позицию тем, что заявки поступили поздно, сообщает «Коммерсантъ». Неназванный "
     "собеседник издания предположил, что Скриванов действовал при поддержке краевых властей.",
     [("Дмитрий Скриванов", "заявки поступили поздно"),
      ("Коммерсантъ", "Скриванов действовал при поддержке краевых властей")]),
    # "артист" names a man (a woman is "артистка"): not the woman named last
    ("Регина Тодоренко извинилась. Певец Сергей Лазарев не стал принимать чью-либо сторону. В одном из постов можно "
     "заметить намек на поддержку Тодоренко. «Сложно видеть, как люди звереют от карантина», - пишет артист.",
     [("Сергей Лазарев", "Сложно видеть, как люди звереют от карантина")]),
    # words in marks after a colon belong to the one person the clause opens with, in the nominative; not to a
    # person listed further in, nor as a title ("программ: «Человек и закон»")
    ("Филипп Киркоров не заставил себя ждать с ответом: «Спасибо, моя дорогая Ира! Обожаю тебя!»",
     [("Филипп Киркоров", "Спасибо, моя дорогая Ира! Обожаю тебя!")]),
    ("В их числе прошедшие войну поэты и Ольга Берггольц, автор крылатой строки: «Никто не забыт, ничто не забыто».",
     []),
    # a press service of a body named in marks right after its kind speaks as that body
    ("Марафон пройдет с 4 по 10 мая. Об этом сообщили ТАСС в пресс-службе интернет-проекта «Большие гастроли».",
     [("Большие гастроли", "Марафон пройдет с 4 по 10 мая")]),
    # an outlet's one-letter name in quotes is its name: "заявил "Ъ"" gives the channel
    ('Олег Митволь заявил "Ъ", что будет работать в префектуре.', [("Олег Митволь", "будет работать в префектуре")]),
]


@pytest.mark.parametrize(("text", "expected"), PATTERNS, ids=[f"pattern-{i}" for i in range(len(PATTERNS))])
def test_quotations_of_the_pattern(quotes_in: Callable[[str], list[Quote]], text: str,
                                   expected: list[tuple[str, str]]) -> None:
    assert [(q.speaker, q.text) for q in quotes_in(text)] == expected
