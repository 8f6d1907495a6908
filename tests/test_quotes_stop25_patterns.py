"""Speakers written at stop 25 from the development sets' misses, one row per general pattern with invented
sentences → every quotation of the text, in order, as (speaker, the start of its content)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from svodka.model import Quote

# text, [(speaker, the first words of the quote's text), ...]
PATTERNS = [
    # after initials a surname in -ов is a nominative, though the dictionary knows the word only as a
    # genitive plural ("тюльпанов"); in -ова it may be a woman's
    ('"Набирать очки, оскорбляя свой город, недопустимо", - заявил В.Тюльпанов.',
     [("В.Тюльпанов", "Набирать очки")]),
    ("С.Тюльпанова заявила, что решение будет принято.", [("С.Тюльпанова", "решение будет")]),
    # "Об этом говорится в письме …, пишет <outlet>": the document's issuer speaks, the outlet is the channel
    ('Комиссия обсудит снижение цен на роуминг. Об этом говорится в письме замминистра связи Наума Мардера, '
     'направленного на имя главы МТС Михаила Шамолина, пишет сегодня "РБК daily".',
     [("Наум Мардер", "Комиссия обсудит")]),
    # the issuer after a title before its organisation is the person named; an organisation alone issues
    ("ЕС присоединился к позиции ОБСЕ. Об этом говорится в распространенном 21 июня заявлении верховного "
     "представителя ЕС по иностранным делам и политике безопасности Кэтрин Эштон.",
     [("Кэтрин Эштон", "ЕС присоединился")]),
    ("Комиссия обсудит вопрос. Об этом говорится в сообщении МВД о задержании Ивана Петрова.",
     [("МВД", "Комиссия обсудит")]),
    # a reported clause ends before direct speech that opens a new sentence inside it, though the splitter
    # reads no sentence end after "гг."
    ('Джеймс Ставридис упомянул советский опыт, отметив, что США могли бы поучиться на уроках войны 1979-1989гг. '
     '"Мы должны понять опыт русских", - сказал Дж.Ставридис.',
     [("Джеймс Ставридис", "США могли бы"), ("Джеймс Ставридис", "Мы должны")]),
    # "…, но подчеркнул, что …" is the same speaker's next statement; "…, но потерпели неудачу" stays inside
    ("Давид Бакрадзе сообщил, что активисты пытались помешать встречам, но подчеркнул, что встречи состоятся.",
     [("Давид Бакрадзе", "активисты пытались"), ("Давид Бакрадзе", "встречи состоятся")]),
    ("Давид Бакрадзе сообщил, что активисты пытались помешать встречам, но потерпели неудачу.",
     [("Давид Бакрадзе", "активисты пытались помешать встречам, но потерпели")]),
    # a call keeps its negation; an outlet after it, trailing or in "Об этом сообщает", only relays it
    ("Главный врач Денис Проценко призвал не надеяться на выход эпидемии на плато, сообщает РИА Новости.",
     [("Денис Проценко", "не надеяться на выход")]),
    ("Главный врач Денис Проценко призвал не надеяться на выход эпидемии на плато. Об этом сообщает РИА Новости.",
     [("Денис Проценко", "не надеяться на выход")]),
    # a foreign club's name that does not decline speaks as written
    ("«Удинезе» заявил, что не станет возобновлять тренировки с 4 мая.", [("Удинезе", "не станет")]),
    # "…, считает это …" is the subject's view of "это", no trailing attribution of the words before it
    ("Юлиан Соболев, который является адвокатом ее дочери, Марии Шукшиной, считает это мошенничеством и просит "
     "арестовать Бари Алибасова.", [("Юлиан Соболев", "арестовать Бари")]),
    # a family by its plural name is no one person a role points back to
    ("Актриса Лидия Федосеева-Шукшина подписала договор. Квартира семьи Шукшиных ушла продюсеру. Актриса сказала, что "
     "не знала, какой документ подписывает.", [("Лидия Федосеева-Шукшина", "не знала")]),
]

# text, the speaker, the call's words in full
CALLS = [
    # a finite verb in the past after ", но" / ", а" is the caller's later act; a speech verb there is the
    # call's attribution; an infinitive after ", а" goes on with the call
    ("Компания airBaltic обещала вернуть деньги в течение 4-6 недель, но к концу марта увеличила сроки до 90 дней.",
     "airBaltic", "вернуть деньги в течение 4-6 недель"),
    ("Основатель Microsoft Билл Гейтс призвал страны не искать виноватых, а сосредоточиться на сотрудничестве, "
     "писал RT.", "Билл Гейтс", "не искать виноватых, а сосредоточиться на сотрудничестве"),
    # a speech verb's gerund after a comma opens the caller's next words
    ("Министр обороны Мариуш Блащак обещал ввести эмбарго на уголь, говоря, что покупая его, мы финансируем войны.",
     "Мариуш Блащак", "ввести эмбарго на уголь"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), CALLS, ids=[f"call-{i}" for i in range(len(CALLS))])
def test_call_ends_where_the_narrator_goes_on(quotes_in: Callable[[str], list[Quote]], text: str, speaker: str,
                                               words: str) -> None:
    assert (speaker, words) == next((q.speaker, q.text) for q in quotes_in(text))


@pytest.mark.parametrize(("text", "expected"), PATTERNS, ids=[f"pattern-{i}" for i in range(len(PATTERNS))])
def test_speakers_of_the_pattern(speakers_are: Callable[[str, list[tuple[str, str]]], None], text: str,
                                 expected: list[tuple[str, str]]) -> None:
    speakers_are(text, expected)


def test_statement_ends_before_its_trailing_attribution(quotes_in: Callable[[str], list[Quote]]) -> None:
    """A trailing attribution followed by a participle's phrase about the speaking ends the statement, "есть"
    being the statement's verb ("there is", not "to eat")."""
    quotes = quotes_in("У некоторых пациентов с коронавирусом есть кожные высыпания, рассказал главный врач Денис "
                       "Проценко в ходе онлайн-встречи, организованной Российским еврейским конгрессом.")
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Денис Проценко", "У некоторых пациентов с коронавирусом есть кожные высыпания")]
