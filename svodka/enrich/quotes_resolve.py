"""Resolving speaker references, in text order, to the people and organisations of the article.

A pronoun or a role points back to the last fitting person before it, outside quoted speech: in the
latest sentence that has one, a speaker already quoted there, else its first (subject) mention; the
verb's gender filters ("сказала замминистра" → a woman). An organisation noun ("в ведомстве")
points to the organisation that spoke last.
"""

from __future__ import annotations

from dataclasses import dataclass

from svodka.enrich.quotes_lexicon import AUTHOR_LEMMAS
from svodka.enrich.quotes_sources import SourceMention, is_known
from svodka.enrich.quotes_speakers import Ref
from svodka.enrich.quotes_text import INITIALS, Reader
from svodka.model import Entity

MEDIA_LEMMAS = frozenset("телеканал газета агентство издание журнал радиостанция портал сайт телекомпания".split())


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
        self.mentions = [e for e in reader.entities if not reader.inside_quotes(e.start)
                         and not any(o.start <= e.start < o.stop for o in outlets)]
        self.genders: dict[str, str | None] = {}
        self.media_names: set[str] = set()  # outlets that spoke: not what "в ведомстве" refers to

    def resolve(self, ref: Ref) -> Speaker | None:
        speaker: Speaker | None = None
        if ref.kind == "entity" and ref.entity is not None:
            speaker = self.of_entity(ref.entity)
        elif ref.kind == "pronoun":
            speaker = self.recent("PER", ref.start, ref.gender) or (self.said[-1].speaker if self.said else None)
        elif ref.kind == "role":
            speaker = self.of_role(ref)
        elif ref.kind == "orgnoun":
            speaker = self.named_with_noun(ref) or self.body_for(ref)
        elif ref.kind == "outlet":
            speaker = self.of_outlet(ref)
        elif ref.kind == "name":
            name = self.reader.text[ref.start:ref.stop]
            speaker = Speaker(name, "PER", self.reader.name_gender(name))
        elif ref.kind == "title":
            speaker = Speaker(self.reader.text[ref.start:ref.stop].strip(), "ORG")
        elif ref.kind == "orgphrase":
            speaker = Speaker(nominative_phrase(self.reader, ref.start, ref.stop), "ORG")
        if speaker is not None:
            self.said.append(Said(ref.start, speaker))
        return speaker

    def of_entity(self, entity: Entity) -> Speaker:
        name = entity.canonical or entity.normal or entity.text
        if entity.type == "ORG" and self.is_media(entity):
            self.media_names.add(name)
        if entity.type == "ORG":
            name = with_quoted_name(self.reader, entity, name)
        elif INITIALS.match(entity.text):
            name = self.full_name(entity) or name
        if name not in self.genders:
            self.genders[name] = self.reader.name_gender(name) if entity.type == "PER" else None
        return Speaker(name, entity.type, self.genders[name])

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
                    and same_stem(words[-1].lower(), surname)):
                return " ".join(words)
        return None

    def of_outlet(self, ref: Ref) -> Speaker | None:
        for outlet in self.outlets:
            if outlet.start == ref.start:
                outlet.used_as_speaker = True
                self.media_names.add(outlet.name)
                return Speaker(outlet.name, "ORG")
        return None

    def of_role(self, ref: Ref) -> Speaker | None:
        lemma = self.reader.lemma(self.reader.text[ref.start:ref.stop])
        if lemma == "собеседник":
            # "сказал собеседник агентства": whoever spoke last, person or organisation
            return self.said[-1].speaker if self.said else None
        if lemma in AUTHOR_LEMMAS:
            return self.last_said("ORG") or self.recent("PER", ref.start, ref.gender)
        return self.recent("PER", ref.start, ref.gender)

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
            named_so = lemma in e.text.lower() or (bool(before) and reader.lemma(before[0].text) == lemma)
            return self.of_entity(e) if named_so else None
        return None

    def body_for(self, ref: Ref) -> Speaker | None:
        """"в ведомстве", "представители холдинга": the organisation that spoke last, or was mentioned
        last, leaving out outlets ("отмечают телеканалы CNBC и CNN") unless the noun is a medium's."""
        lemma = self.reader.lemma(self.reader.text[ref.start:ref.stop])
        recent = self.recent("ORG", ref.start, None)
        if lemma in MEDIA_LEMMAS:
            return self.last_said("ORG") or recent
        said = next((s.speaker for s in reversed(self.said)
                     if s.speaker.type == "ORG" and s.speaker.name not in self.media_names), None)
        if said is not None or (recent is not None and recent.name not in self.media_names):
            return said or recent
        mentioned = next((e for e in reversed(self.mentions)
                          if e.start < ref.start and e.type == "ORG" and not self.is_media(e)), None)
        return self.of_entity(mentioned) if mentioned is not None else self.last_said("ORG") or recent

    def is_media(self, entity: Entity) -> bool:
        """"телеканалы CNBC и CNN", "ТАСС": an outlet reports; it is not the body an article is about."""
        k = self.reader.word_index(entity.start)
        genre = k > 0 and self.reader.lemma(self.reader.words[k - 1].text) in MEDIA_LEMMAS
        return genre or is_known(entity.text) or is_known(entity.normal)

    def last_said(self, kind: str) -> Speaker | None:
        return next((s.speaker for s in reversed(self.said) if s.speaker.type == kind), None)

    def recent(self, kind: str, pos: int, gender: str | None) -> Speaker | None:
        """The person (or organisation) a reference at `pos` points back to: in the latest sentence
        before it with a fitting one, the speaker quoted there, else its first mention."""
        by_sentence: dict[int, list[tuple[int, bool, Speaker]]] = {}
        for e in self.mentions:
            if e.start >= pos:
                break
            if e.type == kind:
                s = self.of_entity(e)
                if fits(s, gender):
                    by_sentence.setdefault(self.reader.sentence_of(e.start).start, []).append((e.start, False, s))
        for said in self.said:
            if said.pos < pos and said.speaker.type == kind and fits(said.speaker, gender):
                by_sentence.setdefault(self.reader.sentence_of(said.pos).start, []).append((said.pos, True, said.speaker))
        if not by_sentence:
            return None
        latest = by_sentence[max(by_sentence)]
        spoke = [s for _, was_said, s in latest if was_said]
        return spoke[-1] if spoke else min(latest, key=lambda x: x[0])[2]



