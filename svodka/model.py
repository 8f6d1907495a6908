"""The document model every stage fills in.

One `Article` flows through the pipeline (sources → extract → enrich → stories →
archive → serve); each stage sets its own fields and leaves the others alone, the way
natasha's `Doc` is filled by `doc.segment()`, `doc.tag_ner()`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class RelatedItem:
    """One entry of a feed block ("Другие новости", "Читайте также") kept apart from the body."""

    headline: str
    url: str | None = None
    time_text: str | None = None
    time: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Warning:
    """Something a reader of the article should know about how it was read."""

    code: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Article:
    """An article as extracted from one page; later stages add their fields."""

    id: str
    headline: str = ""
    body: list[str] = field(default_factory=list)
    url: str | None = None
    source: str | None = None
    published: str | None = None
    published_text: str | None = None
    authors: list[str] = field(default_factory=list)
    lang: str | None = None
    text: str = ""
    related: list[RelatedItem] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)

    def warn(self, code: str, message: str) -> None:
        self.warnings.append(Warning(code, message))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "source": self.source,
            "headline": self.headline,
            "published": self.published,
            "published_text": self.published_text,
            "authors": list(self.authors),
            "lang": self.lang,
            "text": self.text,
            "body": list(self.body),
            "related": [r.to_dict() for r in self.related],
            "warnings": [w.to_dict() for w in self.warnings],
        }


def joined_text(headline: str, body: list[str]) -> str:
    """The string later character offsets refer to: headline and paragraphs, one per line."""
    return "\n".join([headline, *body]) if headline else "\n".join(body)
