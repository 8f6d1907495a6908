"""Reported speech: "Х заявил, что …", "как сообщил Х, …", "…, сообщил Х",
"Об этом сообщил Х", "Х предложил …" (a call with its content); "по словам Х, …" is quotes_by_words."""

from __future__ import annotations

import re

from svodka.enrich.nlp import Token
from svodka.enrich.quotes_clauses import (
    ATTRIBUTED,
    QUOTE_OPENED,
    about_this_of,
    addressed_call_start,
    aside_start,
    attributed_marks,
    call_narrated_on,
    dash_opens_clause,
    deed_after,
    gerund_subject,
    given_to_understand,
    joins_clauses,
    names_subject,
    next_predicate,
    next_report,
    opens_question,
    proposes,
    relays_a_call,
    reported_by_nobody,
    reports_itself,
    subject_phrase,
    subject_with_clause,
    told_before,
)
from svodka.enrich.quotes_direct import Candidate, Spans, finite_verb_parses, trimmed
from svodka.enrich.quotes_groups import group_pronoun
from svodka.enrich.quotes_lexicon import (
    AS_ADVERBS,
    BELIEF_NOUNS,
    CALL_LEMMAS,
    FINITE_ENDINGS,
    FUNCTION_WORDS,
    IMPERSONAL_VERBS,
    MODALS,
    NEEDS_TOM,
    NEGATED_ONLY,
    TOPIC_WORDS,
    tells_when,
)
from svodka.enrich.quotes_names import Ref, in_spans, outlet_next
from svodka.enrich.quotes_sources import is_known
from svodka.enrich.quotes_speakers import (
    outlet_ref,
    speaker_after,
    speaker_before,
    told,
)
from svodka.enrich.quotes_text import Reader, Span
from svodka.enrich.quotes_window import apposition_end, role_apposition_end, window_end

PO = re.compile(
    r"(?<!\w)(?:[Пп]о\s+(?:(?P<poss>его|ее|её|их)\s+)?(?:словам|мнению|информации|сообщению|утверждению|утверждениям|заверени(?:ю|ям)|заявлению|оценке|признанию|убеждению|предположени(?:ю|ям)|прогноз(?:у|ам))"
    r"|[Сс]огласно(?:\s+(?:сообщению|заявлению|информации|прогнозу))?|[Сс]о\s+слов)(?!\w)"
)
ABOUT_THIS = re.compile(r"(?:Об\s+этом|О\s+ч[её]м)\s")  # not "О том, что …, сообщил Х", which is said
CHANNEL_VERBS = frozenset({"писать", "передавать", "передать"})
# "…, заявили учёные из Фонда …, чьё исследование опубликовано …": a relative clause tells of the speaker
RELATIVES = frozenset("который чей где".split())
ASIDES = frozenset({"допустим", "скажем"})  # verbs' forms that are parenthetical words ("скажем, в мае")
SOURCE_TAIL = re.compile(r",?\s*(?<!\w)(?:передает|передаёт|сообщает|пишет|писал[аои]?)\s+(?:[а-я]+\s+){0,2}?[«\"A-ZА-ЯЁ][^,;]*$|\s*\((?:цитаты|цитата)\s+по\s+[^)]*\)\s*$")
DOCUMENTS = (r"доклад\w*|заявлени\w+|сообщени\w+|исследовани\w+|отч[её]т\w*|документ\w*|письм\w+|обращени\w+"
             r"|пресс-релиз\w*|релиз\w*|резолюци\w+|коммюнике|послани\w+|обзор\w*|бюллетен\w+|публикаци\w+|сайте"
             r"|записк\w+|материал\w*|стать[еи]|сводк\w+|справк\w+|постановлени\w+|приказ\w*|указе|ответе|комментари\w+")
IMPERSONAL = re.compile(r"(?:[Кк]ак\s+)?" + IMPERSONAL_VERBS + r"\s")
# "как отмечается в докладе ЦКЗ", "говорится в заявлении министерства": a document speaks for its issuer
IN_DOCUMENT = re.compile(
    r"(?<!\w)(?P<kak>[Кк]ак\s+)?" + IMPERSONAL_VERBS + r"\s+(?:в|на)\s+(?:\w+\s+){0,3}?(?P<doc>" + DOCUMENTS + r")(?!\w)")
