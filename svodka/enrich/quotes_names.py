"""Speaker references and the names in them: a `Ref` records how an attribution names its speaker
(an entity, a pronoun, a role, an organisation noun, …), and the helpers here read the names the
tagger missed ("адвокат Яков Аджиашвили") and the case a name is in ("о Гарри Поттере")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from svodka.enrich.entity_lexicon import KIN_LEMMAS
from svodka.enrich.entity_words import abbreviation_before_name
from svodka.enrich.nlp import Token
from svodka.enrich.normal import NAME_ENDINGS
from svodka.enrich.quotes_lexicon import LOCATIVE, ORG_NOUNS
from svodka.enrich.quotes_text import Reader
from svodka.model import Entity

Spans = list[tuple[int, int]]


@dataclass
class Ref:
    """A speaker reference as written: kind is "entity", "pronoun", "role", "orgnoun", "outlet"
    (a channel that is the only one named), "title" (a quoted name, as written) or "anonymous" ("источник", "эксперты")."""

    kind: str
    start: int
    stop: int
    entity: Entity | None = None
    gender: str | None = None
    org: Entity | None = None  # the organisation a spokesperson speaks for
    owned: bool = False  # somebody's role ("агент игрока"): resolved only to a person introduced so
    written: bool = False  # the entity stands as a subject: its words as written are the nominative


def name_after(reader: Reader, words: list[Token], stop: int) -> Ref | None:
    """"адвокат Яков Аджиашвили" when the tagger left the name out: the capitalised first names and
    surnames right after a role, up to three, skipping the role's lowercase dependents."""
    k = 0
    while k < len(words) and k < 7 and (words[k].text[:1].islower() or is_org(reader, words[k])
                                        or eponym_word(words, k)):
        if words[k].text.isalpha() and reader.parse(words[k].text.lower())[0].tag.POS in PREDICATES:
            return None  # "Режиссер была довольна работой дочери Абулова": the role's clause goes on without a name
        k += 1
    if k >= len(words):
        return None
    entity = reader.entity_at(words[k].start)
    if entity is not None and entity.type == "PER" and entity.stop <= stop:
        return Ref("entity", entity.start, entity.stop, entity)
    place = reader.place_at(words[k].start)
    if place is not None and place.start == words[k].start:
        return None  # "Герцогиня Сассекская": a title's place, no name
    ref = name_starting_at(reader, words, k, stop)
    text = reader.text[ref.start:ref.stop] if ref is not None else ""
    if ref is None or (" " not in text and not any("Surn" in p.tag for p in reader.parse(text.lower())[:2])):
        return None
    return ref


PREDICATES = frozenset({"VERB", "ADJS", "PRTS", "INFN", "GRND"})
EPONYM_WORDS = ("имени", "им")  # razdel splits "им." into "им" and "."


def eponym_word(words: list[Token], k: int) -> bool:
    """"директор института имени Ивана Эрисмана Николай Брико": the name after "имени" is the body's,
    up to two capitalised words."""
    before = [w for w in words[max(0, k - 3):k] if w.text != "."]  # "им. Бехтерева": razdel parts off the point
    return words[k].text[:1].isupper() and any(w.text.lower() in EPONYM_WORDS for w in before[-2:]) and (
        before[-1].text.lower() in EPONYM_WORDS or before[-1].text[:1].isupper())


def name_starting_at(reader: Reader, words: list[Token], k: int, stop: int) -> Ref | None:
    """The run of up to three capitalised name words from words[k], an abbreviation before them left
    out ("Боец ММА Джонсон")."""
    if k + 1 < len(words) and abbreviation_before_name(words[k].text, words[k + 1].text):
        k += 1
    run = []
    for w in words[k:k + 3]:
        if w.stop > stop or not reader.is_name(w.text) or reader.entity_at(w.start) is not None:
            break
        run.append(w)
    return Ref("name", run[0].start, run[-1].stop) if run else None


