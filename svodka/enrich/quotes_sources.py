"""Sources: the channel a statement came through ("передает ТАСС", "(цитаты по «Интерфаксу»)",
"в интервью газете «Коммерсант»", "сказал РИА Новости"), in its base form."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from svodka.enrich.nlp import GLUED_LATIN_END
from svodka.enrich.quotes_lexicon import (
    ANONYMOUS,
    CITED_WHOM,
    HELD_IN,
    KNOWN_MEDIA,
    MEDIA_ALIASES,
    MEDIA_GENRES,
    QUOTING,
    QUOTING_WHOSE,
    REPORT_LEMMAS,
    REPORT_NOUNS,
    SOURCE_VERBS,
)
from svodka.enrich.quotes_names import Ref, Spans
from svodka.enrich.quotes_text import Reader

# What introduces a channel, by hand: these phrases are few and fixed. After the loose ones any name
# is a channel; after the strict ones ("в интервью Вульф заверил") only a name that looks like media.
LOOSE_TRIGGERS = re.compile(
    r"(?:цитаты|цитата|цитируется|цитирует)\s+по\s+|со\s+ссылкой\s+на\s+|слова\s+которо(?:го|й)\s+приводит\s+"
    r"|перевод\s+|(?<!\w)ИА\s+(?=[A-ZА-Я])"
)
# "…, передает Час Пик.": a name that closes the sentence after "передает", "пишет" relays it, known or
# not, and is the verb's subject, so in its base form as written
CLOSING_CHANNEL = re.compile(r",\s+(?:переда[её]т|пишет)\s+(?=[«\"]?[А-ЯЁA-Z][\w.-]*(?:\s+[«\"]?[А-ЯЁA-Z0-9][\w.-]*){0,3}[»\"]?"
                             r"(?:[.!?](?:\s|$)|\n|$))")
# "в документе, имеющемся в распоряжении «Известий»": the outlet that has it; "сообщили учёные в журнале
# «Нейчер»": the journal they published in
STRICT_TRIGGERS = re.compile(r"в\s+(?:интервью|эфире|беседе\s+с(?:\s+корреспондентом)?|разговоре\s+с|(?:научном\s+)?журнале"
                             r"|ходе\s+(?:беседы|интервью)\s+с|комментарии\s+для)\s+"
                             r"|" + HELD_IN + r"\s*", re.IGNORECASE)
# the channel told before the verb: "Об этом ТАСС сообщила …", "Об этом телеканалу «Звезда» сообщил …"
TOLD_FIRST = re.compile(r"(?<!\w)Об\s+этом\s+(?=[«\"]?[А-ЯЁA-Z]|[а-яё]+у\s)")
# a social network where something was posted: "в своем Instagram", "в Telegram-канале", "на странице в
# Facebook", "в официальном аккаунте в Twitter"
NETWORKS = "Instagram|Twitter|Facebook|Telegram|YouTube|TikTok|ВКонтакте|Инстаграме?|Твиттере?|Фейсбуке?|Телеграме?"
POSTED_IN = re.compile(r"(?<!\w)(?:в|во|на)\s+(?:(?:сво(?:[её]м|ей)|официально(?:м|й)|личном|личной)\s+)*"
                       r"(?:(?:аккаунте|странице|микроблоге|блоге|канале|паблике)\s+(?:в|во|на)\s+)?"
                       r"(?P<net>" + NETWORKS + r")(?![\w])")
DOMAIN = re.compile(r"^[\w-]+\.(?:ru|ру|рф|com|ua|net|kz|am|info|az|by|org|tv|uz|md|ge|il|lv|lt|ee|de|uk|fr|it|es|pl|io|me|co|news|kg|tj)$", re.IGNORECASE)
ADJECTIVE_ENDINGS = ("ий", "ый", "ая", "ое", "ой", "ого", "ому", "ей", "ым", "их", "ых", "ие", "ые")
CHUNK_STOP = ".,;:!?()—–\n"


LATIN_NAME = re.compile(r"[A-Z][\w.&'-]*")
CAMEL = re.compile(r"[a-z][A-Z][A-Za-z]")  # "iReactor", "eBay": a brand begun in lower case


@dataclass(frozen=True)
class Trigger:
    """What a channel's name must look like after a trigger: `strict`, like media (known, after a genre
    word, a domain, Latin); `known_only`, a medium we know; `as_written`, a subject, so in its base
    form as written."""

    strict: bool
    known_only: bool = False
    as_written: bool = False


LOOSE = Trigger(strict=False)
STRICT = Trigger(strict=True)
KNOWN = Trigger(strict=True, known_only=True)
CLOSING = Trigger(strict=False, as_written=True)


def told_before_teller(reader: Reader, word: Any) -> bool:
    """Whether a Latin name right after a speech verb is the outlet told: a role in lower case or a person's
    name follows its words ("Как рассказал ESPN вице-президент Барселоны Хорди Кардонер, …"). A name the
    tagger reads as a person's is none ("сказал Smith")."""
    named = reader.entity_at(word.start)
    if not LATIN_NAME.fullmatch(word.text) or (named is not None and named.type == "PER"):
        return False
    k = reader.word_index(word.start) + 1
    while k < len(reader.words) and LATIN_NAME.fullmatch(reader.words[k].text):
        k += 1
    if k >= len(reader.words):
        return False
    after = reader.words[k]
    person = reader.entity_at(after.start)
    return (after.text.islower() and reader.role_parse(after.text) is not None) or (
        person is not None and person.type == "PER" and person.start == after.start)


