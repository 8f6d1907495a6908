"""Statements made with a noun phrase instead of a clause (tests/data/README_quotes.md, silver sets):

* a forecast or a promise: "Аналитик прогнозирует дефицит бюджета в 5,5%", "Синоптики предсказали грозу", "Банк
  ожидает курс доллара в районе 70 рублей";
* a charge: "Разин обвинил власти в смерти солистки", "Врач подозревает коллегу в скрытой рекламе";
* an admission or a confirmation of a state of affairs or an event: "Нацбанк признал ускорение инфляции",
  "Министр подтвердил готовность России к проведению матчей", "подтвердил уход замминистра", and of the
  news's content: "подтвердил информацию о приостановке переговоров";
* a possibility not excluded or allowed: "Вице-президент клуба не исключает трёхсторонние обмены", "допускает уход";
* a demand: "Шукшина требует немедленного ареста афериста";
* a hope: "Премьер выразил надежду на скорое возобновление сезона", "надеется на возвращение", "рассчитывает на …";
* a naming's quoted words: "Режиссёр назвал произошедшее «чистой воды цензурой»" (direct speech).

The text is the noun phrase to the end of its clause; the speaker is the verb's subject, named (a
pronoun or a role resolves as anywhere else; an anonymous one is no speaker). Topics are not
statements, so a plain object ("подтвердил информацию" with nothing after it, "признал ошибку") counts only
after the verbs whose object is a content by itself (forecasts, charges, "не исключает").
"""

from __future__ import annotations

import re

from svodka.enrich.entity_lexicon import KIN_LEMMAS
from svodka.enrich.quotes_bodies import by_patterns
from svodka.enrich.quotes_direct import Candidate, Spans, trimmed
from svodka.enrich.quotes_findings import STATE_NOUN, verb_token
from svodka.enrich.quotes_lexicon import PREPOSITIONS, tells_when
from svodka.enrich.quotes_reported import candidate
from svodka.enrich.quotes_speakers import speaker_before
from svodka.enrich.quotes_text import Reader

FORECAST = re.compile(r"(?<!\w)(?<!не\s)(?P<verb>с?прогнозиру(?:ет|ют)|с?прогнозировал[аи]?|предсказ(?:ал|ала|али|ывает|ывают)"
                      r"|предрека(?:ет|ют|л|ла|ли)|ожида(?:ет|ют)|(?:по)?обеща(?:ет|ют|л|ла|ли))\s+(?=\w)", re.IGNORECASE)
# "прогнозируют 6-7 мая в Украине дожди", "на следующей неделе в Киевской области грозу": when and
# where before what is forecast
_MONTHS = r"(?:январ|феврал|март|апрел|ма[йяюе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*"
WHEN_WHERE = re.compile(
    r"(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+" + _MONTHS + r"|(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу"
    r"|субботу|воскресенье)|на\s+(?:следующей|этой|будущей|предстоящей)\s+неделе|на\s+выходн\w+|завтра|сегодня"
    r"|дн[её]м|ночью|утром|вечером|(?:в|во|на)\s+[А-ЯЁ][\w-]*(?:\s+(?:област|кра[ея]|район)\w*)?)[\s,]+")
CHARGE = re.compile(r"(?<!\w)(?P<verb>обвини(?:л|ла|ли)|обвиня(?:ет|ют)|подозрева(?:ет|ют|л|ла|ли)|заподозри(?:л|ла|ли))\s+"
                    r"(?:[^\s.!?]+\s+){0,7}?во?\s+(?!том\b)(?=[^\W\d])", re.IGNORECASE)  # "главу кабмина, шиита Нури аль-Малики в …"
# one word after "обвинил X в" that is when, where or how it was said, not a charge ("обвинил Байдена в
# среду", "в эфире", "в итоге"); any other word may be one ("в мошенничестве", "во лжи")
NOT_CHARGES = frozenset("""понедельник вторник среда четверг пятница суббота воскресенье январь февраль март апрель
    май июнь июль август сентябрь октябрь ноябрь декабрь ответ итог частность эфир соцсеть сеть интервью
    заявление суд связь блог твиттер инстаграм телеграм микроблог обращение эфир конце начале""".split())
