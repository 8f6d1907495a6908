"""Reading articles back out of the archive, whole (with their parts), a batch at a time.

`articles(conn, Filters(...))` streams: it walks the articles table with one cursor and loads the
parts of each batch of articles with one query per part table, so memory stays flat however large
the archive is.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from svodka.errors import SvodkaError
from svodka.model import Article, Entity, Quote, RelatedItem, TimeMention, Warning

BATCH = 500
ARTICLE_COLUMNS = ("pk", "id", "url", "source", "headline", "published", "published_text", "authors", "lang",
                   "text", "body")


@dataclass(frozen=True)
class Filters:
    """Which articles: published between `first` and `last` (inclusive calendar days, as the article's
    own date reads), from `source` (a host such as ria.ru, or an outlet name as its records gave it)."""

    first: str | None = None
    last: str | None = None
    source: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition on table `articles` (alias a) and its parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.first:
            clauses.append("a.published_day >= ?")
            params.append(self.first)
        if self.last:
            clauses.append("a.published_day <= ?")
            params.append(self.last)
        if self.source:
            host = self.source.lower().removeprefix("www.")
            clauses.append("(lower(a.source) IN (?, ?) OR a.outlet = ?)")
            params += [host, "www." + host, self.source]
        return (" AND ".join(clauses) or "1"), params


def checked_day(value: str | None, option: str) -> str | None:
    """A --from/--to value: an ISO calendar day (YYYY-MM-DD)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        raise SvodkaError(f"{option} {value!r} is not a date (YYYY-MM-DD)") from None


def articles(conn: sqlite3.Connection, filters: Filters | None = None, newest_first: bool = False) -> Iterator[Article]:
    """The matching articles with all their parts, in archive order (or newest first)."""
    where, params = (filters or Filters()).where()
    order = "a.published_utc DESC, a.pk DESC" if newest_first else "a.pk"
    columns = ", ".join(f"a.{c}" for c in ARTICLE_COLUMNS)
    cursor = conn.execute(f"SELECT {columns} FROM articles a WHERE {where} ORDER BY {order}", params)
    while rows := cursor.fetchmany(BATCH):
        yield from with_parts(conn, rows)


def with_parts(conn: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> list[Article]:
    found = {row[0]: article_of(row) for row in rows}
    marks = ", ".join("?" * len(found))
    keys = list(found)

    def parts(table: str, columns: str) -> dict[int, list[tuple[Any, ...]]]:
        grouped: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
        for row in conn.execute(f"SELECT article, {columns} FROM {table} WHERE article IN ({marks}) "
                                "ORDER BY article, seq", keys):
            grouped[row[0]].append(row[1:])
        return grouped

    entities = parts("entities", "type, text, start, stop, normal, canonical")
    quotes = parts("quotes", "text, start, stop, speaker, speaker_type, cue, direct, source")
    times = parts("times", "text, start, stop, date_from, date_to")
    related = parts("related", "headline, url, time_text, time")
    warnings = parts("warnings", "code, message")
    for pk, article in found.items():
        article.entities = [Entity(*r) for r in entities[pk]]
        article.quotes = [quote_of(r) for r in quotes[pk]]
        article.times = [TimeMention(*r) for r in times[pk]]
        article.related = [RelatedItem(*r) for r in related[pk]]
        article.warnings = [Warning(*r) for r in warnings[pk]]
    return list(found.values())


def quote_of(row: tuple[Any, ...]) -> Quote:
    """A quote from its columns: text, start, stop, speaker, speaker_type, cue, direct, source."""
    text, start, stop, speaker, speaker_type, cue, direct, source = row
    return Quote(text, start, stop, speaker, speaker_type, cue, bool(direct), source)


def article_of(row: tuple[Any, ...]) -> Article:
    values = dict(zip(ARTICLE_COLUMNS, row, strict=True))
    return Article(
        id=values["id"], url=values["url"], source=values["source"], headline=values["headline"],
        published=values["published"], published_text=values["published_text"],
        authors=json.loads(values["authors"]), lang=values["lang"], text=values["text"],
        body=json.loads(values["body"]),
    )
