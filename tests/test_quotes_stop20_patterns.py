"""Speakers and extents written from the development sets' misses at stop 20, one row per general
pattern with invented sentences → every quotation of the text, in order, as (speaker, the start of
its content)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

# text, [(speaker, the first words of the quote's text), ...]
PATTERNS = [
    # a kin noun before a declined name is whose kin: the mother is nobody named, nor the woman named last
    ("Актер Александр Петров расстался с Ириной Старшенбаум. После расставания со Старшенбаум мама "
     "Александра Петрова заявляла, что рада за сына.", []),
    ("Актер Александр Петров снялся в фильме. Также он заметил, что роль далась тяжело. Мама Александра "
     "Петрова заявляла, что рада за сына.", [("Александр Петров", "роль далась")]),
    ("Меган Маркл подала в суд на газету. Жена принца Гарри утверждает, что таблоид нарушил закон.",
     [("Меган Маркл", "таблоид нарушил")]),
    ("Сестра Алла заявила, что брат здоров.", [("Алла", "брат здоров")]),
    # bare "учёные" right after the group named with its institution ("исследователи из …") are that group
    ("Исследователи из Университета Дикина и Университета Монаша заявили, что витамин D важен.\n«Группа риска — пожилые», "
     "— подчеркнули ученые.", [("Университет Дикина", "витамин D важен"),
                              ("Университет Дикина", "Группа риска")]),
    ("Исследователи из Университета Дикина и Университета Монаша заявили, что витамин D важен.\n«Группа риска — пожилые», "
     "— подчеркнули британские ученые.", [("Университет Дикина", "витамин D важен")]),
]


@pytest.mark.parametrize(("text", "expected"), PATTERNS, ids=[f"pattern-{i}" for i in range(len(PATTERNS))])
def test_speakers_of_the_pattern(speakers_are: Callable[[str, list[tuple[str, str]]], None], text: str,
                                 expected: list[tuple[str, str]]) -> None:
    speakers_are(text, expected)
