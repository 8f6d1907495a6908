"""Research findings and complaints as quotations.

A finding counts when its researcher or institution is named (tests/data/README_quotes.md, test
set): "учёные Оксфордского университета выяснили, что …", "… пришли к выводу, что …", "как
установили в Институте …, …", "… . К такому выводу пришли учёные из Каролинского института" (the
paragraph before it, like "Об этом сообщили"), "…, выяснили сотрудники MIT". Anonymous researchers
("британские учёные", "учёные из Франции") and no agent ("исследование показало") are no quote:
the speaker references of quotes_speakers already read "учёные" alone as anonymous and "учёные
Оксфордского университета" as the university. A complaint or accusation with its content counts
too: "жаловался на боль в горле", "обвинив её в том, что она украла сюжет".

The verbs are found by a regular expression over the text first, so that an article without them
costs one scan.
"""

from __future__ import annotations

import re

from svodka.enrich.nlp import Token
from svodka.enrich.quotes_bodies import by_patterns
from svodka.enrich.quotes_clauses import told_before
from svodka.enrich.quotes_direct import Candidate, Spans
from svodka.enrich.quotes_groups import institution_of_article
from svodka.enrich.quotes_lexicon import PRONOUNS, RESEARCH_ROLES, SCIENCE_BODIES, SENTENCE_START
from svodka.enrich.quotes_names import in_spans
from svodka.enrich.quotes_reported import candidate
from svodka.enrich.quotes_speakers import Ref, speaker_after, speaker_before
from svodka.enrich.quotes_text import Reader, Span
from svodka.enrich.quotes_units import institution_of_group

# Past forms of the verbs of finding ("выяснили", "установила", "пришли" of "пришли к выводу").
FINDING_VERB = re.compile(
    r"(?<!\w)(?:выяснил|установил|обнаружил|выявил|определил|доказал|зафиксировал|пришл|пришёл|пришел|сделал)(?:а|о|и)?(?!\w)",
    re.IGNORECASE)
CONCLUSION = re.compile(r"\s*к\s+(?:такому\s+|этому\s+|таким\s+|этим\s+|подобному\s+)?вывод(?:у|ам)", re.IGNORECASE)
THAT = re.compile(r"\s*,\s*(?:что|будто)(?:\s|,\s*)")  # "выяснили, что, скорее всего, …" too
# "К такому выводу пришли …", "Такой вывод сделали …": the statement before is the finding
SUMMARY = re.compile(SENTENCE_START + r"(?:К\s+(?:такому|этому|таким|подобному)\s+вывод(?:у|ам)"
                     r"|(?:Такой|Этот|Подобный)\s+вывод|(?:Такие|Эти|Подобные)\s+выводы)\s+")
COMPLAINT = re.compile(r"(?<!\w)(?:по)?жалова(?:л|ла|ли|лся|лась|лись|ться)\s+на\s", re.IGNORECASE)
ACCUSATION = re.compile(r"(?<!\w)обвини(?:л|ла|ли|в)\s+(?:\w+\s+){0,4}?в\s+том\s*,\s*что\s", re.IGNORECASE)
# "рассказала о симптомах своего заболевания: температура, сильный кашель …", "перечислила все свои
# неудачи: …": what was told follows the colon after its topic
TOLD_COLON = re.compile(r"(?<!\w)(?:рассказа|объясни|поясни|перечисли|назва|описа|раскры)(?:л|ла|ли)\s"
                        r"[^.!?:;\n«»\"]{0,100}?:\s+", re.IGNORECASE)
# "Вирусолог рассказала, как защитить себя в магазинах. Так, лучше надевать …": the sentence after a topic
# announced, opened by "Так," or "Оказалось,", tells it
TOPIC_THEN = re.compile(r"(?<!\w)(?:рассказа|объясни|поясни|раскры)(?:л|ла|ли)\s*,?\s*(?:как|почему|зачем|какие|чем|когда|сколько)"
                        r"\s[^.!?\n]{2,200}[.!?]\s+(?:Так|Оказалось),\s+")
