"""Clauses around an attribution that are no statement of the speaker's: an indirect question
("Влияет ли аллергия на риск, рассказали …"), words that hold a report of their own ("…, заявили
учёные из …, передает NUR.KZ"), a clause of the writer's joined to an attributed one ("…, и, как
сообщает Marca, …"), a subject's own clause ("Х, выступающий в лиге ACA, ответил …"), the speaker's
next act and the writer's closing aside."""

from __future__ import annotations

import re

from svodka.enrich.nlp import Token
from svodka.enrich.quotes_direct import finite_verb_parses
from svodka.enrich.quotes_lexicon import (
    BELIEF_NOUNS,
    CALL_LEMMAS,
    FUNCTION_WORDS,
    IMPERSONAL_VERBS,
    SENTENCE_START,
)
from svodka.enrich.quotes_names import Ref, Spans, in_spans
from svodka.enrich.quotes_speakers import speaker_after, speaker_before
from svodka.enrich.quotes_text import Reader, Span

# a colon and an opening quotation mark: direct speech begins ("…апокалипсис: «Общая цель …")
QUOTE_OPENED = re.compile(r"\s*:\s*[«\"“„](?=\w)")
# a closing mark, a comma (or ! ? …) and a dash: the attribution of direct speech ("», — сказал он"), not a
# dash going on with the sentence ("«нет» — и никаких переговоров")
SAID_AFTER = re.compile(r"[\"»”][,!?…]\s*[—–-]{1,2}\s*\w+")
# a closing mark with an attribution or a dash after it ("», — сказал", "» — и …")
ATTRIBUTED = re.compile(r"[\"»”][,.!?…]?\s*[—–-]{1,2}\s*\w+")

# "заявил, что …, и поручил …": a past verb after ", и" is the speaker's next act
NEXT_PREDICATE = re.compile(r",\s+(?:и|а\s+также|но\s+при\s+этом(?:\s+(?:он|она|они))?|однако\s+(?:он|она|они))\s+(?P<verb>[а-яё]+)(?!\w)")

# "сообщил, что …, но подчеркнул, что …": a speech verb after ", но" with its own clause is the speaker's next
# statement ("…, но потерпели неудачу" stays inside what was said)
BUT_SAID = re.compile(r",\s+но\s+(?P<verb>[а-яё]+)(?=\s*(?:,\s*что|:)\s)")

DEALS = frozenset("соглашение договор контракт сделка договорённость договоренность мир союз брак пари меморандум".split())

AND_CLAUSE = re.compile(r",\s+и\s+")
# "как" that asks nothing: "Как и прежде, …", "Как только …", "как можно скорее", "Как правило, …"
NOT_HOW = frozenset("и только можно всегда обычно правило известно".split())


def opens_question(words: list[Token]) -> bool:
    """Whether the words open an indirect question, a topic rather than a statement: "Влияет ли …",
    "Почему …", "где …", "как выглядели …", "Как у человека проявляется инфекция" (not "Как и прежде,
    …", "Как только …", "как можно скорее")."""
    if len(words) < 2:
        return False
    first, second = words[0].text.lower(), words[1].text.lower()
    return second == "ли" or first in ("почему", "зачем", "сколько", "где") or (first == "как" and second not in NOT_HOW)


def reports_itself(reader: Reader, first: int, stop: int) -> bool:
    """Whether words[first:stop] hold their own report: a cue with its "что" or colon, or a finite cue
    right after a comma ("…, заявили учёные из …"); an infinitive ("Нет оснований полагать, что …")
    reports nobody."""
    words = reader.words
    for k in range(first, stop):
        pos = reader.parse(words[k].text.lower())[0].tag.POS if reader.cue_lemma(words[k].text) else "INFN"
        if pos == "INFN":
            continue
        if any(t.text.lower() in ("что", ":") for t in words[k + 1:min(k + 4, stop)]):
            return True
        if k > first and words[k - 1].text == "," and pos == "VERB":
            return True
    return False


CALL_REACH = 4  # words from a call's verb to its infinitive: a negation and an addressee of two or three words


def proposes(reader: Reader, first: int, stop: int) -> bool:
    """Whether words[first:stop] hold a proposal or a call with its infinitive ("Палата предлагает
    снизить ставку …"), a statement of its own that a channel after it only relays."""
    words = reader.words

    def infinitive(j: int) -> bool:
        # "призвал не надеяться", "призвал страны не искать": over a negation and a short addressee
        for i in range(j, min(j + CALL_REACH, stop)):
            if not words[i].text.isalpha():
                return False
            if reader.parse(words[i].text.lower())[0].tag.POS == "INFN":
                return True
        return False

    return any(reader.cue_lemma(words[k].text) in CALL_LEMMAS and infinitive(k + 1) for k in range(first, stop - 1))