def told_after_person(reader: Reader, prev: Any) -> bool:
    """Whether `prev` ends a person's name: an outlet right after it is the one told."""
    person = reader.entity_at(prev.start)
    return person is not None and person.type == "PER" and person.stop == prev.stop


@dataclass
class SourceMention:
    start: int
    stop: int
    name: str
    paragraph: int
    used_as_speaker: bool = False


def find_sources(reader: Reader) -> list[SourceMention]:
    """Every channel named in the text, in order."""
    found: dict[int, SourceMention] = {}
    text = reader.text
    for m in LOOSE_TRIGGERS.finditer(text):
        add(found, reader, m.end(), LOOSE)
    for m in CLOSING_CHANNEL.finditer(text):
        named = reader.entity_at(m.end())
        if named is None or named.type != "PER":  # "…, пишет Иван Петров в блоге": a person writes
            add(found, reader, m.end(), CLOSING)
    for m in QUOTING.finditer(text):
        # "— приводит слова тер Штегена Kicker.": the Latin name that closes the attribution quotes him
        end = min((i for i in (text.find(".", m.end()), text.find("\n", m.end())) if i >= 0), default=len(text))
        words = reader.words_between(m.end(), end)
        tail = len(words)
        while tail > 0 and LATIN_NAME.fullmatch(words[tail - 1].text):
            tail -= 1
        # "— приводит слова Медведева ТАСС": a known outlet's name in Cyrillic closes it too
        known = next((k for k in (len(words) - 2, len(words) - 1) if k > 0
                      and is_known(" ".join(w.text for w in words[k:]))), None)
        if 0 < tail < len(words):
            add(found, reader, words[tail].start, STRICT)
        elif known is not None:
            add(found, reader, words[known].start, STRICT)
    for m in QUOTING_WHOSE.finditer(text):
        # "приводит РИА Новости ее слова", "приводит его слова «Чемпионат»" ("приводит слова Х Kicker" above)
        if QUOTING.match(text, m.start()):
            continue
        after_verb = text.find(" ", m.start()) + 1
        quoted = m.start("whose") if m.group("whose") else m.start("noun")
        add(found, reader, after_verb if after_verb < quoted else m.end(), LOOSE)
    for m in CITED_WHOM.finditer(text):
        add(found, reader, m.end(), LOOSE)
    for m in POSTED_IN.finditer(text):
        # "написала в своем Instagram", "в Telegram-канале", "на своей странице в Facebook": where it was posted
        net = m.group("net")
        name = net[:-1] if net.endswith("е") else net  # "в Инстаграме": the network's name is "Инстаграм"
        found.setdefault(m.start("net"), SourceMention(m.start("net"), m.end("net"), name,
                                                       reader.paragraph_of(m.start("net"))))
    for m in TOLD_FIRST.finditer(text):
        add(found, reader, m.end(), STRICT)
    for m in STRICT_TRIGGERS.finditer(text):
        # "в эфире «Эха Москвы»": a quoted name there is a channel; "в интервью Вульф заверил" no
        quoted = text[m.end():m.end() + 1] in "«\"“„"
        add(found, reader, m.end(), LOOSE if quoted else STRICT)
    for k, w in enumerate(reader.words):
        low = w.text.lower()
        if reader.cue_lemma(w.text) is None:
            continue
        if reader.lemma(low) in SOURCE_VERBS:
            add(found, reader, w.stop, STRICT)
        # a channel in the dative by a speech verb: "сказал РИА Новости", "сказал Лавров РИА Новости"
        add(found, reader, w.stop, KNOWN)
        for prev, t in zip(reader.words[k:k + 7], reader.words[k + 1:k + 8], strict=False):
            if t.text in ".;!?(":
                break
            if t.text in "«\"" and prev.text.lower() in ("в", "во"):
                continue  # "заявили в «Ростехе»": where it was said, not to whom
            if t.text in KNOWN_MEDIA or t.text in "«\"" or reader.text[t.start:t.start + 12].startswith("РИА "):
                add(found, reader, t.start, KNOWN)
            elif prev is w and (DOMAIN.match(t.text) or told_before_teller(reader, t)):
                # "сообщил Lsm.lv министр", "Как рассказал ESPN вице-президент Барселоны …": a site or a Latin
                # name told, in the dative, with the one who told it after
                add(found, reader, t.start, STRICT)
            elif LATIN_NAME.fullmatch(t.text) and (told_after_person(reader, prev) or prev.text.lower() in MEDIA_GENRES):
                # "сказал Недвед Tuttosport", "цитирует Паратичи Sky Sport Italia", "издание Kicker"
                add(found, reader, t.start, STRICT)
    # "РИА Новости" read from "РИА" and again from "Новости": the longer one
    spans = sorted(found.values(), key=lambda s: (s.start, -s.stop))
    return [s for k, s in enumerate(spans) if not any(o.start <= s.start and s.stop <= o.stop for o in spans[:k])]


