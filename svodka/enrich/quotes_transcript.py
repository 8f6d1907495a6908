"""Interview transcripts: "Брюн: Я думаю, что …" / "Андреев: А как же …", each turn a paragraph
opened by its speaker's name and a colon, with no quotation marks and no speech verb. Every turn
of a named speaker is that speaker's direct speech with no cue (guidelines: tests/data/README_quotes.md).
"""

from __future__ import annotations

from svodka.enrich.quotes_direct import Candidate, trimmed
from svodka.enrich.quotes_headlines import says
from svodka.enrich.quotes_names import Ref
from svodka.enrich.quotes_text import Reader
from svodka.model import Entity

LABEL_WORDS = 3  # "Константин Брюн:", "В. Андреев:": a speaker's label is a short name
MIN_TURN = 10  # characters: "Брюн: Да." is still a turn, a label over an empty line is not
MIN_TURNS = 2  # one "Имя: …" line alone is more often a rubric or a teaser than a transcript
ROLE_LABEL_WORDS = 6  # "Комментатор Ф-1 на немецком Sky:": a role, its field and its body


def transcript(reader: Reader) -> list[Candidate]:
    """The turns of an interview transcript, when two or more body paragraphs open with a person's
    name and a colon; none otherwise."""
    turns = []
    for para in reader.paragraphs[1:]:  # the first is the headline: "Онищенко: …" is headline()'s
        line = reader.text[para.start:para.stop]
        colon = line.find(":")
        if colon <= 0 or len(line[:colon].split()) > LABEL_WORDS:
            continue
        person = labelled_person(reader, para.start, para.start + colon)
        start, stop = trimmed(reader, para.start + colon + 1, para.stop)
        # "Динамо: Чанов – Бессонов, …": a team's line-up says nothing; a named person's turn may ("Брюн: Да.")
        named = person is not None and person.type == "PER" and " " in (person.canonical or person.text)
        if person is not None and stop - start >= MIN_TURN and (
                named or reader.text[start:stop + 1].rstrip().endswith("?") or says(reader, start, stop, False)):
            ref = Ref("entity", para.start, para.start + colon, person, written=True)
            turns.append(Candidate(start, stop, True, None, ref, para.start, 1))
    people = [t for t in turns if t.ref is not None and t.ref.entity is not None and t.ref.entity.type == "PER"]
    if len(turns) >= MIN_TURNS and people:
        return turns
    # one "Тото Вольфф: С 2012 года … возросла …" line is a link title or a statement, like a headline,
    # when it gives a person's full name and says something
    return [t for t in people if t.ref is not None and t.ref.entity is not None and " " in t.ref.entity.text
            and says(reader, t.start, t.stop, False)] + role_titles(reader)


def role_titles(reader: Reader) -> list[Candidate]:
    """Link titles "Директор Академии Рено: Лундгор способен …", "Комментатор Ф-1 на немецком Sky: …":
    a role of a body with no name of its own speaks as the body (the guidelines' rule for unnamed
    spokespeople), when the words after the colon say something."""
    out = []
    for para in reader.paragraphs[1:]:
        line = reader.text[para.start:para.stop]
        colon = line.find(":")
        words = reader.words_between(para.start, para.start + colon) if colon > 0 else []
        if not words or len(words) > ROLE_LABEL_WORDS or reader.role_parse(words[0].text.lower()) is None:
            continue
        body = reader.entity_at(words[-1].start)
        named = [reader.entity_at(w.start) for w in words]
        if body is None or body.type != "ORG" or any(e is not None and e.type == "PER" for e in named):
            continue
        start, stop = trimmed(reader, para.start + colon + 1, para.stop)
        # "Сотрудники МЧС: спасли двоих туристов" is a caption; a title's words open with a capital
        if stop - start >= MIN_TURN and reader.text[start:start + 1].isupper() and says(reader, start, stop, False):
            out.append(Candidate(start, stop, True, None, Ref("entity", body.start, body.stop, body), para.start, 1))
    return out


def labelled_person(reader: Reader, start: int, stop: int) -> Entity | None:
    """The person a turn's label names: a person tagged exactly there, else one named in the
    article whose surname the label is ("Брюн:" after "Константин Брюн"); or the outlet asking
    ("Biznes Alert: …"), an organisation tagged exactly there."""
    label = reader.text[start:stop].strip()
    people = [e for e in reader.entities if e.type == "PER"]
    here = next((e for e in reader.entities if e.start >= start and e.stop <= stop and e.type in ("PER", "ORG")), None)
    if here is not None and reader.text[start:here.start].strip() == "" and reader.text[here.stop:stop].strip() == "":
        return here
    if " " in label or not label[:1].isupper() or not label.isalpha():
        return None
    return next((e for e in people if len(e.normal.split()) > 1 and e.normal.split()[-1] == label), None)
