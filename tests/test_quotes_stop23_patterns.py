"""Speakers written at stop 23 from the news-wire development sets' misses, one row per general pattern with
invented sentences → every quotation of the text, in order, as (speaker, the start of its content)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

# text, [(speaker, the first words of the quote's text), ...]
PATTERNS = [
    # a body called by its kind after being named ("оборонное ведомство", "региональный парламент",
    # "пресс-служба облдумы") is the one body of that kind the article names
    ("В Минобороны России сменился главком.\nГенерал Иван Петров покидает пост в связи с достижением предельного "
     "возраста, сообщили в пресс-службе оборонного ведомства.", [("Минобороны", "Генерал Иван Петров")]),
    ("Тамбовская областная Дума избрала спикера.\nПетр Сидоров утвержден председателем, сообщили в пресс-службе "
     "облдумы.", [("Тамбовская областная Дума", "Петр Сидоров")]),
    ("Народный хурал избрал спикера.\nЗа кандидатуру Петра Сидорова проголосовали 30 депутатов Хурала, как сообщили "
     "в региональном парламенте.", [("Народный хурал", "За кандидатуру")]),
    # a foreign surname that is a Russian first name's oblique form ("Тани" of "Таня") stands undeclined
    # after a first name: the man is the subject
    ("Встреча прошла в Дохе.\nПремьер-министр Катара Хамид Аль Тани заявил, что снабжение оппозиции станет "
     "законным.", [("Хамид Аль Тани", "снабжение оппозиции")]),
    # a body's noun opening a sentence, only adverbs between it and the verb, is the body named before
    ("Конституционный совет подтвердил, что обязанности президента исполнит спикер. Совет также заявил, что "
     "выборы пройдут в течение 60 дней.", [("Конституционный совет", "обязанности"), ("Конституционный совет", "выборы")]),
    # a confirmed piece of news says its content; a confirmed event is a statement with a noun phrase, ending
    # at a colon before the speaker's own words
    ("Вратарь Марк-Андре тер Штеген подтвердил информацию о приостановке переговоров по новому контракту.",
     [("Марк-Андре тер Штеген", "приостановке переговоров")]),
    ("Компания Nintendo подтвердила информацию, что хакерам удалось получить доступ к учетным записям.",
     [("Nintendo", "хакерам удалось")]),
    ("Депутат Вячеслав Никонов подтвердил уход замминистра: «Да, он действительно уходит».",
     [("Вячеслав Никонов", "уход замминистра"), ("Вячеслав Никонов", "Да, он")]),
    # "рассчитывает на …" is a hope, like "надеется на …"
    ("Россия рассчитывает на конструктивное воздействие США на Грузию.", [("Россия", "конструктивное воздействие")]),
    # a document mentioned with no issuer is the one named before; the site it was posted on issues nothing
    ("Магнат получил полномочия в компании, говорится в сообщении AFI Development, размещенном на сайте "
     "Лондонской фондовой биржи.\n«Он будет вести переговоры с властями», - указывается в пресс-релизе.",
     [("AFI Development", "Магнат"), ("AFI Development", "Он будет")]),
    # what a decree says ("Согласно указу, …", "Документом также …") is its signer's, named as the subject of
    # the signing act before it; with no signer named, nobody's
    ("Президент России Дмитрий Медведев своим указом внес изменения в состав совета.\nСогласно указу, в состав "
     "совета включен глава ФНС Михаил Мишустин.\nДокументом также были переназначены начальники управлений МВД.",
     [("Дмитрий Медведев", "в состав"), ("Дмитрий Медведев", "были переназначены")]),
    ("В состав совета внесены изменения.\nСогласно указу, в состав совета включен глава ФНС Михаил Мишустин.", []),
    # ... and with two of that kind named, the phrase stands
    ("Госдума и Совет Федерации обсудили бюджет.\nДокумент будет принят в мае, сообщили в пресс-службе "
     "российского парламента.", [("Российский парламент", "Документ")]),
]


@pytest.mark.parametrize(("text", "expected"), PATTERNS, ids=[f"pattern-{i}" for i in range(len(PATTERNS))])
def test_speakers_of_the_pattern(speakers_are: Callable[[str, list[tuple[str, str]]], None], text: str,
                                 expected: list[tuple[str, str]]) -> None:
    speakers_are(text, expected)
