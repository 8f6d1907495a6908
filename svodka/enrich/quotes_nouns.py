"""References made by common nouns: roles ("сообщил министр"), an organisation's people ("эксперты
Академии …"), organisation nouns ("в ведомстве заявили", "пресс-служба депутата …"), and the
anonymous ones ("источник", "эксперты") that name nobody."""

from __future__ import annotations

import re

from svodka.enrich.nlp import Token
from svodka.enrich.quotes_forms import plural_nominative
from svodka.enrich.quotes_groups import (
    group_named_before,
    institution_of_article,
    researchers_named_before,
    team_just_named,
)
from svodka.enrich.quotes_lexicon import (
    ALWAYS_ANONYMOUS,
    ANONYMOUS,
    AUTHOR_LEMMAS,
    BARE_RESEARCHERS,
    COMPANY_ROLES,
    EPITHETS,
    FUNCTION_WORDS,
    INDEFINITE,
    MEDIA_GENRES,
    ORG_NOUNS,
    ROLE_OWNERS,
    SELF_NAMED,
    SOCIAL,
    SPOKES_LEMMAS,
)
from svodka.enrich.quotes_names import (
    Ref,
    Spans,
    chaired,
    genitive,
    in_spans,
    kin_of,
    name_after,
    oblique_surname,
    role_gender,
    role_of_declined,
)
from svodka.enrich.quotes_sources import only_reported_outlet
from svodka.enrich.quotes_text import Reader
from svodka.enrich.quotes_units import (
    organisers,
    police_people,
    spokesman_named_before,
    unit_span,
)
from svodka.enrich.quotes_walk import group_of_person
from svodka.model import Entity

# "сообщили учёные в журнале «Нейчер»": the journal a group publishes in is its channel, not its institution
PUBLISHED_IN = re.compile(r"(?<!\w)в\s+(?:\w+\s+)?(?:журнал|издани|стать|газет|публикаци)\w*", re.IGNORECASE)


