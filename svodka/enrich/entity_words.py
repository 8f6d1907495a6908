"""What a word of a mention is, as the entity rules ask it: a common word or a name, a surname, a place,
a country, an organisation's initials. pymorphy3's tags answer, with the word lists of `entity_lexicon`."""

from __future__ import annotations

import re
from typing import Any

from svodka.enrich.entity_lexicon import (
    COUNTRY_ABBREVIATIONS,
    COUNTRY_TAGS,
    DESCRIPTORS,
    LEGAL_FORMS,
    NEVER_NAMES,
    PROPER,
    ROLES,
    TRANSIENT,
)
from svodka.enrich.nlp import NLP


def is_descriptor(word: str, nlp: NLP) -> bool:
    """A legal form, a short initialism ("НАК", "ГМК") or a kind of organisation ("киностудия")."""
    lower = word.lower()
    return lower in LEGAL_FORMS or (word.isupper() and len(word) <= 4) or lemma(word, nlp) in DESCRIPTORS


def lemma(word: str, nlp: NLP) -> str:
    """The word's most likely dictionary form, lower case (for lookups in the word lists)."""
    lower = word.lower()
    if lower in ROLES:
        return lower
    return str(nlp.parse(lower)[0].normal_form)


def is_common_word(word: str, starting: bool, nlp: NLP) -> bool:
    """A word that is no name: a verb or pronoun anywhere ("Опустили", "Кто"); at the start of a sentence
    also an adjective or adverb ("Воскресное", "Сегодня") or a role ("Супруга")."""
    if not is_common(word, nlp):
        return False
    pos = nlp.parse(word.lower())[0].tag.POS
    if pos in NEVER_NAMES:
        return True
    return starting and (pos != "NOUN" or lemma(word, nlp) in ROLES)


def is_thing(word: str, nlp: NLP) -> bool:
    """A dictionary word for a thing, never a person ("Пасху", "Лёд"): no animate reading at all."""
    return is_common(word, nlp) and all("inan" in p.tag.grammemes for p in nlp.parse(word.lower()))


def is_common(word: str, nlp: NLP) -> bool:
    """A dictionary word that is no name of anything: "Поддержку", "Воскресное", "Сегодня"."""
    if word.isupper() or not nlp.known(word.lower()):
        return False
    return not any(PROPER & p.tag.grammemes for p in nlp.parse(word.lower()))


def is_org_initials(word: str) -> bool:
    """An organisation's initials ("ФИФА", "МЧС"), not a country's ("США")."""
    return len(word) > 1 and word.isupper() and word.isalpha() and word.lower() not in COUNTRY_ABBREVIATIONS


def abbreviation_before_name(word: str, following: str) -> bool:
    """Whether `word` is an abbreviation standing before a name written in mixed case ("Боец ММА
    Джонсон"): no part of the name; in a name written in capitals ("ПАВЕЛ ЦОЙ") every word is."""
    return len(word) > 1 and word.isupper() and following[:1].isupper() and not following.isupper()


def is_institution(word: str, nlp: NLP) -> bool:
    """An abbreviation or a known organisation's one-word name ("МЧС", "МИДа", "Госдумы")."""
    if sum(c.isupper() for c in word) >= 2:
        return True
    return any("Orgn" in p.tag.grammemes for p in nlp.parse(word.lower())[:1])


def is_surname(word: str, nlp: NLP) -> bool:
    """A word pymorphy3 knows as a surname and never as a place ("Ливанов")."""
    parses = nlp.parse(word.lower())
    if not nlp.known(word.lower()) or "Surn" not in parses[0].tag.grammemes:
        return False
    return not any("Geox" in p.tag.grammemes for p in parses)


def is_full_name(words: list[str], nlp: NLP) -> bool:
    """A first name and a surname, Russian or adjectival: "Кирсану Илюмжинову", "Лонгин Клинский"."""
    if len(words) != 2 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    first, last = (nlp.parse(w.lower())[0] for w in words)
    return ({"Name"} <= first.tag.grammemes and "Geox" not in first.tag.grammemes
            and ("Surn" in last.tag.grammemes or (last.tag.POS == "ADJF" and last.tag.case == first.tag.case)))


def is_place_word(word: str, nlp: NLP) -> bool:
    """A word pymorphy3 knows only as a place ("Эфиопия"), never as a person's name."""
    parses = nlp.parse(word.lower())
    if not nlp.known(word.lower()):
        return False
    return all("Geox" in p.tag.grammemes and p.tag.POS == "NOUN" for p in parses) and not any(
        {"Name", "Surn", "Patr"} & p.tag.grammemes for p in parses)


def is_person_word(word: str, nlp: NLP) -> bool:
    """A word pymorphy3 knows only as a person's first name or surname ("Сталину", "Вертинского"), never as a
    common word ("Вера" is faith too), a place or an organisation."""
    if not nlp.known(word.lower()):
        return False
    return all({"Name", "Surn"} & p.tag.grammemes and not {"Geox", "Orgn"} & p.tag.grammemes
               for p in nlp.parse(word.lower()))


def is_first_name(word: str, nlp: NLP) -> bool:
    """A word pymorphy3 knows only as a first name ("Виктор"; not "Роман", a novel too)."""
    return nlp.known(word.lower()) and all("Name" in p.tag.grammemes for p in nlp.parse(word.lower()))