def joins_clauses(reader: Reader, kak: Token) -> bool:
    """Whether "как сообщил Х" stands right after a conjunction that joins two clauses (", и, как …")."""
    k = reader.word_index(kak.start)
    words = reader.words
    return k >= 3 and words[k - 1].text == "," and words[k - 2].text.lower() in ("и", "а", "но", "однако") \
        and words[k - 3].text == ","


SUBJECT_WORDS = 8  # "Известный американский боец ММА Тони Джонсон": a subject's phrase is this long at most


def subject_with_clause(reader: Reader, sentence: Span, comma: int) -> bool:
    """Whether the words before words[comma] are a subject and the participle or "который" clause
    that describes it ("Американец Тони Джонсон, выступающий в лиге ACA, ответил …"), not a statement
    the verb after the comma attributes: a short phrase with no verb, then a clause opened by a
    participle or "который"."""
    words = reader.words
    first = reader.word_index(sentence.start)
    opening = next((m for m in range(comma - 1, first, -1) if words[m].text == ","), None)
    if opening is None or opening - first > SUBJECT_WORDS:
        return False
    parse = reader.parse(words[opening + 1].text.lower())[0]
    if not (parse.tag.POS == "PRTF" or parse.normal_form == "который"):
        return False
    subject = words[first:opening]
    if any(w.text in "—–-" or w.text.lower() == "это" for w in subject):
        return False  # "Главная проблема — цены, выросшие вдвое, заявил …": a nominal sentence, said
    # "Ведь картина основана на событиях, которые …, передает Х": a predicate, so a statement
    return not any(reader.parse(w.text.lower())[0].tag.POS in ("VERB", "PRTS", "ADJS", "PRED")
                   for w in words[first:opening] if w.text.isalpha())


def aside_start(reader: Reader, start: int, stop: int) -> int:
    """Where the writer's closing aside begins: a bracket of several words or figures with nothing
    after it but a participle clause ("… чем Эррол Спенс (26-0-0, 21 KO), обладающий титулами …",
    "выбрать подарочные карты (иногда с небольшим бонусом)") is the writer explaining, not the speaker."""
    opening = reader.text.find("(", start, stop)
    closing = reader.text.find(")", opening, stop) if opening > 0 else -1
    if closing < 0 or reader.inside_quotes(opening) or len(reader.words_between(start, opening)) < 3:
        return stop
    inside = reader.text[opening + 1:closing]
    if len(inside.split()) < 3 and not any(c.isdigit() for c in inside):
        return stop  # "(ИВЛ)", "(канализации)": a gloss of the speaker's word, not an aside
    rest = [w for w in reader.words_between(closing + 1, stop) if w.text != ","]
    return opening if not rest or reader.parse(rest[0].text.lower())[0].tag.POS == "PRTF" else stop


def next_predicate(reader: Reader, start: int, stop: int) -> int:
    """Where the speaker's next act begins: "заявил, что динамика плохая, и поручил правительству …",
    "…, но при этом он отметил, что …" — a past verb after ", и" / ", но при этом (он)" is the
    speaker's own, not the reported clause's (a clause's own verbs rarely follow it so)."""
    for pattern, said in ((NEXT_PREDICATE, False), (BUT_SAID, True)):
        for m in pattern.finditer(reader.text, start, stop):
            parse = reader.parse(m.group("verb").lower())[0]
            if parse.tag.POS == "VERB" and parse.tag.tense == "past" and m.start() > start and (
                    not said or reader.cue_lemma(m.group("verb"))):
                return m.start()
    for m in AND_CLAUSE.finditer(reader.text, start, stop):
        if narrated_after(reader, start, m, stop):
            return m.start()
    return stop


def narrated_after(reader: Reader, start: int, m: re.Match[str], stop: int) -> bool:
    """"заявила, что ведомство считает риск слабым, и контроль на границах не вводился": a clause in
    the present, then ", и" and an impersonal or passive one in the past (the writer tells what was
    done, not what she said; silver Y's and AA's rule)."""
    before = [p.tag.tense for p in verb_parses(reader, start, m.start())]
    after = verb_parses(reader, m.end(), stop)
    # only an impersonal or passive past ("было решено", "не вводился"): "и президент провёл
    # совещание" may still be what was said
    return bool(before) and all(t == "pres" for t in before) and bool(after) and all(
        p.tag.tense == "past" and (p.word.endswith(("ся", "сь")) or p.tag.gender == "neut") for p in after)


