"""Who is speaking: the words that name or refer to a speaker next to a cue.

An attribution names its speaker (an entity), or refers back to one: a pronoun ("сказал он"), a role
("сообщил министр", "по словам эксперта") or an organisation noun ("в ведомстве заявили"); a
`Ref` (quotes_names) records which, and quotes_resolve turns it into a name. This module finds the
phrase after a cue ("…, — сказал Лавров") or the subject before it ("Лавров заявил"); common nouns
are read by quotes_nouns.
"""

from __future__ import annotations

import re

from svodka.enrich.entity_lexicon import CRAFT
from svodka.enrich.nlp import Token
from svodka.enrich.quotes_forms import kind_before
from svodka.enrich.quotes_groups import group_pronoun
from svodka.enrich.quotes_lexicon import (
    ALWAYS_ANONYMOUS,
    ANONYMOUS,
    FUNCTION_WORDS,
    LOCATIVE,
    MEDIA_GENRES,
    ORG_NOUNS,
    PREPOSITIONS,
    PRONOUNS,
    SPOKES_LEMMAS,
    tells_when,
)
from svodka.enrich.quotes_names import (
    Ref,
    Spans,
    eponym_word,
    in_spans,
    kin_of,
    known_name,
    name_ending_at,
    name_starting_at,
    nominative_person,
    role_of_declined,
    some_word_nominative,
    spoken_in,
)
from svodka.enrich.quotes_nouns import acting_role, noun_ref
from svodka.enrich.quotes_sources import is_known
from svodka.enrich.quotes_text import Reader
from svodka.enrich.quotes_walk import (
    first_of_listed,
    group_of_person,
    leader_of_group,
    named_in_quotes,
    object_in_quotes,
    owned_by_noun,
)
from svodka.enrich.quotes_window import window_end
from svodka.model import Entity

# "в социальной сети Instagram", "в микроблоге Twitter": the place a statement was posted
NETWORK_PLACES = frozenset("сеть соцсеть микроблог блог аккаунт страница канал".split())
SUBJECT_REACH = 14
# "по словам одного из руководителей исследования – доктора Роды Ау": the one is named after the dash
ONE_OF = re.compile(r"\s*(?:одного|одной|одним|один|одна)\s+из\s+[^,.;:!?—–-]{1,60}?\s+[—–-]\s+", re.IGNORECASE)
CITING = re.compile(r"(?<!\w)со\s+ссылкой\s+на(?!\w)")


