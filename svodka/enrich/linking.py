"""Mentions of one entity linked within an article: each gets the entity's fullest name as `canonical`.

* people: "Лавров" after "Сергей Лавров" is Сергей Лавров (a surname, or a first name, that exactly one
  full name in the article has); a declined surname is read as that person's ("Лаврова" → "Лавров");
* organisations: an abbreviation given in brackets after a full name stands for it ("СКС"); an agency's
  designator makes a common word its name ("РИА Новости" for the mention "Новости");
* a title that introduced a person ("министр иностранных дел России Сергей Лавров") refers back to them
  when it recurs alone ("— сообщил министр"), provided no other person in the article had that title.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from svodka.enrich.entity_lexicon import EVERYDAY_NAMES, QUOTES
from svodka.enrich.entity_words import is_abbreviation
from svodka.enrich.mention_forms import written_full_names, written_surnames
from svodka.enrich.nlp import NLP, Token
from svodka.enrich.normal import fold
from svodka.enrich.person_names import person_readings
from svodka.enrich.spelled_out import spelled_out_canonicals
from svodka.model import Entity

if TYPE_CHECKING:
    from svodka.enrich.entity_spans import Mention

# titles that name one office holder, so that alone they can only mean the person introduced with them
TITLES = frozenset({
    "глава", "министр", "президент", "премьер", "премьер-министр", "вице-премьер", "вице-президент",
    "канцлер", "генсек", "госсекретарь", "лидер", "директор", "гендиректор", "председатель",
    "руководитель", "начальник", "пресс-секретарь", "спикер", "посол", "губернатор", "мэр", "патриарх",
    "король", "королева", "омбудсмен", "замминистра", "командующий", "главком", "генпрокурор", "тренер", "наставник", "президент-элект", "вице-мэр", "митрополит",
})
# titles that need their organisation to mean anyone: "глава МИД", "руководитель «Газпрома»"
RELATIONAL = frozenset({"глава", "руководитель", "председатель", "начальник", "директор", "гендиректор",
                        "представитель", "лидер"})
# the particles of a surname ("тер Штеген", "фон дер Ляйен", "де Брюйне"): capitalised at a sentence's
# start they are no first name
SURNAME_PARTICLES = frozenset({"тер", "фон", "ван", "де", "ди", "да", "дель", "делла", "дер", "ла", "ле", "дю",
                               "ибн", "бен", "аль", "эль", "мак", "о"})
# an agency's designator before its name ("РИА Новости", "ИА «Регион»")
DESIGNATORS = frozenset({"РИА", "ИА"})
TITLE_REACH = 7  # words between a title and the name it introduces ("министр иностранных дел России")


def link_mentions(tokens: list[Token], mentions: Sequence[Mention], texts: list[str], normals: list[str],
                  nlp: NLP) -> list[Entity]:
    """The entities of the mentions, each with its canonical name."""
    normals = consistent_names(mentions, texts, list(normals), nlp)
    canonicals = person_canonicals(mentions, texts, normals, nlp)
    placed = names_with_places(mentions, tokens, normals)
    canonicals.update(spelled_out_canonicals(mentions, tokens, normals, nlp))
    canonicals.update(abbreviation_canonicals(mentions, tokens, normals, placed))
    canonicals.update(gloss_canonicals(mentions, tokens, normals, canonicals))
    canonicals.update(designated_canonicals(mentions, tokens, normals, nlp))
    canonicals.update(stump_canonicals(mentions, normals, canonicals, placed))
    entities = []
    for i, m in enumerate(mentions):
        start, stop = tokens[m.first].start, tokens[m.last - 1].stop
        entities.append(Entity(m.type, texts[i], start, stop, normals[i], canonicals.get(i, normals[i])))
    return entities


SHOUTED = re.compile(r"[А-ЯЁ]{3,}(?:-[А-ЯЁ]+)*")  # Cyrillic capitals only: "XVI", "AOI" are no shouting


def shouted(name: str) -> int:
    """How many words of a person's name are set in capitals for emphasis ("Роман БЕЗУС")."""
    return sum(1 for w in name.split() if SHOUTED.fullmatch(w))