# a headline's closing tag of who says or reports it ("… - СМИ", "… – эксперт")
HEADLINE_TAG = re.compile(r"\s[-—–]\s+(?:СМИ|[Ии]сточник|[Ээ]ксперты?|[Уу]ч[её]ные|[Мм]едики)\s*$")
NARRATOR_TAIL = re.compile(r",\s+однако\s")  # "…, заявив, что …, однако суд его доводы не убедили"
# "…, однако не объяснил причину", "…, но не уточнил, когда": the narrator on what was left unsaid
UNSAID_TAIL = re.compile(r",\s+(?:однако|но)\s+(?:при\s+этом\s+)?не\s+(?:стал|уточнил|объяснил|назвал|рассказал"
                         r"|сообщил|привел|привёл|раскрыл)[аи]?(?!\w)")
DEMONSTRATIVES = frozenset("те то тот та тех теми".split())  # not "тем, что", "том, что", "не отрицает того, что"
QUESTION_WORDS = TOPIC_WORDS | frozenset("кого кому кем чего какой какие каким какая какое каких кто".split())  # not "что": "сообщалось, что"


# "…, передает Joinfo.ua, ссылаясь на данные …": what the channel cites, not the statement going on
CITED_AFTER = re.compile(r"[\s,]*(?:ссылаясь|со\s+ссылкой|цитируя)\s", re.IGNORECASE)


def reported(reader: Reader, skip: Spans, sources: Spans) -> list[Candidate]:
    out: list[Candidate] = []
    for k, w in enumerate(reader.words):
        lemma = reader.cue_lemma(w.text) or given_to_understand(reader, k)
        if lemma is None or reader.inside_marks(w.start) or in_spans(w.start, sources):
            continue
        if k and reader.words[k - 1].text.lower() in MODALS:
            continue  # "можно предположить, что": nobody's statement
        if w.text.lower() in ASIDES:
            continue  # "по, допустим, уголовному делу": a parenthetical word, no speech
        if lemma in NEGATED_ONLY and (not k or reader.words[k - 1].text.lower() != "не"):
            continue
        out.extend(reports(reader, k, lemma, skip, out))
    return out


def reports(reader: Reader, k: int, lemma: str, skip: Spans, found: list[Candidate]) -> list[Candidate]:
    """The reported speech whose cue is the k-th word, by the first pattern that fits; "Об этом
    сообщили на предприятии, омтетив, что …" says both what came before and the "что"-clause (its
    own verb misspelt), so the first cue after "Об этом" takes both."""
    w = reader.words[k]
    sentence = reader.sentence_of(w.start)
    if deed_after(reader, k, lemma):
        return []
    kak = as_clause_start(reader, k)
    if kak is not None:
        return listed(as_said(reader, kak, w, sentence, skip))
    said = complement(reader, k, lemma, sentence, skip, found)
    about = about_this_of(reader, w, sentence)
    if about is not None:
        return listed(about_this(reader, w, Span(about.start(), sentence.stop), skip)) + listed(said)
    if said is not None:
        return [said]
    return listed((call(reader, k, sentence, skip) if lemma in CALL_LEMMAS else None) or inverted(reader, k, sentence, skip))


def listed(cand: Candidate | None) -> list[Candidate]:
    return [cand] if cand is not None else []


def as_clause_start(reader: Reader, k: int) -> Token | None:
    """The "как" of "как сообщил Х" / "как он добавил" / "как заверяют в ведомстве"."""
    words = reader.words
    if k and words[k - 1].text.lower() == "как":
        return words[k - 1]
    if k > 1 and words[k - 2].text.lower() == "как" and (words[k - 1].text.lower() in ("он", "она", *AS_ADVERBS)
            or reader.entity_at(words[k - 1].start) is not None or group_pronoun(reader, words[k - 1]) is not None):
        return words[k - 2]  # "как он добавил", "как ранее сообщал Х", "как уже писали «Ведомости»"
    return None


