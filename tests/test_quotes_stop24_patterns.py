"""Speakers written at stop 24 from the development sets' misses, one row per general pattern with invented
sentences → every quotation of the text, in order, as (speaker, the start of its content)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

# text, [(speaker, the first words of the quote's text), ...]
PATTERNS = [
    # a body's noun after "в" with a verb of one is where the source works, not who speaks: the outlet whose
    # source it is speaks; with a plural verb and nothing else before it the body speaks
    ('Правительство РФ обсудило газовый форум. Источник "Ъ" в правительстве пояснил причину отказа: "Все ждали '
     'предложения".', [("Ъ", "Все ждали")]),
    ("Правительство РФ обсудило форум.\nВ правительстве пояснили, что решение принято.",
     [("Правительство РФ", "решение принято")]),
    # "правительство" as a document's issuer is the one government the article names, by its name
    ("Кабинет министров Украины уволил Владимира Козака с должности, говорится в соответствующем постановлении "
     "правительства.", [("Кабинет министров", "Кабинет министров Украины уволил")]),
    # a second title and the name in apposition after the cue's first comma name the speaker; a body in an
    # oblique case after the cue names where it was said, the person after it speaks
    ("Депутат Вячеслав Лысаков заявил, что депутаты поддержат. Как заявил секретарь генсовета ЕР, вице-спикер Госдумы Сергей "
     "Неверов, окончательное решение не принято.", [("Вячеслав Лысаков", "депутаты поддержат"),
                                                    ("Сергей Неверов", "окончательное решение")]),
    ("Как сообщает MIGnews.com.ua, американская певица Grimes, беременная от Илона Маска, шокировала поклонников.",
     [("MIGnews.com.ua", "американская певица")]),
    ("Как отметил на заседании столичного правительства Сергей Собянин, комитет должен развиваться.",
     [("Сергей Собянин", "комитет должен")]),
    ("Поиск вакцины может занять несколько лет. Об этом заявил в воскресенье в эфире телеканала ARD глава "
     "Минздрава ФРГ Йенс Шпан.", [("Йенс Шпан", "Поиск вакцины")]),
    # "администрация города" where the tagger missed "Администрация Владивостока": the body with the city
    ("Во Владивостоке ожидается ухудшение погоды, сообщает администрация города.\nИсточник — Администрация "
     "Владивостока", [("Администрация Владивостока", "Во Владивостоке")]),
    # a speaker's surname in -ы is one in -а declined
    ("Часы получат новый датчик, по словам видеоблогера Никиаса Молины.", [("Никиас Молина", "Часы получат")]),
]


@pytest.mark.parametrize(("text", "expected"), PATTERNS, ids=[f"pattern-{i}" for i in range(len(PATTERNS))])
def test_speakers_of_the_pattern(speakers_are: Callable[[str, list[tuple[str, str]]], None], text: str,
                                 expected: list[tuple[str, str]]) -> None:
    speakers_are(text, expected)
