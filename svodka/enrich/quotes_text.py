"""The article as the quotation finder reads it: paragraphs, sentences, words with their base forms,
entities by position, and the stretches inside quotation marks.

The stretches inside quotation marks come from quotes_marks.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from typing import Any

from svodka.enrich.entity_lexicon import KINDS, PERSONAL_PRONOUNS
from svodka.enrich.nlp import CLERGY_TITLES, NLP, Analysis, Token
from svodka.enrich.normal import fold
from svodka.enrich.quotes_lexicon import (
    AS_ADVERBS,
    CONVINCED,
    CUE_FORMS,
    CUE_LEMMAS,
    SEATS_OF_POWER,
    tells_when,
)
from svodka.enrich.quotes_marks import Quoted, quoted_stretches
from svodka.model import Entity

NAME_TAGS = ("Name", "Surn", "Patr", "Orgn", "Geox", "Trad")
CYRILLIC = re.compile(r"[А-Яа-яЁё]")
INITIALS = re.compile(r"^(?:[А-ЯЁA-Z]\.)+")  # "С.Синха", "В.В.Путин": initials glued to the surname
# a man's surname in its nominative; after initials it is one even where the dictionary knows the word only
# as a genitive plural ("В.Тюльпанов", "тюльпанов")
MASCULINE_SURNAME = re.compile(r"[а-яё](?:ов|ев|ёв|ин|ын)$")

KIND_PREFIX = re.compile(r"ГУ|ФКУ|ФГУ|ГБУ|ГКУ|МБУ|ГУП|МУП|ФГУП|ОГУ|ГУВД|УВД|ОВД")
GLUE = re.compile(r"(?<=[а-яё])(?=[А-ЯЁ][а-яё])")
WORD_RUN = re.compile(r"\w+")
# a lowercase word (Cyrillic or Latin), a number or a closing mark, a full stop, a capitalised word: a
# lost space (glued_stops leaves out abbreviations)
GLUED_STOP = re.compile(r"(?:(?<=[а-яёa-z]{2})|(?<=[\d»\")]))[.!?](?=[А-ЯЁ][а-яё])")
# two-letter words that end sentences ("— отметил он.Ранее …"); "им.", "ул.", "пр." shorten names
GLUED_SHORT = frozenset("он мы вы ты их ей ею же бы ли да то".split())
# abbreviations glued to the name they shorten ("пос.Солнечный", "проф.Иванов"): no sentence ends there
GLUED_ABBREVIATIONS = frozenset("пос обл дер гор ген тов ред зам мкр пгт пер просп проф акад корр".split()) | CLERGY_TITLES
LETTERS_BEFORE = re.compile(r"[А-Яа-яЁё]+$")
WORD_BEFORE = re.compile(r"[А-Яа-яЁёA-Za-z]+$")
MIN_LATIN_END = 5  # "feat.Егор Крид", "vs.Иванов": a short Latin word before a full stop is an abbreviation
SPEECH_WORDS = 3  # fewer words in quotation marks are a name or a term, not speech
ENTITY_REACH = 200  # no entity is longer: how far back one covering a position may start


@dataclass
class Span:
    start: int
    stop: int


# roles the dictionary reads as adjectives used as nouns: "Ведущая посчитала" ("управляющий",
# "заведующий" it reads as participles of verbs, which this test would not catch)
ADJECTIVE_ROLES = frozenset({"ведущий"})


@dataclass
class Reader:
    """One article's text prepared for the quotation patterns; built per article, then dropped."""

    text: str
    words: list[Token]
    paragraphs: list[Span]
    sentences: list[Span]
    entities: list[Entity]
    quoted: list[Quoted]
    nlp: NLP  # its pymorphy3 parses are cached for the process: words repeat from article to article
    cues: dict[str, str | None] = field(default_factory=dict)
    word_starts: list[int] = field(default_factory=list)
    paragraph_starts: list[int] = field(default_factory=list)
    sentence_starts: list[int] = field(default_factory=list)
    entity_starts: list[int] = field(default_factory=list)
    places: list[Entity] = field(default_factory=list)  # LOC entities: "сайт Алтайского края" is the region's

    @classmethod
    def read(cls, analysis: Analysis, entities: list[Entity], nlp: NLP) -> Reader:
        text = analysis.text
        paragraphs = paragraph_spans(text)
        words = analysis.tokens
        sentences = [piece for s in analysis.sentences for piece in split_at_newlines(text, s.start, s.stop)]
        quoted = quoted_stretches(text, [(p.start, p.stop) for p in paragraphs])
        # "считают в Белом доме", "в Кремле заявили": a seat of power speaks as its government
        kept = [e if e.type != "LOC" else replace(e, type="ORG") for e in entities
                if e.type in ("PER", "ORG") or (e.type == "LOC" and fold(e.normal) in SEATS_OF_POWER)]
        reader = cls(text, words, paragraphs, sentences, kept, quoted, nlp)
        # "Врач-отоларинголог", "Телеведущая" tagged as a person: a role, which refers to one; but a
        # surname linked to a full name is that person's, however like a noun ("Рабе" of "Маттиас Рабе")
        roles = {e.text: reader.only_roles(e.text) for e in kept
                 if e.type == "PER" and " " not in e.text and (" " not in (e.canonical or "") or e.text.islower())}
        kept = [e for e in kept if not roles.get(e.text, False)]
        reader.word_starts = [w.start for w in words]
        reader.paragraph_starts = [p.start for p in paragraphs]
        reader.sentence_starts = [s.start for s in sentences]
        for q in quoted:
            q.speech = len(reader.words_between(q.start, q.stop)) >= SPEECH_WORDS
        kept += [replace(e, type="ORG") for e in entities if e.type == "LOC" and reader.speaking_place(e)]
        reader.entities = with_kind_prefixes(text, sorted(kept + reader.quoted_names(kept), key=lambda e: e.start))
        reader.entity_starts = [e.start for e in reader.entities]
        reader.places = [e for e in entities if e.type == "LOC"]
        return reader

    def speaking_place(self, place: Entity) -> bool:
        """"Россия заявила, что …", "В Англии считают, что …": a country or city right before a
        speech verb speaks as its government (the silver annotators' rule), singular as the subject,
        plural after "в"; "в Москве заявил министр" is only where."""
        if fold(place.normal) in SEATS_OF_POWER:
            return False  # kept already
        k = self.word_index(place.stop)
        if k >= len(self.words) or not self.cue_lemma(self.words[k].text):
            return False
        parse = self.parse(self.words[k].text.lower())[0]
        j = self.word_index(place.start) - 1
        # "В марте Панатинаикос объявил", "в 2019 году Россия заявила": a date, then the subject; not an
        # adverb of an earlier telling ("Также Союз рекомендовал" is the football union, read as the USSR)
        while j >= 1 and self.words[j].text.lower() not in ("в", "во", *AS_ADVERBS) and tells_when(self.words[j].text):
            j -= 2 if self.words[j - 1].text.lower() in ("в", "во") else 1
        if j >= 0 and self.words[j].text.lower() in ("в", "во"):
            j -= 1  # "В Англии считают": the clause opens with the place ("Врачи в Москве отметили" do not)
            return parse.tag.number == "plur" and self.opens_clause(j, place.start)
        return self.opens_clause(j, place.start)

    def opens_clause(self, j: int, pos: int) -> bool:
        """Whether the word before words[j + 1] ends a clause: none, a punctuation mark, the
        sentence's start, or the "что" opening a reported clause ("сообщалось, что Барселона уверена")."""
        return (j < 0 or self.words[j].text in ".,;:!?«\"—–-" or self.words[j].text.lower() == "что"
                or self.words[j].stop <= self.sentence_of(pos).start)

    def quoted_names(self, entities: list[Entity]) -> list[Entity]:
        """«Вечерние Ведомости», «Южный Байкал»: a capitalised name in quotation marks that the
        tagger left out is an organisation's name (people's names go without marks)."""
        out = []
        for q in self.quoted:
            inner = self.text[q.start:q.stop].strip()
            if q.speech or not inner[:1].isupper() or any(e.start < q.stop and q.start < e.stop for e in entities):
                continue
            k = self.word_index(q.open_mark) - 1
            kind = k >= 0 and self.lemma(self.words[k].text) in KINDS  # "движение «Мы вместе»" is a name
            if inner.split()[0].lower() in PERSONAL_PRONOUNS and " " in inner and not kind:
                continue  # "«Он поклялся»: …": words someone said, not a name
            out.append(Entity("ORG", inner, q.start, q.stop, inner, inner))
        return out

    def add_speech(self, spans: list[tuple[int, int]]) -> None:
        """Mark words said without quotation marks (an interview's dash paragraphs) as speech."""
        self.quoted.extend(Quoted(a, b, a - 1, b) for a, b in spans)
        self.quoted.sort(key=lambda q: q.start)

    # --- positions -------------------------------------------------------------------------------
    def paragraph_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.paragraph_starts, pos) - 1)

    def sentence_of(self, pos: int) -> Span:
        i = max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)
        return self.sentences[i] if self.sentences else Span(0, len(self.text))

    def word_index(self, pos: int) -> int:
        """Index of the first word starting at or after `pos`."""
        return bisect.bisect_left(self.word_starts, pos)

    def words_between(self, start: int, stop: int) -> list[Token]:
        i = self.word_index(start)
        out = []
        while i < len(self.words) and self.words[i].stop <= stop:
            out.append(self.words[i])
            i += 1
        return out

    def place_at(self, pos: int) -> Entity | None:
        """The place (a LOC entity) that covers `pos`."""
        return next((p for p in self.places if p.start <= pos < p.stop), None)

    def entity_at(self, pos: int) -> Entity | None:
        """The first entity (in order of start) that covers `pos`."""
        i = bisect.bisect_right(self.entity_starts, pos)
        covering = None
        while i > 0 and self.entities[i - 1].start > pos - ENTITY_REACH:
            i -= 1
            if self.entities[i].stop > pos:
                covering = self.entities[i]
        return covering

    def entities_between(self, start: int, stop: int) -> list[Entity]:
        out = []
        for e in self.entities[bisect.bisect_left(self.entity_starts, start):]:
            if e.start >= stop:
                break
            if e.stop <= stop:
                out.append(e)
        return out

    def inside_quotes(self, pos: int) -> bool:
        """Inside quoted speech (names in quotation marks do not count)."""
        return any(q.start <= pos < q.stop for q in self.quoted if q.speech)

    def inside_marks(self, pos: int) -> bool:
        """Inside any quotation marks, speech, a name or a title."""
        return any(q.start <= pos < q.stop for q in self.quoted)

    def word_runs(self, phrase: str) -> set[str]:
        """{phrase} when the text holds it as whole words, else the empty set."""
        at = self.text.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            if (at == 0 or not self.text[at - 1].isalnum()) and (end == len(self.text) or not self.text[end].isalnum()):
                return {phrase}
            at = self.text.find(phrase, at + 1)
        return set()

    def glued(self, start: int, stop: int) -> int:
        """Where two sentences run together without a space in [start, stop) ("по отношению к
        курильщикамГлавный санитарный врач …", a scraper's lost line break), else `stop`: a known
        lowercase word glued to a capitalised known word; "МегаФон" is no such pair."""
        for m in GLUE.finditer(self.text, start, stop):
            left = LETTERS_BEFORE.search(self.text, max(start, m.start() - 30), m.start())
            right = WORD_RUN.match(self.text, m.start())
            if left is None or right is None or len(left.group()) < 4 or not self.nlp.known(right.group().lower()):
                continue
            # the left word is known, or a name of five letters or more ("Х.МубаракаУмерла")
            if self.nlp.known(left.group().lower()) or (left.group()[:1].isupper() and len(left.group()) >= 5
                                                         and len(right.group()) >= 4):
                return m.start()
        return stop

    # --- morphology ------------------------------------------------------------------------------
    def parse(self, word: str) -> list[Any]:
        return self.nlp.parse(word)

    def cue_lemma(self, word: str) -> str | None:
        """The base form of `word` when it is a speech verb, gerund or "уверен"-like short adjective."""
        if word not in self.cues:
            self.cues[word] = self.speech_lemma(word.lower())
        return self.cues[word]

    def speech_lemma(self, low: str) -> str | None:
        if not CUE_FORMS.match(low) or not low.isalpha():
            return None
        for p in self.parse(low)[:3]:
            if p.normal_form in CUE_LEMMAS and p.tag.POS in ("VERB", "GRND", "ADJS", "INFN"):
                return str(p.normal_form)
            if p.tag.POS == "PRTS" and p.normal_form in CONVINCED:
                return CONVINCED[p.normal_form]  # pymorphy3 reads "уверены", "уверена" only as "уверить"
        return None

    def verb_gender(self, word: str) -> str | None:
        """"femn", "masc" or "plur" for a past-tense verb or short adjective; None when unmarked."""
        p = self.parse(word.lower())[0]
        if p.tag.number == "plur":
            return "plur"
        return str(p.tag.gender) if p.tag.gender in ("masc", "femn") else None

    def role_parse(self, word: str, subject: bool = False) -> Any | None:
        """The parse of `word` as an animate common noun (a role: "министр", "эксперт"), else None;
        with `subject`, only in the nominative (the one who speaks, not "журналистам")."""
        if len(word) < 3 or not word.replace("-", "").isalpha():
            return None
        parses = self.parse(word.lower())
        if parses[0].normal_form in ADJECTIVE_ROLES and "Subx" in parses[0].tag:
            return parses[0] if not subject or parses[0].tag.case == "nomn" else None  # "Ведущая посчитала"
        if parses[0].tag.POS != "NOUN":  # "Акцизный" can be read as a noun, but is an adjective
            return None
        for p in parses[:3]:
            tag = p.tag
            if (tag.POS == "NOUN" and tag.animacy == "anim" and not any(t in tag for t in NAME_TAGS)
                    and (not subject or tag.case == "nomn")):
                return p
        return None

    def only_roles(self, words: str) -> bool:
        """Whether every word is a common animate noun ("Врач-отоларинголог"), none a name."""
        return all(all(self.nlp.known(part) for part in w.lower().split("-")) and self.role_parse(w) is not None
                   and not self.is_name(w) for w in words.split())

    def is_name(self, word: str) -> bool:
        """A capitalised word pymorphy3 knows as a first name or surname ("Аджиашвили" it guesses)."""
        if not word[:1].isupper() or not word.replace("-", "").isalpha():
            return False
        if not CYRILLIC.search(word):
            return True
        return any("Name" in p.tag or "Surn" in p.tag or "Fixd" in p.tag or "UNKN" in p.tag
                   for p in self.parse(word.lower())[:3])

    def nominative(self, word: str) -> bool:
        """Whether `word` can be a subject: a nominative reading, an indeclinable or a foreign word."""
        if not CYRILLIC.search(word):
            return True
        return any(p.tag.case == "nomn" or "Fixd" in p.tag or "UNKN" in p.tag for p in self.parse(word.lower())[:4])

    def name_nominative(self, word: str) -> bool:
        """Whether a word of a person's name can be a subject: "С.Синха" is read as "Синха", and a
        surname the dictionary does not know ("Синха", guessed as a genitive of "Синх") may be one."""
        bare = INITIALS.sub("", word)
        if bare != word and MASCULINE_SURNAME.search(bare):
            return True
        # "Р.Ау": a word the dictionary knows only without case (an interjection) is a foreign name
        return (self.nominative(bare) or not self.nlp.known(bare.lower())
                or all(p.tag.case is None for p in self.parse(bare.lower())[:4]))

    def lemma(self, word: str) -> str:
        return str(self.parse(word.lower())[0].normal_form)

    def name_genders(self, word: str) -> set[str]:
        """The genders of a word's nominative readings as a first name or surname."""
        return {str(p.tag.gender) for p in self.parse(word.lower())
                if ("Name" in p.tag or "Surn" in p.tag) and p.tag.case == "nomn"}

    def guessed_man(self, name: str) -> bool:
        """Whether the name is a man's only by a guess from its unknown first name in -о ("Николо
        Скира", "Паоло Мальдини": Italian men; a verb that agrees with it says otherwise, "Коко Гауфф вышла")."""
        first, *rest = name.split() or [""]
        return bool(rest) and first.endswith("о") and not self.name_genders(first)

    def name_gender(self, name: str) -> str | None:
        """The gender a person's name agrees with ("Вероника Скворцова" → "femn"), if it shows;
        None when its nominative readings disagree ("Мишель")."""
        if self.guessed_man(name):
            return "masc"
        for part in name.split():
            genders = self.name_genders(part)
            if len(genders) == 1 and genders <= {"masc", "femn"}:
                return genders.pop()
            if genders:
                return None
        return None