def with_quoted_name(reader: Reader, entity: Entity, name: str) -> str:
    """"ФКУ Упрдор «Южный Байкал»": an organisation's kind followed by its quoted name is one name."""
    rest = reader.text[entity.stop:entity.stop + 2].lstrip(" ")
    if not rest.startswith(("«", '"')):
        return name
    for q in reader.quoted:
        if q.open_mark >= entity.stop and q.open_mark - entity.stop <= 1 and not q.speech:
            return f"{name} «{reader.text[q.start:q.stop].strip()}»"
    return name


def same_stem(a: str, b: str) -> bool:
    # "синха" / "синхи": a surname declines in its last letters only
    n = min(len(a), len(b)) - 1
    return n >= 3 and a[:n] == b[:n] and abs(len(a) - len(b)) <= 2


def fits(speaker: Speaker, gender: str | None) -> bool:
    return gender is None or gender == "plur" or speaker.gender is None or speaker.gender == gender


def nominative_phrase(reader: Reader, start: int, stop: int) -> str:
    """"таллинской мэрии" → "Таллинская мэрия", "сообществе анонимных алкоголиков" →
    "Сообщество анонимных алкоголиков": up to the head noun, agreeing with it; its dependents stay."""
    words = reader.words_between(start, stop)
    parses = [reader.parse(w.text.lower())[0] for w in words]
    head = next((k for k, p in enumerate(parses) if p.tag.POS == "NOUN"), len(words) - 1)
    gender = parses[head].tag.gender if words else None
    out = []
    for w, p in zip(words[:head + 1], parses[:head + 1], strict=True):
        wanted = {"nomn", "sing"} | ({gender} if gender and p.tag.POS == "ADJF" else set())
        form = p.inflect(wanted) if p.tag.case != "nomn" or p.tag.POS == "ADJF" else None
        out.append(form.word if form is not None else w.text.lower())
    out.extend(w.text for w in words[head + 1:])
    phrase = " ".join(out)
    return phrase[:1].upper() + phrase[1:]
