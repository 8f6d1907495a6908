"""Quotations written at stop 29, one row per general pattern with invented sentences → every quotation of the
text, in order, as (speaker, its words in full)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from svodka.model import Quote

# text, [(speaker, the quotation's words in full), ...]
PATTERNS = [
    # a chamber's "спикер" is its chair, the person introduced so, not the chamber's press office (nor the
    # outlet named last)
    ('Сессия пройдет в декабре, заявил спикер Верховной рады Владимир Литвин.\n"Я прогнозирую, что это будет '
     'на неделе после 12 декабря", - добавил спикер украинского парламента, которого цитирует РБК-Украина.',
     [("Владимир Литвин", "Сессия пройдет в декабре"),
      ("Владимир Литвин", "Я прогнозирую, что это будет на неделе после 12 декабря")]),
    # a company's "спикер" is its spokesperson: the company speaks
    ('"Мы не комментируем слухи", - сказал спикер компании Apple.', [("Apple", "Мы не комментируем слухи")]),
]


@pytest.mark.parametrize(("text", "expected"), PATTERNS, ids=[f"pattern-{i}" for i in range(len(PATTERNS))])
def test_quotations_of_the_pattern(quotes_in: Callable[[str], list[Quote]], text: str,
                                   expected: list[tuple[str, str]]) -> None:
    assert [(q.speaker, q.text) for q in quotes_in(text)] == expected
