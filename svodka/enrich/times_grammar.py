"""Whole time expressions: pieces chained ("вечером в четверг, 19 декабря"), ranges ("17–28 мая",
"с 2015 по 2017 год"), bounds ("с 1 ноября", "до конца месяца"), nights ("в ночь на 24 февраля"),
durations and shifts (times_amounts.py), each found as the longest expression starting at its token.
"""

from __future__ import annotations

from dataclasses import dataclass

from svodka.enrich.times_amounts import Amounts
from svodka.enrich.times_lexicon import APPROX
from svodka.enrich.times_pieces import DASHES, DAY_SUFFIXES, Match
from svodka.enrich.times_specs import (
    Calendar,
    Joined,
    Night,
    Open,
    Relative,
    Span,
    Spec,
    TimeOfDay,
    Weekday,
    Years,
)

LIST_WORDS = ("и", "или", ",")
SPAN_OPENERS = ("с", "со", "от")
SPAN_CLOSERS = ("по", "до")
BOUNDS = ("до", "по", "к", "ко", "вплоть", "после")
TIMED_KINDS = ("num", "date", "clock", "dotted")
STARTERS = frozenset(("в", "во", "на", "с", "со", "от", "до", "по", "к", "ко", "после", "через", "спустя", "между",
                      "начиная", "вплоть", "не", "за", "около", "течение", "протяжении"))


@dataclass(frozen=True)
class Found:
    spec: Spec
    start: int  # token indices
    stop: int


class Grammar(Amounts):
    """The time expressions of one text's tokens."""

    def found(self) -> list[Found]:
        """The expressions in text order, each the longest that starts where it starts."""
        out: list[Found] = []
        i = 0
        while i < self.n:
            if not self.starts(i):
                i += 1
                continue
            listed = bool(out) and out[-1].stop == i - 1 and self.low(i - 1) in LIST_WORDS
            m = self.mention(i, listed)
            if m is None:
                i += 1
                continue
            out.append(Found(m.spec, i, m.stop))
            i = m.stop
        return out

    def starts(self, i: int) -> bool:
        """Whether an expression may start at token i: a time word or a number, or a preposition with one
        within three tokens (most tokens are neither, and skipping them is what keeps the pass fast)."""
        tok = self.t[i]
        if tok.senses or tok.kind in TIMED_KINDS:
            return True
        if tok.low not in STARTERS:
            return False
        for k in range(i + 1, min(i + 4, self.n)):
            nxt = self.t[k]
            if nxt.brk:
                return False
            if nxt.senses or nxt.kind in TIMED_KINDS:
                return True
        return False

    def mention(self, i: int, listed: bool = False) -> Match | None:
        """The longest expression at i; `listed`: it follows another and "и" ("в январе и феврале")."""
        if self.low(i) == "не" and self.low(i + 1) in ("позднее", "позже", "ранее", "раньше"):
            m = self.atom(i + 2, True)
            late = self.low(i + 1) in ("позднее", "позже")
            return Match(Span(None, m.spec) if late else Span(m.spec, None), m.stop) if m else None
        j = i
        while self.sense(j, APPROX) and self.on(j + 1):
            j += 1
        rules = (self.night, self.ranged, self.bounded, self.shift, self.duration)  # ties go to the first
        best = max((m for rule in rules if (m := rule(j, listed)) is not None), key=lambda m: m.stop, default=None)
        return best if best is not None and not best.weak else None

    def ranged(self, i: int, listed: bool = False) -> Match | None:
        """A chain of pieces, or two joined by a dash: "17–28 мая 2017 года", "в 1992—2002"."""
        m = self.chain(i, listed)
        if m is None or self.low(m.stop) not in DASHES:
            return m or self.listed_day(i)
        end = self.chain(m.stop + 1, True) if self.on(m.stop + 1) else None
        if end is None or isinstance(end.spec, Open):
            return m
        if isinstance(end.spec, TimeOfDay) and not isinstance(m.spec, TimeOfDay):
            return Match(Joined((m.spec, end.spec)), end.stop)  # "22/12/2021 - 12:44"
        return Match(Span(m.spec, end.spec), end.stop)

    def listed_day(self, i: int) -> Match | None:
        """"19 и 20 июля", "17–28 мая": a bare day that takes its month from the date after it."""
        day = self.number(i, 1, 31, DAY_SUFFIXES)
        if day is None or self.low(i + 1) not in (*LIST_WORDS, *DASHES) or not self.on(i + 2):
            return None
        after = self.day_month(i + 2)
        if after is None or not isinstance(after.spec, Calendar):
            return None
        spec = Calendar(after.spec.year, after.spec.month, day, after.spec.year_shift)
        if self.low(i + 1) in DASHES:
            return Match(Span(spec, after.spec), after.stop)
        return Match(spec, i + 1)

    def chain(self, i: int, listed: bool = False) -> Match | None:
        """Pieces of one expression side by side: "вечером в четверг, 19 декабря 2019 года", "вчера в 12:44"."""
        m = self.atom(i, listed)
        if m is None:
            return None
        pieces, stop, weak = [m.spec], m.stop, m.weak
        while True:
            comma = self.low(stop) == ","
            k = stop + 1 if comma else stop
            while self.sense(k, APPROX) and self.on(k + 1):
                k += 1  # "4 января, около 12.25"
            nxt = self.atom(k, True) if self.on(k) else None
            if nxt is None or not joinable(pieces, nxt.spec, comma=comma):
                break
            pieces.append(nxt.spec)
            stop, weak = nxt.stop, weak and nxt.weak
        return Match(pieces[0] if len(pieces) == 1 else Joined(tuple(pieces)), stop, weak)

    def bounded(self, i: int, listed: bool = False) -> Match | None:
        """"с 1 ноября", "с 2015 по 2017 год", "между 1 и 5 мая", "до конца месяца", "после 6 июня"."""
        low = self.low(i)
        if low in (*SPAN_OPENERS, "начиная", "между"):
            return self.opened(i)
        if low not in BOUNDS:
            return None
        j = i + 2 if low == "вплоть" and self.low(i + 1) == "до" else i + 1
        m = strong(self.chain(j, True))
        if m is None or (isinstance(m.spec, Open | Weekday) and low == "по"):
            return None
        if isinstance(m.spec, Open | TimeOfDay):
            return m if low != "после" else None
        if low == "после":
            return Match(Span(m.spec, None, after=True), m.stop)
        # "до 1 ноября": up to the day before; "до 2030 года", "до конца месяца": through that period
        day = isinstance(m.spec, Calendar) and m.spec.day is not None
        return Match(Span(None, m.spec, before=low == "до" and day), m.stop)

    def opened(self, i: int) -> Match | None:
        low = self.low(i)
        j = i + 2 if low == "начиная" and self.low(i + 1) in ("с", "со") else i + 1
        chained = strong(self.chain(j, True))
        first = chained or self.loose(j)
        if first is None or isinstance(first.spec, Open):
            return first if first and low != "между" else None  # "с того дня": found, not placed
        closer = self.low(first.stop)
        if closer in (*SPAN_CLOSERS, *DASHES) or (low == "между" and closer == "и"):
            last = strong(self.chain(first.stop + 1, True))
            if last is not None and ends_pair(first.spec, last.spec):
                return Match(Span(first.spec, last.spec), last.stop)
        if low == "между" or chained is None:
            return None  # "с 11": a bare number is a day only with the other end
        if low == "от" or self.low(i - 1) in ("сравнению", "сравнении") or isinstance(first.spec, Years | Span):
            return Match(first.spec, first.stop)  # "от 16.04.2014", "по сравнению с 2010 годом", "с 2008-2011 гг."
        return Match(Span(first.spec, None), first.stop)

    def loose(self, i: int) -> Match | None:
        """A bare day or year, a time only as one end of a range ("с 11 по 22 мая", "с 2013 по 2017 год")."""
        if (y := self.year(i)) is not None:
            return Match(Calendar(y), i + 1)
        day = self.number(i, 1, 31, DAY_SUFFIXES)
        return Match(Calendar(None, None, day), i + 1) if day is not None and self.on(i) else None

    def night(self, i: int, listed: bool = False) -> Match | None:
        """"в ночь на 24 февраля" (the 23rd and the 24th), "в ночь с 23 на 24 февраля"."""
        j = i + 1 if self.low(i) in ("в", "во") else i
        if self.low(j) != "ночь" or not self.on(j + 1):
            return None
        if self.low(j + 1) == "на" and (day := self.chain(j + 2, True)):
            return Match(Night(day.spec), day.stop)
        if self.low(j + 1) in ("с", "со") and (first := self.chain(j + 2, True) or self.loose(j + 2)) \
                and self.low(first.stop) == "на" and (last := self.chain(first.stop + 1, True)):
            return Match(Span(first.spec, last.spec), last.stop)
        return None