ADMITTED = re.compile(r"(?<!\w)(?P<verb>призна(?:л|ла|ли|ет|ют)|подтверди(?:л|ла|ли)|подтвержда(?:ет|ют))\s+(?=[^\W\d])",
                      re.IGNORECASE)
# "требует немедленного ареста афериста": a demand made with a noun phrase (an infinitive is a call's)
DEMAND = re.compile(r"(?<!\w)(?P<verb>требу(?:ет|ют)|(?:по)?требова(?:л|ла|ли))\s+(?:от\s+[^\s,.;:!?]+\s+)?(?=[^\W\d])",
                    re.IGNORECASE)  # "требует от полиции немедленного ареста"
NOT_EXCLUDED = re.compile(r"(?<!\w)не\s+(?P<verb>исключа(?:ет|ют|л|ла|ли)|исключил[аи]?)\s+(?=[^\W\d])",
                          re.IGNORECASE)
# "допускает уход из клуба", "допустили риск появления …": a possibility allowed ("не допускает" forbids)
ALLOWED = re.compile(r"(?<!\w)(?<!не\s)(?P<verb>допуска(?:ет|ют|л|ла|ли)|допусти(?:л|ла|ли))\s+(?=[^\W\d])",
                     re.IGNORECASE)
# what one allows as possible; the past "допустил" with any other noun committed it ("допустил утечку",
# "ошибку") or let someone in ("допустила сборную к отбору")
POSSIBILITIES = frozenset("риск возможность вероятность вариант сценарий уход переход отставка".split())
TIME_NOUNS = frozenset("год месяц неделя день час минута время".split())  # "обещал … два года назад"
# "выразил надежду на скорое возобновление сезона", "надеется на благополучное возвращение", "рассчитывает на
# конструктивное воздействие": a hope
HOPE = re.compile(r"(?<!\w)(?P<verb>выразил[аи]?\s+надежду|выража(?:ет|ют)\s+надежду|наде(?:ется|ются|ялся|ялась|ялись)"
                  r"|рассчитыва(?:ет|ют|л|ла|ли))"
                  r"\s+на\s+(?=[^\W\d])", re.IGNORECASE)
# "назвал произошедшее «чистой воды цензурой»": the quoted words of a naming are direct speech
# (silver M's and R's rule); a quoted name ("назвал фильм «Шугалей» лучшим") opens with a capital
NAMING = re.compile(r"(?<!\w)(?P<verb>назвал[аи]?|называ(?:ет|ют|л|ла|ли)|назвав)\s+(?:[^\s.,;!?«\"“]+\s+){0,8}?"
                    r"(?P<mark>[«\"“])(?=(?-i:[а-яё]))", re.IGNORECASE)
AND_VERB = re.compile(r"\s+и\s+([^\W\d]+)")
# words after the verb that make it no statement with a noun phrase: a clause, a pronoun object, a topic
NOT_CONTENT = frozenset("что чтобы это этого то того его её ее их себя свою свой своё свои".split())


def stances(reader: Reader, skip: Spans) -> list[Candidate]:
    """The statements made with a noun phrase (the module's docstring)."""
    return by_patterns(reader, skip, ((FORECAST, stance), (CHARGE, stance), (ADMITTED, admitted), (DEMAND, demand),
                                      (NOT_EXCLUDED, stance), (ALLOWED, stance), (HOPE, stance), (NAMING, naming)))


def naming(reader: Reader, m: re.Match[str], skip: Spans) -> Candidate | None:
    """"назвал ограничительные меры «фашистскими»": the words in the marks, the verb's subject's."""
    quoted = next((q for q in reader.quoted if q.open_mark == m.start("mark") and q.close_mark > q.start), None)
    verb = verb_token(reader, m.start("verb"))
    before = reader.words_between(m.start(), m.start("mark"))
    if quoted is None or verb is None or (before and before[-1].text.lower() in PREPOSITIONS):
        return None  # "назвал дату встречи с «представителями бизнеса»": the words after a preposition
    sentence = reader.sentence_of(m.start())
    ref = speaker_before(reader, sentence.start, verb.start, reader.verb_gender(verb.text), skip)
    if ref is None or ref.kind == "anonymous":
        return None
    start, stop = trimmed(reader, quoted.start, quoted.stop)
    if stop <= start or not instrumental(reader, start, stop):
        return None
    return Candidate(start, stop, True, verb.text, ref, verb.start, 4)


