"""Organisations as speakers where the patterns of quotes_reported stop short.

- a document that speaks for its issuer, head first ("В заявлении МИД говорится, что …", "В
  исследовании, опубликованном в журнале Science, говорится, что …") or trailing with the issuer
  as the place of publication ("…, говорится в статье, опубликованной в журнале Nature");
- a statement on an organisation's website ("…, сообщается на сайте мэрии");
- an impersonal passive with its body ("В Минфине было заявлено, что …");
- a trailing "…, сообщает Х" of an organisation at the end of a paragraph covers the whole
  paragraph, after its dateline ("МОСКВА, 3 мая - РИА Новости."), as the guidelines settle.

Written by hand for the reason given in quotes.py; each pattern is a regular expression over the
text, so an article without its trigger words costs one scan.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from svodka.enrich.quotes_clauses import told_before
from svodka.enrich.quotes_direct import Candidate, Spans
from svodka.enrich.quotes_lexicon import SENTENCE_START, SOCIAL, tells_when
from svodka.enrich.quotes_names import in_spans
from svodka.enrich.quotes_reported import announces_topic, candidate
from svodka.enrich.quotes_sources import media_chunk
from svodka.enrich.quotes_speakers import Ref, speaker_after, speaker_before
from svodka.enrich.quotes_text import Reader, Span, glued_stop_at
from svodka.enrich.quotes_units import study_authors

DOCS = (r"доклад\w*|заявлени\w+|сообщени\w+|исследовани\w+|отч[её]т\w*|документ\w*|письм\w+|обращени\w+"
        r"|пресс-релиз\w*|релиз\w*|резолюци\w+|коммюнике|стать[еяи]\w*|публикаци\w+|материал\w*|работ[еы]")
SAYS = r"говорится|сообщается|отмечается|указывается|утверждается|подчеркивается|подчёркивается|уточняется"
# "В заявлении МИД России говорится, что …": the document, its issuer, the verb, the content
HEAD_DOCUMENT = re.compile(
    r"(?:^|(?<=[.!?…»\"\n]\s)|(?<=\n))(?:[Вв]о?|[Нн]а)\s+(?:\w+\s+){0,2}?(?P<doc>" + DOCS + r")(?!\w)"
    r"(?P<mid>[^.!?\n]{0,200}?)\s+(?:" + SAYS + r")\s*(?:,\s*(?:что|будто)\s|:\s)")
# "…, говорится в статье, опубликованной в журнале Nature" / "как говорится в публикации в журнале Science"
TAIL_DOCUMENT = re.compile(
    r"(?<!\w)(?P<kak>[Кк]ак\s+)?(?:" + SAYS + r")\s+в\s+(?:\w+\s+){0,2}?(?P<doc>" + DOCS + r")(?!\w)")
SCHOLARLY = re.compile(r"стать|публикаци|исследовани|работ|материал", re.IGNORECASE)
# the paper's authors between it and where it was published speak through the paper's place
AUTHORS_OF = re.compile(r"\s+(?:исследователей|уч[её]ных|авторов|специалистов|экспертов)(?=[\s,])")
ON_SITE_OF = re.compile(r"\s*,?\s*(?:размещ[её]нн\w+\s+|опубликованн\w+\s+)?на\s+(?:официальном\s+)?(?:сайте|портале|странице)\s+")
PUBLISHED = re.compile(r"\s*,?\s*(?:опубликованн\w+\s+)?(?:в|на)\s+(?=\S)")
# "Исследование, опубликованное в журнале Cell Metabolism, показало, что …": the journal, the only
# issuer named, speaks (silver D's rule), unless the article names the research body; "Исследование
# показало" with none named is nobody's
STUDY_SHOWS = re.compile(
    r"(?<![\w-])(?:[Ии]сследовани[ея]|[Рр]абот[аы]|[Сс]тать[яи])(?P<mid>\s*,\s*опубликованн\w+\s+[^.!?\n]{2,120}?),\s*"
    r"(?P<verb>показал\w*|доказыва\w*|доказал\w*|свидетельству\w*|подтвердил\w*|продемонстрировал\w*|выявил\w*)"
    r"\s*,?\s*что\s")
# "… . Такое мнение выразила врач Х.", "Соответствующее заявление сделал Х", "С таким заявлением
# выступил Х", "Соответствующую информацию предоставил Х": the statement before is Х's, like "Об этом заявил Х" (silver F's rule)
STATED_THUS = re.compile(
    SENTENCE_START + r"(?:(?:Такое|Это|Подобное|Соответствующее|Данное)\s+(?:мнение|заявление|сообщение|предположение"
    r"|утверждение|предупреждение|прогноз)|(?:Такой|Этот|Подобный|Соответствующий|Данный)\s+(?:прогноз|комментарий)"
    r"|(?:Такую|Эту|Подобную|Данную|Соответствующую)\s+(?:оценку|точку\s+зрения|позицию|информацию)"
    r"|С\s+(?:таким|этим|подобным)\s+(?:заявлением|предупреждением|прогнозом))\s+(?:[а-яё]+\s+)?"
    r"(?P<verb>высказал\w*|выразил\w*|сделал\w*|озвучил\w*|дал\w*|выступил\w*|разделя\w*|предоставил\w*"
    r"|распространил\w*|опубликовал\w*)(?!\w)")
# "В Forbes оценили шансы России справиться с кризисом": what was assessed, not the assessment
ASSESSED = re.compile(r"(?<!\w)оцени(?:л|ла|ли|ло|вает|вают)\s+(?:[а-яё]+\s+)?(?:шансы|перспективы|вероятность"
                      r"|риски|ситуацию|последствия)(?!\w)", re.IGNORECASE)
# "В Orbital Insights подготовили отчёт, в котором указано, что …": the report's issuer speaks
WHICH_SAYS = re.compile(r"(?P<doc>" + DOCS + r")\s*,\s+в\s+котор\w+\s+(?P<verb>указано|указывается|говорится|сообщается"
                        r"|отмечается|утверждается)\s*,?\s*что\s")
# "сообщается на сайте мэрии", "сообщается в группе «Хоккейный клуб «Витязь»» в соцсети": a body's own page
ON_SITE = re.compile(r"(?<!\w)(?P<kak>[Кк]ак\s+)?(?:" + SAYS + r")\s+(?:на\s+(?:официальном\s+)?(?:сайте|портале|странице)"
                     r"|в\s+(?:официальном\s+|официальной\s+)?(?:группе|сообществе|аккаунте|блоге|(?:telegram|телеграм)-канале))\s+",
                     re.IGNORECASE)
PASSIVE = re.compile(r"(?<!\w)было\s+(?:заявлено|сказано|отмечено|сообщено|объявлено|подчеркнуто|подчёркнуто)(?!\w)")
ABOUT_THIS = re.compile(r"(?:об\s+этом|о\s+ч[её]м)\s*$", re.IGNORECASE)
DATELINE = re.compile(
    r"(?!(?:Сегодня|Вчера|Завтра|Накануне|Утром|Вечером|Ночью|Днем|Днём)\b)"  # "Сегодня, 3 мая, …" is news, no place
    r"(?:[А-ЯЁA-Z][\w-]*(?:[ -][А-ЯЁA-Z][\w-]*){0,2}[,.]\s+\d{1,2}\s+[а-яё]+\.?(?:\s+\d{4}(?:\s*г\.)?)?"
    r"(?:\s*,\s*[^.,\n]{2,40}|\s*[—–-]+\s*[^.\n]{2,40})?\.\s*"
    r"|[A-ZА-ЯЁ][\w.-]{1,30}\s+[—–-]\s+\d{1,2}\s+[а-яё]+\.\s*)"  # "РИАМО - 3 мая."
    r"(?:/[^/\n]{2,40}/\.?\s*)?"  # "/ТАСС/.", "/Корр. ТАСС Илья Петров/."
    r"(?:[A-ZА-ЯЁ][\w-]*\.(?:RU|ru|COM|com)\s+[—–-]\s+|[А-ЯЁA-Z][а-яёa-z]+\.\s+(?=[А-ЯЁA-Z0-9«\"]))?")  # "INTERFAX.RU - ", "Крыминформ."
NOW_VERBS = frozenset("сообщает передает передаёт пишет информирует".split())
Read = Callable[[Reader, re.Match[str], Spans], Candidate | None]
def is_social(name: str) -> bool:
    """A network, or its accounts: "Instagram", "Instagram-аккаунтах"."""
    return name in SOCIAL or name.split("-")[0] in SOCIAL


ORG_KINDS = ("outlet", "orgnoun", "orgphrase", "title")
FINDING_WORDS = re.compile(r"(?<!\w)(?:выяснил|установил|обнаружил|выявил|пришл\w*\s+к\s+выводу|по\s+словам|по\s+мнению)", re.IGNORECASE)
PARAGRAPH_SENTENCES = 5  # a trailing attribution covers a paragraph of wire copy, not a long one


def bodies(reader: Reader, skip: Spans) -> list[Candidate]:
    """Documents, websites and passives that speak for a named organisation."""
    return by_patterns(reader, skip, ((HEAD_DOCUMENT, head_document), (TAIL_DOCUMENT, tail_document),
                                      (ON_SITE, on_site), (PASSIVE, passive), (STUDY_SHOWS, study_shows),
                                      (STATED_THUS, stated_thus), (WHICH_SAYS, which_says)))


def which_says(reader: Reader, m: re.Match[str], skip: Spans) -> Candidate | None:
    sentence = reader.sentence_of(m.start())
    ref = speaker_before(reader, sentence.start, m.start("doc"), None, skip)
    if ref is None or ref.kind == "anonymous":
        return None
    return candidate(reader, (m.end(), sentence.stop), m.group("verb"), ref, m.start("verb"), 3)


def stated_thus(reader: Reader, m: re.Match[str], skip: Spans) -> Candidate | None:
    sentence = reader.sentence_of(m.start())
    if sentence.start == 0:
        return None  # nothing before it to attribute
    verb = m.group("verb")
    ref = speaker_after(reader, m.end("verb"), sentence.stop, reader.verb_gender(verb), skip)
    if ref is None:
        return None
    span = told_before(reader, sentence)
    if announces_topic(reader, *span) or ASSESSED.search(reader.text, *span):
        return None  # "Х объяснила, почему …. Такое мнение …", "оценили шансы …": a topic before it
    cue = " ".join(reader.text[m.start():m.end()].split())
    return candidate(reader, span, cue[:1].lower() + cue[1:], ref, m.start("verb"), 3)


def study_shows(reader: Reader, m: re.Match[str], skip: Spans) -> Candidate | None:
    ref = issuer_in(reader, m.start("mid"), m.end("mid") + 1, skip, m.group().lstrip())
    if ref is None:
        return None
    sentence = reader.sentence_of(m.start())
    return candidate(reader, (m.end(), sentence.stop), m.group("verb"), ref, m.start("verb"), 3)


def by_patterns(reader: Reader, skip: Spans, readers: tuple[tuple[re.Pattern[str], Read], ...]) -> list[Candidate]:
    """The candidates each pattern's reader makes of its matches outside quoted speech and channels."""
    out: list[Candidate] = []
    for pattern, read in readers:
        for m in pattern.finditer(reader.text):
            if reader.inside_quotes(m.start()) or in_spans(m.start(), skip):
                continue
            found = read(reader, m, skip)
            if found is not None:
                out.append(found)
    return out


