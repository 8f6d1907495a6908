"""Times of day ("в 12:44", "утром", "в полдень"), holidays, and the one-piece rule that tries every piece.

A subclass of the calendar pieces (times_pieces.py): `atom` is where a preposition ("в", "на") is read and
every piece rule is tried at a token, the longest (and strongest) match winning.
"""

from __future__ import annotations

from svodka.enrich.times_lexicon import DAYPART, HOLIDAY, ORD, UNIT, ZONE
from svodka.enrich.times_pieces import ATOM_PREPS, MONTH_DAYS, ORDINAL_SUFFIXES, Match, Pieces
from svodka.enrich.times_specs import Calendar, Open, TimeOfDay

CLOCK_PREPS = ("в", "во", "около", "к", "до", "с", "по", "после", "примерно", "начале", "районе")
NEW_YEAR = ("новый", "нового", "новому", "новым")


class Atoms(Pieces):
    """One piece at a token: a calendar piece, a time of day or a holiday."""

    def atom(self, i: int, listed: bool = False) -> Match | None:
        """One piece, after "в"/"во"/"на" or bare (then some pieces are weak: "пятница", "январь")."""
        if self.low(i) in ATOM_PREPS and self.on(i + 1):
            m = self.bare(i + 1, True)
            if m is not None:
                return m
            if self.low(i) == "на" and self.low(i + 1) == "днях":
                return Match(Open("recent"), i + 2)
        return self.bare(i, listed)

    def bare(self, i: int, prep: bool) -> Match | None:
        if i >= self.n:
            return None
        tok = self.t[i]
        if tok.kind == "date":
            y, mo, d = tok.parts
            return Match(Calendar(y, mo, d), i + 1) if 1 <= mo <= 12 and 1 <= d <= MONTH_DAYS[mo - 1] else None
        rules = (self.day_month, self.month, self.years, self.decade, self.century, self.part, self.season,
                 self.weekday, self.relative, self.deixis, self.holiday, self.clock, self.daypart)
        best: Match | None = None
        for rule in rules:
            m = rule(i, prep)
            if m is not None and (best is None or m.stop > best.stop or (best.weak and not m.weak)):
                best = m
        return best

    def holiday(self, i: int, prep: bool = False) -> Match | None:
        """"до Нового года" (1 January, the nearest), "на Рождество" (whose, the text rarely says)."""
        if self.low(i) in NEW_YEAR and self.low(i + 1) in ("год", "года", "году") and self.on(i + 1):
            return Match(Calendar(None, 1, 1), i + 2, weak=not (prep or self.t[i].text[:1].isupper()))
        if isinstance(self.sense(i, HOLIDAY), str):
            return Match(Open("holiday"), i + 1, weak=not prep)
        return None

    def clock(self, i: int, prep: bool = False) -> Match | None:
        if i >= self.n:
            return None
        tok = self.t[i]
        if tok.kind in ("clock", "dotted"):
            h, m = tok.parts[0], tok.parts[1]
            zone = self.zone(i + 1)
            timed = zone > i + 1 or self.low(i - 1) in CLOCK_PREPS
            if h > 23 + (m == 0) or m > 59 or (tok.kind == "dotted" and not timed):
                return None
            # a line's stamp ("12:44 (по МСК)") stands alone; "счёт стал 14:13", "01:28 Ударила ли" do not
            stamp = tok.brk and (not self.on(i + 1) or self.t[i + 1].kind == "punct")
            return Match(TimeOfDay("clock"), zone, weak=not (timed or stamp))
        if self.low(i) in ("полдень", "полночь", "полудня", "полуночи", "полудню"):
            return Match(TimeOfDay("noon"), i + 1)
        if (self.number(i, 1, 120, ORDINAL_SUFFIXES) or self.sense(i, ORD)) and self.low(i - 1) == "на" \
                and self.sense(i + 1, UNIT) in ("minute", "second"):
            return Match(Open("match"), i + 2)  # "на 73-й минуте": a time of the match, not of the calendar
        hour = self.number(i, 0, 24)
        if hour is None or self.low(i - 1) not in CLOCK_PREPS:
            return None
        j = i + 2 if self.sense(i + 1, UNIT) == "hour" else i + 1
        if self.number(j, 0, 59) is not None and self.sense(j + 1, UNIT) == "minute":
            j += 2
        if self.sense(j, DAYPART) and self.low(j) in ("утра", "дня", "вечера", "ночи"):
            j += 1
        stop = self.zone(j)
        # "в 18 часов" is a time of day; "до 24 часов" only with more ("до 7 часов утра"): else an amount
        said = stop > i + 2 or (stop == i + 2 and self.low(i - 1) in ("в", "во", "около", "к"))
        return Match(TimeOfDay("clock"), stop) if said else None

    def zone(self, i: int) -> int:
        """The index after "мск" / "(мск)" / "по московскому времени" at i (i itself when there is none)."""
        if self.sense(i, ZONE) and self.on(i):
            return i + 1
        if self.low(i) == "(" and self.sense(i + 1, ZONE) and self.low(i + 2) == ")":
            return i + 3
        if self.low(i) == "(" and self.low(i + 1) == "по" and self.sense(i + 2, ZONE) and self.low(i + 3) == ")":
            return i + 4  # "12:44 (по МСК)"
        if self.low(i) == "по" and self.low(i + 1).endswith("ому") and self.low(i + 2) == "времени":
            return i + 3
        return i

    def daypart(self, i: int, prep: bool) -> Match | None:
        part = self.sense(i, DAYPART)
        if not isinstance(part, str) or part in ("noon", "midnight"):
            return None
        alone = self.low(i) in ("утром", "вечером", "ночью", "поутру")  # not "днём": "чёрным днём"
        return Match(TimeOfDay(part), i + 1, weak=not (alone or prep) or part == "day")
