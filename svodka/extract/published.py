"""Choose the article's publication time among what the page shows and declares."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo

from svodka.extract.blocks import Block
from svodka.extract.dates import FoundTime, find_times, parse_iso
from svodka.extract.zones import OutletZone

NEAR_HEADLINE = 15  # blocks either side of the headline where its date line sits
DATELINE_MAX_WORDS = 30
LEAD_DATELINE_START = 3  # characters before a date that opens a paragraph (a quote mark, a space)
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]?([01]\d)[/-]?([0-3]\d)(?:/|[^\d]|$)")


@dataclass(frozen=True, slots=True)
class Published:
    iso: str | None
    text: str | None
    zone_assumed: bool = False


def visible_candidates(
    blocks: list[Block], anchor: int, reference: datetime | None, body_end: int | None = None,
    year: int | None = None,
) -> list[FoundTime]:
    """Dates in short blocks near the headline, nearest first (ties: the one above), then those
    just below the body, where some outlets print the date instead."""
    order = sorted(
        range(max(0, anchor - NEAR_HEADLINE), min(len(blocks), anchor + NEAR_HEADLINE + 1)),
        key=lambda i: (abs(i - anchor), i > anchor),
    )
    if body_end is not None:
        order += [i for i in range(body_end, min(len(blocks), body_end + 4)) if i not in order]
    year = year or page_year(blocks)
    out: list[FoundTime] = []
    in_sentences: list[FoundTime] = []
    for i in order:
        block = blocks[i]
        found = [f for f in find_times(block.text, reference, year) if not after_reference(f, reference)]
        if block.link_density > 0.5 and abs(i - anchor) > 2:
            # a date inside a link belongs to a feed item, unless it sits by the headline; a toolbar
            # row ("9 Декабря 2011, 11:44 Версия для печати Отправить другу") is mostly links too, but
            # there the date is the row's unlinked text
            unlinked = len(block.text) - block.link_chars
            found = [f for f in found if f.start == 0 and len(f.text) <= unlinked]
        if block.words > DATELINE_MAX_WORDS and i != anchor:
            # a story paragraph: only a dated and timed line it opens with ("06.01.2012, Москва 08:34:40 …")
            found = [f for f in found if f.start <= LEAD_DATELINE_START and f.clock is not None][:1]
        # a date inside a sentence of the story ("приступит к обязанностям 9 января") is what the
        # story is about; a date line of its own is when it was published
        (in_sentences if i != anchor and is_sentence(block.text, found) else out).extend(found)
    return out + in_sentences


def after_reference(found: FoundTime, reference: datetime | None) -> bool:
    """A date later than the crawl (beyond a day's slack for zones): the page's clock or a date the story
    speaks of, never when it was published."""
    return reference is not None and found.day > reference.date() + timedelta(days=1)


SENTENCE_MIN_WORDS = 5
_SENTENCE_END = re.compile(r"[.!?…»\"]\s*$")


def is_sentence(text: str, found: list[FoundTime]) -> bool:
    """A line that reads as a sentence once its dates are taken out."""
    rest = text
    for f in found:
        rest = rest.replace(f.text, " ")
    return len(rest.split()) >= SENTENCE_MIN_WORDS and bool(_SENTENCE_END.search(text))


# a year as part of a printed date ("05.01.2012", "5 января 2012") or a copyright line ("© 2012")
_YEAR = re.compile(
    r"(?:\d{1,2}[./]\d{1,2}[./]|\d{1,2}\s+[а-яА-Я]{3,9}\s+|©\s*(?:\d{4}\s*[-–]\s*)?)((?:199\d|20[0-3]\d))(?!\d)"
)


def page_year(blocks: list[Block]) -> int | None:
    """The year the page speaks of most: completes the dates it prints without one."""
    counts: dict[int, int] = {}
    for block in blocks:
        for m in _YEAR.finditer(block.text):
            counts[int(m.group(1))] = counts.get(int(m.group(1)), 0) + 1
    return max(counts, key=lambda y: counts[y]) if counts else None


def meta_candidate(times: list[str]) -> datetime | None:
    for value in times:
        parsed = parse_iso(value)
        if parsed is not None:
            return parsed
    return None


def choose_published(
    visible: list[FoundTime], declared: datetime | None, outlet: OutletZone
) -> Published:
    """Visible time near the headline first (it is what readers see), zoned by the page or its country.

    Markup times are used when the page shows none, and lend their offset to a visible time
    of the same minute, so that a visible "12:44" needs no assumed zone.
    """
    zone, assumed = outlet
    with_clock = [f for f in visible if f.clock is not None]
    if with_clock:
        best = with_clock[0]
        if best.offset is not None and not best.relative:
            return Published(best.resolve(zone), best.text)
        lent = offset_from_markup(best, declared)
        if lent is not None:
            return Published(best.resolve(lent), best.text)
        return Published(best.resolve(zone), best.text, zone_assumed=assumed)
    if declared is not None:
        if declared.tzinfo is None:
            local = declared.replace(tzinfo=zone)
            return Published(local.isoformat(), None, zone_assumed=assumed)
        if visible and visible[0].day != declared.date():
            return Published(visible[0].day.isoformat(), visible[0].text)
        return Published(declared.isoformat(), None)
    if visible:
        return Published(visible[0].day.isoformat(), visible[0].text)
    return Published(None, None)


MAX_OFFSET = timedelta(hours=14)
OFFSET_STEP = timedelta(minutes=15)


def offset_from_markup(found: FoundTime, declared: datetime | None) -> tzinfo | None:
    """The UTC offset a visible time has when the markup gives the same moment with a zone: the same
    wall time ("12:44" and 12:44+03:00), or the same minute some whole hours apart ("15:44" on the
    page and 12:44Z in the markup: the page prints UTC+3)."""
    if declared is None or declared.tzinfo is None or found.clock is None:
        return None
    instant = declared.astimezone(UTC).replace(tzinfo=None, second=0, microsecond=0)
    offset = datetime.combine(found.day, found.clock) - instant
    if abs(offset) > MAX_OFFSET or offset % OFFSET_STEP:
        return None
    return declared.tzinfo if declared.utcoffset() == offset else timezone(offset)


def url_date(url: str | None) -> str | None:
    if not url:
        return None
    m = _URL_DATE.search(url)
    if not m:
        return None
    try:
        return datetime(int(m.group(1)), int(m.group(2)), int(m.group(3))).date().isoformat()
    except ValueError:
        return None
