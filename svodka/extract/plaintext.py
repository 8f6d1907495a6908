"""Plain-text pages → extraction fields: the seed's form and crawlers' whole-page text dumps."""

from __future__ import annotations

import re
from datetime import datetime, tzinfo

from svodka.extract.blocks import Block, clean_space, mark_repeated, word_count
from svodka.extract.headline import words_of
from svodka.extract.mainrun import (
    body_blocks,
    is_feed_heading,
    is_machinery,
    mark_small_print,
    strongest_anchor,
)
from svodka.extract.meta import PageMeta
from svodka.extract.page import Extracted, authors_of, local_time
from svodka.extract.published import choose_published, visible_candidates
from svodka.extract.related import (
    ITEM_TIME,
    is_related_heading,
    items_from_glued_line,
    resolve_item_time,
    split_item,
)
from svodka.extract.zones import OutletSignals, outlet_zone
from svodka.model import RelatedItem

_BULLET = re.compile(r"^\s*(?:[•*·▪◦■□○●‣⁃]|\d+\.\s|\[\d+\])\s*")
_FORM_FIELD = re.compile(r"\[[ _]{3,}\]|\(\s?\)|\[\s?\]")
HEADLINE_LOOKBACK = 12
_BREADCRUMB = re.compile(r"\s(?:>|»|/|\||→)\s|\[")  # path separators, and w3m's [form] and [image] marks
_SENTENCE_END = re.compile(r"[.!?]$")  # a feed headline does not end with a full stop; prose does
_COUNTER_TAIL = re.compile(r"\s*(комментари\w*|просмотр\w*)\s*:?\s*\d*\s*$", re.I)
WRAP_SHARE = 0.15  # a dump is wrapped when this share of its lines end within a few columns of one width


def text_lines(text: str) -> list[str]:
    """Lines of the page, with the lines of a column-wrapped dump joined back into paragraphs."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    width = wrap_width(raw)
    if width is None:
        return raw
    lines: list[str] = []
    for line in raw:
        joinable = lines and lines[-1].strip() and line.strip() and not _BULLET.match(line)
        if joinable and len(lines[-1]) >= width - 12:
            lines[-1] = lines[-1].rstrip() + " " + line.strip()
        else:
            lines.append(line)
    return lines


def wrap_width(lines: list[str]) -> int | None:
    lengths = [len(x.rstrip()) for x in lines if x.strip()]
    if len(lengths) < 10:
        return None
    longest = max(lengths)
    near = sum(1 for n in lengths if n >= longest - 8)
    return longest if longest <= 100 and near >= WRAP_SHARE * len(lengths) else None


def text_blocks(text: str) -> list[Block]:
    blocks = []
    for line in text_lines(text):
        bullet = _BULLET.match(line)
        content = clean_space(_FORM_FIELD.sub(" ", line[bullet.end():] if bullet else line))
        if content:
            blocks.append(Block(text=content, in_list=bullet is not None))
    mark_repeated(blocks)
    mark_teasers(blocks)
    mark_small_print(blocks)
    return blocks


def mark_teasers(blocks: list[Block]) -> None:
    """A paragraph between two list items is a teaser of a feed ("• headline / snippet / • headline")."""
    for i in range(1, len(blocks) - 1):
        if not blocks[i].in_list and blocks[i - 1].in_list and blocks[i + 1].in_list:
            blocks[i].furniture = True


def is_headline_like(block: Block) -> bool:
    words = block.words
    return (
        3 <= words <= 30
        and not block.in_list
        and not block.text.endswith((".", ":", ";", ","))
        and not is_machinery(block)
        and not is_feed_heading(block)
        and not _BREADCRUMB.search(block.text)
    )


def text_headline(blocks: list[Block], start: int, body: list[Block]) -> int | None:
    """The headline line above the body: headline-like, sharing words with the lead, nearest."""
    lead = {w[:5] for b in body[:2] for w in words_of(b.text) if len(w) > 3}
    best, best_key = None, (0.0, 0)
    for i in range(max(0, start - HEADLINE_LOOKBACK), start):
        block = blocks[i]
        if not is_headline_like(block):
            continue
        own = {w[:5] for w in words_of(block.text) if len(w) > 3}
        overlap = len(own & lead) / len(own) if own else 0.0
        key = (round(overlap, 1) + (0.3 if i == 0 else 0.0), i)
        if key > best_key:
            best, best_key = i, key
    return best


def repeated_headlines(blocks: list[Block]) -> list[int]:
    """Headline-like lines printed twice or more: a dump shows the title of the article more than once
    (heading, print and share boxes), and no other line of that shape is repeated so often."""
    seen: dict[str, list[int]] = {}
    for i, b in enumerate(blocks):
        if is_headline_like(b):
            seen.setdefault(_COUNTER_TAIL.sub("", b.text), []).append(i)
    return [i for places in seen.values() if 2 <= len(places) <= 3 for i in places]


def extract_text(text: str, reference: datetime | None) -> Extracted:
    outlet = outlet_zone(OutletSignals(text=text))  # a text page names no outlet: its language may tell the country
    zone = outlet.zone
    reference = local_time(reference, zone)
    blocks = text_blocks(text)
    head = strongest_anchor(blocks, repeated_headlines(blocks))
    body = body_blocks(blocks, head)
    start = blocks.index(body[0]) if body else 0
    if head is None:
        head = text_headline(blocks, start, body)
        if head is not None and start > head:
            body = body_blocks(blocks, head)
        elif len(body) > 1 and is_headline_like(body[0]):
            head, body = start, body[1:]  # the run began at the headline itself
    anchor = head if head is not None else start
    published = choose_published(visible_candidates(blocks, anchor, reference), None, outlet)
    after = blocks.index(body[-1]) + 1 if body else anchor
    return Extracted(
        headline=blocks[head].text if head is not None else "",
        body=[b.text for b in body],
        published=published,
        authors=authors_of(PageMeta(), [], blocks, anchor),
        related=related_from_lines(blocks, after, reference, zone),
        lang=None,
    )


def related_from_lines(
    blocks: list[Block], after: int, reference: datetime | None, zone: tzinfo
) -> list[RelatedItem]:
    """Items of the first feed block below the body: lines of "headline time", or one glued line."""
    for i in range(after, len(blocks)):
        if is_related_heading(blocks[i]):
            items = _feed_lines(blocks, i + 1, reference, zone)
            if items:
                return items
    return []


def _feed_lines(blocks: list[Block], start: int, reference: datetime | None, zone: tzinfo) -> list[RelatedItem]:
    items: list[RelatedItem] = []
    for block in blocks[start:]:
        line = block.text
        if is_related_heading(block) or is_feed_heading(block):
            break
        if len(ITEM_TIME.findall(line)) >= 2:
            items.extend(items_from_glued_line(line, reference, zone))
        elif 3 <= word_count(line) <= 40 and not _SENTENCE_END.search(line):
            items.append(split_item(line, reference, zone))
        elif ITEM_TIME.fullmatch(line.strip()) and items and items[-1].time_text is None:
            items[-1].time_text = line.strip()
            items[-1].time = resolve_item_time(items[-1].time_text, reference, zone)
        else:
            break
    return items
