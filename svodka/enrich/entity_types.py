"""What a mention is (PER / ORG / LOC) where slovnet's type is wrong, and the names slovnet missed: a
ministry's country split off as a place, unions of states and seats of power as organisations, a first name
and a surname as a person, a word the article names elsewhere."""

from __future__ import annotations

import re
from collections import defaultdict

from svodka.enrich.entity_lexicon import (
    ARTICLED,
    FACILITIES,
    GENERIC_BODIES,
    LIST_SEPARATORS,
    LOWERCASE_NAMES,
    ORG_HEADS,
    PLACE_KINDS,
    PLACE_PREPOSITIONS,
    PREPOSITIONS,
    QUOTES,
    SEATS,
    SPEAKING_REACH,
    STATIONS,
    UNIONS,
)
from svodka.enrich.entity_spans import Mention, agrees, glued, quoted
from svodka.enrich.entity_words import (
    head_noun,
    is_common,
    is_country,
    is_first_name,
    is_full_name,
    is_institution,
    is_org_initials,
    is_org_word,
    is_person_word,
    is_place_word,
    is_surname,
    lemma,
    lemma_phrase,
    tags_agree,
)
from svodka.enrich.nlp import NLP, Token
from svodka.enrich.normal import fold
from svodka.enrich.person_names import person_readings

# social networks written in Cyrillic, which slovnet reads as people ("в Инстаграме" → "Инстаграма")
NETWORK = re.compile(r"(?:инстаграм|фейсбук|твиттер|телеграмм?|ютуб|тикток)(?:а|е|у|ом)?(?:-канал\w*)?|вконтакте")


def retyped(mention: Mention, tokens: list[Token], nlp: NLP) -> list[Mention]:
    """The mention with its type corrected, a ministry's country split off as a place of its own."""
    words = [tokens[i].text for i in range(mention.first, mention.last)]
    phrase = " ".join(w.lower() for w in words)
    if len(words) == 1 and NETWORK.fullmatch(phrase):
        # a network is an organisation; "Telegram-канал", "YouTube-канала" alone are a kind of channel,
        # whose name follows ("Telegram-канал Mash")
        return [] if "-канал" in phrase else [Mention("ORG", mention.first, mention.last)]
    if len(words) == 1 and phrase.endswith(("-канал", "-канала", "-канале", "-каналу", "-каналом")) \
            and phrase.split("-")[0] in ("telegram", "youtube", "tiktok"):
        return []
    lemmas = lemma_phrase(words, nlp)
    if phrase in UNIONS or lemmas in UNIONS:
        return [Mention("ORG", mention.first, mention.last)]
    kind = place_or_power(mention, tokens, {phrase, lemmas}, nlp)
    if kind:
        return [Mention(kind, mention.first, mention.last)]
    if mention.type == "PER" and len(words) == 1 and modifies(words[0], following_word(tokens, mention.last), nlp):
        return []  # "Королёвских чтениях", "Пушкинской премии": an adjective of a name is no person
    if mention.type == "PER" and len(words) > 1 and words[0].startswith(ARTICLED):
        # "Аль-Джазиры Сами аль-Хадж": a capitalised Arabic article begins an organisation's name; in a
        # person's name it is lower case inside it ("Сами аль-Хадж")
        return [Mention("ORG", mention.first, mention.first + 1), Mention("PER", mention.first + 1, mention.last)]
    if mention.type != "ORG" and len(words) == 1 and is_org_word(words[0], nlp):
        return [Mention("ORG", mention.first, mention.last)]
    if mention.type == "PER" and len(words) == 1 and is_place_word(words[0], nlp):
        return [Mention("LOC", mention.first, mention.last)]
    if mention.type == "LOC" and len(words) == 1 and is_surname(words[0], nlp):
        return [Mention("PER", mention.first, mention.last)]
    if mention.type != "PER" and not quoted(mention, tokens) and is_full_name(words, nlp):
        return [Mention("PER", mention.first, mention.last)]
    if (mention.type == "ORG" and len(words) > 2 and is_org_initials(words[-1]) and not is_org_initials(words[-2])
            and not (words[-2] == "." and glued(tokens, mention.last - 1)) and lemma(words[-2], nlp) not in ORG_HEADS):
        # "Диверсант.RU" and "Главном управлении МЧС" are one name each
        return [Mention("ORG", mention.first, mention.last - 1), Mention("ORG", mention.last - 1, mention.last)]
    if mention.type != "ORG" or len(words) < 2 or not is_country(words[-1], nlp) or quoted(mention, tokens):
        return [mention]  # a quoted name is whole: «Новый свет Мьянмы»
    if tokens[mention.last - 2].text.lower() in PREPOSITIONS or agrees(words[-2], words[-1], nlp):
        return [mention]  # "Университета Южной Калифорнии": an adjective makes the country part of the name
    if words[-2].lower() in ("и", "или"):
        return [mention]  # "Организация солидарности народов Азии и Африки": the pair of places is the name's
    body = Mention("ORG", mention.first, mention.last - 1)
    place = Mention("LOC", mention.last - 1, mention.last)
    if len(words) > 2 or is_institution(words[0], nlp):
        return [body, place]
    # one word before the country: "МЧС России" splits, "Голос Америки" and "Совет Европы" are names
    return [place] if lemma(words[0], nlp) in GENERIC_BODIES else [mention]


