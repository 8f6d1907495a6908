"""Base forms of entity mentions: "Сергея Лаврова" → "Сергей Лавров", "Нидерландах" → "Нидерланды",
"Российского университета спецназа" → "Российский университет спецназа".

pymorphy3 gives each word's readings; what it cannot give is which reading a name takes in its phrase,
and it knows few foreign names ("Рааба", "Скрипаля" come out as verbs or feminine nominatives). So the
choice is made here, by rules natasha's normalizer also relies on (without running its morph tagger):

* a person's words agree in case and gender (`svodka.enrich.person_names`), read with the declension
  rules here for the names pymorphy3 does not know;
* an organisation or place is normalised at its head: the adjectives before the first noun agree with
  it and are put in the nominative with it, what follows the head (genitives, quoted names) stays.

Words keep their spelling as written: capitals, and ё only where the text has it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
ADJECTIVES = frozenset({"ADJF", "PRTF"})
COMPOUND_LINKS = frozenset("оеОЕ")  # the vowel that links a compound adjective's parts ("российско-")

# the cases a preposition governs: a name right after one is in one of them
PREPOSITION_CASES = {
    **dict.fromkeys(("у", "от", "из", "до", "без", "для", "около", "после", "против", "среди", "возле",
                     "вокруг", "кроме", "вместо", "мимо", "ради", "из-за", "из-под", "напротив",
                     "внутри", "вне", "со стороны"), ("gent",)),
    **dict.fromkeys(("к", "ко", "благодаря", "согласно", "вопреки"), ("datv",)),
    "по": ("datv", "loct"),
    **dict.fromkeys(("о", "об", "обо", "при"), ("loct",)),
    **dict.fromkeys(("в", "во", "на"), ("loct", "accs")),
    **dict.fromkeys(("с", "со"), ("ablt", "gent")),
    **dict.fromkeys(("за", "под", "подо", "над", "перед", "между"), ("ablt", "accs")),
    **dict.fromkeys(("про", "через", "сквозь"), ("accs",)),
}
# locative needs a preposition; one this many words back may still govern the name ("о министре ... Лаврове")
LOCATIVE_REACH = 20  # a list of places after one "в" ("в Германии, Италии, ... Нидерландах")

# the endings of Russian and foreign names as declined, back to the nominative: (ending, nominative
# ending, case, genders). Written out because pymorphy3 only guesses unknown names by analogy with
# common words ("Скрипаля" → a verb); the real reading is picked by agreement, not by these alone.
NAME_ENDINGS = (
    ("а", "", "gent", ("masc",)), ("а", "", "accs", ("masc",)), ("я", "ь", "gent", ("masc",)),
    ("я", "ь", "accs", ("masc",)), ("я", "й", "gent", ("masc",)), ("я", "й", "accs", ("masc",)),
    ("у", "", "datv", ("masc",)), ("ю", "ь", "datv", ("masc",)), ("ю", "й", "datv", ("masc",)),
    ("ом", "", "ablt", ("masc",)), ("ем", "ь", "ablt", ("masc",)), ("ем", "й", "ablt", ("masc",)),
    ("ем", "", "ablt", ("masc",)),  # after ц, ж, ш, ч, щ: "Курцем" ← "Курц"
    ("ём", "ь", "ablt", ("masc",)), ("е", "", "loct", ("masc",)),
    ("ы", "а", "gent", ("femn", "masc")), ("и", "а", "gent", ("femn", "masc")),
    ("и", "я", "gent", ("femn", "masc")), ("е", "а", "datv", ("femn", "masc")),
    ("и", "я", "datv", ("femn",)), ("у", "а", "accs", ("femn", "masc")), ("ю", "я", "accs", ("femn", "masc")),
    ("ой", "а", "ablt", ("femn", "masc")), ("ей", "я", "ablt", ("femn", "masc")),
    ("е", "а", "loct", ("femn", "masc")), ("и", "я", "loct", ("femn",)),
    # Russian surnames in -ов / -ин and adjectival ones: "Климкиным", "Навального", "Вертинской"
    ("ым", "", "ablt", ("masc",)), ("ого", "ый", "gent", ("masc",)), ("ого", "ий", "gent", ("masc",)),
    ("ому", "ый", "datv", ("masc",)), ("ому", "ий", "datv", ("masc",)), ("ым", "ый", "ablt", ("masc",)),
    ("им", "ий", "ablt", ("masc",)), ("ой", "ая", "gent", ("femn",)), ("ой", "ая", "datv", ("femn",)),
    ("ую", "ая", "accs", ("femn",)), ("ой", "ая", "ablt", ("femn",)),
    # women's surnames in -ова / -ина: "Вершининой", "Ковалевой" (gent, datv, loct; ablt is above)
    ("ой", "а", "gent", ("femn",)), ("ой", "а", "datv", ("femn",)), ("ой", "а", "loct", ("femn",)),
)
# stems of possessive surnames (-ов, -ев, -ин, -ын): their feminine declines like a noun in -а, never
# like an adjective, so "Вершининой" is "Вершинина", not "Вершининая"
POSSESSIVE_STEMS = ("ов", "ев", "ёв", "ин", "ын")
VOWELS = frozenset("аеёиоуыэюяaeiouy")
HUSHING = frozenset("гкхжшчщ")
SIBILANTS = frozenset("цжшчщ")
DECLINED_LENGTH = 6  # an unknown word in -у this long is a declined one ("Брекситу"), a shorter one foreign
OBLIQUE_VOWELS = frozenset("ую")  # the dative or accusative of an unknown name far more often than its own end
INDECLINABLE_ENDINGS = frozenset("оеиуэюы")  # an unknown name ending so is foreign: "Барнье", "Биби"
AS_WRITTEN = 0.45  # the word as a nominative when it ends like one ("Рааб", "Мэй")
AS_WRITTEN_VOWEL = 0.25  # ... in -а / -я, more often a man's genitive ("Рааба") in the news
AS_WRITTEN_OBLIQUE = 0.15  # ... in an ending of the oblique cases ("Асии", "Раабом")
AS_WRITTEN_KNOWN = 0.2  # ... when pymorphy3 knows it otherwise ("Асия", a genitive of "Асий" to it)
AS_WRITTEN_IA = 0.42  # ... in -ия, a woman's name ("Асия") about as often as a man's genitive ("Юрия")
RUSSIAN_DECLINED = ("ом", "ем", "ём", "ым", "им", "ов", "ев", "ёв", "ин", "ын", "ой")  # "Набиуллиной" declines
GUESS_SCORE = 0.3  # a declension rule's reading
FEMININE_FIXED = 0.4  # ... and as a woman's indeclinable surname
PLACE_SCORE = 0.5  # a place's word read as pymorphy3's place name


@dataclass(frozen=True)
class Reading:
    """One way to read a word: the nominative it comes from and the case, gender, number it has."""

    nominative: str  # lower case
    case: str
    gender: str  # "masc" | "femn" | "neut" | "" (plural, unknown, common gender)
    number: str  # "sing" | "plur"
    score: float
    pos: str = "NOUN"
    written: bool = False  # the word as written, read as a nominative: no evidence from itself
    fixed: bool = False  # indeclinable: fits every case
    proper: bool = False  # pymorphy3's reading as a first name, surname or patronymic
    # pymorphy3's parse and the grammemes to put it in: inflected only once the reading is chosen
    parse: Any = field(default=None, compare=False)
    wanted: frozenset[str] = frozenset()
    prefix: str = ""  # what comes before the declined part ("саифа уль-" of "Саифа уль-Малука")
    suffix: str = ""  # ... and after it ("-2" of "потока-2")

    def form(self) -> str:
        """The word in the nominative (lower case)."""
        if self.parse is None:
            return self.nominative
        return self.prefix + inflected(self.parse, set(self.wanted)) + self.suffix


@dataclass
class Context:
    """What the article tells about a mention's case: the cases its preposition allows, words seen."""

    cases: tuple[str, ...]  # the cases the mention may be in (all six when nothing restricts)
    words: Collection[str]  # every word of the article, lower case, ё as е
    subject: bool = False  # the mention begins a clause, where a name is most often the subject
    verb_gender: str = ""  # the gender of a past-tense verb right after the mention ("Асия Биби уехала")
    place: bool = False  # the mention is a place: pymorphy3's place names first ("Львов" is no lions)
    # the (case, gender) readings of a noun for a person just before the name ("христианки", "министра")
    appositive: frozenset[tuple[str, str]] = frozenset()
    # the gender a word of the name shows elsewhere, where a verb agrees with it ("— подчеркнула Амина")
    shown_gender: str = ""
    governed: bool = False  # a preposition right before the mention ("в Панджабе")


