"""Quotations that go on past their pattern's span. An interview answer continued in the next paragraph: "Как рассказал Валерий Кандыба, …" then a
paragraph opened by a dash with no attribution of its own ("- Уже на месте …") is the same
speaker's direct speech, cue null (tests/data/README_quotes.md, settled on the dev set); and an
announcement completed by the next sentence.

Read after the patterns have run, because it needs to know which paragraph ended in someone's
statement."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from svodka.enrich.quotes_direct import (
    DASH_PARAGRAPH,
    FIRST_PERSON,
    OWN_ATTRIBUTION,
    Candidate,
    finite_verb_parses,
    trimmed,
)
from svodka.enrich.quotes_names import Ref
from svodka.enrich.quotes_text import Quoted, Reader, Span

PERSONAL = ("entity", "pronoun", "role", "name")
ANNOUNCED = re.compile(r"Стал[оаи]?\s+известн[оыа]\s")
ANAPHOR = re.compile(r"\s*(?:Им|Ей|Ими|Его|Её|Ее|Им\s+стал|Она|Он|Они|Это)\s")
MIN_WORDS = 6  # a dash before a few words is a list item or a heading, not an answer
CLOSING_DASH = re.compile(r"[\s,.!?…]*,[\s\u00a0]*[—–-][\s\u00a0]*")  # "…, – сказал"
ENDED = re.compile(r"[.!?…»\"]\s*$")  # a teaser or a link title ends with no full stop


def continued(reader: Reader, kept: list[Candidate]) -> list[Candidate]:
    """Dash paragraphs that continue the person quoted at the end of the paragraph before."""
    out: list[Candidate] = []
    for k in range(1, len(reader.paragraphs)):
        para, prev = reader.paragraphs[k], reader.paragraphs[k - 1]
        dash = DASH_PARAGRAPH.match(reader.text, para.start, para.stop)
        if (dash is None or not reader.text[dash.end():dash.end() + 1].isupper()
                or DASH_PARAGRAPH.match(reader.text, prev.start, prev.stop) is not None
                or any(para.start <= c.start < para.stop for c in kept)):
            continue  # "– в Европе …" after "– спасение евро …": the items of a list
        last = max((c for c in kept if prev.start <= c.start < prev.stop), key=lambda c: c.stop, default=None)
        if last is None or reader.text[last.stop:prev.stop].strip(" \u00a0.»\"") or not personal(last):
            continue
        a, b = trimmed(reader, dash.end(), para.stop)
        if OWN_ATTRIBUTION.search(reader.text, a, b) or reader.text[a:para.stop].rstrip().endswith("?"):
            continue  # "- Обратитесь …, - посоветовал Х": its own attribution; "- Чем вы …?": the interviewer's
        if len(reader.words_between(a, b)) >= MIN_WORDS:
            out.append(Candidate(a, b, True, None, None, a, 0, follows=last))
    return out


def quoted_paragraphs(reader: Reader, kept: list[Candidate]) -> list[Candidate]:
    """A paragraph that is one «quotation» and nothing else, with no attribution of its own, next to
    a person's direct quote: "«Я больше люблю баскетбол …» ⏎ «С 4 мая им разрешены тренировки», -
    сказал Санчес." and the same with the attributed paragraph first, or after a paragraph that ends
    in the person's reported statement: the same speaker's words."""
    out: list[Candidate] = []
    for k, para in enumerate(reader.paragraphs):
        whole = next((q for q in reader.quoted if q.close_mark >= 0 and para.start <= q.open_mark < para.stop
                      and not reader.text[para.start:q.open_mark].strip()
                      and not reader.text[q.close_mark + 1:para.stop].strip(" \u00a0.!?…")), None)
        if whole is None or any(para.start <= c.stop and c.start < para.stop for c in kept):
            continue
        nearby = [c for c in kept if c.direct and personal(c) and (
            (k + 1 < len(reader.paragraphs) and reader.paragraph_of(c.start) == k + 1
             and not reader.text[reader.paragraphs[k + 1].start:c.start].strip(" \u00a0«\"„“"))
            or (k > 0 and reader.paragraph_of(c.start) == k - 1
                and not reader.text[c.at:reader.paragraphs[k - 1].stop].rstrip().endswith(("?", ":"))))]
        ended_by = reported_last(reader, kept, reader.paragraphs[k - 1]) if not nearby and k > 0 else None
        if ended_by is not None:
            nearby = [ended_by]
        if nearby and len(reader.words_between(whole.start, whole.stop)) >= MIN_WORDS:
            out.append(said_on(reader, whole.start, whole.stop, nearby[0]))
    return out


def reported_last(reader: Reader, kept: list[Candidate], para: Span) -> Candidate | None:
    """The person's reported statement that ends `para`, if one does: "Актриса призналась, что … ⏎
    «В 20 лет я …»" goes on in her words (dev +3, blind +2)."""
    last = max((c for c in kept if para.start <= c.start < para.stop), key=lambda c: max(c.stop, c.at), default=None)
    if last is None or last.direct or not personal(last) or reader.text[para.start:para.stop].rstrip().endswith(("?", ":")):
        return None
    return last


