"""Abbreviations defined in brackets after an institution's name written in lower case ("исследователи
из сингапурского университета технологий и дизайна (SUTD)"): the tagger leaves such a name out, so the
abbreviation's canonical name is read from the words before the bracket, from the institution's kind noun
on ("университета"), with the adjectives right before it, in the nominative and capitalised as a name is.
(`linking.abbreviation_canonicals` does the same where the name is a mention of its own.) Only research,
teaching, care and agencies are such kinds: after a ministry the abbreviation ("МИД") is the name news
use itself, and after a company, bank or party the words are a description, no spelling out
("крупнейший банк (ВТБ)", "правящей партии (ПиС)")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from svodka.enrich.entity_words import is_abbreviation, lemma
from svodka.enrich.nlp import NLP, Token
from svodka.enrich.normal import CASES, Context, phrase_normal

if TYPE_CHECKING:
    from svodka.enrich.entity_spans import Mention

# institutions whose lower-case names are spelled out before a Latin abbreviation: research, teaching, care
# and agencies (not "компания", "банк", "партия": a description more often than a name)
HEADS = frozenset({"университет", "институт", "академия", "школа", "лаборатория", "больница", "колледж",
                   "консорциум", "обсерватория", "клиника", "госпиталь", "центр", "агентство", "управление"})
NAME_POS = frozenset({"NOUN", "ADJF", "CONJ", "PRTF"})  # the words a name is made of: no verb, no preposition
PHRASE_REACH = 8  # lower-case words before the bracket that may still be the name


def spelled_out_canonicals(mentions: Sequence[Mention], tokens: list[Token], normals: list[str],
                           nlp: NLP) -> dict[int, str]:
    """The canonical names of abbreviations defined by a lower-case name before their bracket, for every
    mention of the abbreviation."""
    defined: dict[str, str] = {}
    ends = {m.last for m in mentions}
    for i, m in enumerate(mentions):
        if (m.type != "ORG" or m.first < 2 or tokens[m.first - 1].text != "(" or m.last >= len(tokens)
                or tokens[m.last].text != ")" or " " in normals[i] or not is_abbreviation(normals[i]) or m.first - 1 in ends):
            continue
        name = lowercase_name_before(tokens, m.first - 1, nlp)
        if name is not None:
            defined.setdefault(normals[i], name)
    return {i: defined[normals[i]] for i, m in enumerate(mentions) if m.type == "ORG" and normals[i] in defined}


def lowercase_name_before(tokens: list[Token], bracket: int, nlp: NLP) -> str | None:
    """The institution's name in lower-case words right before tokens[bracket], in its base form."""
    j = bracket
    while j > 0 and bracket - j < PHRASE_REACH and tokens[j - 1].text.isalpha() and tokens[j - 1].text.islower() \
            and nlp.parse(tokens[j - 1].text)[0].tag.POS in NAME_POS:
        j -= 1
    words = [t.text for t in tokens[j:bracket]]
    for k, word in enumerate(words):
        if lemma(word, nlp) not in HEADS or nlp.parse(word)[0].tag.POS != "NOUN":
            continue
        first = k
        while first > 0 and nlp.parse(words[first - 1])[0].tag.POS == "ADJF":
            first -= 1
        if len(words) - first < 2:
            return None  # "университета (МГУ)": a kind alone is no name
        name = " ".join(phrase_normal(words[first:], nlp, Context(CASES, frozenset())))
        return name[:1].upper() + name[1:]
    return None
