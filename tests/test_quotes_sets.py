"""Integrity of the project's quotation annotation (tests/data/quotes_*.jsonl, guidelines in
tests/data/README_quotes.md): every set's ids are daniel-ru-dev, silver-threads or Collection5 news-wire
articles, no article is in two sets,
every passage is an exact slice of its gold body, in text order, with well-typed fields. It never runs
or scores the extractor: a blind set is worth something only while nobody has looked at the
extractor's output on it (tests/test_quotes.py and bench/bench_quotes.py score them)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bench.silver_texts import SILVER, silver_texts
from bench.wire_texts import COLLECTION5, wire_texts

DATA = Path(__file__).resolve().parent / "data"
SETS = sorted(DATA.glob("quotes_*.jsonl"))
# second annotators' readings of some sets' articles, for the agreement between annotators
SECOND = sorted((DATA / "second").glob("quotes_*.jsonl"))
KINDS: dict[str, tuple[type, ...]] = {
    "text": (str,), "start": (int,), "stop": (int,), "speaker": (str,), "speaker_type": (str,),
    "cue": (str, type(None)), "direct": (bool,), "source": (str, type(None)),
}


def rows_of(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def bodies(need: Callable[[Path], Path], shared: Path) -> dict[str, str]:
    """The texts as the annotation reads them: daniel-ru-dev gold bodies (paragraphs joined with a
    line break), silver-threads articles (title and text) and Collection5 texts (bench/wire_texts.py)."""
    gold = rows_of(need(shared / "data" / "extract" / "daniel-ru-dev" / "gold.jsonl"))
    need(shared / "data" / SILVER)
    need(shared / "data" / COLLECTION5)
    return {row["id"]: "\n".join(row["body"]) for row in gold} | silver_texts(shared / "data") | wire_texts(shared / "data")


def test_no_article_is_in_two_sets() -> None:
    seen: dict[str, str] = {}
    for path in SETS:
        ids = [row["id"] for row in rows_of(path)]
        assert len(ids) == len(set(ids)), f"{path.name} lists an article twice"
        twice = {i: seen[i] for i in ids if i in seen}
        assert not twice, f"{path.name} shares articles with other sets: {twice}"
        seen.update(dict.fromkeys(ids, path.name))


def test_second_readings_cover_their_sets_articles() -> None:
    assert SECOND, "no second annotation in tests/data/second"
    for path in SECOND:
        assert [row["id"] for row in rows_of(path)] == [row["id"] for row in rows_of(DATA / path.name)], path.name


@pytest.mark.parametrize("path", SETS + SECOND, ids=[p.stem for p in SETS] + [f"second-{p.stem}" for p in SECOND])
def test_fields_have_their_types(path: Path) -> None:
    for row in rows_of(path):
        assert set(row) == {"id", "quotes"} and isinstance(row["quotes"], list), row["id"]
        for quote in row["quotes"]:
            assert set(quote) == set(KINDS), (row["id"], quote)
            wrong = {name: quote[name] for name, kinds in KINDS.items() if not isinstance(quote[name], kinds)}
            assert not wrong, (row["id"], wrong)
            assert quote["speaker_type"] in {"PER", "ORG"}, (row["id"], quote["speaker_type"])
            assert quote["text"].strip() == quote["text"] != "" and quote["speaker"].strip(), (row["id"], quote)


@pytest.mark.parametrize("path", SETS + SECOND, ids=[p.stem for p in SETS] + [f"second-{p.stem}" for p in SECOND])
def test_passages_are_slices_of_the_bodies_in_text_order(path: Path, bodies: dict[str, str]) -> None:
    for row in rows_of(path):
        assert row["id"] in bodies, f"{path.name}: {row['id']} is no daniel-ru-dev, silver-threads or Collection5 article"
        body = bodies[row["id"]]
        starts = [quote["start"] for quote in row["quotes"]]
        assert starts == sorted(starts), (path.name, row["id"])
        for quote in row["quotes"]:
            assert 0 <= quote["start"] < quote["stop"] <= len(body), (row["id"], quote)
            assert body[quote["start"]:quote["stop"]] == quote["text"], (row["id"], quote["text"])
