"""The base forms of an article's mentions, read in their context: the case a preposition before a
mention allows, a noun in apposition ("христианку Асию Биби"), a verb that agrees ("Асия Биби уехала"),
and the gender one mention shows carried over to the same name elsewhere in the article.

The word-level rules are in `svodka.enrich.normal` and `svodka.enrich.person_names`; this module gathers what the text around says.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from svodka.enrich.entity_lexicon import KIN_LEMMAS, QUOTES
from svodka.enrich.entity_words import may_be_nominative
from svodka.enrich.nlp import NLP, Token
from svodka.enrich.normal import (
    LOCATIVE_REACH,
    PREPOSITION_CASES,
    Context,
    fold,
    mention_cases,
    phrase_normal,
)
from svodka.enrich.person_names import PERSON_REACH, appositive_readings, person_normal

STEM, ENDING = 3, 2  # a declined name keeps all but the last two letters of its nominative, and at least three
APPOSED_REACH = 4  # words between a title and the name: "министром внутренних дел Хорстом"

if TYPE_CHECKING:
    from svodka.enrich.entity_spans import Mention


def verb_gender(tokens: list[Token], after: int, nlp: NLP) -> str:
    """The gender of a past-tense verb or short participle just after a mention: "Асия Биби уехала"."""
    for token in tokens[after:after + 3]:
        if token.text in QUOTES:
            continue  # "«Удинезе» заявил"
        parse = nlp.parse(token.text.lower())[0]
        if parse.tag.POS in ("VERB", "PRTS") and parse.tag.gender in ("masc", "femn"):
            return str(parse.tag.gender)
        if not token.text[:1].islower():
            return ""
    return ""


def mention_context(tokens: list[Token], mention: Mention, nlp: NLP, words: set[str], starts: set[int]) -> Context:
    """What the words around a mention tell about its case and gender."""
    before = [tokens[i].text.lower() for i in range(max(0, mention.first - 20), mention.first)]
    opening = not before or not before[-1][:1].isalnum() or mention.first in starts
    reach = PERSON_REACH if mention.type == "PER" else LOCATIVE_REACH
    person = mention.type == "PER" and bool(before)
    inverted = inverted_verb_gender(tokens, mention.first, nlp) if person else ""
    cases = mention_cases(before, reach)
    if mention.type != "PER" and attributed(tokens, mention.first, nlp):
        cases = ("nomn",)  # "…, сообщает Примпогода": the subject; a dative told falls back to every case
    return Context(cases, words, subject=opening or bool(inverted),
                   verb_gender=inverted or verb_gender(tokens, mention.last, nlp), place=mention.type == "LOC",
                   appositive=apposed(tokens, mention, nlp) if person else frozenset(),
                   # 'в «Роскосмосе»': the preposition before the mark governs the name
                   governed=next((w for w in reversed(before) if w not in QUOTES), "") in PREPOSITION_CASES)


def inverted_verb_gender(tokens: list[Token], first: int, nlp: NLP) -> str:
    """The gender of a past verb that opens an attribution before the name: "», — подчеркнула Амина":
    the name is the verb's subject, as after a quotation it nearly always is (after a plain comma it
    may be the object: ", спросила Петрова")."""
    if first < 3 or tokens[first - 2].text not in DASHES or tokens[first - 3].text not in ("»", '"', "”", ","):
        return ""
    parse = nlp.parse(tokens[first - 1].text.lower())[0]
    if parse.tag.POS in ("VERB", "PRTS", "ADJS") and parse.tag.gender in ("masc", "femn"):
        return str(parse.tag.gender)
    return ""


DASHES = frozenset({"—", "–", "-"})
ATTRIBUTION_OPENERS = DASHES | {","}
# verbs of reporting whose subject follows them after a comma ("…, сообщает Примпогода"); any verb would
# take its object too ("…, достигнет Германии")
REPORTING = frozenset("сообщать сообщить передавать передать писать заявлять заявить информировать уточнять "
                      "уточнить отмечать отметить говорить сказать подчеркнуть подчёркивать подчеркивать".split())


def attributed(tokens: list[Token], first: int, nlp: NLP) -> bool:
    """Whether a verb of reporting after a comma, a dash or "как" comes right before the mention ("…,
    сообщает Х", "Как уточняет Примпогода, …")."""
    if first < 2 or (tokens[first - 2].text not in ATTRIBUTION_OPENERS and tokens[first - 2].text.lower() != "как"):
        return False
    parse = nlp.parse(tokens[first - 1].text.lower())[0]
    return parse.tag.POS == "VERB" and str(parse.normal_form) in REPORTING


def shown_genders(tokens: list[Token], mentions: list[Mention], contexts: list[Context]) -> dict[str, str]:
    """The words of people's names whose gender a verb shows where they are a subject ("— подчеркнула
    Амина"); a word shown with both genders is left out."""
    seen: dict[str, set[str]] = {}
    for m, c in zip(mentions, contexts, strict=True):
        if m.type == "PER" and c.subject and c.verb_gender:
            for j in range(m.first, m.last):
                seen.setdefault(fold(tokens[j].text), set()).add(c.verb_gender)
    return {w: g.pop() for w, g in seen.items() if len(g) == 1}


def apposed(tokens: list[Token], mention: Mention, nlp: NLP) -> frozenset[tuple[str, str]]:
    """The (case, gender) readings of the noun a person's name stands in apposition to: the word before it,
    or before the genitives that say whose title it is ("президенту Пакистана Мамнуну", "министром
    внутренних дел Хорстом"). A lone surname after a noun of kin is as often whose kin it is: "Мать
    Роналду" is Ronaldo's mother, no woman "Роналда" ("мать Долореш Авейру" has her first name)."""
    first = mention.first
    for i in range(first - 1, max(-1, first - 1 - APPOSED_REACH), -1):
        word = tokens[i].text
        if not word[:1].isalpha():
            break
        readings = appositive_readings(word.lower(), nlp)  # "Христианку Асию Биби" begins a sentence
        if readings and mention.last - first == 1 and i == first - 1 and nlp.parse(word.lower())[0].normal_form in KIN_LEMMAS \
                and not any("Name" in p.tag and p.tag.gender == "femn" for p in nlp.parse(tokens[first].text.lower())[:3]):
            return frozenset()  # "жена Меланья", "дочь Ариану": a woman's first name is hers
        if readings or (word[:1].islower() and nlp.parse(word)[0].tag.case != "gent"):
            return readings
    return frozenset()


def mention_normals(text: str, tokens: list[Token], mentions: list[Mention], nlp: NLP, starts: set[int]) -> list[str]:
    """The base forms of the mentions. A person's name read where its gender shows (a noun in apposition, a
    verb that agrees) is evidence for the same name elsewhere in the article: "христианку Асию Биби" is a
    woman, so "освободить Асию Биби" later is too, though pymorphy3 knows only a man's "Асий". So is a name
    read as written in its own context ("Асия Биби сказала"), though pymorphy3 knows "Асия" only as a
    genitive; a word known only so elsewhere is no evidence ("Бориса" for "Борису")."""
    words = {fold(t.text) for t in tokens if t.text[:1].isupper() and may_be_nominative(t.text, nlp)}
    contexts = [mention_context(tokens, m, nlp, words, starts) for m in mentions]
    normals = [mention_normal(text, tokens, m, nlp, c) for m, c in zip(mentions, contexts, strict=True)]
    shown = {fold(w) for m, c, n in zip(mentions, contexts, normals, strict=True)
             if m.type == "PER" and (c.appositive or (c.subject and c.verb_gender)) for w in n.split()}
    shown |= {fold(w) for m, n in zip(mentions, normals, strict=True) if m.type == "PER"
              for w in set(n.split()) & set(text[tokens[m.first].start:tokens[m.last - 1].stop].split())}
    gendered = shown_genders(tokens, mentions, contexts)
    for i, (m, c) in enumerate(zip(mentions, contexts, strict=True)):
        genders = {gendered.get(fold(tokens[j].text)) for j in range(m.first, m.last)} - {None}
        if m.type == "PER" and len(genders) == 1 and not (c.subject and c.verb_gender):
            contexts[i] = replace(c, shown_gender=genders.pop() or "")
            normals[i] = mention_normal(text, tokens, m, nlp, contexts[i])
    new = shown - words
    if not new:
        return normals
    for i, (m, c) in enumerate(zip(mentions, contexts, strict=True)):
        if m.type == "PER" and any(may_read_as(fold(tokens[j].text), new) for j in range(m.first, m.last)):
            normals[i] = mention_normal(text, tokens, m, nlp, replace(c, words=words | shown))
    return normals


def may_read_as(word: str, nominatives: set[str]) -> bool:
    """Whether a word may be a declined form of one of the nominatives: it differs from one in its ending
    only ("асию" of "асия", "курцем" of "курц")."""
    return any(word != n and word[:max(STEM, len(n) - ENDING)] == n[:max(STEM, len(n) - ENDING)] for n in nominatives)


def mention_normal(text: str, tokens: list[Token], mention: Mention, nlp: NLP, context: Context) -> str:
    """The mention in base form, with the text's own spacing between its words."""
    own = [tokens[i].text for i in range(mention.first, mention.last)]
    normal = person_normal if mention.type == "PER" else phrase_normal
    forms = normal(own, nlp, context)
    out, at = [], tokens[mention.first].start
    for i, form in zip(range(mention.first, mention.last), forms, strict=True):
        out.append(text[at:tokens[i].start])
        out.append(form)
        at = tokens[i].stop
    return "".join(out)


def written_surnames(mentions: Sequence[Mention], texts: list[str], normals: list[str]) -> list[str]:
    """"Поля Погба" read as "Поль Погб" beside "Поль Погба": a surname the article never writes is
    the written one that extends it by a letter, for the same first name (an indeclinable name cut
    as if declined)."""
    written = {w for i, m in enumerate(mentions) if m.type == "PER" for w in texts[i].split()}
    full = {(words[0], words[-1]) for i, m in enumerate(mentions)
            if m.type == "PER" and len(words := normals[i].split()) > 1}
    out = list(normals)
    for i, m in enumerate(mentions):
        words = normals[i].split()
        if m.type != "PER" or len(words) < 2 or words[-1] in written:
            continue
        longer = {s for first, s in full if first == words[0] and s in written
                  and len(s) == len(words[-1]) + 1 and s.startswith(words[-1])}
        if len(longer) == 1:
            out[i] = " ".join([*words[:-1], longer.pop()])
    return out


def written_full_names(mentions: Sequence[Mention], texts: list[str], normals: list[str], nlp: NLP) -> list[str]:
    """"Лионеле Месси", "Диего Марадоне" (words pymorphy3 cannot put in the nominative) beside "Лионель
    Месси", "Диего Марадона" written as such: a full name the article writes in its base form, its
    first name a nominative, is the name of the mentions that differ from it only in their endings."""
    def nominative_name(word: str) -> bool:
        return any(p.tag.case == "nomn" and "Name" in p.tag for p in nlp.parse(word.lower())[:3])

    written = {texts[i] for i, m in enumerate(mentions) if m.type == "PER" and normals[i] == texts[i]
               and len(texts[i].split()) == 2 and nominative_name(texts[i].split()[0])}
    out = list(normals)
    for i, m in enumerate(mentions):
        words = normals[i].split()
        if m.type != "PER" or len(words) != 2 or normals[i] in written:
            continue
        # a declined form differs from its base form in the ending alone: "Петровского" is no form of
        # "Петров", "Роналду-младшим" none of "Роналду"
        same = {name for name in written if all(
            a == b or (may_read_as(fold(a), {fold(b)}) and abs(len(a) - len(b)) <= 1 and not (k == 0 and nominative_name(a)))
            for k, (a, b) in enumerate(zip(words, name.split(), strict=True)))}
        if len(same) == 1:
            out[i] = same.pop()
    return out
