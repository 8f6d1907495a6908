"""Speakers of wire copy and research reports, one row per general pattern (invented sentences):
a body's territorial unit, papers by their authors in a journal, … → every quotation of the text,
in order, as (speaker, the start of its content)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from svodka.enrich import Enricher
from svodka.model import Article, Quote


@pytest.fixture(scope="session")
def quotes_in() -> Callable[[str], list[Quote]]:
    enricher = Enricher()

    def run(text: str) -> list[Quote]:
        return enricher.enrich(Article(id="t", text=text)).quotes

    return run


# text, [(speaker, the first words of the quote's text), ...]
PATTERNS = [
    # a capitalised unit before a body, with the region it serves; the bare body later is that unit
    ("Цены на бензин выросли на 3%, сообщили журналистам в Управлении ФАС по Свердловской области. "
     "Рост продолжится. Как отмечают в ФАС, причина в налогах.",
     [("Управление ФАС по Свердловской области", "Цены на бензин"),
      ("Управление ФАС по Свердловской области", "причина в налогах")]),
    ("Как сообщили в Управлении ФСБ по Москве, задержаны трое.",
     [("Управление ФСБ по Москве", "задержаны трое")]),
    ("Управление МВД сообщило, что задержаны трое.", [("МВД", "задержаны трое")]),  # opens the sentence
    # a paper by its authors, published in a journal: the journal speaks
    ("В статье исследователей, опубликованной в журнале Nature, говорится, что ледники тают быстрее.",
     [("Nature", "ледники тают быстрее")]),
    ("В публикации учёных в Британском медицинском журнале говорится, что сон продлевает жизнь.",
     [("Британский медицинский журнал", "сон продлевает жизнь")]),
    # "они", "их" of a researchers' group named with its institution in the same paragraph
    ("Кофе продлевает жизнь. К такому выводу пришли учёные из Университета Торонто. Как они отмечают, "
     "хватит двух чашек в день. По их предположениям, дело в антиоксидантах.",
     [("Университет Торонто", "Кофе продлевает"), ("Университет Торонто", "хватит двух"),
      ("Университет Торонто", "дело в антиоксидантах")]),
    ("Учёные из Университета Торонто изучили кофе.\nДети играли во дворе. Они сказали, что им скучно. "
     "По их словам, во дворе темно.", []),
    ("Группа «Кино» объявила о переносе концерта. Как они написали на официальном сайте, концерт отменён.", []),
    # a finding passed on by an outlet: the outlet is its channel, not the speaker of the attribution
    ("Чай снижает давление. К такому выводу пришли учёные из Университета Монаша, пишет The Guardian.",
     [("Университет Монаша", "Чай снижает давление")]),
    # an outlet citing another named outlet or body: the one cited speaks
    ("Как сообщает «Столица.RU» со ссылкой на газету The Times, билеты подорожают.",
     [("The Times", "билеты подорожают")]),
    ("Мост закрыт на ремонт, сообщает ТАСС со ссылкой на Reuters.", [("Reuters", "Мост закрыт")]),
    ("Мост закрыт на ремонт, сообщает ТАСС со ссылкой на страницу мэрии в Instagram.", [("ТАСС", "Мост закрыт")]),
    # a person "из" an institution (its adjectives between) speaks as the person, not the institution
    ("Автор работы Анна Сорель из французского Лионского университета сообщила, что сон лечит.",
     [("Анна Сорель", "сон лечит")]),
    # a bare police noun is the interior ministry the article names, before or after
    ("В полиции говорят, что водитель был пьян. Об аварии сообщает пресс-служба ГУ МВД по Самарской области.",
     [("ГУ МВД", "водитель был пьян")]),
    ("Полиция сообщила, что задержаны трое.", [("Полиция", "задержаны трое")]),
    # a spokesperson of a body introduced by name with that role is that person later too
    ("Как сообщил представитель ВОЗ Тарик Язаревич, вакцина безопасна. По словам представителя ВОЗ, "
     "поставки начнутся весной.", [("Тарик Язаревич", "вакцина безопасна"), ("Тарик Язаревич", "поставки начнутся")]),
    ("По словам представителя ВОЗ, поставки начнутся весной.", [("ВОЗ", "поставки начнутся")]),
    # a study of researchers with a nationality adjective, named by their institution
    ("Ранее в исследовании канадских учёных из Университета Макгилла было показано, что шум мешает сну.",
     [("Университет Макгилла", "шум мешает сну")]),
    # "одного из …" named after a dash; a surname with glued initials is the full name met before,
    # also a short one the dictionary knows as an interjection
    ("По словам одного из авторов работы – профессора Лины Ох, рацион влияет на память. "
     "«Я думаю, что питание важно», – комментирует Л.Ох.",
     [("Лина Ох", "рацион влияет"), ("Лина Ох", "Я думаю")]),
    # coordinated verbs: the pronoun subject of the first is the complaint's
    ("Солдат Иван Орлов умер в госпитале. Накануне он звонил брату и жаловался на боль в груди.",
     [("Иван Орлов", "боль в груди")]),
    ("Анна Ким ответила студенту. В результате тот пошёл жаловаться на неё в деканат.", []),
    # a finding by "она" after a researcher named with a research role in the sentence before
    ("«Сон важен», – пишет руководитель работы Марта Лунд. Изучив 9 работ, она выяснила, что сон лечит.",
     [("Марта Лунд", "Сон важен"), ("Марта Лунд", "сон лечит")]),
    # "некоторые", "другие" researchers are another, unnamed group
    ("Исследователи из Пизанского университета изучили зевоту. Некоторые исследователи сообщили, что "
     "собаки тоже зевают. Исследователи заявили, что это важно.", [("Пизанский университет", "это важно")]),
    # what nobody can say is not said
    ("Министр Иван Петров не может с уверенностью утверждать, что цены снизятся.", []),
    ("Учёные из Института Пастера пока не могут однозначно сказать, что вирус ослаб.", []),
    ("Певица Анна Петрова вернулась домой. Там она выяснила, что квартира продана.", []),
    # a team "под руководством" a leader "из" an institution: later bare researchers are the institution
    ("Лекарство создала группа специалистов под руководством Марка Ли (Mark Lee) из Университета Дьюка. "
     "В ходе опытов исследователи выяснили, что оно безопасно.", [("Университет Дьюка", "оно безопасно")]),
    # a dash paragraph without an attribution continues the person quoted at the end of the one before
    ("Как рассказал врач Олег Сизов, пациент был здоров.\n– Уже в части он заболел гриппом. Болезнь "
     "осложнилась. Надеюсь, что таких случаев будет меньше.",
     [("Олег Сизов", "пациент был здоров"), ("Олег Сизов", "Уже в части")]),
    ("Как рассказал Олег Сизов, им дали скидку.\n- Обратитесь и вы к своим арендодателям с просьбой дать "
     "скидку, - посоветовал Сизов коллегам.", [("Олег Сизов", "им дали скидку")]),
    ("Защитник Иван Орлов рассказал, что любит шахматы.\n- Какими видами спорта вы интересуетесь кроме футбола?",
     [("Иван Орлов", "любит шахматы")]),
    ("Как сообщает ТАСС, завод закрыт.\n– Уже в части он заболел гриппом. Болезнь осложнилась сразу.",
     [("ТАСС", "завод закрыт")]),
    ("– рост цен. Министр Иван Петров заявил, что инфляция замедлится.\n– в Европе некоторые страны "
     "хотят вступить в еврозону в ближайшие годы.", [("Иван Петров", "инфляция замедлится")]),
    # an announcement completed by the next sentence, opened by a pronoun: one quote over both
    ("Стало известно имя нового главы банка, сообщает ТАСС. Им станет Анна Ким, бывший аудитор.",
     [("ТАСС", "Стало известно имя нового главы банка, сообщает ТАСС. Им станет Анна Ким")]),
    ("Стало известно имя нового тренера, сообщает ТАСС. Клуб проиграл вчера.",
     [("ТАСС", "Стало известно имя нового тренера")]),
    # bare organisers are the first organisation the article lists as them
    ("Как сообщают организаторы, в программе концерт. Организаторами выступили Российский фонд культуры и ЮНЕСКО.",
     [("Российский фонд культуры", "в программе концерт")]),
    ("Как сообщают организаторы, в программе концерт.", []),
]


@pytest.mark.parametrize(("text", "expected"), PATTERNS, ids=[f"pattern-{i}" for i in range(len(PATTERNS))])
def test_speakers_of_the_pattern(quotes_in: Callable[[str], list[Quote]], text: str,
                                 expected: list[tuple[str, str]]) -> None:
    got = [(q.speaker, q.text) for q in quotes_in(text)]
    assert [s for s, _ in got] == [s for s, _ in expected], got
    assert all(t.startswith(head) for (_, t), (_, head) in zip(got, expected, strict=True)), got
