"""Where a name found by slovnet begins and ends: its spans cut at brackets, bullets, commas, dashes and
line breaks, quotes and legal forms and role words taken off, a quoted name kept whole to its closing quote,
a body's name continued after "при"/"по", and an organisation's name of several words found wherever it recurs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from svodka.enrich.entity_lexicon import (
    BODIES,
    CIRCUMSTANCES,
    CONTINUATION_WORDS,
    CONTINUING,
    CRAFT,
    DANGLING,
    DOMAINS,
    LEGAL_FORMS,
    OPENING,
    ORG_HEADS,
    QUOTED_NAME_WORDS,
    QUOTES,
    ROLES,
    SEPARATORS,
)
from svodka.enrich.entity_words import (
    abbreviation_before_name,
    head_noun,
    is_common,
    is_common_word,
    is_descriptor,
    is_first_name,
    is_name_adjective,
    lemma,
    may_be_nominative,
    named_pair,
    tags_agree,
)
from svodka.enrich.nlp import NLP, Token

# an agency's name right after a person's ("Р-Спорт"): no part of a name
OUTLET_CODE = re.compile(r"[А-ЯA-Z]-[А-ЯA-Z][а-яa-z]+")  # not capitals alone: "Павел ЦОЙ" is a name


@dataclass
class Mention:
    """A name found in the text: its type and tokens [first, last) of `Analysis.tokens`."""

    type: str
    first: int
    last: int
    quoted: bool = False  # the whole of a quoted name: not to be cut at its dashes


def quoted_names(mentions: list[Mention], tokens: list[Token], text: str) -> list[Mention]:
    """An organisation's name begun in quotes runs to the closing quote: «Путь Грузии», «Новый Регион —
    Екатеринбург» (slovnet often tags only its first words, or a place in it). A quote opened on the
    next line is another name's: "… в киевском Динамо ⏎ Полузащитник итальянской “Аталанты”"."""
    out: list[Mention] = []
    for m in mentions:
        if out and out[-1].quoted and m.first < out[-1].last:
            continue
        close = closing_quote(tokens, m.first - 1) if m.type == "ORG" and m.first > 0 else None
        inner = next((i for i in range(m.first + 1, m.last) if opening_at(tokens, i)
                      and "\n" not in text[tokens[m.first].start:tokens[i].start]), None)
        shut = closing_quote(tokens, inner) if m.type == "ORG" and inner is not None else None
        if close is not None and close >= m.last:
            out.append(Mention("ORG", m.first, close, quoted=True))
        elif shut is not None and shut >= m.last:
            # 'РГП "Казгидромет', 'ФБА "Экономика': a name opened in quotes inside the span, closed after it
            out.append(Mention("ORG", m.first, shut + 1, quoted=True))
        else:
            out.append(m)
    return out


def opening_at(tokens: list[Token], i: int) -> bool:
    """Whether token i opens quotes: «, „, “, or a straight quote with a space before it and a word
    right after it ('РГП "Казгидромет"')."""
    text = tokens[i].text
    if text in OPENING:
        return True
    return (text == '"' and i + 1 < len(tokens) and tokens[i + 1].start == tokens[i].stop
            and (i == 0 or tokens[i - 1].stop < tokens[i].start) and tokens[i + 1].text[:1].isalnum())


def closing_quote(tokens: list[Token], opening: int) -> int | None:
    """The index of the quote that closes the one at `opening`, if the quoted words are few enough for a name."""
    if not opening_at(tokens, opening):
        return None
    for i in range(opening + 1, min(len(tokens), opening + 2 + QUOTED_NAME_WORDS)):
        if tokens[i].text in QUOTES:
            return i if tokens[i].text not in OPENING or tokens[i].text == '"' else None
    return None


def headed(mentions: list[Mention], tokens: list[Token], nlp: NLP) -> list[Mention]:
    """slovnet's spans with a capitalised body's head joined to the organisation's name right after it:
    "Главном управлении" + "МЧС" is "Главном управлении МЧС", "Следственный департамент" + "МВД" one name."""
    out: list[Mention] = []
    for m in mentions:
        before = out[-1] if out else None
        if (before is not None and before.type == m.type == "ORG" and before.last == m.first
                and tokens[before.first].text[:1].isupper() and tokens[m.first].text[:1].isupper()
                and is_head(tokens[before.first:before.last], tokens[m.first].text, nlp)):
            out[-1] = Mention("ORG", before.first, m.last)
        else:
            out.append(m)
    return out