def content(reader: Reader, start: int, stop: int, narrated: bool = False) -> tuple[int, int, bool]:
    """The reported words between start and stop: a trailing "передает ТАСС" cut off (and with
    `narrated`, the narrator's ", однако …"), and direct when they are all one quotation ("заявил,
    что «евро – это навсегда»")."""
    stop = reader.glued(start, stop)
    for tail_pattern in (SOURCE_TAIL, NARRATOR_TAIL, UNSAID_TAIL) if narrated else (SOURCE_TAIL, UNSAID_TAIL):
        tail = tail_pattern.search(reader.text, start, stop)
        if tail is not None and tail.start() > start:
            stop = tail.start()
    if narrated:
        stop = call_narrated_on(reader, start, stop)
    stop = aside_start(reader, start, next_predicate(reader, start, stop))
    if reader.paragraphs and stop <= reader.paragraphs[0].stop:
        tag = HEADLINE_TAG.search(reader.text, start, stop)
        stop = tag.start() if tag is not None else stop  # "… заявила, что следит за заводами - СМИ"
    a, b = trimmed(reader, start, stop)
    if reader.text.startswith(("что ", "что\xa0"), a):  # "По словам Х, что чем больше …": a stray "что"
        a, b = trimmed(reader, a + 4, b)
    whole = any(q.start <= a and b <= q.stop and q.open_mark >= start - 1 for q in reader.quoted)
    return a, b, whole


def candidate(reader: Reader, span: tuple[int, int], cue: str, ref: Ref | None, at: int, rank: int,
              narrated: bool = False, min_words: int = 2) -> Candidate | None:
    a, b, direct = content(reader, *span, narrated=narrated)
    opened = QUOTE_OPENED.search(reader.text, a, b)
    if not direct and opened is not None and len(reader.words_between(a, opened.start())) >= 2 \
            and attributed_marks(reader, opened.end() - 1):
        b = opened.start()  # "…, хочет устроить апокалипсис: «…», — сказал он": the marks are direct speech
    if len(reader.words_between(a, b)) < min_words:
        return None
    return Candidate(a, b, direct, cue, ref, at, rank)


def complement(reader: Reader, k: int, lemma: str, sentence: Span, skip: Spans, found: list[Candidate]) -> Candidate | None:
    """"Х заявил, что …", "Х заявил о том, что …", "выразил мнение о том, что …", "Х заявил: …"."""
    words = reader.words
    tom = False
    for j in range(k + 1, min(k + 10, len(words))):
        t = words[j]
        low = t.text.lower()
        if t.start >= sentence.stop or t.text in ".;!?" or low in ("кто", "который", "которая"):
            return None
        if reader.cue_lemma(t.text) is not None:
            return None  # "сообщили в мэрии, отметив, что": the "что" is the next cue's
        if FINITE_ENDINGS.search(low) and low not in FUNCTION_WORDS and reader.parse(low)[0].tag.POS == "VERB":
            return None  # another verb: the "что" is not this cue's
        tom = tom or low == "том" or low in BELIEF_NOUNS  # "выразила убеждение, что …" needs no "том"
        if words[j - 1].text == "," and low in TOPIC_WORDS:
            return None
        if low in ("что", "будто") and words[j - 1].text == ",":
            # "указал на то, что …", "обратил внимание на то, что …": the object clause, not a relative one
            # ("указал на то, что было сделано": "что" the subject of a neuter past verb, a relative clause
            # still; "надежду на то, что произойдёт это" is said)
            after = reader.parse(words[j + 1].text.lower())[0].tag if j + 1 < len(words) else None
            pointed = (j > 2 and words[j - 2].text.lower() == "то" and words[j - 3].text.lower() == "на"
                       and not (after is not None and after.POS == "VERB" and after.gender == "neut"))
            if (lemma in NEEDS_TOM and not tom) or (j + 1 < len(words) and words[j + 1].text.lower() == "бы") or (
                    j > 1 and words[j - 2].text.lower() in DEMONSTRATIVES and not pointed):
                return None  # "рассказал, что бы он поменял": a question; "напоминают те, что были": relative
            stop = next_report(reader, j + 1, sentence.stop)
            return with_subject(reader, k, (t.stop, stop), t.start, sentence, skip, found)
        # "заявил:", "предупреждала наших деятелей:", "сказал так:"; "утверждает — она не знала …" (a dash
        # right after the verb)
        if (t.text == ":" and j <= k + 4) or (t.text in ("—", "–", "-") and j == k + 1 and dash_opens_clause(reader, t, sentence)):
            rest = reader.text[t.stop:sentence.stop].lstrip()
            if rest and rest[0] not in "«\"“„":
                return with_subject(reader, k, (t.stop, sentence.stop), t.start, sentence, skip, found)
            return None
    return None


