"""Publication times as Russian news pages print them, with their zone.

Written by hand because the libraries cover the wrong part: htmldate finds dates (no time,
no zone) and dateparser parses one string it is given but does not find the string among a
page's furniture, nor reads "22/12/2021 - 12:44 (по МСК)" or "21:3505.01.2012" (a time glued
to a date). The zone comes from the tz database, so Moscow is +04:00 between 2011-03-27 and
2014-10-26 without any table of ours.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from typing import NamedTuple
from zoneinfo import ZoneInfo

MONTHS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
    "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_WORD = (
    r"(?P<mon>январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[йя]|июн[яь]|июл[яь]|августа?|сентябр[яь]|"
    r"октябр[яь]|ноябр[яь]|декабр[яь]|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|"
    r"oct\w*|nov\w*|dec\w*)"
)
_TIME = r"(?P<hh>[01]?\d|2[0-3])[:.](?P<mm>[0-5]\d)(?::[0-5]\d)?(?!\d)"
_NUMERIC = (
    r"(?<!\d)(?P<d>[0-3]?\d)[./-](?P<m>[01]?\d)[./-](?P<y>(?:19|20)\d\d|\d\d)(?![\d.]\d)"
)
_WORDY = rf"(?<!\d)(?P<d>[0-3]?\d)\s+{_MONTH_WORD}\.?,?\s+(?P<y>(?:19|20)\d\d|\d\d)(?![\d:])(?:\s*(?:года?|г\.?)(?!\w))?"
_ISO = (
    r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
    r"(?:[T\s](?P<hh>[0-2]\d):(?P<mm>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?\s*(?P<tz>Z|[+-]\d\d:?\d\d)?)?"
)
_RELATIVE = r"(?P<rel>сегодня|вчера|позавчера|today|yesterday)"
# What stands between a date and its time: "г. в", a weekday, a city ("06.01.2012, Москва 08:34"),
# a label ("| Время публикации 17:31"), a bracket ("28 ноября 11 (14:41)").
_GAP = (
    r"[\s,|•·/(-]*(?:(?:в|at|г\.?|года?|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|"
    r"время\s+публикации:?|(?-i:[А-ЯЁ][а-яё]{2,15}))(?!\w)[\s,|•·/(-]*){0,3}"
)
# ria.ru prints the time glued to the date and a counter: "21:3505.01.201212"
_GLUED = (
    r"(?<!\d)(?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?P<d>[0-3]\d)\.(?P<m>[01]\d)\.(?P<y>(?:19|20)\d\d)"
)

DATE_PATTERNS = [
    re.compile(_ISO, re.I),
    re.compile(rf"{_NUMERIC}(?:{_GAP}{_TIME})?", re.I),
    re.compile(rf"{_WORDY}(?:{_GAP}{_TIME})?", re.I),
    re.compile(rf"{_TIME}{_GAP}{_NUMERIC}", re.I),
    re.compile(rf"{_TIME}{_GAP}{_WORDY}", re.I),
    re.compile(rf"{_RELATIVE}{_GAP}{_TIME}", re.I),
    re.compile(_GLUED),
]
# "15 января 15:31", "08 декабря, 10:32": a day and month with a time but no year, which a page
# prints for its own recent stories; read only when the year is known from elsewhere.
YEARLESS = re.compile(
    rf"(?<!\d)(?P<d>[0-3]?\d)\s+{_MONTH_WORD}(?![\w.]*\s+(?:19|20)?\d\d(?!:))[,\s]*(?:в\s+)?{_TIME}", re.I
)
_ZONE_MARK = re.compile(
    r"\b(?:по\s+)?(мск|msk|московскому\s+времени|по\s+москве)\b|\b(?:gmt|utc)(?:\s*(?P<off>[+-]\d{1,2})(?::?00)?)?\b",
    re.I,
)
MOSCOW = ZoneInfo("Europe/Moscow")
# how far a page's clock may run ahead of the crawl's before a relative time is read as the day before
CLOCK_SLACK = timedelta(minutes=5)
# Outlet's country by host ending → the zone its unzoned times are printed in.
HOST_ZONES = {
    ".ua": "Europe/Kiev", ".by": "Europe/Minsk", ".kz": "Asia/Almaty", ".az": "Asia/Baku",
    ".uz": "Asia/Tashkent", ".kg": "Asia/Bishkek", ".md": "Europe/Chisinau", ".ge": "Asia/Tbilisi",
    ".am": "Asia/Yerevan", ".lv": "Europe/Riga", ".lt": "Europe/Vilnius", ".ee": "Europe/Tallinn",
    ".il": "Asia/Jerusalem", ".tj": "Asia/Dushanbe",
}


@dataclass(frozen=True, slots=True)
class FoundTime:
    """A date (and perhaps a time) read from text, before a zone is put on it."""

    day: date
    clock: time | None
    text: str
    offset: tzinfo | None = None  # a zone the text itself states
    relative: bool = False
    start: int = 0

    def resolve(self, zone: tzinfo) -> str:
        """ISO 8601: with a UTC offset when there is a time, a bare date otherwise."""
        if self.clock is None:
            return self.day.isoformat()
        moment = datetime.combine(self.day, self.clock).replace(tzinfo=self.offset or zone)
        return moment.isoformat()


class OutletZone(NamedTuple):
    """The zone an outlet prints unzoned times in, and whether it was assumed for want of a clue."""

    zone: tzinfo
    assumed: bool


def host_zone(host: str | None) -> OutletZone:
    if host:
        for ending, name in HOST_ZONES.items():
            if host.endswith(ending) or f"{ending}." in host:
                return OutletZone(ZoneInfo(name), False)
    return OutletZone(MOSCOW, True)


# Letters of Ukrainian that Russian lacks: a Russian-language outlet from Ukraine prints some in its
# menus, addresses and names even when its host ends in .com.
_UKRAINIAN = re.compile("[іїєґІЇЄҐ]")
UKRAINIAN_LETTERS_MIN = 3


# Links a page makes to hosts of one country: an outlet links mostly to itself and its neighbours, so a
# page whose links point to .ua hosts far more than to .ru ones is printed on Kiev's clock even when its
# own host (.net, .com, .info) does not tell. Thresholds: a handful of links is a partner widget, not a country.
LINK_COUNTRY_MIN = 8
LINK_COUNTRY_OVER_RU = 1.2
RUSSIAN_HOSTS = (".ru", ".рф", ".su", ".xn--p1ai")


def outlet_zone(host: str | None, page_text: str, link_hosts: Sequence[str] = ()) -> OutletZone:
    """The outlet's zone by its host, else by the hosts it links to, else by its language, else Moscow
    (assumed)."""
    by_host = host_zone(host)
    if not by_host.assumed or (host or "").endswith(RUSSIAN_HOSTS):
        return by_host  # a Russian host is in Russia whatever it links to; its zone stays assumed
    by_links = links_zone(link_hosts)
    if by_links is not None:
        return by_links
    if len(_UKRAINIAN.findall(page_text)) >= UKRAINIAN_LETTERS_MIN:
        return OutletZone(ZoneInfo("Europe/Kiev"), False)
    return by_host


def links_zone(link_hosts: Sequence[str]) -> OutletZone | None:
    """The country most of the page's links point to, when it clearly outweighs Russia's."""
    counts: dict[str, int] = {}
    for link in link_hosts:
        ending = next((e for e in (*HOST_ZONES, ".ru", ".рф") if link.endswith(e) or f"{e}." in link), None)
        if ending is not None:
            counts[ending] = counts.get(ending, 0) + 1
    russian = counts.pop(".ru", 0) + counts.pop(".рф", 0)
    if not counts:
        return None
    ending, n = max(counts.items(), key=lambda kv: kv[1])
    if n >= LINK_COUNTRY_MIN and n > LINK_COUNTRY_OVER_RU * russian:
        return OutletZone(ZoneInfo(HOST_ZONES[ending]), False)
    return None


def find_times(text: str, reference: datetime | None = None, year: int | None = None) -> list[FoundTime]:
    """Every date or date-time in `text`, left to right, longest reading at each place.

    `year` (or the reference's) completes dates printed without one.
    """
    matches = [m for pattern in DATE_PATTERNS for m in pattern.finditer(text)]
    year = year or (reference.year if reference else None)
    if year is not None:
        matches += list(YEARLESS.finditer(text))
    matches.sort(key=lambda m: (m.start() - m.end(), m.start()))
    found: list[FoundTime] = []
    taken: list[tuple[int, int]] = []
    for m in matches:
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        parsed = _from_match(m, text, reference, year)
        if parsed is not None:
            found.append(parsed)
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)


def _from_match(m: re.Match[str], text: str, reference: datetime | None, year: int | None) -> FoundTime | None:
    groups = m.groupdict()
    clock = None
    if groups.get("hh") is not None:
        clock = time(int(groups["hh"]), int(groups["mm"]))
    if groups.get("rel"):
        if reference is None:
            return None
        back = {"сегодня": 0, "today": 0, "вчера": 1, "yesterday": 1, "позавчера": 2}[groups["rel"].lower()]
        day = reference.date() - timedelta(days=back)
        if clock is not None and datetime.combine(day, clock) > reference.replace(tzinfo=None) + CLOCK_SLACK:
            # "Сегодня в 16:02" later than the crawl: the page was rendered before the crawl's midnight
            day -= timedelta(days=1)
        return FoundTime(day, clock, m.group(0), reference.tzinfo, relative=True, start=m.start())
    try:
        if groups.get("y"):
            day = date(_year(groups["y"]), _month(groups), int(groups["d"]))
        else:
            day = _yearless_day(_month(groups), int(groups["d"]), reference, year)
    except (ValueError, KeyError, TypeError):
        return None
    offset = _offset(groups.get("tz"))
    if offset is None:
        offset = _stated_zone(text[m.end(): m.end() + 30])
    return FoundTime(day, clock, m.group(0).strip(), offset, start=m.start())


def _yearless_day(month: int, day: int, reference: datetime | None, year: int | None) -> date:
    """A date printed without its year: the crawl time's year (the last such date not after it) beats
    the year the page mentions most, which a stale copyright line can skew."""
    if reference is not None:
        found = date(reference.year, month, day)
        return found if found <= reference.date() + timedelta(days=1) else date(reference.year - 1, month, day)
    return date(year or 0, month, day)


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def _month(groups: dict[str, str | None]) -> int:
    if groups.get("m"):
        return int(groups["m"] or 0)
    word = (groups.get("mon") or "").lower()
    for stem in sorted(MONTHS, key=len, reverse=True):
        if word.startswith(stem):
            return MONTHS[stem]
    raise ValueError(word)


def _offset(text: str | None) -> tzinfo | None:
    if not text:
        return None
    if text.upper() == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)))


def _stated_zone(after: str) -> tzinfo | None:
    m = _ZONE_MARK.search(after)
    if m is None or m.start() > 6:
        return None
    if m.group("off"):
        return timezone(timedelta(hours=int(m.group("off"))))
    if m.group(0).lower().startswith(("gmt", "utc")):
        return UTC
    return MOSCOW


def parse_iso(value: str) -> datetime | None:
    """A reference or metadata time: ISO 8601, with or without zone."""
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        found = find_times(value)
        if not found:
            return None
        f = found[0]
        return datetime.combine(f.day, f.clock or time(0)).replace(tzinfo=f.offset)