def consistent_names(mentions: Sequence[Mention], texts: list[str], normals: list[str], nlp: NLP) -> list[str]:
    """A person's name written alike is one name: where the article writes a name that is its own
    base form once ("Роберто Айяла" in the headline), the same words elsewhere ("защитник Роберто
    Айяла сравнил", read as a genitive "Айял") and the lone surname ("сказал Айяла") are that too."""
    as_written = {texts[i] for i, m in enumerate(mentions) if m.type == "PER" and normals[i] == texts[i] and " " in texts[i]}
    surnames = {name.split()[-1] for name in as_written}
    # "По мнению Петрова" with "Анна Петрова" and "Иван Петров" named: the base form another does bear
    borne = {normals[i].split()[-1] for i, m in enumerate(mentions) if m.type == "PER" and " " in normals[i]}
    # "ди Реста" of "Пол ди Реста": the name's end with its particle is the surname too
    ends = {name.split(" ", 1)[1] for name in as_written}
    out = [texts[i] if m.type == "PER" and normals[i] != texts[i] and (
        texts[i] in as_written or ((texts[i] in surnames or texts[i] in ends) and normals[i] not in borne)) else normals[i]
        for i, m in enumerate(mentions)]
    return written_full_names(mentions, texts, written_surnames(mentions, texts, out), nlp)


def person_canonicals(mentions: Sequence[Mention], texts: list[str], normals: list[str],
                      nlp: NLP) -> dict[int, str]:
    """Canonical names of the people mentioned; a lone surname's normal is set to that person's surname."""
    full: dict[str, list[int]] = defaultdict(list)  # surname → mentions with a first name too
    # "Лидия Николаевна": a first name and patronymic, linked by the first name below
    polite = {i for i, m in enumerate(mentions) if m.type == "PER" and len(normals[i].split()) == 2
              and patronymic(normals[i].split()[0], normals[i].split()[1], nlp)}
    for i, m in enumerate(mentions):
        words = spaced_initials(normals[i]).split()
        if m.type == "PER" and len(words) > 1 and i not in polite:
            full[fold(words[-1])].append(i)
    canonicals: dict[int, str] = {}
    for indexes in full.values():
        people: dict[str, list[int]] = defaultdict(list)  # "Илон Маск" and "Джастин Маск" are two
        particled = [i for i in indexes if fold(normals[i].split()[0]) in SURNAME_PARTICLES]
        for i in indexes:
            if i not in particled:
                first = fold(spaced_initials(normals[i]).split()[0])
                people[fold(EVERYDAY_NAMES.get(first, first))[:1]].append(i)
        for i in particled:  # a headline's "Тер Штеген" is the surname of the one "Марк-Андре тер Штеген"
            bearers = [same for same in people.values() if any(fold(normals[j]).endswith(" " + fold(normals[i])) for j in same)]
            (bearers[0] if len(bearers) == 1 else people[fold(normals[i])]).append(i)
        for same in people.values():  # one person by this surname and initial: the longest name is theirs
            # of "Роман БЕЗУС" and "Роман Безус", the name as the article writes it in plain text
            longest = max((normals[i] for i in same), key=lambda n: (len(n.split()), len(n), -shouted(n)))
            canonicals.update(dict.fromkeys(same, longest))
    firsts: dict[str, set[str]] = defaultdict(set)
    for surname, indexes in full.items():
        for i in indexes:
            firsts[fold(normals[i].split()[0])].add(surname)
    for i in polite:
        first = fold(normals[i].split()[0])
        named = firsts.get(first, set())
        if len(named) == 1:
            canonicals[i] = canonicals[first_named(full[next(iter(named))], first, normals)]
    for i, m in enumerate(mentions):
        if m.type != "PER" or len(normals[i].split()) != 1:
            continue
        forms = {fold(normals[i])} | {fold(r.nominative) for r in person_readings(texts[i], nlp)}
        if fold(texts[i])[-1:] in ("ы", "и"):  # "по мнению Сторнетты" of "Скотт Сторнетта", read as indeclinable
            forms |= {fold(texts[i])[:-1] + "а", fold(texts[i])[:-1] + "я"}
        surnames = [s for s in full if s in forms]
        if len(surnames) == 1:
            # of two people by one surname, a lone "Маск" is the one named last before it
            before = [j for j in full[surnames[0]] if j < i]
            person = before[-1] if before else full[surnames[0]][0]
            canonicals[i] = canonicals[person]
            normals[i] = spaced_initials(normals[person]).split()[-1]
        elif not surnames and len(named := {s for f in forms for s in firsts.get(f, ())}) == 1:
            canonicals[i] = canonicals[first_named(full[named.pop()], fold(normals[i]), normals, forms)]
        elif not surnames and not named and len(squeezed(fold(normals[i]))) >= MIN_SQUEEZED:
            # "Йоханссон", "Скарлетт" of "Скарлет Йохансон": a transliteration with a letter doubled
            by_surname = {s for s in full if squeezed(s) in {squeezed(f) for f in forms}}
            by_first = {s for f in forms for first, held in firsts.items() if squeezed(first) == squeezed(f) for s in held}
            alike = by_surname or by_first
            if len(alike) == 1:
                holders = full[alike.pop()]
                earlier = [j for j in holders if j < i]
                canonicals[i] = canonicals[earlier[-1] if earlier else holders[0]]
    return canonicals