def with_subject(reader: Reader, k: int, span: tuple[int, int], conj: int, sentence: Span, skip: Spans,
                 found: list[Candidate]) -> Candidate | None:
    w = reader.words[k]
    gender = reader.verb_gender(w.text)
    # "… и отметил, что …", "…, но подчеркнул, что …": the verb shares the subject before it
    shares_subject = k > 0 and reader.words[k - 1].text.lower() in ("и", "но")
    gerund = reader.parse(w.text.lower())[0].tag.POS == "GRND"
    subject = gerund_subject(reader, sentence, w, skip) if gerund else None
    if (shares_subject or gerund) and subject is None:
        # "…, отметив, что …" and "… и отметил, что …" say more from the subject already speaking
        earlier = [c for c in found if sentence.start <= c.at < w.start]
        if earlier:
            cand = candidate(reader, span, w.text, None, w.start, 2, narrated=gerund)
            if cand is not None:
                cand.follows = earlier[-1]
            return cand
    ref = (subject if gerund else speaker_before(reader, sentence.start, w.start, gender, skip)) or speaker_after(
        reader, w.stop, conj, gender, skip)
    return candidate(reader, span, cue_phrase(reader, w, conj), ref, w.start, 2, narrated=gerund)


def cue_phrase(reader: Reader, w: Token, conj: int) -> str:
    """"заявил", or "заявил о том" / "выразила уверенность в том" as written."""
    between = reader.text[w.start:conj].rstrip(" ,:")
    last = between.split()[-1]
    if (last == "том" or last in BELIEF_NOUNS) and len(between.split()) <= 4:
        return between
    k = reader.word_index(w.start)
    return f"{reader.words[k - 1].text} {w.text}" if given_to_understand(reader, k) else w.text  # "дал понять"


