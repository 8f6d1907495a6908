"""`svodka quotes --speaker NAME`: everything a person was quoted saying, across the archive, newest first.

A name matches a speaker when each of its words is one of the speaker's words, in any case and with
ё read as е: "Мантуров" finds "Денис Мантуров", "денис мантуров" too, but not "Мантурова".
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from svodka.archive.read import Filters, quote_of
from svodka.archive.store import speaker_key
from svodka.errors import SvodkaError
from svodka.model import Quote


@dataclass
class QuoteFound:
    """A quotation with the article it appeared in."""

    quote: Quote
    article_id: str
    headline: str
    url: str | None
    source: str | None
    outlet: str | None
    published: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.quote.to_dict(),
            "article": {"id": self.article_id, "headline": self.headline, "url": self.url,
                        "source": self.source, "outlet": self.outlet, "published": self.published},
        }

    def lines(self) -> str:
        """Two lines for a reader: when, who and what; then where."""
        when = (self.published or "undated")[:16].replace("T", " ")
        cue = f" ({self.quote.cue})" if self.quote.cue else ""
        through = f", via {self.quote.source}" if self.quote.source else ""
        where = self.outlet or self.source or "?"
        link = f" <{self.url}>" if self.url else ""
        return f"{when}  {self.quote.speaker}{cue}: «{self.quote.text}»\n    — {where}{through}: {self.headline}{link}"


def like_escaped(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def speaker_quotes(conn: sqlite3.Connection, speaker: str, filters: Filters | None = None) -> Iterator[QuoteFound]:
    """Quotations whose speaker matches `speaker` (see the module's note), newest article first."""
    key = speaker_key(speaker)
    if key is None:
        raise SvodkaError("--speaker needs a name")
    clauses = ["q.speaker_key LIKE ? ESCAPE '\\'"] * len(key.split())
    params: list[Any] = [f"% {like_escaped(word)} %" for word in key.split()]
    where, extra = (filters or Filters()).where()
    sql = (
        "SELECT q.text, q.start, q.stop, q.speaker, q.speaker_type, q.cue, q.direct, q.source, "
        "a.id, a.headline, a.url, a.source, a.outlet, a.published "
        "FROM quotes q JOIN articles a ON a.pk = q.article "
        f"WHERE {' AND '.join(clauses)} AND {where} "
        "ORDER BY a.published_utc IS NULL, a.published_utc DESC, a.pk DESC, q.seq"
    )
    for row in conn.execute(sql, params + extra):
        yield QuoteFound(quote_of(row[:8]), *row[8:])
