"""Byline lines: which names they give, and which lines are no byline at all."""

from __future__ import annotations

import pytest

from svodka.extract.blocks import Block
from svodka.extract.bylines import byline_names, split_bylines


@pytest.mark.parametrize(("text", "bare", "names"), [
    ("Текст: Ирина Демченко, Олег Савин", False, ["Ирина Демченко", "Олег Савин"]),
    ("Автор: Мария Белоусова", False, ["Мария Белоусова"]),
    ("Авторы: Анна Петрова и Игорь Смирнов", False, ["Анна Петрова", "Игорь Смирнов"]),
    ("Текст и фото: Анна Корнеева", False, ["Анна Корнеева"]),
    ("Дмитрий Рябов, специально для «Спорта Прикамья»", False, ["Дмитрий Рябов"]),
    ("Елена Тихонова, корреспондент", False, ["Елена Тихонова"]),
    ("И. Петров", True, ["И. Петров"]),
    ("Ольга Миронова", True, ["Ольга Миронова"]),
    ("Ольга Миронова", False, []),  # a bare name counts only right under the story
    ("Фото из архива редакции", True, []),  # a picture's credit, not an author
    ("Фото: Иван Петров", True, []),
    ("Новости Москвы", True, []),
    ("Москва, 5 января", True, []),
    ("Депутаты приняли бюджет.", True, []),
    ("Текст: см. также материалы по теме", False, []),
])
def test_byline_names(text: str, bare: bool, names: list[str]) -> None:
    assert byline_names(text, bare=bare) == names


def test_split_bylines_top_bottom_and_after() -> None:
    body = [Block("Текст: Ирина Демченко"), Block("Первый абзац истории."), Block("Второй абзац.")]
    split = split_bylines(body, after=Block("Олег Савин"))
    assert [b.text for b in split.body] == ["Первый абзац истории.", "Второй абзац."]
    assert split.names == ["Ирина Демченко", "Олег Савин"]


def test_a_lone_line_stays_body() -> None:
    split = split_bylines([Block("Ольга Миронова")])
    assert [b.text for b in split.body] == ["Ольга Миронова"]