# "С.Собянин", "Дж.Ставридис", "В.В.Путин": wire copy glues the initials to the surname
GLUED_INITIALS = re.compile(r"^((?:[А-ЯЁA-Z][а-яёa-z]?\.)+)(?=[А-ЯЁA-Z][а-яёa-z])")


def spaced_initials(name: str) -> str:
    """The name with glued initials parted from the surname ("С.Собянин" → "С. Собянин"), so that it is
    linked, as "С. Собянин" is, to the one full name with that surname and first letter."""
    return GLUED_INITIALS.sub(r"\1 ", name)


def squeezed(name: str) -> str:
    """The name with doubled letters written once: transliterations differ in them."""
    return DOUBLED.sub(r"\1", name)


DOUBLED = re.compile(r"(\w)\1")
MIN_SQUEEZED = 5  # "Ана" is no spelling of "Анна Каренина": short names differ by more than a letter


def abbreviation_canonicals(mentions: Sequence[Mention], tokens: list[Token], normals: list[str],
                            placed: dict[int, str]) -> dict[int, str]:
    """Abbreviations defined in brackets next to a full name ("Союз координационных советов (СКС)"),
    also after a body's name and its country (`placed`: names_with_places)."""
    defined: dict[str, str] = {}
    for a, b in itertools.pairwise(mentions):
        if a.type != b.type or a.type == "PER" or b.first != a.last + 1 or tokens[a.last].text != "(":
            continue
        ia, ib = mentions.index(a), mentions.index(b)
        short, long = (ib, ia) if is_abbreviation(normals[ib]) else (ia, ib)
        if is_abbreviation(normals[short]) and not is_abbreviation(normals[long]):
            defined[normals[short]] = normals[long]
    # "Центральный банк Японии (ЦБЯ)": the abbreviation after a body's name and its country
    for io, name in placed.items():
        place, ib = mentions[io + 1], io + 2
        if ib < len(mentions) and mentions[ib].type != "PER" and mentions[ib].first == place.last + 1 \
                and tokens[place.last].text == "(" and is_abbreviation(normals[ib]):
            defined.setdefault(normals[ib], name)
    # "Международная федерация футбола (FIFA)", later "ФИФА": an acronym read as a word is spelt in
    # Cyrillic letter for letter
    defined.update({cyrillic_acronym(short): long for short, long in list(defined.items()) if short.isascii()})
    return {i: defined[normals[i]] for i, m in enumerate(mentions) if m.type != "PER" and normals[i] in defined}


LATIN_TO_CYRILLIC = str.maketrans("ABDEFGIKLMNOPRSTUVZ", "АБДЕФГИКЛМНОПРСТУВЗ")


def cyrillic_acronym(short: str) -> str:
    return short.upper().translate(LATIN_TO_CYRILLIC)


def gloss_canonicals(mentions: Sequence[Mention], tokens: list[Token], normals: list[str],
                     canonicals: dict[int, str]) -> dict[int, str]:
    """Latin names glossed in brackets after the Russian one ("Марсело Эбрард (Marcelo Ebrard)",
    "Техасского университета (Texas A&M University)"): the same entity, named as the article writes
    it in Russian."""
    out = {}
    for ia, ib in itertools.pairwise(range(len(mentions))):
        a, b = mentions[ia], mentions[ib]
        if (a.type == b.type and b.first == a.last + 1 and tokens[a.last].text == "("
                and b.last < len(tokens) and tokens[b.last].text == ")"
                and is_cyrillic(normals[ia]) and not is_cyrillic(normals[ib]) and not is_abbreviation(normals[ib])
                and transliterates(normals[ia], normals[ib])):
            out[ib] = canonicals.get(ia, normals[ia])
    return out


# the Latin letters a Cyrillic letter may begin a transliterated or translated word with: what tells a gloss
# in brackets ("Марсело Эбрард (Marcelo Ebrard)") from an outlet named after a name ("Йовича (Sport Mediaset)")
LATIN_STARTS = {"а": "a", "б": "b", "в": "vw", "г": "gh", "д": "dj", "е": "ey", "ё": "ey", "ж": "zjg", "з": "zs",
                "и": "ieyj", "й": "yji", "к": "kcq", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
                "с": "sc", "т": "t", "у": "uwo", "ф": "fp", "х": "hkcj", "ц": "tcz", "ч": "ct", "ш": "s",
                "щ": "s", "э": "ea", "ю": "yju", "я": "yji"}