class Morphology(Protocol):
    """What base forms need of the NLP models: pymorphy3's parses and its dictionary."""

    def parse(self, word: str) -> list[Any]: ...

    def known(self, word: str) -> bool: ...


def mention_cases(before: Sequence[str], reach: int = LOCATIVE_REACH) -> tuple[str, ...]:
    """The cases a mention may take after the words `before` it in its sentence (lower case)."""
    if before and before[-1] in PREPOSITION_CASES:
        return PREPOSITION_CASES[before[-1]]
    if before and len(before) > 1 and " ".join(before[-2:]) in PREPOSITION_CASES:
        return PREPOSITION_CASES[" ".join(before[-2:])]
    governed = any(PREPOSITION_CASES.get(w, ()).count("loct") for w in before[-reach:])
    # ties go to the first case: the locative when a preposition governs it ("о пророке Мухаммеде")
    return ("loct", *CASES[:5]) if governed else CASES[:5]


def guessed_readings(word: str, known: bool = False) -> list[Reading]:
    """The word as a nominative, and the nominatives it may be declined from by its ending."""
    prior = AS_WRITTEN if word[-1] not in VOWELS else AS_WRITTEN_VOWEL if word[-1] in "ая" else AS_WRITTEN_OBLIQUE
    if word.endswith("ия"):  # "Асия": women's names in -ия are nominatives more often than "Юрия" is a genitive
        out = [Reading(word, "nomn", "femn", "sing", AS_WRITTEN_IA, written=True)]
    else:
        out = [Reading(word, "nomn", "", "sing", min(AS_WRITTEN_KNOWN, prior) if known else prior, written=True)]
    if not known and word[-1] not in VOWELS and not word.endswith(RUSSIAN_DECLINED):
        # a woman's foreign surname in a consonant does not decline: "Терезы Мэй", "Ангелы Меркель"
        out.append(Reading(word, "nomn", "femn", "sing", FEMININE_FIXED, written=True, fixed=True))
    for ending, base, case, genders in NAME_ENDINGS:
        stem = word[: len(word) - len(ending)]
        if not word.endswith(ending) or len(stem) < 2:
            continue
        if (base == "й" and stem[-1] not in VOWELS) or (base in ("ь", "", "а") and stem[-1] in VOWELS | {"ь", "й"}):
            continue
        if base == "й" and word.endswith(("ская", "цкая")):
            continue  # no name ends in -скай: "Рождественская" is a woman's adjectival surname, no genitive
        if ending == "ем" and (base == "") != (stem[-1] in SIBILANTS):
            continue  # "Курцем" ← "Курц", "Игорем" ← "Игорь": no soft sign after ц, ж, ш, ч, щ
        if base in ("ый", "ий") and ending != "им" and (base == "ый") == (stem[-1] in HUSHING):
            continue  # spelling: "Духовского" ← "Духовский", "Белого" ← "Белый"
        if ((ending, base) == ("и", "я") and stem[-1] != "и") or ((ending, base) == ("и", "а") and stem[-1] not in HUSHING):
            continue  # "Асии" ← "Асия", "Лелеки" ← "Лелека"; "Кальяри" is as written
        possessive = stem.endswith(POSSESSIVE_STEMS)
        if ending == "ой" and ((base == "ая" and possessive) or (base == "а" and case != "ablt" and not possessive)):
            continue  # "Вершининой" ← "Вершинина", "Вертинской" ← "Вертинская"
        for gender in genders:
            out.append(Reading(stem + base, case, gender, "sing", GUESS_SCORE))
    return out


