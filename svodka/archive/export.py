"""`svodka export`: the archive's articles as JSON lines, CSV or Parquet, streamed in constant memory.

Every format carries the fields `svodka extract` writes (the article contract); CSV puts list and
object fields in as JSON text. Articles are read with one cursor, a batch at a time, inside one read
transaction, so an export taken while an ingest runs is a consistent snapshot. A file named with
`-o` is written under a temporary name and renamed when complete: a broken-off export leaves no
half file behind.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from svodka.archive.read import Filters, articles
from svodka.errors import SvodkaError
from svodka.model import Article

FORMATS = ("jsonl", "csv", "parquet")
PARQUET_BATCH = 1000
FIELDS = tuple(Article(id="").to_dict())

_STRING = pa.string()
_INT = pa.int64()
PARQUET_SCHEMA = pa.schema([
    ("id", _STRING), ("url", _STRING), ("source", _STRING), ("headline", _STRING), ("published", _STRING),
    ("published_text", _STRING), ("authors", pa.list_(_STRING)), ("lang", _STRING), ("text", _STRING),
    ("body", pa.list_(_STRING)),
    ("related", pa.list_(pa.struct([("headline", _STRING), ("url", _STRING), ("time_text", _STRING),
                                    ("time", _STRING)]))),
    ("warnings", pa.list_(pa.struct([("code", _STRING), ("message", _STRING)]))),
    ("entities", pa.list_(pa.struct([("type", _STRING), ("text", _STRING), ("start", _INT), ("stop", _INT),
                                     ("normal", _STRING), ("canonical", _STRING)]))),
    ("quotes", pa.list_(pa.struct([("text", _STRING), ("start", _INT), ("stop", _INT), ("speaker", _STRING),
                                   ("speaker_type", _STRING), ("cue", _STRING), ("direct", pa.bool_()),
                                   ("source", _STRING)]))),
    ("times", pa.list_(pa.struct([("text", _STRING), ("start", _INT), ("stop", _INT), ("from", _STRING),
                                  ("to", _STRING)]))),
])
assert tuple(PARQUET_SCHEMA.names) == FIELDS, "the Parquet schema must list the article's fields in order"


@contextmanager
def snapshot(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A read transaction: every query in it sees the archive as it was when it began."""
    conn.execute("BEGIN")
    try:
        yield conn
    finally:
        conn.execute("COMMIT")


def write_jsonl(items: Iterator[Article], out: IO[bytes]) -> int:
    count = 0
    for article in items:
        out.write((json.dumps(article.to_dict(), ensure_ascii=False) + "\n").encode("utf-8"))
        count += 1
    return count


def csv_cell(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value


def write_csv(items: Iterator[Article], out: IO[bytes]) -> int:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.writer(text)
    writer.writerow(FIELDS)
    count = 0
    for article in items:
        writer.writerow([csv_cell(v) for v in article.to_dict().values()])
        count += 1
    text.detach()  # leave `out` open for the caller
    return count


def write_parquet(items: Iterator[Article], out: IO[bytes]) -> int:
    count = 0
    with pq.ParquetWriter(out, PARQUET_SCHEMA, compression="zstd") as writer:
        while batch := [a.to_dict() for a in islice(items, PARQUET_BATCH)]:
            writer.write_table(pa.Table.from_pylist(batch, schema=PARQUET_SCHEMA))
            count += len(batch)
    return count


WRITERS = {"jsonl": write_jsonl, "csv": write_csv, "parquet": write_parquet}


def export(conn: sqlite3.Connection, form: str, filters: Filters, out: IO[bytes]) -> int:
    """Write the matching articles to `out` in `form`; returns how many."""
    if form not in WRITERS:
        raise SvodkaError(f"unknown export format {form!r} (expected {', '.join(FORMATS)})")
    with snapshot(conn):
        return WRITERS[form](articles(conn, filters), out)


def export_to_file(conn: sqlite3.Connection, form: str, filters: Filters, path: Path) -> int:
    """Export into `path`, which appears only once the export is complete."""
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("wb") as out:
            count = export(conn, form, filters, out)
        os.replace(partial, path)
    except OSError as exc:
        raise SvodkaError(f"{path}: cannot write ({exc.strerror or exc})") from None
    finally:
        partial.unlink(missing_ok=True)
    return count