def verb_parses(reader: Reader, start: int, stop: int) -> list:
    """The first parses of the finite verbs between start and stop."""
    parses = [reader.parse(w.text.lower())[0] for w in reader.words_between(start, stop) if w.text.isalpha()]
    return [p for p in parses if p.tag.POS == "VERB"]


SHOUTED_LINE = re.compile(r"[^a-zа-яё]*")  # a line without one lower-case letter: a rubric or a link


def told_before(reader: Reader, sentence: Span) -> tuple[int, int]:
    """What "Об этом …" refers to: the paragraph up to the sentence, or the paragraph before when
    the sentence opens its own."""
    para_index = reader.paragraph_of(sentence.start)
    para = reader.paragraphs[para_index]
    if len(reader.words_between(para.start, sentence.start)) < 3 and para_index > 0:
        para = reader.paragraphs[para_index - 1]
        if SHOUTED_LINE.fullmatch(reader.text, para.start, para.stop) and para_index > 1:
            para = reader.paragraphs[para_index - 2]  # "ЧИТАЙТЕ: ПОСЛЕДНИЕ НОВОСТИ …": a link set in between
        return para.start, para.stop
    return para.start, sentence.start


def subject_phrase(reader: Reader, head: list[Token]) -> bool:
    """Whether the few words before a mid-sentence attribution are the clause's subject phrase, so
    that one clause stands round the attribution: an adjective or participle ("Основной проблемой,
    считают в Белом доме, может стать …"), or a common noun in the nominative ("Такое решение, сообщает
    AFP, было принято …"); not an adverb ("Между тем", "Однако", "Правда") nor a prepositional phrase
    ("В понедельник")."""
    parses = [reader.parse(t.text.lower())[0] for t in head]
    if any(p.tag.POS in ("ADJF", "PRTF") and "Apro" not in p.tag for p in parses):
        return True
    last = reader.parse(head[-1].text.lower())[:3]
    return (not any(p.tag.POS == "PREP" for p in parses) and head[-1].text[1:].islower()
            and not any("Prnt" in p.tag or p.tag.POS == "PRCL" for p in last)
            and any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in last))


def names_subject(reader: Reader, words: list) -> bool:
    """Whether a few words before an attribution hold a clause's subject: a noun first read as a
    nominative ("Реалистичный прогноз"), not an opening phrase ("В частности", "Кроме того", "Также")."""
    return any((p := reader.parse(w.text.lower())[0]).tag.POS == "NOUN" and p.tag.case == "nomn" for w in words)


def reported_by_nobody(reader: Reader, first: int, stop: int, skip: Spans) -> bool:
    """Whether every cue in words[first:stop] has no named subject ("Они считают, что …", "Зрители
    уверены, что …"): a channel closing the paragraph is then the only one the statement is
    attributed to, and speaks it (the guidelines' outlet rule)."""
    sentence = reader.sentence_of(reader.words[first].start)
    cues = [w for w in reader.words[first:stop] if reader.cue_lemma(w.text) and not in_spans(w.start, skip)]
    # one speaker ("Я ответил, что …") or a named one after the verb ("заявили учёные из …") is somebody;
    # "Они" after a sentence that names people or bodies are those
    before = reader.sentence_of(sentence.start - 1) if sentence.start > 0 else None
    named_before = before is not None and any(
        e.type in ("PER", "ORG") for e in reader.entities_between(before.start, sentence.start))
    return bool(cues) and all(
        reader.verb_gender(w.text) == "plur" and speaker_after(reader, w.stop, sentence.stop, "plur", skip) is None
        and speaker_before(reader, sentence.start, w.start, "plur", skip) is None
        and not (named_before and THEY.search(reader.text, sentence.start, w.start)) for w in cues)


THEY = re.compile(r"(?<!\w)[Оо]ни(?!\w)")


def dash_opens_clause(reader: Reader, dash: Token, sentence: Span) -> bool:
    """"утверждает — она не знала …": the dash opens what was said; not "заявил — и через час удалил
    пост" (his next act), "сказал — как отрезал", nor an aside in a pair of dashes."""
    after = reader.words_between(dash.stop, sentence.stop)
    return (len(after) > 2 and after[0].text.lower() not in ("и", "а", "но", "как", "или", "да")
            and not any(w.text in ("—", "–") for w in after))