def speaker_after(reader: Reader, start: int, stop: int, gender: str | None, skip: Spans,
                  subject: bool = True) -> Ref | None:
    """The speaker named or referred to in the phrase right after a cue ("…, — сказал Лавров");
    `subject=False` after "по словам", whose speaker is in the genitive."""
    one_of = ONE_OF.match(reader.text, start, stop)
    start = one_of.end() if one_of is not None else start
    stop = window_end(reader, start, stop)
    link = CITING.search(reader.text, start, stop)
    if link is not None:
        # "сообщает пресс-служба Президента ПМР со ссылкой на МВД ПМР": the body cited speaks
        ref = cited(reader, start, link.end(), stop, gender, skip)
        if ref is not None and ref.kind in ("entity", "orgphrase"):
            return ref
    words = [w for w in reader.words_between(start, stop) if not in_spans(w.start, skip)]
    # "сказала замминистра Вероника Скворцова": a name in the phrase beats the role before it
    person = next((e for e in reader.entities_between(start, stop)
                   if e.type == "PER" and not in_spans(e.start, skip) and not eponym(reader, e)), None)
    for k, w in enumerate(words):
        entity = reader.entity_at(w.start)
        if entity is not None and not in_spans(entity.start, skip):
            if entity.text.lower() in ANONYMOUS or channel_at(reader, entity, words[k - 1].text if k else "") \
                    or eponym(reader, entity):
                continue  # "со ссылкой на СМИ", "написала в микроблоге в Instagram Ольга Рапунцель"
            if subject and entity.type == "PER" and not some_word_nominative(reader, entity):
                continue  # "предупреждала Глеба": who was told
            if subject and entity.type == "ORG" and person is not None and person.start > entity.stop \
                    and some_word_nominative(reader, person):
                continue  # "рассказал ESPN вице-президент клуба Хорди Кардонер": the outlet was told
            if gender == "plur" and entity.type == "ORG" and not plural_title(reader, entity.start, entity.stop) \
                    and not (spoken_in(reader, words, k) and "." not in reader.text[start:entity.start]):
                continue  # "пояснили «Байкал-Daily»": who was told, not who told
            return Ref("entity", entity.start, entity.stop, entity, gender, written=subject)
        low = w.text.lower()
        if low in PRONOUNS:
            return Ref("pronoun", w.start, w.stop, gender=PRONOUNS[low])
        if low == "они":
            return group_pronoun(reader, w)
        if low == "ссылкой" and k and words[k - 1].text.lower() == "со":
            return cited(reader, start, w.stop, stop, gender, skip)
        if low in FUNCTION_WORDS or not w.text.replace("-", "").isalpha() or told(reader, low) \
                or (k and words[k - 1].text.lower() == "интервью" and not reader.nominative(w.text)):
            continue  # "сообщили телеканалу «Москва 24» в …": told; "в интервью газете «…» врач": where said
        if w.text[:1].isupper() and reader.is_name(w.text) and known_name(reader, w.text) and not eponym_word(words, k):
            return name_starting_at(reader, words, k, stop)  # "- объясняет Писеев": a name the tagger missed
        ref = noun_ref(reader, words[k:], stop, gender, skip, subject)
        # "представитель ЕК Фредерик Вансен": the person, not the organisation he speaks for; but
        # "пресс-служба Бердымухамедова" is the office's
        spokesman = ref is not None and ref.entity is not None and ref.entity.type == "ORG" and ref.start > w.start
        named = person is not None and (not subject or some_word_nominative(reader, person))
        # "Как отметил на заседании столичного правительства С.Собянин", "заявил в эфире телеканала ARD глава
        # Минздрава Йенс Шпан": a body or channel in an oblique case names where it was said, the person after
        # it speaks
        oblique_body = ref is not None and subject and ref.kind in ("orgphrase", "orgnoun", "outlet", "title") \
            and not any(p.tag.case == "nomn" and p.tag.number == "sing" for p in reader.parse(low)[:4])
        if (ref is not None and person is not None and named and (ref.kind == "role" or spokesman or oblique_body)
                and not kin_of(reader, w, person) and not role_of_declined(reader, w, person, gender)):
            return Ref("entity", person.start, person.stop, person, gender, written=subject)
        if ref is not None:
            return ref if ref.kind != "anonymous" else None
    # nobody but a channel after the verb: "…, сообщает «Маяк»" — the outlet said it; after a plural
    # verb ("пояснили «Байкал-Daily»") the channel is only who was told
    outlets = [(a, b) for a, b in skip if start <= a < stop]
    comma = reader.text.find(",", outlets[0][1], stop) if outlets else -1
    rest = [w.text.lower() for w in words if outlets and outlets[0][1] <= w.start < (comma if comma >= 0 else stop)
            and w.text.isalnum() and not tells_when(w.text)]  # "сообщает Синьхуа в субботу"
    where = reader.text[max(start, outlets[0][0] - 4):outlets[0][0]].split()[-1:] if outlets else []
    if where and where[0].lower() in ("в", "во", "на"):
        return None  # "ответил на вопросы в Twitter": where it was said, not who said it
    if len(outlets) == 1 and (gender != "plur" or plural_title(reader, *outlets[0])) and (not rest or "ссылкой" in rest):
        return Ref("outlet", *outlets[0])
    return None


def cited(reader: Reader, start: int, at: int, stop: int, gender: str | None, skip: Spans) -> Ref | None:
    """"сообщает Reuters со ссылкой на МВД Ирака": the party cited speaks when it is named and no
    outlet; "… со ссылкой на местные власти / на источник": the outlet that cites them."""
    first = next((w for w in reader.words_between(at, stop) if w.text.isalpha() and w.text.lower() not in FUNCTION_WORDS),
                 None)
    # "со ссылкой на источник в администрации Дональда Трампа": the one cited is nobody named
    anonymous = first is not None and first.text.lower() in ANONYMOUS and reader.entity_at(first.start) is None
    for e in reader.entities_between(at, stop):
        before = reader.words[max(0, reader.word_index(e.start) - 1)].text
        if not anonymous and e.text.lower() not in ANONYMOUS and not channel_at(reader, e, before):
            return Ref("entity", e.start, e.stop, e, gender)
    if first is not None and reader.lemma(first.text) in SPOKES_LEMMAS | ORG_NOUNS:
        # "со ссылкой на пресс-службу администрации города": a described body, named by its phrase
        words = reader.words_between(first.start, stop)
        body = noun_ref(reader, words, stop, gender, skip, subject=False)
        if body is not None and body.kind == "orgphrase":
            return body
    outlets = [(a, b) for a, b in skip if start <= a < at]
    return Ref("outlet", *outlets[0]) if len(outlets) == 1 and (gender != "plur" or plural_title(reader, *outlets[0])) else None