def noun_ref(reader: Reader, words: list[Token], stop: int, gender: str | None, skip: Spans,
             subject: bool = True) -> Ref | None:
    """A reference made by a common noun at words[0]: a role (with the name after it, if the tagger
    missed one), a group of an organisation's people, an organisation noun; Ref("anonymous") for
    "источник", "эксперты" and the like."""
    w = words[0]
    low = w.text.lower()
    follow = [e for e in reader.entities_between(w.stop, stop) if not in_spans(e.start, skip)]
    org = next((e for e in follow if e.type == "ORG" and e.start - w.stop < 60
                and not PUBLISHED_IN.search(reader.text, w.stop, e.start)), None)
    bare = plural_nominative(reader, low)  # "по прогнозу синоптиков" as "синоптики"
    if bare in ANONYMOUS and bare not in ALWAYS_ANONYMOUS and org is None and not indefinite(reader, w):
        # "некоторые исследователи" are others, not the group named
        org = group_named_before(reader, w) or institution_of_article(reader, w) or team_just_named(reader, w)
    listed = organisers(reader, w) or police_people(reader, w)
    if listed is not None:
        return Ref("entity", listed.start, listed.stop, listed, gender)  # "как сообщают организаторы"
    if low in ANONYMOUS and low not in ALWAYS_ANONYMOUS and org is None and len(words) > 1 \
            and reader.lemma(words[1].text) in ORG_NOUNS and words[1].text.islower():
        return Ref("orgnoun", words[1].start, words[1].stop)  # "аналитики регулятора", "специалисты ведомства"
    if low == "сми" and org is None:
        # "…, передает СМИ.", "СМИ также уточняет": the one outlet the article reports through
        reported = only_reported_outlet(reader, reader.paragraphs[0].stop if reader.paragraphs else 0, skip)
        if reported is not None:
            return reported
    if low in ALWAYS_ANONYMOUS or (low in ANONYMOUS and org is None):
        return Ref("anonymous", w.start, w.stop)
    if not subject and reader.lemma(low) in EPITHETS and name_after(reader, words[1:], stop) is None:
        # "По словам звезды, …": the celebrity the article is about, as a role would be ("звёзды
        # советуют" of a horoscope are no one: only after "по словам")
        return Ref("role", w.start, w.stop, gender=gender)
    if reader.lemma(low) in COMPANY_ROLES and name_after(reader, words[1:], stop) is None:
        return Ref("entity", org.start, org.stop, org, gender) if org is not None else Ref("orgnoun", w.start, w.stop)
    role = reader.role_parse(w.text, subject=subject)
    if role is not None:
        name = name_after(reader, words[1:], stop)
        single = role.tag.number == "sing"  # a group ("исследователи из Института …") is read below
        served = served_by(reader, words[1:], gender, skip) if str(role.normal_form) == "представитель" else None
        if served is not None and (served.kind == "role" or (served.entity is not None and served.entity.type == "PER")):
            return served  # "По словам представителей актрисы", "представитель Аллы Пугачёвой": a person's speak as her
        if (single and name is not None and subject and name.entity is not None
                and oblique_surname(reader, name.entity.text.split()[-1])):
            return Ref("anonymous", w.start, w.stop)  # "пояснил врач Даны Борисовой": her doctor, unnamed
        if not single and gender == "plur" and name is not None and name.entity is not None and group_of_person(reader, w, name.entity):
            return Ref("anonymous", w.start, w.stop)  # "Поклонники Бузовой считают": many are not one, hers
        # "Агент Андрея Аршавина заявил", "адвокат Ивана Петрова": a name declined after a role is whose agent
        # or lawyer speaks ("адвокат Иван Петров" names him)
        declined = (single and subject and name is not None and name.entity is not None
                    and role_of_declined(reader, w, name.entity, gender))
        if name is not None and not declined and not kin_of(reader, w, name):
            name.written = subject  # "считает врач Айна Громова": in apposition to a subject, a nominative
            return name
        if single and (declined or (len(words) > 1 and whose(reader, words[1].text))):
            # "агент игрока сообщил": somebody's agent, who is only known if introduced as one
            return Ref("role", w.start, w.stop, gender=gender or role_gender(role), org=org, owned=True)
        if single and name is not None:
            # "мама Александра Петрова заявляла": the kin of a person the article names in full is a side
            # figure, known only if introduced as such; "супруга Быкова", of a surname alone, is the
            # woman the article is about (the one named last)
            owner = (name.entity.canonical or name.entity.text) if name.entity is not None else ""
            kin_gender = (gender or role_gender(role)) if len(owner.split()) < 2 else None
            return Ref("role", w.start, w.stop, gender=kin_gender, org=org, owned=True)
        outlet = next(((a, b) for a, b in skip if 0 <= a - w.stop <= 4), None)
        if outlet is not None and str(role.normal_form) in AUTHOR_LEMMAS:
            return Ref("outlet", *outlet)  # "передает корреспондент ИА REGNUM"
        if str(role.normal_form) == "спикер" and chaired(reader, words[1:4], org):
            # "добавил спикер украинского парламента": a chamber's speaker is its chair, a person
            # introduced so ("спикер Верховной рады Владимир Литвин"), not the chamber's press office
            return Ref("role", w.start, w.stop, gender=gender or role_gender(role), org=org, owned=True)
        if role.tag.number == "plur" or str(role.normal_form) in SPOKES_LEMMAS:
            if org is None and role.tag.number == "plur" and str(role.normal_form) in BARE_RESEARCHERS:
                org = researchers_named_before(reader, w)
            person = spokesman_named_before(reader, w, org) if org is not None and single else None
            if person is not None:
                return Ref("entity", person.start, person.stop, person, gender)
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
    opens = w.start == reader.sentence_of(w.start).start
    # "Издание сообщает", "Компания заявила": the body named before, also opening a sentence when the
    # noun stands alone before its verb ("Управление …" with words after it may name one)
    if lemma in SELF_NAMED or (lemma in ORG_NOUNS and (w.text[:1].islower() or not opens or w.text.lower() in MEDIA_GENRES
                                                     or stands_alone(reader, words) or from_place(reader, words))):
        return org_noun_ref(reader, words, org, gender, skip)
    return None


def stands_alone(reader: Reader, words: list[Token]) -> bool:
    """Whether the noun at words[0] has no words of a name after it: none, or only adverbs and particles
    before the verb ("Ведомство также заявило", "Совет уже сообщил")."""
    return all(x.text.islower() and reader.parse(x.text)[0].tag.POS in ("ADVB", "PRCL", "CONJ") for x in words[1:])