# "указали на необходимость …", "заявила о сокращении …", "предупредили об опасности …"; "объявил о решении
# продлить …", "о снижении стоимости" announces a deed, not a statement (development: 1 of 6 counted)
STATED_ABOUT = re.compile(r"(?<!\w)(?:(?:заяви|сообщи|указа|предупреди|намекну)(?:л|ла|ли|ло)"
                          r"|(?:заявля|сообща|указыва|предупрежда|намека)(?:ет|ют|л|ла|ли|ло)"
                          r"|отчита(?:лся|лась|лись|лось)|отчитыва(?:ется|ются|лся|лась|лись))"
                          r"(?:\s+[а-яё]+){0,2}?\s+(?P<prep>о|об|на)\s+",  # "намекнула поклонникам о …"
                          re.IGNORECASE)
POINTING_BACK = frozenset("этом том нем нём ней них чем всём всем".split())  # "заявил об этом …"
RESULTS = frozenset("прибыль убыток выручка доход рост снижение падение квартал результат".split())
COUNT_WORDS = frozenset("более менее почти около свыше порядка".split())
STATE_NOUN = re.compile(r"(?:ни[еяию]|ний|ниях|тие|тия|тии|тиях|ость|ости|остью|остях)$")
# states of affairs named by nouns of other shapes: "сообщил о дефиците костюмов", "о спекулятивных наценках"
# and the weather a forecaster warns of ("предупредили о тумане")
STATE_LEMMAS = frozenset("""дефицит нехватка рост убыток угроза риск наценка туман дождь гроза ливень снег
    заморозок жара гололёд гололед ветер метель град погода спрос цензура слежка продажа потеря
    план проблема выгода поддержка разработка уход симптом""".split())
GROUP = re.compile(r"(?<!\w)(?:" + RESEARCH_ROLES + r")\w*", re.IGNORECASE)
RESEARCHER = re.compile(r"(?<!\w)(?:" + RESEARCH_ROLES + r"|профессор|доктор|академик|доцент|руководител)\w*", re.IGNORECASE)
# "в исследовании австралийских учёных из Университета Дикина": the institution names them all the same
GROUP_AFTER_ADJECTIVE = re.compile(r"[а-яё]+(?:ых|их)\s+(?:" + RESEARCH_ROLES + r")\w*", re.IGNORECASE)
SHOWN = re.compile(r"(?<!\w)было\s+(?:показано|установлено|доказано|выявлено|обнаружено)\s*,\s*что\s")
STUDY = re.compile(r"(?<!\w)[Вв]\s+(?:\w+\s+)?(?:исследовани|работ|стать|эксперимент)\w*\s+")
BARE_GROUP = re.compile(r"(?<!\w)(?:[Ии]сследователи|[Уу]ч[её]ные|[Сс]пециалисты|[Аа]вторы(?:\s+работы|\s+исследования)?)\s+(?:также\s+|же\s+)?$")
LED_BY = re.compile(r"под\s+руководством", re.IGNORECASE)
# the verbs whose noun object is a finding ("обнаружили сотни тромбов"); "выяснили причину" is a topic
OBJECT_FINDING = re.compile(r"(?:обнаружил|выявил|зафиксировал)(?:а|и)?")
# the people a noun-object finding may come from: researchers, not staff, doctors or engineers
PEOPLE = re.compile(r"(?<!\w)(?:" + RESEARCH_ROLES + r"|инженер|полицейск|сотрудник|работник)\w*", re.IGNORECASE)
FINDERS = re.compile(r"(?:учён|учен|исследовател|специалист|биолог|физик|химик|генетик|астроном|зоолог|археолог)",
                     re.IGNORECASE)
COLON = re.compile(r":\s")
# words after the verb that start no object: "обнаружили, как …", "выявили у него …" still may
NOT_OBJECT = frozenset("что как где когда почему ли".split())
NAMED = ("entity", "name", "orgphrase", "title")
PERSONAL = ("entity", "name", "pronoun")


def findings(reader: Reader, skip: Spans) -> list[Candidate]:
    """The named findings, complaints, accusations and statements of a state of affairs."""
    return by_patterns(reader, skip, ((FINDING_VERB, finding), (SHOWN, shown), (COMPLAINT, with_content),
                                      (ACCUSATION, with_content), (STATED_ABOUT, stated_about),
                                      (TOLD_COLON, told_after_colon), (TOPIC_THEN, told_after_topic)))