def place_or_power(mention: Mention, tokens: list[Token], names: set[str], nlp: NLP) -> str:
    """LOC or ORG for a name that is a place or an institution by what it is and where it stands ("" for
    any other): a seat of power, a space station, a quoted airport or stadium, a building or ground."""
    if names & SEATS:
        return seat_type(mention, tokens, nlp)
    if names & STATIONS or (quoted(mention, tokens) and mention.first > 1
                            and lemma(tokens[mention.first - 2].text, nlp) in PLACE_KINDS):
        return "LOC"  # "МКС", "аэропорту «Домодедово»"
    words = [tokens[i].text for i in range(mention.first, mention.last)]
    if mention.type == "ORG" and not quoted(mention, tokens) and lemma(head_noun(words, nlp), nlp) in FACILITIES:
        return "LOC"  # "во Дворце молодёжи", "Вашингтонском аэропорту"
    return ""


def following_word(tokens: list[Token], i: int) -> str:
    return tokens[i].text if i < len(tokens) else ""


def modifies(word: str, noun: str, nlp: NLP) -> bool:
    """Whether `word` is an adjective agreeing with the lower-case noun after it (pymorphy3's first
    readings of both): "Королёвских чтениях"; a surname in the genitive is none ("Вертинского песни")."""
    if not noun[:1].islower():
        return False
    adjective, head = nlp.parse(word.lower())[0].tag, nlp.parse(noun)[0].tag
    return adjective.POS == "ADJF" and head.POS == "NOUN" and tags_agree(adjective, head)


