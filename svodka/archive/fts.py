"""Full-text index of the archive: how an article enters and leaves it.

The store calls these inside its own transaction, so an article and its index rows appear together.

The index is an FTS5 table over analysed text: each word is replaced by its key (analysis.py: the
stem of its lemma, so "переговорах" and "переговоры" are one key) and the keys, joined by spaces, are
what FTS5's plain unicode61 tokenizer sees. SQLite 3.40 has no custom tokenizers from Python and no
`contentless_delete`, so the choice was between a contentless table (small, but deleting a row needs
its exact old keys, which a later analysis version may not reproduce: a wrong delete corrupts the
index) and a table that keeps its own copy of the keys. This one keeps them: replacing or removing an
article is an ordinary DELETE that stays right whatever the analysis becomes, at the cost of the
stored keys (bench/bench_search.py reports the index size).

Columns: headline and body (searched, headline weighted 3:1 in BM25), and the keys of the article's
entity names and quote speakers (canonical names), which `--entity`/`--speaker` match in the same
MATCH expression, so a filter needs no join and matches names by base form ("Лаврова" → Сергей Лавров).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from svodka.archive.analysis import Analyzer
from svodka.model import Article

TABLE = "article_fts"
COLUMNS = ("headline", "body", "entities", "speakers")
SEARCHED = "{headline body}"
# BM25 weights by column; names only filter, they never add to the score
RANK = "bm25(3.0, 1.0, 0.0, 0.0)"

SCHEMA = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5({', '.join(COLUMNS)}, "
    "tokenize='unicode61 remove_diacritics 0')",
    f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('rank', '{RANK}')",
)


def create_index(conn: sqlite3.Connection) -> None:
    """Create the index table and set its ranking (idempotent; called by the schema migration)."""
    for statement in SCHEMA:
        conn.execute(statement)


def index_row(article: Article, analyzer: Analyzer) -> tuple[str, str, str, str]:
    """The four analysed column values of an article, in COLUMNS order. This is the costly part of
    indexing (~1 ms an article once the analyzer's cache is warm), so it may run in worker processes;
    the writer then inserts the row as it is."""
    entities = unique(e.canonical or e.normal or e.text for e in article.entities)
    speakers = unique(q.speaker for q in article.quotes)
    return (
        analyzer.indexed_text(article.headline),
        analyzer.indexed_text("\n".join(article.body)),
        "\n".join(analyzer.indexed_text(name) for name in entities),
        "\n".join(analyzer.indexed_text(name) for name in speakers),
    )


def unique(names: Iterable[str | None]) -> list[str]:
    """The names once each, in first-seen order."""
    return list(dict.fromkeys(name for name in names if name))


def index_article(conn: sqlite3.Connection, rowid: int, article: Article, *,
                  analyzer: Analyzer | None = None) -> None:
    """Add (or replace) the index rows of the article stored at `rowid` of table `articles`.

    Pass `analyzer=` (one `Analyzer()` built per process and reused): without it each call loads the
    morphology dictionaries anew (~0.3 s). Index again whenever the article's text, entities or
    quotes change, since the entity and speaker names are indexed too.
    """
    write_row(conn, rowid, index_row(article, analyzer or Analyzer()))


def write_row(conn: sqlite3.Connection, rowid: int, values: tuple[str, ...]) -> None:
    """Put an analysed row (`index_row`, perhaps made in another process) in the index at `rowid`."""
    conn.execute(f"DELETE FROM {TABLE} WHERE rowid = ?", (rowid,))
    conn.execute(f"INSERT INTO {TABLE}(rowid, {', '.join(COLUMNS)}) VALUES (?, {', '.join('?' * len(COLUMNS))})",
                 (rowid, *values))


def unindex_article(conn: sqlite3.Connection, rowid: int) -> None:
    """Remove the index rows of the article at `rowid`."""
    conn.execute(f"DELETE FROM {TABLE} WHERE rowid = ?", (rowid,))
