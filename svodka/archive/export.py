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
from typing import IO, TYPE_CHECKING, Any

from svodka.archive.read import Filters, articles
from svodka.errors import SvodkaError
from svodka.model import Article

if TYPE_CHECKING:
    import pyarrow as pa

FORMATS = ("jsonl", "csv", "parquet")
PARQUET_BATCH = 1000
FIELDS = tuple(Article(id="").to_dict())



def parquet_schema() -> pa.Schema:
    """The article as a Parquet row: lists of structs for its parts, columns in the contract's order."""
    import pyarrow as pa  # pyarrow takes a third of a second to import: only Parquet export needs it

    text, number = pa.string(), pa.int64()

    def parts(*fields: tuple[str, pa.DataType]) -> pa.DataType:
        return pa.list_(pa.struct(list(fields)))

    schema = pa.schema([
        ("id", text), ("url", text), ("source", text), ("headline", text), ("published", text),
        ("published_text", text), ("authors", pa.list_(text)), ("lang", text), ("text", text),
        ("body", pa.list_(text)),
        ("related", parts(("headline", text), ("url", text), ("time_text", text), ("time", text))),
        ("warnings", parts(("code", text), ("message", text))),
        ("entities", parts(("type", text), ("text", text), ("start", number), ("stop", number),
                           ("normal", text), ("canonical", text))),
        ("quotes", parts(("text", text), ("start", number), ("stop", number), ("speaker", text),
                         ("speaker_type", text), ("cue", text), ("direct", pa.bool_()), ("source", text))),
        ("times", parts(("text", text), ("start", number), ("stop", number), ("from", text), ("to", text))),
    ])
    assert tuple(schema.names) == FIELDS, "the Parquet schema must list the article's fields in order"
    return schema


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
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    count = 0
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        while batch := [a.to_dict() for a in islice(items, PARQUET_BATCH)]:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
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