def quoted_sentences(reader: Reader, kept: list[Candidate]) -> list[Candidate]:
    """A sentence that is one «quotation» with no attribution of its own, after a person's quotation
    in its paragraph: "По признанию балерины, балет сыграл решающую роль. «Я танцевала его тридцать
    лет»." — the same person goes on speaking, in the first person or not ("…», - сказал Дин
    Наррамор из BOM. «Это один из тех случаев, когда …»": dev +3 hits for +3 predictions)."""
    alone = [q for q in reader.quoted if q.close_mark >= 0 and q.speech and sentence_of_its_own(reader, q)
             and len(reader.words_between(q.start, q.stop)) >= MIN_WORDS]
    out: list[Candidate] = []
    # '"Они оба большие игроки …"."Винни — невероятный игрок …", — сообщил Милнер': quotations run
    # together with nothing of the narrator's between them share the attribution; read from the last,
    # so that a chain of three takes it from the one attributed
    for q in reversed(alone):
        if any(q.open_mark <= c.stop and c.start <= q.close_mark for c in [*kept, *out]):
            continue
        following = min((c for c in [*kept, *out] if c.direct and c.start > q.close_mark
                         and not reader.text[q.close_mark + 1:c.start].strip(" \u00a0.!?…«»\"“”„")),
                        key=lambda c: c.start, default=None)
        if following is not None and personal(following):
            out.append(said_on(reader, q.start, q.stop, following))
    for q in alone:
        if any(q.open_mark <= c.stop and c.start <= q.close_mark for c in [*kept, *out]):
            continue
        para = reader.paragraph_of(q.open_mark)
        before = [c for c in [*kept, *out] if reader.paragraph_of(c.start) == para and c.stop <= q.open_mark]
        last = max(before, key=lambda c: c.stop, default=None)
        if last is not None and personal(last):
            out.append(said_on(reader, q.start, q.stop, last))
    return out


def sentence_of_its_own(reader: Reader, q: Quoted) -> bool:
    """Whether a quotation is a whole sentence, not inside a sentence of the narrator's. Read from the
    marks rather than razdel's sentences, which run '…смогли."К сожалению …"."Тот вечер …' together."""
    para = reader.paragraphs[reader.paragraph_of(q.open_mark)]
    before = reader.text[para.start:q.open_mark].rstrip(" \u00a0")
    if before and before[-1] not in ".!?…":
        return False
    after = SENTENCE_END.match(reader.text, q.close_mark + 1, para.stop)
    rest = reader.text[after.end():para.stop] if after is not None else ""
    ended = bool(after and after.group(1)) or reader.text[q.close_mark - 1:q.close_mark] in (".", "!", "?", "…")
    return not rest.strip() or (ended and (rest[:1].isupper() or rest[:1] in OPENING_MARKS))


SENTENCE_END = re.compile(r"([.!?…]*)[ \u00a0]*")
OPENING_MARKS = "«\"“„"


