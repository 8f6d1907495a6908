"""The page the project started from (../shared/seed) must come out exactly."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from svodka.extract import extract
from svodka.model import Article

SEED = "seed/000_cac326ca777fe690.txt"
HEADLINE = "Переговоры России и США по гарантиям безопасности начнутся в январе"
REFERENCE = "2024-07-05T11:00:00+03:00"


@pytest.fixture(scope="module")
def seed_bytes(shared: Path, need: Callable[[Path], Path]) -> bytes:
    return need(shared / SEED).read_bytes()


@pytest.fixture(scope="module")
def article(seed_bytes: bytes) -> Article:
    return extract(seed_bytes, name=SEED)


@pytest.fixture(scope="module")
def with_reference(seed_bytes: bytes) -> Article:
    return extract(seed_bytes, reference_time=REFERENCE, name=SEED)


def test_headline(article: Article) -> None:
    assert article.headline == HEADLINE


def test_published(article: Article) -> None:
    assert article.published == "2021-12-22T12:44:00+03:00"


def test_body(article: Article) -> None:
    assert len(article.body) == 5
    assert article.body[0].startswith("Переговоры России и США по гарантиям безопасности состоятся")
    assert article.body[-1].endswith("приступить к переговорам.")
    assert all(p.strip() == p and p for p in article.body)


def test_text_is_headline_and_body(article: Article) -> None:
    assert article.text == article.headline + "\n" + "\n".join(article.body)


def test_related_items(article: Article) -> None:
    related = article.related
    assert len(related) == 10
    assert related[0].headline == ("Кадыров назначил своего 16-летнего сына Адама куратором "
                                   "Российского университета спецназа имени Путина")
    assert related[0].time_text == "Сегодня в 10:31"
    assert related[5].time_text == "Вчера в 17:26"
    assert related[-1].headline.startswith("WSJ опубликовал статью")
    # nothing of the feed leaks into the article
    assert not any("Другие новости" in p or "Сегодня в" in p for p in article.body)


def test_related_warning(article: Article) -> None:
    assert "related_block_later_than_article" in {w.code for w in article.warnings}


def test_related_times_need_a_reference(article: Article) -> None:
    assert [r.time for r in article.related] == [None] * len(article.related)


def test_related_times_with_reference(with_reference: Article, article: Article) -> None:
    related = with_reference.related
    assert related[0].time == "2024-07-05T10:31:00+03:00"
    assert related[5].time == "2024-07-04T17:26:00+03:00"
    # the reference time changes nothing else
    assert [r.headline for r in related] == [r.headline for r in article.related]
    assert with_reference.published == article.published
    assert with_reference.body == article.body


def test_related_times_with_utc_reference(seed_bytes: bytes) -> None:
    """A WARC-Date is UTC; the feed prints the outlet's (Moscow) clock, like the article does."""
    # 08:00Z is 11:00 in Moscow
    got = extract(seed_bytes, reference_time="2024-07-05T08:00:00Z", name=SEED).related
    assert got[0].time is not None and got[5].time is not None
    assert datetime.fromisoformat(got[0].time) == datetime.fromisoformat("2024-07-05T10:31:00+03:00")
    assert datetime.fromisoformat(got[5].time) == datetime.fromisoformat("2024-07-04T17:26:00+03:00")


def test_matches_contract(article: Article, with_reference: Article,
                          validate: Callable[[dict[str, Any]], None]) -> None:
    validate(article.to_dict())
    validate(with_reference.to_dict())


def test_same_from_str_and_bytes(seed_bytes: bytes, article: Article) -> None:
    again = extract(seed_bytes.decode("utf-8"), name=SEED)
    assert again.to_dict() == article.to_dict()