def with_kind_prefixes(text: str, entities: list[Entity]) -> list[Entity]:
    """"ГУ МЧС по Московской области", tagged as "ГУ" and "МЧС": a short capital abbreviation of a
    kind of body ("ГУ", "ФКУ", "УФСБ") right before an organisation's name is part of it, as written."""
    out: list[Entity] = []
    for e in entities:
        last = out[-1] if out else None
        if (last is not None and e.type == "ORG" and last.type == "ORG" and KIND_PREFIX.fullmatch(last.text)
                and text[last.stop:e.start] == " "):
            whole = text[last.start:e.stop]
            out[-1] = Entity("ORG", whole, last.start, e.stop, f"{last.text} {e.normal}", f"{last.text} {e.canonical}")
            continue
        out.append(e)
    return out


def paragraph_spans(text: str) -> list[Span]:
    """The lines of the text; a line glued on after a full stop with its opening dash ("…кистей рук.– Мы
    видим …", a scraper's lost line break before an interview's turn) is a paragraph of its own."""
    spans, pos = [], 0
    for line in text.split("\n"):
        start = pos
        for turn in glued_turns(text, pos, pos + len(line)):
            spans.append(Span(start, turn))
            start = turn
        spans.append(Span(start, pos + len(line)))
        pos += len(line) + 1
    return spans