def relayed(reader: Reader, kept: list[Candidate]) -> list[Candidate]:
    """"Альтштейн отметил, что … . Из-за этого «реалистичность прогнозов низка», сообщает ФАН.": a
    sentence that quotes the person of the sentence before and only names the outlet after it goes
    on with that person's quotation; the outlet is its channel (the guidelines' rule)."""
    dropped: set[int] = set()
    for cand in kept:
        channel = cand.ref is not None and (cand.ref.kind == "outlet" or (
            cand.ref.entity is not None and cand.ref.entity.type == "ORG"
            and reader.cue_lemma(cand.cue or "") in ("сообщать", "передавать", "писать")))
        if not channel or cand.at < cand.stop or cand.direct:
            continue
        sentence = reader.sentence_of(cand.start)
        if sentence.start < cand.start - 2 or not any(cand.start <= q.open_mark < cand.stop for q in reader.quoted):
            continue
        para = reader.paragraph_of(cand.start)
        before = max((c for c in kept if c is not cand and id(c) not in dropped and reader.paragraph_of(c.start) == para
                      and c.stop <= cand.start and not reader.text[c.stop:cand.start].strip(" \u00a0.!?…»\"")),
                     key=lambda c: c.stop, default=None)
        if before is not None and personal(before):
            before.stop = cand.stop
            dropped.add(id(cand))
    return [c for c in kept if id(c) not in dropped]


def said_on(reader: Reader, start: int, stop: int, said: Candidate) -> Candidate:
    """Direct words with no cue of their own that go on with the speaker of `said`."""
    a, b = trimmed(reader, start, stop)
    # the attributed quotation, not a link of a chain read before its speaker is known
    return Candidate(a, b, True, None, None, a, 0, follows=said.follows or said)


def personal(cand: Candidate) -> bool:
    """Whether the quotation was a person's: an interview answer is one person's words."""
    ref = cand.follows.ref if cand.follows is not None else cand.ref
    if ref is None or ref.kind not in PERSONAL:
        return False
    return ref.entity is None or ref.entity.type == "PER"


def completed(reader: Reader, kept: list[Candidate]) -> None:
    """"Стало известно имя нового главы Yahoo!, сообщает Би-би-си. Им станет Скотт Томпсон.": the
    sentence after an announcement, opened by a pronoun of what was announced, is what the outlet
    reports too; the quotation then spans the attribution (the guidelines' rule)."""
    for cand in kept:
        if not ANNOUNCED.match(reader.text, cand.start) or cand.at < cand.stop:
            continue
        sentence = reader.sentence_of(cand.at)
        para = reader.paragraphs[reader.paragraph_of(cand.at)]
        if sentence.stop >= para.stop:
            continue
        following = reader.sentence_of(sentence.stop + 1)
        if following.start < para.stop and ANAPHOR.match(reader.text, following.start) \
                and not any(following.start <= k.start < following.stop for k in kept):
            cand.stop = trimmed(reader, cand.start, min(following.stop, para.stop))[1]


def forecast_goes_on(reader: Reader, kept: list[Candidate]) -> None:
    """"По прогнозу синоптиков, в воскресенье ожидается дождь. Ветер 5-10 м/с. Температура ночью 7-12°.":
    the weather sentences after a forecast in its paragraph, with no attribution of their own, are the
    forecast going on (silver AG's and AI's annotators)."""
    for cand in kept:
        if (cand.cue is None or "прогноз" not in cand.cue.lower() or cand.at > cand.start
                or not WEATHER.search(reader.text, cand.start, cand.stop)):
            continue  # a forecast of the weather, not of prices
        para = reader.paragraphs[reader.paragraph_of(cand.start)]
        stop = reader.sentence_of(cand.stop - 1).stop
        end = run_on(reader, stop, para, lambda sentence: weather_ahead(reader, sentence) and not any(
            sentence.start <= k.start < sentence.stop for k in kept))
        if end > stop:
            cand.stop = trimmed(reader, cand.start, min(end, para.stop))[1]


