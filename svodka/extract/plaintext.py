"""Plain-text pages → extraction fields: the seed's form and crawlers' whole-page text dumps."""

from __future__ import annotations

import re
from datetime import datetime, tzinfo

from svodka.extract.blocks import Block, clean_space, mark_repeated, word_count
from svodka.extract.bylines import byline_names
from svodka.extract.dumplayout import BULLET, repaired, text_lines, unglued
from svodka.extract.dumprun import choose_article
from svodka.extract.mainrun import (
    is_dateline,
    is_feed_heading,
    mark_small_print,
)
from svodka.extract.meta import PageMeta
from svodka.extract.page import Extracted, authors_of, local_time
from svodka.extract.published import choose_published, visible_candidates
from svodka.extract.related import (
    ITEM_TIME,
    is_related_heading,
    item_times,
    items_from_glued_line,
    resolve_item_time,
    split_item,
)
from svodka.extract.zones import OutletSignals, outlet_zone
from svodka.model import RelatedItem

BYLINE_REACH = 6  # lines above the headline where a dump prints the date and author
# w3m prints a picture as its name in brackets; one set before a text is the teaser's or lead's picture
_IMAGE_MARK = re.compile(r"^\[[^\]\s]{1,40}\]\s*(?=\w)")
_FORM_FIELD = re.compile(r"\[[ _]{3,}\]|\(\s?\)|\[\s?\]")
_SENTENCE_END = re.compile(r"[.!?]$")  # a feed headline does not end with a full stop; prose does


def text_blocks(text: str) -> list[Block]:
    blocks = []
    for line in text_lines(text):
        bullet = BULLET.match(line)
        content = _IMAGE_MARK.sub("", clean_space(_FORM_FIELD.sub(" ", line[bullet.end():] if bullet else line)))
        for n, piece in enumerate(unglued(repaired(content))):
            blocks.append(Block(text=piece, in_list=bullet is not None and n == 0))
    mark_repeated(blocks)
    mark_teasers(blocks)
    mark_small_print(blocks)
    return blocks


def mark_teasers(blocks: list[Block]) -> None:
    """A paragraph between two list items is a teaser of a feed ("• headline / snippet / • headline")."""
    for i in range(1, len(blocks) - 1):
        if not blocks[i].in_list and blocks[i - 1].in_list and blocks[i + 1].in_list:
            blocks[i].furniture = True


def extract_text(text: str, reference: datetime | None) -> Extracted:
    outlet = outlet_zone(OutletSignals(text=text))  # a text page names no outlet: its language may tell the country
    zone = outlet.zone
    reference = local_time(reference, zone)
    blocks = text_blocks(text)
    choice = choose_article(blocks)
    head = choice.headline
    body = [blocks[i] for i in choice.body]
    start = choice.body[0] if choice.body else 0
    anchor = head if head is not None else start
    published = choose_published(visible_candidates(blocks, anchor, reference), None, outlet)
    after = choice.body[-1] + 1 if body else anchor
    return Extracted(
        headline=blocks[head].text if head is not None else "",
        body=[b.text for b in body],
        published=published,
        authors=authors_of(PageMeta(), names_by_datelines(blocks, anchor, start), blocks, anchor),
        related=related_from_lines(blocks, after, reference, zone),
        lang=None,
    )


def names_by_datelines(blocks: list[Block], head: int, start: int) -> list[str]:
    """Lines that are a bare name, set next to a dateline about the headline ("Елена Тихонова" /
    "12 декабря 2012, 11:20"): the byline of a dump, which has lost the markup that would say so."""
    lines = []
    for i in range(max(0, head - BYLINE_REACH), min(len(blocks), max(start, head + 1))):
        if not is_dateline(blocks[i].text):
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(blocks) and j != head and not blocks[j].in_list and byline_names(blocks[j].text, bare=True):
                lines.append(blocks[j].text)
    return lines


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
        if item_times(line) >= 2:
            items.extend(items_from_glued_line(line, reference, zone))
        elif 3 <= word_count(line) <= 40 and not _SENTENCE_END.search(line):
            items.append(split_item(line, reference, zone))
        elif ITEM_TIME.fullmatch(line.strip()) and items and items[-1].time_text is None:
            items[-1].time_text = line.strip()
            items[-1].time = resolve_item_time(items[-1].time_text, reference, zone)
        else:
            break
    return items