def told_after_topic(reader: Reader, m: re.Match[str], skip: Spans) -> Candidate | None:
    """"Также вирусолог рассказала, как защитить себя … . Так, лучше надевать …": the next sentence, the
    subject's of the announcing one."""
    said = reader.sentence_of(m.end())
    if said.start == reader.sentence_of(m.start()).start:
        return None
    return told_by_subject(reader, m, (m.end(), said.stop), skip)


def told_after_colon(reader: Reader, m: re.Match[str], skip: Spans) -> Candidate | None:
    """"Ранее артистка рассказала о симптомах своего заболевания: температура, сильный кашель …": the
    words after the colon, four at least (a headline's "…: кризис 30 лет" names a topic), the subject's."""
    sentence = reader.sentence_of(m.start())
    if len(reader.words_between(m.end(), sentence.stop)) < 4:
        return None
    return told_by_subject(reader, m, (m.end(), sentence.stop), skip)


def told_by_subject(reader: Reader, m: re.Match[str], span: tuple[int, int], skip: Spans) -> Candidate | None:
    """What the verb opening `m` told, `span`, as its named subject's."""
    verb = verb_token(reader, m.start())
    if verb is None:
        return None
    ref = speaker_before(reader, reader.sentence_of(m.start()).start, verb.start, reader.verb_gender(verb.text), skip)
    if ref is None or ref.kind == "anonymous":
        return None
    return candidate(reader, span, verb.text, ref, verb.start, 4)


def stated_about(reader: Reader, m: re.Match[str], skip: Spans) -> Candidate | None:
    """"В МИД указали на необходимость выработки мер …", "заявила о рекордном сокращении …": a
    statement made as a noun of a state or an action (-ние, -тие, -ость), not a topic ("рассказал о
    законопроекте", "заявил о ситуации")."""
    words = reader.words_between(m.end(), min(m.end() + 60, reader.sentence_of(m.start()).stop))[:4]
    # "отчиталась о рекордном квартальном чистом убытке": the noun after its adjectives
    nouns = [w for w in words if w.text.isalpha() and reader.parse(w.text.lower())[0].tag.POS == "NOUN"]
    verb = verb_token(reader, m.start())
    if words and words[0].text.lower() in POINTING_BACK:
        return None  # "он заявил об этом на мероприятии": what was said is before, not the place after
    # "сообщает о более 3,3 миллиона заражённых", "сообщил о 12 новых случаях": a count is a statement too
    counted = bool(words) and (words[0].text[:1].isdigit() or (
        words[0].text.lower() in COUNT_WORDS and len(words) > 1 and words[1].text[:1].isdigit()))
    # "отчитался об убытке", "о прибыли": results reported are a statement ("о работе" is a topic)
    results = m.group().lower().startswith("отчит") and bool(nouns) and reader.lemma(nouns[0].text.lower()) in RESULTS
    # "предупредила о серьёзных проблемах": a warning's object is the danger warned of, never a mere topic
    warned = bool(nouns) and m.group().lower().startswith("предупре")
    if verb is None or not (counted or warned or (nouns and (results or STATE_NOUN.search(nouns[0].text.lower())
                                                   or names_state(reader, nouns[0].text.lower())))):
        return None
    if m.group("prep").lower() == "на" and not any(p.tag.case == "accs" for p in reader.parse(nouns[0].text.lower())[:3]):
        return None  # "заявил на совещании о планах": where, not what
    sentence = reader.sentence_of(m.start())
    ref = speaker_before(reader, sentence.start, verb.start, reader.verb_gender(verb.text), skip)
    if ref is None or ref.kind == "anonymous":
        return None
    return candidate(reader, (m.end(), sentence.stop), verb.text, ref, verb.start, 4)


def names_state(reader: Reader, word: str) -> bool:
    """Whether any reading of `word` is a state noun of STATE_LEMMAS: pymorphy's first guess for
    "рисках" is "риска"."""
    return any(p.normal_form in STATE_LEMMAS for p in reader.parse(word)[:4])