def as_said(reader: Reader, kak: Token, w: Token, sentence: Span, skip: Spans) -> Candidate | None:
    """"Как сообщил Х, …", "Как он добавил, …" and "…, как заверяют в ведомстве, …"."""
    comma = reader.text.find(",", w.stop, sentence.stop)
    end = comma if comma > 0 else sentence.stop
    gender = reader.verb_gender(w.text)
    ref = speaker_before(reader, kak.stop, w.start, gender, skip) or speaker_after(reader, w.stop, end, gender, skip)
    wider = apposition_end(reader, comma, sentence.stop) if comma > 0 and (ref is None or ref.kind == "role") else end
    if wider > end:
        # "Как заявил секретарь генсовета ЕР, вице-спикер Госдумы Сергей Неверов, …": the name in apposition
        end = wider
        ref = speaker_after(reader, w.stop, end, gender, skip)
    if ref is None:
        return None
    if comma > 0 and end == comma and ref.kind == "entity" and ref.stop >= comma - 1:
        end = role_apposition_end(reader, comma, sentence.stop)
    cue = reader.text[kak.start:w.stop]
    cue = cue[:1].lower() + cue[1:]
    if IN_DOCUMENT.search(reader.text, end, sentence.stop):
        return None  # "Как сообщили в посольстве, об этом говорится в заявлении МИД": the document's issuer speaks
    if outlet_ref(reader, ref, w) and reports_itself(reader, reader.word_index(end), reader.word_index(sentence.stop)):
        return None  # "Как ранее писал «Рамблер», Седокова призналась, что …": the outlet is the channel
    after = len(reader.words_between(*trimmed(reader, end, sentence.stop)))
    if reader.lemma(next((t.text.lower() for t in reader.words_between(end, sentence.stop) if t.text.isalpha()), "")) == "который":
        after = 0  # "…, как сообщили ирландские учёные, которые нашли её …": the speaker's relative clause
    if after >= 2 and joins_clauses(reader, kak):
        # "Соглашение истекает летом, и, как сообщает Marca, продлевать его не планируют": the clause
        # before the conjunction is the writer's own
        return candidate(reader, (end, sentence.stop), cue, ref, w.start, 2)
    before = [t for t in reader.words_between(sentence.start, kak.start) if t.text.isalpha()]
    parses = reader.parse(before[0].text.lower())[:2] if before else []  # "В частности, как …": "в" is no noun
    subject = bool(parses) and parses[0].tag.POS not in ("PREP", "CONJ") and any(r.tag.POS in ("NPRO", "NOUN") for r in parses)
    if after >= 2 and (len(before) >= 3 or subject):
        # "Спаржа снизит похмелье, как утверждают исследователи, …", "Это, как объяснила Х, стало …":
        # one clause around its attribution ("Однако, как сообщил Х, …" opens with no part of it)
        return candidate(reader, (sentence.start, sentence.stop), cue, ref, w.start, 2)
    if after >= 2:
        return candidate(reader, (end, sentence.stop), cue, ref, w.start, 2)
    return candidate(reader, (sentence.start, kak.start), cue, ref, w.start, 2)


def about_this(reader: Reader, w: Token, sentence: Span, skip: Spans) -> Candidate | None:
    """"Об этом сообщил Х": the paragraph before it (or the one before that) is what Х said;
    "О том, что …, заявил Х": the clause."""
    gender = reader.verb_gender(w.text)
    # "Об этом режиссер заявил в эфире «Бесогон ТВ»", "Об этом актриса рассказала РИА Новости": a
    # subject between "Об этом" and the verb speaks; what follows the verb is a channel or an addressee
    head = reader.text[sentence.start:w.start]
    before = speaker_before(reader, sentence.start, w.start, gender, skip)
    if before is not None and (told_before_it(reader, before.start) or (
            gender == "plur" and before.entity is not None and before.entity.type == "PER"
            and reader.parse(before.entity.text.split()[-1].lower())[0].tag.number != "plur")):
        # "Об этом телеканалу «Звезда» сообщил врач …": the channel was told; "Об этом Крыминформу
        # сообщили в гидрометцентре": one person (as the tagger has it) is no subject of a plural verb
        before = None
    if before is not None and not head.startswith("О том") and not (before.entity is not None and is_known(before.entity.text)):
        ref: Ref | None = before
    else:
        ref = speaker_after(reader, w.stop, sentence.stop, gender, skip) or before
    if head.startswith("О том"):
        start = sentence.start + head.lower().index("что") + 3
        return candidate(reader, (start, w.start), w.text, ref, w.start, 3)
    if head.startswith(("о чем", "о чём", "об этом")):  # "Индия провела испытание, о чем заявил премьер Моди"
        return candidate(reader, (reader.sentence_of(sentence.start).start, sentence.start), w.text, ref, w.start, 3)
    span = told_before(reader, sentence)
    if announces_topic(reader, *span):
        return None  # "Х объяснила, почему мужчины тяжелее болеют. Об этом она заявила …": a topic
    if ref is not None and ref.kind == "outlet" and relays_a_call(reader, span, skip):
        return None  # "Проценко призвал не надеяться на плато. Об этом сообщает РИА Новости": the call is his
    return candidate(reader, span, w.text, ref, w.start, 3)


