"""Quotations written at stop 28 from the development sets' misses, one row per general pattern with invented
sentences → every quotation of the text, in order, as (speaker, its words in full)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from svodka.model import Quote

# text, [(speaker, the quotation's words in full), ...]
PATTERNS = [
    # a sentence in marks after a person's quotation in its paragraph goes on with that person, in the first
    # person or not
    ('"Сейчас у нас очень холодная вспышка с юга", - сказал Дин Наррамор из бюро. "Это один из тех случаев, '
     'когда все факторы собираются вместе."',
     [("Дин Наррамор", "Сейчас у нас очень холодная вспышка с юга"),
      ("Дин Наррамор", "Это один из тех случаев, когда все факторы собираются вместе")]),
    ('Сергей Собянин заявил, что работа первых замов неэффективна. "Решено назначить одного первого заместителя '
     'мэра и просто заместителей".',
     [("Сергей Собянин", "работа первых замов неэффективна"),
      ("Сергей Собянин", "Решено назначить одного первого заместителя мэра и просто заместителей")]),
    # a role before a headline's colon is the person the body names with it, not a rubric ("Здоровье:")
    ("Врач: диагноз в столице ставится практически безошибочно\nГлавный врач поликлиники №3 Елена Самышина "
     "рассказала об эффективности диагностики.",
     [("Елена Самышина", "диагноз в столице ставится практически безошибочно")]),
    ("Здоровье: как пережить жару\nВрачи советуют пить больше воды.", []),
    # a time word opening a paragraph is no dateline's place: the news after it is what the body reports
    ("В Башкирии ожидаются дожди\nСегодня, 3 мая, в республике пройдут дожди. Об этом сообщают синоптики "
     "Башгидрометцентра.", [("Башгидрометцентр", "Сегодня, 3 мая, в республике пройдут дожди")]),
    # a warning's object is the danger warned of, a statement; "рассказали о …" names only a topic
    ("Ранее в московской мэрии предупредили аллергиков о начале цветения двух растений-аллергенов.",
     [("Московская мэрия", "начале цветения двух растений-аллергенов")]),
    # a relative clause after a trailing attribution tells of the speaker: the statement ends before it
    ("Наценки на материалы составляют до 500%, заявили ТАСС в Ростехе, который в апреле начал поставки костюмов.",
     [("Ростех", "Наценки на материалы составляют до 500%")]),
    # the journal a group publishes in is its channel: the group speaks as its institution
    ("Ученые Орхусского университета изучили геномы. ДНК вымерших видов повлияла лишь на пять черт, сообщили "
     "ученые в журнале «Нейчер».", [("Орхусский университет", "ДНК вымерших видов повлияла лишь на пять черт")]),
]


@pytest.mark.parametrize(("text", "expected"), PATTERNS, ids=[f"pattern-{i}" for i in range(len(PATTERNS))])
def test_quotations_of_the_pattern(quotes_in: Callable[[str], list[Quote]], text: str,
                                   expected: list[tuple[str, str]]) -> None:
    assert [(q.speaker, q.text) for q in quotes_in(text)] == expected
