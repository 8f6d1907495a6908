"""Extents written at stop 22 from the development sets' misses, one row per general pattern with invented
sentences → every quotation of the text, in order, as (speaker, the start of its content)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

# text, [(speaker, the first words of the quote's text), ...]
PATTERNS = [
    # "A. B, сообщил Х.": the sentences before a trailing attribution are Х's too, back to the paragraph's start
    ("Курс рубля упал.\nПоследствием пандемии станет ослабление рубля. Эффект будет ощущаться долго, сообщил "
     "экономист Виталий Калугин.", [("Виталий Калугин", "Последствием пандемии")]),
    ("Рынок меняется.\nКомплект состоит из брюк и куртки. Цена комплекта составляет 847 рублей, сообщили в "
     "«Ростехе».", [("Ростех", "Комплект состоит")]),
    # ... but not over the dateline, a sentence that reports something itself, or one that names a person
    ("МОСКВА, 3 мая — РИА Новости. Наценки на материалы достигают 500%, заявили в «Ростехе».",
     [("Ростех", "Наценки")]),
    ("Рынок меняется.\nВыяснилось, что спрос упал. Цены на бензин будут расти до конца года, сообщили в «Ростехе».",
     [("Ростех", "Цены")]),
    ("Рынок меняется.\nИван Петров возглавил отдел. Цены на бензин будут расти до конца года, сообщил экономист "
     "Виталий Калугин.",
     [("Виталий Калугин", "Цены")]),
    # ... nor over what happened, told in the past, around a person's words
    ("Кино вышло.\nЛента была показана в эфире НТВ 1 мая. Этот фильм уникален, отметил Николай Стариков.",
     [("Николай Стариков", "Этот фильм")]),
    # ... nor over what researchers did, or a sentence that may go on with the statement before it
    ("Вирус изучают.\nСпециалисты измеряли уровень кислорода в клетках печени до и после опыта. При этом снизилось "
     "и количество токсинов в клетках, сообщили в Институте медицинских исследований. Опыт продлится год.",
     [("Институт медицинских исследований", "При этом")]),
    ("Вирус изучают.\nУровень кислорода в клетках печени после опыта упал на 70%. При этом снизилось и количество "
     "токсинов в клетках, сообщили в Институте медицинских исследований. Опыт продлится год.",
     [("Институт медицинских исследований", "Уровень кислорода")]),
    ("Сплетни полезны.\nУчёные из Гарвардского университета считают, что сплетни помогают собрать полезную "
     "информацию. Это помогает нам жить в больших группах. Аналогичную роль у обезьян играет ритуал выискивания "
     "паразитов, утверждает журнал «Здоровье».",
     [("Гарвардский университет", "сплетни помогают"), ("Здоровье", "Аналогичную роль")]),
]


@pytest.mark.parametrize(("text", "expected"), PATTERNS, ids=[f"pattern-{i}" for i in range(len(PATTERNS))])
def test_speakers_of_the_pattern(speakers_are: Callable[[str, list[tuple[str, str]]], None], text: str,
                                 expected: list[tuple[str, str]]) -> None:
    speakers_are(text, expected)