def strong(m: Match | None) -> Match | None:
    """`m` unless it is a piece that is a time only beside another ("к 1460 пунктам": a bare number)."""
    return m if m is not None and not m.weak else None


def ends_pair(first: Spec, last: Spec) -> bool:
    """Whether two specs can be the ends of one range: a bare day ("с 11") only before a dated month."""
    if isinstance(last, Open) or isinstance(first, TimeOfDay) != isinstance(last, TimeOfDay):
        return False
    if isinstance(first, Calendar) and first.month is None and first.day is not None:
        return isinstance(last, Calendar) and last.month is not None and last.day is not None
    return True


def piece_kind(spec: Spec) -> str | None:
    """What a piece adds to a chain: a date, a weekday, a day relative to today, a time, a story's day."""
    if isinstance(spec, Calendar) and spec.day is not None:
        return "date"
    if isinstance(spec, Weekday):
        return "weekday"
    if isinstance(spec, Relative) and spec.unit == "day":
        return "deixis"
    if isinstance(spec, TimeOfDay):
        return "time"
    if isinstance(spec, Open) and spec.why == "narrative":
        return "narrative"
    return None


def joinable(pieces: list[Spec], new: Spec, comma: bool) -> bool:
    """Whether `new` extends the expression made of `pieces`: one date, weekday and time of day at most."""
    new_kind = piece_kind(new)
    kinds = [piece_kind(p) for p in pieces]
    if new_kind is None or None in kinds or new_kind in kinds:
        return False
    if ("deixis" in kinds and new_kind == "weekday") or (new_kind == "deixis" and "date" in kinds):
        return False
    if "deixis" in kinds and new_kind == "date":
        return comma  # "сегодня, 4 января": the date says which day
    return not comma or new_kind in ("date", "time")
