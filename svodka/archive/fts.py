"""Full-text index of the archive (owned by the search work): how an article enters and leaves the index.

The store calls these inside its own transaction, so an article and its index rows appear together.
Placeholder bodies: plain FTS5 over the raw text, until the morphology-aware index replaces them.
"""

from __future__ import annotations

import sqlite3

from svodka.model import Article

SCHEMA = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS article_fts USING fts5(headline, body, tokenize='unicode61')",
)


def create_index(conn: sqlite3.Connection) -> None:
    """Create the index tables (idempotent; called by the schema migration)."""
    for statement in SCHEMA:
        conn.execute(statement)


def index_article(conn: sqlite3.Connection, rowid: int, article: Article) -> None:
    """Add (or replace) the index rows of the article stored at `rowid` of table `articles`."""
    conn.execute("DELETE FROM article_fts WHERE rowid = ?", (rowid,))
    conn.execute("INSERT INTO article_fts(rowid, headline, body) VALUES (?, ?, ?)",
                 (rowid, article.headline, "\n".join(article.body)))


def unindex_article(conn: sqlite3.Connection, rowid: int) -> None:
    """Remove the index rows of the article at `rowid`."""
    conn.execute("DELETE FROM article_fts WHERE rowid = ?", (rowid,))