def phrase_normal(words: Sequence[str], nlp: Morphology, context: Context) -> list[str]:
    """Each word of an organisation's or place's name in the nominative, changed at its head and the
    adjectives before it; the head is the last noun that all words before it agree with as adjectives
    ("Северном потоке": "Северном" is read as an adjective, not as the river Северн). An "и" between
    adjectives ("ветеринарной и фитосанитарной службы") and a leading number ("24 канала") stand as
    written between them."""
    if len(words) == 1 and indeclinable_subject(words[0], nlp, context):
        return [words[0]]
    readings = [phrase_readings(w, nlp, context.place) for w in words]
    standing = standing_words(words)
    best: tuple[int, float, Reading, list[Reading]] | None = None
    for head, options in enumerate(readings):
        if head in standing:
            continue
        before = [i for i in range(head) if i not in standing]
        if before and not any(r.pos in ADJECTIVES for r in readings[before[-1]]):
            break  # the words before a head are all adjectives
        for candidate in options:
            if candidate.pos != "NOUN" or (candidate.case not in context.cases and not candidate.fixed):
                continue
            if 0 in standing and candidate.number != "sing":
                continue  # a name that counts stands as written ("7 Дней"); one that numbers declines
            agreeing = [a for i in before if (a := agreeing_adjective(readings[i], candidate)) is not None]
            if len(agreeing) < len(before):
                continue
            score = candidate.score + sum(a.score for a in agreeing) + (0.05 if candidate.number == "sing" else 0.0)
            if best is None or (head, score) > (best[0], best[1]):
                best = (head, score, candidate, agreeing)
    if best is None and set(context.cases) != set(CASES):  # no reading fits the preposition: trust the words
        return phrase_normal(words, nlp, Context(CASES, context.words, context.subject, place=context.place))
    if best is None:
        return adjectives_normal(words, readings)
    head, _, noun, adjectives = best
    chosen = iter(adjectives)
    forms = [w if i in standing else spelled(w, sound_adjective(w, next(chosen).form())) for i, w in enumerate(words[:head])]
    forms.append(spelled(words[head], sound_adjective(words[head], noun.form())) if not noun.fixed else words[head])
    return [*forms, *words[head + 1:]]


