"""Snippets: the passage with the most distinct query words, and spans on the original words."""

from __future__ import annotations

import pytest

from svodka.archive.analysis import Analyzer
from svodka.archive.snippets import ELLIPSIS, SNIPPET_CHARS, Matcher, headline_marks, snippet

FILLER = "Погода в регионе остаётся тёплой, осадков не ожидается. " * 8


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def test_passage_with_most_query_words(analyzer: Analyzer) -> None:
    text = (FILLER + "Переговоры продолжатся завтра. " + FILLER
            + "Лавров заявил, что переговоры о гарантиях безопасности идут трудно. " + FILLER)
    shown = snippet(text, Matcher(analyzer, ["переговорах", "Лаврова", "безопасность"]))
    assert shown.text.startswith(ELLIPSIS) and shown.text.endswith(ELLIPSIS)
    assert len(shown.text) <= SNIPPET_CHARS + 2
    assert [shown.text[a:b] for a, b in shown.spans] == ["Лавров", "переговоры", "безопасности"]


def test_no_match_shows_the_start(analyzer: Analyzer) -> None:
    shown = snippet(FILLER, Matcher(analyzer, ["вулкан"]))
    assert shown.spans == [] and FILLER.startswith(shown.text.removesuffix(ELLIPSIS))


def test_prefix_and_yo(analyzer: Analyzer) -> None:
    text = "Ёлки засыпало снегом; снегопад продолжится, снегоуборщики на улицах."
    shown = snippet(text, Matcher(analyzer, ["елка", "снегоп*"]))
    assert [shown.text[a:b] for a, b in shown.spans] == ["Ёлки", "снегопад"]


def test_line_breaks_keep_spans(analyzer: Analyzer) -> None:
    shown = snippet("Первая строка.\nПереговоры начались.", Matcher(analyzer, ["переговоры"]))
    assert "\n" not in shown.text and [shown.text[a:b] for a, b in shown.spans] == ["Переговоры"]


def test_headline_marks(analyzer: Analyzer) -> None:
    headline = "Захарова ответила Пескову"
    assert [headline[a:b] for a, b in headline_marks(headline, Matcher(analyzer, ["Песков"]))] == ["Пескову"]
