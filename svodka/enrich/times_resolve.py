"""What a parsed time expression means: its inclusive calendar range, given the publication day.

The grammar (times_grammar.py) turns words into the small `Spec` values of times_specs.py; `resolve` turns a spec
into a `Period` against the anchor (the publication day) and the tense of the sentence. A spec the
text leaves open (a duration, "на следующий день" in a narrative) resolves to None.

Choices a reader may look up here: a year-less date or month takes the year that puts it nearest the
publication day, never after it in a past-tense sentence and never before it in a future-tense one;
"через N <unit>" and "N <unit> назад" give the whole unit they land in (the day, the Monday-Sunday
week, the calendar month or year); the parts of a period are tables (`PARTS`).
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from svodka.enrich.times_specs import (
    Calendar,
    Decade,
    Joined,
    Night,
    Offset,
    Open,
    Part,
    Relative,
    Season,
    Span,
    Spec,
    TimeOfDay,
    Weekday,
    Years,
)

PAST, FUTURE = "past", "future"
SLACK = timedelta(days=31)
Tense = Callable[[], str | None]  # asked only when a spec needs it: tense costs a morphological parse


@dataclass(frozen=True)
class Period:
    first: date
    last: date



SEASON_MONTHS = {"winter": (-1, 12, 2), "spring": (0, 3, 5), "summer": (0, 6, 8), "autumn": (0, 9, 11)}
# parts of a period, in its own sub-units counted from 1 (negative: from the end); the brief's ten days of
# a month, the first month for "в самом начале года"
PARTS: dict[str, dict[str, tuple[int, int]]] = {
    "month": {"start": (1, 10), "middle": (11, 20), "end": (21, -1), "very-start": (1, 5), "very-end": (-5, -1),
              "half1": (1, 15), "half2": (16, -1)},
    "year": {"start": (1, 3), "middle": (6, 7), "end": (10, 12), "very-start": (1, 1), "very-end": (12, 12),
             "half1": (1, 6), "half2": (7, 12), "q1": (1, 3), "q2": (4, 6), "q3": (7, 9), "q4": (10, 12)},
    "decade": {"start": (1, 3), "middle": (4, 7), "end": (8, 10), "very-start": (1, 2), "very-end": (9, 10),
               "half1": (1, 5), "half2": (6, 10)},
    "century": {"start": (1, 20), "middle": (41, 60), "end": (81, 100), "very-start": (1, 10),
                "very-end": (91, 100), "half1": (1, 50), "half2": (51, 100)},
    "week": {"start": (1, 2), "middle": (3, 4), "end": (5, 7), "very-start": (1, 1), "very-end": (7, 7),
             "half1": (1, 3), "half2": (4, 7)},
    "season": {"start": (1, 1), "middle": (2, 2), "end": (3, 3), "very-start": (1, 1), "very-end": (3, 3),
               "half1": (1, 2), "half2": (2, 3)},
}


def resolve(spec: Spec, anchor: date | None, tense: Tense) -> tuple[date | None, date | None]:
    """The inclusive (from, to) range of `spec`; either end None when the text leaves it open."""
    try:
        if isinstance(spec, Span):
            return span_range(spec, anchor, tense)
        period = period_of(spec, anchor, tense)
    except (OverflowError, ValueError):
        return None, None  # a shift past year 9999 or before year 1: no calendar date to give
    return (period.first, period.last) if period else (None, None)


def span_range(span: Span, anchor: date | None, tense: Tense) -> tuple[date | None, date | None]:
    first, last = borrowed(span.first, span.last)
    end = period_of(last, anchor, tense) if last is not None else None
    if first is not None and end is not None and needs_year(first):
        start = period_of(first, anchor, lambda: PAST, before=end.last)
    else:
        start = period_of(first, anchor, tense) if first is not None else None
    if last is not None and start is not None and needs_year(last):
        end = period_of(last, anchor, lambda: FUTURE, after=start.first)
    lo = (start.last + timedelta(days=1) if span.after else start.first) if start else None
    hi = (end.first - timedelta(days=1) if span.before else end.last) if end else None
    if lo and hi and lo > hi:
        return None, None
    return lo, hi


def borrowed(first: Spec | None, last: Spec | None) -> tuple[Spec | None, Spec | None]:
    """"с 11 по 22 мая 2016 года": the first end takes the month and year the last one gives."""
    if isinstance(first, Calendar) and isinstance(last, Calendar):
        if first.month is None and first.day is not None and last.month is not None:
            first = replace(first, month=last.month)
        if first.year is None and first.year_shift is None and (last.year is not None or last.year_shift is not None):
            first = replace(first, year=last.year, year_shift=last.year_shift)
    return first, last


def needs_year(spec: Spec) -> bool:
    return isinstance(spec, Calendar) and spec.year is None and spec.year_shift is None and spec.month is not None


def period_of(spec: Spec, anchor: date | None, tense: Tense,
              before: date | None = None, after: date | None = None) -> Period | None:
    """The period `spec` names; `before`/`after` bound a year-less date (the other end of a range)."""
    if isinstance(spec, Calendar):
        return calendar_period(spec, anchor, tense, before, after)
    if isinstance(spec, Years):
        return years(spec.first, spec.last)
    if isinstance(spec, Decade):
        return decade_period(spec, anchor)
    if isinstance(spec, Joined):
        return period_of(leading(spec), anchor, tense)
    if isinstance(spec, Part):
        return part_period(spec, anchor, tense)
    if isinstance(spec, Night):
        day = period_of(spec.day, anchor, tense)
        return Period(day.first - timedelta(days=1), day.first) if day else None
    if isinstance(spec, Span):
        lo, hi = span_range(spec, anchor, tense)
        return Period(lo, hi) if lo and hi else None
    if isinstance(spec, Open) or anchor is None:
        return None
    if isinstance(spec, TimeOfDay):
        return Period(anchor, anchor)
    if isinstance(spec, Relative):
        return relative_period(spec.unit, spec.shift, anchor)
    if isinstance(spec, Offset):
        return offset_period(spec, anchor)
    if isinstance(spec, Weekday):
        return weekday_period(spec, anchor, tense)
    return season_period(spec, anchor, tense)


def leading(joined: Joined) -> Spec:
    """The piece of a joined expression that says which day: a date before a weekday before a time."""
    def rank(spec: Spec) -> int:
        if isinstance(spec, TimeOfDay):
            return 3
        if isinstance(spec, Weekday | Relative | Offset):
            return 2
        if isinstance(spec, Open):
            return 1
        return 0
    return min(joined.pieces, key=rank)


def calendar_period(spec: Calendar, anchor: date | None, tense: Tense,
                    before: date | None = None, after: date | None = None) -> Period | None:
    if spec.month is None and spec.day is not None:
        return None  # a bare day number nothing completed
    if spec.year is not None:
        return calendar_in(spec, spec.year)
    if anchor is None:
        return None
    if spec.year_shift is not None:
        return calendar_in(spec, anchor.year + spec.year_shift)
    candidates = [p for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (p := calendar_in(spec, y))]
    side = PAST if before or spec.side < 0 else FUTURE if after or spec.side > 0 else None
    return nearest(candidates, before or after or anchor, side, tense, spec.slack)


def nearest(candidates: list[Period], anchor: date, side: str | None, tense: Tense,
            loose: bool = False) -> Period | None:
    """The candidate nearest `anchor`: not after it in a past context (`side` PAST, or the tense), not before
    it in a future one. A future tense allows a month's slack, as a date a week past in a future-tense
    sentence is likelier the text's own (a story written days before it ran) than next year's; `loose`
    allows it a past tense too ("стоимость февральских фьючерсов составила" in January)."""
    slack = timedelta(0)
    if side is None:
        side = tense()
        slack = SLACK if side == FUTURE or loose else slack
    if side == PAST:
        candidates = [p for p in candidates if p.first <= anchor + slack] or candidates
    elif side == FUTURE:
        candidates = [p for p in candidates if p.last >= anchor - slack] or candidates
    return min(candidates, key=lambda p: distance(p, anchor), default=None)


def distance(period: Period, day: date) -> int:
    if period.first <= day <= period.last:
        return 0
    return min(abs((period.first - day).days), abs((period.last - day).days))


def calendar_in(spec: Calendar, year: int) -> Period | None:
    if not 1 <= year <= 9999:
        return None
    if spec.month is None:
        return years(year, year)
    if spec.day is None:
        return month(year, spec.month)
    try:
        day = date(year, spec.month, spec.day)
    except ValueError:
        return None
    return Period(day, day)


def years(first: int, last: int) -> Period | None:
    if not 1 <= first <= last <= 9999:
        return None
    return Period(date(first, 1, 1), date(last, 12, 31))


def month(year: int, number: int) -> Period | None:
    if not (1 <= number <= 12 and 1 <= year <= 9999):
        return None
    return Period(date(year, number, 1), date(year, number, calendar.monthrange(year, number)[1]))


def decade_period(spec: Decade, anchor: date | None) -> Period | None:
    if spec.start >= 100:
        return years(spec.start, spec.start + 9)
    if spec.century is not None:
        base = (spec.century - 1) * 100
    elif spec.century_shift is not None and anchor is not None:
        base = ((anchor.year - 1) // 100 + spec.century_shift) * 100
    else:  # "в 90-х": the latest such decade that has begun by the anchor
        now = anchor.year if anchor else 2000
        base = 2000 if 2000 + spec.start <= now else 1900
    return years(base + spec.start, base + spec.start + 9)


def part_period(spec: Part, anchor: date | None, tense: Tense) -> Period | None:
    whole = period_of(spec.whole, anchor, tense)
    unit = granularity(spec.whole)
    if unit == "day":
        return whole  # "во второй половине дня": a time of that day
    if whole is None or spec.part not in PARTS[unit]:
        return None
    lo, hi = PARTS[unit][spec.part]
    if unit in ("month", "week"):
        size = (whole.last - whole.first).days + 1
        first, last = (lo if lo > 0 else size + lo + 1), (hi if hi > 0 else size + hi + 1)
        return Period(whole.first + timedelta(days=first - 1), whole.first + timedelta(days=last - 1))
    if unit in ("year", "season"):
        start = whole.first.year * 12 + whole.first.month - 1
        a, b = divmod(start + lo - 1, 12), divmod(start + hi - 1, 12)
        return Period(date(a[0], a[1] + 1, 1), month(b[0], b[1] + 1).last)  # type: ignore[union-attr]
    if unit == "century":
        return years(whole.first.year - 1 + lo, whole.first.year - 1 + hi)
    return years(whole.first.year - 1 + lo, whole.first.year - 1 + hi)  # decade: years 1..10


def granularity(spec: Spec) -> str:
    """What a period's parts are cut by: its days (month, week), months (year, season) or years."""
    if isinstance(spec, Calendar):
        return "month" if spec.month is not None else "year"
    if isinstance(spec, Years):
        return spec.unit
    if isinstance(spec, Decade):
        return "decade"
    if isinstance(spec, Relative):
        return {"day": "day", "week": "week", "weekend": "week", "month": "month", "decade": "decade",
                "century": "century"}.get(spec.unit, "year")
    if isinstance(spec, Season):
        return "season"
    if isinstance(spec, Weekday | Joined | Night | TimeOfDay | Offset):
        return "day"
    return "year"


