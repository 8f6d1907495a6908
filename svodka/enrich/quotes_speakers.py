"""Who is speaking: the words that name or refer to a speaker next to a cue.

An attribution names its speaker (an entity), or refers back to one: a pronoun ("сказал он"), a role
("сообщил министр", "по словам эксперта") or an organisation noun ("в ведомстве заявили"); a
`Ref` records which, and quotes_resolve turns it into a name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from svodka.enrich.nlp import Token
from svodka.enrich.quotes_lexicon import (
    ALWAYS_ANONYMOUS,
    ANONYMOUS,
    AUTHOR_LEMMAS,
    FUNCTION_WORDS,
    KIN_LEMMAS,
    MEDIA_GENRES,
    NP_BREAKS,
    ORG_NOUNS,
    PRONOUNS,
    ROLE_OWNERS,
    SELF_NAMED,
    SPOKES_LEMMAS,
)
from svodka.enrich.quotes_sources import is_known
from svodka.enrich.quotes_text import Reader
from svodka.model import Entity

Spans = list[tuple[int, int]]
LOCATIVE = frozenset({"в", "во"})
# "в социальной сети Instagram", "в микроблоге Twitter": the place a statement was posted
PREPOSITIONS = frozenset("о об обо про для от с со к ко у по при без на за из над под через между перед".split())
NETWORK_PLACES = frozenset("сеть соцсеть микроблог блог аккаунт страница канал".split())
STOP_CHARS = ".;!?(:"


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
    written: bool = False  # the entity stands as a subject: its words as written are the nominative


def window_end(reader: Reader, start: int, limit: int) -> int:
    """Where the noun phrase naming a speaker after `start` ends: at a full stop, a bracket, a
    dash, or a comma followed by a clause ("…, который", "…, подчеркнув")."""
    text = reader.text
    i = start
    while i < limit:
        ch = text[i]
        if ch in STOP_CHARS or ch == "\n":
            if ch == "." and i + 1 < limit and text[i + 1].isalpha():  # "В.Писарь", "Х.Мубарака"
                i += 1
                continue
            return i
        if ch in "—–" or (ch == "-" and text[i - 1:i + 2] == " - "):
            return i
        if ch == "," and clause_follows(reader, text[i + 1:limit]):
            return i
        i += 1
    return limit


def clause_follows(reader: Reader, rest: str) -> bool:
    first = rest.lstrip().split(" ", 1)[0].strip(",.").lower()
    return first in NP_BREAKS or (first.endswith(("в", "вшись", "я", "ясь")) and reader.parse(first)[0].tag.POS == "GRND")


def speaker_after(reader: Reader, start: int, stop: int, gender: str | None, skip: Spans,
                  subject: bool = True) -> Ref | None:
    """The speaker named or referred to in the phrase right after a cue ("…, — сказал Лавров");
    `subject=False` after "по словам", whose speaker is in the genitive."""
    stop = window_end(reader, start, stop)
    words = [w for w in reader.words_between(start, stop) if not in_spans(w.start, skip)]
    # "сказала замминистра Вероника Скворцова": a name in the phrase beats the role before it
    person = next((e for e in reader.entities_between(start, stop)
                   if e.type == "PER" and not in_spans(e.start, skip)), None)
    for k, w in enumerate(words):
        entity = reader.entity_at(w.start)
        if entity is not None and not in_spans(entity.start, skip):
            if entity.text.lower() in ANONYMOUS or channel_at(reader, entity, words[k - 1].text if k else ""):
                continue  # "со ссылкой на СМИ", "написала в микроблоге в Instagram Ольга Рапунцель"
            if subject and entity.type == "PER" and not any(reader.name_nominative(x) for x in entity.text.split()):
                continue  # "предупреждала Глеба": who was told
            if gender == "plur" and entity.type == "ORG" and not plural_name(reader, entity) and (
                    k == 0 or words[k - 1].text.lower() not in LOCATIVE):
                continue  # "пояснили «Байкал-Daily»": who was told, not who told
            return Ref("entity", entity.start, entity.stop, entity, gender, written=subject)
        low = w.text.lower()
        if low in PRONOUNS:
            return Ref("pronoun", w.start, w.stop, gender=PRONOUNS[low])
        if low == "ссылкой" and k and words[k - 1].text.lower() == "со":
            return cited(reader, start, w.stop, stop, gender, skip)
        if low in FUNCTION_WORDS or not w.text.replace("-", "").isalpha():
            continue
        if w.text[:1].isupper() and reader.is_name(w.text) and known_name(reader, w.text):
            return name_starting_at(reader, words, k, stop)  # "- объясняет Писеев": a name the tagger missed
        ref = noun_ref(reader, words[k:], stop, gender, skip, subject)
        # "представитель ЕК Фредерик Вансен": the person, not the organisation he speaks for; but
        # "пресс-служба Бердымухамедова" is the office's
        spokesman = ref is not None and ref.entity is not None and ref.entity.type == "ORG" and ref.start > w.start
        named = person is not None and (not subject or any(reader.name_nominative(x) for x in person.text.split()))
        if (ref is not None and person is not None and named and (ref.kind == "role" or spokesman)
                and not kin_of(reader, w, person)):
            return Ref("entity", person.start, person.stop, person, gender, written=subject)
        if ref is not None:
            return ref if ref.kind != "anonymous" else None
    # nobody but a channel after the verb: "…, сообщает «Маяк»" — the outlet said it; after a plural
    # verb ("пояснили «Байкал-Daily»") the channel is only who was told
    outlets = [(a, b) for a, b in skip if start <= a < stop]
    comma = reader.text.find(",", outlets[0][1], stop) if outlets else -1
    rest = [w.text.lower() for w in words if outlets and outlets[0][1] <= w.start < (comma if comma >= 0 else stop)
            and w.text.isalnum()]
    if len(outlets) == 1 and gender != "plur" and (not rest or "ссылкой" in rest):
        return Ref("outlet", *outlets[0])
    return None


def cited(reader: Reader, start: int, at: int, stop: int, gender: str | None, skip: Spans) -> Ref | None:
    """"сообщает Reuters со ссылкой на МВД Ирака": the party cited speaks when it is named and no
    outlet; "… со ссылкой на местные власти / на источник": the outlet that cites them."""
    for e in reader.entities_between(at, stop):
        if e.text.lower() not in ANONYMOUS and not is_known(e.text):
            return Ref("entity", e.start, e.stop, e, gender)
    outlets = [(a, b) for a, b in skip if start <= a < at]
    return Ref("outlet", *outlets[0]) if len(outlets) == 1 and gender != "plur" else None


def channel_at(reader: Reader, entity: Entity, prev: str) -> bool:
    """"в Twitter", "в Instagram": a medium or network after "в" is where something was said."""
    return (prev.lower() in LOCATIVE or reader.lemma(prev) in NETWORK_PLACES) and is_known(entity.text)


def plural_name(reader: Reader, entity: Entity) -> bool:
    """"Вечерние Ведомости", "Известия": a name that is itself plural can go with a plural verb."""
    head = entity.text.strip("«»\"").split()[-1:]
    return bool(head) and reader.parse(head[0].lower())[0].tag.number == "plur"


def speaker_before(reader: Reader, start: int, cue: int, gender: str | None, skip: Spans) -> Ref | None:
    """The subject before a cue ("Лавров заявил, что", "в МИД отметили, что"): the nearest name,
    pronoun or role to the verb that can be a subject, past participle clauses ("Юнкер,
    возглавляющий Еврогруппу, заявил")."""
    # the subject stands close to its verb: a dozen words back is far enough
    words = [w for w in reader.words_between(start, cue) if not in_spans(w.start, skip)][-14:]
    k = len(words) - 1
    while k >= 0:
        w = words[k]
        if w.text in ";:" or reader.inside_quotes(w.start):
            return None
        if w.text == ",":
            k = before_participle_clause(reader, words, k)
            continue
        ref = subject_at(reader, words, k, cue, gender, skip)
        if ref is not None:
            return ref if ref.kind != "anonymous" else None
        k -= 1
    return None


def before_participle_clause(reader: Reader, words: list[Token], comma: int) -> int:
    """The index to go on from, backwards, at a comma: past ", возглавляющий Еврогруппу," when the
    comma closes a participle or "который" clause, else just past the comma."""
    for m in range(comma - 1, max(-1, comma - 12), -1):
        if words[m].text == ",":
            opener = words[m + 1].text.lower() if m + 1 < comma else ""
            parse = reader.parse(opener)[0] if opener.isalpha() else None
            if parse is not None and (parse.tag.POS == "PRTF" or parse.normal_form == "который"):
                return m - 1
            break
    return comma - 1


def subject_at(reader: Reader, words: list[Token], k: int, cue: int, gender: str | None, skip: Spans) -> Ref | None:
    w = words[k]
    prev = words[k - 1].text.lower() if k else ""
    entity = reader.entity_at(w.start)
    if entity is not None and not in_spans(entity.start, skip):
        if entity.start < w.start:
            return None  # the middle of a name: its first word decides
        locative = prev in LOCATIVE
        if channel_at(reader, entity, prev) or (k and kin_of(reader, words[k - 1], entity)):
            # "в Instagram напомнил": where it was said; "супруга Дмитренко добавила": the wife speaks
            return None
        dependent = entity.type == "ORG" and k > 0 and reader.role_parse(words[k - 1].text) is not None
        if entity.text.lower() in ANONYMOUS:
            return Ref("anonymous", w.start, w.stop)
        # a subject is in the nominative: some word of a person's name (foreign surnames do not
        # decline) unless the surname says otherwise ("о волшебнике Гарри Поттере"); an
        # organisation's head word
        parts = entity.text.split()
        if entity.type == "PER":
            nominative = not oblique_surname(reader, parts[-1]) and any(reader.name_nominative(x) for x in parts)
        else:
            nominative = reader.nominative(parts[0])
        if locative or (not dependent and prev not in PREPOSITIONS and nominative):
            return Ref("entity", entity.start, entity.stop, entity, gender, written=not locative)
        return None
    low = w.text.lower()
    if low in PRONOUNS:
        return Ref("pronoun", w.start, w.stop, gender=PRONOUNS[low])
    if low == "там" and gender == "plur":
        return Ref("orgnoun", w.start, w.stop)  # "МИД потребовал … Также там заявили, что …"
    if low in FUNCTION_WORDS or not w.text.replace("-", "").isalpha():
        return None
    if w.text[:1].isupper() and reader.is_name(w.text) and (k or known_name(reader, w.text)):
        return name_ending_at(reader, words, k)
    if prev in LOCATIVE and reader.lemma(low) in ORG_NOUNS:
        return Ref("orgnoun", w.start, w.stop)
    if not reader.nominative(w.text):
        return None
    return noun_ref(reader, words[k:], cue, gender, skip)


def noun_ref(reader: Reader, words: list[Token], stop: int, gender: str | None, skip: Spans,
             subject: bool = True) -> Ref | None:
    """A reference made by a common noun at words[0]: a role (with the name after it, if the tagger
    missed one), a group of an organisation's people, an organisation noun; Ref("anonymous") for
    "источник", "эксперты" and the like."""
    w = words[0]
    low = w.text.lower()
    follow = [e for e in reader.entities_between(w.stop, stop) if not in_spans(e.start, skip)]
    org = next((e for e in follow if e.type == "ORG" and e.start - w.stop < 60), None)
    if low in ANONYMOUS and low not in ALWAYS_ANONYMOUS and org is None:
        org = group_named_before(reader, w)
    if low in ALWAYS_ANONYMOUS or (low in ANONYMOUS and org is None):
        return Ref("anonymous", w.start, w.stop)
    role = reader.role_parse(w.text, subject=subject)
    if role is not None:
        name = name_after(reader, words[1:], stop)
        if name is not None and not kin_of(reader, w, name):
            return name
        outlet = next(((a, b) for a, b in skip if 0 <= a - w.stop <= 4), None)
        if outlet is not None and str(role.normal_form) in AUTHOR_LEMMAS:
            return Ref("outlet", *outlet)  # "передает корреспондент ИА REGNUM"
        if role.tag.number == "plur" or str(role.normal_form) in SPOKES_LEMMAS:
            if org is not None:
                return Ref("entity", org.start, org.stop, org, gender)
            orgnoun = next((x for x in words[1:4] if reader.lemma(x.text) in ORG_NOUNS), None)
            if orgnoun is not None:
                return Ref("orgnoun", orgnoun.start, orgnoun.stop)
            work = named_work_before(reader, w, gender) if str(role.normal_form) in AUTHOR_LEMMAS else None
            if work is not None:
                return work
            return Ref("anonymous", w.start, w.stop) if role.tag.number == "plur" else None
        k = reader.word_index(w.start)
        if k and reader.words[k - 1].text.lower() in ROLE_OWNERS:
            return Ref("anonymous", w.start, w.stop)  # "их мама ответила": somebody's, unnamed
        return Ref("role", w.start, w.stop, gender=gender or role_gender(role), org=org)
    lemma = reader.lemma(w.text)
    if lemma in SELF_NAMED or (lemma in ORG_NOUNS and (w.text[:1].islower() or w.start != reader.sentence_of(w.start).start)):
        return org_noun_ref(reader, words, org, gender, skip)
    return None


def group_named_before(reader: Reader, w: Token) -> Entity | None:
    """"исследователи из Института …" earlier in the article: a later bare "исследователи" are them."""
    low = w.text.lower()
    for k in range(reader.word_index(w.start) - 1, -1, -1):
        x = reader.words[k]
        if x.text.lower() != low:
            continue
        after = reader.words[k + 1:k + 3]
        for y in after:
            e = reader.entity_at(y.start)
            if e is not None and e.type == "ORG" and e.start == y.start:
                return e
    return None


def named_work_before(reader: Reader, w: Token, gender: str | None) -> Ref | None:
    """"В журнале Nature … авторы написали", "объявление, подписанное «Батальон …». Авторы
    утверждали": bare "авторы" are the authors of the paper or group named last, in their sentence
    or the one before; a named work with several authors speaks as one."""
    k = reader.word_index(w.stop)
    after = reader.words[k] if k < len(reader.words) else None
    if after is not None and after.text.islower() and any(
            p.tag.POS in ("NOUN", "ADJF") and p.tag.case == "gent" for p in reader.parse(after.text)[:2]):
        return None  # "авторы новой разработки", "авторы книги": described, not named
    sentence = reader.sentence_of(w.start)
    before = reader.sentence_of(sentence.start - 1) if sentence.start > 0 else sentence
    for e in reversed(reader.entities_between(before.start, w.start)):
        if e.type != "ORG":
            continue
        # «Батальон шахида …»: quotation marks opening on a name hold the name, whole, not speech
        title = next((q for q in reader.quoted if q.start == e.start and e.stop <= q.stop), None)
        if title is not None:
            return Ref("title", title.start, title.stop, gender=gender)
        if not reader.inside_quotes(e.start):
            return Ref("entity", e.start, e.stop, e, gender)
    return None


def name_after(reader: Reader, words: list[Token], stop: int) -> Ref | None:
    """"адвокат Яков Аджиашвили" when the tagger left the name out: the capitalised first names and
    surnames right after a role, up to three, skipping the role's lowercase dependents."""
    k = 0
    while k < len(words) and k < 5 and (words[k].text[:1].islower() or is_org(reader, words[k])):
        k += 1
    if k >= len(words):
        return None
    entity = reader.entity_at(words[k].start)
    if entity is not None and entity.type == "PER" and entity.stop <= stop:
        return Ref("entity", entity.start, entity.stop, entity)
    ref = name_starting_at(reader, words, k, stop)
    text = reader.text[ref.start:ref.stop] if ref is not None else ""
    if ref is None or (" " not in text and not any("Surn" in p.tag for p in reader.parse(text.lower())[:2])):
        return None
    return ref


def name_starting_at(reader: Reader, words: list[Token], k: int, stop: int) -> Ref | None:
    """The run of up to three capitalised name words from words[k]."""
    run = []
    for w in words[k:k + 3]:
        if w.stop > stop or not reader.is_name(w.text) or reader.entity_at(w.start) is not None:
            break
        run.append(w)
    return Ref("name", run[0].start, run[-1].stop) if run else None


def oblique_surname(reader: Reader, word: str) -> bool:
    """"Поттере", "Ходорковского": a word the dictionary knows as a name only in oblique cases."""
    if not reader.nlp.known(word.lower()):
        return False  # "Рингайзе": a guess from the ending, foreign names do not decline
    parses = reader.parse(word.lower())[:4]
    names = [p for p in parses if "Surn" in p.tag or "Name" in p.tag or "Patr" in p.tag]
    return bool(names) and not any(p.tag.case == "nomn" for p in parses)


def kin_of(reader: Reader, role: Token, name: Ref | Entity) -> bool:
    """"супруга Дмитренко": a bare surname after a kin noun is whose kin; "сестра Алла" names her."""
    if reader.lemma(role.text) not in KIN_LEMMAS:
        return False
    words = reader.text[name.start:name.stop].split()
    return not any("Name" in p.tag for w in words for p in reader.parse(w.lower())[:2])


def is_org(reader: Reader, w: Token) -> bool:
    entity = reader.entity_at(w.start)
    return entity is not None and entity.type == "ORG"


def known_name(reader: Reader, word: str) -> bool:
    """A sentence's capitalised first word is a name only when the dictionary says so ("Путин")."""
    tag = reader.parse(word.lower())[0].tag
    return "Name" in tag or "Surn" in tag


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


def org_noun_ref(reader: Reader, words: list[Token], org: Entity | None, gender: str | None, skip: Spans) -> Ref | None:
    """"в ведомстве" (the organisation spoken of), "газета Le Monde" (the outlet), "в центре … РАН"
    (the organisation named after it), "в таллинской мэрии" (a described one, named by the phrase)."""
    w = words[0]
    parses = reader.parse(w.text.lower())[:3]
    if all(p.tag.number == "plur" for p in parses):
        return Ref("anonymous", w.start, w.stop)  # "по мнению журналистских организаций"
    outlet = next(((a, b) for a, b in skip if 0 <= a - w.stop <= 2), None)
    if outlet is not None:
        return Ref("outlet", *outlet)
    # "в центре общественных связей Сибирского отделения РАН": the unit of the organisation named
    between = [x for x in reader.words_between(w.stop, org.start) if x.text not in "«\"„“"] if org is not None else []
    if org is not None and all(x.text.isalpha() and x.text.islower() and genitive(reader, x.text) for x in between):
        return Ref("entity", org.start, org.stop, org, gender)
    if w.text.lower() in MEDIA_GENRES:
        return Ref("orgnoun", w.start, w.stop)  # "пишет французская газета": the paper quoted before
    served = served_by(reader, words[1:], gender, skip) if reader.lemma(w.text) in SPOKES_LEMMAS else None
    if served is not None:
        return served
    k = reader.word_index(w.start)
    start = w.start
    while k > 0 and reader.parse(reader.words[k - 1].text.lower())[0].tag.POS == "ADJF":
        k -= 1
        start = reader.words[k].start
    stop = w.stop
    self_named = reader.lemma(w.text) in SELF_NAMED
    for x in words[1:4]:  # "в сообществе анонимных алкоголиков", "прокуратура Москвы"
        if not x.text.isalpha() or x.text in FUNCTION_WORDS or not genitive(reader, x.text):
            break
        if not x.text.islower():
            stop = x.stop if self_named else stop
            break
        stop = x.stop
    if (start, stop) != (w.start, w.stop) or self_named:
        return Ref("orgphrase", start, stop)
    return Ref("orgnoun", w.start, w.stop)


def served_by(reader: Reader, words: list[Token], gender: str | None, skip: Spans) -> Ref | None:
    """Whom a press service with no named organisation speaks for: "пресс-служба народного депутата
    Александра Фельдмана" → the deputy, "пресс-служба руководителя государства" → the head of state
    met before, "пресс-служба администрации региона" → the administration (a described body)."""
    k = 0
    while k < min(len(words), 2) and words[k].text.islower() and reader.parse(words[k].text)[0].tag.POS == "ADJF":
        k += 1
    if k >= len(words) or not words[k].text.isalpha() or not genitive(reader, words[k].text):
        return None
    person = reader.entity_at(words[k].start)
    if person is not None and person.type == "PER":
        return Ref("entity", person.start, person.stop, person, gender)  # "в пресс-службе Михалкова"
    if not words[k].text.islower():
        return named_unit(reader, words[k:])
    role = reader.role_parse(words[k].text)
    if role is not None:
        name = name_after(reader, words[k + 1:], words[-1].stop)
        return name or Ref("role", words[k].start, words[k].stop, gender=role_gender(role))
    if reader.lemma(words[k].text) in ORG_NOUNS:
        return org_noun_ref(reader, words[k:], None, gender, skip)
    return None


def named_unit(reader: Reader, words: list[Token]) -> Ref | None:
    """"пресс-службе Управления Роспотребнадзора Челябинской области": a capitalised unit noun
    followed by the names it belongs to is one organisation, read up to the last of those names."""
    if reader.lemma(words[0].text.lower()) not in ORG_NOUNS:
        return None
    stop = words[0].stop
    for w in words[1:6]:
        entity = reader.entity_at(w.start)
        if entity is None:
            break
        stop = max(stop, entity.stop)
    return Ref("orgphrase", words[0].start, stop) if stop > words[0].stop else None


def role_gender(parse: Any) -> str | None:
    # "замминистра", "врач" are masculine nouns for women too: only a feminine noun says anything
    return "femn" if parse.tag.gender == "femn" else None


def in_spans(pos: int, spans: Spans) -> bool:
    return any(a <= pos < b for a, b in spans)


def genitive(reader: Reader, word: str) -> bool:
    return any(p.tag.case == "gent" for p in reader.parse(word)[:3])
