"""Writing articles into the archive, each exactly once.

An article is found again by its identity key (canonical URL, else text fingerprint; see keys.py).
Its page unchanged → a duplicate; changed → the stored article is replaced and its version counted;
changed back to a version seen before → a duplicate too, so running the same ingest again (after a
crash, say) never changes what the first run stored. The article row, its parts (entities, quotes,
times, related items, warnings), its versions and its full-text index rows are written inside the
caller's transaction: a reader sees all of an article or none of it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from enum import Enum
from typing import Any

from svodka.archive import fts
from svodka.archive.pipeline import Prepared
from svodka.errors import InputError
from svodka.extract.dates import parse_iso
from svodka.model import Article


class Outcome(Enum):
    NEW = "new"
    UPDATED = "updated"
    DUPLICATE = "duplicate"


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: everything in it is committed together or not at all."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def published_utc(published: str | None) -> str | None:
    """The publication time in UTC (sortable across zones); a bare date stays a date."""
    if not published:
        return None
    if "T" not in published:
        return published[:10]
    moment = parse_iso(published)
    if moment is None or moment.tzinfo is None:
        return published
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def speaker_key(name: str | None) -> str | None:
    """A speaker's name as `svodka quotes --speaker` matches it: lower case, ё as е, spaced words."""
    if not name:
        return None
    words = name.lower().replace("ё", "е").split()
    return " " + " ".join(words) + " " if words else None


def known_input(conn: sqlite3.Connection, digest: str) -> bool:
    """Whether an input with this digest was stored before (then it need not be read again)."""
    return conn.execute("SELECT 1 FROM inputs WHERE digest = ?", (digest,)).fetchone() is not None


def save(conn: sqlite3.Connection, item: Prepared) -> Outcome:
    """Store one prepared article (inside the caller's transaction); how it related to the archive."""
    stamp = now_iso()
    row = matching_article(conn, item)
    if row is None:
        pk = insert_article(conn, item, stamp)
        outcome = Outcome.NEW
    elif row[1] != item.key and not item.key.startswith("url:"):
        # a copy without URL of an article stored with its URL: that article stays as it is
        pk = row[0]
        outcome = Outcome.DUPLICATE
    else:
        pk, stored_key, stored_content, stored_parts = row
        seen = conn.execute("SELECT 1 FROM versions WHERE article = ? AND content_hash = ?",
                            (pk, item.content_hash)).fetchone() is not None
        adopted = stored_key != item.key and item.key.startswith("url:")
        if adopted or not seen:
            # a new version of the page, or a copy without URL now met with its URL: the URL's wins
            update_article(conn, pk, item, stamp, new_version=not seen)
        elif item.content_hash == stored_content and item.parts_hash != stored_parts and stored_key == item.key:
            # the same page read by a newer enrichment: refresh its parts, keep its version
            refresh_parts(conn, pk, item)
        outcome = Outcome.DUPLICATE if seen else Outcome.UPDATED
    conn.execute("INSERT OR IGNORE INTO inputs(digest, article, seen) VALUES (?, ?, ?)", (item.digest, pk, stamp))
    return outcome


def matching_article(conn: sqlite3.Connection, item: Prepared) -> tuple[int, str, str, str] | None:
    """The stored article that `item` is: the one with its key; else, across the URL / no URL divide,
    one with the same text (a page saved without its URL is the page at that URL)."""
    columns = "SELECT pk, key, content_hash, parts_hash FROM articles"
    row = conn.execute(f"{columns} WHERE key = ?", (item.key,)).fetchone()
    if row is None and item.key.startswith("url:"):
        row = conn.execute(f"{columns} WHERE key = ?", ("text:" + item.fingerprint,)).fetchone()
    elif row is None:
        row = conn.execute(f"{columns} WHERE fingerprint = ? ORDER BY pk LIMIT 1", (item.fingerprint,)).fetchone()
    return row


def article_columns(item: Prepared) -> dict[str, Any]:
    a = item.article
    return {
        "id": a.id, "key": item.key, "url": a.url, "source": a.source, "outlet": item.outlet,
        "headline": a.headline, "published": a.published, "published_text": a.published_text,
        "published_day": a.published[:10] if a.published else None, "published_utc": published_utc(a.published),
        "authors": json.dumps(a.authors, ensure_ascii=False), "lang": a.lang, "text": a.text,
        "body": json.dumps(a.body, ensure_ascii=False), "meta": json.dumps(item.meta, ensure_ascii=False),
        "origin": item.origin, "fingerprint": item.fingerprint, "content_hash": item.content_hash, "parts_hash": item.parts_hash,
    }


