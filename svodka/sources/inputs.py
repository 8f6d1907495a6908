"""Everything `svodka ingest` reads: page files, folders (recursively), WARC archives and JSONL files of
articles, as one stream of pages and JSON lines, each with how far through the input it stands.

Lines are handed on as raw bytes: parsing them is left to the worker processes, so the one process
that reads the files does as little as possible per article.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from svodka.errors import InputError
from svodka.sources.files import PAGE_SUFFIXES, files_in, is_warc, read_pages
from svodka.sources.page import Page

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
INPUT_SUFFIXES = PAGE_SUFFIXES + JSONL_SUFFIXES


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a JSONL file: an article as a JSON object, not parsed yet."""

    name: str  # "export.jsonl:12": what error lines cite
    data: bytes


@dataclass(frozen=True, slots=True)
class Input:
    """One thing to ingest, and the bytes of input read up to and including it (for progress)."""

    item: Page | Line | InputError
    position: int


def is_jsonl(path: Path) -> bool:
    return path.name.lower().endswith(JSONL_SUFFIXES)


def input_files(paths: list[str]) -> Iterator[Path | InputError]:
    """The files named, and the input files under the folders named (recursively, in name order)."""
    return files_in(paths, INPUT_SUFFIXES, "input")


def file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def walk_inputs(files: list[Path | InputError]) -> Iterator[Input]:
    """Pages and JSON lines of the files, in order; unreadable files and folders yield their error."""
    done = 0
    for path in files:
        if isinstance(path, InputError):
            yield Input(path, done)
            continue
        if is_jsonl(path):
            for item, offset in jsonl_lines(path):
                yield Input(item, done + offset)
        else:
            # a WARC's records all stand at the archive's start: its size is counted once it is read
            after = done if is_warc(path) else done + file_size(path)
            for page in read_pages(path):
                yield Input(page, after)
        done += file_size(path)


def jsonl_lines(path: Path) -> Iterator[tuple[Line | InputError, int]]:
    """The non-blank lines of a JSONL file (gzipped too), each with the file offset read so far."""
    name = str(path)
    try:
        with path.open("rb") as raw:
            stream: IO[bytes] | gzip.GzipFile = gzip.GzipFile(fileobj=raw) if name.lower().endswith(".gz") else raw
            for number, line in enumerate(stream, 1):
                if line.strip():
                    yield Line(f"{name}:{number}", line), raw.tell()
    except FileNotFoundError:
        yield InputError(name, "no such file"), 0
    except (OSError, EOFError, zlib.error) as exc:
        yield InputError(name, f"unreadable ({getattr(exc, 'strerror', None) or exc})"), 0