def name_ending_at(reader: Reader, words: list[Token], k: int) -> Ref | None:
    """"Кристиан Нуайе также высказался": a name the tagger missed, read back from its last word."""
    first = k
    while first > 0 and k - first < 2 and reader.is_name(words[first - 1].text):
        first -= 1
    run = words[first:k + 1]
    tags = [p.tag for w in run for p in reader.parse(w.text.lower())[:2]]
    if not any("Name" in t or "Surn" in t for t in tags) or (len(run) == 1 and not any("Surn" in t for t in tags)):
        return None
    return Ref("name", run[0].start, run[-1].stop)


def known_name(reader: Reader, word: str) -> bool:
    """A sentence's capitalised first word is a name only when the dictionary says so ("Путин")."""
    tag = reader.parse(word.lower())[0].tag
    return "Name" in tag or "Surn" in tag


def is_org(reader: Reader, w: Token) -> bool:
    entity = reader.entity_at(w.start)
    return entity is not None and entity.type == "ORG"


def nominative_person(reader: Reader, entity: Entity) -> bool:
    """Whether a person's name can stand as a subject: some word nominative (foreign surnames do not
    decline) unless the surname says otherwise ("о волшебнике Гарри Поттере", "врач Борисовой")."""
    words = entity.text.split()
    return not oblique_surname(reader, words[-1], first_names=len(words) == 1) and some_word_nominative(reader, entity)


def some_word_nominative(reader: Reader, entity: Entity) -> bool:
    """Whether some word of the name may be a nominative ("предупреждала Глеба" has none); a surname
    the person's full name ends in unchanged is one ("Максим Выборных" … "сказал Выборных"), and so is
    a lone first name it begins with ("Амина Назаралиева" … "подчеркнула Амина")."""
    canonical = (entity.canonical or "").split()
    written = entity.text.split()
    return any(reader.name_nominative(x) for x in written) or (
        len(canonical) > 1 and (written[-1] == canonical[-1] or written == canonical[:1]))


def kin_of(reader: Reader, role: Token, name: Ref | Entity) -> bool:
    """"супруга Дмитренко", "жена принца Гарри": a bare surname, or a name after a title in the
    genitive, after a kin noun is whose kin; "сестра Алла" names her."""
    if not role.text.isalpha() or not role.text[1:].islower() or reader.lemma(role.text) not in KIN_LEMMAS:
        return False
    between = [w for w in reader.words_between(role.stop, name.start) if w.text.isalpha() and w.text.islower()]
    titles = [reader.parse(w.text)[0] for w in between]
    gender = reader.name_gender(reader.text[name.start:name.stop])
    first = reader.text[name.start:name.stop].split()[0].lower()
    genitive = any((p.tag.case == "gent" and p.tag.number == "sing") or "Fixd" in p.tag for p in reader.parse(first)[:3])
    if gender is not None and genitive and any(t.tag.case == "gent" and t.tag.POS == "NOUN" and t.tag.gender == gender
                                               for t in titles):
        # "жена принца Гарри": the prince's wife; "муж певицы Евгений Гор", "сын президента Дмитрий
        # Петров" name the husband and the son (their names are no genitives)
        return True
    entity = name if isinstance(name, Entity) else name.entity
    if entity is not None and genitive and entity.normal and entity.normal != entity.text:
        return True  # "мама Александра Петрова заявляла": the name is declined, so it is whose mother
    words = reader.text[name.start:name.stop].split()
    return not any("Name" in p.tag for w in words for p in reader.parse(w.lower())[:2])