GLUED_TURN = re.compile(r"(?<=[а-яё»\"”)]\.)[–—-]\s")
# abbreviations a dash may follow ("10 руб.– это много", "и т.д.– всё"), no sentence's end
TURN_ABBREVIATIONS = frozenset("руб коп тыс млн млрд долл д п г гг др пр см ст ул обл".split())


def glued_turns(text: str, start: int, stop: int) -> list[int]:
    """Where an interview's turn is glued on after a full stop in [start, stop) of a narrator's line
    ("…кистей рук.– Мы видим …"): not in a line that is itself a turn ("– …, – сказал Х.– …" goes on),
    not inside quotation marks, not after an abbreviation. The line is read only where the pattern
    matches, which is seldom."""
    out = []
    for m in GLUED_TURN.finditer(text, start, stop):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if text[line_start:m.start()].lstrip()[:1] in ("–", "—", "-"):
            continue
        word = WORD_BEFORE.search(text, max(line_start, m.start() - 41), m.start() - 1)
        opened = text.count("«", line_start, m.start()) - text.count("»", line_start, m.start())
        if opened <= 0 and (word is None or word.group().lower() not in TURN_ABBREVIATIONS | GLUED_ABBREVIATIONS):
            out.append(m.start())
    return out


def split_at_newlines(text: str, start: int, stop: int) -> list[Span]:
    """The segmenter runs sentences over paragraph breaks, and over a full stop with no space after
    it ("…с Ларисой Удовиченко.По словам артиста, …", a scraper's lost space); a quote never does."""
    out, pos = [], start
    while True:
        nl = text.find("\n", pos, stop)
        for end in glued_stops(text, pos, nl if nl >= 0 else stop):
            out.append(Span(pos, end))
            pos = end
        if nl < 0:
            out.append(Span(pos, stop))
            return [s for s in out if s.stop > s.start]
        out.append(Span(pos, nl))
        pos = nl + 1