def weather_ahead(reader: Reader, sentence: Span) -> bool:
    """A sentence of weather with no attribution of its own and no verb in the past ("В прошлом году
    дожди затопили …" is what happened, not what is forecast; "давление пониженное" is a participle)."""
    words = reader.words_between(sentence.start, sentence.stop)
    return (WEATHER.search(reader.text, sentence.start, sentence.stop) is not None
            and not any(reader.cue_lemma(w.text) for w in words)
            and not any(p.tag.tense == "past" for p in finite_verb_parses(reader, words))
            and "прошл" not in reader.text[sentence.start:sentence.stop].lower())


# words of a weather report: units, and what is measured or falls
WEATHER = re.compile(r"°|м/с|мм\s+рт|(?<!\w)(?:[Тт]емператур|[Вв]ет(?:ер|ра|ру)|[Оо]садк|[Аа]тмосферн|[Дд]ожд|[Гг]роз"
                     r"|[Сс]нег|[Тт]уман|[Оо]блачн|[Пп]огод)")


def spoken_before(reader: Reader, kept: list[Candidate]) -> None:
    """Unmarked speech closed by "…, – сказал Эдди." at a paragraph's end: the speaker's words run
    back to the paragraph's start and over the paragraphs before that say nothing else and do not
    name him (narration does; his own words don't), as long as the run speaks in the first person
    somewhere (guidelines: a whole answer is one quote)."""
    for cand in kept:
        ref = cand.ref
        if (cand.direct or ref is None or ref.kind not in PERSONAL or cand.at < cand.stop
                or not CLOSING_DASH.fullmatch(reader.text, cand.stop, cand.at)):
            continue
        k = reader.paragraph_of(cand.at)
        para = reader.paragraphs[k]
        if reader.text[cand.at:para.stop].count(".") > 1 or DASH_PARAGRAPH.match(reader.text, para.start, para.stop):
            continue  # not the paragraph's last sentence, or an interview turn (dash_speech's)
        others = [c for c in kept if c is not cand]
        start = cand.start
        for j in range(k, 0, -1):
            piece = reader.paragraphs[j]
            begin = piece.start
            end = cand.start if j == k else piece.stop
            # "- Коломойский молодец? ⏎ – Для болельщиков – нет. …": the answer opens after the question
            asked = reader.paragraphs[j - 1]
            answer = (j < k and DASH_PARAGRAPH.match(reader.text, begin, end) is not None
                      and DASH_PARAGRAPH.match(reader.text, asked.start, asked.stop) is not None
                      and reader.text[asked.start:asked.stop].rstrip().endswith("?"))
            if (any(begin <= c.stop and c.start < end for c in others) or names_speaker(reader, ref, begin, end)
                    or (j < k and not answer and (not ENDED.search(reader.text, begin, end)
                                                  or told_past(reader, begin, end)))):
                break
            start = begin
            if answer:
                break
        if start < cand.start and first_person(reader, start, cand.stop):
            cand.start = trimmed(reader, start, cand.stop)[0]


def told_past(reader: Reader, start: int, stop: int) -> bool:
    """Whether [start, stop) is narration: every finite verb in the past, and no first person
    ("Вчера прошёл матч. Спартак уступил Зениту." is no one's speech)."""
    if first_person(reader, start, stop):
        return False
    verbs = finite_verb_parses(reader, reader.words_between(start, stop))
    return bool(verbs) and all(p.tag.tense == "past" for p in verbs)


def first_person(reader: Reader, start: int, stop: int) -> bool:
    """Whether [start, stop) speaks in the first person: a pronoun ("мы", "мне") or a verb ("Думаю,
    были моменты …")."""
    return FIRST_PERSON.search(reader.text, start, stop) is not None or any(
        w.text.isalpha() and w.text.lower().endswith(("ю", "у")) and "1per" in reader.parse(w.text.lower())[0].tag
        for w in reader.words_between(start, stop))


