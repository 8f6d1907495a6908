"""Quotations written at stop 30, one row per general pattern with invented sentences → every quotation of the
text, in order, as (speaker, its words in full)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from svodka.model import Quote

# text, [(speaker, the quotation's words in full), ...]
PATTERNS = [
    # a headline's words in marks, a full stop, and the person who said them as the next clause's subject
    ("«Я всегда буду рядом». Анна Петрова поздравила сестру с днем рождения\nПевица Анна Петрова опубликовала "
     "снимок.", [("Анна Петрова", "Я всегда буду рядом")]),
    # two apostrophes for a double quotation mark; a clause in marks that only begins with a name
    ("''Россия закрыла границу, а мы остались без работы'': Иван Сидоров высказался о кризисе\nФутболист Иван "
     "Сидоров дал интервью.", [("Иван Сидоров", "Россия закрыла границу, а мы остались без работы")]),
    # the tagger's "name" in marks that the body never names: a phrase said
    ("«Лучший учитель»: Ольга Смирнова поздравила наставника\nБалерина Ольга Смирнова написала пост.",
     [("Ольга Смирнова", "Лучший учитель")]),
    # not quotations: a name in marks about a person, a group that argues, a full stop before a group
    ("«Маша прекрасная»: Ольга Смирнова показала дочь\nБалерина Ольга Смирнова написала пост.", []),
    ("«Упражнения математиков»: ученые поспорили из-за прогноза\nУченые Московского университета считают, "
     "что прогноз неверен.", [("Московский университет", "прогноз неверен")]),
    ("«Кредиты это профанация». Представители бизнеса рассказали о протесте\nАкция прошла на площади.", []),
]


@pytest.mark.parametrize(("text", "expected"), PATTERNS, ids=[f"pattern-{i}" for i in range(len(PATTERNS))])
def test_quotations_of_the_pattern(quotes_in: Callable[[str], list[Quote]], text: str,
                                   expected: list[tuple[str, str]]) -> None:
    assert [(q.speaker, q.text) for q in quotes_in(text)] == expected


# text, [(speaker, source), ...]: the channel of each quotation
SOURCES = [
    # an outlet read first as the reporter of the whole sentence, then dropped for the person quoted in it,
    # is that person's channel
    ("Джим Скиннер сообщил об уходе в отставку, передает ТАСС.", [("Джим Скиннер", "ТАСС")]),
    ("Министр Сергей Лавров заявил, что переговоры пройдут в январе, передает ТАСС.", [("Сергей Лавров", "ТАСС")]),
    # a known outlet's Cyrillic name closing "приводит слова X" is the channel, as a Latin one is
    ("«Мы ждем информации», — приводит слова Александра Медведева ТАСС.", [("Александр Медведев", "ТАСС")]),
    ("«Мы ждем информации», — приводит слова Александра Медведева Kicker.", [("Александр Медведев", "Kicker")]),
    # a social network something was posted in, anywhere in the paragraph
    ("Депутат Олег Смакотин признался в Telegram-канале, что фильм его впечатлил.", [("Олег Смакотин", "Telegram")]),
    ("«Ну, что выросло, то выросло», — подписал кадр в Instagram Николай Басков.", [("Николай Басков", "Instagram")]),
    ("Певица Лолита опубликовала пост на своей странице в Facebook. Артистка пошутила о том, что инопланетяне "
     "причастны к эпидемии.", [("Лолита", "Facebook")]),
    # a brand begun in lower case after "в беседе с"; "в комментарии для" and "в ходе беседы с" as channels
    ("В беседе с iReactor сенатор Владимир Джабаров подчеркнул, что Россия говорит правду.",
     [("Владимир Джабаров", "iReactor")]),
    ("Продюсер Сергей Щеглов в комментарии для «Экономики сегодня» отметил, что доволен фильмом.",
     [("Сергей Щеглов", "Экономика сегодня")]),
    ("Фильм оставляет сильное впечатление, заявил сенатор Франц Клинцевич в ходе беседы с ТАСС.",
     [("Франц Клинцевич", "ТАСС")]),
    # a Latin name told, in the dative, right after the speech verb, with the teller's role after it
    ("Как рассказал ESPN вице-президент Барселоны Хорди Кардонер, каталонцы планируют обменивать игроков.",
     [("Хорди Кардонер", "ESPN")]),
    # an agency named by its designator ("РИА VladNews") is the channel of the one it cites
    ("Мост закрыт на ремонт, сообщает РИА VladNews со ссылкой на «Известия».", [("Известия", "РИА VladNews")]),
    # a person's later quotations keep the network they were first quoted from, not an outlet's interview
    ("Певица Анна Петрова написала в Инстаграме, что альбом выйдет осенью.\nТакже она добавила, что тур "
     "начнется весной.", [("Анна Петрова", "Инстаграм"), ("Анна Петрова", "Инстаграм")]),
    ("Певица Анна Петрова в интервью ТАСС заявила, что альбом выйдет осенью.\nТакже она добавила, что тур "
     "начнется весной.", [("Анна Петрова", "ТАСС"), ("Анна Петрова", None)]),
]


@pytest.mark.parametrize(("text", "expected"), SOURCES, ids=[f"source-{i}" for i in range(len(SOURCES))])
def test_sources_of_the_pattern(quotes_in: Callable[[str], list[Quote]], text: str,
                                expected: list[tuple[str, str | None]]) -> None:
    assert [(q.speaker, q.source) for q in quotes_in(text)] == expected