def finding(reader: Reader, m: re.Match[str], skip: Spans) -> Candidate | None:
    sentence = reader.sentence_of(m.start())
    verb = verb_token(reader, m.start())
    if verb is None:
        return None
    cue_end = m.end()
    conclusion = CONCLUSION.match(reader.text, m.end())
    summary = SUMMARY.search(reader.text, sentence.start, m.start())
    if summary is not None:
        # "… . К такому выводу пришли учёные из Каролинского института": the statement before
        ref = named(speaker_after(reader, cue_end, phrase_end(reader, cue_end, sentence.stop), "plur", skip))
        return candidate(reader, told_before(reader, sentence), cue_text(reader, summary.start(), cue_end), ref,
                         m.start(), 3) if ref is not None else None
    if m.group().lower().startswith("сделал"):
        return None  # "сделал" finds only as "Такой вывод сделали …"
    if m.group().lower().startswith(("пришл", "пришё", "пришел")):
        if conclusion is None:
            return None
        cue_end = conclusion.end()
    that = THAT.match(reader.text, cue_end)
    kak = kak_before(reader, verb)
    if kak is not None:
        return as_found(reader, kak, verb, cue_end, sentence, skip)
    if that is not None:
        if pronoun_that(reader, that.end()):
            return None  # "выяснил, что послужило причиной": what, not that
        subject = speaker_before(reader, sentence.start, verb.start, reader.verb_gender(verb.text), skip)
        ref = first_named(reader, named(subject), sentence, skip)
        ref = ref or group_named_earlier(reader, verb, sentence) or researcher_before(reader, subject, sentence)
        if ref is None or not researcher(reader, ref, reader.sentence_of(ref.start).start):
            return None
        return candidate(reader, (that.end(), sentence.stop), cue_text(reader, m.start(), cue_end), ref, m.start(), 2)
    if OBJECT_FINDING.fullmatch(m.group().lower()):
        return found_object(reader, verb, sentence, skip)
    return trailing(reader, verb, cue_end, sentence, skip)


def found_object(reader: Reader, verb: Token, sentence: Span, skip: Spans) -> Candidate | None:
    """"Учёные обнаружили сотни тромбов по всему лёгкому", "Селиванова обнаружила в альвеолах …
    жидкость": a finding stated with a noun object is the noun phrase (the guidelines' rule for a
    named researcher or a group referring back to its institution). Only a research body or a person
    with a research role finds so: "сотрудники полиции обнаружили тело" is no finding."""
    words = [w for w in reader.words_between(verb.stop, sentence.stop) if w.text.isalpha()]
    if len(words) < 2 or words[0].text.lower() in NOT_OBJECT or not any(
            p.tag.case == "accs" and p.tag.POS in ("NOUN", "ADJF", "NUMR") for w in words[:4]
            for p in reader.parse(w.text.lower())[:4]):
        return None
    people = PEOPLE.findall(reader.text, sentence.start, verb.start)
    if people and not all(FINDERS.match(p) for p in people):
        return None  # "Сотрудники МГУ обнаружили в аудитории …", "Врачи больницы выявили у пациента …"
    subject = speaker_before(reader, sentence.start, verb.start, reader.verb_gender(verb.text), skip)
    ref = first_named(reader, named(subject), sentence, skip)
    ref = ref or group_named_earlier(reader, verb, sentence) or researcher_before(reader, subject, sentence)
    if ref is None or not research_body(reader, ref):
        return None
    if ref.entity is not None and ref.entity.type == "PER" and LED_BY.search(reader.text, sentence.start, verb.start):
        return None  # "команда под руководством Ч.Чэн обнаружила …" is the team's, of no institution named here
    colon = COLON.search(reader.text, verb.stop, sentence.stop)
    # "обнаружили закономерность: в странах, где …": what was found follows the colon ("1:3" is no colon)
    start = colon.end() if colon is not None and len(reader.words_between(colon.end(), sentence.stop)) >= 3 else words[0].start
    return candidate(reader, (start, sentence.stop), verb.text, ref, verb.start, 3)


def research_body(reader: Reader, ref: Ref) -> bool:
    """A research institution (not a clinic or a school), or a person with a research role before the name."""
    if ref.entity is not None and ref.entity.type == "ORG":
        return SCIENCE_BODIES.search(ref.entity.canonical or ref.entity.normal or ref.entity.text) is not None
    return ref.kind == "entity" and researcher(reader, ref, reader.sentence_of(ref.start).start)