def next_report(reader: Reader, j: int, stop: int) -> int:
    """Where a second report in the same sentence begins ("… в 2008 году и отметил, что …"), or the
    speaker's own words after a colon ("считает, что …: «Если бы …»")."""
    words = reader.words
    while j < len(words) - 2 and words[j].start < stop:
        w = words[j]
        if w.text == ":" and words[j + 1].text in "«\"“„" and reader.inside_quotes(words[j + 1].stop):
            return w.start
        if (words[j - 1].text.lower() in ("и", ",") and reader.cue_lemma(w.text) is not None
                and any(x.text.lower() == "что" for x in words[j + 1:j + 4])):
            return words[j - 1].start
        j += 1
    return stop


# "Об этом, в пятницу, 1 мая, сообщает Х": a date set off by commas after "Об этом"; "… – об этом
# рассказала Х": after a dash in the sentence it closes
DASH_IN = re.compile(r"\s[—–-]\s")  # "об этом – … –": an aside's dash set off by spaces
OB_ETOM = re.compile(r"(?:" + SENTENCE_START + r"|(?<=[а-яё]\.))(?:Об\s+этом(?P<comma>,)?|О\s+том,\s+что)\s"
                     r"|(?<=,\s)(?:о\s+ч[её]м|об\s+этом)\s|(?<=[—–-]\s)(?P<dash>об)\s+этом\s")


RELAY_ASIDE = re.compile(r"\s*как\s+(?:переда[её]т|сообщает|пишет)\s+[^,.!?]{1,50},\s*")
# "Об этом говорится в письме замминистра …, пишет «РБК daily»": the document's statement, the outlet only its
# channel
IMPERSONAL_WORD = re.compile(r"(?<!\w)" + IMPERSONAL_VERBS + r"(?!\w)")


def about_this_of(reader: Reader, w: Token, sentence: Span) -> re.Match[str] | None:
    """The "Об этом" / "О том, что …" that the cue `w` takes: the last before it with no cue between
    ("…, заявляли лидеры, намекали …": not the second), and after a comma or a dash the object of no
    other verb or aside ("Об этом, однако, часто забывают …, считает Х", "– об этом редко думают –")."""
    about = next(reversed(list(OB_ETOM.finditer(reader.text, sentence.start, w.start))), None)
    if about is None:
        return None
    aside = RELAY_ASIDE.match(reader.text, about.end())  # "Об этом, как передает ТАСС, сообщает The Sun"
    between = reader.words_between(aside.end() if aside is not None and aside.end() <= w.start else about.end(), w.start)
    marked = (about.group("comma") and aside is None) or about.group("dash")
    if any(reader.cue_lemma(x.text) or IMPERSONAL_WORD.fullmatch(x.text) for x in between) or (marked and (
            finite_verb_parses(reader, between) or DASH_IN.search(reader.text, about.end(), w.start))):
        return None
    return about


def given_to_understand(reader: Reader, k: int) -> str | None:
    """"дал понять, что …", "обратил внимание на то, что …": a cue of two words, read at its second (the
    first says nothing alone)."""
    if k and reader.words[k].text.lower() == "понять" and reader.lemma(reader.words[k - 1].text) == "дать":
        return "понять"
    if k and reader.words[k].text.lower() == "внимание" and reader.lemma(reader.words[k - 1].text) in ("обратить", "обращать") \
            and (k < 2 or reader.words[k - 2].text.lower() != "не"):
        return "внимание"  # "не обратил внимание на то, что …" says nothing
    return None


def gerund_subject(reader: Reader, sentence: Span, w: Token, skip: Spans) -> Ref | None:
    """The subject nearest before a gerund; but not one person right after a plural finite verb
    ("Пользователи затравили Тодоренко, посчитав, что …": the users, whom the article leaves unnamed,
    not the one they hounded), unless the person is the last of a list ("выступили Иванов и Петров")."""
    ref = speaker_before(reader, sentence.start, w.start, reader.verb_gender(w.text), skip)
    if ref is None or ref.entity is None or ref.entity.type != "PER":
        return ref
    k = reader.word_index(ref.start)
    verb = reader.words[k - 1] if k > 0 and reader.words[k - 1].start >= sentence.start else None
    if verb is None or not verb.text.isalpha() or reader.verb_gender(verb.text) != "plur" \
            or reader.parse(verb.text.lower())[0].tag.POS != "VERB":
        return ref
    return speaker_before(reader, sentence.start, verb.start, "plur", skip)


def attributed_marks(reader: Reader, mark: int) -> bool:
    """Whether the quotation marks opening at `mark` close with an attribution of their own ("«…», —
    сказал он")."""
    marked = next((q for q in reader.quoted if q.open_mark == mark), None)
    return marked is not None and marked.close_mark >= 0 and SAID_AFTER.match(reader.text, marked.close_mark) is not None