def insert_article(conn: sqlite3.Connection, item: Prepared, stamp: str) -> int:
    values = article_columns(item) | {"version": 1, "first_seen": stamp, "updated": stamp}
    names = ", ".join(values)
    marks = ", ".join(f":{name}" for name in values)
    cursor = conn.execute(f"INSERT INTO articles({names}) VALUES ({marks})", values)
    pk = cursor.lastrowid
    assert pk is not None, "INSERT gave no rowid"
    add_version(conn, pk, 1, item, stamp)
    write_parts(conn, pk, item.article)
    write_index(conn, pk, item)
    return pk


def update_article(conn: sqlite3.Connection, pk: int, item: Prepared, stamp: str, new_version: bool = True) -> None:
    """Replace the stored article with `item` (its id stays); count a version when its page changed."""
    values = article_columns(item)
    del values["id"]
    assignments = ", ".join(f"{name} = :{name}" for name in values)
    conn.execute(f"UPDATE articles SET {assignments}, version = version + :bump, updated = :updated WHERE pk = :pk",
                 values | {"updated": stamp, "pk": pk, "bump": int(new_version)})
    if new_version:
        version = conn.execute("SELECT version FROM articles WHERE pk = ?", (pk,)).fetchone()[0]
        add_version(conn, pk, version, item, stamp)
    write_parts(conn, pk, item.article)
    write_index(conn, pk, item)


def refresh_parts(conn: sqlite3.Connection, pk: int, item: Prepared) -> None:
    a = item.article
    conn.execute("UPDATE articles SET parts_hash = ?, lang = ?, published_text = ?, source = ? WHERE pk = ?",
                 (item.parts_hash, a.lang, a.published_text, a.source, pk))
    write_parts(conn, pk, a)
    write_index(conn, pk, item)  # entity and speaker names are indexed too


def write_index(conn: sqlite3.Connection, pk: int, item: Prepared) -> None:
    """The article's full-text index row as the worker analysed it (fts.index_row): the analysis is the
    costly part of indexing, and it runs in the workers, not in this one writer."""
    fts.write_row(conn, pk, item.index_row)


def add_version(conn: sqlite3.Connection, pk: int, version: int, item: Prepared, stamp: str) -> None:
    conn.execute("INSERT INTO versions(article, version, content_hash, seen, origin) VALUES (?, ?, ?, ?, ?)",
                 (pk, version, item.content_hash, stamp, item.origin))


PART_TABLES = ("entities", "quotes", "times", "related", "warnings")


def write_parts(conn: sqlite3.Connection, pk: int, a: Article) -> None:
    """Replace the article's entities, quotes, times, related items and warnings."""
    for table in PART_TABLES:
        conn.execute(f"DELETE FROM {table} WHERE article = ?", (pk,))
    conn.executemany(
        "INSERT INTO entities(article, seq, type, text, start, stop, normal, canonical) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(pk, i, e.type, e.text, e.start, e.stop, e.normal, e.canonical) for i, e in enumerate(a.entities)])
    conn.executemany(
        "INSERT INTO quotes(article, seq, text, start, stop, speaker, speaker_type, cue, direct, source, speaker_key) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(pk, i, q.text, q.start, q.stop, q.speaker, q.speaker_type, q.cue, int(q.direct), q.source,
          speaker_key(q.speaker)) for i, q in enumerate(a.quotes)])
    conn.executemany(
        "INSERT INTO times(article, seq, text, start, stop, date_from, date_to) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(pk, i, t.text, t.start, t.stop, t.first, t.last) for i, t in enumerate(a.times)])
    conn.executemany(
        "INSERT INTO related(article, seq, headline, url, time_text, time) VALUES (?, ?, ?, ?, ?, ?)",
        [(pk, i, r.headline, r.url, r.time_text, r.time) for i, r in enumerate(a.related)])
    conn.executemany(
        "INSERT INTO warnings(article, seq, code, message) VALUES (?, ?, ?, ?)",
        [(pk, i, w.code, w.message) for i, w in enumerate(a.warnings)])


def record_error(conn: sqlite3.Connection, error: InputError, run: int | None) -> None:
    """Note a bad input (file and reason); the same failure again only updates when it was last seen."""
    stamp = now_iso()
    conn.execute(
        "INSERT INTO errors(file, reason, first_seen, last_seen, seen, run) VALUES (?, ?, ?, ?, 1, ?) "
        "ON CONFLICT(file, reason) DO UPDATE SET last_seen = excluded.last_seen, seen = seen + 1, run = excluded.run",
        (error.name, error.reason, stamp, stamp, run))


def recorded_errors(conn: sqlite3.Connection, last_run: bool = False) -> list[tuple[str, str, str, int]]:
    """Recorded bad inputs as (last seen, file, reason, times seen), most recent first; with `last_run`,
    only those the latest ingest met."""
    where = "WHERE run = (SELECT max(id) FROM runs)" if last_run else ""
    return conn.execute(f"SELECT last_seen, file, reason, seen FROM errors {where} "
                        "ORDER BY last_seen DESC, id DESC").fetchall()
