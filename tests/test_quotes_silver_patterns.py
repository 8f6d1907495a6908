"""Speakers and extents written from the silver development sets' misses (stops 9 and 10), one row per general
pattern with invented sentences → every quotation of the text, in order, as (speaker, the start of
its content)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

# text, [(speaker, the first words of the quote's text), ...]
PATTERNS = [
    # a document with no issuer named is the one of the body that spoke, or was named, last
    ("Национальный банк объяснил рост цен. «Спрос вырос, а курс упал», — говорится в обзоре.",
     [("Национальный банк", "Спрос вырос")]),
    ("Министр Иван Петров приехал в Тверь. Минздрав открыл центр. «Центр примет 300 человек в день. "
     "Он работает без выходных», — говорится в сообщении.",
     [("Минздрав", "Центр примет 300 человек в день. Он работает")]),
    ("«Центр откроется в мае», — говорится в сообщении.", []),
    # more documents: a note, a resolution, an article
    ("Минфин подготовил постановление. Компании смогут получить аванс до 50%, говорится в "
     "пояснительной записке к постановлению.", [("Минфин", "Компании смогут")]),
    # staff of a body named by its common noun speak as the body ("аналитики регулятора")
    ("Национальный банк опубликовал обзор. Экономическая активность в марте заметно замедлилась, отмечают "
     "аналитики регулятора.",
     [("Национальный банк", "Экономическая активность")]),
    # a person's gender from a feminine role before the name (pymorphy3 guesses foreign first names
    # masculine), or from a past verb right after it
    ("Нападающий Криштиану Роналду подарил машину певице Долореш Авейру. \"Спасибо моим детям за "
     "подарки\", - написала женщина в соцсети.", [("Долореш Авейру", "Спасибо")]),
    # a name, its role in commas with another name in an oblique case, then the verb: the first name
    ("Джеки Муяль, агент защитника ПАОКа Димитриса Яннулиса, подтвердил, что его клиент может уйти.",
     [("Джеки Муяль", "его клиент")]),
    # a quotation split by "приводит слова Х издание": the one quoted speaks both halves
    ("Агент Гари Уильямс дал интервью. \"Я обсуждал эту идею с клубами, — приводит слова Уильямса The Sun. — "
     "Также у меня были беседы с властями\".", [("Гари Уильямс", "Я обсуждал"), ("Гари Уильямс", "Также у меня")]),
    # the speaker's next act after ", и" / ", но при этом он" ends the reported clause
    ("Президент Иван Петров заявил, что такую динамику нельзя считать удовлетворительной, и поручил "
     "правительству выполнить план.", [("Иван Петров", "такую динамику нельзя считать удовлетворительной"),
                                      ("Иван Петров", "выполнить план")]),
    # "Такой вывод сделали X": the statement before is X's finding
    ("Высокий уровень смертности связан с недостатком витамина D. Такой вывод сделали учёные из Оксфордского "
     "университета.", [("Оксфордский университет", "Высокий уровень")]),
    ("Врач Иван Петров сделал операцию. Пациент здоров.", []),
    # a minus sign typed for the dash
    ("Писательница Джоан Роулинг поздравила читателей. \"Сегодня годовщина битвы\", \u2212 написала Роулинг.",
     [("Джоан Роулинг", "Сегодня годовщина")]),
    # stop 10. A headline "Х — о Y: …" is Х's words, like "Х о Y: …"
    ("Петров — о новом контракте: Отложили этот вопрос\nВратарь Иван Петров ответил журналистам.",
     [("Иван Петров", "Отложили")]),
    # a zero-width space before the headline; its surname is a common word too ("фига")
    ("\u200bФигу: «Никто не унижал меня так, как Манчини»\nБывший полузащитник «Реала» Луиш Фигу рассказал о "
     "тренере.", [("Луиш Фигу", "Никто не унижал")]),
    # "рассказал ESPN вице-президент клуба Х": the outlet was told, the person speaks
    ("Как рассказал ESPN вице-президент «Барселоны» Хорди Кардонер, клубы будут обмениваться игроками.",
     [("Хорди Кардонер", "клубы будут")]),
    # a name, an adjective with its words in commas, then the verb: the name speaks, not a title inside
    ("Режиссер Игорь Копылов, известный благодаря своей картине «Ржев», рассказал, что его поразила эта история.",
     [("Игорь Копылов", "его поразила")]),
    ("Иван Петров, бывший помощник Петра Сидорова в «Интере», считает, что переход возможен.",
     [("Иван Петров", "переход возможен")]),
    # a weather service named by its common noun owns its site
    ("Дождь ожидается в Томске в субботу, сообщается на сайте регионального гидрометцентра.",
     [("Региональный гидрометцентр", "Дождь ожидается")]),
    # a question before the attribution is a topic, not a statement
    ("Влияет ли аллергия на риск заболеть, рассказали в Роспотребнадзоре.", []),
    ("Почему режиссёры любят эти романы, рассказал критик Кирилл Разлогов.", []),
    # "упомянул, что" reports like "отметил, что"
    ("Режиссер Игорь Копылов посмотрел фильм. Он упомянул, что лента охватывает не только военный пласт.",
     [("Игорь Копылов", "лента охватывает")]),
]


@pytest.mark.parametrize(("text", "expected"), PATTERNS, ids=[f"pattern-{i}" for i in range(len(PATTERNS))])
def test_speakers_of_the_pattern(speakers_are: Callable[[str, list[tuple[str, str]]], None], text: str,
                                 expected: list[tuple[str, str]]) -> None:
    speakers_are(text, expected)
