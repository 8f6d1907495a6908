"""Page → article: headline, publication time, authors, body, related feed items."""

from __future__ import annotations

import hashlib
import re
from datetime import datetime

from svodka.errors import InputError
from svodka.extract.dates import parse_iso
from svodka.extract.page import Extracted, extract_html, host_of
from svodka.extract.plaintext import extract_text
from svodka.model import Article, joined_text
from svodka.sources.decode import decode_page

# A page is HTML when it opens with markup; a text dump may quote a tag ("[<div style=…]") further down.
_HTML_SNIFF = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype|html|head|body|meta|title|div|p|table|\?xml)\b|"
                         r"<(?:html|body|head)\b", re.I | re.S)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DAY_MONTH_BEFORE = re.compile(r"\d{1,2}\s+[а-я]+\s*$|\d{1,2}\.\d{1,2}\.$")
_PLAN_BEFORE = re.compile(r"(?:^|\s)(?:до|к|на|в\s+течение|по)\s*$")
_CYRILLIC = re.compile("[А-Яа-яЁё]")
_LATIN = re.compile("[A-Za-z]")


def extract(
    data: bytes | str,
    url: str | None = None,
    reference_time: str | datetime | None = None,
    id: str | None = None,
    name: str = "<page>",
) -> Article:
    """Extract one article from a page: HTML or plain text, as bytes in any encoding or as str.

    `reference_time` (ISO 8601 or datetime) resolves relative times such as "Сегодня в 10:31";
    without it they stay unresolved. Raises `InputError` for a page that cannot be read.
    """
    text = data if isinstance(data, str) else decode_page(data, name)
    if not text.strip():
        raise InputError(name, "empty page")
    reference = _reference(reference_time, name)
    if looks_like_html(text):
        found = extract_html(text, name, url, reference)
    else:
        found = extract_text(text, reference)
        found.url = url
    return to_article(found, id or page_id(found.url, text), text)


def looks_like_html(text: str) -> bool:
    return _HTML_SNIFF.search(text[:1024]) is not None


def page_id(url: str | None, text: str) -> str:
    """Stable id: of the URL when there is one, else of the page's content."""
    key = url if url else text
    return hashlib.sha1(key.encode("utf-8", "replace")).hexdigest()[:16]


def _reference(value: str | datetime | None, name: str) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    parsed = parse_iso(value)
    if parsed is None:
        raise InputError(name, f"reference time {value!r} is not an ISO 8601 date")
    return parsed


def to_article(found: Extracted, article_id: str, page_text: str) -> Article:
    article = Article(
        id=article_id,
        url=found.url,
        source=host_of(found.url) or found.host,
        headline=found.headline,
        body=found.body,
        published=found.published.iso,
        published_text=found.published.text,
        authors=found.authors,
        lang=found.lang or guess_lang(" ".join(found.body) or page_text[:5000]),
        related=found.related,
    )
    article.text = joined_text(article.headline, article.body)
    if found.published.zone_assumed and article.published and "T" in article.published:
        article.warn("timezone_assumed", f"no zone given for {article.published_text or 'the time'!r}; "
                     "read as Moscow time")
    if not article.body:
        article.warn("no_body", "no article body found on the page")
    later = later_years(article)
    if later:
        article.warn("related_block_later_than_article",
                     f"related items mention {', '.join(map(str, later))}, later than the article's "
                     f"{article.published[:4] if article.published else ''}: the feed was captured later")
    return article


def later_years(article: Article) -> list[int]:
    """Years after the article's own that its feed speaks of as past or present: a sign the feed
    was captured later. A plan ("бюджет на 2013 год", "до 2014 года") is not such a sign; a dated
    event ("с 1 ноября 2024 года"), an item time, or a bare year two or more years on are."""
    if not article.published or not article.related:
        return []
    year = int(article.published[:4])
    later: set[int] = set()
    for item in article.related:
        if item.time and int(item.time[:4]) > year:
            later.add(int(item.time[:4]))
        for m in _YEAR.finditer(item.headline):
            y = int(m.group(0))
            before = item.headline[max(0, m.start() - 14): m.start()].lower()
            if y > year and (_DAY_MONTH_BEFORE.search(before) or (y >= year + 2 and not _PLAN_BEFORE.search(before))):
                later.add(y)
    return sorted(y for y in later if y <= year + 30)


def guess_lang(text: str) -> str | None:
    cyr, lat = len(_CYRILLIC.findall(text)), len(_LATIN.findall(text))
    if cyr + lat < 20:
        return None
    return "ru" if cyr >= lat else "en"
