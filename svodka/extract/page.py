"""One page, HTML or text, → the extraction fields of an `Article`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html

from svodka.errors import InputError
from svodka.extract.blocks import Block, clean_space
from svodka.extract.bylines import byline_names, is_photo_credit, split_bylines
from svodka.extract.dates import find_times
from svodka.extract.element import story_blocks
from svodka.extract.headline import find_headline
from svodka.extract.htmlblocks import html_blocks
from svodka.extract.mainrun import body_blocks, mark_small_print
from svodka.extract.meta import (
    PageMeta,
    byline_texts,
    dominant_host,
    link_hosts,
    own_host,
    read_meta,
    referenced_hosts,
)
from svodka.extract.published import (
    Published,
    choose_published,
    meta_candidate,
    url_date,
    visible_candidates,
)
from svodka.extract.related import related_from_blocks
from svodka.extract.zones import OutletZone, outlet_signals, outlet_zone, reference_in
from svodka.model import RelatedItem

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>")
_BYLINE = re.compile(
    r"^\W*(?:автор|текст|авторы|корреспондент|by)\s*[:\-–—]\s*(?P<name>[^,|•]{3,60})$", re.I
)
_LEADING_TIME = re.compile(r"^\W*\d{1,2}[./]\d{1,2}[./]\d{2,4}(?:,?\s*\d{1,2}:\d{2})?\s*")


@dataclass
class Extracted:
    """Extraction fields, before they are put into an `Article`."""

    headline: str = ""
    body: list[str] = field(default_factory=list)
    published: Published = field(default_factory=lambda: Published(None, None))
    authors: list[str] = field(default_factory=list)
    related: list[RelatedItem] = field(default_factory=list)
    url: str | None = None
    host: str | None = None  # the outlet: from the URL, else from the page's own links
    lang: str | None = None


def parse_html(text: str, name: str) -> lxml_html.HtmlElement:
    try:
        root = lxml_html.document_fromstring(_XML_DECL.sub("", text))
    except (etree.ParserError, ValueError) as exc:
        raise InputError(name, f"not a parseable HTML page ({exc})") from None
    return root


def extract_html(text: str, name: str, url: str | None, reference: datetime | None) -> Extracted:
    root = parse_html(text, name)
    meta = read_meta(root)
    blocks = html_blocks(root)
    mark_small_print(blocks)
    head = find_headline(blocks, meta.titles)
    found = story_blocks(blocks, body_blocks(blocks, head), head)
    next_block = blocks[blocks.index(found[-1]) + 1] if found and found[-1] is not blocks[-1] else None
    split = split_bylines(found, next_block)
    body = split.body
    headline = headline_text(blocks, head, meta)
    url = url or absolute(meta.url, None)
    first = blocks.index(found[0]) if found else None
    anchor = head if head is not None else (first or 0)
    linked = link_hosts(root)
    host = host_of(url) or dominant_host(linked) or own_host(root)
    declared = meta_candidate(meta.times)
    outlet = outlet_zone(outlet_signals(blocks, found, meta, host, referenced_hosts(root)))
    zone = page_zone(outlet, declared)
    reference = local_time(reference, zone)
    body_end = blocks.index(found[-1]) + 1 if found else None
    visible = visible_candidates(blocks, anchor, reference, body_end, year_of(url))
    published = choose_published(visible, declared, outlet)
    if published.iso is None:
        published = Published(url_date(url), None)
    after = first if first is not None else anchor
    related = related_from_blocks(blocks, after, reference, zone)
    for item in related:
        item.url = absolute(item.url, url)
    return Extracted(
        headline=headline,
        body=[b.text for b in body],
        published=published,
        authors=authors_of(meta, byline_texts(root) + split.names, blocks, anchor),
        related=related,
        url=url,
        host=host,
        lang=meta.lang,
    )


def headline_text(blocks: list[Block], head: int | None, meta: PageMeta) -> str:
    """The headline as printed, without a date glued to it ("… в Австралии 05.01.12 18:27")."""
    if head is not None:
        text = blocks[head].text
    elif meta.titles:
        text = meta.titles[0]
    else:
        return ""
    for found in find_times(text):
        if found.start > 0 and len(text) - (found.start + len(found.text)) <= 2:
            text = text[: found.start]
    return clean_space(_LEADING_TIME.sub("", text) or text)


def authors_of(meta: PageMeta, bylines: list[str], blocks: list[Block], anchor: int) -> list[str]:
    """Authors from markup, byline boxes and "Автор: …" lines near the story, each name once."""
    names = list(meta.authors)
    for text in bylines:
        names += byline_names(text, bare=True) or ([] if is_photo_credit(text) else [text])
    for block in blocks[max(0, anchor - 6): anchor + 40]:
        m = _BYLINE.match(block.text)
        if m and len(m.group("name").split()) <= 4:
            names += byline_names(block.text) or [m.group("name")]
    out: list[str] = []
    for name in names:
        name = clean_space(re.sub(r"^(автор|текст|by)\s*[:\-–—]?\s*", "", name, flags=re.I))
        if name and name not in out and not any(c.isdigit() for c in name):
            out.append(name)
    return out


def page_zone(outlet: OutletZone, declared: datetime | None) -> tzinfo:
    """The outlet's zone: by its country when the page tells it, else the offset its markup declares."""
    if outlet.assumed and declared is not None and declared.tzinfo is not None:
        return declared.tzinfo
    return outlet.zone


def year_of(url: str | None) -> int | None:
    """The year an article's URL is filed under ("/archive/2012/01/05/…"): completes dates printed
    without one."""
    day = url_date(url)
    return int(day[:4]) if day else None


def local_time(moment: datetime | None, zone: tzinfo) -> datetime | None:
    """A crawl time in the outlet's zone, so that its "Сегодня в 10:31" is read on its own clock."""
    return reference_in(moment, zone)


def host_of(url: str | None) -> str | None:
    """The URL's host; None when it names none, malformed ones ("[", "http://[::1") included, as
    archive.keys treats them: the page is still an article, only not an outlet's."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:  # urllib's only complaint: a bracketed host that is no IPv6 address
        return None
    return host or None


def absolute(href: str | None, base: str | None) -> str | None:
    if not href or href.startswith(("javascript:", "#", "mailto:")):
        return None
    try:
        return urljoin(base, href) if base else href
    except ValueError:  # a malformed base or link ("http://[x/a"): no address to name
        return None
