"""Speakers' names in the form the guidelines want: the nominative, as the article writes it
("в Лыунаской прокуратуре" → "Лыунаская прокуратура", "ВО «Батькивщина»" undeclined), a person's
name from its oblique forms, and a body's stump name ("Нацбанк") recognised as its full one."""

from __future__ import annotations

from typing import Any

from svodka.enrich.quotes_lexicon import ANONYMOUS, ORG_KIND_WORDS, ORG_NOUNS
from svodka.enrich.quotes_text import Reader
from svodka.model import Entity

# what a body owns, named with the owner in the genitive ("пресс-служба «Спартака»"), not a kind of body
SITE_WORDS = frozenset("сайт портал страница аккаунт пресс-служба".split())


def as_written(reader: Reader, entity: Entity, name: str) -> str:
    """An organisation's name as the article writes it: a quoted name does not decline ("лидеры ВО
    «Батькивщина»"), "в Лыунаской прокуратуре" is "Лыунаская прокуратура"; and its quoted name
    after its kind ("ФКУ Упрдор «Южный Байкал»")."""
    if entity.start > 0 and reader.text[entity.start - 1:entity.start] in ("«", '"') and kind_before(reader, entity.start - 1):
        name = entity.text
    elif name == entity.text and len(name.split()) > 1 and name.split()[0][:1].isupper() and oblique(reader, entity):
        name = nominative_phrase(reader, entity.start, entity.stop)
    return with_quoted_name(reader, entity, name)


def kind_before(reader: Reader, mark: int) -> bool:
    """"партии «…»", "ВО «…»": a kind of organisation, or its abbreviation, before a quoted name."""
    k = reader.word_index(mark) - 1
    if k < 0:
        return False
    word = reader.words[k].text
    # "на сайте «Ростеха»": a site is the owner's, whose name is then declined, not a kind of body
    # (a sentence's capital "В" is no abbreviation: 'В "Ростехе" указали')
    return (word.isupper() and word.isalpha() and len(word) > 1) or reader.lemma(word) in (ORG_NOUNS | ORG_KIND_WORDS) - SITE_WORDS


def oblique(reader: Reader, entity: Entity) -> bool:
    """Whether an organisation's head noun is in an oblique case only ("прокуратуре")."""
    words = [w.text.lower() for w in reader.words_between(entity.start, entity.stop)]
    head = next((w for w in words if reader.nlp.known(w) and reader.parse(w)[0].tag.POS == "NOUN"), None)
    return head is not None and not any(p.tag.case == "nomn" for p in reader.parse(head)[:4])


def with_quoted_name(reader: Reader, entity: Entity, name: str) -> str:
    """"ФКУ Упрдор «Южный Байкал»": an organisation's kind followed by its quoted name is one name."""
    rest = reader.text[entity.stop:entity.stop + 2].lstrip(" ")
    if not rest.startswith(("«", '"')):
        return name
    for q in reader.quoted:
        if q.open_mark >= entity.stop and q.open_mark - entity.stop <= 1 and not q.speech:
            return f"{name} «{reader.text[q.start:q.stop].strip()}»"
    return name


def person_nominative(reader: Reader, name: str) -> str:
    """A person's base form put right where the tagger's is not: a common adjective before the name
    dropped ("Затравленная Тодоренко"), a first name or surname that the dictionary knows only in
    an oblique case put in the nominative ("Ксении Собчак", "Чулпан Хаматовой")."""
    words = name.split()
    if len(words) > 1 and words[0].isalpha():
        first = reader.parse(words[0].lower())[:3]
        if first[0].tag.POS in ("ADJF", "PRTF") and not any(is_named(p) for p in first):
            words = words[1:]
    # a name the base forms kept as written where it stands alone ("— подчеркнула Амина") is a nominative,
    # though pymorphy3 knows "Амина" only as a man's genitive; so is a first name before a woman's surname
    kept = {e.text for e in reader.entities if e.type == "PER" and e.normal == e.text and " " not in e.text}
    # (a surname the dictionary knows in -ова may be a man's genitive: "Андрея Козлова")
    woman = len(words) > 1 and words[-1].lower().endswith(FEMININE_SURNAME) and not reader.nlp.known(words[-1].lower())
    # the last word after a first name is a surname: its readings as a first name are none of its ("Хамид
    # Тани" is no "Таня")
    forms = ["-".join(part if part in kept else nominative_part(reader, part, woman, surname=0 < k == len(words) - 1)
                      for part in word.split("-"))
             for k, word in enumerate(words)]
    if len(words) > 2 and forms[0] == words[0] and forms[-1] == words[-1]:
        # "Тедрос Аданом Гебрейесус": the words around a name's middle one stand in the nominative, so it
        # does too, whatever the dictionary reads in it ("Аданом" as "Адан" in the instrumental)
        forms[1:-1] = words[1:-1]
    return " ".join(forms)


