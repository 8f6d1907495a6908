"""HTML tree → blocks in reading order, with the link and heading facts the extractor scores."""

from __future__ import annotations

import re

from lxml import html as lxml_html

from svodka.extract.blocks import Block, clean_space

BLOCK_TAGS = frozenset(
    "p div td th tr table tbody thead tfoot li ul ol dl dt dd h1 h2 h3 h4 h5 h6 blockquote section "
    "article header footer nav aside main pre address center form fieldset figure figcaption hr "
    "caption details summary body html".split()
)
# Never text of the article: code, controls, embedded media, and captions of pictures.
SKIP_TAGS = frozenset(
    "script style noscript iframe object embed svg select option textarea button input head template "
    "canvas map video audio link meta title figcaption".split()
)
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# Class or id words of page furniture: a block under one of them starts with a penalty.
# class names of picture captions: "caption", "wp-caption-text", "photo-caption", "img_caption"
_CAPTION = re.compile(r"(?:^|[-_\s])(?i:caption|photo-?credit|image-?credit)(?:$|[-_\s])")
CAPTION_MAX_WORDS = 40  # a "caption" class on a longer element marks a wrapper with the story inside
FURNITURE = re.compile(
    # the word must start a class token or a part of one (menu-top, leftMenu, pageFooter) so that
    # "_reachbanner_" or "breadcrumbs-free" words inside other names do not count
    r"(?:^|[-_\s]|(?<=[a-z])(?=[A-Z]))(?i:comment|footer|sidebar|side-bar|menu|navig|share|social|"
    r"related|promo|banner|advert|breadcrumb|subscribe|rss|copyright|tags?\b|rubric|teaser|announce|"
    r"most-?read|popular|widget|counter)"
)


class _Walker:
    """Accumulates inline text and cuts it into blocks at block-level boundaries."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.pieces: list[tuple[str, bool, bool]] = []  # (text, in link, in bold)
        self.hrefs: list[str] = []
        self.link_depth = 0
        self.bold_depth = 0
        self.heading = 0
        self.list_depth = 0
        self.furniture_depth = 0
        self.containers: list[int] = [0]
        self.next_container = 1
        self.flat_row = False  # inside a row of a data table: its cells are read as one line
        self.caption_names: dict[str, bool] = {}
        self.furniture_names: dict[str, bool] = {}

    def add(self, text: str | None) -> None:
        if text:
            self.pieces.append((text, self.link_depth > 0, self.bold_depth > 0))

    def flush(self) -> None:
        if not self.pieces:
            return
        joined = "".join(p[0] for p in self.pieces)
        text = "" if joined.isspace() else clean_space(joined)
        if text:
            link = sum(len(clean_space(t)) for t, in_link, _ in self.pieces if in_link)
            bold = sum(len(clean_space(t)) for t, _, in_bold in self.pieces if in_bold)
            block = Block(
                text=text,
                link_chars=min(link, len(text)),
                heading=self.heading,
                in_list=self.list_depth > 0,
                href=self.hrefs[0] if len(self.hrefs) == 1 and link >= 0.6 * len(text) else None,
                container=self.containers[-1],
                parent=self.containers[-2] if len(self.containers) > 1 else 0,
                depth=len(self.containers),
                path=tuple(self.containers),
                bold=bold >= 0.9 * len(text),
                furniture=self.furniture_depth > 0,
            )
            self.blocks.append(block)
        self.pieces = []
        self.hrefs = []

    def walk(self, el: lxml_html.HtmlElement) -> None:
        tag = el.tag
        if not isinstance(tag, str) or tag in SKIP_TAGS or self.is_hidden(el):
            self.add(el.tail)
            return
        tag = tag.lower()
        if tag == "br":
            self.flush()
            self.add(el.tail)
            return
        is_block = tag in BLOCK_TAGS and not (self.flat_row and tag in _CELLS)
        if tag == "tr" and not self.flat_row and is_data_row(el):
            self.flat_row = True
            self.walk_row(el)
            self.flat_row = False
            return
        if self.flat_row and tag in _CELLS:
            self.add(" ")
        if is_block:
            self.flush()
            self.containers.append(self.next_container)
            self.next_container += 1
        marks = _Marks(self, el, tag)
        self.add(el.text)
        for child in el:
            self.walk(child)
        if is_block:
            self.flush()
            self.containers.pop()
        marks.undo()
        self.add(el.tail)


    def is_hidden(self, el: lxml_html.HtmlElement) -> bool:
        """Not shown, or a picture's caption (a <figcaption> by another name): neither is the story's text."""
        style = el.get("style")
        if (style is not None and _HIDDEN.search(style) is not None) or el.get("hidden") is not None:
            return True
        names = el.get("class")
        if names is None:
            return False
        caption = self.caption_names.get(names)
        if caption is None:
            caption = self.caption_names[names] = _CAPTION.search(names) is not None
        return caption and len(el.text_content().split()) <= CAPTION_MAX_WORDS

    def is_furniture(self, names: str | None, element_id: str | None) -> bool:
        """Whether class and id name page furniture; a page repeats its class names, so each is read once."""
        key = f"{names or ''} {element_id or ''}"
        found = self.furniture_names.get(key)
        if found is None:
            found = self.furniture_names[key] = bool(key.strip()) and FURNITURE.search(key) is not None
        return found

    def walk_row(self, el: lxml_html.HtmlElement) -> None:
        """A data table's row → one block, so a table of standings or prices reads as text lines."""
        self.flush()
        self.containers.append(self.next_container)
        self.next_container += 1
        marks = _Marks(self, el, "tr")
        for child in el:
            self.walk(child)
        self.flush()
        self.containers.pop()
        marks.undo()
        self.add(el.tail)


_CELLS = frozenset(("td", "th"))
CELL_MAX_WORDS = 30  # a data table's cell holds a name or a figure; a layout table's holds a page


def is_data_row(tr: lxml_html.HtmlElement) -> bool:
    """A row of short cells with inline content only: data, not the layout of a page."""
    cells = [c for c in tr if isinstance(c.tag, str)]
    if len(cells) < 2 or any(c.tag not in _CELLS for c in cells):
        return False
    for cell in cells:
        for inner in cell.iterdescendants():
            if isinstance(inner.tag, str) and (inner.tag in BLOCK_TAGS or inner.tag == "br"):
                return False
        if len(cell.text_content().split()) > CELL_MAX_WORDS:
            return False
    return True


class _Marks:
    """The walker state one element changes on entry, restored on exit."""

    def __init__(self, w: _Walker, el: lxml_html.HtmlElement, tag: str) -> None:
        self.w = w
        self.link = tag == "a"
        self.bold = tag in ("b", "strong")
        self.list = tag == "li"
        self.heading = _HEADINGS.get(tag, 0)
        self.saved_heading = w.heading
        self.furniture = w.is_furniture(el.get("class"), el.get("id"))
        if self.link:
            w.link_depth += 1
            href = el.get("href")
            if href:
                w.hrefs.append(href)
        w.bold_depth += self.bold
        w.list_depth += self.list
        w.furniture_depth += self.furniture
        if self.heading:
            w.heading = self.heading

    def undo(self) -> None:
        w = self.w
        w.link_depth -= self.link
        w.bold_depth -= self.bold
        w.list_depth -= self.list
        w.furniture_depth -= self.furniture
        w.heading = self.saved_heading


def html_blocks(root: lxml_html.HtmlElement) -> list[Block]:
    """Blocks of the page body in reading order."""
    walker = _Walker()
    body = root.find(".//body")
    walker.walk(body if body is not None else root)
    walker.flush()
    return walker.blocks