def names_speaker(reader: Reader, ref: Ref, start: int, stop: int) -> bool:
    """Whether [start, stop) names the speaker, or ends handing the word to someone (a colon)."""
    if reader.text[start:stop].rstrip().endswith(":"):
        return True
    if ref.entity is None:
        return False
    key = (ref.entity.canonical or ref.entity.text).split()[-1]
    return any(e.type == "PER" and (e.canonical or e.text).split()[-1] == key for e in reader.entities_between(start, stop))


def argued_on(reader: Reader, kept: list[Candidate]) -> None:
    """A person's reported statement goes on over the next sentences of its paragraph that argue
    the same point ("Это поразительное явление, подчеркнул он. Ведь картина показывает, что …",
    "По словам Х, пандемия имеет отсроченный эффект. Расстройства могут проявиться через годы."):
    sentences with no report of their own, no other person, nothing quoted, no narrator's opener,
    and a verb not in the past (narration tells what happened; the speaker's point holds now), with
    or without a link back ("Ведь …", "Это …"); after a trailing attribution, "по словам" and "Х
    заявил, что …" alike. The narrator's hedges ("Пока неизвестно …"), contrasts ("Однако …") and words
    on the speaker ("Она настолько волнуется …", "теледива видит …") are his, not the speaker's.
    A body's or an outlet's report goes on only after "Как сообщает Х, …" or "По информации Х, …", and
    there over what happened and the people it happened to or who acted as well."""
    for cand in kept:
        if cand.direct or not (personal(cand) or as_reported(reader, cand)):
            continue  # a body's or an outlet's report says what it says, unless "Как сообщает Х" or "По информации Х" opens it
        para = reader.paragraphs[reader.paragraph_of(cand.stop)]
        if cand.at > cand.stop:  # "…, подчеркнул он." ends the sentence: go on after it
            if reader.sentence_of(cand.at).start >= cand.stop:
                continue  # "… . Об этом сообщил Х.": the attribution closes what came before it
            stop = reader.sentence_of(cand.at).stop
        else:  # "По словам Х, …", "Х заявил, что …" ending its sentence: the view goes on
            stop = reader.sentence_of(cand.stop - 1).stop
            if stop > cand.stop + 2:
                continue  # the quote is not its sentence's end
        end = run_on(reader, stop, para, functools.partial(argues, reader, kept, cand))
        if end > stop:
            cand.stop = trimmed(reader, cand.start, end)[1]


# phrases that open an account ("Как сообщает Х, …", "По информации Х, …"), which goes on over what
# happened, whoever it happened to, people and bodies named or not ("«Красные» обходят всех …")
BY_INFORMATION = "по информации"
REPORT_OPENERS = ("как ", BY_INFORMATION)


def as_reported(reader: Reader, cand: Candidate) -> bool:
    """"Как сообщает Х, …", "По информации Х, …" before the statement: the report goes on
    (guidelines: up to the next attributed sentence)."""
    return cand.cue is not None and cand.cue.lower().startswith(REPORT_OPENERS) and cand.at < cand.start


def run_on(reader: Reader, stop: int, para: Span, goes_on: Callable[[Span], bool]) -> int:
    """The end of the last of the sentences after `stop` in `para` that go on, one after another, as
    `goes_on` says; `stop` when the next one does not."""
    while True:
        nxt = reader.sentence_of(stop + 1)
        if nxt.start <= stop or nxt.start >= para.stop or not goes_on(nxt):
            return stop
        stop = nxt.stop


# openers of the narrator's own sentences ("Ранее он …", "Напомним, …") and of dates
NARRATION = re.compile(r"\s*(?:Ранее|Напомним|Отметим|Как\s+сообщал|Между\s+тем|Тем\s+временем|Кроме\s+того|Также|По\s+данным"
                       r"|Однако|Тем\s+не\s+менее|Пока|Согласно|По\s+мнению|По\s+словам)"
                       r"|\s*\d")
# the narrator's own hedges and reports inside a sentence ("неизвестно, как …", "Было обнаружено, что …")
HEDGE = re.compile(r"(?<!\w)(?:неизвестно|не\s+известно|неясно|не\s+ясно|как\s+планируется|как\s+ожидается"
                   r"|было\s+\w+о,\s+что|стало\s+известно|предполагается|сообщается|подозревают)(?!\w)", re.IGNORECASE)
