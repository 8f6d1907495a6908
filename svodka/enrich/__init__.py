"""The enrich stage: who is named, who said what and through whom, and when things happen.

    >>> enricher = Enricher()          # loads the models once (per process)
    >>> enricher.enrich(article)       # fills article.entities, article.quotes, article.times

Offsets index into `article.text`. `published` (an ISO string or a date) overrides the article's own
publication time as the anchor that relative time expressions resolve against.
"""

from __future__ import annotations

from svodka.model import Article


class Enricher:
    """The enrichment models, built once and reused for every article."""

    def __init__(self) -> None:
        # models arrive with the entity, quote and time modules
        pass

    def enrich(self, article: Article, published: str | None = None) -> Article:
        """`article` with entities, quotes and times filled in (the same object, returned for chaining)."""
        return article


def enrich(article: Article, enricher: Enricher | None = None, published: str | None = None) -> Article:
    """Enrich one article; pass an `Enricher` when enriching many, so the models load once."""
    return (enricher or Enricher()).enrich(article, published=published)
