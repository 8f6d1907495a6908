"""What the time grammar reads off a text: small values that say which period an expression names.

The grammar (times_grammar.py) builds them; the resolver (times_resolve.py) places them on the calendar.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Calendar:
    """A date, month or year as written; the year may be missing (inferred) or relative ("прошлого года")."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    year_shift: int | None = None
    slack: bool = False  # "февральских фьючерсов" (past tense): a month's slack after the anchor too
    side: int = 0  # +1 "на предстоящих 12 февраля": ahead of the anchor whatever the tense; -1 behind it


@dataclass(frozen=True)
class Years:
    """Whole years first..last: "2010-2012 годах", a decade, a century."""

    first: int
    last: int
    unit: str = "year"  # year, decade, century: what its parts are cut by


@dataclass(frozen=True)
class Decade:
    """"в 90-х" (two digits: the century is inferred) or "1990-е"; the century when the text names it."""

    start: int
    century: int | None = None
    century_shift: int | None = None  # "90-х годов прошлого века": -1


@dataclass(frozen=True)
class Relative:
    """The day, week, weekend, month, year, decade or century of the anchor, shifted by `shift` units."""

    unit: str
    shift: int


@dataclass(frozen=True)
class Offset:
    """"через два дня" (+2 days), "три года назад" (-3 years): the whole unit the shift lands in."""

    unit: str
    amount: float


@dataclass(frozen=True)
class Weekday:
    """"в понедельник": `shift` -1 the last one before the anchor, +1 the next, 0 this week's, None by tense."""

    day: int
    shift: int | None = None
    days: int = 1  # "в выходные": Saturday and the day after


@dataclass(frozen=True)
class Season:
    season: str
    year: int | None = None
    year_shift: int | None = None


@dataclass(frozen=True)
class Part:
    """A part of a period: "в начале 2016 года", "в середине 90-х", "в первой половине дня"."""

    part: str
    whole: Spec


@dataclass(frozen=True)
class Night:
    """"в ночь на 24 февраля": the day before and the day itself."""

    day: Spec


@dataclass(frozen=True)
class Span:
    """A range or a bound: "с 2015 по 2017 год", "с 1 ноября" (last None), "до конца месяца" (first None)."""

    first: Spec | None
    last: Spec | None
    before: bool = False  # "до 2012 года": up to the day before `last` begins
    after: bool = False  # "после 6 июня": from the day after `first` ends


@dataclass(frozen=True)
class Joined:
    """Pieces of one expression ("вечером в четверг, 19 декабря"): the most precise day-giving piece wins."""

    pieces: tuple[Spec, ...]


@dataclass(frozen=True)
class TimeOfDay:
    """"в 12:44", "утром": a time of the anchor day unless joined to a date."""

    what: str


@dataclass(frozen=True)
class Open:
    """Found but not placed on the calendar: a duration, a frequency, a day of the story's own narrative."""

    why: str


Spec = (Calendar | Years | Decade | Relative | Offset | Weekday | Season | Part | Night | Span | Joined
        | TimeOfDay | Open)