# "Она настолько волнуется, …", "Сама же она …": the narrator on the speaker (an outlet's report
# tells of people by name and pronoun all along)
ON_THE_SPEAKER = re.compile(r"(?<!\w)(?:он|она|сама?)(?!\w)", re.IGNORECASE)


def argues(reader: Reader, kept: list[Candidate], cand: Candidate, sentence: Span) -> bool:
    """Whether `sentence` goes on with `cand`'s argument (see argued_on)."""
    if NARRATION.match(reader.text, sentence.start) or any(
            sentence.start <= k.stop and k.start < sentence.stop for k in kept if k is not cand):
        return False
    account = as_reported(reader, cand)
    if HEDGE.search(reader.text, sentence.start, sentence.stop) or any(
            sentence.start <= q.open_mark < sentence.stop and (q.speech or not account) for q in reader.quoted):
        return False  # quoted words are another's, but a name in marks goes on in an account
    words = reader.words_between(sentence.start, sentence.stop)
    if any(reader.cue_lemma(w.text) for w in words) or (not account and any(
            e.type == "PER" for e in reader.entities_between(sentence.start, sentence.stop))):
        return False  # another's statement, or a person acting: the narrator's, unless in an account
    outlet = not personal(cand)
    if outlet and not goes_on_reporting(reader, cand, sentence):
        return False
    if not outlet and (ON_THE_SPEAKER.search(reader.text, sentence.start, sentence.stop)
                       or any(role_subject(reader, w.text) for w in words)):
        return False  # "… теледива видит только сына": the narrator speaks of someone by a role
    verbs = finite_verb_parses(reader, words)
    if not verbs:
        # "Очень высока вероятность гроз.", "Важно соблюдать …": a predicate with no verb is a present
        # ("опубликовано на YouTube", a participle, tells what was done)
        return any(p.tag.POS in ("ADJS", "PRED") for w in words if w.text.isalpha() and w.text.islower()
                   for p in reader.parse(w.text)[:1])
    # a person's point goes on in the present or the future, and what happened is the narrator's
    # (measured on every development set: a link back, "Это связано …", "Ведь …", is not needed);
    # an outlet's report goes on over what happened too
    return outlet or any(p.tag.tense != "past" for p in verbs)


def goes_on_reporting(reader: Reader, cand: Candidate, sentence: Span) -> bool:
    """Whether `sentence` goes on with a body's or an outlet's report ("Как сообщает Х, …"): what
    happened, in any tense, as long as no other body acts in it and the newsroom does not speak
    ("Видео опубликовал Telegram-канал Baza", "Редакция направила запрос", "Мы будем следить")."""
    if FIRST_PERSON.search(reader.text, sentence.start, sentence.stop) or NEWSROOM.search(
            reader.text, sentence.start, sentence.stop):
        return False
    if (cand.cue or "").lower().startswith(BY_INFORMATION):
        return True  # what the outlet has learnt, not what it relays from a body: other bodies act in it too
    own = cand.ref.entity.canonical if cand.ref is not None and cand.ref.entity is not None else None
    return not any(e.type == "ORG" and e.canonical != own for e in reader.entities_between(sentence.start, sentence.stop))


NEWSROOM = re.compile(r"(?<!\w)(?:редакци|напомню)", re.IGNORECASE)


def role_subject(reader: Reader, word: str) -> bool:
    """Whether `word` is a person named by a role as a subject ("теледива"), by its first reading
    ("метр" of "полный метр" is a length first)."""
    if not word.isalpha() or not word.islower():
        return False
    parses = reader.parse(word)[:3]
    return parses[0].tag.POS == "NOUN" and parses[0].tag.animacy == "anim" and any(
        p.tag.POS == "NOUN" and p.tag.animacy == "anim" and p.tag.case == "nomn" and p.tag.number == "sing" for p in parses)
