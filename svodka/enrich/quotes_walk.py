"""The words a walk back from a speech verb to its subject passes over (quotes_speakers.speaker_before):
a quoted object of a coordinated verb, a body's quoted name after a role or preposition, and the
first of several bodies that speak with one verb."""

from __future__ import annotations

import re
from dataclasses import replace

from svodka.enrich.nlp import Token
from svodka.enrich.quotes_forms import kind_before
from svodka.enrich.quotes_lexicon import PREPOSITIONS, tells_when
from svodka.enrich.quotes_names import Ref
from svodka.enrich.quotes_text import Reader
from svodka.model import Entity


def first_of_listed(reader: Reader, ref: Ref) -> Ref:
    """"ZeniMax Online и Bethesda объявили": several bodies with one verb speak as the first named
    (the guidelines' rule for organisers)."""
    if ref.entity is None or ref.entity.type != "ORG":
        return ref
    first, joiners = ref.entity, ("и",)
    while True:  # "Сбербанк, ВТБ и Альфа-Банк объявили", "«Газпром» и «Роснефть» объявили"
        k = reader.word_index(first.start)
        k -= 1 if k and reader.words[k - 1].text in QUOTE_MARKS else 0
        if k < 2 or reader.words[k - 1].text not in joiners:
            break
        j = k - 2 if reader.words[k - 2].text not in QUOTE_MARKS else k - 3
        before = reader.entity_at(reader.words[j].start) if j >= 0 else None
        if before is None or before.type != "ORG":
            break
        first, joiners = before, (",",)
    return ref if first is ref.entity else replace(ref, start=first.start, stop=first.stop, entity=first)


QUOTE_MARKS = frozenset("«»\"„“”")


def named_in_quotes(reader: Reader, w: Token) -> bool:
    """Whether the quoted words at `w` are a body's name whole after a preposition or a role
    ("из «Консалтинговой группы А-95»", "аналитики «…»"): a name no subject, walked over, not speech
    with a speaker of its own."""
    q = next((q for q in reader.quoted if q.speech and q.start <= w.start < q.stop), None)
    e = reader.entity_at(w.start)
    if q is None or e is None or e.type != "ORG" or not (e.start <= q.start and q.stop <= e.stop):
        return False
    k = reader.word_index(q.open_mark) - 1
    before = reader.words[k].text if k >= 0 else ""
    # "Аналитики «…»" opening the sentence is a role too
    return before.lower() in PREPOSITIONS or (before[1:].islower() and reader.role_parse(before.lower()) is not None)


def object_in_quotes(reader: Reader, words: list[Token], k: int, cue: int) -> int | None:
    """The index of the verb whose object the quoted words at words[k] are, when its clause is
    coordinated with the cue's ("назвал Лафию «щедрым художником» и сообщил"), else None: the walk
    back stops at quoted speech, which has a speaker of its own."""
    q = next((q for q in reader.quoted if q.speech and q.start <= words[k].start < q.stop), None)
    if q is None or not AND_THEN.match(reader.text, q.stop, cue):
        return None
    j = k
    while j > 0 and words[j - 1].start >= q.start:
        j -= 1
    # the verb whose object the quoted words are, a few words before them; its subject is the cue's
    for v in range(j - 1, max(-1, j - 7), -1):
        if words[v].text in ":,—–-.":
            return None
        if words[v].text.isalpha() and reader.parse(words[v].text.lower())[0].tag.POS == "VERB":
            return v
    return None


# after the closing mark, "и" and the cue's verb
AND_THEN = re.compile(r"\W{0,2}\s+и\s+$")