def transliterates(russian: str, latin: str) -> bool:
    """Whether a Latin name in brackets can be the gloss of the Russian one: some word of each begins
    alike ("Университет Дикина (Deakin University)"), unlike an outlet after a name ("Йовича (Sport
    Mediaset)")."""
    starts = {w[0].lower() for w in latin.split() if w}
    return any(starts & set(LATIN_STARTS.get(w[0].lower(), "")) for w in russian.split() if w)


def names_with_places(mentions: Sequence[Mention], tokens: list[Token], normals: list[str]) -> dict[int, str]:
    """Bodies whose name slovnet parted from the country right after it ("Центральный банк" +
    "Японии"): the whole name, the country in the genitive as written, by the body's mention."""
    return {i: f"{normals[i]} " + " ".join(tokens[k].text for k in range(mentions[i + 1].first, mentions[i + 1].last))
            for i in range(len(mentions) - 1)
            if mentions[i].type == "ORG" and mentions[i + 1].type == "LOC" and mentions[i + 1].first == mentions[i].last
            and " " in normals[i]}


def designated_canonicals(mentions: Sequence[Mention], tokens: list[Token], normals: list[str],
                          nlp: NLP) -> dict[int, str]:
    """An agency's name that alone is a common word, after its designator ("РИА Новости", "РИА «Новости»"):
    the tagger, like factRuEval's org_name, takes only "Новости", which is kept as the mention; the whole
    name is its canonical."""
    out = {}
    for i, m in enumerate(mentions):
        at = m.first - 1 if m.first > 0 and tokens[m.first - 1].text not in QUOTES else m.first - 2
        if m.type == "ORG" and at >= 0 and tokens[at].text in DESIGNATORS and nlp.known(normals[i].lower()):
            out[i] = f"{tokens[at].text} {normals[i]}"
    return out


def stump_canonicals(mentions: Sequence[Mention], normals: list[str], canonicals: dict[int, str],
                     placed: dict[int, str]) -> dict[int, str]:
    """A body's stump name or initials where the article names it in full too ("Нацбанк" after
    "Национальный банк", "Минздрав" with "Министерство здравоохранения", "ЦБЯ" with "Центральный
    банк Японии"): its fullest name, the first such one in the article."""
    full = [normals[i] for i, m in enumerate(mentions) if m.type == "ORG" and " " in normals[i]]
    full += list(placed.values())
    out = {}
    for i, m in enumerate(mentions):
        name = normals[i]
        if m.type != "ORG" or i in canonicals or " " in name or not name[:1].isupper():
            continue
        long = next((f for f in full if spells_out(name, f)), None)
        if long is not None:
            out[i] = long
    return out


def spells_out(short: str, full: str) -> bool:
    words = [w.lower() for w in full.split()]
    # "WSJ" of "The Wall Street Journal": an English article is no part of the initials
    bare = words[1:] if len(words) > 2 and words[0] == "the" else words
    # "ТПП" of "Торгово-промышленная палата": each part of a compound adjective gives its letter
    parts = [p for w in words for p in w.split("-")]
    return shortens(short.lower(), words) or (short.isupper() and short in (initials(words), initials(bare),
                                                                            initials(parts)))


def initials(words: Sequence[str]) -> str:
    """The capitalised first letters of the words: "ЦБЯ" of "Центральный банк Японии"."""
    return "".join(w[0] for w in words if w).upper()


def shortens(short: str, words: list[str]) -> bool:
    """Whether `short` is a stump compound of two or more leading words ("нацбанк" of "национальный
    банк", "минфин" of "министерство финансов"): a prefix of each word in turn, two letters or more
    of the first and three or more of the others."""
    def fits(rest: str, i: int) -> bool:
        if not rest:
            return i >= 2
        if i >= len(words):
            return False
        least = 2 if i == 0 else 3
        return any(words[i].startswith(rest[:k]) and fits(rest[k:], i + 1) for k in range(len(rest), least - 1, -1))
    return len(short) >= 5 and fits(short, 0)


def first_named(indexes: list[int], first: str, normals: list[str], forms: set[str] | None = None) -> int:
    """Of the full names by one surname ("Анна Петрова", "Лидия Петрова"), the one with this first name."""
    firsts = forms or {first}
    return next((j for j in indexes if fold(normals[j].split()[0]) in firsts), indexes[0])


