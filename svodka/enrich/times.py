"""Time expressions resolved to inclusive calendar ranges against the publication date.

    >>> find_times("Переговоры начнутся в январе.", date(2021, 12, 22), nlp)
    [TimeMention(text='в январе', start=19, stop=27, first='2022-01-01', last='2022-01-31')]

The grammar (times_grammar.py, over the word tables of times_lexicon.py) finds the expressions; the
resolver (times_resolve.py) places them on the calendar. The tense of the sentence, which decides
whether a year-less "17 декабря" or "в понедельник" lies before or after the publication day, comes from
pymorphy3 and is asked only for the expressions that need it.
"""

from __future__ import annotations

import re
from datetime import date
from functools import partial
from typing import Any

from svodka.enrich.nlp import NLP
from svodka.enrich.times_grammar import Grammar
from svodka.enrich.times_lexicon import tokens_of
from svodka.enrich.times_resolve import FUTURE, PAST, resolve
from svodka.model import TimeMention

SENTENCE_END = re.compile(r"[.!?…]\s|\n")
WORD = re.compile(r"[^\W\d_]+")
# present-tense verbs of intent speak of the future: "мы хотим это сделать в январе"
INTENT_LEMMAS = frozenset(("планировать", "намереваться", "собираться", "хотеть", "готовиться", "рассчитывать",
                           "надеяться", "намерен", "должный", "предстоять", "ожидаться", "обещать"))


def find_times(text: str, anchor: date | None, nlp: NLP) -> list[TimeMention]:
    """The time expressions of `text`, in text order; ranges resolved against `anchor` (None: unresolved)."""
    return times_in(text, anchor, nlp.morph)


def times_in(text: str, anchor: date | None, morph: Any) -> list[TimeMention]:
    """`find_times` with the pymorphy3 analyser alone (what tests and benchmarks build once)."""
    tokens = tokens_of(text)
    grammar = Grammar(tokens, lambda word: str(morph.parse(word)[0].tag))
    out = []
    for found in grammar.found():
        start, stop = tokens[found.start].start, tokens[found.stop - 1].stop
        first, last = resolve(found.spec, anchor, partial(tense_at, text, start, stop, morph))
        out.append(TimeMention(text[start:stop], start, stop, iso(first), iso(last)))
    return out


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def tense_at(text: str, start: int, stop: int, morph: Any) -> str | None:
    """PAST or FUTURE from the finite verb nearest the span [start, stop) in its sentence; None if none has tense."""
    left = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    end = SENTENCE_END.search(text, stop)
    right = end.start() if end else len(text)
    best: tuple[int, str] | None = None
    for m in WORD.finditer(text, left, right):
        if start <= m.start() < stop:
            continue
        tense = verb_tense(m.group().lower(), morph)
        if tense is None:
            continue
        gap = start - m.end() if m.end() <= start else m.start() - stop
        if best is None or gap < best[0]:
            best = (gap, tense)
    return best[1] if best else None


def verb_tense(word: str, morph: Any) -> str | None:
    parse = morph.parse(word)[0]
    tag = parse.tag
    if tag.POS == "VERB":
        if tag.tense == "past":
            return PAST
        if tag.tense == "futr" or parse.normal_form in INTENT_LEMMAS:
            return FUTURE
    elif tag.POS == "ADJS" and parse.normal_form in INTENT_LEMMAS:
        return FUTURE
    return None