def role_of_declined(reader: Reader, role: Token, entity: Entity, gender: str | None) -> bool:
    """"Агент Андрея Аршавина заявил", "адвокат Ивана Петрова": a role in the nominative before a person's
    name declined into the genitive is that person's agent or lawyer, who speaks; the name is not the
    subject ("адвокат Иван Петров" names the lawyer). The first name decides, as the dictionary knows
    it: a genitive, and no nominative of the verb's gender ("Ивана" is also a woman's name)."""
    parse = reader.role_parse(role.text, subject=True)
    if entity.type != "PER" or entity.normal == entity.text or parse is None or parse.tag.number != "sing":
        return False  # "слова главы департамента Алексея Фурсина": "главы" is no subject, the name its own
    first = entity.text.split()[0].lower()
    names = [p for p in reader.parse(first)[:4] if "Name" in p.tag] if reader.nlp.known(first) else []
    return any(p.tag.case == "gent" and p.tag.number == "sing" for p in names) and not any(
        p.tag.case == "nomn" and (gender is None or (gender != "plur" and p.tag.gender == gender)) for p in names)


def oblique_surname(reader: Reader, word: str, first_names: bool = True) -> bool:
    """"Поттере", "Ходорковского": a word the dictionary knows as a name only in oblique cases. After a
    first name (`first_names` False) only its readings as a surname or patronymic count: "Хамид Тани"
    is no "Таня" in the genitive, but a foreign surname that does not decline."""
    if not reader.nlp.known(word.lower()):
        return False  # "Рингайзе": a guess from the ending, foreign names do not decline
    # one person: singular readings only ("Джабаров" is no plural genitive of a name "Джабар")
    parses = [p for p in reader.parse(word.lower())[:6] if p.tag.number != "plur"]
    names = [p for p in parses if "Surn" in p.tag or ("Name" in p.tag and first_names) or "Patr" in p.tag]
    return bool(names) and not any(p.tag.case == "nomn" for p in parses)


def role_gender(parse: Any) -> str | None:
    # "замминистра", "врач" are masculine nouns for women too: only a feminine noun says anything, and a
    # masculine one whose feminine pair is what a woman is called ("артист" / "артистка", "певец" / "певица")
    if parse.tag.gender == "femn":
        return "femn"
    lemma = str(parse.normal_form)
    return "masc" if parse.tag.gender == "masc" and lemma in PAIRED_MASCULINE else None


# masculine role nouns whose women are named by a feminine noun of their own ("певица", "актриса", "журналистка");
# "специалист", "министр", "депутат", "врач" name women too
PAIRED_MASCULINE = frozenset("""певец актёр актер писатель спортсмен поэт танцор ведущий телеведущий радиоведущий
    артист журналист теннисист фигурист пианист солист шахматист футболист хоккеист биатлонист гимнаст
    баскетболист волейболист""".split())


def genitive(reader: Reader, word: str) -> bool:
    return any(p.tag.case == "gent" for p in reader.parse(word)[:3])


def outlet_next(reader: Reader, start: int, end: int, skip: Spans) -> Ref | None:
    """The outlet passed over as a source (in `skip`) that comes first after `start`, nothing between:
    "Согласно ChinaTimes, …", "Решение, сообщает AFP, было принято …", where it is the speaker."""
    return next((Ref("outlet", a, b) for a, b in skip if start <= a and b <= end
                 and not reader.words_between(start, a)), None)


def in_spans(pos: int, spans: Spans) -> bool:
    return any(a <= pos < b for a, b in spans)


def written_nominative(reader: Reader, mentions: list[Entity], name: str) -> str | None:
    """"Садальского", a surname the tagger left in the genitive (no reading of it is a nominative):
    the person the article names elsewhere with the same surname written as a nominative ("Стас
    Садальский"), the fullest such name; None when the name can be a nominative ("Петрова" may be
    Петров's wife, not him)."""
    last = name.split()[-1]
    low = last.lower()
    parses = reader.parse(low)
    if not last.isalpha() or any(p.tag.case == "nomn" for p in parses):
        return None
    if len(name.split()) > 1 and all(p.tag.number == "plur" for p in parses):
        return None  # "Уоррен Баффетт", which pymorphy3 guesses only as a plural genitive, is one person's name
    best: str | None = None
    for e in mentions:
        other = (e.canonical or e.normal or e.text).split()
        if e.type != "PER" or other[-1].lower() == low or not other[-1].isalpha():
            continue
        shared = prefix_length(other[-1].lower(), low)
        if (shared >= max(4, min(len(low), len(other[-1])) - 3) and (declined_ending(low[shared:]) or misspelt(low, other[-1].lower()))
                and reader.nominative(other[-1])
                and (best is None or len(other) > len(best.split()))):
            best = " ".join(other)
    return best


