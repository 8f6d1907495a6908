"""One input → one article ready to store: extract (or read the record), enrich, and work out what
identifies it. This runs in the worker processes; the models are built once per process.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from svodka.archive import fts
from svodka.archive.analysis import Analyzer
from svodka.archive.keys import article_id, content_hash, identity_key, parts_hash, text_fingerprint
from svodka.enrich import Enricher
from svodka.errors import InputError, SvodkaError
from svodka.extract import extract
from svodka.extract.dates import parse_iso
from svodka.model import Article
from svodka.sources.decode import decode_page
from svodka.sources.inputs import Line
from svodka.sources.page import Page
from svodka.sources.records import Record, parse_record
from svodka.sources.tgcontest import contest_record, is_contest_page


@dataclass(frozen=True)
class Settings:
    """How inputs are read; part of an input's digest, so changing them reprocesses known inputs."""

    reference_time: str | None = None
    enrich: bool = True

    def reference(self) -> datetime | None:
        return parse_iso(self.reference_time) if self.reference_time else None

    def check(self) -> None:
        if self.reference_time is not None and self.reference() is None:
            raise SvodkaError(f"--reference-time {self.reference_time!r} is not an ISO 8601 time")


@dataclass
class Prepared:
    """An article ready for the store, with what identifies it and where it came from."""

    article: Article
    key: str
    fingerprint: str
    content_hash: str
    parts_hash: str
    origin: str
    digest: str
    outlet: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    # the article's full-text index row, analysed here in the worker so that the one writer only inserts
    index_row: tuple[str, ...] = ()


def input_digest(item: Page | Line, settings: Settings) -> str:
    """What an input is: its bytes, its URL and crawl time, and the settings it is read with. An input
    with a known digest was stored before and need not be read again."""
    h = hashlib.sha1(item.data)
    extra = [settings.reference_time or "", "enrich" if settings.enrich else "fast"]
    if isinstance(item, Page):
        extra += [item.url or "", item.reference_time or ""]
    h.update("\0".join(extra).encode("utf-8"))
    return h.hexdigest()


class Pipeline:
    """Reads inputs into stored-ready articles; holds the enrichment models (built once)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.reference = settings.reference()
        self.enricher = Enricher() if settings.enrich else None
        self.analyzer = Analyzer()

    def prepare(self, item: Page | Line, digest: str) -> Prepared:
        """The article of one page or JSON line; raises InputError when there is none."""
        record = self.read_line(item) if isinstance(item, Line) else self.read_page(item)
        article = record.article
        if not article.body:
            raise InputError(item.name, "no article text found")
        if self.enricher is not None:
            self.enricher.enrich(article)
        key = identity_key(article)
        article.id = article_id(key)
        return Prepared(article, key, text_fingerprint(article), content_hash(article), parts_hash(article),
                        item.name, digest, record.outlet, record.meta, fts.index_row(article, self.analyzer))

    def read_line(self, line: Line) -> Record:
        return parse_record(line.data, line.name, self.reference)

    def read_page(self, page: Page) -> Record:
        text = decode_page(page.data, page.name)
        if is_contest_page(text):
            record = contest_record(text, page.id or "")
            if record is not None and record.article.body:
                return record
        reference = page.reference_time or self.settings.reference_time
        return Record(extract(text, url=page.url, reference_time=reference, id=page.id, name=page.name))