EPONYM = re.compile(r"(?:имени|им\.)\s*$")


def eponym(reader: Reader, entity: Entity) -> bool:
    """"директор института имени Эрисмана": a person a body is named after is part of its name."""
    return entity.type == "PER" and (EPONYM.search(reader.text, max(0, entity.start - 8), entity.start) is not None
                                     or entity.text.startswith(("им.", "имени ")))  # the tagger took "им." in


def channel_at(reader: Reader, entity: Entity, prev: str) -> bool:
    """"в Twitter", "в Instagram": a medium or network after "в" is where something was said."""
    # "в Instagram-аккаунтах": the network's accounts are where it was said too
    known = is_known(entity.text) or (is_known(entity.text.split("-")[0]) and "-" in entity.text)
    return known and (prev.lower() in LOCATIVE or reader.lemma(prev) in NETWORK_PLACES)


def outlet_ref(reader: Reader, ref: Ref, verb: Token) -> bool:
    """Whether a reference is to an outlet: a channel, a known medium, or an organisation that
    writes ("как ранее писал «Рамблер»")."""
    entity = ref.entity
    return ref.kind == "outlet" or (entity is not None and (
        is_known(entity.text) or (entity.type == "ORG" and reader.cue_lemma(verb.text) == "писать")))


def told(reader: Reader, word: str) -> bool:
    """"порталу Science Alert", "телеграм-каналу Mash": a medium in the dative is told, not telling."""
    return word.endswith(("у", "ю", "и")) and word.islower() and any(p.tag.case == "datv" and p.tag.POS == "NOUN" and (str(p.normal_form) in MEDIA_GENRES or
                                                                str(p.normal_form).endswith("канал"))
               for p in reader.parse(word)[:2])


def plural_title(reader: Reader, start: int, stop: int) -> bool:
    """"пишут «Известия»", "сообщают «Вечерние Ведомости»": the outlet's own name is plural, every
    word of it ("сообщили РИА Новости" is who was told)."""
    words = reader.text[start:stop].strip(" «»\"").split()
    return bool(words) and all(w.isalpha() and reader.parse(w.lower())[0].tag.number == "plur" for w in words)


def speaker_before(reader: Reader, start: int, cue: int, gender: str | None, skip: Spans) -> Ref | None:
    """The subject before a cue ("Лавров заявил, что", "в МИД отметили, что"): the nearest name,
    pronoun or role to the verb that can be a subject, past participle and gerund clauses
    ("Юнкер, возглавляющий Еврогруппу, заявил", "Уткин, отвечая на вопрос, почему …, заявил")."""
    words = [w for w in reader.words_between(start, cue) if not in_spans(w.start, skip)][-SUBJECT_REACH * 3:]
    k = len(words) - 1
    walked = 0  # the subject stands close to its verb: a dozen words back, clauses aside, is far enough
    while k >= 0 and walked < SUBJECT_REACH:
        w = words[k]
        if w.text in ";:":
            return None
        if reader.inside_quotes(w.start) and not named_in_quotes(reader, w):
            opening = object_in_quotes(reader, words, k, cue)
            if opening is None:
                return None
            k = opening - 1  # "назвал Лафию «щедрым художником» и сообщил": the subject of "назвал"
            continue
        named = reader.entity_at(w.start)
        if named is not None and named.start < w.start and k and words[k - 1].start >= named.start:
            k -= 1  # a name of several words is one step: "Джэнет Келсо из Института Макса Планка"
            continue
        walked += 1
        if w.text == ")":  # "Оскар Де Ла Хойя (Golden Boy) предполагает": the bracket is an aside
            opening = next((j for j in range(k - 1, -1, -1) if words[j].text == "("), -1)
            if opening >= 0:
                k = opening - 1
                continue
        if w.text in (",", "–", "—"):  # "представитель X, выпускающего Y – считает": a dash closes the clause too
            k = before_participle_clause(reader, words, k)
            continue
        ref = subject_at(reader, words, k, cue, gender, skip)
        if ref is not None:
            return first_of_listed(reader, ref) if ref.kind != "anonymous" else None
        k -= 1
    return None


RELATIVES = frozenset("который которая которое которые".split())


def antecedent(reader: Reader, words: list[Token], k: int) -> Ref:
    """The one a relative subject refers to ("Лавров, который заявил, что …"): the name right before
    its comma; a common noun ("военным врачам, которые рекомендовали …") names nobody."""
    if k >= 2 and words[k - 1].text == ",":
        named = reader.entity_at(words[k - 2].start)
        if named is not None:
            return Ref("entity", named.start, named.stop, named)
    return Ref("anonymous", words[k].start, words[k].stop)