def add(found: dict[int, SourceMention], reader: Reader, pos: int, trigger: Trigger) -> None:
    chunk = media_chunk(reader, pos, trigger)
    if chunk is None:
        return
    start, stop, name = chunk
    if start not in found:
        found[start] = SourceMention(start, stop, name, reader.paragraph_of(start))


def media_chunk(reader: Reader, pos: int, trigger: Trigger = LOOSE) -> tuple[int, int, str] | None:
    """The media name starting at `pos`, after genre words and adjectives ("швейцарский портал"), as
    the trigger before it requires."""
    known_only = trigger.known_only
    text = reader.text
    i, genre = skip_space(text, pos), False
    for _ in range(3):
        m = re.match(r"[\w.-]+", text[i:])
        word = m.group().rstrip(".") if m else ""
        if not word or word[:1].isupper() or word[:1].isdigit() or DOMAIN.match(word) or CAMEL.match(word):
            break
        if known_only and word.lower() in ("в", "во"):
            return None  # "заявили в «Ростехе»": where it was said, not to whom
        if word in MEDIA_GENRES or word.lower() in MEDIA_GENRES:
            genre = True
        elif not (word.lower().endswith(ADJECTIVE_ENDINGS) or known_only):
            return None
        i = skip_space(text, i + len(word))
    start, stop = name_extent(text, i)
    if stop <= start or (genre and any(e.start == start and e.text != e.normal for e in reader.places)):
        return None  # "официальный сайт Алтайского края": the region's own site, no outlet
    raw = text[start:stop]
    name = clean_name(raw)
    if not name or name in ANONYMOUS or name.lower() in ANONYMOUS:
        return None
    latin = re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 .&'-]*", name) is not None
    if known_only and not (is_known(name) or (len(name.split()) <= 3 and dative_quoted(reader, raw))):
        return None  # checked before base_form, which asks pymorphy3 about every word
    # a name in apposition to its genre word is not declined ("пишет сайт Медвести", "агентства
    # Франс Пресс", "газеты «Известия»"): as written
    base = name if genre or latin or trigger.as_written else base_form(reader, name)
    # "РИА VladNews": an agency by its designator ("ИА REGNUM" is named "REGNUM", as the gold names it)
    known = is_known(name) or is_known(base) or dative_quoted(reader, raw) or name.split()[0] == "РИА"
    if trigger.strict and not (known or genre or DOMAIN.match(name) or latin):
        return None
    return start, stop, MEDIA_ALIASES.get(base, base)


def name_extent(text: str, i: int) -> tuple[int, int]:
    """A quoted name, or a run of capitalised, Latin, digit or domain words."""
    if i < len(text) and text[i] in "«\"“„":
        close = {"«": "»", '"': '"', "“": "”", "„": "“"}[text[i]]
        j = text.find(close, i + 1)
        if 0 < j - i < 60:
            return i, j + 1
        return i, i
    j = i
    while j < len(text):
        m = re.match(r"[\w.-]+|\"[^\"\n]{1,30}\"|«[^»\n]{1,30}»", text[j:])
        if not m:
            break
        glued = GLUED_LATIN_END.search(m.group())  # "Planet Today.Впервые о …": a sentence glued on
        token = (m.group()[:glued.start()] if glued is not None else m.group()).rstrip(".")
        digits_later = token[:1].isdigit() and j > i  # "ИА REGNUM 17 января"
        if digits_later or not (token[:1].isupper() or token[:1].isdigit() or token[:1] in "\"«" or DOMAIN.match(token)
                                or CAMEL.match(token)):
            break
        j += len(token)
        nxt = skip_space(text, j)
        if nxt == j or text[j] in CHUNK_STOP:
            break
        if nxt < len(text) and not (text[nxt].isupper() or text[nxt].isdigit() or text[nxt] in "\"«"):
            break
        j = nxt
    return i, j


