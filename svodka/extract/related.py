"""Feed blocks ("Другие новости", "Читайте также") → related items with their times."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, tzinfo

from svodka.extract.blocks import Block, clean_space
from svodka.extract.dates import MOSCOW, find_times
from svodka.extract.mainrun import FEED_HEADING, is_heading_of
from svodka.model import RelatedItem

# A feed item's time as printed: "Сегодня в 10:31", "Вчера, 17:26", "28.11.11 16:58", "3 марта 2023", "10:31"
ITEM_TIME = re.compile(
    r"(?:(?:сегодня|вчера|позавчера)(?:,?\s*в)?,?\s*\d{1,2}:\d{2}"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}(?:,?\s*(?:в\s*)?\d{1,2}:\d{2})?"
    r"|\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
    r"(?:\s+\d{4})?(?:,?\s*(?:в\s*)?\d{1,2}:\d{2})?"
    r"|(?<![\d:])\d{1,2}:\d{2}(?![\d:]))",
    re.I,
)
_NEXT_ITEM = re.compile(r"\s*(?:$|[A-ZА-ЯЁ«\"“0-9])")
_PREPOSITION_BEFORE = re.compile(r"(?:^|\s)(?:к|до|с|со|на|в|по|от|после|перед)\s*$", re.I)
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")
MAX_ITEMS = 30
# A headline glued to the next one in a text dump, with no time between them: "…пять человек WSJ
# опубликовал…". The next one starts with an acronym, or with a capitalised word and a verb in
# the past tense, after a lower-case word that ends no clause.
_GLUED_START = re.compile(
    r"(?<=[a-zа-яё])\s+(?=(?:[A-ZА-ЯЁ]{2,}\b|[A-ZА-ЯЁ][a-zа-яё]+\s+[а-яё]+(?:л|ла|ло|ли)\b))"
)
_CLAUSE_WORDS = frozenset(["и", "а", "но", "что", "как", "где", "когда", "если", "в", "на", "с", "по", "о", "об", "от", "до", "за", "из", "к", "у", "для", "при", "не"])


def resolve_item_time(time_text: str, reference: datetime | None, zone: tzinfo = MOSCOW) -> str | None:
    """ISO time of a feed item, on the outlet's clock (`zone`, or the reference's):
    relative words and bare clock times only against a reference."""
    found = find_times(time_text, reference)
    if found:
        f = found[0]
        return f.resolve(reference.tzinfo if reference and reference.tzinfo else f.offset or zone)
    clock = _CLOCK.fullmatch(time_text.strip())
    if clock and reference is not None:
        moment = reference.replace(hour=int(clock.group(1)), minute=int(clock.group(2)), second=0,
                                   microsecond=0)
        if moment > reference + timedelta(minutes=5):
            moment -= timedelta(days=1)  # a clock time later than the crawl is yesterday's
        return moment.isoformat()
    return None


def split_item(text: str, reference: datetime | None, zone: tzinfo = MOSCOW) -> RelatedItem:
    """A feed line → headline and its time (the time may lead or trail the headline)."""
    m = ITEM_TIME.search(text)
    if m is None or (m.start() > 0 and m.end() < len(text.rstrip())) or _PREPOSITION_BEFORE.search(text[: m.start()]):
        return RelatedItem(headline=clean_space(text))  # "…установят к 20 декабря": the date is the news
    headline = clean_space(text[: m.start()] + " " + text[m.end():]).strip(" -–—|•,")
    return RelatedItem(headline=headline, time_text=m.group(0), time=resolve_item_time(m.group(0), reference, zone))


def item_times(line: str) -> int:
    """How many times in the line stand as an item's time, not as a date its headline speaks of
    ("… установят к 20 декабря")."""
    return sum(1 for m in ITEM_TIME.finditer(line) if not _PREPOSITION_BEFORE.search(line[: m.start()]))


def items_from_glued_line(line: str, reference: datetime | None, zone: tzinfo = MOSCOW) -> list[RelatedItem]:
    """One text line holding many "headline time" items (a flattened feed): split at the times."""
    items: list[RelatedItem] = []
    last = 0
    for m in ITEM_TIME.finditer(line):
        if not _NEXT_ITEM.match(line, m.end()):
            continue  # a date inside a headline ("с 1 ноября 2024 года"), not the item's time
        headline = line[last: m.start()].strip(" -–—|•,")
        if headline:
            items.append(RelatedItem(headline=headline, time_text=m.group(0),
                                     time=resolve_item_time(m.group(0), reference, zone)))
        last = m.end()
    for headline in split_glued_headlines(line[last:]):
        items.append(RelatedItem(headline=headline))
    return items


def split_glued_headlines(text: str) -> list[str]:
    parts, last = [], 0
    for m in _GLUED_START.finditer(text):
        before = text[last: m.start()].split()
        if before and before[-1].lower() not in _CLAUSE_WORDS:
            parts.append(text[last: m.start()])
            last = m.end()
    parts.append(text[last:])
    return [clean_space(p) for p in parts if clean_space(p)]


TIMED_FEED_MIN = 3


def related_from_blocks(
    blocks: list[Block], after: int, reference: datetime | None, zone: tzinfo = MOSCOW
) -> list[RelatedItem]:
    """Items of the first feed block after block `after` (the body's start): the one tied to the
    article. Sidebars further down ("Популярное") are the site's, not the article's."""
    for i in range(after, len(blocks)):
        if is_related_heading(blocks[i]):
            items, _ = _feed_items(blocks, i + 1, reference, zone)
            if items:
                return items
    return []


def is_related_heading(block: Block) -> bool:
    """A heading of a news feed beside the article (not of comments or tags)."""
    return is_heading_of(block, FEED_HEADING)


def _items_of_links_in_a_row(block: Block, reference: datetime | None, zone: tzinfo) -> list[RelatedItem]:
    """Items of a block made of several links side by side, each with its time inside the link
    (`<a>headline <time>date</time></a>` with no element around each): split at the times, as a
    flattened feed line is. Empty when the block is one item."""
    if block.href is not None or item_times(block.text) < 2:
        return []
    items = items_from_glued_line(block.text, reference, zone)
    return items if sum(item.time_text is not None for item in items) >= 2 else []


def _feed_items(
    blocks: list[Block], start: int, reference: datetime | None, zone: tzinfo
) -> tuple[list[RelatedItem], int]:
    items: list[RelatedItem] = []
    pending_time: str | None = None
    depth = 0
    i = start
    while i < len(blocks) and len(items) < MAX_ITEMS:
        block = blocks[i]
        time_only = ITEM_TIME.fullmatch(block.text.strip(" |•-–"))
        if time_only:
            if items and items[-1].time_text is None and pending_time is None:
                items[-1].time_text = time_only.group(0)
                items[-1].time = resolve_item_time(items[-1].time_text, reference, zone)
            else:
                pending_time = time_only.group(0)
        elif block.link_density >= 0.5 and block.words >= 3:
            if items and block.depth != depth:
                break  # links at another depth: the page's footer or next box, not this feed
            depth = block.depth
            several = _items_of_links_in_a_row(block, reference, zone)
            if several:
                items.extend(several[: MAX_ITEMS - len(items)])
                pending_time = None
                i += 1
                continue
            item = split_item(block.text, reference, zone)
            item.url = block.href
            if item.time_text is None and pending_time is not None:
                item.time_text, item.time = pending_time, resolve_item_time(pending_time, reference, zone)
            pending_time = None
            if item.time_text is None and len(items) >= TIMED_FEED_MIN and all(x.time_text for x in items):
                break  # a feed whose every item is timed ends where untimed links (a sidebar) begin
            items.append(item)
        elif block.words > 3 and not items:
            break  # prose right below the heading: an inline teaser, not a feed
        elif block.heading or is_related_heading(block) or block.words > 40:
            break
        i += 1
    return items, i