def head_document(reader: Reader, m: re.Match[str], skip: Spans) -> Candidate | None:
    ref = issuer_in(reader, m.end("doc"), m.end("mid") + 1, skip, m.group("doc"))
    if ref is None:
        return None
    sentence = reader.sentence_of(m.start())
    cue = " ".join(reader.text[m.start():m.end()].split()).rstrip(" ,:")
    cue = cue.rsplit(",", 1)[0] if cue.endswith((" что", " будто")) else cue
    return candidate(reader, (m.end(), sentence.stop), short_cue(cue, m), ref, m.start(), 3)


def short_cue(cue: str, m: re.Match[str]) -> str:
    """"говорится в заявлении" of "В заявлении МИД говорится": the verb and the document."""
    verb = cue.split()[-1]
    return f"{verb} в {m.group('doc')}"


def tail_document(reader: Reader, m: re.Match[str], skip: Spans) -> Candidate | None:
    sentence = reader.sentence_of(m.start())
    ref = issuer_in(reader, m.end(), sentence.stop, skip, m.group("doc"))
    if ref is None:
        return None
    cue = " ".join(m.group().split())
    cue = cue[:1].lower() + cue[1:]
    # quotes_reported reads "говорится в заявлении Х" too and wins a tie; a site's owner is read here only
    rank = 2 if ON_SITE_OF.match(reader.text, m.end()) else 3
    head = reader.text[sentence.start:m.start()].strip(" ,—–-")
    if ABOUT_THIS.search(head):
        return candidate(reader, told_before(reader, sentence), cue, ref, m.start(), rank)
    if len(reader.words_between(sentence.start, m.start())) >= 3:
        return candidate(reader, (sentence.start, m.start()), cue, ref, m.start(), rank)
    comma = reader.text.find(",", m.end(), sentence.stop)
    while comma > 0 and reader.text[comma:comma + 15].lstrip(", ").startswith("опубликованн"):
        comma = reader.text.find(",", comma + 1, sentence.stop)
    return candidate(reader, (comma, sentence.stop), cue, ref, m.start(), rank) if comma > 0 else None


