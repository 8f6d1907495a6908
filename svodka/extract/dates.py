"""Publication times as Russian news pages print them, with their zone.

Written by hand because the libraries cover the wrong part: htmldate finds dates (no time,
no zone) and dateparser parses one string it is given but does not find the string among a
page's furniture, nor reads "22/12/2021 - 12:44 (по МСК)" or "21:3505.01.2012" (a time glued
to a date). The zone comes from the tz database, so Moscow is +04:00 between 2011-03-27 and
2014-10-26 without any table of ours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

MOSCOW = ZoneInfo("Europe/Moscow")

MONTHS = {
    "январ": 1, "янв": 1, "феврал": 2, "фев": 2, "март": 3, "мар": 3, "апрел": 4, "апр": 4, "ма": 5,
    "июн": 6, "июл": 7, "август": 8, "авг": 8, "сентябр": 9, "сен": 9, "октябр": 10, "окт": 10,
    "ноябр": 11, "ноя": 11, "декабр": 12, "дек": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
# Full Russian month names in the genitive and nominative, their three-letter abbreviations ("Ноя",
# as WordPress prints them), and English names.
_MONTH_WORD = (
    r"(?P<mon>(?:январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[йя]|июн[яь]|июл[яь]|августа?|сентябр[яь]|"
    r"октябр[яь]|ноябр[яь]|декабр[яь]|янв|фев|мар|апр|июн|июл|авг|сент?|окт|ноя|дек)(?![а-яё])|"
    r"jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)"
)
_TIME = (
    r"(?P<hh>[01]?\d|2[0-3])[:.](?P<mm>[0-5]\d)(?::[0-5]\d)?(?!\d)"
    r"(?:\s?(?P<ampm>[ap]\.?m\b\.?))?"
)
_NUMERIC = (
    r"(?<!\d)(?P<d>[0-3]?\d)(?P<sep>[./-])(?P<m>[0-3]?\d)[./-](?P<y>(?:19|20)\d\d|\d\d)(?![\d.]\d)"
)
_WORDY = rf"(?<!\d)(?P<d>[0-3]?\d)\s+{_MONTH_WORD}\.?,?\s+(?P<y>(?:19|20)\d\d|\d\d)(?![\d:])(?:\s*(?:года?|г\.?)(?!\w))?"
# "Dec 22, 2021", "Ноя 27th 11": the month first, as English and WordPress print it
_MONTH_FIRST = (
    rf"(?<!\w){_MONTH_WORD}\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d|\d\d)(?![\d:])"
)
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
    re.compile(rf"{_MONTH_FIRST}(?:{_GAP}{_TIME})?", re.I),
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
# A zone printed after a time: "(по МСК)", "GMT+4", "EST", "по киевскому времени"
_ZONE_MARK = re.compile(
    r"(?P<msk>мск|msk|московскому\s+времени|(?<=по\s)москве)(?![а-яё\w])|(?P<kiev>киевскому\s+времени)|"
    r"\b(?:gmt|utc)(?:\s*(?P<off>[+-]\d{1,2})(?::?00)?)?\b|\b(?P<abbr>[ecmp][sd]t|cet|cest|eet|eest)\b",
    re.I,
)
ZONE_MARK_WITHIN = 8  # characters between a time and its zone: " (по МСК)"
# North American and European zone abbreviations: fixed offsets by definition
ZONE_ABBREVIATIONS = {
    "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
    "cet": 1, "cest": 2, "eet": 2, "eest": 3,
}
_DIGIT = re.compile(r"\d")
# "Сегодня 28 Ноября 2011 - 17:08": the page's own clock at the top, not a publication stamp
_PAGE_CLOCK_BEFORE = re.compile(r"(?:сегодня|today|сейчас)[\s,:]*$", re.I)
# how far a page's clock may run ahead of the crawl's before a relative time is read as the day before
CLOCK_SLACK = timedelta(minutes=5)


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


def find_times(text: str, reference: datetime | None = None, year: int | None = None) -> list[FoundTime]:
    """Every date or date-time in `text`, left to right, longest reading at each place.

    `year` (or the reference's) completes dates printed without one.
    """
    if not _DIGIT.search(text):
        return []  # every date and time has digits: most lines of a page have none
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
    if _PAGE_CLOCK_BEFORE.search(text[max(0, m.start() - 12): m.start()]):
        return None
    try:
        clock = _clock(groups)
    except ValueError:
        clock = None  # "13:00 PM": the time is garbled, the date still stands
    if groups.get("rel"):
        return _relative(m, clock, reference)
    try:
        day = _day(groups, reference, year)
    except (ValueError, KeyError, TypeError):
        return None
    offset = _offset(groups.get("tz"))
    if offset is None:
        offset = _stated_zone(text[m.end(): m.end() + 30])
    return FoundTime(day, clock, m.group(0).strip(), offset, start=m.start())


def _clock(groups: dict[str, str | None]) -> time | None:
    """The time of day; "12:44 PM" is 12:44, "12:05 AM" 00:05."""
    if groups.get("hh") is None:
        return None
    hour, minute = int(groups["hh"] or 0), int(groups["mm"] or 0)
    meridiem = (groups.get("ampm") or "").lower()[:1]
    if meridiem:
        if not 1 <= hour <= 12:
            raise ValueError(f"{hour} {meridiem}m")
        hour = hour % 12 + (12 if meridiem == "p" else 0)
    return time(hour, minute)


def _relative(m: re.Match[str], clock: time | None, reference: datetime | None) -> FoundTime | None:
    """"Сегодня в 10:31", "Вчера, 17:26": a day counted back from the reference time, never from the
    machine's clock; none without a reference."""
    if reference is None:
        return None
    back = {"сегодня": 0, "today": 0, "вчера": 1, "yesterday": 1, "позавчера": 2}[m.group("rel").lower()]
    day = reference.date() - timedelta(days=back)
    if clock is not None and datetime.combine(day, clock) > reference.replace(tzinfo=None) + CLOCK_SLACK:
        # "Сегодня в 16:02" later than the crawl: the page was rendered before the crawl's midnight
        day -= timedelta(days=1)
    return FoundTime(day, clock, m.group(0), reference.tzinfo, relative=True, start=m.start())


def _day(groups: dict[str, str | None], reference: datetime | None, year: int | None) -> date:
    month, day = _month(groups), int(groups["d"] or 0)
    if not groups.get("y"):
        return _yearless_day(month, day, reference, year)
    if month > 12 and groups.get("sep") == "/":
        month, day = day, month  # "11/27/2011": American order, the only reading that is a date
    return date(_year(groups["y"] or ""), month, day)


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
    if m is None or m.start() > ZONE_MARK_WITHIN:
        return None
    if m.group("msk"):
        return MOSCOW
    if m.group("kiev"):
        return ZoneInfo("Europe/Kiev")
    if m.group("abbr"):
        return timezone(timedelta(hours=ZONE_ABBREVIATIONS[m.group("abbr").lower()]))
    if m.group("off"):
        return timezone(timedelta(hours=int(m.group("off"))))
    return UTC


def parse_iso(value: str) -> datetime | None:
    """A reference or metadata time: ISO 8601 with or without zone, or the e-mail form some
    `<time datetime>` carry ("Thu, 05 Jan 2012 11:30:50 +0900")."""
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        pass
    found = find_times(value)
    if not found:
        return None
    f = found[0]
    return datetime.combine(f.day, f.clock or time(0)).replace(tzinfo=f.offset)