def is_org_word(word: str, nlp: NLP) -> bool:
    """A word pymorphy3 knows only as an organisation's name ("Интерполу", "Еврокомиссия", "Феррари"), or
    an agency's compound name ("Белгидромет", "Ростехнадзор")."""
    if word[:1].isupper() and BODY_COMPOUND.search(word.lower()):
        return True
    if not nlp.known(word.lower()):
        return False
    parses = nlp.parse(word.lower())
    return all("Orgn" in p.tag.grammemes for p in parses) and not any(
        {"Name", "Surn", "Patr", "Geox"} & p.tag.grammemes for p in parses)


# the parts of the compound names of state agencies, which slovnet takes for surnames or misses and
# pymorphy3 does not know (only guesses): "Белгидромет", "Укргидрометцентр", "Ростехнадзор", "Укравтодор"
BODY_COMPOUND = re.compile(r"\w+(?:гидромет|надзор|автодор)|^гидромет")


def may_be_nominative(word: str, nlp: NLP) -> bool:
    """Whether a word may be a name's nominative: one pymorphy3 does not know, or knows in the nominative. A
    quoted name in apposition is one ("станции «Мир»"; "станция «Водоканала»" is the owner's), and so is a
    word whose declined forms are read back to it ("Рааба" → "Рааб"; "Бориса" is no woman's "Бориса")."""
    lower = word.lower()
    return not nlp.known(lower) or any(p.tag.case == "nomn" for p in nlp.parse(lower))


def head_noun(words: list[str], nlp: NLP) -> str:
    """The first word of a name that is no adjective: its head ("аэропорту" of "Вашингтонском аэропорту")."""
    return next((w for w in words if nlp.parse(w.lower())[0].tag.POS not in ("ADJF", "PRTF")), "")


def lemma_phrase(words: list[str], nlp: NLP) -> str:
    return " ".join(lemma(w, nlp) for w in words)


def is_country(word: str, nlp: NLP) -> bool:
    """A country or region's name in the genitive ("России", "США"), as after a ministry's name."""
    if word.lower() in COUNTRY_ABBREVIATIONS:
        return True
    if not word[:1].isupper() or word.isupper():
        return False
    return any(COUNTRY_TAGS & p.tag.grammemes and p.tag.case == "gent" for p in nlp.parse(word.lower())[:2])


def is_name_adjective(word: str, head: str, nlp: NLP) -> bool:
    """Whether a lower-case adjective agreeing with a name's head is part of the name: a relational one
    ("государственной Комиссии"), not one saying how the body is ("нового Конгресса") or when ("бывшего")."""
    noun, adjective = nlp.parse(head.lower())[0].tag, nlp.parse(word.lower())[0].tag
    return (noun.POS == "NOUN" and adjective.POS == "ADJF" and not {"Apro", "Qual"} & adjective.grammemes
            and lemma(word, nlp) not in TRANSIENT and adjective.case == noun.case and adjective.number == noun.number)


def tags_agree(adjective: Any, noun: Any) -> bool:
    """Whether two pymorphy3 tags agree as an adjective and its noun: case, number, and gender in the
    singular."""
    return (adjective.case == noun.case and adjective.number == noun.number
            and (noun.number == "plur" or adjective.gender == noun.gender))


def is_abbreviation(name: str) -> bool:
    """A short name of one to three words, each with two or more capitals ("МЧС", "ЕврАзЭС", "ЦДУ
    ТЭК"): the short side of a defined pair."""
    words = name.split()
    return 0 < len(words) <= 3 and all(sum(c.isupper() for c in w) >= 2 and len(w) <= 8 for w in words)


def case_break(words: list[str], nlp: NLP) -> int:
    """Where a person's name of three words parts into two people by case, else 0: "Биллу Гейтсу Михалков"
    — a first name and a surname agreeing in an oblique case, then a surname in the nominative that cannot
    take it (the tagger glued the object to the subject after it)."""
    if len(words) != 3 or not is_first_name(words[0], nlp) or not nlp.known(words[2].lower()):
        return 0  # a foreign surname the dictionary does not know may not decline: "Жозе Мануэлом Баррозу"
    cases = [{p.tag.case for p in nlp.parse(w.lower())[:4] if p.tag.POS == "NOUN"} for w in words]
    shared = cases[0] & cases[1]
    if not shared or "nomn" in shared or "nomn" not in cases[2] or shared & cases[2]:
        return 0
    return 2


def named_pair(word: str, following: str, nlp: NLP) -> bool:
    """Whether a common noun that opens a sentence and the one name after it are a first name and a surname
    ("Деррик Джонс" is no derrick): the noun a thing's, masculine and nominative (a title for a person is
    animate, "Силач Фосс", or feminine, "Звезда Петрова"), the name a nominative first name or surname or a
    word the dictionary does not know; "Поддержку Кирсану Илюмжинову" is a noun in another case."""
    if not any(p.tag.case == "nomn" and p.tag.number == "sing" and p.tag.gender == "masc"
               and p.tag.animacy == "inan" for p in nlp.parse(word.lower())):
        return False
    return any(p.tag.case == "nomn" and ("Surn" in p.tag or "Name" in p.tag or not nlp.known(following.lower()))
               for p in nlp.parse(following.lower()))