def relative_period(unit: str, shift: int, anchor: date) -> Period | None:
    if unit == "day":
        day = anchor + timedelta(days=shift)
        return Period(day, day)
    if unit in ("week", "weekend"):
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=shift)
        return Period(monday + timedelta(days=5 if unit == "weekend" else 0), monday + timedelta(days=6))
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + shift
        return month(index // 12, index % 12 + 1)
    if unit == "decade":
        start = anchor.year // 10 * 10 + 10 * shift
        return years(start, start + 9)
    if unit == "century":
        start = (anchor.year - 1) // 100 * 100 + 1 + 100 * shift
        return years(start, start + 99)
    if unit == "year":
        return years(anchor.year + shift, anchor.year + shift)
    return None


def offset_period(spec: Offset, anchor: date) -> Period | None:
    if spec.unit == "year" and spec.amount != int(spec.amount):
        spec = Offset("month", spec.amount * 12)  # "через полгода": six months
    if spec.amount != int(spec.amount):
        return None  # "полтора месяца назад": no whole unit to land in
    n = int(spec.amount)
    if spec.unit in ("hour", "minute", "second"):
        hours = n * {"hour": 1, "minute": 1 / 60, "second": 1 / 3600}[spec.unit]
        day = anchor + timedelta(days=int(hours // 24)) if abs(hours) >= 24 else anchor
        return Period(day, day)
    if spec.unit == "day":
        return relative_period("day", n, anchor)
    if spec.unit == "week":
        return relative_period("week", 0, anchor + timedelta(weeks=n))
    if spec.unit in ("month", "year", "decade", "century"):
        return relative_period(spec.unit, n, anchor)
    return None


def weekday_period(spec: Weekday, anchor: date, tense: Tense) -> Period:
    back = (anchor.weekday() - spec.day) % 7  # days since the last such day (0: today)
    ahead = (spec.day - anchor.weekday()) % 7
    if spec.shift == 0:
        delta = spec.day - anchor.weekday()
    elif spec.shift == -1:
        delta = -(back or 7)
    elif spec.shift == 1:
        delta = ahead or 7
    else:
        side = tense()
        delta = -back if side == PAST else ahead if side == FUTURE else (-back if back <= ahead else ahead)
    day = anchor + timedelta(days=delta)
    return Period(day, day + timedelta(days=spec.days - 1))


def season_period(spec: Season, anchor: date, tense: Tense) -> Period | None:
    shift, first, last = SEASON_MONTHS[spec.season]

    def in_year(year: int) -> Period | None:
        a, b = month(year + shift, first), month(year, last)
        return Period(a.first, b.last) if a and b else None

    if spec.year is not None:
        return in_year(spec.year)
    if spec.year_shift is not None:
        year = anchor.year + spec.year_shift + (1 if spec.season == "winter" and anchor.month == 12 else 0)
        return in_year(year)
    candidates = [p for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (p := in_year(y))]
    return nearest(candidates, anchor, None, tense)
