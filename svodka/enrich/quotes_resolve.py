"""Resolving speaker references, in text order, to the people and organisations of the article.

A pronoun or a role points back to the last fitting person before it, outside quoted speech: in the
latest sentence that has one, a speaker already quoted there, else its first (subject) mention; the
verb's gender filters ("сказала замминистра" → a woman). An organisation noun ("в ведомстве")
points to the organisation that spoke last.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from svodka.enrich.entity_lexicon import KIN_LEMMAS
from svodka.enrich.quotes_forms import (
    as_written,
    ending_only,
    nominative_phrase,
    person_nominative,
    same_stem,
)
from svodka.enrich.quotes_lexicon import AUTHOR_LEMMAS, SOCIAL
from svodka.enrich.quotes_names import Ref, kin_of, written_nominative
from svodka.enrich.quotes_nouns import named_by_phrase_before, same_kind
from svodka.enrich.quotes_sources import SourceMention, is_known
from svodka.enrich.quotes_speakers import eponym
from svodka.enrich.quotes_text import INITIALS, Reader
from svodka.enrich.quotes_units import body_key, named_body, police_body
from svodka.model import Entity

# the nouns of a company, which a network is too
COMPANY_LEMMAS = frozenset({"компания", "корпорация", "мессенджер", "соцсеть"})

CLAUSE_POS = frozenset({"VERB", "INFN", "GRND", "PRTS"})
MEDIA_LEMMAS = frozenset("телеканал газета агентство издание журнал радиостанция портал сайт телекомпания".split())
# ", в котором он предлагает": a pronoun in a relative clause points to the one just before the clause
RELATIVE_CLAUSE = re.compile(r",\s+(?:в\s+|на\s+|о\s+)?котор")


@dataclass
class Speaker:
    name: str
    type: str  # "PER" | "ORG"
    gender: str | None = None


@dataclass
class Said:
    """A resolved speaker at a position: the history references resolve against."""

    pos: int
    speaker: Speaker


class Resolver:
    """Resolves references in text order against the people and organisations met so far."""

    def __init__(self, reader: Reader, outlets: list[SourceMention]) -> None:
        self.reader = reader
        self.outlets = outlets
        self.said: list[Said] = []
        # "обсерватории им. В.П. Энгельгардта": a body's eponym is nobody a pronoun refers to
        self.mentions = [e for e in reader.entities if not reader.inside_quotes(e.start) and not eponym(reader, e)
                         and not any(o.start <= e.start < o.stop for o in outlets)]
        self.genders: dict[str, str | None] = {}
        self.media_names: set[str] = set()  # outlets that spoke: not what "в ведомстве" refers to
        self.role_words: dict[int, set[str]] = {}
        self.org_names: dict[int, str] = {}
        self.person_names: dict[str, str] = {}
        self.units: dict[str, str] = {}  # a body's lemma → its unit the article quoted ("Управление … по … области")
        self.forms: dict[str, str] = {}  # a person's base form → the nominative the article writes

    def resolve(self, ref: Ref, content: tuple[int, int] = (0, 0)) -> Speaker | None:
        """The speaker `ref` names; `content` is the quotation's own text, whose people are what is
        said, not who says it ("…освобождение Шугалея, уверен публицист")."""
        speaker: Speaker | None = None
        if ref.kind == "entity" and ref.entity is not None:
            if ref.written and ref.entity.type == "PER":
                self.learn_form(ref.entity)
            speaker = self.of_entity(ref.entity)
        elif ref.kind == "pronoun" and ref.gender == "plur":
            speaker = self.body_said_last()  # "Они отмечают, что …": never an outlet (a channel is not "они")
        elif ref.kind == "pronoun":
            speaker = self.recent("PER", ref.start, ref.gender, content) or self.last_said()
        elif ref.kind == "role":
            speaker = self.of_role(ref, content)
        elif ref.kind == "orgnoun":
            speaker = self.named_with_noun(ref) or self.named_before(ref) or self.body_for(ref)
        elif ref.kind == "outlet":
            speaker = self.of_outlet(ref)
        elif ref.kind == "document":
            speaker = self.issuer_before(ref)
        elif ref.kind == "name":
            name = self.reader.text[ref.start:ref.stop]
            speaker = Speaker(name, "PER", self.reader.name_gender(name))
        elif ref.kind == "title":
            speaker = Speaker(self.reader.text[ref.start:ref.stop].strip(), "ORG")
        elif ref.kind == "orgphrase":
            police = police_body(self.reader, ref.start, ref.stop, self.mentions)
            phrase = nominative_phrase(self.reader, ref.start, ref.stop)
            named = named_body(self.reader, phrase, self.mentions) if police is None else None
            speaker = (self.of_entity(police) if police is not None else Speaker(named or phrase, "ORG"))
            if ref.org is not None:
                self.units[body_key(self.reader, ref.org)] = speaker.name
        if speaker is not None:
            self.said.append(Said(ref.start, speaker))
        return speaker

    def learn_form(self, entity: Entity) -> None:
        """A person's name written as a subject ("сообщил Андре Гаритта") is in the nominative: where
        the base form made from it differs only in endings ("Андре Гаритт"), the written one is right."""
        name = entity.canonical or entity.normal or entity.text
        written = entity.text.split()
        base = name.split()
        if len(written) > len(base) or any("." in w for w in written) or name in self.reader.word_runs(name):
            return  # a base form the article itself writes is right
        pairs = list(zip(base[len(base) - len(written):], written, strict=True))
        if all(b == w or same_stem(b.lower(), w.lower()) or ending_only(b.lower(), w.lower()) for b, w in pairs) \
                and any(b != w for b, w in pairs):
            self.forms[name] = " ".join(base[:len(base) - len(written)] + written)

    def of_entity(self, entity: Entity) -> Speaker:
        name = entity.canonical or entity.normal or entity.text
        name = self.forms.get(name, name)
        if entity.type == "ORG":
            # the unit spoken as before whose body the entity names ("Роспотребнадзоре" after
            # "Управление Роспотребнадзора по Челябинской области")
            unit = self.units.get(body_key(self.reader, entity))
            if unit is not None:
                return Speaker(unit, "ORG")
            if entity.start not in self.org_names:  # asked for every mention a reference looks back over
                self.org_names[entity.start] = as_written(self.reader, entity, name)
            name = self.org_names[entity.start]
            if self.is_media(entity):
                self.media_names.add(name)  # as a speaker is named, which is what body_for compares
        elif INITIALS.match(entity.text):
            name = self.full_name(entity) or name
        else:
            if name not in self.person_names:  # asked for every mention a reference looks back over
                found = written_nominative(self.reader, self.mentions, name) or person_nominative(self.reader, name)
                # "Александр ДУХОВСКИЙ": a name set in capitals for emphasis is a name
                self.person_names[name] = " ".join("-".join(part.capitalize() for part in w.split("-"))
                                                   if w.isupper() and len(w) > 2 else w for w in found.split())
            name = self.person_names[name]
        if name not in self.genders:
            self.genders[name] = self.person_gender(entity, name) if entity.type == "PER" else None
        return Speaker(name, entity.type, self.genders[name])

    def person_gender(self, entity: Entity, name: str) -> str | None:
        """The gender of a feminine role before any of the person's mentions ("Певица Долореш Авейру":
        pymorphy3 guesses a foreign first name masculine), else of the name, else of a past verb right
        after a mention ("Криштиану Роналду подарил")."""
        same = [e for e in self.mentions if e.type == "PER" and (e.canonical or e.normal) == (entity.canonical or entity.normal)]
        # kin nouns before a lone surname aside: "Мать Роналду" is his mother, not a woman named Роналду
        # ("своей маме Долореш Авейру" gives her first name)
        if any(self.reader.parse(role)[0].tag.gender == "femn" and (role not in KIN_LEMMAS or " " in e.text)
               for e in same for role in self.roles_before(e)):
            return "femn"
        verb = next(filter(None, map(self.verb_after_gender, same)), None)
        if verb is not None and self.reader.guessed_man(name):
            return verb  # "Коко Гауфф вышла": the verb, over the guess of an Italian man's name in -о
        return self.reader.name_gender(name) or verb

    def verb_after_gender(self, entity: Entity) -> str | None:
        """The gender of a past verb right after the name ("Криштиану Роналду подарил")."""
        k = self.reader.word_index(entity.stop)
        if k >= len(self.reader.words) or self.reader.words[k].start - entity.stop > 1:
            return None
        parse = self.reader.parse(self.reader.words[k].text.lower())[0]
        if parse.tag.POS != "VERB" or parse.tag.tense != "past":
            return None
        return str(parse.tag.gender) if parse.tag.gender in ("masc", "femn") else None

    def full_name(self, entity: Entity) -> str | None:
        """"С.Синха" after "Санджая Синхи": the person named in full before, whose first name starts
        with the initial and whose surname is the one written (up to its case ending)."""
        initial = entity.text[0].lower()
        surname = INITIALS.sub("", entity.text.split()[0]).lower()
        for e in self.mentions:
            if e.start >= entity.start:
                break
            words = (e.canonical or e.normal or e.text).split()
            if (e.type == "PER" and len(words) > 1 and words[0][0].lower() == initial
                    and (words[-1].lower() == surname or same_stem(words[-1].lower(), surname))):
                return " ".join(words)
        return None

    def of_outlet(self, ref: Ref) -> Speaker | None:
        for outlet in self.outlets:
            if outlet.start == ref.start:
                outlet.used_as_speaker = True
                self.media_names.add(outlet.name)
                # "Об этом сообщает FDA" after "Управление … США (FDA)": the body by the name it was introduced with
                entity = self.reader.entity_at(ref.start)
                full = entity.canonical if entity is not None and entity.type == "ORG" and entity.text == outlet.name else None
                if full and len(full.split()) > len(outlet.name.split()):
                    self.media_names.add(full)
                    return Speaker(full, "ORG")
                return Speaker(outlet.name, "ORG")
        return None

    def of_role(self, ref: Ref, content: tuple[int, int]) -> Speaker | None:
        lemma = self.reader.lemma(self.reader.text[ref.start:ref.stop])
        if lemma == "собеседник":
            # "сказал собеседник агентства": whoever spoke last, person or organisation; but "неназванный
            # собеседник издания" is the outlet's unnamed source, and the outlet that spoke last speaks
            unnamed = UNNAMED.search(self.reader.text, max(0, ref.start - 15), ref.start) is not None
            return (self.outlet_said_last() if unnamed else None) or self.last_said()
        if lemma in AUTHOR_LEMMAS and ref.gender in ("masc", "femn") and not self.of_publication(ref):
            # "Автор «Бесогона» попросил": one author, the person of the work who spoke before
            return self.last_said("PER") or self.recent("PER", ref.start, ref.gender, content)
        if lemma in AUTHOR_LEMMAS:
            return self.last_said("ORG") or self.recent("PER", ref.start, ref.gender, content)
        if ref.owned and lemma in KIN_LEMMAS and ref.gender in ("masc", "femn"):
            # "Жена принца Гарри утверждает" after "Меган Маркл подала в суд": the woman named last
            return self.introduced_as(ref) or self.recent("PER", ref.start, ref.gender, content)
        if ref.owned:
            return self.introduced_as(ref)
        return self.introduced_as(ref) or self.recent("PER", ref.start, ref.gender, content)

    def of_publication(self, ref: Ref) -> bool:
        """"Автор материала", "автор статьи": the outlet's writer, not a person of the story."""
        k = self.reader.word_index(ref.stop)
        after = self.reader.words[k].text.lower() if k < len(self.reader.words) else ""
        return self.reader.lemma(after) in AUTHORED

    def introduced_as(self, ref: Ref) -> Speaker | None:
        """"Писатель отметил" after "писатель Николай Стариков": the person the article introduced
        with that role, the latest before the reference, else the first in its paragraph after it
        ("Врач-отоларинголог заявил, … Врач-отоларинголог Владимир Зайцев сообщил")."""
        wanted = role_lemmas(self.reader, self.reader.text[ref.start:ref.stop])
        if not wanted:
            return None
        def fitting(e: Entity) -> bool:
            return e.type == "PER" and bool(wanted & self.roles_before(e)) and fits(self.of_entity(e), ref.gender)

        before = next((e for e in reversed(self.mentions) if e.start < ref.start and fitting(e)), None)
        if before is not None:
            return self.of_entity(before)
        para = self.reader.paragraph_of(ref.start)
        sentence = self.reader.sentence_of(ref.start)
        after = next((e for e in self.mentions if e.start >= sentence.stop
                      and self.reader.paragraph_of(e.start) in (para, para + 1) and fitting(e)), None)
        return self.of_entity(after) if after is not None else None

    def roles_before(self, entity: Entity) -> set[str]:
        """The role nouns written right before a person's name ("глава Минпромторга России Денис
        Мантуров" → {"глава"}), within the clause."""
        if entity.start not in self.role_words:
            sentence = self.reader.sentence_of(entity.start)
            found: set[str] = set()
            words = self.reader.words_between(sentence.start, entity.start)
            for w in reversed(words[-8:]):
                # the phrase ends at punctuation, a conjunction, a verb or another person's name
                other = self.reader.entity_at(w.start)
                if (w.text in ",.;:!?()—–«»\"" or w.text.lower() in ("и", "а", "но", "или")
                        or (other is not None and other.type == "PER")
                        or self.reader.parse(w.text.lower())[0].tag.POS in CLAUSE_POS):
                    break
                # the head of the phrase is its first role: "заместитель главы Офиса … Трофимов"
                if (w.text.islower() or w is words[0]) and not kin_of(self.reader, w, entity):
                    # "мама Александра Петрова": whose mother, no role of his
                    found = role_lemmas(self.reader, w.text, singular=True) or found
            self.role_words[entity.start] = found
        return self.role_words[entity.start]

    def named_with_noun(self, ref: Ref) -> Speaker | None:
        """"представители холдинга" after "холдинга Berkshire Hathaway …, отмечает CNBC", "в банке" after
        "ПриватБанк": the organisation mentioned last, outlets aside, when it was named with that noun
        or carries it in its name; None when the last one is another ("компания Chery … Isuzu …
        в компании")."""
        reader = self.reader
        lemma = reader.lemma(reader.text[ref.start:ref.stop])
        for e in reversed(self.mentions):
            if e.start >= ref.start or e.type != "ORG" or self.is_media(e):
                continue
            k = reader.word_index(e.start)
            before = [w for w in reader.words[max(0, k - 2):k] if w.text not in "«\"„“"][-1:]
            named_so = lemma in e.text.lower() or (bool(before) and same_kind(reader.lemma(before[0].text), lemma))
            return self.of_entity(e) if named_so else None
        return None

    def named_before(self, ref: Ref) -> Speaker | None:
        """"в сообщении посольства" after "Посольство России …": the body as the article named it."""
        noun = self.reader.words[self.reader.word_index(ref.start)]
        span = named_by_phrase_before(self.reader, noun)
        return Speaker(nominative_phrase(self.reader, *span), "ORG") if span is not None else None

    def body_for(self, ref: Ref) -> Speaker | None:
        """"в ведомстве", "представители холдинга": the organisation that spoke last, or was mentioned
        last, leaving out outlets ("отмечают телеканалы CNBC и CNN") unless the noun is a medium's."""
        lemma = self.reader.lemma(self.reader.text[ref.start:ref.stop])
        recent = self.recent("ORG", ref.start, None)
        if lemma in MEDIA_LEMMAS:
            return self.last_said("ORG") or recent
        said = self.body_said_last()
        if said is not None or (recent is not None and recent.name not in self.media_names):
            return said or recent
        return self.body_named_before(ref.start, networks=lemma in COMPANY_LEMMAS)

    def body_named_before(self, pos: int, networks: bool = False) -> Speaker | None:
        """The organisation mentioned last before `pos`; an outlet is never the body ("сообщили
        телеканалу «Москва 24» в пресс-службе музея"), but a network is a company ("иск против
        Telegram. Компания заявляет …")."""
        before = [e for e in reversed(self.mentions) if e.start < pos and e.type == "ORG"]
        # a network only when no other body was named ("Apple … в Twitter. В компании заявили": Apple)
        mentioned = next((e for e in before if not self.is_media(e)), None) or (
            next((e for e in before if e.text in SOCIAL), None) if networks else None)
        return self.of_entity(mentioned) if mentioned is not None else None

    def issuer_before(self, ref: Ref) -> Speaker | None:
        """"«…», — говорится в сообщении" with no issuer named: documents are issued by bodies, so the
        organisation that spoke last, else the one the article named last ("Нацбанк объяснил …
        говорится в обзоре"), else whoever spoke last; a publication ("В материале говорится") is
        the outlet's that spoke last."""
        outlet = self.outlet_said_last() if self.reader.lemma(self.reader.text[ref.start:ref.stop]) in PUBLICATIONS else None
        return outlet or self.last_said("ORG") or self.body_named_before(ref.start) or self.last_said()

    def is_media(self, entity: Entity) -> bool:
        """"телеканалы CNBC и CNN", "ТАСС": an outlet reports; it is not the body an article is about."""
        k = self.reader.word_index(entity.start)
        if k > 0 and self.reader.words[k - 1].text in "«\"„“":
            k -= 1  # "телеканалу «Москва 24»"
        kind = self.reader.lemma(self.reader.words[k - 1].text) if k > 0 else ""
        genre = kind in MEDIA_LEMMAS
        if kind in ("сайт", "портал"):
            # "сайт Медвести" is an outlet; "сайт УМВД", "сайт министерства" is the body's own site
            genre = entity.text == entity.normal and not entity.text.isupper()
        return genre or is_known(entity.text) or is_known(entity.normal)

    def outlet_said_last(self) -> Speaker | None:
        """The outlet that spoke last."""
        return next((s.speaker for s in reversed(self.said) if s.speaker.name in self.media_names), None)

    def body_said_last(self) -> Speaker | None:
        """The organisation that spoke last, leaving out outlets."""
        return next((s.speaker for s in reversed(self.said)
                     if s.speaker.type == "ORG" and s.speaker.name not in self.media_names), None)

    def last_said(self, kind: str | None = None) -> Speaker | None:
        """Who spoke last (of that kind, "PER" or "ORG")."""
        return next((s.speaker for s in reversed(self.said) if kind is None or s.speaker.type == kind), None)

    def object_of_speech(self, entity: Entity) -> bool:
        """A person named in a quotation in an oblique case ("освобождение Шугалея") is talked about;
        one who is its subject ("Президент Литвы Даля Грибаускайте подписала") may be the speaker."""
        written, base = entity.text.split()[-1].lower(), (entity.normal or entity.text).split()[-1].lower()
        return entity.type == "PER" and (written != base or not self.reader.name_nominative(written))

    def recent(self, kind: str, pos: int, gender: str | None, content: tuple[int, int] = (0, 0)) -> Speaker | None:
        """The person (or organisation) a reference at `pos` points back to: in the latest sentence
        before it with a fitting one, the speaker quoted there, else its first mention."""
        by_sentence: dict[int, list[tuple[int, bool, Speaker]]] = {}
        declined: set[int] = set()  # mentions written in an oblique case ("заместитель Дмитрия Ливанова")
        for e in self.mentions:
            if e.start >= pos:
                break
            if e.type == kind and not (content[0] <= e.start < content[1] and self.object_of_speech(e)):
                s = self.of_entity(e)
                if fits(s, gender) and not family(s):
                    by_sentence.setdefault(self.reader.sentence_of(e.start).start, []).append((e.start, False, s))
                    if kind == "PER" and e.text != e.normal and e.normal:
                        declined.add(e.start)
        for said in self.said:
            if said.pos < pos and said.speaker.type == kind and fits(said.speaker, gender):
                by_sentence.setdefault(self.reader.sentence_of(said.pos).start, []).append((said.pos, True, said.speaker))
        if not by_sentence:
            return None
        latest = by_sentence[max(by_sentence)]
        spoke = [s for _, was_said, s in latest if was_said]
        if spoke:
            return spoke[-1]
        nearest = max(latest, key=lambda x: x[0])
        if kind == "PER" and max(by_sentence) == self.reader.sentence_of(pos).start and RELATIVE_CLAUSE.search(
                self.reader.text, nearest[0], pos):
            return nearest[2]  # "письмо от Абрамсона, в котором он предлагает": whom the clause is about
        # the sentence's first person written in the nominative, its subject ("… заместитель Дмитрия Ливанова –
        # Игорь Федюкин. Свое решение он объяснил …"), before one in an oblique case
        return min(latest, key=lambda x: (x[0] in declined, x[0]))[2]