def indeclinable_subject(word: str, nlp: Morphology, context: Context) -> bool:
    """Whether an unknown name in -е is a foreign one as written: with no preposition right before it and
    its verb after it ("«Удинезе» заявил"), or opening a clause that no preposition governs, it is no
    locative, and a dative ("Удинеза") rarely stands so."""
    lower = fold(word)
    return (lower.endswith("е") and lower.isalpha() and not word.isupper() and not nlp.known(lower)
            and not context.governed and (bool(context.verb_gender) or ("loct" not in context.cases and context.subject)))


def standing_words(words: Sequence[str]) -> set[int]:
    """The positions of the words that stand as written before a head: an "и" joining two words, and a
    number opening the name."""
    joins = {i for i in range(1, len(words) - 1) if words[i] == "и"}
    return joins | ({0} if len(words) > 1 and words[0].isdigit() else set())


def adjectives_normal(words: Sequence[str], readings: list[list[Reading]]) -> list[str]:
    """A name of adjectives alone ("Центральной", what is left of "Центральной и Восточной Европы") in the
    nominative, each keeping its gender and number; any other name stays as written."""
    if not readings or not all(any(r.pos in ADJECTIVES for r in rs) for rs in readings):
        return list(words)
    chosen = [max((r for r in rs if r.pos in ADJECTIVES), key=lambda r: r.score) for rs in readings]
    return [spelled(w, r.form()) for w, r in zip(words, chosen, strict=True)]


