"""Base forms of people's names: "Сергея Лаврова" → "Сергей Лавров", "Асию Биби" → "Асия Биби".

A person's words agree in case and gender: the case and gender read best by all words together win, helped
by the preposition before the name, a noun in apposition ("христианку Асию Биби"), a verb that agrees, and
forms the same article uses elsewhere ("Рааб" for "Рааба"). pymorphy3 gives each word's dictionary readings;
the declension rules of `svodka.enrich.normal` add the readings of names it does not know ("Скрипаля").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from svodka.enrich.normal import (
    AS_WRITTEN,
    AS_WRITTEN_OBLIQUE,
    GUESS_SCORE,
    HUSHING,
    INDECLINABLE_ENDINGS,
    OBLIQUE_VOWELS,
    Context,
    Morphology,
    Reading,
    after_head,
    fold,
    guessed_readings,
    spelled,
)

PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})
# cases in which a name agrees with the masculine noun for a person before it ("судье Сакибу Нисару")
APPOSITIVE_CASES = frozenset({"datv", "ablt", "loct"})
PERSON_REACH = 6  # a person's name is in the locative right after its preposition and title
LITHUANIAN_FEMININE = ("айте", "ите", "юте", "уте", "ене")  # unmarried and married women's surnames
# how much each kind of reading weighs (a pymorphy3 score is at most 1)
DICTIONARY_SCORE = 0.5  # times pymorphy3's score
PROPER_SCORE = 0.15  # more for a dictionary first name, surname or patronymic
EVIDENCE_BONUS = 0.5  # the nominative occurs as a word elsewhere in the article
APPOSITION_BONUS = 0.45  # a person's noun just before the name agrees with it: "христианку Асию Биби"
SUBJECT_BONUS = 0.15  # a name that begins a clause, or that a verb agrees with, is most often a subject
THING_SHARE = 0.5  # of its score, a thing's reading of a word that is a person's name too
UNDECLINED_THING = 0.15  # a thing's nominative standing undeclined in a person's name
# the same first name is a woman's, or a man's, where a verb agrees with it elsewhere: "психиатр Амина
# Назаралиева" is no man's genitive "Амина Назаралиева" when "— подчеркнула Амина" follows
SHOWN_GENDER_BONUS = 0.5
PENALTY = 0.5  # a word that fits no reading of the chosen case stays as written


def appositive_readings(word: str, nlp: Morphology) -> frozenset[tuple[str, str]]:
    """The (case, gender) readings of `word` as a noun for a person, which a name after it agrees with in
    apposition ("христианку Асию Биби"); none for any other word. A feminine noun tells the case and the
    gender; a masculine one names women too ("министру Веронике Скворцовой"), so it tells the case alone,
    and only in the cases where a name after it has no case of its own: after a nominative or a genitive
    it often has ("замминистра Вероника Скворцова", "мама малыша Екатерина")."""
    if len(word) < 3 or not word.isalpha() or not word.islower() or not nlp.known(word):
        return frozenset()
    parses = nlp.parse(word)
    if parses[0].tag.POS != "NOUN":  # "и" is a letter's name to pymorphy3 too
        return frozenset()
    persons = [p.tag for p in parses if p.tag.POS == "NOUN" and "anim" in p.tag.grammemes
               and p.tag.number == "sing" and p.tag.case]
    feminine = {(str(t.case), "femn") for t in persons if t.gender == "femn"}
    agreeing = {(str(t.case), gender) for t in persons if ("ms-f" in t.grammemes or t.gender == "masc") and t.case in APPOSITIVE_CASES
                for gender in ("masc", "femn")}
    return frozenset(feminine | agreeing)


def person_normal(words: Sequence[str], nlp: Morphology, context: Context) -> list[str]:
    """Each word of a person's name in the nominative: the case and gender that fit all its words best."""
    readings = [person_readings(w, nlp) for w in words]
    if len(words) > 1:
        last = fold(words[-1])
        readings[-1] = declined_surname([*readings[-1], *undeclined_surname(readings[-1], last)], last)
    best: tuple[float, str, str] | None = None
    for case in context.cases:
        for gender in ("masc", "femn"):
            fits = [fit(r, case, gender, context) for r in readings]
            total = sum(score for score, _ in fits)
            if (case, gender) in context.appositive and any(r and not r.written for _, r in fits):
                total += APPOSITION_BONUS  # agreement with a word as written proves nothing ("Муж Асии")
            if gender == context.shown_gender:
                total += SHOWN_GENDER_BONUS
            if case == "nomn":
                total += SUBJECT_BONUS if context.subject else 0.01  # as written, unless the words say otherwise
                total += SUBJECT_BONUS if context.subject and gender == context.verb_gender else 0.0
            if best is None or total > best[0]:
                best = (total, case, gender)
    assert best is not None
    _, case, gender = best
    forms = []
    for word, options in zip(words, readings, strict=True):
        _, reading = fit(options, case, gender, context)
        forms.append(spelled(word, reading.form()) if reading and not reading.fixed else word)
    if len(words) > 1 and case == "nomn" and forms[-1] == words[-1] and mans_first_name(readings[0]):
        # "режиссера Никита Михалкова": the writer declined the surname alone; after a man's first name in
        # the nominative it is his, not a woman's nominative
        # (the dictionary's readings: a man's surname in an oblique case that is a woman's nominative too)
        known = [r for r in readings[-1] if r.parse is not None and r.proper and r.number == "sing"]
        declined = [r for r in known if r.gender == "masc" and r.case != "nomn"]
        if declined and any(r.gender == "femn" and r.case == "nomn" for r in known) \
                and not any(r.gender == "masc" and r.case == "nomn" for r in known):
            forms[-1] = spelled(words[-1], declined[0].form())
    return forms