def governed_by(reader: Reader, words: list[Token], k: int) -> str:
    """The word before the name at words[k], over its adjectives: "из французского Лилльского
    университета" is governed by "из", so it is no subject ("Буго из … университета сообщил")."""
    j = k - 1
    if j >= 0 and words[j].text in "«\"„“":
        j -= 1  # "для ФБА «Экономика сегодня»": over the opening mark
    if j >= 1 and words[j].text.isupper() and words[j].text.isalpha() and words[j - 1].text.lower() in PREPOSITIONS:
        j -= 1  # over the outlet's kind, an abbreviation
    first = j
    while j >= 0 and first - j < 2 and words[j].text.isalpha() and words[j].text.islower() and \
            reader.parse(words[j].text)[0].tag.POS == "ADJF":
        j -= 1
    return words[j].text.lower() if j >= 0 else ""


def before_participle_clause(reader: Reader, words: list[Token], comma: int) -> int:
    """The index to go on from, backwards, at a comma: past ", возглавляющий Еврогруппу," when the
    comma closes a participle, gerund or "который" clause (commas inside it, ", отвечая на
    вопрос, почему …,", included), else just past the comma."""
    for m in range(comma - 1, max(-1, comma - 20), -1):
        if words[m].text == ",":
            opener = words[m + 1].text.lower() if m + 1 < comma else ""
            parse = reader.parse(opener)[0] if opener.isalpha() else None
            if parse is not None and (parse.tag.POS in ("PRTF", "GRND") or parse.normal_form == "который"):
                return m - 1
            named = reader.entity_at(words[m - 1].start) if m else None
            if named is not None and parse is not None and parse.tag.POS == "ADJF" and parse.tag.case == "nomn" \
                    and comma - m > 2:
                return m - 1  # "Игорь Копылов, известный благодаря картине «Ржев»,": an adjective with its words
            # "Джеки Муяль, агент защитника Димитриса Яннулиса, подтвердил", "Скотт Херкельман, корпоративный
            # вице-президент … AMD, уточнил": the name before its role
            second = words[m + 2].text if m + 2 < comma else ""
            if named is not None and named.type == "PER" and (reader.role_parse(opener) is not None or (
                    parse is not None and parse.tag.POS == "ADJF" and reader.role_parse(second) is not None)):
                return m - 1
    return comma - 1


def titled_in_oblique(reader: Reader, words: list[Token], k: int) -> bool:
    """Whether the name at words[k] is a title in marks right after a common noun in an oblique case
    ("фильма «Шугалей»"); not "газета «Коммерсант»", "на телеканале «Россия-24»" (where it was said),
    "15 апреля «Автомобилист»" (a date)."""
    if k < 2 or words[k - 1].text not in "«\"„“" or words[k - 1].stop != words[k].start:
        return False
    noun = words[k - 2].text
    where = words[k - 3].text.lower() if k >= 3 else ""
    # "руководство клуба «Зенит»": a kind of organisation before the name is its own, which speaks;
    # "Между тем «Коммерсант»", "Тем временем «Коммерсант»": an adverb, no noun, opens the sentence
    return (noun.isalpha() and noun.islower() and not reader.nominative(noun) and not tells_when(noun)
            and noun.lower() != "тем" and where not in ("в", "во", "на", "тем")
            and not kind_before(reader, words[k - 1].start))