def sound_adjective(written: str, form: str) -> str:
    """`form`, unless pymorphy3's guess for an adjective it does not know gave a nominative no
    Russian word has ("Екатеринбурская" → "екатеринбурскай"): then the written word, which is one."""
    if form.endswith(("кай", "гай", "хай")) and written.lower().endswith(("кая", "гая", "хая")):
        return written.lower()
    return form


def agreeing_adjective(readings: Sequence[Reading], noun: Reading) -> Reading | None:
    """The adjective reading that agrees with `noun` in case, number and gender, if any."""
    # an abbreviation fits every case; an adjective before it shows the case, and the gender where all its
    # readings tell one ("Тункинской ЦРБ": a hospital; "Российском РФПИ" may be a fund or a body)
    genders = {r.gender for r in readings if r.pos in ADJECTIVES and r.number == "sing"}
    for r in sorted(readings, key=lambda r: -r.score):
        if r.pos not in ADJECTIVES or r.number != noun.number:
            continue
        if r.case != noun.case and not (noun.fixed and len(genders) == 1):
            continue
        if noun.number == "sing" and r.gender != noun.gender and not noun.fixed:
            continue
        return r
    return None


def is_declined_dative(word: str) -> bool:
    """Whether an unknown word of a place's or organisation's name may be a dative in -у ("по Брекситу"); a
    short one is a foreign word as written ("Блю Стрим")."""
    return word.endswith("у") and len(word) >= DECLINED_LENGTH and word[-2] not in VOWELS


def phrase_readings(word: str, nlp: Morphology, place: bool = False) -> list[Reading]:
    """A word's noun and adjective readings, each with its nominative in the same gender and number; a word
    pymorphy3 does not know is read as written or declined by its ending ("Панджабе" → "Панджаб")."""
    head, dash, tail = word.rpartition("-")
    if dash and head and (tail.isdigit() or tail.isupper()):  # "потока-2" declines before its number
        return [replace(r, nominative=f"{r.nominative}-{tail.lower()}", suffix=f"{r.suffix}-{tail.lower()}")
                for r in phrase_readings(head, nlp, place)]
    lower = fold(word)
    if not lower[-1:].isalpha():
        return []
    if word.isupper() and len(word) > 1:  # initials do not decline as words: "АНСА", "ПРАЙМ"
        return [Reading(lower, "nomn", "", "sing", AS_WRITTEN, written=True, fixed=True)]
    if dash and head.isalpha() and not nlp.known(lower):
        last_part = compound_readings(head, tail, nlp, place)
        if last_part:
            return last_part
    if not nlp.known(lower) and not prefixed_word(lower, nlp):
        if word.isupper() or not lower.isalpha() or (
                lower[-1] in INDECLINABLE_ENDINGS and lower[-1] != "е" and not is_declined_dative(lower)):
            return [Reading(lower, "nomn", "", "sing", AS_WRITTEN, written=True, fixed=True)]
        guessed = guessed_readings(lower)
        return [Reading(r.nominative, r.case, r.gender, r.number, r.score, "NOUN", r.written, r.written)
                for r in guessed]
    return parsed_readings(lower, nlp, place)