def listed(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """The mentions (in text order) with a person listed between two places a place: "Чили • Коста Рика •
    Эквадор" (slovnet takes a foreign two-word name for a person's; an organisation may be listed with
    states: "Соединённые Штаты, Евросоюз, Китай")."""
    out = list(mentions)
    for i in range(1, len(out) - 1):
        before, m, after = out[i - 1], out[i], out[i + 1]
        if (m.type == "PER" and before.type == after.type == "LOC" and before.last + 1 == m.first
                and m.last + 1 == after.first and tokens[m.first - 1].text in LIST_SEPARATORS
                and tokens[m.last].text in LIST_SEPARATORS):
            out[i] = Mention("LOC", m.first, m.last, m.quoted)
    return out


def seat_type(mention: Mention, tokens: list[Token], nlp: NLP) -> str:
    """A seat of power is the place where something happens in it ("оформлено в Кремле", "выступал в Белом
    доме") and the power itself where it acts or speaks ("Кремль опроверг", "в Кремле заявили")."""
    before = tokens[mention.first - 1].text.lower() if mention.first else ""
    if before not in PLACE_PREPOSITIONS:
        return "ORG"
    for token in tokens[mention.last:mention.last + SPEAKING_REACH]:
        tag = nlp.parse(token.text.lower())[0].tag
        if tag.POS == "VERB" and tag.number == "plur" and tag.person not in ("1per", "2per"):
            return "ORG"  # "в Кремле (их) отрицают": an indefinite "they" is the institution
        if not token.text[:1].isalpha():
            break
    return "LOC"


def missed_names(found: list[Mention], text: str, tokens: list[Token], starts: set[int], nlp: NLP) -> list[Mention]:
    """Words slovnet left untagged although the article names them elsewhere ("Вертинского" after
    "Александр Вертинский"), and words that can only be places ("чемпионат Европы")."""
    known: dict[str, set[str]] = defaultdict(set)  # a word as written, or a surname's nominative → types
    for m in found:
        if m.last - m.first == 1 or m.type == "PER":
            known[fold(tokens[m.last - 1].text)].add(m.type)
    near = {i for m in found for i in range(m.first - 1, m.last + 1)}
    # the word right after a name (and in or before none): at a sentence's start it may open a name of its own
    only_after = {m.last for m in found} - {i for m in found for i in range(m.first - 1, m.last)}
    # the surname of a full name, as written: a person's even where it is also a common word
    surnames = {fold(tokens[m.last - 1].text) for m in found if m.type == "PER" and m.last - m.first > 1}
    # and its nominative: "Печёный заявил" at a paragraph's start after "Владимира Печёного"
    nominatives = {fold(r.nominative) for m in found if m.type == "PER" and m.last - m.first > 1
                   for r in person_readings(tokens[m.last - 1].text, nlp) if r.case == "nomn" or not r.written}
    out: list[Mention] = []
    for i, token in enumerate(tokens):
        word = token.text
        if (i in near and not (i in starts and i in only_after)) or not word[:1].isupper() or len(word) < 2 \
                or (token.start and text[token.start - 1] in "./@"):
            continue  # "… Колымы ⏎ Печёный заявил": a line's first word after a name is read on its own
        if out and out[-1].last > i:
            continue
        if is_first_name(word, nlp) and is_capitalised(tokens, i + 1) and i + 1 not in near and tokens[i + 1].text.isalpha() \
                and not tokens[i + 1].text.isupper() and not is_capitalised(tokens, i + 2) \
                and (i in starts or not is_capitalised(tokens, i - 1)):
            out.append(Mention("PER", i, i + 2))  # a first name and a word slovnet did not take for a surname
            continue
        if is_capitalised(tokens, i + 1) or (i not in starts and is_capitalised(tokens, i - 1)):
            continue  # part of a longer name slovnet chose not to tag ("Си Цзиньпин")
        named = fold(word) in surnames or fold(word) in nominatives
        if (i in starts and is_common(word, nlp) and not named) or (i and tokens[i - 1].text in QUOTES):
            continue  # «Тангейзер» is an opera, «Колумбия» a shuttle; "Фигу: …" after "Луиш Фигу" a surname
        kinds = known.get(fold(word)) or person_surname(word, known, nlp) or ({"PER"} if named else set())
        if kinds and len(kinds) == 1:
            out.append(Mention(next(iter(kinds)), i, i + 1))
        elif not word.isupper() and len(word) > 2 and is_place_word(word, nlp):
            out.append(Mention("LOC", i, i + 1))
        elif not word.isupper() and len(word) > 2 and is_org_word(word, nlp):
            out.append(Mention("ORG", i, i + 1))
        elif i not in starts and not word.isupper() and len(word) > 2 and is_person_word(word, nlp):
            out.append(Mention("PER", i, i + 1))
    return out


STEM = 4  # letters a lower-case name's first word keeps in all its forms ("интернете", "большой")
LOWERCASE_FIRSTS = frozenset(phrase[0] for phrase in LOWERCASE_NAMES)
LOWERCASE_STEMS = tuple({first[:STEM] for first in LOWERCASE_FIRSTS})  # a cheap test before the lemma's


def lexicon_names(found: list[Mention], tokens: list[Token], nlp: NLP) -> list[Mention]:
    """Names written in lower case, which slovnet does not tag: "в интернете", "большой двадцатки"."""
    covered = {i for m in found for i in range(m.first, m.last)}
    out = []
    for i, token in enumerate(tokens):
        if (i in covered or not fold(token.text).startswith(LOWERCASE_STEMS)
                or fold(lemma(token.text, nlp)) not in LOWERCASE_FIRSTS):
            continue
        for phrase, kind in LOWERCASE_NAMES.items():
            last = i + len(phrase)
            if last <= len(tokens) and not covered & set(range(i, last)) and all(
                    fold(lemma(tokens[j].text, nlp)) == word for j, word in zip(range(i, last), phrase, strict=True)):
                out.append(Mention(kind, i, last))
                covered.update(range(i, last))
                break
    return out


def is_capitalised(tokens: list[Token], i: int) -> bool:
    return 0 <= i < len(tokens) and tokens[i].text[:1].isupper()


def person_surname(word: str, known: dict[str, set[str]], nlp: NLP) -> set[str]:
    """{"PER"} when a declined form of a surname the article gives ("Вертинскому"), else nothing."""
    forms = {fold(r.nominative) for r in person_readings(word, nlp)}
    return {"PER"} if any(known.get(f) == {"PER"} for f in forms) else set()


def surnames_retyped(found: list[Mention], tokens: list[Token], nlp: NLP) -> list[Mention]:
    """A lone word the tagger took for a place or a body that is the surname of a person the article names
    in full, declined, with no preposition before it: "По словам Мантурова" after "Денис Мантуров" (the
    town Мантурово to the tagger). After a preposition it stays a place ("в Вашингтоне")."""
    # (a first name, or a word the dictionary does not know: the tagger calls "Реал Сосьедад" a person too)
    surnames = {fold(tokens[m.last - 1].text): {"PER"} for m in found
                if m.type == "PER" and m.last - m.first > 1
                and (is_first_name(tokens[m.first].text, nlp) or not is_common(tokens[m.first].text, nlp))}
    out = []
    for m in found:
        word = tokens[m.first].text
        if m.type != "PER" and m.last - m.first == 1 and word[:1].isupper() and not word.isupper() \
                and not (m.first and fold(tokens[m.first - 1].text) in PLACE_PREPOSITIONS) \
                and person_surname(word, surnames, nlp):
            m = Mention("PER", m.first, m.last, m.quoted)
        out.append(m)
    return out
