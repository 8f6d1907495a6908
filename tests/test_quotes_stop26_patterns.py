"""Quotations written at stop 26 from the development sets' misses, one row per general pattern with invented
sentences → every quotation of the text, in order, as (speaker, its words in full)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from svodka.model import Quote

# text, [(speaker, the quotation's words in full), ...]
PATTERNS = [
    # a sentence reported by "Об этом …" after it that names its own speaker saying something holds one
    # statement, what he said, not the sentence about him
    ("Чемпион мира Тайсон Фьюри заявил о готовности провести бой против Энтони Джошуа. Об этом рассказал сам боксер.",
     [("Тайсон Фьюри", "готовности провести бой против Энтони Джошуа")]),
    # the relative clause of the speaker after "как сообщили …" is part of the attribution, not what was said
    ("Эта патология не встречается при других инфекциях, как сообщил профессор Иван Петров, который нашёл её первым.",
     [("Иван Петров", "Эта патология не встречается при других инфекциях")]),
    # a role in apposition after the name belongs to the attribution
    ("Как подтвердил Джеймс О'Доннелл, профессор, возглавляющий центр сосудистой биологии, у пациентов "
     "наблюдалось свёртывание крови.",
     [("Джеймс О'Доннелл", "у пациентов наблюдалось свёртывание крови")]),
    # researchers by the place the name of the one research institution the article names has are its
    # people; by another place ("британские учёные" beside a Maryland university) or a quality ("народные
    # синоптики") they are others
    ("Учёные Сингапурского университета технологий и дизайна обновили прогноз. Сингапурские учёные считают, что "
     "эпидемия завершится в августе.",
     [("Сингапурский университет технологий и дизайна", "эпидемия завершится в августе")]),
    ("Прогноз составил Гидрометцентр. Народные синоптики утверждают, что лето будет жарким.", []),
    ("Исследование провели в Мэрилендском университете. Британские учёные считают, что витамин защищает.", []),
    # a group's institution named in another sentence has no list of institutions before it here
    ("Учёные смоделировали эпидемию и пришли к выводу, что она была не так смертоносна. "
     "Работа опубликована в журнале PLOS One. Учёные из Мэрилендского университета создали несколько моделей.",
     [("Мэрилендский университет", "она была не так смертоносна")]),
    # a statement made as a noun of a plan, a problem, a departure, or a state in the plural locative
    ("Генеральный директор компании Джим Скиннер сообщил об уходе в отставку, передает Reuters.",
     [("Джим Скиннер", "уходе в отставку")]),
    ("Директор института Энтони Фаучи 29 апреля заявил об успешных клинических испытаниях препарата.",
     [("Энтони Фаучи", "успешных клинических испытаниях препарата")]),
    # what was told follows the colon after its topic, four words at least
    ("Актриса Татьяна Васильева заболела. Ранее артистка рассказала о симптомах своего заболевания: температура, "
     "сильный кашель и жжение в глазах.", [("Татьяна Васильева", "температура, сильный кашель и жжение в глазах")]),
    # the sentence after a topic announced, opened by "Так," or "Оказалось,", tells it
    ("Вирусолог Анна Симакова дала советы. Также вирусолог рассказала, как защитить себя в магазинах. Так, лучше "
     "надевать маску и перчатки.", [("Анна Симакова", "лучше надевать маску и перчатки")]),
    # a study's research body, named anywhere in the article, speaks for the study, not the site that published it
    ("Коронавирус поражает клетки кишечника. Об этом говорится в исследовании, опубликованном на портале Eurekalert. "
     "Голландские учёные из Института Хабрехта проанализировали культуру клеток.",
     [("Институт Хабрехта", "Коронавирус поражает клетки кишечника")]),
    # "«…», — говорится в исследовании" with no issuer after it: the research body the article names, not the
    # site that published the study earlier; a "статья" is as often a news story, whose outlet speaks
    ("Результаты исследования обнародованы на портале Research Square. Учёные из Оксфордского университета "
     "сравнили данные. «Низкий уровень витамина фиксировался у жителей Испании», — говорится в исследовании.",
     [("Оксфордский университет", "Низкий уровень витамина фиксировался у жителей Испании")]),
    # a body's own group or channel in a social network, like its site, gives its statements
    ("Хоккейный клуб «Витязь» заключил контракт со шведским хоккеистом, сообщается в группе клуба «Витязь» "
     "в соцсети «ВКонтакте».", [("Витязь", "Хоккейный клуб «Витязь» заключил контракт со шведским хоккеистом")]),
    # the middle word of a name whose first and last words stand in the nominative does too
    ("Глава ВОЗ Тедрос Аданом Гебрейесус заявил, что пандемия не закончилась.",
     [("Тедрос Аданом Гебрейесус", "пандемия не закончилась")]),
]


@pytest.mark.parametrize(("text", "expected"), PATTERNS, ids=[f"pattern-{i}" for i in range(len(PATTERNS))])
def test_quotations_of_the_pattern(quotes_in: Callable[[str], list[Quote]], text: str,
                                   expected: list[tuple[str, str]]) -> None:
    assert [(q.speaker, q.text) for q in quotes_in(text)] == expected