def patronymic(first: str, word: str, nlp: NLP) -> bool:
    """Whether `word` is a patronymic of the first name's gender ("Лидия Николаевна"); "Анна Семенович"
    is a woman's surname."""
    genders = {p.tag.gender for p in nlp.parse(first.lower()) if "Name" in p.tag}
    parses = [p for p in nlp.parse(word.lower()) if p.tag.POS == "NOUN"]
    return nlp.known(word.lower()) and bool(parses) and all("Patr" in p.tag and (not genders or p.tag.gender in genders)
                                                           for p in parses)


def is_cyrillic(name: str) -> bool:
    return any("а" <= c.lower() <= "я" or c in "ёЁ" for c in name)


def title_mentions(text: str, tokens: list[Token], mentions: Sequence[Mention], entities: list[Entity],
                   nlp: NLP) -> list[Entity]:
    """Titles recurring alone after they introduced one person: PER entities with that person's name."""
    covered = {i for m in mentions for i in range(m.first, m.last)}
    starting = {m.first: (m, e) for m, e in zip(mentions, entities, strict=True)}
    people = {i: e for i, (m, e) in starting.items() if m.type == "PER"}
    holders: dict[str, set[str]] = defaultdict(set)  # title → canonical names of who was introduced so
    of: dict[str, set[str]] = defaultdict(set)  # title → what it was of ("министр ... России")
    first_seen: dict[str, int] = {}
    for start, person in people.items():
        found = introducing_title(tokens, start, covered, nlp)
        if found is not None:
            title, at = found
            holders[title].add(person.canonical)
            of[title].update(starting[j][1].canonical for j in range(at + 1, start) if j in starting)
            first_seen.setdefault(title, at)
    if not holders:
        return []  # no title introduced anyone: spare a parse of every word of the text
    out = []
    for i, token in enumerate(tokens):
        word = title_lemma(token.text, nlp)
        if word is None or len(holders.get(word, ())) != 1 or i <= first_seen[word] or i in covered:
            continue
        if introduces_name(tokens, i, people, covered) or qualified(tokens[i - 1].text if i else "", nlp):
            continue
        after = starting.get(i + 1)
        if after is not None and after[1].canonical not in of[word]:
            continue  # "президенту Турции" after "президент России ...": another office
        if after is None and i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper():
            continue
        if word in RELATIONAL and after is None:
            continue  # "глава" alone may be anyone's; "глава МИД" is the head of the МИД named before
        out.append(Entity("PER", token.text, token.start, token.stop, word, next(iter(holders[word]))))
    return out


def qualified(word: str, nlp: NLP) -> bool:
    """Whether an adjective before a title makes it someone else's ("турецкого премьер-министра")."""
    parse = nlp.parse(word.lower())[0] if word[:1].isalpha() else None
    return parse is not None and parse.tag.POS in ("ADJF", "PRTF") and "Apro" not in parse.tag.grammemes


def title_lemma(word: str, nlp: NLP) -> str | None:
    """The title a word is in the singular (None when it is no title, or plural: "министры")."""
    if not word[:1].isalpha() or (word[:1].isupper() and word[1:2].isupper()):
        return None
    lower = word.lower()
    if nlp.known(lower) and lower.replace("ё", "е") not in nlp.forms_of(TITLES):
        return None  # a dictionary word of no title's lexeme: spare its parse (this runs on every word)
    for p in nlp.parse(lower)[:1]:
        if p.normal_form in TITLES and p.tag.POS == "NOUN" and p.tag.number == "sing":
            return str(p.normal_form)
    return None


def introducing_title(tokens: list[Token], start: int, covered: set[int], nlp: NLP) -> tuple[str, int] | None:
    """The title right before a person's name and its position ("министр иностранных дел России | Лавров")."""
    for i in range(start - 1, max(-1, start - 1 - TITLE_REACH), -1):
        word = tokens[i].text
        title = title_lemma(word, nlp)
        if title is not None:
            return title, i
        if not (word[:1].isalpha() or i in covered) or (word[:1].isupper() and i not in covered):
            return None
    return None


def introduces_name(tokens: list[Token], i: int, people: dict[int, Entity], covered: set[int]) -> bool:
    """Whether a title at `i` stands before a name of its own ("министр ... Сергей Лавров")."""
    for j in range(i + 1, min(len(tokens), i + 1 + TITLE_REACH)):
        if j in people:
            return True
        word = tokens[j].text
        if not (word[:1].isalpha() or j in covered) or (word[:1].isupper() and j not in covered):
            return False
    return False
