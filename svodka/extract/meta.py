"""What a page says about itself in markup: titles, times, authors, canonical URL, language."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from lxml import html as lxml_html

from svodka.extract.blocks import clean_space

TITLE_KEYS = ("og:title", "twitter:title", "title", "headline")
TIME_KEYS = (
    "article:published_time", "og:published_time", "published_time", "pubdate", "publishdate",
    "datepublished", "date", "dc.date.issued", "dc.date", "sailthru.date", "article.published",
    "publication_date", "mediator_published_time",
)
AUTHOR_KEYS = ("author", "article:author", "dc.creator", "sailthru.author", "mediator_author")
_URLISH = re.compile(r"^(https?:)?//|^www\.")
_HOST = re.compile(r"^(?:https?:)?//([^/:?#]+)", re.I)


@dataclass
class PageMeta:
    """Facts from <head>, JSON-LD and microdata; each list in order of trust."""

    titles: list[str] = field(default_factory=list)
    times: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    url: str | None = None
    lang: str | None = None
    site_names: list[str] = field(default_factory=list)  # og:site_name, application-name: the outlet
    page_title: str | None = None  # <title> as printed: the headline and, often, the outlet's name
    image_texts: list[str] = field(default_factory=list)  # alt texts: a header's phone drawn as a picture


def read_meta(root: lxml_html.HtmlElement) -> PageMeta:
    meta = PageMeta()
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = clean_space(el.get("content") or "")
        if not key or not value:
            continue
        if key in TITLE_KEYS:
            meta.titles.append(value)
        elif key in TIME_KEYS:
            meta.times.append(value)
        elif key in AUTHOR_KEYS and not _URLISH.match(value):
            meta.authors.append(value)
        elif key in ("og:site_name", "application-name"):
            meta.site_names.append(value)
        elif key == "og:url" and meta.url is None:
            meta.url = value
        elif key == "og:locale" and meta.lang is None:
            meta.lang = value[:2].lower()
    for data in _json_ld(root):
        _read_json_ld(data, meta)
    for el in root.xpath("//*[@itemprop='datePublished' or @itemprop='dateCreated']"):
        value = el.get("datetime") or el.get("content") or el.text_content()
        if value:
            meta.times.append(clean_space(value))
    for el in root.xpath("//time[@datetime][@pubdate or @itemprop or @class]"):
        meta.times.append(el.get("datetime"))
    title = root.findtext(".//title")
    if title:
        meta.page_title = clean_space(title)
        meta.titles.append(meta.page_title)
    meta.image_texts = [clean_space(alt) for alt in root.xpath("//img/@alt") if alt.strip()]
    for el in root.xpath("//link[@rel='canonical'][@href]"):
        meta.url = meta.url or el.get("href")
    lang = root.get("lang") or root.get("xml:lang")
    if lang:
        meta.lang = lang[:2].lower()
    return meta


def _json_ld(root: lxml_html.HtmlElement) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for script in root.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue  # broken JSON-LD is common; the page's other signals still count
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        out.extend(i for i in items if isinstance(i, dict))
    return out


def _read_json_ld(data: dict[str, Any], meta: PageMeta) -> None:
    kind = data.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    if not any(isinstance(k, str) and ("Article" in k or k in ("NewsArticle", "Report")) for k in kinds):
        return
    if isinstance(data.get("headline"), str):
        meta.titles.insert(0, clean_space(data["headline"]))
    if isinstance(data.get("datePublished"), str):
        meta.times.insert(0, data["datePublished"])
    authors = data.get("author")
    for author in authors if isinstance(authors, list) else [authors]:
        name = author.get("name") if isinstance(author, dict) else author
        if isinstance(name, str) and name.strip() and not _URLISH.match(name):
            meta.authors.append(clean_space(name))


def byline_texts(root: lxml_html.HtmlElement) -> list[str]:
    """Text of elements marked as the author (class, rel or itemprop), short enough to be a name."""
    out = []
    for el in root.xpath(
        "//*[@itemprop='author' or @rel='author' or contains(@class,'author') or contains(@class,'byline')]"
    ):
        text = clean_space(el.text_content())
        if 1 <= len(text.split()) <= 6:
            out.append(text)
    return out


def link_hosts(root: lxml_html.HtmlElement, attributes: str = "//a/@href") -> list[str]:
    """The host of every absolute link on the page, lowercased, in page order."""
    hosts = []
    for href in root.xpath(attributes):
        m = _HOST.match(href.strip())
        if m:
            hosts.append(m.group(1).lower())
    return hosts


def referenced_hosts(root: lxml_html.HtmlElement) -> list[str]:
    """Hosts of links, images, scripts and forms: what the page is served with tells its country."""
    return link_hosts(root, "//@href|//@src|//@action")


def dominant_host(hosts: list[str]) -> str | None:
    """The host most absolute links of the page point to: its own, when the URL is not known."""
    counts: dict[str, int] = {}
    for host in hosts:
        counts[host] = counts.get(host, 0) + 1
    if not counts:
        return None
    host, n = max(counts.items(), key=lambda kv: kv[1])
    return host if n >= 5 and n >= 0.3 * sum(counts.values()) else None


def own_host(root: lxml_html.HtmlElement) -> str | None:
    """The host that serves the page, from a path it links to both relatively and absolutely
    ("/feeder/" and "http://www.profinews.com.ua/feeder/"): a page with few absolute links still
    tells its own host that way."""
    relative: set[str] = set()
    absolute: list[tuple[str, str]] = []
    for href in root.xpath("//@href"):
        href = href.strip()
        m = _HOST.match(href)
        if m:
            absolute.append((m.group(1).lower(), href[m.end():] or "/"))
        elif href.startswith("/") and len(href) > 1:
            relative.add(href)
    counts: dict[str, int] = {}
    for host, path in absolute:
        if path in relative:
            counts[host] = counts.get(host, 0) + 1
    return max(counts, key=lambda h: counts[h]) if counts else None
