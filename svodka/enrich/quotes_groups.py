"""Groups of people that speak as their institution: "исследователи из Института …" and, later, bare
"исследователи"; "они" of a group named with its institution; "Учёные обнаружили …" in an article
that names one institution of their kind."""

from __future__ import annotations

import re

from svodka.enrich.nlp import Token
from svodka.enrich.quotes_lexicon import (
    BARE_RESEARCHERS,
    FUNCTION_WORDS,
    GROUP_OF,
    RESEARCH_ROLES,
    STAFF_KINDS,
)
from svodka.enrich.quotes_names import Ref
from svodka.enrich.quotes_text import Reader
from svodka.enrich.quotes_units import institution_of_group, only_body_of_kind
from svodka.model import Entity


def group_named_before(reader: Reader, w: Token) -> Entity | None:
    """"исследователи из Института …" earlier in the article: a later bare "исследователи" are them."""
    low = w.text.lower()
    for k in range(reader.word_index(w.start) - 1, -1, -1):
        x = reader.words[k]
        if x.text.lower() != low:
            continue
        after = reader.words[k + 1:k + 3]
        for y in after:
            e = reader.entity_at(y.start)
            if e is not None and e.type == "ORG" and e.start == y.start:
                return e
    return None


def researchers_named_before(reader: Reader, w: Token) -> Entity | None:
    """"по словам исследователей" after "Учёные из Университета Дикина изучили …": bare researchers
    are the group named with its institution before; "британских учёных" are another, anonymous group."""
    if described_group(reader, w):
        return None
    return institution_of_group(reader, reader.sentence_of(w.start).start)


def described_group(reader: Reader, w: Token) -> bool:
    """Whether an adjective stands before the group noun at `w` ("британские учёные", "российские
    медики"): another, anonymous group, not the one the article named."""
    k = reader.word_index(w.start)
    prev = reader.words[k - 1].text.lower() if k else ""
    return prev.isalpha() and prev not in FUNCTION_WORDS and reader.parse(prev)[0].tag.POS == "ADJF"


# "американские", "сингапурские", "немецких": an adjective of a country or a city, which the one
# institution of the group's kind the article names may fit ("Сингапурские учёные считают …" are the
# Singapore university's); "народные синоптики", "некоторые учёные" are others all the same
# a plural noun of researchers ("исследователи", "учёных", "сотрудники"), the way GROUP_OF names them
GROUP_WORD = re.compile(r"(?:" + RESEARCH_ROLES + r")\w*?(?:и|ы|ов|ей|ам|ям|ами|ями|ах|ях|ые|ие|ых|их|ыми|ими)", re.IGNORECASE)
PLACE_ADJECTIVE = re.compile(r"[сц]к(?:ие|их|ими)$")


def placed_group(reader: Reader, w: Token, body: Entity) -> bool:
    """Whether the group noun at `w` has an adjective of the place the name of `body` has before it
    ("сингапурские" of "Сингапурский университет"): the body's people. Another place's ("британские
    учёные" beside "Мэрилендский университет") is another group."""
    k = reader.word_index(w.start)
    adjective = reader.words[k - 1].text.lower()
    name = (body.canonical or body.normal or body.text).lower()
    return PLACE_ADJECTIVE.search(adjective) is not None and adjective[:5] in name


