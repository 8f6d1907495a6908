"""What makes two articles the same: the canonical URL, else a fingerprint of the text.

`identity_key` decides whether an incoming article is one the archive holds already; `content_hash`
whether that article's page has changed since (a new version); `parts_hash` whether the enrichment
of an unchanged article has (then its entities, quotes and times are refreshed, the version kept).
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from w3lib.url import canonicalize_url

from svodka.model import Article

# Query parameters that say how a reader arrived, not which page they read.
TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|yclid|ysclid|_openstat|from|ref|rss|share|mc_cid|mc_eid)$", re.I)
_SPACE = re.compile(r"\s+")
# a host name as canonicalize_url leaves it (IDN in punycode), with a port perhaps
HOST = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d+)?$")


def canonical_url(url: str | None) -> str | None:
    """The URL reduced to what names the page: no scheme, no `www.`, no fragment, no tracking
    parameters, sorted query, no trailing slash. http://www.ria.ru/a/?utm_source=x → ria.ru/a.
    None when there is no URL or it names no host."""
    if not url or not url.strip():
        return None
    url = url.strip()
    if "://" not in url:
        url = "http://" + url.lstrip("/")
    try:
        parts = urlsplit(canonicalize_url(url))
    except ValueError:
        return None
    host = parts.netloc.lower().rsplit("@", 1)[-1].removeprefix("www.")
    if not HOST.match(host):
        return None
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING.match(k)])
    path = parts.path.rstrip("/")
    return f"{host}{path}?{query}" if query else f"{host}{path}"


def text_fingerprint(article: Article) -> str:
    """A hash of the article's words, blind to case and spacing (for articles without a URL)."""
    words = _SPACE.sub(" ", article.text or "\n".join([article.headline, *article.body])).strip().lower()
    return hashlib.sha1(words.replace("ё", "е").encode("utf-8")).hexdigest()


def identity_key(article: Article) -> str:
    """`url:<canonical URL>` when the article has a URL, else `text:<fingerprint>`."""
    canonical = canonical_url(article.url)
    return f"url:{canonical}" if canonical else f"text:{text_fingerprint(article)}"


def article_id(key: str) -> str:
    """The archive's stable id of the article with this identity key."""
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def digest(value: Any) -> str:
    return hashlib.sha1(json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def content_hash(article: Article) -> str:
    """What a reader sees of the page: a change here is a new version of the article."""
    return digest([article.headline, article.body, article.published, article.authors, article.text])


def parts_hash(article: Article) -> str:
    """Everything else stored with the article: entities, quotes, times, related items, warnings."""
    return digest([
        [e.to_dict() for e in article.entities], [q.to_dict() for q in article.quotes],
        [t.to_dict() for t in article.times], [r.to_dict() for r in article.related],
        [w.to_dict() for w in article.warnings], article.lang, article.published_text, article.source,
    ])