def owned_by_noun(reader: Reader, entity: Entity, gender: str | None, floor: int) -> bool:
    """Whether a body named after a noun belongs to it, so it is no subject: "глава Tesla и SpaceX
    сообщил" (a role's, over the list: the caller checks the word before the last body only), "обрушил
    акции Tesla … и заявил" (an indeclinable name after the object of an earlier verb that cannot be the
    cue's subject: "акции" is no nominative singular of "заявил"). A noun that can be ("компания Tesla
    заявила") is the body's kind, in apposition; a phrase before any verb ("По итогам заседания ЦБ
    сообщил", "Тем временем Google заявила") sets the scene. Only words from `floor`, the sentence's
    start, count."""
    first = first_of_listed(reader, Ref("entity", entity.start, entity.stop, entity)).entity or entity
    k = reader.word_index(first.start) - 1
    if k >= 0 and reader.words[k].text in QUOTE_MARKS:
        k -= 1
    noun = reader.words[k].text if k >= 0 and reader.words[k].start >= floor else ""
    if not noun.isalpha() or not noun.islower():
        return False
    if reader.role_parse(noun) is not None:
        return True
    # "ассоциации GSM", "на телеканале «Россия-24»": the body's kind, before its name
    if tells_when(noun) or kind_before(reader, reader.words[k + 1].start) or first.normal != first.text \
            or gender not in ("masc", "femn", "plur"):
        return False
    earlier = reader.words_between(floor, reader.words[k].start)
    if not any(w.text.isalpha() and reader.parse(w.text.lower())[0].tag.POS == "VERB" for w in earlier):
        return False
    parses = reader.parse(noun)[:4]
    number = "plur" if gender == "plur" else "sing"
    return parses[0].tag.POS == "NOUN" and not any(p.tag.case == "nomn" and p.tag.number == number for p in parses)


def group_of_person(reader: Reader, w: Token, entity: Entity) -> bool:
    """Whether the person named right after the plural role at `w` is whose the group is ("поклонники
    Бузовой", "фанаты Месси"): many people are not one person, unless the names are a list ("врачи
    Анна Иванова и Мария Петрова")."""
    if entity.type != "PER" or reader.word_index(entity.start) != reader.word_index(w.start) + 1:
        return False
    # the role's likeliest reading a nominative plural: "с журналистами Песков" is no subject, and
    # "под руководством профессора Вадима Бакмана" one professor's
    first = reader.parse(w.text.lower())[0].tag
    if reader.role_parse(w.text, subject=True) is None or first.number != "plur" or first.case != "nomn":
        return False
    last = entity.text.split()[-1].lower()
    if any(p.tag.number == "plur" and p.tag.case == "nomn" for p in reader.parse(last)[:3]):
        return False  # "Дрессировщики Запашные": the family is the group itself
    k = reader.word_index(entity.stop)
    after = reader.words[k:k + 2]
    listed = len(after) == 2 and after[0].text in ("и", ",") and reader.entity_at(after[1].start) is not None
    return not listed


# "Ангела Меркель и другие лидеры ЕС", "Томас Оксли и его коллеги": the others of a named person
WITH_OTHERS = frozenset("другие остальные его её ее".split())


def leader_of_group(reader: Reader, words: list[Token], k: int) -> Ref | None:
    """"Ангела Меркель и другие лидеры Евросоюза призвали", "Нейрохирург Томас Оксли и его коллеги
    рассказали": a plural noun of the person named before "и другие" speaks as that person, the first of
    the list (the guidelines' rule for several speakers), not as the body the group belongs to."""
    if k < 3 or words[k - 1].text.lower() not in WITH_OTHERS or words[k - 2].text.lower() != "и":
        return None
    if reader.role_parse(words[k].text) is None or not any(
            p.tag.number == "plur" and p.tag.case == "nomn" for p in reader.parse(words[k].text.lower())[:4]):
        return None
    j = k - 3
    while j > 0 and k - j < 8 and (words[j].text.lower() in ("из", "в", "во") or reader.place_at(words[j].start)
                                    is not None or ((body := reader.entity_at(words[j].start)) is not None
                                                    and body.type != "PER")):
        j -= 1  # "Томас Оксли из Нью-Йорка и его коллеги": where the person is from
    person = reader.entity_at(words[j].start)
    if person is None or person.type != "PER" or person.stop != words[j].stop:
        return None
    return Ref("entity", person.start, person.stop, person)