def is_head(words: list[Token], name: str, nlp: NLP) -> bool:
    """Whether the words are a body's head ("Главном управлении": adjectives and a noun of ORG_HEADS)
    that the name after them completes; not its own initials ("Главного оперативного управления ГОУ")."""
    texts = [w.text for w in words]
    # a bare capitalised unit ("Управлении ФСБ по Москве") is left to the quote step, which reads it with
    # the region it serves (svodka.enrich.quotes_units)
    return (len(texts) > 1 and lemma(texts[-1], nlp) in ORG_HEADS and head_noun(texts, nlp) == texts[-1]
            and name.lower() != "".join(t[:1] for t in texts).lower())


def with_domains(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """The spans with a domain suffix glued to their last word taken in: "Диверсант.RU", "Газета.ру"."""
    out = []
    for m in mentions:
        last = m.last
        if (last + 1 < len(tokens) and tokens[last].text == "." and tokens[last + 1].text.lower() in DOMAINS
                and glued(tokens, last) and glued(tokens, last + 1)):
            last += 2
        out.append(Mention(m.type, m.first, last, m.quoted))
    return out


def glued(tokens: list[Token], i: int) -> bool:
    """Whether token `i` is written on to the one before it, with no space between."""
    return 0 < i < len(tokens) and tokens[i].start == tokens[i - 1].stop


def completed(mentions: list[Mention], tokens: list[Token], nlp: NLP) -> list[Mention]:
    """Organisations whose name ends in a capitalised adjective taken on to the capitalised noun it agrees
    with: "Университета Южной" + "Калифорнии" (a mention of that noun is then part of the name)."""
    extended = {id(m): m.last + 1 for m in mentions
                if m.type == "ORG" and m.last < len(tokens) and tokens[m.last].text[:1].isupper()
                and tokens[m.last - 1].text[:1].isupper() and agrees(tokens[m.last - 1].text, tokens[m.last].text, nlp)}
    taken = {last - 1 for last in extended.values()}
    return [Mention("ORG", m.first, extended[id(m)], m.quoted) if id(m) in extended else m
            for m in mentions if not (m.last - m.first == 1 and m.first in taken)]


def agrees(adjective: str, noun: str, nlp: NLP) -> bool:
    """Whether `adjective` may be an adjective agreeing with `noun` in case, number, gender."""
    if adjective.isupper() or not nlp.known(adjective.lower()):
        return False  # initials ("ФСФР") or a word pymorphy3 only guesses an adjective
    adjectives = [p.tag for p in nlp.parse(adjective.lower()) if p.tag.POS == "ADJF"]
    nouns = [p.tag for p in nlp.parse(noun.lower()) if p.tag.POS == "NOUN"]
    return any(tags_agree(a, n) for a in adjectives for n in nouns)


def separated(mention: Mention, text: str, tokens: list[Token]) -> list[Mention]:
    """The mention cut at brackets, bullets, commas, dashes and line breaks inside it."""
    parts, first = [], mention.first
    for i in range(mention.first, mention.last):
        # a hyphen with spaces round it is typed for a dash ("INTERFAX.RU - Управление …")
        spaced = tokens[i].text == "-" and 0 < i < len(tokens) - 1 and tokens[i - 1].stop < tokens[i].start < tokens[i].stop < tokens[i + 1].start
        if tokens[i].text in SEPARATORS or spaced:
            parts.append(Mention(mention.type, first, i))
            first = i + 1
        elif i > first and "\n" in text[tokens[i - 1].stop:tokens[i].start]:
            parts.append(Mention(mention.type, first, i))
            first = i
    parts.append(Mention(mention.type, first, mention.last))
    return [p for p in parts if p.last > p.first]


def unquoted(mention: Mention, tokens: list[Token], nlp: NLP) -> list[Mention]:
    """The mention without its quotes, a quoted name whole to its closing quote; a head before a quoted
    name is a name of its own only if it is no descriptor ("ОАО", "НАК", "концерн")."""
    # a straight quote opens an organisation's name; inside a person's it is a nickname ('Хосе Рамон "Мон" Ривас')
    inner = [i for i in range(mention.first, mention.last)
             if (opening_at(tokens, i) if mention.type == "ORG" else tokens[i].text in OPENING)]
    parts = [mention]
    if inner and inner[0] > mention.first:
        head = Mention(mention.type, mention.first, inner[0])
        words = [tokens[i].text for i in range(head.first, head.last)]
        described = all(is_descriptor(w, nlp) or not w[:1].isalpha() for w in words)
        close = closing_quote(tokens, inner[0])
        last = close if close is not None and close > mention.last else mention.last
        parts = ([] if described or mention.type != "ORG" else [head]) + [Mention(mention.type, inner[0], last)]
    return [p for p in (stripped(p, tokens) for p in parts) if p.last > p.first]


def stripped(mention: Mention, tokens: list[Token]) -> Mention:
    """The mention without quotes and punctuation at its ends."""
    first, last = mention.first, mention.last
    while first < last and not tokens[first].text[:1].isalnum():
        first += 1
    while last > first and not tokens[last - 1].text[-1:].isalnum() and tokens[last - 1].text != ".":
        last -= 1
    while last > first and tokens[last - 1].text == "." and not abbreviated(tokens[first:last - 1]):
        last -= 1  # a full stop ends a sentence, not a name
    return Mention(mention.type, first, last)


def abbreviated(words: list[Token]) -> bool:
    """Whether a name ends in a word its full stop belongs to: an initial ("В. Л."), "Co.", "Jr."."""
    last = words[-1].text if words else ""
    return (0 < len(last) <= 3 and last[:1].isupper() and not last.isupper()) or len(last) == 1


def trimmed(mention: Mention, tokens: list[Token], starts: set[int], nlp: NLP) -> Mention | None:
    """The mention without legal forms and role words in front (None when nothing is left); a person or
    place also without a common noun that begins the sentence ("Поддержку Кирсану Илюмжинову")."""
    first = mention.first
    while first < mention.last - 1 and (tokens[first].text.lower() in LEGAL_FORMS
                                         or lemma(tokens[first].text, nlp) in ROLES):
        first += 1
    while mention.type == "PER" and first < mention.last - 1 and any(c.isdigit() for c in tokens[first].text):
        first += 1  # "команды Формулы-1 Эдди Джордан": no person's name has a digit
    while (mention.type == "PER" and first < mention.last - 1
           and abbreviation_before_name(tokens[first].text, tokens[first + 1].text)):
        first += 1  # "Боец ММА Джонсон"
    if mention.type == "PER" and mention.last - first > 1 and OUTLET_CODE.fullmatch(tokens[mention.last - 1].text):
        mention = Mention("PER", first, mention.last - 1)  # "цитирует Матыцина Р-Спорт": the agency after the name
    if (mention.type != "ORG" and first in starts and first < mention.last - 1
            and is_common(tokens[first].text, nlp) and nlp.parse(tokens[first].text.lower())[0].tag.POS == "NOUN"
            and not (mention.type == "PER" and mention.last - first == 2
                     and named_pair(tokens[first].text, tokens[first + 1].text, nlp))):
        first += 1
    last = mention.last
    closed = last < len(tokens) and tokens[last].text in QUOTES and quoted(mention, tokens)
    while (not closed and last > first + 1 and tokens[last - 1].text[:1].islower()
           and is_common_word(tokens[last - 1].text, False, nlp)):
        last -= 1  # "Большого переняло": a verb after a name is none of it; a quoted name is whole («Русская правда»)
    while last > first + 1 and tokens[last - 1].text.islower() and (
            tokens[last - 1].text in DANGLING or nlp.parse(tokens[last - 1].text)[0].tag.POS == "PREP"):
        last -= 1  # "Фонд Форум и": a name never ends in a conjunction or preposition, not even a quoted one
    if first < last and (lemma(tokens[first].text, nlp) in ROLES and first == last - 1):
        return None
    if first == last - 1 and tokens[first].text.isalpha() and tokens[first].text.islower() \
            and nlp.parse(tokens[first].text)[0].tag.POS in ("ADJF", "PRTF"):
        return None  # "Полузащитник итальянской “Аталанты”": an adjective left of a name cut off is no name
    return stripped(Mention(mention.type, first, last), tokens) if first < last else None


def continued(mentions: list[Mention], tokens: list[Token], starts: set[int], nlp: NLP) -> list[Mention]:
    """Organisations whose name goes on after "при" or "по", which slovnet cuts off at the head noun:
    "Следственного комитета при прокуратуре", "Отдела по взаимоотношениям Церкви и общества"; only after
    a body that such names have ("комитет", "комиссия"), not "сайте Кремля по итогам встречи"."""
    persons = {m.first for m in mentions if m.type == "PER"}
    out = []
    for m in mentions:
        last = m.last
        head = tokens[m.last - 1].text
        if (m.type == "ORG" and following(tokens, m.last) in CONTINUING and lemma(head, nlp) in BODIES
                and following(tokens, m.last + 1) not in CIRCUMSTANCES):
            last = continuation_end(tokens, m.last + 1, persons | starts, nlp)
        first = m.first - 1 if m.type == "ORG" and qualified(tokens, m.first, starts, nlp) else m.first
        out.append(Mention(m.type, first, last if last > m.last + 1 else m.last, m.quoted))
    return out


def qualified(tokens: list[Token], i: int, starts: set[int], nlp: NLP) -> bool:
    """Whether the organisation's name at `i` begins with the lower-case adjective before it ("синодального
    Отдела"): slovnet leaves it out when the head is a common noun capitalised as a name's head is."""
    return (i > 0 and i not in starts and tokens[i].text[:1].isupper() and tokens[i - 1].text[:1].islower()
            and is_common(tokens[i].text, nlp) and is_name_adjective(tokens[i - 1].text, tokens[i].text, nlp))


def continuation_end(tokens: list[Token], i: int, stops: set[int], nlp: NLP) -> int:
    """Where the words after "при"/"по" in an organisation's name end: the last noun before punctuation, a
    verb, a person or a new sentence, within a few words."""
    end = i
    for j in range(i, min(len(tokens), i + CONTINUATION_WORDS)):
        word = tokens[j].text
        if j in stops or not word[:1].isalpha():
            break
        tag = nlp.parse(word.lower())[0].tag
        if word.lower() == "и":
            continue
        if tag.POS not in ("NOUN", "ADJF", "PRTF") and not word[:1].isupper():
            break
        if tag.POS == "NOUN" or word[:1].isupper():
            end = j + 1
    return end


def repeated_names(mentions: list[Mention], tokens: list[Token], nlp: NLP) -> list[Mention]:
    """An organisation's name of several words, found once, is its name wherever its words recur
    capitalised: "Голос Америки:" after «Голоса Америки», where slovnet tags only "Америки"."""
    names = {tuple(lemma(tokens[i].text, nlp) for i in range(m.first, m.last))
             for m in mentions if m.type == "ORG" and m.last - m.first > 1}
    if not names:
        return list(mentions)  # no name of several words: spare a parse of every capitalised word
    heads = {name[0] for name in names}
    out = list(mentions)
    for i, token in enumerate(tokens):
        if not token.text[:1].isupper() or lemma(token.text, nlp) not in heads:
            continue
        for name in names:
            last = i + len(name)
            if last > len(tokens) or tuple(lemma(t.text, nlp) for t in tokens[i:last]) != name:
                continue
            inside = [m for m in out if m.first < last and i < m.last]
            if all(i <= m.first and m.last <= last and (m.first, m.last) != (i, last) for m in inside):
                out = [m for m in out if m not in inside] + [Mention("ORG", i, last)]
    return out


def shouted_names(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """A person's name the article gives, set elsewhere with the surname in capitals ("Роман БЕЗУС:"
    in a sports headline), which slovnet does not tag: the same person."""
    names = {tuple(t.text.lower() for t in tokens[m.first:m.last]) for m in mentions
             if m.type == "PER" and m.last - m.first > 1}
    if not names:
        return list(mentions)
    heads = {name[0] for name in names}
    taken = {i for m in mentions for i in range(m.first, m.last)}
    out = list(mentions)
    for i, token in enumerate(tokens):
        if i in taken or not token.text[:1].isupper() or token.text.lower() not in heads:
            continue
        for name in names:
            last = i + len(name)
            words = tokens[i:last]
            if (last <= len(tokens) and tuple(t.text.lower() for t in words) == name
                    and any(t.text.isupper() and len(t.text) > 2 for t in words) and not taken & set(range(i, last))):
                out.append(Mention("PER", i, last))
                taken |= set(range(i, last))
                break
    return sorted(out, key=lambda m: m.first)


def without_craft(mentions: list[Mention], tokens: list[Token], nlp: NLP) -> list[Mention]:
    """The mentions without the names of craft and works, which slovnet tags as organisations: "шаттл
    «Дискавери»", "станции «Мир»", "телескопа Хаббл", "Космический телескоп Хаббл"; a quoted name the
    article gives a craft is the craft wherever it recurs ("после «Дискавери»", "с «Союзом»")."""
    craft = {lemma(tokens[i + 1].text, nlp) for i in range(1, len(tokens) - 1)
             if tokens[i].text in OPENING and lemma(tokens[i - 1].text, nlp) in CRAFT
             and may_be_nominative(tokens[i + 1].text, nlp)}
    return [m for m in mentions if m.type != "ORG" or not is_craft(m, tokens, craft, nlp)]


def is_craft(mention: Mention, tokens: list[Token], craft: set[str], nlp: NLP) -> bool:
    """Whether an organisation's mention names a craft: a quoted name the article gives a craft, a name
    right after a word for a craft, or one that a word for a craft begins."""
    if quoted(mention, tokens):
        return tokens[mention.first - 1].text in OPENING and lemma(tokens[mention.first].text, nlp) in craft
    words = [tokens[i].text for i in range(mention.first, mention.last)]
    if mention.first and lemma(tokens[mention.first - 1].text, nlp) in CRAFT:
        return may_be_nominative(words[0], nlp)
    return len(words) > 1 and lemma(head_noun(words, nlp), nlp) in CRAFT and words[-1][:1].isupper()


def quoted(mention: Mention, tokens: list[Token]) -> bool:
    return mention.first > 0 and tokens[mention.first - 1].text in QUOTES


def following(tokens: list[Token], i: int) -> str:
    return tokens[i].text.lower() if i < len(tokens) else ""


def holder_apart(mention: Mention, tokens: list[Token], nlp: NLP) -> list[Mention]:
    """"профессора Каролинского Института Сюзанны Ларссон": after a role, an organisation that ends
    in a first name and a surname is the role's organisation, then its holder — unlike "Фонд
    Владимира Потанина" with no role before it, a body named after a person."""
    if mention.type != "ORG" or mention.first == 0 or lemma(tokens[mention.first - 1].text, nlp) not in ROLES:
        return [mention]
    role_cases = {p.tag.case for p in nlp.parse(tokens[mention.first - 1].text.lower())[:3]}
    for i in range(mention.first + 1, mention.last - 1):
        rest = tokens[i:mention.last]
        if tokens[i - 1].text.lower() in ("имени", "им"):
            return [mention]  # "Центра имени Юрия Гагарина": the body is named after him
        # the holder agrees with the role in case ("профессора … Сюзанны Ларссон"); "Президент Фонда
        # Андрея Первозванного" is the foundation's name
        agrees = any(p.tag.case in role_cases for p in nlp.parse(tokens[i].text.lower())[:3])
        if (agrees and is_first_name(tokens[i].text, nlp) and len(rest) <= 3
                and all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in rest)):
            return [Mention("ORG", mention.first, i), Mention("PER", i, mention.last)]
    return [mention]


LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z.&'-]*")
CYRILLIC_WORD = re.compile(r"[А-ЯЁа-яё][А-ЯЁа-яё-]*")
ROMAN = re.compile(r"[IVXLC]+")


def club_apart(mention: Mention, tokens: list[Token], nlp: NLP) -> list[Mention]:
    """"Растолстевший Мэттью Перри": an adjective or participle the tagger glued to the front of a full
    name is no part of it. (An unknown word there may be a club, "Лейкерс Кобе Брайант", but as often a
    surname before a first name and patronymic or a foreign name's first part: left as tagged.)"""
    if mention.type != "PER" or mention.last - mention.first < 3:
        return [mention]
    word, after = tokens[mention.first].text, tokens[mention.first + 1].text
    parses = nlp.parse(word.lower())[:4]
    if not word[:1].isupper() or parses[0].tag.POS not in ("ADJF", "PRTF") or any(
            "Name" in p.tag or "Surn" in p.tag or "Patr" in p.tag for p in parses):
        return [mention]  # "Белый Андрей Иванович": a surname that is an adjective too
    if not (after[:1].isupper() and any("Name" in p.tag for p in nlp.parse(after.lower())[:4])):
        return [mention]
    return [Mention("PER", mention.first + 1, mention.last)]


def outlet_apart(mention: Mention, tokens: list[Token]) -> list[Mention]:
    """"цитирует де Брюйне HLN.be", "приводит слова Матерацци AS": a name written in Cyrillic ends
    before the Latin words after it, the outlet that quotes the person."""
    words = [tokens[i].text for i in range(mention.first, mention.last)]
    if mention.type != "PER" or len(words) < 2 or not CYRILLIC_WORD.fullmatch(words[0]):
        return [mention]
    # "Елизавета II": a regnal number is part of the name
    cut = next((k for k in range(1, len(words)) if LATIN_WORD.fullmatch(words[k]) and not ROMAN.fullmatch(words[k])
                and all(LATIN_WORD.fullmatch(w) for w in words[k:])), None)
    if cut is None or not all(CYRILLIC_WORD.fullmatch(w) for w in words[:cut]):
        return [mention]
    return [Mention("PER", mention.first, mention.first + cut), Mention("ORG", mention.first + cut, mention.last)]