def from_place(reader: Reader, words: list[Token]) -> bool:
    """"Компания из США заявила": a noun described only by where the body is from names no new one."""
    if len(words) < 3 or words[1].text.lower() != "из":
        return False
    place = reader.place_at(words[2].start)
    return place is not None and place.start == words[2].start and place.stop >= words[-1].stop


def indefinite(reader: Reader, w: Token) -> bool:
    k = reader.word_index(w.start)
    return k > 0 and reader.words[k - 1].text.lower() in INDEFINITE


def whose(reader: Reader, word: str) -> bool:
    """A role noun in the genitive right after a role: "агент игрока", "адвокат актрисы"."""
    return word.isalpha() and word.islower() and any(
        p.tag.case == "gent" and p.tag.POS == "NOUN" and p.tag.animacy == "anim" for p in reader.parse(word)[:2])


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


LATIN_OUTLET = re.compile(r"[ \u00a0]+([A-Z][A-Za-z0-9&']*(?:\.[a-z]{2,4})?!?(?:[ \u00a0][A-Z][A-Za-z0-9&']*!?)*)(?![\w-])")


def org_noun_ref(reader: Reader, words: list[Token], org: Entity | None, gender: str | None, skip: Spans) -> Ref | None:
    """"в ведомстве" (the organisation spoken of), "газета Le Monde" (the outlet), "в центре … РАН"
    (the organisation named after it), "в таллинской мэрии" (a described one, named by the phrase)."""
    w = words[0]
    parses = reader.parse(w.text.lower())[:3]
    if all(p.tag.number == "plur" for p in parses):
        return Ref("anonymous", w.start, w.stop)  # "по мнению журналистских организаций"
    outlet = next(((a, b) for a, b in skip if 0 <= a - w.stop <= 2), None)
    # "газета Le Monde" names the outlet; "сообщение фонда РИА Новости" is the fund's, passed on by it
    if outlet is not None and (w.text.lower() in MEDIA_GENRES or reader.lemma(w.text) in MEDIA_GENRES
                               or not genitive(reader, w.text.lower())):
        return Ref("outlet", *outlet)
    # "в центре общественных связей Сибирского отделения РАН": the unit of the organisation named
    between = [x for x in reader.words_between(w.stop, org.start) if x.text not in "«\"„“"] if org is not None else []
    unit = unit_span(reader, w, org) if org is not None else None
    if unit is not None:
        return Ref("orgphrase", *unit, org=org)  # "в Управлении Роспотребнадзора по … области"
    if org is not None and all(x.text.isalpha() and x.text.islower() and genitive(reader, x.text) for x in between):
        return Ref("entity", org.start, org.stop, org, gender)
    place = next((e for e in reader.places if w.stop < e.start < w.stop + 60), None)
    if (reader.lemma(w.text) in ("сайт", "портал") and place is not None
            and not reader.words_between(w.stop, place.start) and place.text != place.normal):
        # "официальный сайт Алтайского края": the region's own site speaks for its government
        body = Entity("ORG", place.text, place.start, place.stop, place.normal, place.canonical)
        return Ref("entity", place.start, place.stop, body, gender)
    if w.text.lower() in MEDIA_GENRES:
        # "сообщил портал Yahoo!": a Latin name the tagger missed names the outlet
        latin = LATIN_OUTLET.match(reader.text, w.stop)
        if latin is not None and latin.group(1) not in SOCIAL:
            return Ref("title", latin.start(1), latin.end(1))
        return Ref("orgnoun", w.start, w.stop)  # "пишет французская газета": the paper quoted before
    # "на сайте компании", "на сайте авиаперевозчика": a body's own site speaks as the body
    own_site = (reader.lemma(w.text) == "сайт" and len(words) > 1 and words[1].text.islower()
                and reader.lemma(words[1].text) in ORG_NOUNS | COMPANY_ROLES)
    served = served_by(reader, words[1:], gender, skip) if reader.lemma(w.text) in SPOKES_LEMMAS or own_site else None
    if served is not None:
        return served
    k = reader.word_index(w.start)
    start = w.start
    # "в самой компании", "вся команда": that one, the whole of it; no name
    while (k > 0 and reader.parse(reader.words[k - 1].text.lower())[0].tag.POS == "ADJF"
           and "Apro" not in reader.parse(reader.words[k - 1].text.lower())[0].tag
           and reader.lemma(reader.words[k - 1].text) not in ("сам", "самый")):
        k -= 1
        start = reader.words[k].start
    stop = phrase_end(reader, words, reader.lemma(w.text) in SELF_NAMED)
    if start < w.start and stop == w.stop and introduced_with(reader, reader.lemma(w.text), w.start):
        return Ref("orgnoun", w.start, w.stop)  # "компания Orbital Insights … Американская компания считает"
    if (start, stop) != (w.start, w.stop) or reader.lemma(w.text) in SELF_NAMED:
        return Ref("orgphrase", start, stop)
    return Ref("orgnoun", w.start, w.stop)