def issuer_in(reader: Reader, start: int, stop: int, skip: Spans, document: str) -> Ref | None:
    """The issuer of a `document` ("заявлении", "статье"): an organisation or person named right after it
    ("заявлении МИД", "докладе ВОЗ"), or for a scholarly paper the research body the article names
    (study_authors), else the journal or site it was published in ("статье, опубликованной в журнале
    Science"; a decree "на портале правовых актов" is not the portal's)."""
    scholarly = SCHOLARLY.match(document) is not None
    authors = AUTHORS_OF.match(reader.text, start, stop) if scholarly else None
    start = authors.end() if authors is not None else start  # "в статье исследователей, опубликованной в …"
    gap = reader.text[start:stop]
    comma = gap.find(",")
    near = stop if comma < 0 else start + comma
    first = next((e for e in reader.entities_between(start, stop) if not in_spans(e.start, skip)), None)
    if (first is not None and first.stop <= near and not is_social(first.text)
            and len(reader.words_between(start, first.start)) <= 1):
        return Ref("entity", first.start, first.stop, first)  # "в заявлении МИД", "в сообщении пресс-службы МЧС"
    site = ON_SITE_OF.match(gap)
    study = study_authors(reader, document) if site is not None or PUBLISHED.match(gap) is not None else None
    if study is not None:
        # "говорится в исследовании, опубликованном на портале Eurekalert": the study's authors, the research
        # body the article names, speak; the journal or the site only published them
        return study
    if site is not None:
        # "в сообщении на сайте компании": the site's owner
        start = start + site.end()
        first = next((e for e in reader.entities_between(start, stop) if not in_spans(e.start, skip)), None)
        if first is not None and first.start - start <= 2 and not is_social(first.text):
            return Ref("entity", first.start, first.stop, first)
        near = max(near, start)
    published = PUBLISHED.match(gap)
    if site is not None or published is None or not scholarly:
        # "в сообщении посольства": a body named by its common noun, the one the article is about
        ref = speaker_after(reader, start, near, None, skip, subject=False) if near > start else None
        return ref if ref is not None and ref.kind in ("orgnoun", "orgphrase") else None
    place = [w for w in reader.words_between(start + published.end(), stop) if w.text not in "«\"„“"][:4]
    # "в журнале Science", "на научном сайте EurekAlert": the name after the genre words
    name = next((w for w in place if not w.text.islower()), None)
    if name is None or not name.text[:1].isalnum():
        return None
    named = reader.entity_at(name.start)
    if named is not None and named.type == "ORG" and not is_social(named.text):
        return Ref("entity", named.start, named.stop, named)
    chunk = media_chunk(reader, name.start)
    return Ref("title", chunk[0], chunk[1]) if chunk is not None and not is_social(chunk[2]) else None


