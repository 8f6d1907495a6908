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
* a quoted craft or work is no organisation ("шаттл «Дискавери»"), nor is a legal form alone ("ПАО");
* an organisation's name of several words, found once, is its name wherever it recurs ("Голос Америки:");
* page furniture is no entity: time zones, feed words, share buttons, photo credits and bylines.

Base forms are in `svodka.enrich.normal` (read in each mention's context by `svodka.enrich.mention_forms`), what
one word is in `svodka.enrich.entity_words`, the linking of mentions to one entity in `svodka.enrich.linking`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from svodka.enrich.entity_lexicon import (
    ARTICLED,
    BODIES,
    CIRCUMSTANCES,
    CONTINUATION_WORDS,
    CONTINUING,
    CRAFT,
    CREDITS,
    GENERIC_BODIES,
    KINDS,
    LEGAL_FORMS,
    NOT_NAMES,
    OPENING,
    PREPOSITIONS,
    QUOTED_NAME_WORDS,
    QUOTES,
    ROLES,
    SEPARATORS,
    SOCIAL,
    TIME_WORDS,
    UNIONS,
    ZONE_WORDS,
)
from svodka.enrich.entity_words import (
    is_common,
    is_common_word,
    is_country,
    is_descriptor,
    is_full_name,
    is_institution,
    is_name_adjective,
    is_org_initials,
    is_place_word,
    is_surname,
    is_thing,
    lemma,
    lemma_phrase,
)
from svodka.enrich.linking import link_mentions, title_mentions
from svodka.enrich.mention_forms import mention_normals
from svodka.enrich.nlp import NLP, Analysis, Token
from svodka.enrich.normal import fold, person_readings
from svodka.model import Entity


@dataclass
class Mention:
    """A name found in the text: its type and tokens [first, last) of `Analysis.tokens`."""

    type: str
    first: int
    last: int
    quoted: bool = False  # the whole of a quoted name: not to be cut at its dashes


def find_entities(analysis: Analysis, nlp: NLP, titles: bool = True) -> list[Entity]:
    """The entities of the analysed text, in text order; with `titles`, also the titles that refer back to
    a person named before ("министр" → canonical "Сергей Лавров"), which are no names of their own."""
    tokens = analysis.tokens
    mentions = named_mentions(analysis, tokens, nlp)
    starts = sentence_starts(analysis, tokens)
    normals = mention_normals(analysis.text, tokens, mentions, nlp, starts)
    texts = [analysis.text[tokens[m.first].start:tokens[m.last - 1].stop] for m in mentions]
    entities = link_mentions(tokens, mentions, texts, normals, nlp)
    if titles:
        entities += title_mentions(analysis.text, tokens, mentions, entities, nlp)
    return sorted(entities, key=lambda e: (e.start, e.stop))


def named_mentions(analysis: Analysis, tokens: list[Token], nlp: NLP) -> list[Mention]:
    """slovnet's spans, cut and corrected by the rules above, furniture dropped, missed places added."""
    index = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.stop: i + 1 for i, t in enumerate(tokens)}
    starts = sentence_starts(analysis, tokens)
    raw = [Mention(s.type, index[s.start], ends[s.stop]) for s in analysis.spans
           if s.start in index and s.stop in ends]
    found = []
    for whole in quoted_names(raw, tokens):
        parts = [whole] if whole.quoted else separated(whole, analysis.text, tokens)
        for part in parts:
            for named in unquoted(part, tokens, nlp):
                mention = trimmed(named, tokens, starts, nlp)
                if mention and not is_furniture(mention, analysis.text, tokens, starts, nlp):
                    found.extend(retyped(mention, tokens, nlp))
    found = repeated_names(without_craft(continued(found, tokens, starts, nlp), tokens, nlp), tokens, nlp)
    return sorted(found + missed_names(found, analysis.text, tokens, starts, nlp), key=lambda m: m.first)


def without_craft(mentions: list[Mention], tokens: list[Token], nlp: NLP) -> list[Mention]:
    """The mentions without the quoted names of craft and works, which slovnet tags as organisations:
    "шаттл «Дискавери»", "станции «Мир»"; the same name elsewhere in the article is the craft too."""
    craft = {quoted_words(m, tokens) for m in mentions
             if m.type == "ORG" and m.first > 1 and tokens[m.first - 1].text in OPENING
             and lemma(tokens[m.first - 2].text, nlp) in CRAFT and may_be_nominative(tokens[m.first].text, nlp)}
    return [m for m in mentions if m.type != "ORG" or quoted_words(m, tokens) not in craft]


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


