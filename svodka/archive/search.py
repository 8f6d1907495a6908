"""Searching the archive: a query and filters → ranked hits with highlighted snippets.

    >>> analyzer = Analyzer()       # built once per process, shared with the index
    >>> search(conn, 'переговоры "гарантиям безопасности"', analyzer, Filters(entity="Лавров"))
    [Hit(id=..., headline=..., snippet='… о гарантиях безопасности …', highlights=[(2, 11), ...]), ...]

Ranking is FTS5's BM25 over the analysed headline (weight 3) and body (1); `sort="date"` puts the
newest first instead. Filters: publication day range and source (as every archive command reads
them, read.Filters), and entity / quote-speaker names (matched by base form in the index's name
columns, see fts.py).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from svodka.archive import fts
from svodka.archive.analysis import Analyzer
from svodka.archive.query import Compiler, QueryError, parse, query_words
from svodka.archive.read import Filters as ArticleFilters
from svodka.archive.snippets import Marked, Matcher, headline_marks, snippet

SORTS = ("rank", "date")
CANDIDATES = 1000  # matches scored per query by rank (see candidate_sql)


@dataclass(frozen=True)
class Filters:
    """What every hit must also satisfy: the archive commands' day range and source, and names."""

    articles: ArticleFilters = field(default_factory=ArticleFilters)
    entity: str | None = None  # any name form: "Лаврова" matches "Сергей Лавров"
    speaker: str | None = None  # a quote's speaker, matched the same way


@dataclass
class Hit:
    """One found article: what to show of it, and its score (higher is better)."""

    id: str
    headline: str
    url: str | None
    source: str | None
    published: str | None
    score: float
    snippet: str
    highlights: list[tuple[int, int]] = field(default_factory=list)  # offsets into snippet
    headline_highlights: list[tuple[int, int]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "headline": self.headline, "url": self.url, "source": self.source,
            "published": self.published, "score": round(self.score, 4), "snippet": self.snippet,
            "highlights": [list(span) for span in self.highlights],
            "headline_highlights": [list(span) for span in self.headline_highlights],
        }


def match_expression(query: str, filters: Filters, analyzer: Analyzer) -> str:
    """The whole FTS5 MATCH expression: the query on the text columns AND the name filters."""
    parts = []
    if query.strip():
        parts.append(f"{fts.SEARCHED} : ({Compiler(analyzer).expression(parse(query))})")
    for column, name in (("entities", filters.entity), ("speakers", filters.speaker)):
        if name is not None:
            parts.append(f"{{{column}}} : {name_group(name, analyzer)}")
    if not parts:
        raise QueryError("nothing to search for: give a query, or --entity / --speaker")
    return " AND ".join(parts)


def name_group(name: str, analyzer: Analyzer) -> str:
    """A name's words, in any order, close together ("Лавров Сергей" finds "Сергей Лавров")."""
    keys = analyzer.keys(name)
    if not keys:
        raise QueryError(f"the name {name!r} has no letters")
    if len(keys) == 1:
        return f'"{keys[0]}"'
    return "NEAR(" + " ".join(f'"{key}"' for key in keys) + f", {len(keys)})"


def candidate_sql(filters: Filters, sort: str) -> str:
    """The statement that picks the hits' rowids and scores (parameters: match, the day and source
    conditions in order, then by rank the number of candidates, then the limit).

    By rank, only the newest CANDIDATES matches (in archive order) are scored: FTS5 computes BM25 row
    by row (~7 µs each, bench/bench_search.py), so a common word matching 60,000 articles of a million would take half a
    second to rank in full, while walking its doclist from the newest end stops after CANDIDATES rows.
    A query with fewer matches is ranked exactly; a common one is ranked among its recent articles,
    which for news is what a reader wants. By date, every match is ordered by publication time.
    What the window cannot bound: BM25's idf, which FTS5 computes by walking each phrase's whole
    doclist once per query (a word in 13% of a million articles: ~35 ms on the benchmark machine).
    """
    where, _ = filters.articles.where()
    source = f"{fts.TABLE} f" + (" JOIN articles a ON a.pk = f.rowid" if where != "1" or sort == "date" else "")
    matched = f"SELECT f.rowid, f.rank AS score FROM {source} WHERE {fts.TABLE} MATCH ? AND {where}"
    if sort == "date":
        return matched + " ORDER BY a.published_utc IS NULL, a.published_utc DESC, f.rank LIMIT ?"
    return f"SELECT rowid, score FROM ({matched} ORDER BY f.rowid DESC LIMIT ?) ORDER BY score LIMIT ?"


def search(conn: sqlite3.Connection, query: str, analyzer: Analyzer, filters: Filters | None = None,
           limit: int = 10, sort: str = "rank") -> list[Hit]:
    """The best `limit` articles for `query`; `QueryError` when the query or a filter is malformed."""
    filters = filters or Filters()
    if sort not in SORTS:
        raise QueryError(f"--sort {sort!r}: use one of {', '.join(SORTS)}")
    if limit < 1:
        raise QueryError(f"--limit {limit}: give a positive number")
    _, conditions = filters.articles.where()
    window = [] if sort == "date" else [max(CANDIDATES, limit)]
    params = [match_expression(query, filters, analyzer), *conditions, *window, limit]
    ranked: list[tuple[int, float]] = conn.execute(candidate_sql(filters, sort), params).fetchall()
    matcher = Matcher(analyzer, query_words(parse(query)) if query.strip() else [])
    rows = stored_rows(conn, [pk for pk, _ in ranked])
    # BM25 as FTS5 gives it is lower-is-better; a hit's score reads the usual way round
    return [hit_of(rows[pk], -rank, matcher) for pk, rank in ranked if pk in rows]


def stored_rows(conn: sqlite3.Connection, pks: list[int]) -> dict[int, sqlite3.Row]:
    """The article rows of the given primary keys."""
    if not pks:
        return {}
    conn.row_factory = sqlite3.Row
    try:
        rows = conn.execute(
            "SELECT pk, id, headline, url, source, published, body FROM articles WHERE pk IN ("
            + ",".join("?" * len(pks)) + ")", pks).fetchall()
    finally:
        conn.row_factory = None
    return {row["pk"]: row for row in rows}


def hit_of(row: sqlite3.Row, score: float, matcher: Matcher) -> Hit:
    body = " ".join(json.loads(row["body"]))
    shown: Marked = snippet(body, matcher)
    return Hit(id=row["id"], headline=row["headline"], url=row["url"], source=row["source"],
               published=row["published"], score=score, snippet=shown.text, highlights=shown.spans,
               headline_highlights=headline_marks(row["headline"], matcher))

