"""Interviews printed as questions and answers, each turn a paragraph opened by a dash:

    Экс-нападающий «Шахтера» Евгений Селезнев рассказал, с кем из тренеров ему было лучше.
    – С кем из тренеров тебе было комфортнее всего работать?
    – Тяжелый вопрос. …

Every answer is the interviewee's direct speech with no cue, from its dash to the last paragraph
before the next question (an answer often runs over several paragraphs). The questions are the
interviewer's: quoted only when the transcript named him with a label ("Biznes Alert: …" before the
dashes took over), since a quotation needs a named speaker (guidelines: tests/data/README_quotes.md).
The interviewee is the person labelled in the transcript's last answer, else the person the lead
names most (the paragraphs before the first question, headline included).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from svodka.enrich.quotes_direct import FIRST_PERSON, OWN_ATTRIBUTION, Candidate, trimmed
from svodka.enrich.quotes_names import Ref
from svodka.enrich.quotes_text import Reader, Span
from svodka.model import Entity

DASH = re.compile(r"\s*[–—-]\s")
MIN_TURN_WORDS = 4
MIN_QUESTIONS = 2  # one "– …?" paragraph is a rhetorical question or a quoted exchange, not an interview


def dash_interview(reader: Reader, labelled: list[Candidate]) -> list[Candidate]:
    """The answers (and named interviewer's questions) of a dash interview; none when the article
    is not one. `labelled` are the transcript's "Имя: …" turns found before."""
    paras = reader.paragraphs[1:]
    turns = dash_turns(reader, paras)
    questions = [t for t in turns if t.question]
    asked = sum(reader.text[t.start:t.stop].rstrip().endswith("?") for t in questions)
    # most questions end in "?" ("– Расскажите о …" need not): a dashed list has no questions
    if asked < max(MIN_QUESTIONS, len(questions) / 2) or len(turns) - len(questions) < MIN_QUESTIONS:
        return []
    interviewee, interviewer = speakers(reader, paras, turns[0].first, labelled)
    if interviewee is None:
        return []
    out = []
    for turn in turns:
        who = interviewer if turn.question else interviewee
        if who is None:
            continue
        start, stop = trimmed(reader, turn.start, turn.stop)
        if stop - start > 0:
            ref = Ref("entity", who.start, who.stop, who, written=True)
            out.append(Candidate(start, stop, True, None, ref, turn.start, 4))
    return out


@dataclass
class Turn:
    """One turn: from its dash paragraph to the last paragraph that continues it."""

    first: int  # the index of its first paragraph (of the body)
    start: int
    stop: int
    question: bool


def dash_turns(reader: Reader, paras: list[Span]) -> list[Turn]:
    """Alternating questions and answers: a dash paragraph after an answer is a question (most end
    in "?"), the one after a question its answer; plain paragraphs continue the answer before
    them when they speak in the first person or another question follows them (guidelines: an
    undashed continuation paragraph is the answer's); else they are narration, and the interview is
    over."""
    turns: list[Turn] = []
    # plain paragraphs after an answer, up to the latest, in the third person: the answer's if a
    # question follows them (a dashed list or a quotation after narration ends the interview)
    pending: Span | None = None
    for k, para in enumerate(paras):
        line = reader.text[para.start:para.stop]
        m = DASH.match(line)
        if m is not None:
            if pending is not None:
                if line.rstrip().endswith((";", ":", ",")) or OWN_ATTRIBUTION.search(line) or len(line.split()) < MIN_TURN_WORDS:
                    break  # "– центр обороны;", "– Денег не будет, – сказал Х.": a list, a quotation
                turns[-1].stop = pending.stop
                pending = None
            question = line.rstrip().endswith("?") if not turns else not turns[-1].question
            turns.append(Turn(k, para.start + m.end(), para.stop, question))
        elif turns and not turns[-1].question and pending is None and FIRST_PERSON.search(line):
            # the answer's own words go on (after narration they wait for the next question)
            turns[-1].stop = para.stop
        elif turns and not turns[-1].question:
            pending = para
        elif turns:
            break  # narration: the interview is over
    return turns


def speakers(reader: Reader, paras: list[Span], first: int, labelled: list[Candidate]) -> tuple[Entity | None, Entity | None]:
    """The interviewee and the named interviewer (None when unnamed)."""
    named = [c.ref.entity for c in labelled if c.ref is not None and c.ref.entity is not None]
    if len(named) >= 2 and named[-1].canonical != named[-2].canonical:
        return named[-1], named[-2]  # the transcript's last two labels: the answer, then the question
    lead_stop = paras[first].start if first < len(paras) else len(reader.text)
    people = [e for e in reader.entities if e.type == "PER" and e.stop <= lead_stop]
    if not people:
        return None, None
    counts = Counter(e.canonical for e in people)
    best = max(people, key=lambda e: (counts[e.canonical], -e.start))
    return best, None