def announces_topic(reader: Reader, start: int, stop: int) -> bool:
    """Whether the words are one sentence reporting a topic: a speech verb, then a comma and a
    question word ("Х объяснила, почему …", "рассказал, как …")."""
    if reader.sentence_of(start).stop < stop - 1:
        return False  # a paragraph of several sentences says more than its topic
    # "рассказал о том, какие явления …": over "о том" too
    words = [w for w in reader.words_between(start, stop) if w.text.lower() not in ("о", "том")]
    return any(reader.cue_lemma(a.text) and b.text == "," and c.text.lower() in QUESTION_WORDS - {"ли"}
               for a, b, c in zip(words, words[1:], words[2:], strict=False))


def told_before_it(reader: Reader, pos: int) -> bool:
    """Whether the word before `pos` (over an opening mark) is a medium in the dative ("телеканалу")."""
    k = reader.word_index(pos) - 1
    if k >= 0 and reader.words[k].text in "«\"„“":
        k -= 1
    return k >= 0 and told(reader, reader.words[k].text.lower())


def call(reader: Reader, k: int, sentence: Span, skip: Spans) -> Candidate | None:
    """"Брюн предложил рассчитывать …", "Чуров пообещал ответить …"; not in an indirect question
    ("размышляет над тем, кого он посоветует поддержать")."""
    words = reader.words
    opening = next((words[j + 1] for j in range(k - 1, -1, -1) if words[j].text == "," or words[j].start < sentence.start), None)
    if opening is not None and opening.text.lower() in QUESTION_WORDS:
        return None
    for j in range(k + 1, min(k + 20, len(words))):
        t = words[j]
        infinitive = t.text.isalpha() and reader.parse(t.text.lower())[0].tag.POS == "INFN"
        if t.start >= sentence.stop or t.text in ".;:!?" or (reader.cue_lemma(t.text) is not None and not infinitive):
            return None  # "потребовал объявить Х в розыск": an infinitive speech verb is still the call
        if infinitive:
            if opens_question([x for x in words[j + 1:j + 4] if x.text != ","]):
                return None  # "предлагает вспомнить, как выглядели …": a topic to look into, no content
            # "обещает не ранее, чем через четыре года, …, ответить": the call starts after the verb
            w = words[k]
            ref = speaker_before(reader, sentence.start, w.start, reader.verb_gender(w.text), skip)
            start = t.start if j <= k + 4 else addressed_call_start(reader, k, j)
            if start == t.start and words[j - 1].text.lower() == "не" and j - 1 > k:
                start = words[j - 1].start  # "призвал не надеяться …": the negation is part of the call
            return candidate(reader, (start, sentence.stop), w.text, ref, w.start, 4, narrated=True)
    return None