def instrumental(reader: Reader, start: int, stop: int) -> bool:
    """Whether the quoted words are what something was named: a noun in the instrumental
    («чистой воды цензурой»), or adjectives alone that may be («фашистскими»); "назвал признаки
    «карантинной депрессии»" quotes a term of the object, in the genitive."""
    parses = [reader.parse(w.text.lower()) for w in reader.words_between(start, stop) if w.text.isalpha()]
    nouns = [ps for ps in parses if ps[0].tag.POS == "NOUN"]
    return any(p.tag.case == "ablt" for ps in (nouns or parses) for p in ps)


def admitted(reader: Reader, m: re.Match[str], skip: Spans) -> Candidate | None:
    """"признал ускорение инфляции", "подтвердил уход замминистра": only a noun of a state, an action or
    an event, and no naming ("ВОЗ признала распространение вируса пандемией"); "подтвердил информацию о
    приостановке переговоров" (or ", что …") confirms what the news says."""
    sentence = reader.sentence_of(m.start())
    news = NEWS_CONFIRMED.match(reader.text, m.end())
    if news is not None and m.group("verb").lower().startswith("подтвер"):
        return stance(reader, m, skip, news.end())
    head = object_head(reader, m.end(), sentence.stop)
    if head is None or not (STATE_NOUN.search(head) or reader.lemma(head) in EVENTS) \
            or named_as(reader, m.end(), sentence.stop):
        return None
    return stance(reader, m, skip)


# "подтвердил информацию о …", "подтвердила сведения, что …": the news confirmed, its content what is said
NEWS_CONFIRMED = re.compile(r"(?:эту\s+|данную\s+)?(?:информацию|сведения|данные|слухи|сообщения|новость)"
                            r"(?:\s+(?:о|об)\s+|\s*,\s*(?:что|будто)\s+)(?=[^\W\d])", re.IGNORECASE)
# events a person or a body confirms or admits, not nouns of a state by their shape ("подтвердил уход
# Реморенко", "интерес клуба к футболисту", "отставку министра")
EVENTS = frozenset("уход отставка перевод переход отказ интерес арест смерть диагноз визит приезд".split())


def demand(reader: Reader, m: re.Match[str], skip: Spans) -> Candidate | None:
    """"требует немедленного ареста": a person's or a body's demand; "Ситуация в банке требует
    вмешательства" is a thing's need, its subject a common noun before the speaker found."""
    sentence = reader.sentence_of(m.start())
    for w in reader.words_between(sentence.start, m.start()):
        parse = reader.parse(w.text.lower())[0] if w.text.isalpha() else None
        if parse is not None and parse.tag.POS == "NOUN" and parse.tag.case == "nomn" and reader.entity_at(w.start) is None \
                and (reader.role_parse(w.text) is None or reader.lemma(w.text.lower()) in KIN_LEMMAS):
            return None
    return stance(reader, m, skip)


def stance(reader: Reader, m: re.Match[str], skip: Spans, content: int | None = None) -> Candidate | None:
    """The noun phrase after the verb (after "в" of a charge; from `content`, when given) to the end of
    its clause, with the verb's subject."""
    verb = verb_token(reader, m.start("verb"))
    sentence = reader.sentence_of(m.start())
    # "обещал избирателям два года назад": no object after whom
    begin = past_addressee(reader, m) if content is None else content
    head_at = after_when_where(reader, m) if m.re is FORECAST and begin == m.end() else begin
    head = object_head(reader, head_at, sentence.stop)
    if verb is None or head is None or reader.lemma(head) in TIME_NOUNS or (
            m.re is ALLOWED and reader.lemma(head) not in POSSIBILITIES):
        return None
    expecting = verb.text.lower().startswith("ожида")
    if expecting and reader.parse(head)[0].tag.animacy == "anim":
        return None  # "какая погода ожидает москвичей": who meets it, not what is expected
    gender = reader.verb_gender(verb.text)
    ref = speaker_before(reader, sentence.start, verb.start, gender, skip)
    if ref is None or ref.kind == "anonymous" or (
            gender == "plur" and ref.entity is not None and ref.entity.type == "PER"):
        return None  # "Зильбера обвинили в …": one person is the object of a plural verb, not its subject
    if expecting and object_first(reader, ref.start):
        return None  # "Бывшего мэра Сергея Иванова ожидает суд": whom it awaits, then what
    cue = " ".join(reader.text[m.start():verb.stop].split())
    # a charge may be one word: "обвинила бизнесмена в мошенничестве" (not "обвинил Байдена в среду")
    one_word = m.re is CHARGE and reader.lemma(head) not in NOT_CHARGES and not tells_when(head)
    return candidate(reader, (begin, phrase_stop(reader, begin, sentence.stop)), cue, ref, verb.start, 4,
                     min_words=1 if one_word else 2)