FEMININE_SURNAME = ("ова", "ева", "ёва", "ина", "ына", "ская", "цкая")


def nominative_part(reader: Reader, part: str, woman: bool = False, surname: bool = False) -> str:
    if not part.isalpha() or not part[:1].isupper() or reader.parse(part.lower())[0].tag.case == "nomn" \
            or not reader.nlp.known(part.lower()):
        return part
    # one person's name is singular: "Илон" read as a plural "Илон" (of "Илона") says nothing
    singular = [p for p in reader.parse(part.lower())
                if p.tag.number == "sing" and p.tag.case != "voct" and "Infr" not in p.tag]
    named = [p for p in singular if is_named(p) and not (woman and p.tag.gender == "masc")
             and not (surname and "Name" in p.tag and "Surn" not in p.tag)]
    # and only when all its readings are of one name ("Лидии": "Лидия" or "Лидий"? left alone)
    if not named or any(p.tag.case == "nomn" for p in singular) or len({p.normal_form for p in named}) > 1:
        return part
    form = named[0].inflect({"nomn"})
    return form.word.capitalize() if form is not None else part


def is_named(parse: Any) -> bool:
    return "Name" in parse.tag or "Surn" in parse.tag or "Patr" in parse.tag


def ending_only(a: str, b: str) -> bool:
    """"Айн" / "Айна": one is the other with a letter or two more, on a stem of three or more."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 3 and long.startswith(short) and len(long) - len(short) <= 2


def same_stem(a: str, b: str) -> bool:
    # "синха" / "синхи": a surname declines in its last letters only
    n = min(len(a), len(b)) - 1
    return n >= 3 and a[:n] == b[:n] and abs(len(a) - len(b)) <= 2


def nominative_phrase(reader: Reader, start: int, stop: int) -> str:
    """"таллинской мэрии" → "Таллинская мэрия", "сообществе анонимных алкоголиков" →
    "Сообщество анонимных алкоголиков": up to the head noun, agreeing with it; its dependents stay."""
    words = reader.words_between(start, stop)
    parses = [reader.parse(w.text.lower())[0] for w in words]
    if parses and parses[0].tag.POS == "PREP":
        return reader.text[start:stop].strip("«»\"“”„ ")  # "«За рулем»": a title, its words not a phrase to decline
    # the first noun the dictionary knows: "Лыунаской" is guessed a noun from its ending
    head = next((k for k, p in enumerate(parses) if p.tag.POS == "NOUN" and reader.nlp.known(p.word)),
                next((k for k, p in enumerate(parses) if p.tag.POS == "NOUN"), len(words) - 1))
    gender = parses[head].tag.gender if words else None
    # the words before the head agree with it: read them as adjectives where they can be
    parses[:head] = [next((q for q in reader.parse(w.text.lower())[:4] if q.tag.POS == "ADJF"), p)
                     for w, p in zip(words[:head], parses[:head], strict=True)]
    out = []
    for w, p in zip(words[:head + 1], parses[:head + 1], strict=True):
        wanted = {"nomn", "sing"} | ({gender} if gender and p.tag.POS == "ADJF" else set())
        form = p.inflect(wanted) if p.tag.case != "nomn" or p.tag.POS == "ADJF" else None
        low = w.text.lower()
        if p.tag.POS == "ADJF" and gender == "femn" and not reader.nlp.known(low) and low.endswith(("ой", "ей")):
            # "Екатеринбурской" (a misspelling the dictionary does not know): its ending, not a guess
            out.append(low[:-2] + ("ая" if low.endswith("ой") else "яя"))
            continue
        out.append(form.word if form is not None else low)
    out.extend(w.text for w in words[head + 1:])
    phrase = " ".join(out)
    return phrase[:1].upper() + phrase[1:]


def plural_nominative(reader: Reader, low: str) -> str:
    """A plural noun in the nominative ("синоптиков" → "синоптики"); any other word as it is."""
    if low in ANONYMOUS:
        return low
    parse = reader.parse(low)[0]
    if parse.tag.POS != "NOUN" or parse.tag.number != "plur":
        return low
    form = parse.inflect({"nomn", "plur"})
    return str(form.word) if form is not None else low
