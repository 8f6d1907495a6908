"""Pages in the HTML format of Telegram's Data Clustering Contest (2019).

The contest gave every page already cleaned: `<head>` holds og:url, og:site_name, og:title and
article:published_time, and `<body>` is one `<article>` with the headline in `<h1>`, the date and
author in `<address>`, the text in paragraphs, and "read also" links in `<related>`. The general
extractor guesses where the story is and loses some of it here (on the contest's 783 pages about one
paragraph in five); this reader takes the format at its word. Anything not in this exact shape is left
to the extractor.
"""

from __future__ import annotations

import re

from lxml import html as lxml_html
from lxml.etree import ParserError

from svodka.extract import guess_lang
from svodka.extract.blocks import clean_space
from svodka.extract.page import host_of
from svodka.model import Article, RelatedItem, joined_text
from svodka.sources.records import Record

# the contest's shape: the body opens straight with <article>, and the head says when it was published
_SHAPE = re.compile(r"<body>\s*<article>", re.I)
_PUBLISHED = re.compile(r"""<meta\s+property=["']article:published_time["']""", re.I)
TEXT_TAGS = ("p", "h2", "h3", "h5", "h6", "blockquote", "li", "pre")
# the headline, the byline, pictures, embeds, links to other stories, credits: not the story's text
SKIPPED_TAGS = ("h1", "address", "figure", "figcaption", "related", "footer", "aside", "table")


def is_contest_page(text: str) -> bool:
    head = text[:20000]
    return _SHAPE.search(head) is not None and _PUBLISHED.search(head) is not None


def contest_record(text: str, article_id: str) -> Record | None:
    """The article of a contest page, with og:site_name as the outlet's name and og:description kept
    as metadata; None when the page is not in the contest's shape after all."""
    root = parse(text)
    if root is None:
        return None
    story = root.find(".//article")
    if story is None:
        return None
    url = meta_value(root, "og:url")
    headline = meta_value(root, "og:title") or clean_space(story.findtext(".//h1") or "")
    body = story_paragraphs(story)
    published = meta_value(root, "article:published_time")
    article = Article(
        id=article_id, headline=headline, body=body, url=url, source=host_of(url),
        published=published, published_text=shown_time(story) or published, authors=authors_of(story, url),
        related=related_links(story),
    )
    article.text = joined_text(headline, body)
    article.lang = guess_lang(" ".join(body)[:5000])
    if not body:
        article.warn("no_body", "no article body found on the page")
    description = meta_value(root, "og:description")
    return Record(article, meta_value(root, "og:site_name"), {"description": description} if description else {})


def parse(text: str) -> lxml_html.HtmlElement | None:
    try:
        return lxml_html.document_fromstring(text)
    except (ParserError, ValueError):
        return None


def meta_value(root: lxml_html.HtmlElement, prop: str) -> str | None:
    for el in root.iter("meta"):
        if el.get("property") == prop and (el.get("content") or "").strip():
            return clean_space(el.get("content") or "")
    return None


def story_paragraphs(story: lxml_html.HtmlElement) -> list[str]:
    """The text blocks of the story, outermost only (a <p> inside a <blockquote> is read once);
    lines broken with <br> are paragraphs of their own."""
    found: list[str] = []
    for el in story.iter(*TEXT_TAGS):
        if any(a.tag in SKIPPED_TAGS or a.tag in TEXT_TAGS for a in el.iterancestors()):
            continue
        for br in el.iter("br"):
            br.tail = "\n" + (br.tail or "")
        found.extend(line for line in map(clean_space, el.text_content().split("\n")) if line)
    return found


def shown_time(story: lxml_html.HtmlElement) -> str | None:
    """The date as the byline prints it ("01 Nov 2019, 12:34")."""
    for el in story.xpath(".//address//time"):
        text = clean_space(el.text_content())
        if text:
            return text
    return None


def authors_of(story: lxml_html.HtmlElement, url: str | None) -> list[str]:
    """Author links of the byline; the outlet signing as itself ("btvnovinite.bg") is no author."""
    host = (host_of(url) or "").removeprefix("www.")
    names = []
    for el in story.xpath(".//address//a[@rel='author']"):
        name = clean_space(el.text_content())
        if name and name.removeprefix("www.") != host and name not in names:
            names.append(name)
    return names


def related_links(story: lxml_html.HtmlElement) -> list[RelatedItem]:
    return [
        RelatedItem(headline=clean_space(a.text_content()), url=a.get("href"))
        for a in story.xpath(".//related//a[@href]")
    ]
