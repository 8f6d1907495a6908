"""Direct speech: words in quotation marks or after an interview dash, with the attribution next to
them ("«…», — сказал Лавров", "Лавров: «…»", "– …, – сообщила Гуторова"); headlines are
quotes_headlines'."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from svodka.enrich.nlp import Token
from svodka.enrich.quotes_forms import same_stem
from svodka.enrich.quotes_lexicon import CITED_WHOM, FINITE_ENDINGS, QUOTING, QUOTING_WHOSE
from svodka.enrich.quotes_marks import Quoted
from svodka.enrich.quotes_names import Ref, Spans
from svodka.enrich.quotes_speakers import speaker_after, speaker_before
from svodka.enrich.quotes_text import Reader, glued_stops
from svodka.enrich.quotes_window import window_end

# between a closing mark and the cue: '», — сказал', '", заявил', '?» — ответил'
# "приводит слова футболиста издание Kicker": the outlet quotes someone, like "цитирует"
# "приводит слова Х издание", "передает сообщение фонда РИА Новости": the owner of the words speaks
PERCEIVED = frozenset("прочитать читать увидеть видеть услышать слышать найти обнаружить заметить написать".split())
AFTER_MARK = re.compile(r"[\"«»“”]?[ \u00a0]*([,.!?…]*)[ \u00a0]*([—–-]{1,2})?[ \u00a0]*")
# an attribution inside a quote or an interview paragraph: '…, — подчеркнула она. — …'
DASH_IN = re.compile(r"([,.!?…])[ \u00a0]*[—–-]{1,2}[ \u00a0]+")
DASH_RESUME = re.compile(r"[,.][ \u00a0]*[—–-]{1,2}[ \u00a0]+")
DASH_PARAGRAPH = re.compile(r"[ \u00a0]*[—–-][ \u00a0]+")
TRIM = " \u00a0\t\n.,;:«»\"“”„—–-"
PAIRS = (("«", "»"), ("„", "“"), ("“", "”"))
# A title cut short and glued to the next ("итог выбо ...Евгений"), and where such titles part.
# "…, – сказал Медведев": a dash quotation with an attribution of its own
OWN_ATTRIBUTION = re.compile(r"[,!?…][ \u00a0]*[—–-][ \u00a0]+[а-яё]")
FIRST_PERSON = re.compile(r"(?<!\w)(?:[Яя]|[Мм]ы|[Мм]не|[Нн]ам|[Мм]еня|[Нн]ас|[Мм]о[йяеёи]|[Нн]аш[аеи]?|[Вв]ыражаю|[Пп]рошу)(?!\w)")
ATTRIBUTION_IN = re.compile(r"(?<!\w)(?:[Пп]о\s+(?:\w+\s+)?(?:словам|мнению)|[Кк]ак\s+\w+)(?!\w)")


@dataclass
class Candidate:
    """A quotation found by one pattern, before its speaker is resolved. Lower rank wins when two
    candidates cover the same words; `follows` shares the speaker of an earlier candidate."""

    start: int
    stop: int
    direct: bool
    cue: str | None
    ref: Ref | None
    at: int
    rank: int
    follows: Candidate | None = None


def trimmed(reader: Reader, start: int, stop: int) -> tuple[int, int]:
    """The span without surrounding spaces, quotation marks, dashes and final punctuation."""
    text = reader.text
    credit = text.find(" // ", start, stop)
    if credit > start:  # "… Федерации // kino-teatr.ru / Снежана": a photo credit glued on
        stop = credit
    while start < stop and text[start] in TRIM:
        start += 1
    while stop > start and text[stop - 1] in TRIM:
        stop -= 1
    # a mark opened inside keeps its closing one: 'была «деловой»', not 'была «деловой'
    inside = text[start:stop]
    for opening, closing in PAIRS:
        if start > 0 and text[start - 1] == opening and mark_depths(inside, opening, closing)[0] < 0:
            start -= 1  # and one closed inside keeps its opening: 'что «семья Чаки» опустошена',
            inside = text[start:stop]  # also before another pair: '«Реал» близок к … «Наполи»'
        if stop < len(text) and text[stop] == closing:
            lowest, last = mark_depths(inside, opening, closing)
            if last > lowest:
                return start, stop + 1
    if stop < len(text) and text[stop] == '"' and inside.count('"') % 2 == 1:
        return start, stop + 1
    if start > 0 and text[start - 1] == '"' and inside.count('"') % 2 == 1:
        return start - 1, stop  # 'что "семья Чаки" опустошена'
    return start, stop


def mark_depths(inside: str, opening: str, closing: str) -> tuple[int, int]:
    """The lowest and the final nesting depth of a pair of marks read through `inside`: a depth below
    zero is a mark closed that opened before it, a final depth above the lowest one a mark left open."""
    if closing not in inside:
        return 0, inside.count(opening)
    depth = lowest = 0
    for ch in inside:
        depth += (ch == opening) - (ch == closing)
        lowest = min(lowest, depth)
    return lowest, depth


def word_at(reader: Reader, pos: int) -> Token | None:
    i = reader.word_index(pos)
    return reader.words[i] if i < len(reader.words) and reader.words[i].start == pos else None


def direct_quotes(reader: Reader, skip: Spans) -> list[Candidate]:
    out: list[Candidate] = []
    for q in reader.quoted:
        para = reader.paragraphs[reader.paragraph_of(q.start)]
        closing = reader.paragraphs[reader.paragraph_of(q.close_mark)] if q.close_mark >= 0 else para  # over paragraphs
        after = attribution_after(reader, q.close_mark + 1, closing.stop, skip, q.speech) if q.close_mark >= 0 else None
        if not q.speech and after is None:
            continue  # «Газпром», «Коррозии металла»: names, not speech («Нет», — ответил он: speech)
        inner = split_quote(reader, q, skip)
        if inner:
            out.extend(inner)
            continue
        if after is not None:
            cue, ref = after
            # a quote whose opener was lost begins its paragraph: its sentence is there, not before
            sentence = reader.sentence_of(max(q.open_mark, para.start))
            prefix = reader.text[sentence.start:q.open_mark].strip(" \u00a0")
            # 'рассказал о карантине."Когда …' : a mark glued to a full stop opens a sentence of its own
            if prefix and not prefix.endswith((":", "—", "–", "-", ".", "!", "?", "…")) and sentence.start < q.open_mark:
                # a quoted fragment inside a reported clause: the clause is the quotation, unless the
                # clause names its own speaker ("…, по словам Вульфа, «перейдет Рубикон», передает ТАСС")
                if ATTRIBUTION_IN.search(prefix) or any(reader.cue_lemma(w.text) for w in
                                                        reader.words_between(sentence.start, q.open_mark)):
                    continue
                start, stop = trimmed(reader, sentence.start, q.close_mark + 1)
                out.append(Candidate(start, stop, False, cue.text, ref, cue.start, 1))
            else:
                start, stop = trimmed(reader, q.start, q.stop)
                out.append(Candidate(start, stop, True, cue.text, ref, cue.start, 0))
            continue
        before = attribution_before(reader, q, skip)
        if before is not None:
            cue_text, ref, at = before
            start, stop = trimmed(reader, q.start, q.stop)
            out.append(Candidate(start, stop, True, cue_text, ref, at, 1))
    return out


def cue_word(reader: Reader, pos: int) -> Token | None:
    """The speech verb starting at `pos`, if one does ("приводит слова" quotes like "цитирует")."""
    w = word_at(reader, pos)
    return w if w is not None and (reader.cue_lemma(w.text) is not None or QUOTING.match(reader.text, w.start)
                                   or QUOTING_WHOSE.match(reader.text, w.start)) else None


# verbs in the present that tell how words are said ("» - описывает Плисецкая", "– анализирует Х"); any
# present verb would take "«Голос. Дети» — ведёт Нагиев" and "— гласит заявление" for speech
PRESENT_MANNER = frozenset("""описывать свидетельствовать анализировать рассуждать размышлять иронизировать
    смеяться улыбаться восклицать возмущаться удивляться негодовать сокрушаться недоумевать""".split())


def manner_verb(reader: Reader, pos: int, dashed: bool) -> Token | None:
    """The verb of an attribution after a closing mark that is no speech verb, or comes after an
    adverb: "«…», — гордо заметила Лера", "«…?» — разбушевался режиссер". After a dash, a finite
    verb right after the quotation tells who said it, whatever the verb."""
    i = reader.word_index(pos)
    words = reader.words
    while i < len(words) - 1 and words[i].text.isalpha() and reader.parse(words[i].text.lower())[0].tag.POS == "ADVB":
        i += 1  # "— гордо заметила", "— честно признался"
    if i >= len(words) or not words[i].text.isalpha():
        return None
    w = words[i]
    if reader.cue_lemma(w.text) is not None:
        return w
    parse = reader.parse(w.text.lower())[0]
    if dashed and i == reader.word_index(pos) and parse.tag.POS == "VERB" and (
            parse.tag.tense == "past" or parse.normal_form in PRESENT_MANNER):
        return w
    return None


def attribution_after(reader: Reader, pos: int, limit: int, skip: Spans,
                      speech: bool = True) -> tuple[Token, Ref | None] | None:
    """'», — сказал Лавров': the cue and speaker right after a closing mark."""
    m = AFTER_MARK.match(reader.text, pos, limit)
    if m is None or not (m.group(2) or "," in m.group(1)):
        return None
    # a verb of manner only after speech: "«Зенит» — выиграл …" is a name, then the narrator
    cue = cue_word(reader, m.end()) or (manner_verb(reader, m.end(), bool(m.group(2))) if speech else None)
    if cue is None:
        return None
    return cue, speaker_of_cue(reader, cue, limit, skip)


WHOSE_GENDER = {"его": "masc", "её": "femn", "ее": "femn", "их": "plur"}


def speaker_of_cue(reader: Reader, cue: Token, limit: int, skip: Spans) -> Ref | None:
    """Who the cue after a quotation names: its subject ("— сказал Лавров"), or the one an outlet quotes."""
    # "— цитирует политика УНИАН": the one quoted is the object, the agency the channel; "цитирует
    # Tennis World USA Агасси": the person named, wherever in the phrase
    quoting = QUOTING.match(reader.text, cue.start) or QUOTING_WHOSE.match(reader.text, cue.start)
    if quoting is not None and quoting.re is QUOTING_WHOSE and quoting.group("whose"):
        # "– приводит РИА Новости ее слова": the one the pronoun refers to
        return Ref("pronoun", quoting.start("whose"), quoting.end("whose"), gender=WHOSE_GENDER[quoting.group("whose")])
    whom = CITED_WHOM.match(reader.text, cue.start)
    if whom is not None and any(e.type == "PER" for e in reader.entities_between(0, cue.start)):
        # (with nobody named before, "его" refers to nothing and the outlet's quotation stays its own)
        # "— цитирует его «Вечерняя Москва»": the one the pronoun refers to, the outlet the channel
        return Ref("pronoun", whom.start("whose"), whom.end("whose"), gender=WHOSE_GENDER[whom.group("whose")])
    # "приводит слова Х Kicker", "приводит Football Italia слова Анчелотти": the one named after the words
    subject = reader.cue_lemma(cue.text) != "цитировать" and quoting is None
    after = quoting.end() if quoting is not None else cue.stop
    ref = speaker_after(reader, after, limit, reader.verb_gender(cue.text), skip, subject=subject)
    if not subject and (ref is None or ref.kind == "outlet" or (
            ref.kind == "entity" and ref.entity is not None and ref.entity.type == "ORG")):
        end = window_end(reader, after, limit)
        person = next((e for e in reader.entities_between(ref.stop if ref else after, end) if e.type == "PER"), None)
        if person is not None:
            return Ref("entity", person.start, person.stop, person)
        # "приводит слова тер Штегена Kicker": a surname of a person the article named, which the tagger missed here
        named = surname_of_named(reader, reader.words_between(after, ref.start if ref else end))
        if named is not None:
            return named
        # "приводит слова 27-летнего немецкого футболиста издание Kicker": the one the article is about
        role = next((w for w in reader.words_between(after, ref.start if ref else end) if reader.role_parse(w.text)), None)
        if role is not None:
            return Ref("role", role.start, role.stop, gender=None)
    return ref


def surname_of_named(reader: Reader, words: list[Token]) -> Ref | None:
    """The person named in full elsewhere whose surname, declined, is one of `words` ("Штегена" of
    "Марк-Андре тер Штеген")."""
    # the fullest name first: "Марк-Андре тер Штеген" over a headline's "Тер Штеген"
    people = sorted((e for e in reader.entities if e.type == "PER" and " " in (e.canonical or e.text)),
                    key=lambda e: -len(e.canonical or e.text))
    for w in words:
        low = w.text.lower()
        if not w.text[:1].isupper() or len(low) < 4:
            continue
        for e in people:
            if same_stem((e.canonical or e.text).split()[-1].lower(), low):  # "штеген" → "штегена"
                return Ref("entity", w.start, w.stop, e)
    return None


def split_quote(reader: Reader, q: Quoted, skip: Spans) -> list[Candidate]:
    """'«А, — сказал он, — Б»': two quotations with one attribution inside the marks."""
    text = reader.text
    for m in DASH_IN.finditer(text, q.start, q.stop):
        # "«Это было здорово! – продолжил Леклер. – Сколько …»": a verb of manner splits it too, when it
        # names who spoke
        cue = cue_word(reader, m.end()) or manner_verb(reader, m.end(), True)
        if cue is None:
            continue
        resume = DASH_RESUME.search(text, cue.stop, q.stop)
        if resume is None:
            continue
        ref = speaker_of_cue(reader, cue, resume.start() + 1, skip)
        if ref is None and reader.cue_lemma(cue.text) is None:
            continue
        a = trimmed(reader, q.start, m.start() + (1 if m.group(1) in "?!…" else 0))
        b = trimmed(reader, resume.end(), q.stop)
        first = Candidate(a[0], a[1], True, cue.text, ref, cue.start, 0)
        return [first, Candidate(b[0], b[1], True, cue.text, None, cue.start, 0, follows=first)]
    return []


def attribution_before(reader: Reader, q: Quoted, skip: Spans) -> tuple[str | None, Ref | None, int] | None:
    """'Лавров заявил: «…»', 'Кристиан Вульф, президент Германии: «…»', or a quote paragraph after
    a paragraph ending in a colon ("…, считает Сергей Ключников:")."""
    text = reader.text
    para_index = reader.paragraph_of(q.open_mark)
    para = reader.paragraphs[para_index]
    before = text[para.start:q.open_mark].rstrip(" \u00a0")
    if before.endswith(":"):
        colon = para.start + len(before) - 1
        start = reader.sentence_of(colon).start
        return (colon_attribution(reader, start, colon, skip) or verb_before_colon(reader, start, colon, skip)
                or person_before_colon(reader, start, colon, q))
    if before or para_index == 0:
        return None
    prev = reader.paragraphs[para_index - 1]
    prev_text = text[prev.start:prev.stop].rstrip(" \u00a0")
    if not prev_text.endswith(":"):
        return None
    colon = prev.start + len(prev_text) - 1
    return colon_attribution(reader, reader.sentence_of(colon).start, colon, skip)


def verb_before_colon(reader: Reader, start: int, colon: int, skip: Spans) -> tuple[str | None, Ref | None, int] | None:
    """"Проходя мимо судей, он уронил: «…»": any past verb right before the colon that opens a
    quotation in marks, its subject before it."""
    words = reader.words_between(start, colon)
    if not words or not words[-1].text.isalpha():
        return None
    verb = words[-1]
    parse = reader.parse(verb.text.lower())[0]
    if parse.tag.POS != "VERB" or parse.tag.tense != "past" or str(parse.normal_form) in PERCEIVED:
        return None  # "прочитал: «…»", "увидел: «…»": what he read or saw, not what he said
    ref = speaker_before(reader, start, verb.start, reader.verb_gender(verb.text), skip)
    return (verb.text, ref, verb.start) if ref is not None else None


def person_before_colon(reader: Reader, start: int, colon: int, q: Quoted) -> tuple[str | None, Ref | None, int] | None:
    """"Филипп Киркоров не заставил себя ждать с ответом: «…»", "Влад Топалов устроил истерику в прямом
    эфире: «…»": the one person the clause names in the nominative, with no verb of reading or seeing, for
    quoted words long enough to be said (not a title: "программ: «Человек и закон»")."""
    if len(reader.words_between(q.start, q.stop)) < MIN_SAID_WORDS:
        return None
    words = reader.words_between(start, colon)
    if any(w.text.isalpha() and reader.lemma(w.text.lower()) in PERCEIVED for w in words):
        return None  # "прочитал надпись: «…»": what he read
    people = [e for e in reader.entities_between(start, colon) if e.type == "PER" and not reader.inside_quotes(e.start)]
    if len({e.canonical or e.normal for e in people}) != 1 or not all(e.text == e.normal for e in people):
        return None  # nobody, two people, or one in an oblique case ("с Андреем Аршавиным"): not the subject
    e = people[0]
    if len([w for w in reader.words_between(start, e.start) if w.text.isalpha()]) > 3:
        return None  # "В их числе … Ольга Берггольц, автор крылатой строки:": a person listed, not the subject
    return None, Ref("entity", e.start, e.stop, e, written=True), e.start


MIN_SAID_WORDS = 4  # "«Спасибо, моя дорогая Ира!»" is said; "«Человек и закон»" names a programme


def colon_attribution(reader: Reader, start: int, colon: int, skip: Spans) -> tuple[str | None, Ref | None, int] | None:
    """The speaker of the clause [start, colon) that introduces a quotation."""
    words = [w for w in reader.words_between(start, colon) if not reader.inside_quotes(w.start)]
    cues = [w for w in words if reader.cue_lemma(w.text) is not None]
    after = [w for w in words if w.start > cues[-1].start] if cues else []
    that = next((i for i, w in enumerate(after) if w.text.lower() == "что"), len(after))
    # "не исключил, что Мерседес останется …:" — the clause's one verb is not another speaker's;
    # "говорила, что митинг проводится …, из толпы раздался выкрик:" — a second one is
    if cues and not finite_verb_parses(reader, after[:that]) and len(finite_verb_parses(reader, after[that:])) <= 1:
        cue = cues[-1]
        gender = reader.verb_gender(cue.text)
        before = reader.text[start:cue.start].rstrip(" —–-")
        if before.endswith(","):  # "…, считает Сергей Ключников:": the speaker follows the verb
            ref = speaker_after(reader, cue.stop, colon, gender, skip) or speaker_before(reader, start, cue.start, gender, skip)
        else:
            ref = speaker_before(reader, start, cue.start, gender, skip) or speaker_after(reader, cue.stop, colon, gender, skip)
        return cue.text, ref, cue.start
    # no verb: "Кристиан Вульф, президент Германии: «…»" names the speaker right before the colon,
    # "…, из толпы раздался выкрик: «…»" names nobody
    if cues or len([w for w in words if w.text.isalpha()]) > 6:
        return None
    ref = speaker_after(reader, start, colon, None, skip)
    # "Кристиан Вульф, президент Германии: «…»" names its speaker; "темам как: «…»" refers to nobody
    return (None, ref, start) if ref is not None and ref.kind in ("entity", "name", "role") else None


def finite_verb_parses(reader: Reader, words: list[Token]) -> list[Any]:
    """The parses of the finite verbs among `words` (the ending is checked before pymorphy3 is asked)."""
    parses = [reader.parse(w.text.lower())[0] for w in words if w.text.isalpha() and FINITE_ENDINGS.search(w.text.lower())]
    # "У пациентов есть высыпания": pymorphy3 reads "есть" first as "to eat", but in news it is "there is"
    existential = [p for w in words if w.text.lower() == "есть" for p in reader.parse("есть") if p.tag.POS == "VERB"][:1]
    return [p for p in parses if p.tag.POS == "VERB"] + existential


COLUMN_PARAGRAPHS = 3  # a statement read out after "заявил:" seldom runs longer in news


def dash_speech(reader: Reader, skip: Spans) -> list[Candidate]:
    """Interview paragraphs: '– …, – сообщила Ирина Гуторова. – …'."""
    out: list[Candidate] = []
    text = reader.text
    for para in reader.paragraphs:
        m = DASH_PARAGRAPH.match(text, para.start, para.stop)
        if m is None:
            continue
        pos, first = m.end(), None
        if any(q.speech and para.start <= q.start < para.stop for q in reader.quoted):
            continue  # a list item with a quotation in marks ("– мнение политиков. … «…», – говорит …")
        for d in DASH_IN.finditer(text, pos, para.stop):
            if d.start() < pos:
                continue
            cue = cue_word(reader, d.end())
            if cue is None:
                continue
            ref = speaker_of_cue(reader, cue, para.stop, skip)
            a = trimmed(reader, pos, d.start() + (1 if d.group(1) in "?!…" else 0))
            cand = Candidate(a[0], a[1], True, cue.text, ref if first is None else None, cue.start, 0, follows=first)
            out.append(cand)
            first = first or cand
            resume = DASH_RESUME.search(text, cue.stop, para.stop)
            if resume is None:
                pos = para.stop
                break
            pos = resume.end()
        if first is not None and pos < para.stop:
            # the turn's words end where a sentence glued on after them begins ("…предположения.Ранее …")
            b = trimmed(reader, pos, next(iter(glued_stops(text, pos, para.stop)), para.stop))
            out.append(Candidate(b[0], b[1], True, first.cue, None, first.at, 0, follows=first))
    return out


def column(reader: Reader, skip: Spans) -> list[Candidate]:
    """A paragraph handed to a speaker by the previous one ending in a colon, without marks."""
    out: list[Candidate] = []
    text = reader.text
    for k in range(1, len(reader.paragraphs)):
        prev, para = reader.paragraphs[k - 1], reader.paragraphs[k]
        prev_text = text[prev.start:prev.stop].rstrip(" \u00a0")
        body = text[para.start:para.stop].lstrip(" \u00a0")
        if not prev_text.endswith(":") or not body or body[0] in "«\"“„—–-■•":
            continue
        colon = prev.start + len(prev_text) - 1
        found = colon_attribution(reader, reader.sentence_of(colon).start, colon, skip)
        # "Министр заявил:", and a line that only names its speaker ("Эльдар Янибеков, заместитель
        # директора музея:")
        named_only = found is not None and found[1] is not None and found[2] == prev.start and not body.rstrip().endswith("?")
        if found is not None and (found[0] is not None or named_only):  # a question after the name is asked of them
            start, stop = trimmed(reader, para.start, column_end(reader, k))
            out.append(Candidate(start, stop, True, found[0], found[1], found[2], 4))
    return out


def column_end(reader: Reader, k: int) -> int:
    """Where the words handed over by a colon end: the paragraph k, and the plain paragraphs after
    it that go on in the first person and say nothing of their own (no speech verb, no marks, no
    dash), up to a line with no full stop (a link title). A column handed to its author ("свою
    позицию высказал Михаил Петров:") is impersonal, and annotated in its first paragraph only."""
    stop = reader.paragraphs[k].stop
    for para in reader.paragraphs[k + 1:k + 1 + COLUMN_PARAGRAPHS]:
        line = reader.text[para.start:para.stop].strip()
        if (not line or line[0] in "«\"“„—–-■•" or line[-1] not in ".!?…" or not FIRST_PERSON.search(line) or any(
                reader.cue_lemma(w.text) is not None for w in reader.words_between(para.start, para.stop))):
            break
        stop = para.stop
    return stop
