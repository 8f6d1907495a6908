"""Amounts of time: durations ("в течение шести месяцев", "878 дней", "пятилетний"), shifts from the
publication day ("через два дня", "три года назад") and frequencies ("ежегодно", "каждые два года").

Ages ("в возрасте 52 лет", "ему 64 года") read like durations; `is_age` keeps them out, as NEREL does
and as a reader would (an age is not a time in the story).
"""

from __future__ import annotations

from svodka.enrich.times_atoms import Atoms
from svodka.enrich.times_lexicon import (
    AGO,
    APPROX,
    COMPOUND,
    EVERY,
    HALF_UNIT,
    LATER,
    NUMBER,
    REL,
    SEVERAL,
    UNIT,
)
from svodka.enrich.times_pieces import DASHES, Match
from svodka.enrich.times_specs import Offset, Open

UNITS_OF_SHIFT = ("day", "week", "month", "year", "decade", "century", "hour", "minute", "second")
ONE_UNIT = ("год", "неделю", "месяц", "день", "сутки", "час", "минуту", "секунду", "полгода", "век")
QUANTITY_SUFFIXES = ("", "ти", "х", "ух", "ех", "ми", "и")  # "35-ти лет", "2-х недель"
DURATION_HEADS = (("в", "течение"), ("на", "протяжении"), ("в", "продолжение"), ("за",), ("на",), ("до",),
                  ("в",), ("с",), ("от",), ("к",), ("по",))
HEAD_STARTS = frozenset(words[0] for words in DURATION_HEADS)
LONG_HEADS = ("в течение", "на протяжении", "в продолжение")
COUNTED_STEMS = ("лет", "час", "днев", "месяч", "недел", "суточ", "минут", "годич")
# the nouns a "N-летний" duration qualifies; before a person it is an age
SPAN_NOUNS = frozenset(("срок", "срока", "сроку", "сроком", "перерыв", "перерыва", "период", "периода", "контракт",
                        "контракта", "опыт", "опыта", "стаж", "мораторий", "моратория", "план", "плана", "история",
                        "истории", "правление", "правления", "заключение", "запрет", "запрета", "запрете"))
AGE_CUES = frozenset(("возрасте", "возраст", "исполнилось", "исполнился", "исполнится", "исполняется", "исполниться",
                      "стукнуло", "старше", "младше", "моложе", "ему", "ей", "им", "мне", "тебе", "нам", "вам",
                      "было", "будет", "был", "была", "лет", "сейчас"))
PENALTY_WORDS = frozenset(("лишения", "заключения", "колонии", "тюрьмы", "тюремного", "ареста", "ограничения",
                           "принудительных", "исправительных", "строгого", "общего"))
TERM_WORDS = ("срок", "сроком", "срока")
# "больше недели", "около года": a unit alone is an amount after these (not after "максимум": "максимум дня")
COMPARATIVES = ("более", "больше", "менее", "меньше", "свыше", "около", "почти", "порядка", "немногим", "чуть")


