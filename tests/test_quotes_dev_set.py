"""Integrity of the quotation development set (tests/data/quotes_dev.jsonl, annotated blind, a
development set since 2026-11-30) against the gold bodies of daniel-ru-dev: ids, offsets, fields.
It never runs or scores the extractor (tests/test_quotes.py does; see tests/data/README_quotes.md)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parent / "data"
DEV_SET = DATA / "quotes_dev.jsonl"
EARLIER_SETS = (DATA / "quotes_gold.jsonl", DATA / "quotes_validation.jsonl")
FIELDS = {"text": str, "start": int, "stop": int, "speaker": str, "speaker_type": str,
          "cue": (str, type(None)), "direct": bool, "source": (str, type(None))}


def rows_of(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def dev_rows() -> list[dict[str, Any]]:
    return rows_of(DEV_SET)


@pytest.fixture(scope="module")
def bodies(need: Callable[[Path], Path], shared: Path) -> dict[str, str]:
    """Article text by id, as the annotation reads it: the body paragraphs joined with "\\n"."""
    gold = need(shared / "data" / "extract" / "daniel-ru-dev" / "gold.jsonl")
    return {row["id"]: "\n".join(row["body"]) for row in rows_of(gold)}


def test_ids_are_unique_and_new(dev_rows: list[dict[str, Any]]) -> None:
    ids = [row["id"] for row in dev_rows]
    assert len(ids) == len(set(ids))
    earlier = {row["id"] for path in EARLIER_SETS for row in rows_of(path)}
    assert not set(ids) & earlier, "the dev set must not share articles with the tuned sets"


def test_fields_have_their_types(dev_rows: list[dict[str, Any]]) -> None:
    for row in dev_rows:
        assert set(row) == {"id", "quotes"} and isinstance(row["quotes"], list)
        for quote in row["quotes"]:
            assert set(quote) == set(FIELDS), (row["id"], quote)
            for name, kind in FIELDS.items():
                assert isinstance(quote[name], kind), (row["id"], name, quote[name])
            assert quote["speaker_type"] in ("PER", "ORG"), (row["id"], quote)
            assert quote["speaker"].strip() and quote["text"].strip(), (row["id"], quote)


def test_quotes_are_in_text_order(dev_rows: list[dict[str, Any]]) -> None:
    for row in dev_rows:
        spans = [(q["start"], q["stop"]) for q in row["quotes"]]
        assert all(start < stop for start, stop in spans), row["id"]
        assert spans == sorted(spans), row["id"]


def test_ids_exist_and_texts_match_the_bodies(dev_rows: list[dict[str, Any]],
                                              bodies: dict[str, str]) -> None:
    for row in dev_rows:
        assert row["id"] in bodies, f"{row['id']} is not in daniel-ru-dev/gold.jsonl"
        body = bodies[row["id"]]
        for quote in row["quotes"]:
            assert quote["stop"] <= len(body), (row["id"], quote)
            assert body[quote["start"]:quote["stop"]] == quote["text"], (row["id"], quote["text"])