def pronoun_that(reader: Reader, pos: int) -> bool:
    """Whether the "что" before `pos` is a pronoun: a verb follows it at once ("что произошло")."""
    i = reader.word_index(pos)
    if i >= len(reader.words):
        return False
    word = reader.words[i].text.lower()
    return word.isalpha() and reader.parse(word)[0].tag.POS == "VERB"


def researcher(reader: Reader, ref: Ref, start: int) -> bool:
    """An organisation finds as research; a person only with a research role before the name
    ("профессор Джеймс О'Доннелл установил"): "Федосеева-Шукшина выяснила, что осталась без
    квартиры" is what she learnt, not a finding."""
    if (ref.entity is not None and ref.entity.type == "ORG") or ref.kind in ("orgphrase", "title"):
        return True
    return RESEARCHER.search(reader.text, start, ref.start) is not None


def group_named_earlier(reader: Reader, verb: Token, sentence: Span) -> Ref | None:
    """"Учёные из Университета Дикина изучили … Исследователи выяснили, что …": bare researchers
    right before the verb are the group named with its institution earlier in the article."""
    bare = BARE_GROUP.search(reader.text, sentence.start, verb.start)
    before = reader.words_between(sentence.start, bare.start()) if bare is not None else []
    if bare is None or (before and before[-1].text.isalpha() and reader.parse(before[-1].text.lower())[0].tag.POS == "ADJF"):
        return None  # "британские учёные": another, anonymous group
    e = institution_of_group(reader, sentence.start) or institution_of_article(reader, reader.words[reader.word_index(bare.start())])
    return Ref("entity", e.start, e.stop, e) if e is not None else None


def phrase_end(reader: Reader, start: int, stop: int) -> int:
    """The agent's phrase ends at a comma: "пришла группа учёных, результат … опубликован в «Cell»"
    names no researcher."""
    comma = reader.text.find(",", start, stop)
    return comma if comma >= 0 else stop


def first_named(reader: Reader, ref: Ref | None, sentence: Span, skip: Spans) -> Ref | None:
    """"Исследователи из Hubrecht Institute, Erasmus MC и Maastricht University обнаружили": several
    institutions speak as the first named (the guidelines' rule for organisers); "медики из
    Северо-западного университета под руководством профессора Бакмана" as the university."""
    if ref is None or ref.entity is None or not sentence.start <= ref.start < sentence.stop:
        return ref  # a group's institution named elsewhere in the article has no list before it here
    group = GROUP.search(reader.text, sentence.start, ref.start)
    if group is None:
        return ref
    if ref.entity.type == "PER" and LED_BY.search(reader.text, group.end(), ref.start) is None:
        return ref
    first = next((e for e in reader.entities_between(group.end(), ref.start)
                  if e.type == "ORG" and not in_spans(e.start, skip)), None)
    return Ref("entity", first.start, first.stop, first) if first is not None else ref


def shown(reader: Reader, m: re.Match[str], skip: Spans) -> Candidate | None:
    """"В исследовании учёных из Университета Дикина было показано, что …": the institution of the
    researchers named with the study."""
    sentence = reader.sentence_of(m.start())
    study = STUDY.search(reader.text, sentence.start, m.start())
    if study is None:
        return None
    group = GROUP.match(reader.text, study.end()) or GROUP_AFTER_ADJECTIVE.match(reader.text, study.end())
    if group is None:
        return None
    org = next((e for e in reader.entities_between(group.end(), m.start())
                if e.type == "ORG" and not in_spans(e.start, skip)), None)
    if org is None or len(reader.words_between(group.end(), org.start)) > 1:
        return None
    return candidate(reader, (m.end(), sentence.stop), " ".join(m.group().split(",")[0].split()),
                     Ref("entity", org.start, org.stop, org), m.start(), 2)


def verb_token(reader: Reader, pos: int) -> Token | None:
    i = reader.word_index(pos)
    return reader.words[i] if i < len(reader.words) and reader.words[i].start == pos else None


def cue_text(reader: Reader, start: int, stop: int) -> str:
    return " ".join(reader.text[start:stop].split())


def named(ref: Ref | None) -> Ref | None:
    """Only a named agent makes a finding a quotation; a pronoun or a role could be anyone's."""
    return ref if ref is not None and ref.kind in NAMED else None