def glued_stop_at(text: str, i: int) -> bool:
    """Whether the full stop at `i` ends a sentence glued to the next one (see glued_stops)."""
    return i + 1 in glued_stops(text, i, i + 3)  # the pattern looks at the two letters after it


def glued_stops(text: str, start: int, stop: int) -> list[int]:
    """Ends of sentences glued to the next one by a lost space or line break ("…с Ларисой
    Удовиченко.По словам артиста"), not abbreviations glued to a name ("пос.Солнечный")."""
    out = []
    for m in GLUED_STOP.finditer(text, start, stop):
        before = WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        word = before.group().lower() if before is not None else ""
        # "в сезоне 2020/21.Большинство экспертов", "«Барселоны».Ранее": a number or a closing mark ends
        # a sentence too, and so does a Latin name ("сообщает Mundo Deportivo.Ранее")
        latin = word.isascii()
        if not text[m.start() - 1].isalpha() or (word and word not in GLUED_ABBREVIATIONS and (
                len(word) >= MIN_LATIN_END if latin else len(word) > 2 or word in GLUED_SHORT)):
            out.append(m.end())
    # "…кистей рук.– Мы видим": an interview's turn glued on (paragraph_spans makes it a paragraph)
    return sorted(out + glued_turns(text, start, stop))
