"""The calendar pieces of Russian time expressions: dates, months, years, decades, centuries, parts of
periods, seasons, weekdays, relative periods ("на прошлой неделе").

A small hand-written recursive-descent parser over the tokens of times_lexicon.py rather than yargy: the
words come from tables, each rule is a short method that says what it reads, and a whole article costs
about a millisecond, where yargy's chart parser over a grammar this size costs tens (the enrich stage
has to run at 40+ articles/s per core, and times must take only a few ms of that). Every rule returns a
`Match` (the spec and the index of the token after it) or None. times_atoms.py adds times of day and the
rule that tries every piece at a token, times_amounts.py durations and shifts, times_grammar.py the whole
expressions: chains, ranges and bounds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from svodka.enrich.times_lexicon import (
    DAY_ORD,
    DAYPART,
    DECADE,
    DEIXIS,
    INTENS,
    MONTH,
    MONTH_ADJ,
    NUMBER,
    ORD,
    PART,
    REL,
    SEASON,
    UNIT,
    WEEKDAY,
    WEEKEND,
    Token,
    roman,
)
from svodka.enrich.times_specs import (
    Calendar,
    Decade,
    Night,
    Open,
    Part,
    Relative,
    Season,
    Spec,
    Weekday,
    Years,
)

DASHES = ("-", "–", "—")
MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
ATOM_PREPS = ("в", "во", "на")
YEAR_SUFFIXES = ("", "го", "й", "м", "ый", "ого", "ом", "ым")
DAY_SUFFIXES = ("", "го", "е", "ое")
DECADE_SUFFIXES = ("е", "х", "ые", "ых", "ым", "ыми", "ми", "ее", "м")
PLURAL_YEAR_WORDS = ("годы", "годов", "годам", "годами", "годах", "гг")
PLURAL_ADJ = ("ие", "ые", "их", "ых", "ими", "ыми")
PLURAL_DEMONSTRATIVES = ("эти", "этих", "этими", "те", "тех", "теми")
PLURAL_UNITS = frozenset(("годы", "годов", "годам", "годами", "годах", "лет", "месяцы", "месяцев", "месяцам",
                          "месяцами", "месяцах", "дни", "дней", "дням", "днями", "днях", "недель", "неделям",
                          "неделями", "неделях", "веков", "векам", "веками", "веках"))
ORDINAL_SUFFIXES = ("й", "ой", "ей", "м", "ом", "ем", "я", "ая")
# words before a four-digit number that make it a count or a reference: "№178/2017", "ст. 2017", "около 2000"
NOT_BEFORE_YEAR = frozenset(("№", "/", ":", "ст", "п", "ч", "статьи", "статья", "номер", "на", "около", "до",
                             "по", "из", "за"))
ADJ_ENDINGS = ("ий", "яя", "ая", "ее", "ое", "ие", "его", "ого", "ему", "ому", "им", "ем", "ом", "юю", "ую",
               "их", "ими", "ей", "ой")


@dataclass(frozen=True)
class Match:
    spec: Spec
    stop: int  # index of the token after the match
    weak: bool = False  # a piece that is a time only beside another ("пятница", "январь", a bare year)


class Pieces:
    """Token tests and the rules for the pieces an expression is made of; `tag(word)` is a pymorphy3 tag,
    asked in the few places where the part of speech decides ("в 2001 принят" but "в 2000 раз")."""

    def __init__(self, tokens: list[Token], tag: Callable[[str], str]) -> None:
        self.t = tokens
        self.n = len(tokens)
        self.tag = tag

    # token tests
    def low(self, i: int) -> str:
        return self.t[i].low if 0 <= i < self.n else ""

    def on(self, i: int) -> bool:
        """Token i exists and continues the line of the token before it."""
        return i < self.n and not self.t[i].brk

    def sense(self, i: int, cat: str) -> int | float | str | None:
        return self.t[i].senses.get(cat) if 0 <= i < self.n else None

    def glued(self, i: int) -> bool:
        """Token i touches the token before it (no space): "ЕГЭ-2013"."""
        return 0 < i < self.n and self.t[i - 1].stop == self.t[i].start

    def number(self, i: int, lo: float, hi: float, suffixes: tuple[str, ...] = ("",)) -> int | None:
        tok = self.t[i] if 0 <= i < self.n else None
        if tok is None or tok.kind != "num" or tok.value is None or tok.suffix not in suffixes:
            return None
        value = tok.value
        return int(value) if lo <= value <= hi and value == int(value) and "," not in tok.text else None

    def year(self, i: int) -> int | None:
        return self.number(i, 1000, 2100, YEAR_SUFFIXES)

    def year_word(self, i: int) -> int | None:
        """The index after "года" / "г." / "гг." at i, or None."""
        if not self.on(i) or self.sense(i, UNIT) != "year" or self.low(i) == "лет":
            return None
        return i + 2 if self.low(i) in ("г", "гг") and self.low(i + 1) == "." and self.glued(i + 1) else i + 1

    # calendar pieces
    def year_tail(self, j: int) -> tuple[int | None, int | None, int]:
        """After a month: (year, year_shift, index after) for "2021 года", "прошлого года", or nothing."""
        y = self.year(j) if self.on(j) else None
        if y is not None:
            return y, None, self.year_word(j + 1) or j + 1
        rel = self.sense(j, REL)
        if self.on(j) and isinstance(rel, int) and (end := self.year_word(j + 1)):
            return None, rel, end
        return None, None, j

    def day_number(self, i: int) -> tuple[int | None, int]:
        """(day, index after) of "17", "1-го", "первого", "двадцать пятое"; (None, i) for anything else."""
        day = self.number(i, 1, 31, DAY_SUFFIXES)
        if day is not None:
            return day, i + 1
        word = self.sense(i, DAY_ORD)
        if isinstance(word, int):
            return word, i + 1
        tens, unit = self.sense(i, NUMBER), self.sense(i + 1, DAY_ORD)
        if tens in (20, 30) and isinstance(unit, int) and unit < 10 and self.on(i + 1):
            return int(tens) + unit, i + 2
        return None, i

    def day_month(self, i: int, prep: bool = False) -> Match | None:
        day, j = self.day_number(i)
        month = self.sense(j, MONTH)
        if day is None or not isinstance(month, int) or not self.on(j) or day > MONTH_DAYS[month - 1]:
            return None  # "31 июня": a title, not a date
        year, shift, stop = self.year_tail(j + 1)
        return Match(Calendar(year, month, day, shift, side=self.side(i)), stop)

    def side(self, i: int) -> int:
        """+1 after "предстоящих", "будущего" (the date is ahead), -1 after "прошедшего", "минувшего", else 0."""
        rel = self.sense(i - 1, REL)
        return (rel > 0) - (rel < 0) if isinstance(rel, int) else 0

    def month(self, i: int, prep: bool) -> Match | None:
        month = self.sense(i, MONTH)
        named = self.t[i].text[:1].isupper() and i > 0 and not self.t[i].brk and self.low(i - 1) not in ".!?«\"("
        if isinstance(adj := self.sense(i, MONTH_ADJ), int):
            return Match(Open("named") if named else Calendar(None, adj, slack=True), i + 1)  # "июньской"
        if not isinstance(month, int):
            return None
        year, shift, stop = self.year_tail(i + 1)
        if named and stop == i + 1 and not self.t[i].text.isupper():
            return None  # "от Марта Лаара": a name; Russian writes months in lower case
        return Match(Calendar(year, month, None, shift, side=self.side(i)), stop, weak=not prep and stop == i + 1)

    def years(self, i: int, prep: bool) -> Match | None:
        first = self.year(i)
        if first is None:
            return None
        if self.low(i + 1) in (*DASHES, "/") and self.on(i + 2) and (last := self.year_end(first, i + 2)):
            return Match(Years(first, last), self.year_word(i + 3) or i + 3)
        if (end := self.year_word(i + 1)) and self.t[i].suffix and self.low(i + 1) in PLURAL_YEAR_WORDS:
            return None  # "к 2030-м годам": a decade
        if end:
            return Match(Calendar(first), end)
        return Match(Calendar(first), i + 1, weak=not self.bare_year(i, first, prep))

    def year_end(self, first: int, i: int) -> int | None:
        """The last year of "2010-2012", "2016/17", "1996—98" (the token at i), or None."""
        last = self.year(i)
        if last is None and (two := self.number(i, 0, 99)) is not None and len(self.t[i].text) == 2:
            last = first // 100 * 100 + two
        return last if last is not None and first < last <= first + 100 else None

    def bare_year(self, i: int, year: int, prep: bool) -> bool:
        """Whether a four-digit number with no "год" after it is a year: "в 2001 принят", "(1994, 1997)",
        "Кубок конфедераций 2017", "ЕГЭ-2013"; not "2000 человек", "около 2000", "№178/2017"."""
        before, nxt = self.low(i - 1), self.t[i + 1] if self.on(i + 1) else None
        if before in NOT_BEFORE_YEAR or (i > 0 and self.t[i - 1].kind == "num"):
            return False
        if before in DASHES and self.glued(i) and self.glued(i - 1):
            return True  # "ЕГЭ-2013"
        if nxt is None or (nxt.kind == "punct" and nxt.low not in ("%", "/", ":")) or nxt.low in ("и", "или"):
            return prep or 1900 <= year <= 2100
        if nxt.senses or nxt.kind != "word":
            return prep and bool(nxt.senses)
        return prep and nxt.text[:1].islower() and "NOUN" not in self.tag(nxt.low)  # "в 2001 принят"

    def decade(self, i: int, prep: bool = False) -> Match | None:
        start = self.number(i, 0, 2090, DECADE_SUFFIXES)
        if start is not None and self.t[i].suffix == "м" and self.low(i + 1) not in PLURAL_YEAR_WORDS:
            start = None  # "в 2010-м": a year
        word = self.sense(i, DECADE)
        if start is None:
            if not isinstance(word, int):
                return None
            start = word
        if start % 10 or 100 <= start < 1000:
            return None
        stop = self.year_word(i + 1) or i + 1
        century = self.century(stop) if self.on(stop) else None
        if century is not None and isinstance(century.spec, Years):
            return Match(Decade(start, century.spec.last // 100), century.stop)
        rel = self.sense(stop, REL)
        if isinstance(rel, int) and self.sense(stop + 1, UNIT) == "century":
            return Match(Decade(start, century_shift=rel), stop + 2)
        return Match(Decade(start), stop)

    def century(self, i: int, prep: bool = False) -> Match | None:
        n = self.roman_at(i) or self.number(i, 1, 21, ("", "й", "м", "го"))
        if n is None:
            return None
        if self.low(i + 1) in DASHES and (m := self.roman_at(i + 2)):
            last, stop = m, i + 3
        else:
            last, stop = n, i + 1
        if self.sense(stop, UNIT) != "century" or not 0 < n <= last <= 30:
            return None
        return Match(Years((n - 1) * 100 + 1, last * 100, "century"), stop + 1)

    def roman_at(self, i: int) -> int | None:
        """The Roman numeral at i: "XXI", "ХХ-го" (Cyrillic Х and І are common in Russian text)."""
        if not 0 <= i < self.n:
            return None
        text = self.t[i].text.split("-")[0].replace("Х", "X").replace("І", "I")
        return roman(text)

    def part(self, i: int, prep: bool = False) -> Match | None:
        """"в (самом) начале ...", "в середине ...", "в первой половине ...", "в третьем квартале ..."."""
        intens = bool(self.sense(i, INTENS))
        j = i + 1 if intens else i
        part, ordinal = self.sense(j, PART), self.ordinal(j)
        unit = self.sense(j + 1, UNIT)
        if ordinal in (1, 2) and self.sense(j + 1, PART) == "half":
            name, j = f"half{ordinal}", j + 1
        elif ordinal in (1, 2, 3, 4) and unit in ("quarter", "halfyear") and (unit == "quarter" or ordinal < 3):
            whole = self.whole(j + 2)  # "в I квартале 2021 года", "в первом полугодии"
            name = f"q{ordinal}" if unit == "quarter" else f"half{ordinal}"
            return Match(Part(name, whole.spec if whole else Relative("year", 0)), whole.stop if whole else j + 2)
        elif ordinal in (1, -1) and self.low(j + 1) in ("числах", "числа"):
            name, j = ("start" if ordinal == 1 else "end"), j + 1  # "в первых числах мая"
        elif part in ("start", "middle", "end"):
            name = f"very-{part}" if intens and part != "middle" else str(part)
        else:
            return None
        whole = self.whole(j + 1)
        return Match(Part(name, whole.spec), whole.stop) if whole else None

    def ordinal(self, i: int) -> int | None:
        """1 for "первом", "1-м", "I" (before a period's part: "в I квартале"), -1 for "последних"."""
        value = self.sense(i, ORD)
        if isinstance(value, int):
            return value
        return self.number(i, 1, 4, ORDINAL_SUFFIXES) or self.roman_at(i)

    def whole(self, i: int) -> Match | None:
        """What a part is a part of: a month, year, decade, century, season, or "года" (this one)."""
        if not self.on(i):
            return None
        unit = self.sense(i, UNIT)
        for rule in (self.month, self.years, self.season):
            m = rule(i, True)
            if m is not None:
                return m
        m = self.decade(i) or self.century(i) or self.relative(i)
        if m is None and unit in ("day", "week", "month", "year", "decade", "century"):
            return Match(Relative(str(unit), 0), i + 1)
        return m

    def season(self, i: int, prep: bool) -> Match | None:
        rel = self.sense(i, REL)
        j = i + 1 if isinstance(rel, int) else i
        season = self.sense(j, SEASON)
        if not isinstance(season, str) or (j > i and not self.on(j)):
            return None
        if isinstance(rel, int):
            return Match(Season(season, year_shift=rel), j + 1)
        year, shift, stop = self.year_tail(j + 1)
        alone = self.low(j).endswith(("ой", "ом", "ью", "ою"))  # "летом", "осенью": a time without a preposition
        return Match(Season(season, year, shift), stop, weak=not (prep or alone or stop > j + 1))

    def weekday(self, i: int, prep: bool) -> Match | None:
        rel = self.sense(i, REL)
        shift = rel if rel in (-1, 0, 1) else {"near": 1, "last": -1}.get(str(rel))
        j = i + 1 if shift is not None else i
        day = 5 if self.sense(j, WEEKEND) else self.sense(j, WEEKDAY)
        if not isinstance(day, int) or (j > i and not self.on(j)):
            return None
        if j == i and self.sense(i, WEEKEND):
            return Match(Weekday(5, None, days=2), i + 1, weak=not prep)  # "в выходные", "на выходных"
        if day == 2 and self.low(j) not in ("среду", "среды", "среда"):
            return None  # "в среде", "средой": the environment
        if self.low(j).endswith(("ам", "ми", "ах")):
            return Match(Open("every"), j + 1, weak=self.low(i - 1) != "по")  # "по понедельникам"
        if self.sense(j, WEEKEND):
            return Match(Relative("weekend", int(shift or 0)), j + 1)  # "на прошлых выходных"
        return Match(Weekday(day, int(shift) if shift is not None else None), j + 1, weak=not prep and j == i)

    def relative(self, i: int, prep: bool = False) -> Match | None:
        """"прошлой неделе", "этом году", "следующего месяца", "в тот же день", "последние годы"."""
        rel = self.sense(i, REL)
        if rel is None or not self.on(i + 1):
            return None
        j = i + 2 if self.low(i + 1) == "же" else i + 1
        unit, month, daypart = self.sense(j, UNIT), self.sense(j, MONTH), self.sense(j, DAYPART)
        if isinstance(month, int) and isinstance(rel, int):
            return Match(Calendar(None, month, None, rel), j + 1)
        if isinstance(daypart, str) and (prep or self.low(i - 1) in ATOM_PREPS or j > i + 1 or rel not in (-1, 0, 1)):
            return None  # "в этот вечер", "в тот же вечер": an evening of the story
        if isinstance(daypart, str) and isinstance(rel, int):
            # "прошлой ночью", "этой ночью": the night just past; "этим утром", "прошлым вечером"
            return Match(Night(Relative("day", 0)) if daypart == "night" and rel < 1 else Relative("day", rel), j + 1)
        if not isinstance(unit, str):
            return None
        # "в предстоящие годы", "за эти годы": some years, not one
        plural = self.low(i).endswith(PLURAL_ADJ) or self.low(i) in PLURAL_DEMONSTRATIVES \
            or self.low(j) in PLURAL_UNITS
        if isinstance(rel, int) and j == i + 1 and unit in ("week", "month", "year", "decade", "century") \
                and not plural:
            return Match(Relative(unit, rel), j + 1)
        narrative = rel in (0, 1, "that", "before")  # "в тот же день": a day of the story, not of the calendar
        return Match(Open("narrative" if narrative else "recent"), j + 1, weak=narrative and not prep)

    def deixis(self, i: int, prep: bool = False) -> Match | None:
        """"сегодня", "вчера"; "сегодняшнего заседания", "прошлогоднем параде", "нынешнего года"."""
        shift = self.sense(i, DEIXIS)
        if not isinstance(shift, int):
            return None
        if not self.low(i).endswith(ADJ_ENDINGS):
            return Match(Relative("day", shift), i + 1)
        unit = self.sense(i + 1, UNIT) if self.on(i + 1) else None
        if unit in ("day", "week", "month", "year"):
            return Match(Relative(str(unit), shift), i + 2)
        if self.low(i).startswith("нынешн"):
            return None  # "нынешний президент": of now, not a time
        return Match(Relative("year" if self.low(i).startswith("прошлогодн") else "day", shift), i + 1)
