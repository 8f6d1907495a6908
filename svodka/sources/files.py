"""Pages from the file system: HTML (any encoding, gzipped too), text pages and WARC archives."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from svodka.errors import InputError
from svodka.sources.decode import MAX_BYTES
from svodka.sources.page import Page
from svodka.sources.warc import warc_pages

PAGE_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz", ".txt", ".txt.gz", ".warc", ".warc.gz")


def page_stem(path: Path) -> str:
    name = path.name
    for suffix in sorted(PAGE_SUFFIXES, key=len, reverse=True):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith((".warc", ".warc.gz"))


def read_pages(path: Path) -> Iterator[Page | InputError]:
    """Pages of one file; errors are yielded in place so that the rest of a batch goes on."""
    name = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield InputError(name, exc.strerror or str(exc))
        return
    if not name.lower().endswith(PAGE_SUFFIXES):
        yield InputError(name, f"not a page file (expected {', '.join(PAGE_SUFFIXES)})")
        return
    if is_warc(path):
        yield from warc_pages(path)
        return
    if size > MAX_BYTES:
        yield InputError(name, f"over {MAX_BYTES // (1024 * 1024)} MB ({size // (1024 * 1024)} MB)")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(name, exc.strerror or str(exc))
        return
    yield Page(name=name, data=data, id=page_stem(path))


def walk_pages(paths: list[str]) -> Iterator[Page | InputError]:
    """Every page under the given files and folders (folders: recursively, page files only)."""
    for path in files_in(paths, PAGE_SUFFIXES, "page"):
        if isinstance(path, InputError):
            yield path
        else:
            yield from read_pages(path)


def files_in(paths: list[str], suffixes: tuple[str, ...], kind: str) -> Iterator[Path | InputError]:
    """The files named, and the files ending in `suffixes` under the folders named (recursively, in name
    order); a folder holding none is an error naming the `kind` of file looked for."""
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            yield path
            continue
        found = False
        for root, dirs, files in os.walk(path):
            dirs.sort()
            for name in sorted(files):
                if name.lower().endswith(suffixes):
                    found = True
                    yield Path(root) / name
        if not found:
            yield InputError(raw, f"no {kind} files in this folder ({', '.join(suffixes)})")
