"""Reported speech by a phrase before it: "По словам Х, …", "по его мнению …", "согласно Х, …"."""

from __future__ import annotations

import re

from svodka.enrich.quotes_clauses import names_subject
from svodka.enrich.quotes_direct import Candidate, Spans
from svodka.enrich.quotes_groups import group_pronoun
from svodka.enrich.quotes_lexicon import POSSESSIVES, WEATHER_BODIES
from svodka.enrich.quotes_names import outlet_next
from svodka.enrich.quotes_reported import PO, candidate
from svodka.enrich.quotes_speakers import Ref, speaker_after
from svodka.enrich.quotes_text import Reader
from svodka.enrich.quotes_units import only_body_of_kind

# "согласно данным Х": figures, not words; "согласно правилам лиги": rules, not words either
DATA = re.compile(r"\s+(?:данны|статистик|подсч[её]т|расч[её]т|оценк|правил|регламент|закон|устав|положени|норм|кодекс)\w*")
INTRO_WORDS = 3  # "В частности, по словам …": this many words before an attribution still open the sentence


def by_words(reader: Reader, skip: Spans) -> list[Candidate]:
    """"По словам Х, …", "по его мнению …", "согласно Х, …"."""
    out: list[Candidate] = []
    for sentence in reader.sentences:
        for m in PO.finditer(reader.text, sentence.start, sentence.stop):
            if reader.inside_quotes(m.start()):
                continue
            poss = m.group("poss")
            cue = m.group()
            cue = cue[:1].lower() + cue[1:]
            if poss:
                ref: Ref | None = (group_pronoun(reader, reader.words[reader.word_index(m.start("poss"))]) if poss == "их"
                                   else Ref("pronoun", m.start("poss"), m.end("poss"), gender=POSSESSIVES[poss]))
                end = m.end()
            else:
                comma = reader.text.find(",", m.end(), sentence.stop)
                end = comma if comma > 0 else genitive_phrase_end(reader, m.end(), sentence.stop)
                ref = (speaker_after(reader, m.end(), end, None, skip, subject=False) or outlets_source(reader, m, end, skip)
                       or outlet_next(reader, m.end(), end, skip) or nickname(reader, m.end(), end)
                       or forecaster(reader, m, end))
                if ref is None or (cue.startswith("согласно") and (not named_next(reader, m.end(), ref)
                                                                   or DATA.match(reader.text, m.end()))):
                    continue
            head = [t for t in reader.words_between(sentence.start, m.start()) if t.text.isalnum()]
            # "добавил, что, по его мнению, акции стоят дорого": the clause after "что" is the view;
            # "Реалистичный прогноз, по его словам, предполагает …": a subject before it is the view's own
            opens = (len(head) <= INTRO_WORDS and not names_subject(reader, head)) or head[-1].text.lower() in ("что", "будто")
            span = (end, sentence.stop) if opens else (sentence.start, sentence.stop)
            found = candidate(reader, span, cue, ref, m.start(), 2)
            if found is not None:
                out.append(found)
    return out


def outlets_source(reader: Reader, m: re.Match[str], end: int, skip: Spans) -> Ref | None:
    """"По информации источника, …" right after an outlet was named ("…, пишет Marca."): the
    outlet's unnamed source, so the outlet speaks (the guidelines' rule); the outlet named in the
    sentence before or this one."""
    if reader.text[m.end():end].strip().lower() not in ("источника", "источников"):
        return None
    since = reader.sentence_of(max(0, reader.sentence_of(m.start()).start - 1)).start
    named = [(a, b) for a, b in skip if since <= a < m.start()]
    return Ref("outlet", *named[-1]) if named else None


def forecaster(reader: Reader, m: re.Match[str], end: int) -> Ref | None:
    """"Согласно прогнозу, …" with no forecaster named: the one weather service the article names
    (silver AG's rule)."""
    if not m.group().lower().endswith("прогнозу") or reader.words_between(m.end(), end):
        return None
    body = only_body_of_kind(reader, WEATHER_BODIES)
    return Ref("entity", body.start, body.stop, body) if body is not None else None


NICKNAME = re.compile(r"[A-Za-z][A-Za-z0-9_.-]{2,}")


def nickname(reader: Reader, start: int, end: int) -> Ref | None:
    """"По словам Tkade14, …": a user's Latin nickname, which the tagger leaves out, names the speaker."""
    raw = reader.text[start:end]
    phrase = raw.strip()
    at = start + len(raw) - len(raw.lstrip())
    return Ref("name", at, at + len(phrase)) if NICKNAME.fullmatch(phrase) else None


def named_next(reader: Reader, pos: int, ref: Ref) -> bool:
    """"согласно Süddeutsche Zeitung": the name comes first, not "согласно выводам комиссии под
    патронажем Леннарта Мери"."""
    return ref.kind in ("entity", "outlet", "name") and len(reader.words_between(pos, ref.start)) <= 1


DOCUMENT_DATE = re.compile(r"от\s+\d{1,2}\s+[а-яё]+(?:\s+\d{4}\s+года)?\s+")
GENITIVE_REACH = 5  # words of "по признанию известной балерины Большого театра" before its clause


def genitive_phrase_end(reader: Reader, start: int, stop: int) -> int:
    """Where the speaker's phrase after "по признанию" ends with no comma after it: "По признанию
    балерины этот балет сыграл …" — the genitive words, then the clause; `stop` when no clause follows."""
    words = reader.words_between(start, stop)
    k = 0
    while k < len(words) and k < GENITIVE_REACH and words[k].text.isalpha() and (
            reader.entity_at(words[k].start) is not None
            or any(p.tag.case == "gent" for p in reader.parse(words[k].text.lower())[:2])
            or (words[k].text == "и" and k > 0)):  # "ветеринарной и фитосанитарной службы"
        k += 1
    if 0 < k < len(words):
        dated = DOCUMENT_DATE.match(reader.text, words[k].start)  # "сообщению службы от 5 января"
        begin = dated.end() if dated is not None else words[k].start
        if len([w for w in reader.words_between(begin, stop) if w.text.isalpha()]) >= 3:
            return begin
    return stop
