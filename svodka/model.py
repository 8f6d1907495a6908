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
class Entity:
    """A named person, organisation or place; offsets index into `Article.text`."""

    type: str  # "PER" | "ORG" | "LOC"
    text: str
    start: int
    stop: int
    normal: str  # base form: "Сергея Лаврова" → "Сергей Лавров"
    canonical: str  # the entity's fullest name in the article: "Лавров" → "Сергей Лавров"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Quote:
    """Who said what: the quoted content only (no quotation marks, no attribution)."""

    text: str
    start: int
    stop: int
    speaker: str | None = None  # canonical name of the person or organisation
    speaker_type: str | None = None  # "PER" | "ORG" | None
    cue: str | None = None  # "заявил", "по словам", ...
    direct: bool = True
    source: str | None = None  # the channel in base form: "Интерфакс", "ТАСС"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class TimeMention:
    """A time expression and the inclusive calendar range it means (ISO dates, None when unknown)."""

    text: str
    start: int
    stop: int
    first: str | None = None  # serialised as "from" (a Python keyword)
    last: str | None = None  # serialised as "to"

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "stop": self.stop, "from": self.first, "to": self.last}


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
    # filled by the enrich stage; empty until it has run
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeMention] = field(default_factory=list)

    @classmethod
    def from_dict(cls, doc: dict[str, Any]) -> Article:
        """An article from its `to_dict` form (as `svodka extract --format jsonl` writes it)."""
        article = cls(
            id=str(doc.get("id") or ""),
            headline=doc.get("headline") or "",
            body=list(doc.get("body") or []),
            url=doc.get("url"),
            source=doc.get("source"),
            published=doc.get("published"),
            published_text=doc.get("published_text"),
            authors=list(doc.get("authors") or []),
            lang=doc.get("lang"),
            related=[RelatedItem(**r) for r in doc.get("related") or []],
            warnings=[Warning(**w) for w in doc.get("warnings") or []],
            entities=[Entity(**e) for e in doc.get("entities") or []],
            quotes=[Quote(**q) for q in doc.get("quotes") or []],
            times=[TimeMention(t["text"], t["start"], t["stop"], t.get("from"), t.get("to"))
                   for t in doc.get("times") or []],
        )
        article.text = doc.get("text") or joined_text(article.headline, article.body)
        return article

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
            "entities": [e.to_dict() for e in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "times": [t.to_dict() for t in self.times],
        }


def joined_text(headline: str, body: list[str]) -> str:
    """The string later character offsets refer to: headline and paragraphs, one per line."""
    return "\n".join([headline, *body]) if headline else "\n".join(body)
