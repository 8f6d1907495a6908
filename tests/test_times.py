"""Time expressions: found in text and resolved against the publication day (svodka.enrich.times)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pymorphy3
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from svodka.enrich.times import find_times, times_in
from svodka.model import TimeMention

BENCH = Path(__file__).resolve().parents[1] / "bench" / "bench_times.py"
SEED = "seed/000_cac326ca777fe690.txt"
# NEREL test, measured by bench/bench_times.py: P 0.935, R 0.960, F1 0.947 (dateparser 0.815 / 0.821 / 0.818)
FLOORS = {"precision": 0.91, "recall": 0.94, "f1": 0.93}


def load_bench() -> ModuleType:
    """bench/bench_times.py: the resolution table's reader and the NEREL scorer, shared with the benchmark."""
    spec = importlib.util.spec_from_file_location("bench_times", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


bench = load_bench()
ROWS = bench.read_table()


@pytest.fixture(scope="session")
def morph() -> Any:
    return pymorphy3.MorphAnalyzer()


@pytest.fixture(scope="module")
def times(morph: Any) -> Callable[[str, date | None], list[TimeMention]]:
    return lambda text, anchor: times_in(text, anchor, morph)


def test_table_is_large_enough() -> None:
    assert len(ROWS) >= 80


@pytest.mark.parametrize("row", ROWS, ids=[f"{r.published}:{r.expression}" for r in ROWS])
def test_resolution(row: Any, times: Callable[[str, date | None], list[TimeMention]]) -> None:
    found = times(row.sentence, row.published)
    match = [m for m in found if m.text == row.expression]
    assert match, f"{row.expression!r} not found in {row.sentence!r}: {[m.text for m in found]}"
    assert (match[0].first, match[0].last) == (row.first, row.last), row.note


DETECTED = [
    ("Ему 64 года.", []),
    ("Он умер в возрасте 52 лет.", []),
    ("Кандидату 68 лет, он ветеран политики.", []),
    ("Вера Щесных (26 лет) пропала.", []),
    ("В 13 лет он уехал в Испанию.", []),
    ("Сейчас он работает в Москве.", []),
    ("На митинг пришли 2000 человек.", []),
    ("Когда счёт стал 14:13, зал встал.", []),
    ("Институт в десяти минутах ходьбы от метро.", []),
    ("Подробности: https://www.example.com/2016-06-30/news", []),
    ("Фильмы «Дядя Ваня», «31 июня».", []),
    ("Это был черный день для России.", []),
    ("по ст. 115 ч. 2 УК", []),
    ("Суд приговорил его к 5 годам колонии, он отбывал 23-летний срок.", ["к 5 годам", "23-летний"]),
    ("Погиб 54-летний мужчина.", []),
    ("Он перенес болезнь в ноябре-декабре.", ["в ноябре-декабре"]),
    ("Лекции пройдут 19 и 20 июля.", ["19", "20 июля"]),
    ("В январе и феврале цены росли.", ["В январе", "феврале"]),
    ("Итоги ЕГЭ-2013 подвели.", ["2013"]),
    ("Серебро Олимпийских игр (1984, 1988).", ["1984", "1988"]),
    ("Пожар начался в 12:30 мск.", ["в 12:30 мск"]),
    ("Встреча началась в 6 часов вечера.", ["в 6 часов вечера"]),
    ("На 73-й минуте он забил гол.", ["На 73-й минуте"]),
    ("Он работал там 878 дней, а потом еще три с половиной года.", ["878 дней", "три с половиной года"]),
    ("Процесс продолжался почти неделю.", ["почти неделю"]),
    ("Фестиваль проходит каждые два года.", ["каждые два года"]),
    ("Пятилетний план выполнен.", ["Пятилетний"]),
    ("Памятник поставили в XIX веке, а снесли в ХХ-м веке.", ["в XIX веке", "в ХХ-м веке"]),
    ("С 2009 года он живет в Москве.", ["С 2009 года"]),
    ("Накануне визита он дал интервью.", []),
    ("Индекс, поднимавшийся к 1460 пунктам, упал; максимум дня - 1458.", []),
]


@pytest.mark.parametrize("text, expected", DETECTED, ids=[t for t, _ in DETECTED])
def test_detected(text: str, expected: list[str],
                  times: Callable[[str, date | None], list[TimeMention]]) -> None:
    assert [m.text for m in times(text, date(2021, 12, 22))] == expected


def test_without_anchor_only_absolute_dates_resolve(
        times: Callable[[str, date | None], list[TimeMention]]) -> None:
    found = {m.text: (m.first, m.last) for m in times("Вчера пришли вести. 17 декабря 2021 года, в январе, в 1990-е.", None)}
    assert found == {"Вчера": (None, None), "17 декабря 2021 года": ("2021-12-17", "2021-12-17"),
                     "в январе": (None, None), "в 1990-е": ("1990-01-01", "1999-12-31")}


def test_offsets_index_the_text(times: Callable[[str, date | None], list[TimeMention]]) -> None:
    text = "Переговоры начнутся в январе.\n\n22/12/2021 - 12:44\nВ ночь на 24 февраля, с 5 по 21 августа 2016 года."
    found = times(text, date(2021, 12, 22))
    assert [m.text for m in found] == ["в январе", "22/12/2021 - 12:44", "В ночь на 24 февраля",
                                       "с 5 по 21 августа 2016 года"]
    assert all(text[m.start:m.stop] == m.text for m in found)


def test_seed_page(shared: Path, need: Callable[[Path], Path]) -> None:
    """The seed (published 2021-12-22): "в самом начале следующего года" and "в январе" are January 2022."""
    from svodka.enrich.nlp import NLP

    text = need(shared / SEED).read_text(encoding="utf-8")
    nlp = NLP()
    found = [(m.text, m.first, m.last) for m in find_times(text, date(2021, 12, 22), nlp)]
    january = ("2022-01-01", "2022-01-31")
    assert ("в самом начале следующего года", *january) in found
    assert ("в январе", *january) in found
    assert ("17 декабря", "2021-12-17", "2021-12-17") in found


FRAGMENTS = ["в", "во", "с", "по", "до", "на", "к", "после", "через", "назад", "ночь", "самом", "начале", "конце",
             "середине", "первой", "половине", "17", "31", "0", "2021", "99999", "1000", "90-х", "1990-е", "XX",
             "века", "декабря", "января", "феврале", "29", "года", "году", "лет", "дня", "неделе", "прошлой",
             "следующего", "этом", "понедельник", "выходные", "сегодня", "вчера", "утром", "12:44", "25:99",
             "17.12.2021", "31.02.2021", "2016/17", "-", "—", ",", ".", "(", ")", "и", "три", "несколько", "полгода",
             "мск", "летом", "ему", "возрасте", "\n", "ХХ-го", "через", "тому"]


@settings(max_examples=300, deadline=None)
@example(words=["A\U00017000", "полгода"], anchor=None)  # a letter Unicode leaves unnamed broke pymorphy3
@given(words=st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=4), max_size=14),
       anchor=st.none() | st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_parser_never_breaks(words: list[str], anchor: date | None, morph: Any) -> None:
    text = " ".join(words)
    for m in times_in(text, anchor, morph):
        assert 0 <= m.start < m.stop <= len(text)
        assert text[m.start:m.stop] == m.text
        if m.first and m.last:
            assert m.first <= m.last


@pytest.mark.eval
def test_nerel_detection_floor(shared: Path, need: Callable[[Path], Path], morph: Any) -> None:
    """Detection of NEREL test DATE/TIME spans (overlap match) stays above the pinned floors."""
    folder = need(shared / "data" / bench.NEREL_TEST)
    texts = list(bench.nerel_texts(folder))
    predicted = [[(m.start, m.stop) for m in times_in(text, bench.NEREL_ANCHOR, morph)] for text, _ in texts]
    got = bench.overlap_scores([gold for _, gold in texts], predicted)
    for name, floor in FLOORS.items():
        assert getattr(got, name) >= floor, f"{name} {getattr(got, name):.3f} fell below {floor}"


@pytest.mark.eval
def test_daniel_resolution_floor(shared: Path, need: Callable[[Path], Path], morph: Any) -> None:
    """Expressions of real articles get the range a reader gives them (bench/bench_times.py: 358/359)."""
    need(shared / "data" / bench.DANIEL_GOLD)
    rows = bench.read_placed()
    right = bench.placed_right(rows, bench.daniel_articles(shared / "data"), morph)
    assert sum(right) / len(rows) >= 0.97, [r.expression for r, ok in zip(rows, right, strict=True) if not ok]
