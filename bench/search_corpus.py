"""The search benchmark's articles: real Russian news text from ../shared/data, re-used at scale.

Read by path (never copied): silver threads (4.6k articles of 2020-05-03), the Telegram contest's
pages (2019-11), DAnIEL gold bodies (2011-12) and posts of 24 Telegram news channels (2023-24).
`replicated` re-uses them under new ids, dates and row ids up to any size, so that the doclists of a
large archive have the lengths a real one would (a term in 5% of the articles stays in 5%).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

from lxml import html

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
BASE_SIZE_NOTE = "silver threads + tgcontest pages + DAnIEL bodies + Telegram channel posts"
MIN_CHARS = 80  # shorter posts are captions and emoji lines, not articles


@dataclass(frozen=True)
class Doc:
    rowid: int
    id: str
    headline: str
    body: list[str]
    source: str | None
    url: str | None
    published: str


def host(url: str | None) -> str | None:
    return urlsplit(url).hostname if url else None


def silver() -> Iterator[Doc]:
    path = DATA / "stories" / "silver-threads-2020-05-03" / "ru_silver_threads_0503.jsonl"
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        item = json.loads(line)
        body = [p.strip() for p in item.get("text", "").split("\n") if p.strip()]
        yield Doc(0, f"silver-{n}", item.get("title") or "", body, host(item.get("url")), item.get("url"),
                  "2020-05-03T12:00:00+03:00")


def tgcontest() -> Iterator[Doc]:
    folder = DATA / "stories" / "tgcontest-2019-html"
    for path in sorted(folder.glob("*/*.html")):
        page = html.fromstring(path.read_bytes())
        title = page.xpath("string(//meta[@property='og:title']/@content)")
        url = page.xpath("string(//meta[@property='og:url']/@content)") or None
        when = page.xpath("string(//meta[@property='article:published_time']/@content)") or "2019-11-01T12:00:00+00:00"
        body = [p.text_content().strip() for p in page.xpath("//article//p") if p.text_content().strip()]
        yield Doc(0, f"tg2019-{path.stem}", title, body, host(url), url, when)


def daniel() -> Iterator[Doc]:
    path = DATA / "extract" / "daniel-ru-dev" / "gold.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        body = item.get("body") or []
        if body:
            yield Doc(0, f"daniel-{item['id']}", body[0], body[1:], item.get("host"), None,
                      f"{item.get('crawled') or '2012-01-01'}T12:00:00+04:00")


def channel_posts() -> Iterator[Doc]:
    for path in sorted((DATA / "stories" / "tg-channels-2024" / "data" / "raw").glob("*.json")):
        for item in json.loads(path.read_text(encoding="utf-8")):
            text = (item.get("text") or "").strip()
            if len(text) < MIN_CHARS:
                continue
            lines = [line.strip() for line in text.split("\n") if line.strip()]
            yield Doc(0, f"tg2024-{path.stem}-{item.get('message_id')}", lines[0][:200], lines[1:],
                      "t.me", None, item.get("date") or "2024-01-01T00:00:00+00:00")


def base_docs() -> list[Doc]:
    """The unique articles, numbered from row 1."""
    docs = [*silver(), *tgcontest(), *daniel(), *channel_posts()]
    return [replace(doc, rowid=n) for n, doc in enumerate(docs, start=1)]


def replicated(base: list[Doc], size: int) -> Iterator[Doc]:
    """`size` articles: the base ones in turn, each copy with its own id, row and a later date."""
    for n in range(size):
        doc = base[n % len(base)]
        copy = n // len(base)
        if copy == 0:
            yield doc
            continue
        moved = datetime.fromisoformat(doc.published) + timedelta(days=7 * copy + n % 5)
        yield replace(doc, rowid=n + 1, id=f"{doc.id}-{copy}", published=moved.isoformat())
