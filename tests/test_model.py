"""The document model against the contract (../shared/contract/article.schema.json)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from svodka.model import Article, Entity, Quote, RelatedItem, TimeMention, Warning, joined_text

# Fields a later stage (stories) fills in; the model leaves them out until it exists.
LATER_STAGES = {"story_id"}


def full_article() -> Article:
    article = Article(
        id="a1",
        headline="Заголовок",
        body=["Первый абзац.", "Второй абзац."],
        url="https://example.ru/news/1",
        source="example.ru",
        published="2021-12-22T12:44:00+03:00",
        published_text="22/12/2021 - 12:44",
        authors=["Анна Корнеева"],
        lang="ru",
        related=[RelatedItem("Другая новость", "https://example.ru/news/2", "Сегодня в 10:31",
                             "2021-12-22T10:31:00+03:00"), RelatedItem("Без времени")],
    )
    article.text = joined_text(article.headline, article.body)
    article.warn("timezone_assumed", "read as Moscow time")
    return article


def test_article_keys_are_the_contracts(schema: dict[str, Any]) -> None:
    keys = set(Article(id="x").to_dict())
    assert keys == set(schema["properties"]) - LATER_STAGES
    assert set(schema["required"]) <= keys


def test_related_and_warning_keys(schema: dict[str, Any]) -> None:
    related = schema["properties"]["related"]["items"]
    warning = schema["properties"]["warnings"]["items"]
    assert set(RelatedItem("h").to_dict()) == set(related["properties"])
    assert set(Warning("c", "m").to_dict()) == set(warning["properties"])


def test_minimal_article_is_valid(validate: Callable[[dict[str, Any]], None]) -> None:
    validate(Article(id="x").to_dict())


def test_full_article_is_valid(validate: Callable[[dict[str, Any]], None]) -> None:
    doc = full_article().to_dict()
    validate(doc)
    validate(json.loads(json.dumps(doc, ensure_ascii=False)))


def test_to_dict_copies_lists() -> None:
    article = full_article()
    doc = article.to_dict()
    doc["body"].append("чужой абзац")
    doc["authors"].clear()
    assert article.body == ["Первый абзац.", "Второй абзац."]
    assert article.authors == ["Анна Корнеева"]


def test_joined_text() -> None:
    assert joined_text("Заголовок", ["a", "b"]) == "Заголовок\na\nb"
    assert joined_text("", ["a", "b"]) == "a\nb"
    assert joined_text("Заголовок", []) == "Заголовок"


def test_enrichment_parts_are_the_contracts(schema: dict[str, Any]) -> None:
    props = schema["properties"]
    assert set(Entity("PER", "Лавров", 0, 6, "Лавров", "Сергей Лавров").to_dict()) == set(props["entities"]["items"]["properties"])
    assert set(Quote("текст", 0, 5).to_dict()) == set(props["quotes"]["items"]["properties"])
    assert set(TimeMention("в январе", 0, 8).to_dict()) == set(props["times"]["items"]["properties"])