def may_be_nominative(word: str, nlp: NLP) -> bool:
    """Whether a quoted name may be in the nominative, as a name in apposition is ("станции «Мир»"); one in
    an oblique case is the owner ("станция «Водоканала»")."""
    return not nlp.known(word.lower()) or any(p.tag.case == "nomn" for p in nlp.parse(word.lower()))


def quoted_words(mention: Mention, tokens: list[Token]) -> str:
    return " ".join(fold(tokens[i].text) for i in range(mention.first, mention.last))


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


def quoted_names(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """An organisation's name begun in quotes runs to the closing quote: «Путь Грузии», «Новый Регион —
    Екатеринбург» (slovnet often tags only its first words, or a place in it)."""
    out: list[Mention] = []
    for m in mentions:
        if out and out[-1].quoted and m.first < out[-1].last:
            continue
        close = closing_quote(tokens, m.first - 1) if m.type == "ORG" and m.first > 0 else None
        if close is not None and close >= m.last:
            out.append(Mention("ORG", m.first, close, quoted=True))
        else:
            out.append(m)
    return out


def closing_quote(tokens: list[Token], opening: int) -> int | None:
    """The index of the quote that closes the one at `opening`, if the quoted words are few enough for a name."""
    if tokens[opening].text not in OPENING:
        return None
    for i in range(opening + 1, min(len(tokens), opening + 2 + QUOTED_NAME_WORDS)):
        if tokens[i].text in QUOTES:
            return i if tokens[i].text not in OPENING or tokens[i].text == '"' else None
    return None


def missed_names(found: list[Mention], text: str, tokens: list[Token], starts: set[int], nlp: NLP) -> list[Mention]:
    """Words slovnet left untagged although the article names them elsewhere ("Вертинского" after
    "Александр Вертинский"), and words that can only be places ("чемпионат Европы")."""
    known: dict[str, set[str]] = defaultdict(set)  # a word as written, or a surname's nominative → types
    for m in found:
        if m.last - m.first == 1 or m.type == "PER":
            known[fold(tokens[m.last - 1].text)].add(m.type)
    near = {i for m in found for i in range(m.first - 1, m.last + 1)}
    out = []
    for i, token in enumerate(tokens):
        word = token.text
        if i in near or not word[:1].isupper() or len(word) < 2 or (token.start and text[token.start - 1] in "./@"):
            continue
        if is_capitalised(tokens, i + 1) or (i not in starts and is_capitalised(tokens, i - 1)):
            continue  # part of a longer name slovnet chose not to tag ("Виктор Понедельник", "Си Цзиньпин")
        if (i in starts and is_common(word, nlp)) or (i and tokens[i - 1].text in QUOTES):
            continue  # «Тангейзер» is an opera, «Колумбия» a shuttle
        kinds = known.get(fold(word)) or person_surname(word, known, nlp)
        if kinds and len(kinds) == 1:
            out.append(Mention(next(iter(kinds)), i, i + 1))
        elif not word.isupper() and len(word) > 2 and is_place_word(word, nlp):
            out.append(Mention("LOC", i, i + 1))
    return out


def is_capitalised(tokens: list[Token], i: int) -> bool:
    return 0 <= i < len(tokens) and tokens[i].text[:1].isupper()


def person_surname(word: str, known: dict[str, set[str]], nlp: NLP) -> set[str]:
    """{"PER"} when a declined form of a surname the article gives ("Вертинскому"), else nothing."""
    forms = {fold(r.nominative) for r in person_readings(word, nlp)}
    return {"PER"} if any(known.get(f) == {"PER"} for f in forms) else set()


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


def separated(mention: Mention, text: str, tokens: list[Token]) -> list[Mention]:
    """The mention cut at brackets, bullets, commas, dashes and line breaks inside it."""
    parts, first = [], mention.first
    for i in range(mention.first, mention.last):
        if tokens[i].text in SEPARATORS:
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
    inner = [i for i in range(mention.first, mention.last) if tokens[i].text in OPENING]
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
    if (mention.type != "ORG" and first in starts and first < mention.last - 1
            and is_common(tokens[first].text, nlp) and nlp.parse(tokens[first].text.lower())[0].tag.POS == "NOUN"):
        first += 1
    last = mention.last
    while last > first + 1 and tokens[last - 1].text[:1].islower() and is_common_word(tokens[last - 1].text, False, nlp):
        last -= 1  # "Большого переняло": a verb after a name is none of it
    if first < last and (lemma(tokens[first].text, nlp) in ROLES and first == last - 1):
        return None
    return stripped(Mention(mention.type, first, last), tokens) if first < last else None


def is_furniture(mention: Mention, text: str, tokens: list[Token], starts: set[int], nlp: NLP) -> bool:
    """Whether the mention is page furniture, or a common word that a sentence merely begins with."""
    words = [tokens[i].text for i in range(mention.first, mention.last)]
    if not any(c.isalpha() for w in words for c in w):
        return True
    if len(words) == 1 and (words[0].lower() in TIME_WORDS | LEGAL_FORMS or len(words[0]) == 1):
        return True  # a legal form alone names no one: "ПАО" is as often a module of a spacecraft
    start = tokens[mention.first].start
    if start > 0 and text[start - 1] in "./@":
        return True  # a domain (".РФ"), an address
    if " ".join(words).lower() in NOT_NAMES:
        return True  # a word for no one in particular ("СМИ")
    if words[-1].lower() in ZONE_WORDS or following(tokens, mention.last) in ZONE_WORDS:
        return True  # a time zone: "по московскому времени"
    line = line_of(text, start)
    if is_credit(line) or is_share_line(line):
        return True
    if len(words) == 1 and mention.type == "ORG" and not quoted(mention, tokens) and is_common(words[0], nlp) and lemma(words[0], nlp) in KINDS:
        return True  # "Правительства", "Суд", "Группы": what an organisation is, not its name
    if (len(words) == 1 and mention.type != "ORG" and mention.first in starts and is_thing(words[0], nlp)
            and lemma(words[0], nlp) not in UNIONS):
        return True  # "Лёд тронулся": only capitalised by the sentence (a surname may be a thing too: "Шнур")
    return len(words) == 1 and is_common_word(words[0], mention.first in starts, nlp)


def following(tokens: list[Token], i: int) -> str:
    return tokens[i].text.lower() if i < len(tokens) else ""


def line_of(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    stop = text.find("\n", offset)
    return text[start:stop if stop >= 0 else len(text)]


def is_credit(line: str) -> bool:
    """A photo credit or byline: "Фото: Reuters", "Текст: Иван Петров", "© РИА Новости"."""
    lower = line.strip().lower()
    return any(lower.startswith(word) and lower[len(word):len(word) + 3].strip()[:1] in (":", "—", "-", "©", "")
               for word in CREDITS) and len(lower.split()) <= 12


def is_share_line(line: str) -> bool:
    """A row of share buttons or channel links: every word on it is a service or a share word."""
    words = [w.strip(".,:;!?•|«»\"()").lower() for w in line.split()]
    words = [w for w in words if w]
    return bool(words) and len(words) <= 12 and all(w in SOCIAL for w in words)


def retyped(mention: Mention, tokens: list[Token], nlp: NLP) -> list[Mention]:
    """The mention with its type corrected, a ministry's country split off as a place of its own."""
    words = [tokens[i].text for i in range(mention.first, mention.last)]
    phrase = " ".join(w.lower() for w in words)
    if phrase in UNIONS or lemma_phrase(words, nlp) in UNIONS:
        return [Mention("ORG", mention.first, mention.last)]
    if mention.type == "PER" and len(words) > 1 and words[0].startswith(ARTICLED):
        # "Аль-Джазиры Сами аль-Хадж": a capitalised Arabic article begins an organisation's name; in a
        # person's name it is lower case inside it ("Сами аль-Хадж")
        return [Mention("ORG", mention.first, mention.first + 1), Mention("PER", mention.first + 1, mention.last)]
    if mention.type == "PER" and len(words) == 1 and is_place_word(words[0], nlp):
        return [Mention("LOC", mention.first, mention.last)]
    if mention.type == "LOC" and len(words) == 1 and is_surname(words[0], nlp):
        return [Mention("PER", mention.first, mention.last)]
    if mention.type != "PER" and not quoted(mention, tokens) and is_full_name(words, nlp):
        return [Mention("PER", mention.first, mention.last)]
    if mention.type == "ORG" and len(words) > 2 and is_org_initials(words[-1]) and not is_org_initials(words[-2]):
        return [Mention("ORG", mention.first, mention.last - 1), Mention("ORG", mention.last - 1, mention.last)]
    if mention.type != "ORG" or len(words) < 2 or not is_country(words[-1], nlp):
        return [mention]
    if tokens[mention.last - 2].text.lower() in PREPOSITIONS:
        return [mention]
    body = Mention("ORG", mention.first, mention.last - 1)
    place = Mention("LOC", mention.last - 1, mention.last)
    if len(words) > 2 or is_institution(words[0], nlp):
        return [body, place]
    # one word before the country: "МЧС России" splits, "Голос Америки" and "Совет Европы" are names
    return [place] if lemma(words[0], nlp) in GENERIC_BODIES else [mention]


def quoted(mention: Mention, tokens: list[Token]) -> bool:
    return mention.first > 0 and tokens[mention.first - 1].text in QUOTES