UNNAMED = re.compile(r"(?:неназванн|анонимн|пожелавш)\w*\s+$", re.IGNORECASE)  # "Неназванный собеседник издания"
PUBLICATIONS = frozenset({"публикация", "материал", "статья"})  # what an outlet issues
AUTHORED = PUBLICATIONS | {"заметка", "колонка", "текст", "репортаж"}  # "автор материала" is the outlet's writer


def role_lemmas(reader: Reader, word: str, singular: bool = False) -> set[str]:
    """The base forms of the role nouns in a word, hyphenated parts too ("врач-отоларинголог");
    `singular`: one person's role, not "одного из ветеранов"."""
    out = set()
    for part in {word, *word.split("-")}:
        parse = reader.role_parse(part) if len(part) > 2 else None
        if parse is not None and (not singular or parse.tag.number == "sing"):
            out.add(str(parse.normal_form))
    return out


def family(speaker: Speaker) -> bool:
    """"семья Шукшиных": a family by its name in the plural, no one person a role ("актриса") points back to;
    a surname that does not decline ("Максим Выборных") is linked to its full name."""
    return speaker.type == "PER" and " " not in speaker.name and speaker.name.endswith(("ых", "их"))


def fits(speaker: Speaker, gender: str | None) -> bool:
    return gender is None or gender == "plur" or speaker.gender is None or speaker.gender == gender
