"""Articles exported by other tools as JSON records (JSONL: one object a line).

Exports name the same things differently; the usual names are mapped onto the article (`title` or
`headline`; `text`, `body` or `content`; `published`, `date`, `time`...; `url` or `link`; `source`,
`outlet` or `site`) and every other field is kept as the article's metadata. svodka's own JSON form
(`svodka extract --format jsonl`, `svodka export`) is read as it is, paragraphs and all.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from svodka.errors import InputError
from svodka.extract import guess_lang
from svodka.extract.dates import MOSCOW, find_times
from svodka.extract.page import host_of
from svodka.model import Article, joined_text

HEADLINE_KEYS = ("headline", "title", "name")
TEXT_KEYS = ("text", "body", "content", "article", "full_text")
PUBLISHED_KEYS = ("published", "date", "published_at", "pubdate", "pub_date", "datetime", "time",
                  "timestamp", "created_at", "time_str")
URL_KEYS = ("url", "link", "canonical_url", "href")
OUTLET_KEYS = ("source", "outlet", "site", "site_name", "publisher", "agency")
AUTHOR_KEYS = ("authors", "author", "byline")
MAPPED = {"id", "lang", *HEADLINE_KEYS, *TEXT_KEYS, *PUBLISHED_KEYS, *URL_KEYS, *OUTLET_KEYS, *AUTHOR_KEYS}
# svodka's own fields: a record with a paragraph list is svodka's JSON form, read by Article.from_dict
OWN_FIELDS = frozenset(Article(id="").to_dict())
STRING_FIELDS = ("id", "url", "source", "headline", "published", "published_text", "lang", "text")
LIST_FIELDS = ("body", "authors", "related", "warnings", "entities", "quotes", "times")
# epoch seconds later than this are taken as milliseconds
EPOCH_MS = 10**11


@dataclass
class Record:
    """An article read from a record, with the record's own name for the outlet and its other fields."""

    article: Article
    outlet: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


def parse_record(raw: bytes | str, where: str, reference: datetime | None = None) -> Record:
    """The article of one JSON line; raises InputError naming `where` when the line is no article."""
    try:
        doc = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(where, f"not JSON ({exc})") from None
    if not isinstance(doc, dict):
        raise InputError(where, f"not an article (a JSON {type(doc).__name__}, not an object)")
    if isinstance(doc.get("body"), list):
        return own_record(doc, where)
    return export_record(doc, where, reference)


def own_record(doc: dict[str, Any], where: str) -> Record:
    wrong = mistyped_fields(doc)
    if wrong:
        raise InputError(where, f"not an article (wrong type of {', '.join(wrong)})")
    try:
        article = Article.from_dict(doc)
    except (TypeError, KeyError, ValueError, AttributeError) as exc:
        raise InputError(where, f"not an article ({exc})") from None
    if not article.text.strip():
        raise InputError(where, "not an article (no text, headline or body)")
    meta = {k: v for k, v in doc.items() if k not in OWN_FIELDS}
    outlet = first_text(doc, OUTLET_KEYS)
    return Record(article, outlet, meta)


def mistyped_fields(doc: dict[str, Any]) -> list[str]:
    """The fields of svodka's own form whose values have the wrong type."""
    wrong = [k for k in STRING_FIELDS if doc.get(k) is not None and not isinstance(doc[k], str)]
    wrong += [k for k in LIST_FIELDS if doc.get(k) is not None and not isinstance(doc[k], list)]
    wrong += [k for k in ("body", "authors") if isinstance(doc.get(k), list) and
              not all(isinstance(v, str) for v in doc[k])]
    return sorted(set(wrong))


def export_record(doc: dict[str, Any], where: str, reference: datetime | None) -> Record:
    headline = first_text(doc, HEADLINE_KEYS) or ""
    body = paragraphs(first_text(doc, TEXT_KEYS) or "")
    if not body and not headline:
        raise InputError(where, f"not an article (no text: expected one of {', '.join(TEXT_KEYS)})")
    url = first_text(doc, URL_KEYS)
    outlet = first_text(doc, OUTLET_KEYS)
    article = Article(id=str(doc.get("id") or ""), headline=headline, body=body, url=url,
                      source=host_of(url) or outlet, authors=authors_of(doc))
    article.text = joined_text(headline, body)
    article.lang = first_text(doc, ("lang",)) or guess_lang(article.text[:5000])
    read_published(article, doc, reference)
    meta = {k: v for k, v in doc.items() if k not in MAPPED}
    return Record(article, outlet, meta)


def first_text(doc: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    """The first of `keys` whose value is a non-empty string (or a number, as text)."""
    for key in keys:
        value = doc.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
    return None


def paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def authors_of(doc: dict[str, Any]) -> list[str]:
    for key in AUTHOR_KEYS:
        value = doc.get(key)
        if isinstance(value, list):
            return [str(v).strip() for v in value if str(v).strip()]
        if isinstance(value, str) and value.strip():
            return [name.strip() for name in value.split(",") if name.strip()]
    return []


def read_published(article: Article, doc: dict[str, Any], reference: datetime | None) -> None:
    """Set the article's publication time from the record's first readable time field."""
    for key in PUBLISHED_KEYS:
        value = doc.get(key)
        if value is None or isinstance(value, bool):
            continue
        published = record_time(value, reference)
        if published is None:
            continue
        article.published_text = str(value)
        if isinstance(published, str):
            article.published = published
        elif published.tzinfo is None:
            article.published = published.replace(tzinfo=MOSCOW).isoformat()
            article.warn("timezone_assumed", f"no zone given for {str(value)!r}; read as Moscow time")
        else:
            article.published = published.isoformat()
        return


def record_time(value: Any, reference: datetime | None) -> datetime | str | None:
    """A record's time field: epoch seconds, ISO 8601, or a date as printed ("3 May 11:46", completed
    with the reference time's year). A bare date comes back as an ISO string, a time without zone as
    a naive datetime; None when the value is no time."""
    if isinstance(value, int | float):
        seconds = value / 1000 if value > EPOCH_MS else value
        try:
            return datetime.fromtimestamp(seconds, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        found = find_times(text, reference)
        if not found:
            return None
        first = found[0]
        if first.clock is None:
            return first.day.isoformat()
        return datetime.combine(first.day, first.clock).replace(tzinfo=first.offset)
    return parsed.date().isoformat() if len(text) == 10 else parsed