def prefixed_word(lower: str, nlp: Morphology) -> bool:
    """Whether an unknown word is a federal or city body's name made of "рос", "мос" or "гос" and a
    dictionary noun ("Росимущества" as "рос" + "имущества", "Росавиации"), which declines as the noun;
    other prefixes pymorphy3 strips are guesses ("Приамурье", "Сампдория", "Минпросвещения")."""
    if not lower.isalpha() or not lower.startswith(BODY_PREFIXES):
        return False
    first = nlp.parse(lower)[0]
    analyzers = [type(unit).__name__ for unit, *_ in first.methods_stack]
    return analyzers == ["DictionaryAnalyzer", "UnknownPrefixAnalyzer"] and first.tag.POS == "NOUN" \
        and len(lower) - len(first.methods_stack[1][1]) >= 5  # the dictionary noun after the prefix


BODY_PREFIXES = ("рос", "мос", "гос")


def compound_readings(head: str, tail: str, nlp: Morphology, place: bool) -> list[Reading]:
    """A compound that declines in its last part: an adjective after a linking vowel
    ("Тираспольско-Дубоссарской"; pymorphy3 reads the unknown whole as an indeclinable place), else a
    common noun after a name ("Метрополитен-музее", "Гугл-центре")."""
    readings: list[Reading] = []
    if head[-1:] in COMPOUND_LINKS:
        readings = [r for r in parsed_readings(tail.lower(), nlp, place) if r.pos in ADJECTIVES]
    if not readings and tail.isalpha() and tail.islower() and nlp.known(tail):
        readings = [r for r in parsed_readings(tail, nlp, place) if r.pos == "NOUN" and not r.fixed]
    return after_head(head, readings)


def after_head(head: str, readings: list[Reading]) -> list[Reading]:
    """The readings of a compound's last part with its undeclined head before it ("уль-" of "уль-Малука")."""
    start = f"{head.lower()}-"
    return [replace(r, nominative=start + r.nominative, prefix=start + r.prefix) for r in readings]


def parsed_readings(lower: str, nlp: Morphology, place: bool) -> list[Reading]:
    """pymorphy3's noun and adjective readings of a word (lower case), each to be put in the nominative."""
    found = []
    for p in nlp.parse(lower):
        tag = p.tag
        if tag.POS not in ("NOUN", *ADJECTIVES) or tag.case is None:
            continue
        pos = "NOUN" if tag.POS == "NOUN" else "ADJF"
        number = str(tag.number or "sing")
        wanted = {"nomn"} if tag.POS == "NOUN" else {"nomn", number} | ({str(tag.gender)} if tag.gender else set())
        score = p.score + (PLACE_SCORE if "Geox" in tag.grammemes and place else 0.0)
        found.append(Reading(str(p.normal_form), str(tag.case), str(tag.gender or ""), number, score, pos,
                             fixed="Fixd" in tag, parse=p, wanted=frozenset(wanted)))
    return found


def fold(word: str) -> str:
    """A word for comparing: lower case, ё as е."""
    return word.lower().replace("ё", "е")


def inflected(p: Any, grammemes: set[str]) -> str:
    """The parse `p` put in `grammemes` (its lemma when pymorphy3 cannot inflect it so)."""
    form = p.inflect(grammemes)
    return str(form.word if form else p.word)


def spelled(original: str, form: str) -> str:
    """`form` (lower case) written like `original`: its capitals letter by letter, ё only where it had ё."""
    if "-" in original and original.count("-") == form.count("-"):  # "Франкфурте-на-Майне": part by part
        return "-".join(spelled(o, f) for o, f in zip(original.split("-"), form.split("-"), strict=True))
    lower = original.lower()
    if "ё" not in lower:
        form = form.replace("ё", "е")
    else:  # pymorphy3 was asked with е: the ё of the text comes back where the form keeps the letter
        form = "".join("ё" if i < len(lower) and lower[i] == "ё" and c == "е" else c for i, c in enumerate(form))
    if original.isupper() and len(original) > 1:
        return form.upper()
    letters = []
    for i, c in enumerate(form):
        upper = i < len(original) and original[i].isupper()
        letters.append(c.upper() if upper else c)
    return "".join(letters)