def mans_first_name(readings: Sequence[Reading]) -> bool:
    """Whether a word is a man's first name as written, and never a woman's ("Никита", not "Саша")."""
    proper = [r for r in readings if r.proper]
    return any(r.gender == "masc" and r.case == "nomn" for r in proper) and not any(r.gender == "femn" for r in proper)


def undeclined_surname(readings: list[Reading], lower: str) -> list[Reading]:
    """A surname that is a thing's nominative need not decline: "Георгия Штиль" is a man's genitive first
    name beside a surname as written, not a woman named "Георгия"."""
    things = [r for r in readings if r.parse is not None and not {"anim", "Geox"} & r.parse.tag.grammemes]
    if not things or len(things) < len([r for r in readings if r.parse is not None]):
        return []
    if not any(r.case == "nomn" and r.number == "sing" and r.nominative == lower for r in things):
        return []
    return [Reading(lower, "nomn", "", "sing", UNDECLINED_THING, written=True, fixed=True)]


def declined_surname(readings: list[Reading], lower: str) -> list[Reading]:
    """An unknown surname in -ы is one in -а declined ("Никиаса Молины", "Алассана Уаттары"): a surname's
    nominative seldom ends so, though a first name's may ("Гурбангулы")."""
    if lower[-1:] != "ы" or len(readings) != 1 or not readings[0].written:
        return readings
    return [*(r for r in guessed_readings(lower) if not r.written),
            replace(readings[0], score=AS_WRITTEN_OBLIQUE)]


def fit(readings: Sequence[Reading], case: str, gender: str, context: Context) -> tuple[float, Reading | None]:
    """How well a word fits a case and gender, and its best reading so (None: it stays as written)."""
    best: tuple[float, Reading | None] = (-PENALTY, None)
    itself = next((r.nominative for r in readings if r.written), None)
    fitting = [r for r in readings if (r.fixed or r.case == case) and r.number == "sing" and r.gender in (gender, "")]
    # a declension rule guesses what the dictionary does not know: "Христа" in the accusative is "Христос",
    # however unlikely pymorphy3 finds that reading, unless the article has the rule's nominative
    dictionary = {r.case for r in fitting if r.parse is not None}
    for r in fitting:
        seen = r.nominative != itself and r.nominative.replace("ё", "е") in context.words
        if r.parse is None and not r.written and r.case in dictionary and not seen:
            continue
        score = r.score + (EVIDENCE_BONUS if seen else 0.0)
        if score > best[0]:
            best = (score, r)
    return best