def deed_after(reader: Reader, k: int, lemma: str) -> bool:
    """Whether the speech verb at `k` does a deed instead: "как он передал квартиру", "заключит сделку",
    "заключила с Маском соглашение о том, что …" (a deal made, not a conclusion drawn)."""
    if k + 1 < len(reader.words) and thing_after(reader, reader.words[k + 1].text):
        return True
    if lemma != "заключить":
        return False
    for x in reader.words[k + 1:k + 5]:
        if x.text in (",", ".", ":") or x.text.lower() == "что":
            return False  # "заключили, что союз двух препаратов …": the conclusion, whatever it names
        if reader.lemma(x.text.lower()) in DEALS:
            return True
    return False


def thing_after(reader: Reader, word: str) -> bool:
    """Whether a word right after a verb is its inanimate direct object ("передал квартиру",
    "заключит сделку"): an accusative that cannot be a nominative ("уверенность", "мнение",
    "контракт" can be either, and are left to the patterns)."""
    if not word.isalpha() or not word.islower() or word in FUNCTION_WORDS or word in BELIEF_NOUNS:
        return False  # "выразил надежду, что …" states the belief
    parses = reader.parse(word)[:3]
    return (parses[0].tag.POS == "NOUN" and parses[0].tag.animacy == "inan"
            and all(p.tag.case == "accs" for p in parses if p.tag.POS == "NOUN"))


ADDRESSEE_POS = frozenset({"NOUN", "ADJF", "NPRO", "PREP", "CONJ", "PRTF"})


def addressed_call_start(reader: Reader, k: int, j: int) -> int:
    """Where the call of the verb at words[k], its infinitive at words[j], begins: after a long addressee
    ("призвала организации, компании и страны активно жертвовать": "активно жертвовать"), at the adverbs
    right before the infinitive; after anything else ("обещает не ранее, чем через год, ответить"), right
    after the verb."""
    words = reader.words
    first = j
    while first - 1 > k and words[first - 1].text.isalpha() and reader.parse(words[first - 1].text.lower())[0].tag.POS in ("ADVB", "PRCL"):
        first -= 1
    between = [w for w in words[k + 1:first] if w.text != ","]
    heads = reader.parse(between[0].text.lower())[:6] if between and between[0].text.isalpha() else []
    addressed = any(p.tag.POS in ("NOUN", "ADJF", "NPRO") and p.tag.case in ("accs", "datv") for p in heads) \
        and all(w.text.isalpha() and (reader.entity_at(w.start) is not None
                                     or reader.parse(w.text.lower())[0].tag.POS in ADDRESSEE_POS) for w in between)
    return words[first].start if addressed else words[k + 1].start


CONTRAST = re.compile(r",\s+(?:но|а)\s")


def call_narrated_on(reader: Reader, start: int, stop: int) -> int:
    """Where a call's infinitive gives way to the narrator: "обещала вернуть деньги за 4-6 недель, но к концу
    марта увеличила сроки" — a finite verb in the past after ", но" / ", а" is the caller's later act (the
    call itself has no finite verb of its own)."""
    words = [w for w in reader.words_between(start, stop) if w.text.isalpha()]
    first = words[1] if len(words) > 1 and words[0].text.lower() == "не" else words[0] if words else None
    if first is None or reader.parse(first.text.lower())[0].tag.POS != "INFN":
        return stop
    for m in CONTRAST.finditer(reader.text, start, stop):
        # a speech verb there is the call's attribution ("…, а сосредоточиться на сотрудничестве, писало RT")
        after = [w for w in reader.words_between(m.end(), min(stop, reader.sentence_of(m.end()).stop))
                 if not reader.cue_lemma(w.text)]
        if any(p.tag.tense == "past" for p in finite_verb_parses(reader, after)):
            return m.start()
    # "обещал ввести эмбарго на уголь, говоря, что …": the caller's next words, not the call
    return next((w.start - 1 for w in words[1:] if reader.text[w.start - 2:w.start] == ", " and reader.cue_lemma(w.text)
                 and reader.parse(w.text.lower())[0].tag.POS == "GRND"), stop)


def relays_a_call(reader: Reader, span: tuple[int, int], skip: Spans) -> bool:
    """Whether the words an outlet's "Об этом сообщает" covers are one sentence with a named subject's call."""
    if reader.sentence_of(span[0]).stop < span[1] - 1:
        return False  # a paragraph of several sentences: the outlet's, but for the call (found on its own)
    first, stop = reader.word_index(span[0]), reader.word_index(span[1] - 1)
    return proposes(reader, first, stop) and not reported_by_nobody(reader, first, stop, skip)
