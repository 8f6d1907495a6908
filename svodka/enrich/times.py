"""Time expressions resolved to inclusive calendar ranges against the publication date.

    >>> find_times("Переговоры начнутся в январе.", date(2021, 12, 22), nlp)
    [TimeMention(text='в январе', start=20, stop=28, first='2022-01-01', last='2022-01-31')]

The grammar (times_grammar.py on times_amounts.py, times_atoms.py and times_pieces.py, over the word tables
of times_lexicon.py) finds the expressions; the resolver (times_resolve.py) places them on the calendar.
Nothing is built per call but one light `Grammar` over the text's tokens: the word tables and patterns are
module constants (about a thousand word forms, built in a millisecond at import), so no parser object needs
holding anywhere. The tense of the sentence, which decides
whether a year-less "17 декабря" or "в понедельник" lies before or after the publication day, comes from
pymorphy3 and is asked only for the expressions that need it.
"""

from __future__ import annotations

import re
from datetime import date
from functools import partial
from typing import Any, Protocol

from svodka.enrich.nlp import NLP, parse_safely
from svodka.enrich.times_grammar import Grammar
from svodka.enrich.times_lexicon import tokens_of
from svodka.enrich.times_resolve import FUTURE, PAST, resolve
from svodka.model import TimeMention

SENTENCE_END = re.compile(r"[.!?…]\s|\n")
WORD = re.compile(r"[^\W\d_]+")
# the endings of Russian finite verbs (and "должен"): the only words worth a morphological parse here
VERBISH = re.compile(r"(?:л|ла|ло|ли|лся|лась|лось|лись|т|тся|м|ен|на|ны|шь|те)$")
CLAUSE_BREAK = re.compile(r"[,;:()—–]|\s-\s")
LOOKBACK = 400  # characters a sentence is read either side of an expression for its tense
PRESENT = "present"
# "Напомним, ...", "Отметим, ...": future in form, no time in meaning
DISCOURSE = frozenset(("напомним", "отметим", "добавим", "уточним", "заметим", "подчеркнем", "скажем", "повторим",
                       "оговоримся", "признаемся", "представим", "вспомним"))
# present-tense verbs of intent speak of the future: "мы хотим это сделать в январе"
INTENT_LEMMAS = frozenset(("планировать", "намереваться", "собираться", "хотеть", "готовиться", "рассчитывать",
                           "надеяться", "намерен", "должный", "предстоять", "ожидаться", "обещать"))


class Morphology(Protocol):
    """What the time finder asks of pymorphy3: an `NLP` (its parses cached for the process) or a bare
    `MorphAnalyzer` (what tests and benchmarks build once)."""

    def parse(self, word: str) -> list[Any]: ...


def find_times(text: str, anchor: date | None, nlp: NLP) -> list[TimeMention]:
    """The time expressions of `text`, in text order; ranges resolved against `anchor` (None: unresolved)."""
    return times_in(text, anchor, nlp)


def times_in(text: str, anchor: date | None, morph: Morphology) -> list[TimeMention]:
    """`find_times` with any `Morphology`: the pymorphy3 analyser alone is enough."""
    tokens = tokens_of(text)
    grammar = Grammar(tokens, lambda word: str(parse_safely(morph.parse, word)[0].tag))
    known: dict[str, str | None] = {}
    out = []
    for found in grammar.found():
        start, stop = tokens[found.start].start, tokens[found.stop - 1].stop
        first, last = resolve(found.spec, anchor, partial(tense_at, text, start, stop, morph, known))
        out.append(TimeMention(text[start:stop], start, stop, iso(first), iso(last)))
    return out


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def tense_at(text: str, start: int, stop: int, morph: Morphology, known: dict[str, str | None]) -> str | None:
    """PAST or FUTURE from the tensed verb nearest the span [start, stop): first within its clause, then
    within its sentence (None if there is none); `known` keeps each word's answer for the rest of the text."""
    left = max((m.end() for m in SENTENCE_END.finditer(text, max(0, start - LOOKBACK), start)), default=0)
    end = SENTENCE_END.search(text, stop)
    right = end.start() if end else len(text)
    left, right = max(left, start - LOOKBACK), min(right, stop + LOOKBACK)
    clause_left = max((m.end() for m in CLAUSE_BREAK.finditer(text, left, start)), default=left)
    clause_end = CLAUSE_BREAK.search(text, stop, right)
    clause_right = clause_end.start() if clause_end else right
    tense = nearest_tense(text, (clause_left, start, stop, clause_right), morph, known) \
        or nearest_tense(text, (left, start, stop, right), morph, known)
    return None if tense == PRESENT else tense  # "с 31 марта действует": no side taken


def nearest_tense(text: str, bounds: tuple[int, int, int, int], morph: Morphology,
                  known: dict[str, str | None]) -> str | None:
    """The tense of the verb nearest (in characters) the span bounds[1:3] within bounds[0]..bounds[3]."""
    left, start, stop, right = bounds
    words = [(start - m.end(), m.group().lower()) for m in WORD.finditer(text, left, start)]
    words += [(m.start() - stop, m.group().lower()) for m in WORD.finditer(text, stop, right)]
    # "чтобы праздник прошел", "если бы выборы состоялись": a past form that is no past
    unreal = any(word in ("бы", "б", "чтобы", "чтоб") for _, word in words)
    for _, word in sorted(words, key=lambda w: w[0]):  # a tie goes to the word before
        if word not in known:
            known[word] = verb_tense(word, morph) if VERBISH.search(word) else None
        if known[word] and not (unreal and known[word] == PAST):
            return known[word]
    return None


def verb_tense(word: str, morph: Morphology) -> str | None:
    """PAST, FUTURE or PRESENT for a finite verb (a verb of intent speaks of the future), else None."""
    if word in DISCOURSE:
        return None
    parse = parse_safely(morph.parse, word)[0]
    tag = parse.tag
    if parse.normal_form in INTENT_LEMMAS and tag.POS in ("VERB", "ADJS"):
        return FUTURE
    if tag.POS != "VERB":
        return None
    return {"past": PAST, "futr": FUTURE, "pres": PRESENT}.get(str(tag.tense))
