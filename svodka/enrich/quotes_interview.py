"""Interviews printed as questions and answers, each turn a paragraph opened by a dash:

    Экс-нападающий «Шахтера» Евгений Селезнев рассказал, с кем из тренеров ему было лучше.
    – С кем из тренеров тебе было комфортнее всего работать?
    – Тяжелый вопрос. …

Every answer is the interviewee's direct speech with no cue, from its dash to the last paragraph
before the next question (an answer often runs over several paragraphs). The questions are the
interviewer's: quoted only when the transcript named him with a label ("Biznes Alert: …" before the
dashes took over), since a quotation needs a named speaker (guidelines: tests/data/README_quotes.md).
The interviewee is the person labelled in the transcript's last answer, else the person the lead
names most (the paragraphs before the first question, headline included); an interviewer is also named
as the one talked with ("в разговоре с Андреем Аршавиным").
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
TALKED_WITH = re.compile(r"(?<!\w)в\s+(?:разговоре|беседе|диалоге)\s+с\s+", re.IGNORECASE)
MIN_QUESTIONS = 2  # one "– …?" paragraph is a rhetorical question or a quoted exchange, not an interview


def dash_interview(reader: Reader, labelled: list[Candidate]) -> list[Candidate]:
    """The answers (and named interviewer's questions) of a dash interview; none when the article
    is not one. `labelled` are the transcript's "Имя: …" turns found before."""
    paras = reader.paragraphs[1:]
    # the first turn is a question when it ends in "?"; when it does not ("– Наверное, все запомнят этот
    # матч … Но я читал, что ты винишь себя за фол."), the reading whose questions end in "?" more often
    turns = max((dash_turns(reader, paras, first_asks) for first_asks in (None, True, False)), key=lambda ts: asked(reader, ts))
    questions = [t for t in turns if t.question]
    # most questions end in "?" ("– Расскажите о …" need not): a dashed list has no questions
    if asked(reader, turns) < max(MIN_QUESTIONS, len(questions) / 2) or len(turns) - len(questions) < MIN_QUESTIONS:
        return []
    interviewee, interviewer = speakers(reader, paras, turns[0].first, labelled)
    if interviewee is None:
        return []
    out = []
    for turn in turns:
        who = interviewer if turn.question else interviewee
        if who is None:
            continue
        said = OWN_ATTRIBUTION.search(reader.text, turn.start, turn.stop)
        # "– Нет, все молчали, – сказал Смертин в разговоре с …": the attribution closes the turn's words
        start, stop = trimmed(reader, turn.start, said.start() + 1 if said is not None else turn.stop)
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


def asked(reader: Reader, turns: list[Turn]) -> int:
    """How many of the questions end in "?"."""
    return sum(reader.text[t.start:t.stop].rstrip().endswith("?") for t in turns if t.question)


def dash_turns(reader: Reader, paras: list[Span], first_asks: bool | None = None) -> list[Turn]:
    """Alternating questions and answers: a dash paragraph after an answer is a question (most end
    in "?"), the one after a question its answer; plain paragraphs continue the answer before
    them when they speak in the first person or another question follows them (guidelines: an
    undashed continuation paragraph is the answer's); else they are narration, and the interview is
    over. The first dash paragraph is a question if `first_asks`, or (None) if it ends in "?"."""
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
            opening = line.rstrip().endswith("?") if first_asks is None else first_asks
            question = opening if not turns else not turns[-1].question
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
    return best, talked_with(reader, best)


def talked_with(reader: Reader, interviewee: Entity) -> Entity | None:
    """The interviewer named as the one talked with ("…, – сказал Смертин в разговоре с Андреем
    Аршавиным"), a person other than the interviewee."""
    for m in TALKED_WITH.finditer(reader.text):
        person = reader.entity_at(m.end())
        if person is not None and person.type == "PER" and person.start == m.end() \
                and person.canonical != interviewee.canonical:
            return person
    return None
