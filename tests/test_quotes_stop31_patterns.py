"""Quotations written at stop 31, one row per general pattern with invented sentences → every quotation of the
text, in order, as (speaker, its words in full)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from svodka.model import Quote

# text, [(speaker, the quotation's words in full), ...]
PATTERNS = [
    # "По информации Х, …" opens an account that goes on over the paragraph, names in marks and people too
    ("Клуб ищет защитника.\nПо информации Marca, «Реал» близок к подписанию защитника «Наполи». «Сливочные» "
     "готовы включить в сделку Рафаэля Варана.",
     [("Marca", "«Реал» близок к подписанию защитника «Наполи». «Сливочные» готовы включить в сделку Рафаэля Варана")]),
    ("Клуб ищет защитника.\nКак сообщает Marca, «Реал» близок к подписанию защитника «Наполи». Мадридцы готовы "
     "включить в сделку Рафаэля Варана.",
     [("Marca", "«Реал» близок к подписанию защитника «Наполи». Мадридцы готовы включить в сделку Рафаэля Варана")]),
    # a person's view stops before a sentence that names another person: the narrator's
    ("Клуб ищет защитника.\nПо словам Ивана Петрова, «Реал» близок к подписанию защитника «Наполи». Мадридцы "
     "готовы включить в сделку Рафаэля Варана.", [("Иван Петров", "«Реал» близок к подписанию защитника «Наполи»")]),
    # "Между тем", "Тем временем" before an outlet's name in marks: no noun whose title the name is
    ("Чиновник уволен. Между тем «Коммерсант» утверждает, что причина увольнения была другой.",
     [("Коммерсант", "причина увольнения была другой")]),
    ("Чиновник уволен. Тем временем «Коммерсант» утверждает, что причина увольнения была другой.",
     [("Коммерсант", "причина увольнения была другой")]),
    # a noun's phrase before a mid-sentence attribution is the clause's subject: the clause is said whole,
    # by the outlet right after the verb, not by a body named past its comma
    ("Саммит открылся вечером. Такое решение, сообщает AFP, было принято в рамках саммита Евросоюза.",
     [("AFP", "Такое решение, сообщает AFP, было принято в рамках саммита Евросоюза")]),
    ("Между тем, утверждает Иван Петров, свои деньги есть у многих банков.",
     [("Иван Петров", "свои деньги есть у многих банков")]),
    # a quotation that opens and closes on two names in marks keeps both pairs of marks
    ("Глава Роспотребнадзора Анна Попова призвала граждан «беречь себя» и «оставаться дома».",
     [("Анна Попова", "«беречь себя» и «оставаться дома»")]),
]


@pytest.mark.parametrize(("text", "expected"), PATTERNS, ids=[f"pattern-{i}" for i in range(len(PATTERNS))])
def test_quotations_of_the_pattern(quotes_in: Callable[[str], list[Quote]], text: str,
                                   expected: list[tuple[str, str]]) -> None:
    assert [(q.speaker, q.text) for q in quotes_in(text)] == expected