def inverted(reader: Reader, k: int, sentence: Span, skip: Spans) -> Candidate | None:
    """"…, сообщил министр Сергей Лавров." and "…, — сообщил Х" after unquoted words."""
    words = reader.words
    w = words[k]
    j = k - 1
    while j > 0 and tells_when(words[j].text):
        j -= 1  # "…, 17 января сообщает официальный сайт": when, between the comma and the verb
    if j >= 0 and words[j].text in "—–-" and words[j - 1].text == ",":
        j -= 1
    # "…, — сообщил Х", and "…, 5 мая — сообщает Sky Sport Italia" with its comma lost
    if j < 0 or words[j].text not in ",—–-" or words[j].start <= sentence.start:
        return None
    if reader.parse(w.text.lower())[0].tag.POS == "GRND":
        return None
    before = reader.text[sentence.start:words[j].start].rstrip()
    if before.endswith(("»", '"', "“", "”")) or reader.inside_quotes(words[j].start - 1):
        return None  # a closing quote: direct speech, found with its marks
    first = reader.word_index(sentence.start)
    if (ATTRIBUTED.search(before) or PO.search(before) or IMPERSONAL.search(before) or ABOUT_THIS.match(before)
            or (reports_itself(reader, first, j) and not reported_by_nobody(reader, first, j, skip))
            or (reader.lemma(w.text.lower()) in CHANNEL_VERBS and proposes(reader, first, j))):
        # "«…», — рассказала она, пишет «Сибкрай.ru»", "Об этом сообщает Х, передает Y", "Палата
        # предлагает снизить …, пишет Прайм": a channel for a statement attributed
        return None
    if j == k - 1 and subject_with_clause(reader, sentence, j):
        # "Представитель фирмы X, занимающейся делом …, прокомментировал": the subject's clause; with a
        # dash ("Это моё мнение, сложившееся за годы, — сказал Х") the words are said
        return None
    if k + 1 < len(words) and words[k + 1].text.lower() == "это":
        return None  # "Юлиан Соболев, адвокат её дочери, считает это мошенничеством": a subject's view of "это"
    if k + 2 < len(words) and words[k + 1].text.lower() in ("о", "об", "обо") and words[k + 2].text.lower() not in ("этом", "том"):
        return None  # "Алексей Смертин, вспомнил о голе от Андрея Шевченко": a topic after the verb, its subject before
    ref = speaker_after(reader, w.stop, sentence.stop, reader.verb_gender(w.text), skip)
    told = outlet_next(reader, w.stop, sentence.stop, skip)
    if ref is not None and told is not None and reader.text.find(",", told.stop, ref.start) >= 0:
        # "Решение, сообщает AFP, было принято в рамках саммита Евросоюза": the outlet right after the
        # verb tells it; a name past the comma after it is in the statement
        ref = told
    if ref is None or (ref.kind == "outlet" and proposes(reader, first, j)):
        return None  # "Проценко призвал не надеяться на плато, сообщает РИА Новости": the outlet relays the call
    head = [t for t in reader.words_between(sentence.start, words[j].start) if t.text.isalpha()]
    # "Как установили врачи, …" opens an attribution of its own, not a question
    if opens_question(head) and not (head[0].text.lower() == "как" and reader.parse(head[1].text.lower())[0].tag.POS == "VERB"):
        return None  # "Влияет ли аллергия на риск, рассказали в Роспотребнадзоре": a question is a topic
    if len(head) < 3 and subject_phrase(reader, head):
        return candidate(reader, (sentence.start, sentence.stop), w.text, ref, w.start, 3)
    comma = reader.text.find(",", ref.stop, sentence.stop)
    # "Температура воздуха +14...+23°C, сообщает Х.": figures count as words of a statement that ends there
    figures = comma < 0 and names_subject(reader, head) and any(
        c.isdigit() for c in reader.text[sentence.start:words[j].start])
    if len(head) < 3 and not (comma > 0 and names_subject(reader, head)) and not figures:
        # "Между тем, утверждает Аузан, свои деньги есть": the words before are no statement
        return candidate(reader, (comma, sentence.stop), w.text, ref, w.start, 3) if comma > 0 else None
    # "За три недели до казни, сообщает AP, после того, как …": the attribution sits mid-sentence;
    # "Львиная доля средств, отметил председатель банка, понадобится …", "Кризис, считает Х, продлится
    # …": the words before have no predicate, so the statement goes on after the speaker's comma
    end = comma if comma > 0 and not finite_verb_parses(reader, head) else window_end(reader, w.stop, sentence.stop)
    rest = reader.words_between(end, sentence.stop)
    said = [t for t in rest if t.text.isalpha()]
    # "…, заявили учёные из …, передает NUR.KZ": a channel's verb after it is no clause going on
    # "…, рассказал врач Денис Проценко в ходе встречи, организованной конгрессом": a participle's
    # phrase about the speaking, no statement going on (but "Россия, заявил Лавров, учитывая позицию
    # Запада, будет действовать …", whose words before have no verb yet, goes on to its verb)
    if len(said) >= 3 and not in_spans(rest[0].start, skip) and not reader.cue_lemma(said[0].text) \
            and not CITED_AFTER.match(reader.text, rest[0].start) and reader.lemma(said[0].text.lower()) not in RELATIVES \
            and (reader.parse(said[0].text.lower())[0].tag.POS not in ("PRTF", "GRND") or not finite_verb_parses(reader, head)):
        return candidate(reader, (sentence.start, sentence.stop), w.text, ref, w.start, 3)
    return candidate(reader, (sentence.start, words[j].start), w.text, ref, w.start, 3)