def after_when_where(reader: Reader, m: re.Match[str]) -> int:
    """Where a forecast's object begins, after the dates and places put before it."""
    pos = m.end()
    while (lead := WHEN_WHERE.match(reader.text, pos)) is not None:
        pos = lead.end()
    return pos


def past_addressee(reader: Reader, m: re.Match[str]) -> int:
    """Where a promise's object begins, after the ones it is made to ("обещает жителям Саратова
    облачность", "столице бурю"); elsewhere the verb's end."""
    words = reader.words_between(m.end(), m.end() + 60)
    if "обеща" not in m.group("verb").lower() or not words or not dative(reader, words[0].text):
        return m.end()
    k = 1  # over the name whose people they are: "жителям Саратова", not the object "победы"
    while k < len(words) and words[k].text[:1].isupper() and reader.parse(words[k].text.lower())[0].tag.case == "gent":
        k += 1
    return words[k].start if k < len(words) else m.end()


def dative(reader: Reader, word: str) -> bool:
    """Whether `word` can be a dative: whom a promise is made to."""
    return word.isalpha() and any(p.tag.case == "datv" for p in reader.parse(word.lower())[:2])


def object_first(reader: Reader, start: int) -> bool:
    """Whether the phrase at `start`, or the word before it, is an accusative and no nominative
    ("Сергея Иванова", "Компанию Tesla"): an object put before the verb, its subject after it."""
    k = reader.word_index(start)
    words = [w for w in reader.words[max(0, k - 1):k + 1] if w.text.isalpha()]
    cases = [{p.tag.case for p in reader.parse(w.text.lower())[:4] if p.tag.POS == "NOUN"} for w in words]
    return any("accs" in c and "nomn" not in c for c in cases)


def phrase_stop(reader: Reader, start: int, stop: int) -> int:
    """Where a noun phrase's content ends: at "и" before a finite verb, the speaker's next act
    ("обвинила главу кабмина в узурпации власти и приостановила участие в работе парламента"), or at a
    colon opening the speaker's own words ("подтвердил уход замминистра: «Да, он уходит»")."""
    colon = reader.text.find(":", start, stop)
    if colon > start:
        stop = colon
    for m in AND_VERB.finditer(reader.text, start, stop):
        if reader.parse(m.group(1).lower())[0].tag.POS == "VERB":
            return m.start()
    return stop


def object_head(reader: Reader, start: int, stop: int) -> str | None:
    """The first noun of the noun phrase at `start` (over its adjectives), None when the words there
    are no noun phrase: a clause, a pronoun, an infinitive, a name."""
    last = None
    for w in reader.words_between(start, stop)[:6]:
        low = w.text.lower()
        if last == "ADJF" and low in (",", "но", "и"):
            continue  # "теплую, но мокрую погоду": adjectives joined
        if not low.isalpha() or low in NOT_CONTENT or not w.text.islower():
            return None
        pos = last = reader.parse(low)[0].tag.POS
        if pos == "NOUN":
            return low
        if pos not in ("ADJF", "PRTF", "ADVB", "NUMR"):
            return None
    return None


def named_as(reader: Reader, start: int, stop: int) -> bool:
    """Whether the clause has a noun or adjective in the instrumental only ("признала … пандемией",
    "признан лучшим"): what something was named, not a state of affairs."""
    for w in reader.words_between(start, stop):
        if w.text in ",;:":
            return False
        parses = reader.parse(w.text.lower())[:2] if w.text.isalpha() else []
        if parses and all(p.tag.case == "ablt" and p.tag.POS in ("NOUN", "ADJF") for p in parses):
            return True
    return False