# the endings of a name's oblique cases ("Садальск-ого", "Петров-а"), the declined endings of the base-form
# table; after a fleeting vowel's consonant too ("Кравц-а"); "Маркл" is no declined "Марк"
# The table holds one man's or woman's; a soft adjective's endings ("-его", "-ему"), the long instrumental
# and a family's plural ("Шукшиных") are added here
OBLIQUE_ENDINGS = frozenset(ending for ending, _, _, _ in NAME_ENDINGS) | frozenset(
    "его ему ою ею ых их ыми ими ами ями ах ях ов ев".split())


def declined_ending(rest: str) -> bool:
    """Whether `rest`, what a name has past the stem it shares with another, is an oblique case's ending."""
    return rest in OBLIQUE_ENDINGS or (len(rest) > 1 and rest[0] not in "аеёиоуыэюя" and rest[1:] in OBLIQUE_ENDINGS)


def misspelt(word: str, name: str) -> bool:
    """Whether a long word is the name with letters swapped or mistyped ("Водонавеа" for "Водонаева"):
    the same length, nearly the same letters."""
    return len(word) == len(name) >= 6 and SequenceMatcher(None, word, name).ratio() >= 0.85


def prefix_length(a: str, b: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def spoken_in(reader: Reader, words: list[Token], k: int) -> bool:
    """Whether the name at words[k] follows "в", right before it or before the kind of body it is ("в
    аукционном доме Omega Auctions", "в компании «Ростех»"): where it was said, the body that spoke."""
    j = k - 1 - (k > 0 and words[k - 1].text in "«\"„“")
    for _ in range(KIND_WORDS + 1):
        if j < 0:
            return False
        low = words[j].text.lower()
        if low in LOCATIVE:
            return True
        if not (words[j].text.replace("-", "").isalpha() and words[j].text.islower()) or not body_kind_word(reader, words[j].text):
            return False
        j -= 1
    return False


KIND_WORDS = 2  # "в аукционном доме", "в пресс-службе компании"
# nouns of a kind of body beyond ORG_NOUNS; not "в письме Минфину", "в жалобе на Сбербанк"
BODY_KINDS = frozenset("дом холдинг концерн корпорация пресс-служба объединение ассоциация".split())


def body_kind_word(reader: Reader, word: str) -> bool:
    """An adjective, or a noun of a kind of body ("аукционном доме", "пресс-службе")."""
    parse = reader.parse(word.lower())[0]
    lemma = str(parse.normal_form)
    return parse.tag.POS in ("ADJF", "PRTF") or lemma in ORG_NOUNS or lemma in BODY_KINDS


# a legislature's nouns (lemmas) and names: its "спикер" is the chair ("спикер Госдумы", "спикер парламента")
CHAMBER = re.compile(r"(?<!\w)(?:парламент|(?:гос|мосгор|гор)?дума|рада|палата|сенат|кнессет|сейм|меджлис|хурал|курултай"
                     r"|конгресс|совфед|собрание)(?!\w)", re.IGNORECASE)


def chaired(reader: Reader, words: list[Token], org: Entity | None) -> bool:
    """Whether the words after "спикер" (or the organisation named there) name a legislature."""
    return (org is not None and CHAMBER.search(org.normal or org.text) is not None) or any(
        CHAMBER.fullmatch(reader.lemma(w.text)) is not None for w in words if w.text.isalpha())