def subject_at(reader: Reader, words: list[Token], k: int, cue: int, gender: str | None, skip: Spans) -> Ref | None:
    w = words[k]
    prev = words[k - 1].text.lower() if k else ""
    if prev in ("«", '"', "„", "“") and k > 1 and words[k - 2].text.lower() in LOCATIVE:
        prev = words[k - 2].text.lower()  # 'В "Ростехе" указали': the body spoken in, its name in marks
    entity = reader.entity_at(w.start)
    if entity is not None and not in_spans(entity.start, skip):
        if entity.start < w.start:
            return None  # the middle of a name: its first word decides
        if titled_in_oblique(reader, words, k):
            return None  # "после просмотра фильма «Шугалей»": a title in an oblique phrase is no subject
        if k > 1 and words[k - 1].text in "«\"„“" and reader.lemma(words[k - 2].text) in CRAFT:
            return None  # 'Сериал "Работницы" … предлагает проследить': a work's title, no speaker
        locative = prev in LOCATIVE
        if locative and entity.type == "ORG" and gender in ("masc", "femn"):
            # "В МИД заявили" speaks as the body, but a verb of one man or woman has its own subject:
            # "руководитель отдела в Национальном центре эпидемиологии заявил"
            return None
        if k and gender == "plur" and group_of_person(reader, words[k - 1], entity):
            return None  # "Фанаты Месси уверены": the fans speak
        # "жена принца Гарри", "Агент Андрея Аршавина": the name is whose wife or agent, who speaks
        owned = any(kin_of(reader, words[j], entity) for j in range(max(0, k - 2), k)) or (
            k > 0 and role_of_declined(reader, words[k - 1], entity, gender))
        # "В Telegram заявили, что …": a plural verb with no subject of its own, the company spoke
        # ("В Twitter пишут, что …" are its users)
        company = (locative and gender == "plur" and k == 1 and entity.type == "ORG"
                   and reader.lemma(reader.words[reader.word_index(cue)].text) not in ("писать", "написать"))
        if (channel_at(reader, entity, prev) and not company) or owned or told(reader, prev):
            # "в Instagram напомнил": where it was said; "супруга Дмитренко добавила": the wife speaks
            return None
        # "Глава ведомства", "Автор «Бесогона»": a body or a work after a role is the role's
        j = k - 2 if k > 1 and words[k - 1].text in "«\"„“" else k - 1
        if j > 0 and words[j].text.isupper() and len(words[j].text) <= 4 and reader.entity_at(words[j].start) is None:
            j -= 1  # "корреспондентом ФБА «Экономика сегодня»": a legal form between the role and the name
        dependent = entity.type == "ORG" and ((j >= 0 and reader.role_parse(words[j].text) is not None)
                                              or owned_by_noun(reader, entity, gender, words[0].start))
        if entity.text.lower() in ANONYMOUS:
            return Ref("anonymous", w.start, w.stop)
        # a subject is in the nominative: some word of a person's name (foreign surnames do not
        # decline) unless the surname says otherwise ("о волшебнике Гарри Поттере"); an
        # organisation's head word, or "Ростех", which pymorphy3 reads as a genitive plural: an
        # organisation written in its base form
        parts = entity.text.split()
        if entity.type == "PER":
            nominative = nominative_person(reader, entity)
        else:
            nominative = entity.normal == entity.text or reader.nominative(parts[0])
        if locative or (not dependent and governed_by(reader, words, k) not in PREPOSITIONS and nominative):
            return Ref("entity", entity.start, entity.stop, entity, gender, written=not locative)
        return None
    low = w.text.lower()
    if k > 1 and prev == "на" and words[k - 2].text.lower() in ("ссылкой", "ссылаясь") and (
            reader.lemma(low) in ALWAYS_ANONYMOUS):
        return None  # "NBC News со ссылкой на источник сообщил": the outlet speaks, its source unnamed
    if low in PRONOUNS:
        return Ref("pronoun", w.start, w.stop, gender=PRONOUNS[low])
    if low == "они":
        return group_pronoun(reader, w)
    if low in RELATIVES:
        return antecedent(reader, words, k)
    if low == "там" and gender == "plur":
        return Ref("orgnoun", w.start, w.stop)  # "МИД потребовал … Также там заявили, что …"
    if low in FUNCTION_WORDS or not w.text.replace("-", "").isalpha():
        return None
    if w.text[:1].isupper() and reader.is_name(w.text) and (k or known_name(reader, w.text)):
        if reader.place_at(w.start) is not None:
            return None  # "Герцогиня Сассекская": a place in a title, the title speaks
        return name_ending_at(reader, words, k)
    if prev in LOCATIVE and reader.lemma(low) in ORG_NOUNS:
        if (k > 1 and reader.lemma(words[k - 2].text) in ALWAYS_ANONYMOUS) or gender in ("masc", "femn"):
            # "со ссылкой на источник в администрации", 'Источник "Ъ" в правительстве пояснил': where the
            # source works, not who speaks (as for a body by name, a verb of one has its own subject)
            return None
        return Ref("orgnoun", w.start, w.stop)
    leader = leader_of_group(reader, words, k) if gender == "plur" else None
    if leader is not None:
        return leader  # "Ангела Меркель и другие лидеры ЕС призвали"
    if not reader.nominative(w.text):
        return acting_role(reader, words, k, cue, gender, skip)
    if gender in ("masc", "femn") and not any(
            p.tag.case == "nomn" and p.tag.number != "plur" for p in reader.parse(low)[:4]):
        # "руководитель отдела и лаборатории … заявил", "довольна работой дочери и заявила": a plural
        # noun is no subject of one speaker
        return None
    if k and reader.lemma(low) in ORG_NOUNS and reader.role_parse(words[k - 1].text) is not None:
        return None  # "Глава ведомства подчеркнул": the body is the role's, the role speaks
    return noun_ref(reader, words[k:], cue, gender, skip)
