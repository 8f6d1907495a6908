"""Integrity of the blind quotation holdout (tests/data/quotes_holdout.jsonl): its ids are the
daniel-ru-dev articles no other quotation set uses, its passages are exact slices of the gold
bodies, its fields are well typed. It never runs or scores the extractor: the set is worth
something only while the extractor has never been looked at beside it (tests/data/README_quotes.md)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parent / "data"
HOLDOUT = DATA / "quotes_holdout.jsonl"
OTHER_SETS = ("quotes_gold.jsonl", "quotes_validation.jsonl", "quotes_test.jsonl")
KINDS: dict[str, tuple[type, ...]] = {
    "text": (str,), "start": (int,), "stop": (int,), "speaker": (str,), "speaker_type": (str,),
    "cue": (str, type(None)), "direct": (bool,), "source": (str, type(None)),
}


def lines_of(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def holdout() -> list[dict[str, Any]]:
    return lines_of(HOLDOUT)


@pytest.fixture(scope="module")
def gold_rows(need: Callable[[Path], Path], shared: Path) -> list[dict[str, Any]]:
    return lines_of(need(shared / "data" / "extract" / "daniel-ru-dev" / "gold.jsonl"))


def test_ids_are_unique_and_in_no_other_set(holdout: list[dict[str, Any]]) -> None:
    ids = [row["id"] for row in holdout]
    assert len(ids) == len(set(ids))
    used = {row["id"] for name in OTHER_SETS for row in lines_of(DATA / name)}
    assert not set(ids) & used, "the holdout must share no article with the other quotation sets"


def test_quotes_have_the_annotation_fields(holdout: list[dict[str, Any]]) -> None:
    for row in holdout:
        assert set(row) == {"id", "quotes"} and isinstance(row["quotes"], list), row["id"]
        for quote in row["quotes"]:
            assert set(quote) == set(KINDS), (row["id"], quote)
            wrong = {name: quote[name] for name, kinds in KINDS.items()
                     if not isinstance(quote[name], kinds)}
            assert not wrong, (row["id"], wrong)
            assert quote["speaker_type"] in {"PER", "ORG"}, (row["id"], quote["speaker_type"])
            assert quote["text"].strip() == quote["text"] != "", (row["id"], quote["text"])
            assert quote["speaker"].strip(), (row["id"], quote)


def test_ids_are_gold_articles_in_file_order(holdout: list[dict[str, Any]],
                                            gold_rows: list[dict[str, Any]]) -> None:
    order = {row["id"]: index for index, row in enumerate(gold_rows)}
    missing = [row["id"] for row in holdout if row["id"] not in order]
    assert not missing, f"not in daniel-ru-dev/gold.jsonl: {missing}"
    positions = [order[row["id"]] for row in holdout]
    assert positions == sorted(positions)


def test_passages_are_slices_of_the_bodies(holdout: list[dict[str, Any]],
                                           gold_rows: list[dict[str, Any]]) -> None:
    body_of = {row["id"]: "\n".join(row["body"]) for row in gold_rows}
    for row in holdout:
        body = body_of[row["id"]]
        spans = [(quote["start"], quote["stop"]) for quote in row["quotes"]]
        assert spans == sorted(spans), row["id"]
        for quote in row["quotes"]:
            assert 0 <= quote["start"] < quote["stop"] <= len(body), (row["id"], quote)
            assert body[quote["start"]:quote["stop"]] == quote["text"], (row["id"], quote["text"])