def group_pronoun(reader: Reader, w: Token) -> Ref | None:
    """"они", "их" of a group of researchers named with its institution in the same paragraph
    ("… пришли учёные из Бостонского университета. Как они отмечают, …"): the institution speaks, as
    it does for the group itself. Across paragraphs the annotators differ (a later bare "учёные" is
    read as anonymous in the validation set), so it stops there; but a sentence opened by "Они" is
    the body that spoke last ("— поясняют экономисты Нацбанка. ⏎ Они отмечают, что …"), left to the
    resolver."""
    if w.text.lower() not in ("они", "их"):
        return None
    e = institution_of_group(reader, reader.sentence_of(w.start).start)
    if e is None or reader.paragraph_of(w.start) != reader.paragraph_of(e.start):
        e = group_just_before(reader, w)
    if e is None:
        # a sentence opened by "Они" goes back to the body that spoke last (quotes_resolve), if a body was
        # named before it: else it is people ("Зрители … Они считают"), and the report is the outlet's
        body_before = any(x.type == "ORG" for x in reader.entities_between(0, w.start))
        return Ref("pronoun", w.start, w.stop, gender="plur") if w.text == "Они" and body_before else None
    return Ref("entity", e.start, e.stop, e, "plur")


def group_just_before(reader: Reader, w: Token) -> Entity | None:
    """"Исследование провели сотрудники Колумбийского университета. ⏎ Они рассказали, что …": "Они"
    opening a sentence right after one whose group of researchers is named (with its institution, or
    bare in an article naming one institution of their kind) is that group, in any paragraph."""
    sentence = reader.sentence_of(w.start)
    # "Они" opening the sentence only: the validation set reads "По их мнению" after bare "учёные" as anonymous
    if w.text != "Они" or sentence.start == 0 or len(reader.words_between(sentence.start, w.start)) > 2:
        return None
    before = reader.sentence_of(sentence.start - 1)
    group = next((x for x in reader.words_between(before.start, before.stop) if GROUP_WORD.fullmatch(x.text)), None)
    if group is None:
        return None
    named = institution_named_with(reader, group)
    if named is not None or described_group(reader, group):
        return named  # "голландских учёных": another, anonymous group unless its institution follows
    return institution_of_group(reader, sentence.start) or institution_of_article(reader, group)


def institution_named_with(reader: Reader, group: Token) -> Entity | None:
    """The organisation right after the group's noun ("сотрудники Колумбийского университета", "эксперты
    из центра …")."""
    e = next((e for e in reader.entities_between(group.stop, group.stop + 40) if e.type == "ORG"), None)
    if e is None or GROUP_OF.search(reader.text, group.start, e.start) is None:
        return None
    return e


# the bare plurals that name a group just introduced with its institution ("учёные из Фонда …")
TEAM_WORDS = BARE_RESEARCHERS | {"эксперт"}


def team_just_named(reader: Reader, w: Token) -> Entity | None:
    """"… заявили учёные из Фонда больницы … . Эксперты уточнили, что …": bare experts or specialists
    right after a group named with its institution, in that paragraph or the one before, are that
    group (silver Q's rule); further off they are anyone."""
    if reader.lemma(w.text.lower()) not in TEAM_WORDS or described_group(reader, w):
        return None
    e = institution_of_group(reader, reader.sentence_of(w.start).start)
    if e is None:
        return None
    # further off, only while nobody else is named between ("Эксперты Роспотребнадзора пояснили …",
    # "уточнили в ведомстве", "Специалисты посоветовали …")
    name = e.canonical or e.normal
    others = [x for x in reader.entities_between(e.stop, w.start) if x.type in ("PER", "ORG") and (x.canonical or x.normal) != name]
    return e if reader.paragraph_of(w.start) - reader.paragraph_of(e.start) <= 1 or not others else None


def institution_of_article(reader: Reader, w: Token) -> Entity | None:
    """Bare "Учёные обнаружили …", "Синоптики пояснили …" in an article that names one institution of
    their kind (one research centre, one weather service): the group is its people and it speaks.
    "народные синоптики", "российские медики" are another, anonymous group, as is any group where the
    article names two institutions of the kind; "сингапурские учёные" are the people of the Singapore
    university (placed_group)."""
    kinds = STAFF_KINDS.get(reader.lemma(w.text.lower()))
    body = only_body_of_kind(reader, kinds) if kinds is not None else None
    if body is None or (described_group(reader, w) and not placed_group(reader, w, body)):
        return None
    return body