def introduced_with(reader: Reader, lemma: str, before: int) -> bool:
    """Whether the article named a body with this common noun before ("компания Orbital Insights",
    "клуб «Спартак»"): a described "американская компания" later is that one again, not another."""
    for e in reader.entities_between(0, before):
        k = reader.word_index(e.start) - 1
        if k >= 0 and reader.words[k].text in "«\"„“":
            k -= 1
        if e.type == "ORG" and k >= 0 and same_kind(reader.lemma(reader.words[k].text), lemma):
            return True
    return False


# kind nouns that name the same body: "футбольного клуба «Ростов»" … "пресс-служба донской команды"
SAME_KIND = {"команда": {"команда", "клуб"}, "клуб": {"клуб", "команда"}}


def same_kind(named: str, lemma: str) -> bool:
    """Whether a body named with the noun `named` is one a later `lemma` refers back to."""
    return named in SAME_KIND.get(lemma, {lemma})


def phrase_end(reader: Reader, words: list[Token], self_named: bool) -> int:
    """Where the phrase of an organisation noun at words[0] ends: over its genitives ("в сообществе
    анонимных алкоголиков", "министерства здравоохранения"), and a capitalised one only for a body
    named so ("прокуратура Москвы") or a place ("посольства России": the embassy of a country is
    one body, unlike "представители компании Петрова")."""
    stop = words[0].stop
    named = False
    for x in words[1:5]:
        place = reader.place_at(x.start)
        if place is not None and place.start == x.start and not named and place.text == place.normal \
                and not x.text.islower():
            # "Центр стволовых клеток Абу-Даби", "посольство США": a place that does not decline names
            # the body with it, as a genitive place does
            return place.stop
        if not x.text.isalpha() or x.text in FUNCTION_WORDS or not genitive(reader, x.text):
            break
        if named:  # "правительства Нижегородской области": the place's noun after its adjective
            return x.stop if x.text.islower() else stop
        if not x.text.islower():
            parses = reader.parse(x.text.lower())[:3]
            if self_named or any("Geox" in p.tag and p.tag.case == "gent" for p in parses):
                stop = x.stop
                named = parses[0].tag.POS == "ADJF"
                if named:
                    continue
            break
        stop = x.stop
    return stop


def named_by_phrase_before(reader: Reader, noun: Token) -> tuple[int, int] | None:
    """"говорится в сообщении посольства" after "Посольство России в Латвии …": the specific phrase
    (noun and place) the article named the body with before, the latest; None when it never did."""
    lemma = reader.lemma(noun.text)
    for k in range(reader.word_index(noun.start) - 1, -1, -1):
        w = reader.words[k]
        if w.text[:1].lower() != noun.text[:1].lower() or reader.inside_quotes(w.start) or reader.lemma(w.text) != lemma:
            continue
        stop = phrase_end(reader, reader.words[k:k + 4], self_named=False)
        last = reader.words_between(w.start, stop)[-1]
        if stop > w.stop and not last.text.islower():
            return w.start, stop
    return None


MARKED_NAME = re.compile(r"[«\"„“]([^«»\"„“”\n]{1,60})[»\"“”]")  # a body's name in marks, "«Большие гастроли»"


