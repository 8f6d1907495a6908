"""The words of Russian time expressions and the tokens the time grammar reads.

The lexicon is plain tables (lemma stems and their endings written out), expanded once at import into
a dict from word form to its senses: a few thousand entries, built in about a millisecond. Written
forms rather than pymorphy3 lemmas because the grammar looks up every token of every article, and a
dict lookup costs far less than a morphological parse (the time budget is a few ms per article).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

Value = int | float | str

# categories of a word's senses
MONTH, WEEKDAY, UNIT, NUMBER, DECADE, DEIXIS, REL, PART, ORD = (
    "month", "weekday", "unit", "number", "decade", "deixis", "rel", "part", "ord")
DAYPART, SEASON, APPROX, INTENS, AGO, LATER, EVERY, ZONE, COMPOUND, WEEKEND, HALF_UNIT = (
    "daypart", "season", "approx", "intens", "ago", "later", "every", "zone", "compound", "weekend",
    "half_unit")
MONTH_ADJ, HOLIDAY, DAY_ORD = "month_adj", "holiday", "day_ord"

NOUN_HARD = ("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах")  # март, август, век
NOUN_SOFT_M = ("ь", "я", "ю", "ем", "е", "и", "ей", "ям", "ями", "ях")  # январь
NOUN_A = ("а", "ы", "е", "у", "ой", "ою", "", "ам", "ами", "ах")  # неделя-like hard: минута, среда
NOUN_YA = ("я", "и", "е", "ю", "ей", "ею", "ь", "ям", "ями", "ях")  # неделя
ADJ_HARD = ("ый", "ой", "ая", "ое", "ые", "ого", "ому", "ым", "ом", "ую", "ых", "ыми")
ADJ_SOFT = ("ий", "яя", "ее", "ие", "его", "ему", "им", "ем", "юю", "их", "ими", "ей")
ADJ_SKIY = ("ий", "ая", "ое", "ие", "ого", "ой", "ому", "им", "ом", "ую", "их", "ими")  # майский
ADJ_HUSH = ("ий", "ая", "ее", "ие", "его", "ему", "им", "ем", "ую", "их", "ими", "ей")  # следующий

MONTH_STEMS = (
    ("январ", NOUN_SOFT_M), ("феврал", NOUN_SOFT_M), ("март", NOUN_HARD), ("апрел", NOUN_SOFT_M),
    ("ма", ("й", "я", "ю", "ем", "е")), ("июн", NOUN_SOFT_M), ("июл", NOUN_SOFT_M),
    ("август", NOUN_HARD), ("сентябр", NOUN_SOFT_M), ("октябр", NOUN_SOFT_M), ("ноябр", NOUN_SOFT_M),
    ("декабр", NOUN_SOFT_M),
)
MONTH_ADJ_STEMS = ("январск", "февральск", "мартовск", "апрельск", "майск", "июньск", "июльск", "августовск",
                   "сентябрьск", "октябрьск", "ноябрьск", "декабрьск")
HOLIDAY_FORMS = ("рождество", "рождества", "рождеству", "сочельник", "сочельника", "пасха", "пасху", "пасхи")
MONTH_ABBREVIATIONS = ("янв", "фев февр", "мар", "апр", "", "июн", "июл", "авг", "сен сент", "окт", "ноя нояб",
                       "дек")
WEEKDAY_FORMS = (
    ("понедельник", NOUN_HARD), ("вторник", NOUN_HARD), ("сред", NOUN_A), ("четверг", NOUN_HARD),
    ("пятниц", ("а", "ы", "е", "у", "ей", "ам", "ами", "ах")), ("суббот", NOUN_A),
    ("воскресень", ("е", "я", "ю", "ем", "и", "ям", "ями", "ях")),
)
UNIT_FORMS = {
    "day": ("день", "дня", "дню", "днем", "дне", "дни", "дней", "дням", "днями", "днях",
            "сутки", "суток", "суткам", "сутками", "сутках"),
    "week": tuple("недел" + e for e in NOUN_YA),
    "month": tuple("месяц" + e for e in ("", "а", "у", "ем", "е", "ы", "ев", "ам", "ами", "ах")),
    "year": ("год", "года", "году", "годом", "годе", "годы", "годов", "годам", "годами", "годах", "лет",
             "г", "гг", "годик"),
    "decade": tuple("десятилети" + e for e in ("е", "я", "ю", "ем", "и", "й", "ям", "ями", "ях")),
    "century": tuple("век" + e for e in NOUN_HARD) + tuple("столети" + e for e in ("е", "я", "ю", "ем", "и", "й")),
    "hour": tuple("час" + e for e in NOUN_HARD),
    "minute": (*("минут" + e for e in NOUN_A), "мин"),
    "second": (*("секунд" + e for e in NOUN_A), "сек"),
    "quarter": tuple("квартал" + e for e in NOUN_HARD),
    "halfyear": tuple("полугоди" + e for e in ("е", "я", "ю", "ем", "и", "й", "ям", "ях")),
    "season": tuple("сезон" + e for e in NOUN_HARD),
}
# the time grammar's numerals: word forms of the cardinals a news text spells out
NUMBER_FORMS: dict[float, tuple[str, ...]] = {
    1: ("один", "одна", "одно", "одного", "одной", "одному", "одним", "одном", "одну"),
    2: ("два", "две", "двух", "двум", "двумя"),
    3: ("три", "трех", "трем", "тремя"),
    4: ("четыре", "четырех", "четырем", "четырьмя"),
    5: ("пять", "пяти", "пятью"), 6: ("шесть", "шести", "шестью"), 7: ("семь", "семи", "семью"),
    8: ("восемь", "восьми", "восемью"), 9: ("девять", "девяти", "девятью"), 10: ("десять", "десяти", "десятью"),
    11: ("одиннадцать", "одиннадцати"), 12: ("двенадцать", "двенадцати"), 13: ("тринадцать", "тринадцати"),
    14: ("четырнадцать", "четырнадцати"), 15: ("пятнадцать", "пятнадцати"), 16: ("шестнадцать", "шестнадцати"),
    17: ("семнадцать", "семнадцати"), 18: ("восемнадцать", "восемнадцати"),
    19: ("девятнадцать", "девятнадцати"), 20: ("двадцать", "двадцати"), 30: ("тридцать", "тридцати"),
    40: ("сорок", "сорока"), 50: ("пятьдесят", "пятидесяти"), 60: ("шестьдесят", "шестидесяти"),
    70: ("семьдесят", "семидесяти"), 80: ("восемьдесят", "восьмидесяти"), 90: ("девяносто", "девяноста"),
    100: ("сто", "ста", "сотню"), 200: ("двести", "двухсот"), 300: ("триста", "трехсот"),
    1.5: ("полтора", "полторы", "полутора"),
    -1: ("несколько", "нескольких", "нескольким", "несколькими", "много", "многих", "многие", "многим",
         "многими", "долгие", "долгих", "считанные", "считанных", "ряд", "ряда", "десятки", "десятков",
         "сотни", "сотен", "пару", "пара", "пары"),
}
SEVERAL = -1  # a quantity the text does not give ("несколько", "много")
# a duration in one word: "полгода", "полчаса"
HALF_UNITS = {"полгода": "year", "полугода": "year", "полчаса": "hour", "получаса": "hour", "полвека": "century",
              "полувека": "century", "полдня": "day", "полмесяца": "month", "полминуты": "minute"}
# "девяностые", "нулевых": the decades a text names in words (two digits; "двухтысячные" four)
DECADE_STEMS = {"двадцат": 20, "тридцат": 30, "сороков": 40, "пятидесят": 50, "шестидесят": 60,
                "семидесят": 70, "восьмидесят": 80, "девяност": 90, "нулев": 0, "двухтысячн": 2000}
DECADE_ENDINGS = ("ые", "ых", "ым", "ыми")
DEIXIS_WORDS = {"сегодня": 0, "вчера": -1, "позавчера": -2, "завтра": 1, "послезавтра": 2, "сегодняшн": 0,
                "вчерашн": -1, "завтрашн": 1, "нынешн": 0, "прошлогодн": -1}
# the modifiers that place a period relative to the publication's: "прошлой неделе", "этом году"
REL_STEMS: dict[str, tuple[Value, tuple[str, ...]]] = {
    "прошл": (-1, ADJ_HARD), "прошедш": (-1, ADJ_HUSH), "минувш": (-1, ADJ_HUSH), "позапрошл": (-2, ADJ_HARD),
    "текущ": (0, ADJ_HUSH), "нынешн": (0, ADJ_SOFT), "следующ": (1, ADJ_HUSH), "будущ": (1, ADJ_HUSH),
    "наступающ": (1, ADJ_HUSH), "грядущ": (1, ADJ_HUSH), "предстоящ": (1, ADJ_HUSH),
    "наступивш": (0, ADJ_HUSH), "уходящ": (0, ADJ_HUSH), "ближайш": ("near", ADJ_HUSH),
    "последн": ("last", ADJ_SOFT), "предыдущ": ("before", ADJ_HUSH),
    "прошлогодн": (-1, ADJ_SOFT), "последующ": ("before", ADJ_HUSH), "разн": ("recent", ADJ_HARD),
    "первы": ("first", ("е", "х", "м", "ми")),
}
THIS_FORMS = ("этот", "эта", "это", "эти", "этого", "этой", "этому", "этим", "этом", "эту", "этих", "сего")
THAT_FORMS = ("тот", "та", "то", "те", "того", "той", "тому", "тем", "том", "ту", "тех")
PART_FORMS = {
    "start": ("начало", "начала", "началу", "началом", "начале"),
    "middle": ("середина", "середины", "середине", "середину", "серединой"),
    "end": ("конец", "конца", "концу", "концом", "конце", "исход", "исходе"),
    "half": ("половина", "половины", "половине", "половину", "половиной"),
}
ORD_STEMS = {"перв": (1, ADJ_HARD), "втор": (2, ADJ_HARD), "трет": (3, ("ий", "ья", "ье", "ьи", "ьего", "ьей",
             "ьему", "ьим", "ьем", "ью", "ьих")), "четверт": (4, ADJ_HARD), "последн": (-1, ADJ_SOFT)}
# "первого января", "двадцать пятое мая": days as ordinal words (1-9, 10-20, 30; "двадцать" + 1-9 in the grammar)
DAY_ORD_STEMS = ("перв", "втор", "трет", "четверт", "пят", "шест", "седьм", "восьм", "девят", "десят",
                 "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат", "семнадцат",
                 "восемнадцат", "девятнадцат", "двадцат")
DAYPART_FORMS = {
    "morning": ("утро", "утра", "утру", "утром", "утре", "поутру"),
    "day": ("днем", "днём"),
    "evening": ("вечер", "вечера", "вечеру", "вечером", "вечере"),
    "night": ("ночь", "ночи", "ночью", "ночей"),
    "noon": ("полдень", "полудня", "полудню", "полуднем"),
    "midnight": ("полночь", "полуночи", "полночью"),
}
SEASON_FORMS = {
    "winter": ("зима", "зимы", "зиме", "зиму", "зимой", "зимою"),
    "spring": ("весна", "весны", "весне", "весну", "весной", "весною"),
    "summer": ("лето", "лета", "лету", "летом", "лете"),
    "autumn": ("осень", "осени", "осенью"),
}
APPROX_WORDS = ("около", "примерно", "приблизительно", "почти", "порядка", "более", "менее", "свыше", "больше",
                "меньше", "чуть", "немногим", "целых", "целый", "целую",
                "целое", "целые", "добрых", "минимум", "максимум", "не", "ровно", "полные", "полных", "рано",
                "поздно", "ранним", "поздним", "поздней")
INTENS_WORDS = ("самом", "самого", "самый", "самое", "самой", "самую", "самым", "самая")
AGO_WORDS = {"назад": -1, "спустя": 0}
LATER_WORDS = ("ранее", "раньше", "позже", "позднее", "спустя")
EVERY_WORDS = ("ежегодно", "ежемесячно", "еженедельно", "каждый", "каждую", "каждое", "каждые", "каждых")
ZONE_WORDS = ("мск", "msk", "utc", "gmt", "мсk")
WEEKEND_FORMS = ("выходные", "выходных", "выходным", "выходными")
# "пятилетний", "трёхдневный": a duration folded into an adjective
COMPOUND_WORD = re.compile(r"(?:одно|двух|трех|четырех|пяти|шести|семи|восьми|девяти|десяти|полу"
                           r"|двадцати|тридцати|сорока|пятидесяти|ста)(?:лет|месяч|недель|днев|часов|минут|годич"
                           r"|суточ)[а-я]+")
ROMAN = re.compile(r"[IVXLC]+")


def expand(stem: str, endings: Iterable[str]) -> tuple[str, ...]:
    return tuple(stem + e for e in endings)


def selves(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """A table in which each word is its own sense ("около": "около")."""
    return {w: (w,) for w in words}


def tables() -> list[tuple[str, Mapping[Any, Iterable[str]]]]:
    """Each category with its senses and their word forms."""
    deixis = {w: expand(w, ADJ_SOFT) if w.endswith("н") else (w,) for w in DEIXIS_WORDS}  # "сегодняшний": an adjective
    out: list[tuple[str, Mapping[Any, Iterable[str]]]] = [
        (MONTH, {n: (*expand(stem, ends), *MONTH_ABBREVIATIONS[n - 1].split())
                 for n, (stem, ends) in enumerate(MONTH_STEMS, 1)}),
        (MONTH_ADJ, {n: expand(stem, ADJ_SKIY) for n, stem in enumerate(MONTH_ADJ_STEMS, 1)}),
        (WEEKDAY, {n: expand(stem, ends) for n, (stem, ends) in enumerate(WEEKDAY_FORMS)}),
        (UNIT, UNIT_FORMS),
        (NUMBER, NUMBER_FORMS),
        (HALF_UNIT, {unit: [f for f, u in HALF_UNITS.items() if u == unit] for unit in set(HALF_UNITS.values())}),
        (DECADE, {decade: expand(stem, DECADE_ENDINGS) for stem, decade in DECADE_STEMS.items()}),
        (REL, {0: THIS_FORMS, "that": THAT_FORMS}),
        (PART, PART_FORMS),
        (DAYPART, DAYPART_FORMS),
        (SEASON, SEASON_FORMS),
        (AGO, {sign: (w,) for w, sign in AGO_WORDS.items()}),
        (HOLIDAY, selves(HOLIDAY_FORMS)), (APPROX, selves(APPROX_WORDS)), (INTENS, selves(INTENS_WORDS)),
        (LATER, selves(LATER_WORDS)), (EVERY, selves(EVERY_WORDS)), (ZONE, selves(ZONE_WORDS)),
        (WEEKEND, selves(WEEKEND_FORMS)),
    ]
    out += [(DEIXIS, {DEIXIS_WORDS[w]: forms}) for w, forms in deixis.items()]
    out += [(REL, {rel: expand(stem, ends)}) for stem, (rel, ends) in REL_STEMS.items()]
    out += [(ORD, {n: expand(stem, ends)}) for stem, (n, ends) in ORD_STEMS.items()]
    out += [(DAY_ORD, {n: expand(stem, ("ье", "ьего") if stem == "трет" else ("ое", "ого"))})
            for n, stem in enumerate(DAY_ORD_STEMS, 1)]
    out += [(DAY_ORD, {30: ("тридцатое", "тридцатого")})]
    return out


def _lexicon() -> dict[str, dict[str, Value]]:
    """Every word form the time grammar knows, with its senses (a form may have several; the first listed wins
    within a category)."""
    lex: dict[str, dict[str, Value]] = {}
    for cat, table in tables():
        for value, forms in table.items():
            for form in forms:
                lex.setdefault(form, {}).setdefault(cat, value)
    return lex


LEXICON = _lexicon()

URL = re.compile(r"(?:https?://|www\.)\S+")
TOKEN = re.compile(
    r"(?P<date>\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?![\d/]|\.\d)|\d{4}-\d{2}-\d{2}(?!\d))"
    r"|(?P<clock>\d{1,2}:\d{2}(?::\d{2})?(?![\d:]))"
    r"|(?P<dotted>\d{1,2}\.\d{2}(?![\d.,]\d))"
    r"|(?P<num>\d+(?:,\d+)?(?:-[^\W\d_]+)?)"
    r"|(?P<word>[^\W\d_]+(?:-[^\W\d_]+)*)"
    r"|(?P<punct>[^\w\s])"
)


@dataclass(slots=True)
class Token:
    """One token of a text: where it is, what it is (`kind`), and what the lexicon says it means."""

    text: str
    start: int
    stop: int
    kind: str  # word, num, date, clock, dotted, punct
    low: str  # lower case, ё as е
    brk: bool  # a line break (or the text's start) comes before it
    senses: dict[str, Value] = field(default_factory=dict)
    value: float | None = None  # num: the number; clock and dotted: hours
    suffix: str = ""  # num: the letters after a hyphen ("90-х" -> "х")
    parts: tuple[int, ...] = ()  # date: (year, month, day); clock and dotted: (hours, minutes)


def tokens_of(text: str) -> list[Token]:
    """The tokens of `text`, each with its lexicon senses; none from inside a web address."""
    out: list[Token] = []
    last = 0
    urls = [m.span() for m in URL.finditer(text)]
    for m in TOKEN.finditer(text):
        if urls and any(a <= m.start() < b for a, b in urls):
            continue
        kind = m.lastgroup or "punct"
        raw = m.group()
        low = raw.lower().replace("ё", "е")
        start = m.start()
        tok = Token(raw, start, m.end(), kind, low, last == 0 or text.find("\n", last, start) >= 0)
        last = m.end()
        if kind == "word" and "-" in low and low not in LEXICON and all(p in LEXICON for p in low.split("-")):
            out.extend(hyphened(tok))  # "в ноябре-декабре": two months
            continue
        if kind == "word":
            tok.senses = LEXICON.get(low) or ({COMPOUND: low} if COMPOUND_WORD.fullmatch(low) else {})
        elif kind == "num":
            number, _, tok.suffix = low.partition("-")
            tok.value = float(number.replace(",", "."))
        elif kind == "date":
            tok.parts = date_parts(low)
        elif kind in ("clock", "dotted"):
            tok.parts = tuple(int(p) for p in re.split("[:.]", low))
            tok.value = float(tok.parts[0])
        out.append(tok)
    return out


def hyphened(tok: Token) -> list[Token]:
    """The words of a hyphened pair ("ноябре-декабре") and the hyphen between them, as tokens."""
    out, at = [], tok.start
    for n, part in enumerate(tok.low.split("-")):
        if n:
            out.append(Token("-", at, at + 1, "punct", "-", False))
            at += 1
        out.append(Token(tok.text[at - tok.start:at - tok.start + len(part)], at, at + len(part), "word", part,
                         tok.brk and n == 0, LEXICON[part]))
        at += len(part)
    return out


def date_parts(low: str) -> tuple[int, ...]:
    """(year, month, day) of "17.12.2021", "17/12/21" or "2021-12-17" (two-digit years in 1950-2049)."""
    if "-" in low:
        y, m, d = (int(p) for p in low.split("-"))
        return (y, m, d)
    d, m, y = (int(p) for p in re.split("[./]", low))
    if y < 100:
        y += 2000 if y < 50 else 1900
    return (y, m, d)


def roman(text: str) -> int | None:
    """The value of an upper-case Roman numeral ("XXI" -> 21), None for anything else."""
    if not ROMAN.fullmatch(text):
        return None
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for a, b in zip(text, text[1:] + " ", strict=True):
        v = values[a]
        total += -v if b != " " and values[b] > v else v
    return total