def person_readings(word: str, nlp: Morphology) -> list[Reading]:
    """A name's readings: pymorphy3's dictionary nouns, the word as written, and the declension rules."""
    if len(word) < 2 or not any(c.isalpha() for c in word):
        return []
    head, _, last = word.rpartition("-")
    if head and not last[:1].isupper():  # "Саифа уль-Малука", "Ахмат-Хаджи": the last part declines
        return after_head(head, person_readings(last, nlp))
    if head and "-" not in head:
        lasts = person_readings(last, nlp)
        # a last part that does not decline (pymorphy3 says so, or it is unknown and ends in a vowel):
        # "Азию-Биби", the first part declines
        if lasts and all(r.fixed for r in lasts):
            lower = word.lower()
            return [Reading(lower, "nomn", "", "sing", AS_WRITTEN, written=True, fixed=True),
                    *(replace(r, nominative=f"{r.nominative}-{last.lower()}", suffix=f"{r.suffix}-{last.lower()}")
                      for r in person_readings(head, nlp) if not r.fixed)]
        if head[:1].isupper() and last[:1].isupper() and not nlp.known(word.lower()):
            joined = double_barrelled(person_readings(head, nlp), lasts)
            if joined:
                return joined
    lower = fold(word)
    found = []
    fixed = False
    if nlp.known(lower):  # pymorphy3's guesses for unknown words are no names ("Скрипаля")
        for p in nlp.parse(lower):
            tag = p.tag
            if tag.POS != "NOUN" or tag.case is None:
                continue
            fixed = fixed or "Fixd" in tag
            proper = bool(PERSON_TAGS & tag.grammemes)
            gender = str(tag.gender) if tag.gender in ("masc", "femn") else ""
            found.append(Reading(str(p.normal_form), str(tag.case), gender, str(tag.number or "sing"),
                                 DICTIONARY_SCORE * p.score + (PROPER_SCORE if proper else 0.0),
                                 parse=p, wanted=frozenset({"nomn"}), proper=proper))
    if any(r.proper for r in found):  # "Майку" is a man's "Майк" more than a thing's "майка"
        found = [r if r.proper or "anim" in r.parse.tag.grammemes else replace(r, score=r.score * THING_SHARE)
                 for r in found]
    elif found and not any({"anim", "Geox"} & r.parse.tag.grammemes for r in found):
        # a capitalised word in a name that is only a thing to pymorphy3 ("Фигу": "фига") is a foreign
        # surname as often as the thing declined: "Луиш Фигу" is no woman "Луиш Фига"; a place's name
        # ("Азию Биби") is a woman's name as often
        found = [replace(r, score=r.score * THING_SHARE) for r in found]
    if not found and nlp.known(lower):  # an adjectival surname: "ДУХОВСКОГО" → "ДУХОВСКИЙ"
        found = adjectival_readings(lower, nlp)
    declined = [r for r in found if r.parse is not None and "Fixd" not in r.parse.tag]
    if fixed and declined and all(r.gender == "femn" for r in found if r.parse is not None and "Fixd" in r.parse.tag):
        # "Скотт": a man's name that declines ("Скотта") and a woman's surname that does not; the
        # indeclinable reading is the woman's only. A form of a Russian name that is a foreign one as well
        # ("Анне": "Анна" in the dative, or the Estonian "Анне") is the declined name where its case fits,
        # as in "Анне Ивановне Петровой"; in any other case it stays as written
        score = min(AS_WRITTEN, max(r.score for r in declined) - 0.01)
        return [*declined, Reading(lower, "nomn", "femn", "sing", score, written=True, fixed=True)]
    if fixed or (not found and lower[-1] in INDECLINABLE_ENDINGS and not lower.endswith("ии")):
        # a Lithuanian woman's surname is a woman's: "Даля Грибаускайте" is no man "Даль"
        gender = "femn" if not found and lower.endswith(LITHUANIAN_FEMININE) else ""
        if not found and (lower[-1] in OBLIQUE_VOWELS or (lower[-1] == "и" and lower[-2:-1] in HUSHING)):
            # "Синхи" is as often "Синха" declined as a name like "Юки", "Нисару" a dative as a name like
            # "Шойгу": the other words' case decides
            return [*(r for r in guessed_readings(lower) if not r.written),
                    Reading(lower, "nomn", gender, "sing", GUESS_SCORE, written=True, fixed=True)]
        written = Reading(lower, "nomn", gender, "sing", AS_WRITTEN, written=True, fixed=True)
        if not lower.endswith("ие"):
            return [written]
        # "Асие": a colloquial dative of a name in -ия, taken so only when the article has the -ия form
        return [written, *(Reading(lower[:-1] + "я", case, "femn", "sing", GUESS_SCORE) for case in ("datv", "loct"))]
    guesses = guessed_readings(lower, known=bool(found))
    as_written = {r.gender for r in found if r.proper and r.case == "nomn" and r.nominative == lower}
    if as_written:
        # a first name or surname the dictionary has as written is no unknown name of its gender declined:
        # "режиссера Никита Михалкова" (a slip of the writer's) is no "Никит"; "Илона" may be "Илон"'s
        guesses = [r for r in guesses if r.written or r.gender not in as_written]
    return found + guesses


def double_barrelled(heads: list[Reading], lasts: list[Reading]) -> list[Reading]:
    """"Петрову-Водкину", "Федосеевой-Шукшиной": both parts of a double surname decline, in one case and
    gender (either part may be indeclinable)."""
    out = []
    for a in heads:
        for b in lasts:
            case = a.case if not a.fixed else b.case
            if not (a.fixed or b.fixed or a.case == b.case) or (a.gender and b.gender and a.gender != b.gender):
                continue
            if a.number != b.number:
                continue
            out.append(Reading(f"{a.form()}-{b.form()}", case, a.gender or b.gender, a.number, (a.score + b.score) / 2,
                               written=a.written and b.written, fixed=a.fixed and b.fixed, proper=a.proper or b.proper))
    return out


def adjectival_readings(word: str, nlp: Morphology) -> list[Reading]:
    """A name pymorphy3 knows only as an adjective read as a surname that declines like one: "Духовского"
    (its dictionary adjective "духовский" is the rule's choice too; "-ской" names are in its dictionary)."""
    out = []
    for p in nlp.parse(word):
        tag = p.tag
        if tag.POS == "ADJF" and tag.number == "sing" and tag.gender in ("masc", "femn") and tag.case:
            out.append(Reading(str(p.normal_form), str(tag.case), str(tag.gender), "sing", DICTIONARY_SCORE * p.score,
                               "ADJF", parse=p, wanted=frozenset({"nomn", "sing", str(tag.gender)})))
    return out
