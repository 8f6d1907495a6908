"""Organisations and their people by what the article named them before.

- a territorial unit of a named body is one organisation: "в Управлении Роспотребнадзора по
  Челябинской области" — a capitalised unit noun right before the body's name, and the region it
  serves after "по". The guidelines want an organisation's fullest name as the article writes it;
  the entity tagger marks only the body ("Роспотребнадзора"), so the unit is read here, and a later
  bare mention of the body ("в Роспотребнадзоре") is that unit;
- a bare police noun, and police officers as a group, are the interior ministry the article names;
- "организаторы" are the organisers the article lists ("Организаторами выступили …"), the first, or the
  one body it says holds the event ("Фестиваль проводит центр «Забота»");
- a spokesperson introduced by name ("представитель ЕК Фредерик Вансен") is that person later."""

from __future__ import annotations

import re

from svodka.enrich.linking import initials
from svodka.enrich.nlp import Token
from svodka.enrich.quotes_lexicon import GROUP_OF, ORG_NOUNS, RESEARCH_BODIES, STUDIES
from svodka.enrich.quotes_names import Ref
from svodka.enrich.quotes_text import Reader
from svodka.model import Entity

ORGANISED_BY = re.compile(r"(?<!\w)[Оо]рганизатор(?:ом|ами)\s+(?:акции\s+|мероприятия\s+|форума\s+)?"
                          r"(?:выступил[аи]?|выступает|выступают|явля(?:ется|ются|лись|лся)|стал[аи]?)\s")
# "проводит культурно-досуговый центр «Забота»", "организует фонд": who holds an event
HOSTED_BY = re.compile(r"(?<!\w)(?:провод(?:ит|ят)|организу(?:ет|ют)|провел[аио]?|провёл|организовал[аио]?)\s",
                       re.IGNORECASE)
EVENTS = frozenset("""фестиваль конкурс акция марафон выставка турнир мероприятие концерт форум конференция чемпионат
    флешмоб олимпиада праздник шоу бал забег ярмарка""".split())
HOST_WORDS = 3  # words of the body's kind between the verb and the name
UNIT_WORDS = 4  # "по Ханты-Мансийскому автономному округу" is as long as one reads
SPOKESMAN_REACH = 120  # characters from the role to the name: a body's full name runs to a dozen words
REGION_WORDS = frozenset("области краю округу району республике автономному автономной городу".split())


def unit_span(reader: Reader, noun: Token, org: Entity) -> tuple[int, int] | None:
    """The unit named by `noun` right before `org` ("Управлении Роспотребнадзора по Челябинской
    области", "Управлении ФСБ по Москве"), or None when the noun is not capitalised inside its
    sentence (a capital opening a sentence says nothing)."""
    if reader.lemma(noun.text.lower()) not in ORG_NOUNS or reader.words_between(noun.stop, org.start):
        return None
    if not noun.text[:1].isupper() or reader.sentence_of(noun.start).start == noun.start:
        return None
    stop = org.stop
    after = reader.words_between(org.stop, org.stop + 80)[:UNIT_WORDS + 1]
    if len(after) > 1 and after[0].text.lower() == "по" and after[1].text[:1].isupper():
        # the region it serves: capitalised names and the words of a region's kind ("по Москве",
        # "по Челябинской области"); the tagger's places are not kept by the quotes' reader
        for w in after[1:]:
            if not (w.text[:1].isupper() or w.text.lower() in REGION_WORDS) or not w.text.replace("-", "").isalpha():
                break
            stop = w.stop
    return noun.start, stop


def body_key(reader: Reader, entity: Entity) -> str:
    return " ".join(reader.lemma(w.lower()) for w in entity.text.split())



# The police of a Russian or Ukrainian article is the interior ministry's: "в милиции говорят" is
# the ministry the article names ("пресс-служба МВД Украины"), as the guidelines settle.
POLICE = frozenset("милиция полиция".split())
INTERIOR = ("МВД", "ГУВД", "УВД", "ГУ МВД", "ОВД", "УМВД", "ГУМВД")


def police_body(reader: Reader, start: int, stop: int, mentions: list[Entity]) -> Entity | None:
    """The interior ministry (or its directorate) the article names anywhere, for a bare police
    noun ("в милиции", "полиция") at start:stop; None when it names none or the phrase says more."""
    words = reader.words_between(start, stop)
    if len(words) != 1 or reader.lemma(words[0].text.lower()) not in POLICE:
        return None
    return interior_of(mentions)


def interior_of(entities: list[Entity]) -> Entity | None:
    """The interior ministry or its directorate among the entities, the first named."""
    return next((e for e in entities if e.type == "ORG" and e.text.startswith(INTERIOR)), None)


POLICE_PEOPLE = frozenset("полицейский оперативник милиционер правоохранитель".split())


def police_people(reader: Reader, w: Token) -> Entity | None:
    """The interior ministry (or its directorate) the article names, for police officers spoken of
    as a group ("Как отметили полицейские", "Оперативники подчеркнули"); None when it names none."""
    parses = reader.parse(w.text.lower())[:2]
    if not any(str(p.normal_form) in POLICE_PEOPLE and p.tag.number == "plur" for p in parses):
        return None
    return interior_of(reader.entities)