def on_site(reader: Reader, m: re.Match[str], skip: Spans) -> Candidate | None:
    """"…, сообщается на сайте мэрии Москвы", "Об этом сообщается на сайте Минздрава"."""
    sentence = reader.sentence_of(m.start())
    ref = speaker_after(reader, m.end(), sentence.stop, None, skip, subject=False)
    if ref is None or ref.kind in ("pronoun", "role", "anonymous") or (
            ref.entity is not None and is_social(ref.entity.text)):
        return None  # "на странице училища во ВКонтакте": the page's owner, not the network
    cue = " ".join(m.group().split())
    cue = cue[:1].lower() + cue[1:]
    head = reader.text[sentence.start:m.start()].strip(" ,—–-")
    if ABOUT_THIS.search(head):
        return candidate(reader, told_before(reader, sentence), cue, ref, m.start(), 3)
    if len(reader.words_between(sentence.start, m.start())) >= 3:
        return candidate(reader, (sentence.start, m.start()), cue, ref, m.start(), 3)
    return None


def passive(reader: Reader, m: re.Match[str], skip: Spans) -> Candidate | None:
    """"В Минфине было заявлено, что …", "Об этом было заявлено в МИД России"."""
    sentence = reader.sentence_of(m.start())
    ref = located(reader, sentence.start, m.start(), skip) or located(reader, m.end(), sentence.stop, skip)
    if ref is None:
        return None
    head = reader.text[sentence.start:m.start()]
    that = re.match(r"\s*(?:в\s+\S+\s+)?,\s*(?:что|будто)\s", reader.text[m.end():sentence.stop])
    that = that or re.match(r"[^,]{0,60},\s*(?:что|будто)\s", reader.text[m.end():sentence.stop])
    if ABOUT_THIS.search(head.split(" в ")[0] if head.lower().startswith(("об этом", "о чем", "о чём")) else head):
        return candidate(reader, told_before(reader, sentence), m.group(), ref, m.start(), 3)
    if that is not None:
        return candidate(reader, (m.end() + that.end(), sentence.stop), m.group(), ref, m.start(), 2)
    return None


