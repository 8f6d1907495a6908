"""The enrich stage: who is named, who said what and through whom, and when things happen.

    >>> enricher = Enricher()          # loads the models once (per process)
    >>> enricher.enrich(article)       # fills article.entities, article.quotes, article.times

Offsets index into `article.text`. `published` (an ISO date or time) overrides the article's own
publication time as the anchor that relative time expressions resolve against.
"""

from __future__ import annotations

from datetime import date

from svodka.enrich.entities import find_entities
from svodka.enrich.nlp import NLP
from svodka.enrich.quotes import find_quotes
from svodka.enrich.times import find_times
from svodka.extract.dates import parse_iso
from svodka.model import Article, Entity, Quote, TimeMention


class Enricher:
    """The enrichment models, built once and reused for every article."""

    def __init__(self) -> None:
        self.nlp = NLP()

    def enrich(self, article: Article, published: str | None = None) -> Article:
        """`article` with entities, quotes and times filled in (the same object, returned for chaining)."""
        # the patterns and the models read typeset spaces ("у\xa0нее", ",\xa0— рассказала") as
        # plain ones, and mis-decoded dashes as dashes; one character for one, so offsets hold, and
        # `text` fields are cut from the original
        plain = article.text.translate(PLAIN_SPACES)
        analysis = self.nlp.analyse(plain)
        article.entities = find_entities(analysis, self.nlp)
        article.quotes = find_quotes(analysis, article.entities, self.nlp)
        article.times = find_times(plain, anchor_date(published or article.published), self.nlp)
        if plain != article.text:
            found: list[Entity | Quote | TimeMention] = [*article.entities, *article.quotes, *article.times]
            for piece in found:
                piece.text = article.text[piece.start:piece.stop]
        return article


# typeset and zero-width spaces as spaces; cp1252 dashes, quotation marks and ellipses decoded as
# Latin-1 control characters as what they were; the minus sign, figure and horizontal bars some
# editors type for a dash ("…", − написала) as the dash
PLAIN_SPACES = str.maketrans(dict.fromkeys("\u00a0\u2007\u2009\u200a\u202f\u200b\ufeff", " ") | {
    "\u0096": "–", "\u0097": "—", "\u0084": "„", "\u0093": "“", "\u0094": "”", "\u0085": "…",
    "\u2212": "–", "\u2012": "–", "\u2015": "—"})


def anchor_date(published: str | None) -> date | None:
    """The calendar day of an ISO date or time as the page gave it (its own zone, not UTC)."""
    moment = parse_iso(published) if published else None
    return moment.date() if moment else None


def enrich(article: Article, enricher: Enricher | None = None, published: str | None = None) -> Article:
    """Enrich one article; pass an `Enricher` when enriching many, so the models load once."""
    return (enricher or Enricher()).enrich(article, published=published)