def spokesman_named_before(reader: Reader, w: Token, org: Entity) -> Entity | None:
    """The person introduced before as "<w's role> <org> <Name>" ("представитель ЕК Фредерик Вансен"),
    the organisation there written in full or shortened later ("представитель Управления Федеральной
    службы исполнения наказаний … Татьяна Соболева", then "представитель УФСИН"): a later
    "представитель ЕК" is that person, not the organisation; None when no one was named so."""
    lemma = reader.lemma(w.text)
    for k in range(reader.word_index(w.start) - 1, -1, -1):
        x = reader.words[k]
        if reader.lemma(x.text) != lemma:
            continue
        named = reader.entities_between(x.stop, x.stop + SPOKESMAN_REACH)
        person = next((i for i, e in enumerate(named) if e.type == "PER"), None)
        # the body, maybe with the region it serves ("по Московской области"), then the name
        if (person and all(e.type != "PER" for e in named[:person])
                and len(reader.words_between(named[person - 1].stop, named[person].start)) <= UNIT_WORDS
                and not re.search(r"[^\w\s-]", reader.text[named[person - 1].stop:named[person].start])
                and names_body(reader.text[x.stop:named[person].start], org.text)):
            return named[person]
    return None


def names_body(phrase: str, org: str) -> bool:
    """Whether `phrase` names the organisation `org`: it contains it, or `org` is an abbreviation
    of the initials of its leading words ("УФСИН" of "Управления Федеральной службы исполнения
    наказаний по Московской области")."""
    if org.lower() in phrase.lower():
        return True
    if not (org.isupper() and org.isalpha() and len(org) >= 2):
        return False
    return initials(re.findall(r"\w+", phrase)).startswith(org)


def organisers(reader: Reader, w: Token) -> Entity | None:
    """The first organisation the article lists as the organisers ("Организаторами выступили Фонд
    …, ПРООН …"), for a bare plural "организаторы" at `w`; None when it lists none."""
    if reader.lemma(w.text.lower()) != "организатор" or reader.parse(w.text.lower())[0].tag.number != "plur":
        return None
    m = ORGANISED_BY.search(reader.text)
    if m is None:
        return host(reader)
    first = next(iter(reader.entities_between(m.end(), m.end() + 120)), None)
    return first if first is not None and first.type == "ORG" and first.start - m.end() <= 2 else None


def host(reader: Reader) -> Entity | None:
    """The one organisation the article says holds the event ("Фестиваль проводит культурно-досуговый
    центр «Забота»", "Фонд организует акцию"): the subject next to the verb, before or after it."""
    hosts: list[Entity] = []
    for m in HOSTED_BY.finditer(reader.text):
        sentence = reader.sentence_of(m.start())
        if not any(reader.lemma(w.text.lower()) in EVENTS for w in reader.words_between(sentence.start, sentence.stop)):
            continue  # "Следственный комитет проводит проверку": no event, no organisers
        after = [e for e in reader.entities_between(m.end(), sentence.stop) if e.type == "ORG"]
        before = [e for e in reader.entities_between(sentence.start, m.start()) if e.type == "ORG"]
        if after and len(reader.words_between(m.end(), after[0].start)) <= HOST_WORDS:
            hosts.append(after[0])
        elif before and not reader.words_between(before[-1].stop, m.start()):
            hosts.append(before[-1])
    names = {(e.canonical or e.normal or e.text).lower() for e in hosts}
    return hosts[0] if len(names) == 1 else None


STUMPS = frozenset("университет институт центр академия лаборатория колледж школа больница клиника служба".split())


def only_body_of_kind(reader: Reader, kinds: re.Pattern[str]) -> Entity | None:
    """The one organisation of the article whose name has a word of `kinds`; None for none or two."""
    found: dict[str, Entity] = {}
    for e in reader.entities_between(0, len(reader.text)):
        name = e.canonical or e.normal or e.text
        # a lone kind word ("Университете" of "центра … при Университете Миннесоты") is a stump, no name;
        # "Укргидрометцентр" is one
        if e.type == "ORG" and kinds.search(name) and (" " in name or reader.lemma(name.lower()) not in STUMPS):
            found.setdefault(name.lower(), e)
    return next(iter(found.values())) if len(found) == 1 else None


def study_authors(reader: Reader, document: str) -> Ref | None:
    """The research body the article names, which speaks for a study ("говорится в исследовании,
    опубликованном на портале Eurekalert" after or before "учёные из Института Хабрехта"); None for
    another kind of document, or where the article names none or two."""
    if not STUDIES.match(document):
        return None
    body = institution_of_group(reader, len(reader.text)) or only_body_of_kind(reader, RESEARCH_BODIES)
    return Ref("entity", body.start, body.stop, body) if body is not None else None


def institution_of_group(reader: Reader, before: int) -> Entity | None:
    """The last organisation before `before` that a group of researchers was named with ("учёные из
    Университета Дикина", "специалисты Института Хабрехта")."""
    for e in reversed(reader.entities_between(0, before)):
        if e.type == "ORG" and GROUP_OF.search(reader.text, max(0, e.start - 100), e.start):
            return e
    return None