def dative_quoted(reader: Reader, raw: str) -> bool:
    """"заявила «Вечерним Ведомостям»": a quoted name in the dative next to a speech verb."""
    words = clean_name(raw).split()
    # a name is capitalised: "фитнес-курс «корявой» Бони" quotes a word, not an outlet
    if not (raw[:1] in "«\"“„" and bool(words) and words[0][:1].isupper()):
        return False
    # the head noun decides: "«Вечерним Ведомостям»" is a dative, "«Консалтинговой группы»" no
    nouns = [w for w in words[:3] if any(p.tag.POS == "NOUN" for p in reader.parse(w.lower())[:2])]
    head = nouns[0] if nouns else words[0]
    return any(p.tag.case == "datv" for p in reader.parse(head.lower()))


def skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \u00a0":
        i += 1
    return i


def clean_name(raw: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[«»\"“”„]", "", raw)).strip(" .,")


def is_known(name: str) -> bool:
    words = name.split()
    return bool(words) and (name in KNOWN_MEDIA or " ".join(words[:2]) in KNOWN_MEDIA or words[0] in KNOWN_MEDIA
                            or DOMAIN.match(words[0]) is not None)


def base_form(reader: Reader, name: str) -> str:
    """"Интерфаксу" → "Интерфакс", "Эха Москвы" → "Эхо Москвы", "Вечерним Ведомостям" → "Вечерние
    Ведомости": Cyrillic words up to the first noun go to the nominative; the rest is dependent."""
    words = name.split()
    if not all(re.fullmatch(r"[А-Яа-яЁё-]+", w) for w in words[:1]) or name in KNOWN_MEDIA:
        return name
    out = []
    head = next((p for w in words if not any(p.tag.POS == "ADJF" for p in reader.parse(w.lower())[:3])
                 for p in reader.parse(w.lower())[:1] if p.tag.POS == "NOUN"), None)  # "Вечерней" is no "вечерня"
    for k, w in enumerate(words):
        if not re.fullmatch(r"[А-Яа-яЁё-]+", w) or w.isupper():
            out.extend(words[k:])
            break
        p = pick_oblique(reader, w, head)
        if p is None or p.tag.case == "nomn":
            out.extend(words[k:])
            break
        form = p.inflect({"nomn"} | ({"plur"} if p.tag.number == "plur" else set()))
        new = form.word if form is not None else w
        out.append(new[:1].upper() + new[1:] if w[:1].isupper() else new)
        if p.tag.POS == "NOUN":
            out.extend(words[k + 1:])
            break
    return " ".join(out)


def pick_oblique(reader: Reader, word: str, head: Any | None) -> Any | None:
    """The reading of `word` that agrees with the name's head noun ("Вечерним" → plural dative
    before "Ведомостям")."""
    parses = [p for p in reader.parse(word.lower())[:6] if p.tag.POS in ("NOUN", "ADJF")]
    if head is not None:
        agreeing = [p for p in parses if p.tag.case == head.tag.case and p.tag.number == head.tag.number]
        if word.lower() != head.word:  # before its head a word that can agree is an adjective
            agreeing = sorted(agreeing, key=lambda p: p.tag.POS != "ADJF")
        parses = agreeing or parses
    return parses[0] if parses else None


def only_reported_outlet(reader: Reader, after: int, skip: Spans) -> Ref | None:
    """The one outlet the text after `after` reports through, for a generic "СМИ" ("Источник: …"
    in a headline, "…, передает СМИ."); None when it names none or two."""
    # the channels and bodies a report word names right before ("сообщает греческий портал
    # Sport24.gr", "По информации COPE", "утверждает РИА «Новости»"), whatever else the body names
    outlets: dict[str, Ref] = {}
    named = [(e.start, e.stop, e) for e in reader.entities_between(after, len(reader.text)) if e.type == "ORG"]
    for start, stop, e in [(a, b, None) for a, b in skip if a >= after] + named:
        words = reader.words_between(max(after, start - 50), start)[-4:]
        cue = next((k for k in range(len(words) - 1, -1, -1)
                    if reader.cue_lemma(words[k].text) in REPORT_LEMMAS or words[k].text.lower() in REPORT_NOUNS), None)
        if cue is None or not all(kind_word(w.text) for w in words[cue + 1:]):
            continue
        ref = Ref("outlet", start, stop) if e is None else Ref("entity", start, stop, e)
        key = reader.text[start:stop].strip("«»\"").lower()
        if not any(o.start <= start < o.stop or start <= o.start < stop for o in outlets.values()):
            outlets.setdefault(key, ref)
    return next(iter(outlets.values())) if len(outlets) == 1 else None


def kind_word(word: str) -> bool:
    """A word of what kind a channel is, before its name: "портал", "греческий", "Telegram-канала"."""
    return (word.isalpha() and word.islower()) or (word.lower().partition("-")[2].startswith("канал")
                                                   and word.replace("-", "").isalpha())
