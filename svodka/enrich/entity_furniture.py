"""Page furniture that is no entity: time zones, feed words, share buttons, photo credits and bylines,
and common words that a sentence merely begins with."""

from __future__ import annotations

from svodka.enrich.entity_lexicon import (
    CREDITS,
    KINDS,
    LEGAL_FORMS,
    NOT_NAMES,
    PERSONAL_PRONOUNS,
    SEATS,
    SOCIAL,
    TIME_WORDS,
    UNIONS,
    ZONE_WORDS,
)
from svodka.enrich.entity_spans import Mention, following, quoted
from svodka.enrich.entity_words import (
    is_common,
    is_common_word,
    is_thing,
    lemma,
)
from svodka.enrich.nlp import NLP, Token

TIME_OR_LEGAL = TIME_WORDS | LEGAL_FORMS  # a lone word of either is no name
UNIONS_AND_SEATS = UNIONS | SEATS


def is_furniture(mention: Mention, text: str, tokens: list[Token], starts: set[int], nlp: NLP) -> bool:
    """Whether the mention is page furniture, or a common word that a sentence merely begins with."""
    words = [tokens[i].text for i in range(mention.first, mention.last)]
    if not any(c.isalpha() for w in words for c in w):
        return True
    if len(words) == 1 and (words[0].lower() in TIME_OR_LEGAL or (len(words[0]) == 1 and not quoted(mention, tokens))):
        # a legal form alone names no one: "ПАО" is as often a module of a spacecraft; one letter is an
        # initial or a list's mark, but a quoted one is a name (Kommersant's "Ъ": 'заявил "Ъ"')
        return True
    start = tokens[mention.first].start
    if start > 0 and text[start - 1] in "./@":
        return True  # a domain (".РФ"), an address
    if len(words) > 1 and words[0].lower() in PERSONAL_PRONOUNS and quoted(mention, tokens) and not (
            mention.first > 1 and lemma(tokens[mention.first - 2].text, nlp) in KINDS):
        return True  # "«Он поклялся»: принц …": words someone said, quoted; but "движение «Мы вместе»" is a name
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
            and lemma(words[0], nlp) not in UNIONS_AND_SEATS):
        return True  # "Лёд тронулся": only capitalised by the sentence (a surname may be a thing too: "Шнур")
    after = tokens[mention.last].text if mention.last < len(tokens) else ""
    if len(words) == 1 and not quoted(mention, tokens) and opens_common_phrase(words[0], after, nlp):
        return True  # "в Инфляционном отчете Нацбанка": a capitalised title's adjective, no name
    return len(words) == 1 and is_common_word(words[0], mention.first in starts, nlp)


def opens_common_phrase(word: str, after: str, nlp: NLP) -> bool:
    """Whether a word is only an adjective to pymorphy3 and agrees with the lower-case noun after it:
    alone it names nothing ("Инфляционном" of "Инфляционном отчете")."""
    if not after.isalpha() or not after.islower() or not nlp.known(word.lower()):
        return False
    adjectives = nlp.parse(word.lower())
    if not all(p.tag.POS == "ADJF" for p in adjectives):
        return False
    forms = {(p.tag.case, p.tag.number, p.tag.gender) for p in adjectives}  # a plural adjective has no gender
    nouns = {(p.tag.case, p.tag.number, p.tag.gender if p.tag.number == "sing" else None)
             for p in nlp.parse(after) if p.tag.POS == "NOUN"}
    return bool(forms & nouns)


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
