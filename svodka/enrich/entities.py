"""Named entities: PER / ORG / LOC mentions with their base form and the entity's fullest name.

slovnet's news NER finds the names; its spans are then corrected by rules it cannot learn from its
training data (and that natasha does not apply either):

* a span never runs across a bracket, bullet, comma, dash or line break: "Билал Хассеин (Bilal
  Hussein)", "Союз координационных советов (СКС)" and "Йемен • Замбия" are two names each;
* quotes and legal forms are not part of a name: "ОАО «Газпром»" → "Газпром"; a descriptive head before
  a quoted name is a name of its own only when it is one ("Русской службе «Голоса Америки»");
* role words lead into a name but are not in it: "Замглавы Федеральной миграционной службы";
* a ministry's country is a place: "МЧС России" → ORG "МЧС" + LOC "России" (the factRuEval convention);
* the European Union is an organisation, not a place; a first name and a surname are a person;
* a seat of power is the power where it acts ("Кремль опроверг") and a place where something happens in it
  ("подписан в Кремле"); a space station, a quoted airport and a building are places ("МКС", "аэропорту
  «Домодедово»", "Дворце молодёжи"); a word pymorphy3 knows only as an organisation's name is one;
* a quoted craft or work is no organisation ("шаттл «Дискавери»", "с «Союзом»"), nor is a legal form alone;
* names news write in lower case are found by lemma ("в интернете", "большой двадцатки");
* an organisation's name of several words, found once, is its name wherever it recurs ("Голос Америки:");
* page furniture is no entity: time zones, feed words, share buttons, photo credits and bylines.

This module runs the stages in order. The span rules are in `svodka.enrich.entity_spans`, furniture in
`svodka.enrich.entity_furniture`, types and missed names in `svodka.enrich.entity_types`; base forms in
`svodka.enrich.normal` (read in each mention's context by `svodka.enrich.mention_forms`), what one word is in
`svodka.enrich.entity_words`, the linking of mentions to one entity in `svodka.enrich.linking`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from svodka.enrich.entity_furniture import is_furniture
from svodka.enrich.entity_spans import (
    Mention,
    club_apart,
    completed,
    continued,
    headed,
    holder_apart,
    outlet_apart,
    quoted_names,
    repeated_names,
    separated,
    shouted_names,
    trimmed,
    unquoted,
    with_domains,
    without_craft,
)
from svodka.enrich.entity_types import lexicon_names, listed, missed_names, retyped, surnames_retyped
from svodka.enrich.entity_words import case_break
from svodka.enrich.linking import link_mentions, title_mentions
from svodka.enrich.mention_forms import mention_normals
from svodka.enrich.nlp import NLP, Analysis, Token
from svodka.model import Entity


def find_entities(analysis: Analysis, nlp: NLP, titles: bool = True) -> list[Entity]:
    """The entities of the analysed text, in text order; with `titles`, also the titles that refer back to
    a person named before ("министр" → canonical "Сергей Лавров"), which are no names of their own."""
    tokens = analysis.tokens
    starts = sentence_starts(analysis, tokens)
    mentions = named_mentions(analysis, tokens, starts, nlp)
    normals = mention_normals(analysis.text, tokens, mentions, nlp, starts)
    texts = [analysis.text[tokens[m.first].start:tokens[m.last - 1].stop] for m in mentions]
    entities = [unglued(e) for e in link_mentions(tokens, mentions, texts, normals, nlp)]
    if titles:
        entities += title_mentions(analysis.text, tokens, mentions, entities, nlp)
    return sorted(entities, key=lambda e: (e.start, e.stop))


# a scraper's lost space between an abbreviation or a word and a name: "Минздрава РФНиколай Брико", "рассказал
# намСергей Доротич"
GLUED_ABBREVIATION = re.compile(r"^(?:[А-ЯЁA-Z]{2,}|[а-яё]{2,})(?=[А-ЯЁA-Z][а-яёa-z])")


def unglued(entity: Entity) -> Entity:
    """A person's mention and names without the abbreviation glued to the first word (the tokenizer
    keeps "РФНиколай" one word, so the cut is made here, on the finished entity; "Брико" later in the
    article has the canonical name cut too)."""
    if entity.type != "PER":
        return entity
    glued = GLUED_ABBREVIATION.match(entity.text)
    cut = glued.end() if glued is not None else 0
    return replace(entity, text=entity.text[cut:], start=entity.start + cut,
                   normal=GLUED_ABBREVIATION.sub("", entity.normal, count=1),
                   canonical=GLUED_ABBREVIATION.sub("", entity.canonical, count=1))


def named_mentions(analysis: Analysis, tokens: list[Token], starts: set[int], nlp: NLP) -> list[Mention]:
    """slovnet's spans, cut and corrected by the rules above, furniture dropped, missed places added;
    `starts` are the tokens that begin a sentence (sentence_starts)."""
    index = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.stop: i + 1 for i, t in enumerate(tokens)}
    raw = [Mention(s.type, index[s.start], ends[s.stop]) for s in analysis.spans
           if s.start in index and s.stop in ends]
    found = []
    for whole in quoted_names(with_domains(headed(raw, tokens, nlp), tokens), tokens, analysis.text):
        parts = [whole] if whole.quoted else separated(whole, analysis.text, tokens)
        for part in parts:
            for named in unquoted(part, tokens, nlp):
                mention = trimmed(named, tokens, starts, nlp)
                if mention and not is_furniture(mention, analysis.text, tokens, starts, nlp):
                    for held in holder_apart(mention, tokens, nlp):
                        for named_alone in club_apart(held, tokens, nlp):
                            for piece in outlet_apart(named_alone, tokens):
                                for person in people_apart(piece, tokens, nlp):
                                    found.extend(retyped(person, tokens, nlp))
    found = completed(without_craft(continued(found, tokens, starts, nlp), tokens, nlp), tokens, nlp)
    found = surnames_retyped(shouted_names(repeated_names(found, tokens, nlp), tokens), tokens, nlp)
    found += missed_names(found, analysis.text, tokens, starts, nlp)
    return listed(sorted(found + lexicon_names(found, tokens, nlp), key=lambda m: m.first), tokens)


def people_apart(mention: Mention, tokens: list[Token], nlp: NLP) -> list[Mention]:
    """"В помощники Биллу Гейтсу Михалков обозначил …": two people the tagger joined, parted where the case
    changes."""
    words = [t.text for t in tokens[mention.first:mention.last]]
    at = case_break(words, nlp) if mention.type == "PER" else 0
    if not at:
        return [mention]
    return [Mention("PER", mention.first, mention.first + at), Mention("PER", mention.first + at, mention.last)]


def sentence_starts(analysis: Analysis, tokens: list[Token]) -> set[int]:
    """Indexes of the tokens that begin a sentence or a line (after any opening punctuation)."""
    starts, index = set(), 0
    for sentence in analysis.sentences:
        first = index
        while first < index + len(sentence.tokens) and not tokens[first].text[:1].isalnum():
            first += 1
        starts.add(first)
        index += len(sentence.tokens)
    starts.update(i for i in range(1, len(tokens))
                  if "\n" in analysis.text[tokens[i - 1].stop:tokens[i].start])
    return starts