def kak_before(reader: Reader, verb: Token) -> Token | None:
    k = reader.word_index(verb.start)
    if k and reader.words[k - 1].text.lower() == "как":
        return reader.words[k - 1]
    return None


def as_found(reader: Reader, kak: Token, verb: Token, cue_end: int, sentence: Span, skip: Spans) -> Candidate | None:
    """"Как выяснили учёные MIT, …" and "…, как установили в Институте Пастера, …"."""
    comma = reader.text.find(",", cue_end, sentence.stop)
    end = comma if comma > 0 else sentence.stop
    ref = named(speaker_after(reader, cue_end, end, "plur", skip))
    if ref is None:
        return None
    cue = cue_text(reader, kak.start, cue_end)
    cue = cue[:1].lower() + cue[1:]
    if len(reader.words_between(end, sentence.stop)) >= 2:
        before = [t for t in reader.words_between(sentence.start, kak.start) if t.text.isalpha()]
        start = sentence.start if len(before) >= 3 else end
        return candidate(reader, (start, sentence.stop), cue, ref, verb.start, 2)
    return candidate(reader, (sentence.start, kak.start), cue, ref, verb.start, 2)


def trailing(reader: Reader, verb: Token, cue_end: int, sentence: Span, skip: Spans) -> Candidate | None:
    """"Вирус поражает клетки кишечника, выяснили учёные Института Хабрехта."."""
    head = reader.text[sentence.start:verb.start].rstrip(" \u00a0—–-")
    if not head.endswith(",") or len(reader.words_between(sentence.start, verb.start)) < 4:
        return None
    ref = named(speaker_after(reader, cue_end, sentence.stop, reader.verb_gender(verb.text), skip))
    if ref is None:
        return None
    return candidate(reader, (sentence.start, len(head) + sentence.start - 1), verb.text, ref, verb.start, 3)


def with_content(reader: Reader, m: re.Match[str], skip: Spans) -> Candidate | None:
    """"Х жаловался на боль в горле", "Х подал в суд, обвинив её в том, что …": the content after
    the preposition or the "что", the subject before the verb."""
    verb = verb_token(reader, m.start())
    if verb is None:
        return None
    sentence = reader.sentence_of(m.start())
    ref = speaker_before(reader, sentence.start, verb.start, reader.verb_gender(verb.text), skip)
    if ref is not None and reader.verb_gender(verb.text) == "plur" and ref.kind != "entity":
        return None  # "многие жаловались на …": nobody named
    if ref is None or ref.kind not in PERSONAL:
        # "Петров подал в суд, обвинив её …": the gerund's subject is the sentence's, not "суд"
        ref = next((Ref("entity", e.start, e.stop, e) for e in reader.entities_between(sentence.start, verb.start)
                    if e.type == "PER" and any(reader.name_nominative(x) for x in e.text.split())), None)
        ref = ref or pronoun_subject(reader, sentence.start, verb)
    if ref is None:
        return None
    return candidate(reader, (m.end(), sentence.stop), verb.text, ref, verb.start, 4)


def pronoun_subject(reader: Reader, start: int, verb: Token) -> Ref | None:
    """"он звонил матери и жаловался на …": the subject of coordinated verbs is the sentence's
    pronoun of the verb's gender, however far the first verb took it."""
    gender = reader.verb_gender(verb.text)
    for w in reader.words_between(start, verb.start):
        if gender is not None and PRONOUNS.get(w.text.lower()) == gender:
            return Ref("pronoun", w.start, w.stop, gender=gender)
    return None


def researcher_before(reader: Reader, subject: Ref | None, sentence: Span) -> Ref | None:
    """"… пишет руководитель работы Сюзанна Ларсон. Изучив …, она выяснила, что …": a pronoun of a
    finding is the person of its gender named in the sentence before with a research role."""
    if subject is None or subject.kind != "pronoun" or sentence.start == 0:
        return None
    before = reader.sentence_of(sentence.start - 1)
    people = [e for e in reader.entities_between(before.start, sentence.start)
              if e.type == "PER" and reader.name_gender(e.normal or e.text) == subject.gender]
    if len(people) != 1:
        return None
    e = people[0]
    return Ref("entity", e.start, e.stop, e) if RESEARCHER.search(reader.text, max(before.start, e.start - 40), e.start) else None
