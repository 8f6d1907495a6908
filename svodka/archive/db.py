"""The archive's SQLite database: where it lives, how it is opened, and its versioned schema.

One file, `archive.sqlite`, in the archive folder (`--db DIR`, else `$SVODKA_DB`, else `./svodka-data`).
It runs in WAL mode so that readers (search, export, quotes) read a consistent snapshot while an
ingest writes; the ingest is the only writer and commits each batch of articles, with all their parts
and their index rows, in one transaction, so no reader ever sees half an article. The schema is
versioned with `PRAGMA user_version`: `MIGRATIONS[i]` takes a database from version i to i + 1, and
opening an archive applies whatever it lacks. The tables are documented in docs/schema.md.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from svodka.archive import fts
from svodka.errors import SvodkaError

DEFAULT_DIR = "svodka-data"
DB_FILE = "archive.sqlite"
ENV_VAR = "SVODKA_DB"
# how long a statement waits for another writer's lock before giving up
BUSY_TIMEOUT_MS = 60_000

ARTICLES = """
CREATE TABLE articles (
    pk             INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    key            TEXT NOT NULL UNIQUE,
    url            TEXT,
    source         TEXT,
    outlet         TEXT,
    headline       TEXT NOT NULL,
    published      TEXT,
    published_text TEXT,
    published_day  TEXT,
    published_utc  TEXT,
    authors        TEXT NOT NULL DEFAULT '[]',
    lang           TEXT,
    text           TEXT NOT NULL,
    body           TEXT NOT NULL DEFAULT '[]',
    meta           TEXT NOT NULL DEFAULT '{}',
    origin         TEXT,
    fingerprint    TEXT NOT NULL,
    content_hash   TEXT NOT NULL,
    parts_hash     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1,
    first_seen     TEXT NOT NULL,
    updated        TEXT NOT NULL
)"""

PARTS = (
    """CREATE TABLE entities (
        article   INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
        seq       INTEGER NOT NULL,
        type      TEXT NOT NULL,
        text      TEXT NOT NULL,
        start     INTEGER NOT NULL,
        stop      INTEGER NOT NULL,
        normal    TEXT NOT NULL,
        canonical TEXT NOT NULL,
        PRIMARY KEY (article, seq)
    )""",
    """CREATE TABLE quotes (
        article      INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
        seq          INTEGER NOT NULL,
        text         TEXT NOT NULL,
        start        INTEGER NOT NULL,
        stop         INTEGER NOT NULL,
        speaker      TEXT,
        speaker_type TEXT,
        cue          TEXT,
        direct       INTEGER NOT NULL,
        source       TEXT,
        speaker_key  TEXT,
        PRIMARY KEY (article, seq)
    )""",
    """CREATE TABLE times (
        article   INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
        seq       INTEGER NOT NULL,
        text      TEXT NOT NULL,
        start     INTEGER NOT NULL,
        stop      INTEGER NOT NULL,
        date_from TEXT,
        date_to   TEXT,
        PRIMARY KEY (article, seq)
    )""",
    """CREATE TABLE related (
        article   INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
        seq       INTEGER NOT NULL,
        headline  TEXT NOT NULL,
        url       TEXT,
        time_text TEXT,
        time      TEXT,
        PRIMARY KEY (article, seq)
    )""",
    """CREATE TABLE warnings (
        article INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
        seq     INTEGER NOT NULL,
        code    TEXT NOT NULL,
        message TEXT NOT NULL,
        PRIMARY KEY (article, seq)
    )""",
)

BOOKKEEPING = (
    """CREATE TABLE versions (
        article      INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
        version      INTEGER NOT NULL,
        content_hash TEXT NOT NULL,
        seen         TEXT NOT NULL,
        origin       TEXT,
        PRIMARY KEY (article, version)
    )""",
    """CREATE TABLE inputs (
        digest  TEXT PRIMARY KEY,
        article INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
        seen    TEXT NOT NULL
    )""",
    """CREATE TABLE runs (
        id         INTEGER PRIMARY KEY,
        started    TEXT NOT NULL,
        finished   TEXT,
        command    TEXT NOT NULL,
        new        INTEGER NOT NULL DEFAULT 0,
        updated    INTEGER NOT NULL DEFAULT 0,
        duplicates INTEGER NOT NULL DEFAULT 0,
        rejected   INTEGER NOT NULL DEFAULT 0,
        elapsed    REAL
    )""",
    """CREATE TABLE errors (
        id         INTEGER PRIMARY KEY,
        file       TEXT NOT NULL,
        reason     TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        last_seen  TEXT NOT NULL,
        seen       INTEGER NOT NULL DEFAULT 1,
        run        INTEGER REFERENCES runs(id),
        UNIQUE (file, reason)
    )""",
)

INDEXES = (
    "CREATE INDEX articles_published ON articles(published_utc)",
    "CREATE INDEX articles_day ON articles(published_day)",
    "CREATE INDEX articles_source ON articles(source)",
    "CREATE INDEX articles_outlet ON articles(outlet)",
    "CREATE INDEX articles_fingerprint ON articles(fingerprint)",
    "CREATE INDEX entities_canonical ON entities(canonical)",
    "CREATE INDEX quotes_speaker ON quotes(speaker_key)",
    "CREATE INDEX versions_hash ON versions(article, content_hash)",
    "CREATE INDEX errors_seen ON errors(last_seen)",
)


def migrate_to_1(conn: sqlite3.Connection) -> None:
    """Articles, their parts, bookkeeping, and the full-text index."""
    for statement in (ARTICLES, *PARTS, *BOOKKEEPING, *INDEXES):
        conn.execute(statement)
    fts.create_index(conn)


# MIGRATIONS[i] takes the schema from version i to i + 1; append, never edit a released step.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [migrate_to_1]
SCHEMA_VERSION = len(MIGRATIONS)


def archive_dir(given: str | os.PathLike[str] | None = None) -> Path:
    """The archive folder: `--db DIR` if given, else $SVODKA_DB, else ./svodka-data."""
    return Path(given or os.environ.get(ENV_VAR) or DEFAULT_DIR)


def connect(folder: str | os.PathLike[str] | None = None, create: bool = True) -> sqlite3.Connection:
    """An open, migrated connection to the archive in `folder` (see `archive_dir`).

    The connection is in autocommit mode: writers open their own `BEGIN IMMEDIATE` transactions.
    With `create=False` a missing archive is an error instead of a new empty one.
    """
    path = archive_dir(folder) / DB_FILE
    if not create and not path.exists():
        raise SvodkaError(f"{path.parent}: no archive here (run `svodka ingest` first, or pass --db DIR)")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    except (OSError, sqlite3.Error) as exc:
        raise SvodkaError(f"{path}: cannot open the archive ({exc})") from None
    try:
        configure(conn)
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise SvodkaError(f"{path}: not a usable archive ({exc})") from None
    return conn


def configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    # NORMAL in WAL mode: a committed transaction survives a killed process (only power loss
    # may take back the last commits), at a fraction of FULL's fsync cost.
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")


def schema_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema up to `SCHEMA_VERSION`, one step per transaction; returns the version reached."""
    version = schema_version(conn)
    if version > SCHEMA_VERSION:
        raise SvodkaError(f"the archive has schema version {version}, newer than this svodka "
                          f"knows ({SCHEMA_VERSION}): upgrade svodka")
    while version < SCHEMA_VERSION:
        conn.execute("BEGIN IMMEDIATE")
        try:
            # another process may have migrated while this one waited for the lock
            version = schema_version(conn)
            if version < SCHEMA_VERSION:
                MIGRATIONS[version](conn)
                version += 1
                conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return version