def served_by(reader: Reader, words: list[Token], gender: str | None, skip: Spans) -> Ref | None:
    """Whom a press service with no named organisation speaks for: "пресс-служба народного депутата
    Александра Фельдмана" → the deputy, "пресс-служба руководителя государства" → the head of state
    met before, "пресс-служба администрации региона" → the administration (a described body)."""
    k = 0
    while k < min(len(words), 2) and words[k].text.islower() and reader.parse(words[k].text)[0].tag.POS == "ADJF":
        k += 1
    # "пресс-службе РГП «Казгидромет»": a legal form (words[k]), a quotation mark, the body's name
    quoted = reader.entity_at(words[k + 2].start) if k + 2 < len(words) and words[k + 1].text in ("«", '"', "„", "“") else None
    if quoted is not None and quoted.type == "ORG" and words[k].text.isupper() and len(words[k].text) <= 4:
        return Ref("entity", quoted.start, quoted.stop, quoted, gender)
    if k < len(words) and words[k].text.islower():
        # "в пресс-службе интернет-проекта «Большие гастроли - онлайн»": the body named in the marks
        named = MARKED_NAME.match(reader.text, words[k].stop + 1)
        if named is not None and 0 < len(named.group(1).split()) <= 6:
            return Ref("title", named.start(1), named.end(1))
    if k >= len(words) or not words[k].text.isalpha() or not genitive(reader, words[k].text):
        return None
    person = reader.entity_at(words[k].start)
    if person is not None and person.type == "PER":
        return Ref("entity", person.start, person.stop, person, gender)  # "в пресс-службе Михалкова"
    if not words[k].text.islower():
        return named_unit(reader, words[k:])
    if reader.lemma(words[k].text) in COMPANY_ROLES:
        return Ref("orgnoun", words[k].start, words[k].stop)  # "в пресс-службе перевозчика": the company's
    role = reader.role_parse(words[k].text)
    if role is not None:
        name = name_after(reader, words[k + 1:], words[-1].stop)
        body = (next((j for j in range(k + 1, min(k + 3, len(words))) if reader.lemma(words[j].text) in ORG_NOUNS), None)
                if words[k + 1:k + 2] and words[k + 1].text == "и" else None)
        if name is None and body is not None:
            # "пресс-служба губернатора и правительства Нижегородской области": the body, named
            return org_noun_ref(reader, words[body:], None, gender, skip)
        return name or Ref("role", words[k].start, words[k].stop, gender=role_gender(role))
    if reader.lemma(words[k].text) in ORG_NOUNS | SELF_NAMED:
        # "в пресс-службе региональной полиции": the police of the phrase, not its press office
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



# "И.о. министра", "Врио губернатора", "исполняющая обязанности министра": who acts for a role speaks
# as it; the role word is in the genitive, so the nominative test of a subject would pass it by
ACTING = ("ио", "врио", "исполняющийобязанности", "исполняющаяобязанности", "исполняющегообязанности")


def acting_role(reader: Reader, words: list[Token], k: int, stop: int, gender: str | None, skip: Spans) -> Ref | None:
    """The role the words before words[k] act for ("И.о. министра отметила"), as a role ref; else None."""
    if k == 0 or words[k].text[:1].isupper():
        return None
    if not acting_before(words, k) or reader.role_parse(words[k].text) is None:
        return None
    named = acting_named_before(reader, words[k])
    if named is not None:
        return Ref("entity", named.start, named.stop, named, gender)
    return noun_ref(reader, words[k:], stop, gender, skip, subject=False)


def acting_before(words: list[Token], k: int) -> bool:
    """Whether the words just before words[k] say acting for it: "И.о.", "Врио", "исполняющая обязанности"."""
    return "".join(w.text.lower() for w in words[max(0, k - 6):k] if w.text != ".").endswith(ACTING)


def acting_named_before(reader: Reader, role: Token) -> Entity | None:
    """The person an earlier "Врио губернатора Алексей Смирнов" / "Врио губернатора назначен Алексей
    Смирнов" introduced as acting for the same role: not whoever held the role itself before."""
    lemma = reader.lemma(role.text)
    found = None
    for i, w in enumerate(reader.words[:reader.word_index(role.start)]):
        if reader.lemma(w.text) != lemma:
            continue
        person = next((e for x in reader.words[i + 1:i + 4] if (e := reader.entity_at(x.start)) is not None
                       and e.type == "PER"), None) if acting_before(reader.words, i) else None
        found = person or found
    return found
