"""Articles that arrive already as text: plain-text files taken as they are, and JSONL articles.

`svodka enrich` reads these: no page extraction runs, so a text file's decoded content is the article's
`text` unchanged and every offset enrichment gives points into the file.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path

from svodka.errors import InputError
from svodka.model import Article
from svodka.sources.decode import decode_page
from svodka.sources.files import page_stem

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz")


def text_article(data: bytes, name: str, id: str) -> Article:
    """The file's text as one article: its first non-empty line the headline, the others the body."""
    text = decode_page(data, name)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return Article(id=id, headline=lines[0] if lines else "", body=lines[1:], text=text)


def jsonl_articles(path: Path) -> Iterator[Article | InputError]:
    """One article a line (svodka's own JSON form), read as a stream: a JSONL file may be far larger
    than a page. A bad line is an error of its own and the rest go on."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as f:
            for number, raw in enumerate(f, 1):
                if raw.strip():
                    yield line_article(raw, f"{path}:{number}", f"{page_stem(path)}-{number}")
    except (OSError, EOFError, zlib.error) as exc:
        yield InputError(str(path), f"unreadable ({exc})")


def line_article(raw: bytes, where: str, default_id: str) -> Article | InputError:
    try:
        doc = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return InputError(where, f"not JSON ({exc})")
    if not isinstance(doc, dict) or not (doc.get("text") or doc.get("headline") or doc.get("body")):
        return InputError(where, "not an article (no text, headline or body)")
    try:
        article = Article.from_dict(doc)
    except (TypeError, KeyError, ValueError) as exc:
        return InputError(where, f"not an article ({exc})")
    article.id = article.id or default_id
    return article


def file_articles(paths: list[str]) -> Iterator[Article | InputError]:
    """Articles of the given files: JSONL files line by line, any other file as one plain text."""
    for raw in paths:
        path = Path(raw)
        if path.name.lower().endswith(JSONL_SUFFIXES):
            yield from jsonl_articles(path)
            continue
        try:
            yield text_article(path.read_bytes(), raw, path.stem)
        except OSError as exc:
            yield InputError(raw, exc.strerror or str(exc))
        except InputError as exc:
            yield exc
