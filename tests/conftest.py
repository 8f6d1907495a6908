"""Shared fixtures: where ../shared is, skipping when its data is absent, the article contract."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from svodka.enrich import Enricher
from svodka.model import Article, Quote

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
SAMPLES = REPO / "samples"


def require(path: Path) -> Path:
    """`path` if it exists; else skip the test, naming the missing part of ../shared."""
    if path.exists():
        return path
    try:
        top = path.resolve().relative_to(SHARED.resolve()).parts[0]
        where = f"../shared/{top}"
    except (ValueError, IndexError):
        where = str(path.parent)
    pytest.skip(f"{where} not present: {path} is missing (tests that read ../shared skip outside "
                "the project's checkout)")


@pytest.fixture(scope="session")
def shared() -> Path:
    """The project's shared folder (data, contract, seed), next to the repository."""
    return SHARED


@pytest.fixture(scope="session")
def need() -> Callable[[Path], Path]:
    """`need(path)` returns `path`, or skips the test with a clear reason when it is absent."""
    return require


@pytest.fixture(scope="session")
def samples() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def schema() -> dict[str, Any]:
    path = require(SHARED / "contract" / "article.schema.json")
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(loaded)
    return loaded


@pytest.fixture(scope="session")
def validate(schema: dict[str, Any]) -> Callable[[dict[str, Any]], None]:
    """`validate(article_dict)`: fails the test listing every way the dict breaks the contract."""
    validator = Draft202012Validator(schema)

    def check(article: dict[str, Any]) -> None:
        errors = sorted(validator.iter_errors(article), key=lambda e: list(e.absolute_path))
        assert not errors, "article breaks the contract:\n" + "\n".join(
            f"  {'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}" for e in errors
        )

    return check


@pytest.fixture(scope="session")
def enricher() -> Enricher:
    """One enricher (its models load once) for every test that enriches."""
    return Enricher()


@pytest.fixture(scope="session")
def quotes_in(enricher: Enricher) -> Callable[[str], list[Quote]]:
    """`quotes_in(text)`: the quotations svodka finds in a plain text."""

    def run(text: str) -> list[Quote]:
        return enricher.enrich(Article(id="t", text=text)).quotes

    return run


@pytest.fixture(scope="session")
def speakers_are(quotes_in: Callable[[str], list[Quote]]) -> Callable[[str, list[tuple[str, str]]], None]:
    """`speakers_are(text, [(speaker, start of the quote's text), ...])`: every quotation of the text, in
    order, has that speaker and its text begins so (the pattern tables of the quotation tests)."""

    def check(text: str, expected: list[tuple[str, str]]) -> None:
        got = [(q.speaker, q.text) for q in quotes_in(text)]
        assert [s for s, _ in got] == [s for s, _ in expected], got
        assert all(t.startswith(head) for (_, t), (_, head) in zip(got, expected, strict=True)), got

    return check