# "администрация города", "правительство региона": a body of the article's place, by its kind alone
PLACE_LEMMAS = frozenset("город регион область край республика район округ столица".split())
PRESS_OFFICES = ("пресс-служба", "пресс-центр")


def named_body(reader: Reader, phrase: str, mentions: list[Entity]) -> str | None:
    """The organisation the article names whose kind a generic phrase gives: "Администрация города" is
    the "Администрация Владивостока" of the article, "Пресс-служба киностудии" the "Киностудия имени
    Горького", "Пресс-служба облдумы" the "Смоленская областная Дума", "Региональный парламент" its one
    "Верховный хурал Тувы", "правительство" its one government (the guidelines: an organisation by its
    fullest name in the article)."""
    words = phrase.split()
    names = [(e.canonical or e.normal or e.text) for e in mentions if e.type == "ORG"]
    if len(words) == 1 and reader.lemma(words[0]) in GOVERNMENTS:
        # "в постановлении правительства" after "Кабинет министров Украины": the one government named
        return only_name_of_kind(reader, names, GOVERNMENTS)
    if len(words) != 2:
        return None
    first, second = reader.lemma(words[0]), reader.lemma(words[1])
    if second in BODY_KINDS and (first in PRESS_OFFICES or descriptive(reader, words[0])):
        return only_name_of_kind(reader, names, BODY_KINDS[second])
    kind = second if first in PRESS_OFFICES else first if second in PLACE_LEMMAS else None
    if kind is None:
        return None
    fitting = [n for n in names if len(n.split()) > 1 and reader.lemma(n.split()[0]) == kind]
    if not fitting and second == "город":
        return city_body(reader, kind)
    return max(fitting, key=len, default=None)


def city_body(reader: Reader, kind: str) -> str | None:
    """"Администрация города" where the article writes "администрации Иркутска" (the tagger takes the city
    alone, or not at all in a foot line): the body of that kind with the one city of the article's places so
    named, as written after the noun."""
    places = {(p.normal or p.text).lower() for p in reader.places}
    found = set()
    for m in CITY_BODY.finditer(reader.text):
        city = m.group(2).lower()
        if reader.lemma(m.group(1).lower()) == kind and (reader.lemma(city) in places or any(
                city.startswith(p) and len(city) - len(p) <= 2 for p in places)):  # "Владивостока" of "Владивосток"
            found.add(m.group(2))
    return f"{kind.capitalize()} {found.pop()}" if len(found) == 1 else None


CITY_BODY = re.compile(r"(?<!\w)([Аа]дминистраци\w+|[Мм]эри\w+)\s+([А-ЯЁ][а-яё-]+)")


# A body's generic noun, and the words that name a body of that kind: wire copy calls the body it
# quotes by its kind ("оборонное ведомство", "региональный парламент", "пресс-служба облдумы") after
# naming it once ("Минобороны России", "Верховный хурал Тувы", "Смоленская областная Дума")
PARLIAMENTS = frozenset("дума хурал рада собрание сейм парламент курултай кнессет меджлис конгресс".split())
GOVERNMENTS = frozenset({"правительство", "кабмин", "кабинет"})
DUMAS = frozenset({"дума"})
BODY_KINDS: dict[str, frozenset[str]] = {
    "ведомство": frozenset({"министерство", "ведомство"}), "министерство": frozenset({"министерство"}),
    "парламент": PARLIAMENTS, "облдума": DUMAS, "гордума": DUMAS,
    "правительство": GOVERNMENTS, "кабмин": GOVERNMENTS, "администрация": frozenset({"администрация"}),
}
# a ministry written short: "Минобороны", "Минздрав", "МИД России"
MINISTRY_SHORT = re.compile(r"^(?:Мин[а-яё]{2,}|МИД|МВД|МЧС)(?:\s|$)")


def descriptive(reader: Reader, word: str) -> bool:
    """Whether a word before a body's noun only describes it ("оборонное", "региональный", "кузбасская",
    "столичное"): an adjective, not a pronoun ("это", "наше") nor a number."""
    parse = reader.parse(word.lower())[0]
    return parse.tag.POS == "ADJF" and "Apro" not in parse.tag and "Anum" not in parse.tag


def only_name_of_kind(reader: Reader, names: list[str], kinds: frozenset[str]) -> str | None:
    """The one body among `names` named with a word of `kinds` (or, for ministries, written short);
    None for none or two."""
    bodies: dict[str, str] = {}  # one spelling per body, as first written ("Верховный хурал", "Верховный Хурал")
    for n in names:
        if any(reader.lemma(w.lower()) in kinds for w in n.split()) or ("министерство" in kinds and MINISTRY_SHORT.match(n)):
            bodies.setdefault(n.lower(), n)
    # "Хурал" after "Верховный хурал": one body, by its fuller name
    fullest = [n for k, n in bodies.items() if not any(set(k.split()) < set(other.split()) for other in bodies)]
    return fullest[0] if len(fullest) == 1 else None