def located(reader: Reader, start: int, stop: int, skip: Spans) -> Ref | None:
    """"в Минфине": an organisation in the locative, the body a passive statement came from."""
    for e in reader.entities_between(start, stop):
        before = reader.text[max(start, e.start - 4):e.start].lower().split()
        if e.type == "ORG" and not in_spans(e.start, skip) and before[-1:] in (["в"], ["во"], ["«в"]):
            return Ref("entity", e.start, e.stop, e)
    return None


def widened(reader: Reader, kept: list[Candidate]) -> None:
    """Datelines off every quotation's start; a trailing organisation's attribution at a paragraph's
    end ("…, сообщает ТАСС.") stretched over the paragraph, when nothing else is quoted in it."""
    for cand in kept:
        para = reader.paragraphs[reader.paragraph_of(cand.start)]
        if para.start <= cand.start < after_dateline(reader, para) < cand.stop:
            # from the paragraph's start, or from inside the dateline the segmenter cut into
            # sentences ("Москва. 2 мая. INTERFAX.RU - …")
            cand.start = after_dateline(reader, para)
        if not ends_paragraph(reader, cand) or not organisation(cand.ref):
            continue
        start = after_dateline(reader, para)
        if start == para.start and not reporting_now(cand.cue) and not told_in_body(reader, cand):
            continue  # "…, сообщили исследователи.": a past report at a paragraph's end is its sentence's
        sentences = [s for s in reader.sentences if para.start <= s.start < cand.start]
        if (start < cand.start and reader.paragraph_of(cand.start) > 0 and len(sentences) < PARAGRAPH_SENTENCES
                and not any(para.start <= k.stop <= cand.start and k is not cand for k in kept)):
            cand.start = unattributed_from(reader, sentences, start, cand.start)