class Amounts(Atoms):
    """Durations, shifts and frequencies, on top of the calendar pieces."""

    def quantity(self, i: int) -> tuple[float, int] | None:
        """(how many, index after) for "три", "25", "двадцать пять", "2,5", "несколько", "три с половиной"."""
        if i >= self.n:
            return None
        tok = self.t[i]
        if tok.kind == "num" and tok.value is not None and tok.suffix in QUANTITY_SUFFIXES:
            value, j = tok.value, i + 1
        elif isinstance(v := tok.senses.get(NUMBER), int | float):
            value, j = float(v), i + 1
            while isinstance(w := self.sense(j, NUMBER), int | float) and 0 < w < value and self.on(j):
                value, j = value + w, j + 1
        else:
            return None
        if self.low(j) == "с" and self.low(j + 1) == "половиной":
            value, j = value + 0.5, j + 2
        return value, j

    def amount(self, i: int) -> tuple[float, str, int] | None:
        """(how many, unit, index after) of "три года", "полгода", "несколько дней"."""
        if isinstance(unit := self.sense(i, HALF_UNIT), str):
            return 0.5, unit, i + 1
        q = self.quantity(i)
        if q is None or not self.on(q[1]):
            return None
        unit = self.sense(q[1], UNIT)
        if unit not in UNITS_OF_SHIFT or (unit == "year" and (self.low(q[1]) in ("г", "гг") or q[0] >= 1000)):
            return None  # "2010 г.": a year, not 2010 of them
        return q[0], str(unit), q[1] + 1

    def one_unit(self, i: int) -> tuple[float, str, int] | None:
        """(1, unit, index after) for a unit named alone: "год", "неделю", "сутки"."""
        unit = self.sense(i, UNIT)
        return (1.0, unit, i + 1) if isinstance(unit, str) and unit in UNITS_OF_SHIFT else None

    def shift(self, i: int, listed: bool = False) -> Match | None:
        """"через два дня", "три года назад", "год назад", "спустя неделю", "годом ранее"."""
        if self.low(i) in ("через", "спустя") and self.on(i + 1):
            j = i + 1
            while self.sense(j, APPROX):
                j += 1
            a = self.amount(j) or (self.one_unit(j) if self.low(j) in ONE_UNIT else None)
            if a is None:
                return None
            # "через день после выборов": a day after the story's event, not after the publication
            known = self.low(i) == "через" and a[0] != SEVERAL and self.low(a[2]) != "после"
            return Match(Offset(a[1], a[0]) if known else Open("narrative"), a[2])
        a = self.amount(i) or (self.one_unit(i) if self.low(i) in ONE_UNIT else None)
        if a is None and self.low(i).endswith(("ом", "ами")):
            a = self.one_unit(i)  # "годом ранее", "днями позже"
        if a is None or not self.on(a[2]):
            return None
        ago = 2 if self.low(a[2]) == "тому" and self.low(a[2] + 1) == "назад" else 1
        if ago == 2 or self.sense(a[2], AGO) == -1:
            return Match(Offset(a[1], -a[0]) if a[0] != SEVERAL else Open("recent"), a[2] + ago)
        if self.sense(a[2], LATER):
            return Match(Open("narrative"), a[2] + 1)
        return None

    def duration(self, i: int, listed: bool = False) -> Match | None:
        """"в течение шести месяцев", "на полтора года", "878 дней", "в последние годы", "пятилетний"."""
        if self.sense(i, COMPOUND) or self.counted(i):
            return Match(Open("duration"), i + 1)
        every = self.sense(i, EVERY)
        if every is not None and self.on(i + 1) and (a := self.amount(i + 1) or self.one_unit(i + 1)):
            return Match(Open("every"), a[2])  # "каждые два года", "каждый день"
        if every is not None and str(every).endswith("о"):
            return Match(Open("every"), i + 1)  # "ежегодно"
        j, head = self.duration_head(i)
        a = self.amount(j) or self.amount_range(j)
        if a is not None:
            distance = self.low(j - 1) == "в" and self.low(a[2] - 1).endswith("ах")  # "в десяти минутах ходьбы"
            if distance or (a[1] == "year" and self.is_age(j, a[2])):
                return None
            stop = a[2]
            while self.low(stop) in ("и", ",") and (more := self.amount(stop + 1)) and more[1] != a[1]:
                stop = more[2]  # "три года и восемь месяцев"
            return Match(Open("duration"), stop)
        unit = self.sense(j, UNIT)
        alone = (j > i and head != "в" and (self.low(j) in ONE_UNIT or head in LONG_HEADS)) \
            or self.low(j - 1) in COMPARATIVES
        if alone and self.on(j) and unit in UNITS_OF_SHIFT:
            return Match(Open("duration"), j + 1)  # "на год", "в течение недели", "больше недели"
        return None

    def duration_head(self, i: int) -> tuple[int, str]:
        """(index after, head) of "в течение", "на", "за", ... and "последние", "около" before an amount."""
        j, head = i, ""
        for words in DURATION_HEADS if self.low(i) in HEAD_STARTS else ():  # most words begin no head
            if all(self.low(i + k) == w for k, w in enumerate(words)):
                j, head = i + len(words), " ".join(words)
                break
        while self.sense(j, APPROX) or self.sense(j, REL) in ("last", "near", "first") or self.low(j) == "следующие":
            j += 1
        return j, head

    def amount_range(self, i: int) -> tuple[float, str, int] | None:
        """"с пяти до семи лет", "от 8 до 20 лет", "2-3 дня": the larger end's amount."""
        q = self.quantity(i)
        if q is None or self.low(q[1]) not in ("до", *DASHES):
            return None
        return self.amount(q[1] + 1)

    def counted(self, i: int) -> bool:
        """"12-часовой", "23-летний срок" (not "54-летний": an age)."""
        tok = self.t[i] if i < self.n else None
        if tok is None or tok.kind != "num" or not tok.suffix.startswith(COUNTED_STEMS):
            return False
        return not tok.suffix.startswith("лет") or self.low(i + 1) in SPAN_NOUNS

    def is_age(self, q: int, stop: int) -> bool:
        """Whether "N лет" from token q is somebody's age: "в возрасте 52 лет", "ему 64 года",
        "Кандидату 68 лет", "(26 лет)", "в 13 лет", "от 13 до 16 лет" (but "на срок от 8 до 20 лет")."""
        if self.low(q - 1) in DASHES and self.quantity(q - 2):
            q -= 2  # "в возрасте 0-2 года": the age words come before the range
        prev, after = self.low(q - 1), self.low(stop)
        if self.low(q - 2) in TERM_WORDS or prev in TERM_WORDS:
            return False
        if prev in ("в", "с", "от", "по") or {prev, self.low(q - 2)} & AGE_CUES or after == "жизни":
            return True
        if prev in ("(", ",") and after in (")", ",", "("):
            return True
        if prev == "до" and self.t[q].kind == "num" and (self.t[q].value or 0) >= 12:
            return after not in PENALTY_WORDS  # "до 18 лет", not "до 15 лет лишения свободы"
        name = self.t[q - 1] if q > 0 and self.on(q) else None
        if name is None or name.kind != "word" or name.senses or not name.text[:1].isupper():
            return False
        # "Кандидату 68 лет", "Аману Тулееву 73 года", "Поленти 50 лет,": a name, then its age
        return after in (".", ",") or "datv" in self.tag(name.low)