def unattributed_from(reader: Reader, sentences: list[Span], first: int, start: int) -> int:
    """How far back the wire's attribution reaches: over the sentences before it that report
    nobody else ("Артистка утверждает, …", "Врач акцентировал внимание на том, что …" are theirs)."""
    for sentence in reversed(sentences):
        begin = max(first, sentence.start)
        if begin >= start:
            continue
        words = reader.words_between(begin, start)
        if not any(w.text.isalnum() for w in words):
            continue  # the opening mark of the attributed sentence itself
        if reports_anyone(reader, begin, start) or FINDING_WORDS.search(reader.text, begin, start):
            return start
        start = begin
    return start


def reports_anyone(reader: Reader, start: int, stop: int) -> bool:
    """Whether [start, stop) has a cue of its own or quotes anyone: a sentence of another's report."""
    return any(reader.cue_lemma(w.text) or reader.inside_quotes(w.start) for w in reader.words_between(start, stop))


def ends_paragraph(reader: Reader, cand: Candidate) -> bool:
    """A trailing attribution: the quotation opens its sentence, the cue ends it and the paragraph."""
    sentence: Span = reader.sentence_of(cand.at)
    para = reader.paragraphs[reader.paragraph_of(cand.at)]
    opens = not reader.text[sentence.start:cand.start].strip(" \u00a0«\"—–-")
    # "…, сообщает Примпогода.Во Владивостоке …": a paragraph glued to the next by a lost line break ends there
    glued = glued_stop_at(reader.text, sentence.stop - 1)
    return opens and cand.at > cand.stop and (glued or not reader.text[sentence.stop:para.stop].strip())


def told_in_body(reader: Reader, cand: Candidate) -> bool:
    """"…, сообщили в уфимском планетарии": a body's statement, given out as the wire's is; but not
    over sentences that tell of an organisation ("Учёные Института … изучили спаржу. …, сообщили в
    Институте …": what they did, then what they said)."""
    para = reader.paragraphs[reader.paragraph_of(cand.at)]
    after = reader.words_between(cand.at, cand.at + 60)[1:4]
    if not after or after[0].text.lower() not in ("в", "во"):
        return False
    # "в уфимском планетарии", "в пресс-релизе полиции"; not "в пятницу", "в 12:00"
    when = len(after) < 2 or tells_when(after[1].text) or not after[1].text.replace("-", "").isalpha()
    return not when and not any(e.type == "ORG" for e in reader.entities_between(para.start, cand.start))


def reporting_now(cue: str | None) -> bool:
    """"сообщает", "передаёт", "пишет": the present of a wire report, which covers its paragraph."""
    # "сообщается в пресс-релизе", "сообщается на сайте": the impersonal present of a report, as "сообщает"
    return cue is not None and (cue.lower() in NOW_VERBS or cue.lower().startswith("сообщается "))


def organisation(ref: Ref | None) -> bool:
    if ref is None:
        return False
    return ref.kind in ORG_KINDS or (ref.kind == "entity" and ref.entity is not None and ref.entity.type == "ORG")


def after_dateline(reader: Reader, para: Span) -> int:
    m = DATELINE.match(reader.text, para.start, para.stop)
    return m.end() if m is not None and m.end() < para.stop else para.start
