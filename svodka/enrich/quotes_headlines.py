"""Headlines and lines that speak for someone without a speech verb: "Онищенко: Мы …", "… -
эксперт", link titles glued into a body line ("…МГБ ПМР: Евгений Шевчук и …"), and a statement
signed by its author at the end ("Президент Евгений Шевчук")."""

from __future__ import annotations

import re

from svodka.enrich.linking import SURNAME_PARTICLES, initials
from svodka.enrich.quotes_direct import FIRST_PERSON, Candidate, Spans, trimmed
from svodka.enrich.quotes_groups import described_group
from svodka.enrich.quotes_lexicon import RESEARCH_BODIES
from svodka.enrich.quotes_marks import GLUED_TITLE
from svodka.enrich.quotes_names import Ref
from svodka.enrich.quotes_reported import listed
from svodka.enrich.quotes_sources import is_known, only_reported_outlet
from svodka.enrich.quotes_speakers import CITING, cited, speaker_after, speaker_before
from svodka.enrich.quotes_text import Reader, Span
from svodka.enrich.quotes_units import only_body_of_kind

TEASER_BREAK = re.compile(r"[ \u00a0]?(?:\.\.\.|…)[ \u00a0]?(?=\S)|(?<=[а-яё!?])(?=[А-ЯЁ][а-яёА-ЯЁ])")
# a speaker's own voice: what tells speech printed without marks from narration
STATEMENT_WORDS = frozenset("нет не я мы мне нам меня нас".split())
# "Недвед о приглашении:", "Тер Штеген — о новом контракте:": the speaker, then what about
ABOUT_LABEL = re.compile(r"(\S+(?:\s+\S+){0,2}?)\s+(?:[-—–]\s+)?(?:о|об|про)\s")
# Generic labels of a headline ("… - СМИ", "Источник: …", "… – Медики") stand for the one outlet or
# institution the article is built on (the guidelines' rule, settled on silver E and I).
OUTLET_LABELS = frozenset("сми источник источники".split())
STAFF_LABELS = frozenset("медики ученые учёные исследователи".split())
GENERIC_LABELS = OUTLET_LABELS | STAFF_LABELS
# the words in marks, then a colon or a full stop before the clause that says who said them ("«Люблю тебя
# сильно». Виктория Бекхэм поздравила …"); two apostrophes stand for a double mark in some feeds
QUOTED_LABEL = re.compile(r"(?:[«\"“„]|'')(?P<said>[^«»\"“”„']{3,200})(?:[»\"”“]|'')\s*(?::|\.(?=\s+[А-ЯЁA-Z]))\s+")
BRACKET_TAG = re.compile(r"\s\(([^()]{2,40})\)$")  # "… (Mundo Deportivo)": who reports the headline
LATIN = re.compile(r"[A-Z][A-Za-z.&' -]+")  # "(фото)", "(видео)", "(обновлено)" are no outlets
# Latin rubric tags ("(VIDEO)", "(UPD)") are no outlets either; an outlet is named again in the body
RUBRIC_TAGS = frozenset("video photo foto live upd update tv online infographics".split())


def headline(reader: Reader, skip: Spans) -> list[Candidate]:
    """'Онищенко: Мы …' and '… придется потесниться - эксперт' in the first line."""
    if not reader.paragraphs:
        return []
    first: Span = reader.paragraphs[0]
    para = Span(first.start, reader.glued(first.start, first.stop))  # the headline, without body glued on
    line = reader.text[para.start:para.stop]
    indent = len(line) - len(line.lstrip())  # a zero-width space before "Фигу: «…»" reads as a space
    para, line = Span(para.start + indent, para.stop), line[indent:]
    colon = line.find(":")
    rubric_end = line.rfind(". ", 0, colon) + 2 if colon > 0 and line.rfind(". ", 0, colon) > 0 else 0
    if rubric_end:  # "НБА. Майк Батист: …": a section's name before the speaker
        para = Span(para.start + rubric_end, para.stop)
        line, colon = line[rubric_end:], colon - rubric_end
    return listed(quoted_label(reader, para, line, skip) or colon_label(reader, para, line, skip)
                  or credited_outlet(reader, para, line) or dash_tag(reader, para, line, skip))


def quoted_label(reader: Reader, para: Span, line: str, skip: Spans) -> Candidate | None:
    """"«Как же здорово уметь дружить»: Анастасия Волочкова устроила …", "«Реалистичность крайне
    низка»: Вирусолог ответил …": words in marks before the colon are what the subject of the verb
    after it said (silver F's "«term»: X verb" rule)."""
    m = QUOTED_LABEL.match(line)
    if m is None or len(m.group("said").split()) < 2:
        return None  # one word in marks is a name
    if quoted_name(reader, para.start + m.start("said"), para.start + m.end("said"), para.stop):
        return None  # "«Игра престолов»: HBO выпустит приквел": a quoted name, a title
    rest = para.start + m.end()
    verb = next((w for w in reader.words_between(rest, para.stop)[:6]
                 if w.text.isalpha() and reader.parse(w.text.lower())[0].tag.POS == "VERB"), None)
    if verb is None:
        return None
    gender = reader.verb_gender(verb.text)
    ref = speaker_before(reader, rest, verb.start, gender, skip)
    if ref is None or ref.kind in ("anonymous", "pronoun") or (
            gender == "plur" and ref.entity is not None and ref.entity.type == "PER"):
        return None  # "Рудковскую крепко приложили": one person is the object of a plural verb
    if gender == "plur" and not (ref.kind == "entity" and ref.start < para.stop):
        return None  # "«…»: ученые поспорили": a group that argues, not a body the headline names
    if m.group().rstrip()[-1] == "." and (ref.kind != "entity" or ref.entity is None or ref.entity.type != "PER"):
        # after a full stop the clause need not be about the words: only a person named there has said them
        # ("«Люблю тебя сильно». Виктория Бекхэм поздравила …", not "«…». Представители ФОП рассказали …")
        return None
    start, stop = trimmed(reader, para.start + m.start("said"), para.start + m.end("said"))
    return Candidate(start, stop, True, None, ref, para.start, 1)


def quoted_name(reader: Reader, start: int, stop: int, after: int) -> bool:
    """Whether the words in marks at `start`..`stop` are a name, or about one: an entity covers them all and
    is one word, begins with a proper name («Шарлотта невероятная») or is named again in the body after
    `after` («Игра престолов»); or an entity begins them and no verb follows. The tagger calls phrases in
    marks names too («Настоящий друг»: Дубцова поздравила …), and "«Россия забрала Крым …»" is a clause
    that begins with one."""
    entity = reader.entity_at(start)
    if entity is None:
        return False
    if entity.stop < stop:
        return not any(w.text.isalpha() and reader.parse(w.text.lower())[0].tag.POS == "VERB"
                       for w in reader.words_between(entity.stop, stop))
    name = reader.text[start:stop]
    stem = name.lower()[:max(3, len(name) - 2)]
    first = name.split()[0].lower() if name.split() else ""
    proper = any(t in reader.parse(first)[0].tag for t in ("Name", "Surn", "Geox", "Orgn")) if first.isalpha() else True
    return (" " not in name.strip() or proper
            or any(e.start >= after and e.text.lower().startswith(stem) for e in reader.entities))


def closing_title(reader: Reader, skip: Spans) -> list[Candidate]:
    """A link to another story left as the article's last line, with no full stop ("Черышев о
    нарушении карантина: Я не разобрался в ситуации"): a headline of its own, read as one."""
    if len(reader.paragraphs) < 3:
        return []
    last = reader.paragraphs[-1]
    line = reader.text[last.start:last.stop].rstrip()
    colon = line.find(":", 0, 80)
    # "Вызов сталеварам: как на Западе спасают …": a title's topic after the colon, not words said
    if not line or line[-1] in ".!?…»\"”)" or colon < 0 or line[colon + 1:].lstrip()[:1].islower():
        return []
    return listed(colon_label(reader, Span(last.start, last.start + len(line)), line, skip))


def colon_label(reader: Reader, para: Span, line: str, skip: Spans) -> Candidate | None:
    """"Онищенко: Мы …", "Недвед о приглашении в Интер: За Жозе пошел бы …": the speaker before the colon."""
    colon = line.find(":")
    # "Недвед о приглашении в Интер: За Жозе пошел бы …": the speaker, then what about
    about = ABOUT_LABEL.match(line, 0, colon) if colon > 0 else None
    label = about.end(1) if about is not None else colon
    # "Недвед:" is a name the tagger found, whatever the dictionary guesses; "Здоровье:" a rubric
    # or a name the body tags as a person's ("Марсело: …" when "Защитник Реала Марсело" follows)
    # (pymorphy3 guesses "Марсело" a verb in -ло)
    label_text = line[:label].strip()
    person = any(e.type == "PER" and label_text in (e.text, e.normal) for e in reader.entities)
    named = person or reader.entity_at(para.start) is not None
    generic = line[:label].strip().lower() in GENERIC_LABELS
    if not (0 < colon < 80 and len(line[:label].split()) <= 4 and (named or generic or not rubric(reader, line[:label]))
            and (person or not clause(reader, para.start, para.start + colon))):
        return None
    ref = generic_label(reader, line[:label], para.stop, skip) if generic else speaker_after(
        reader, para.start, para.start + label, None, skip, subject=False)  # "Фигу:" is no object
    start, stop = trimmed(reader, para.start + colon + 1, para.stop)
    titled = ref is not None and any(reader.text[i:i + 1] in ("«", '"') for i in (ref.start - 1, ref.start)
                                     if i >= para.start)
    # "Директор Ювентуса: …": a role, resolved to the person the body introduces with it
    # "«Вот это тёлочка»: …": a quoted phrase is somebody's words, not a role naming a speaker
    quoted_label = line[:label].strip()[:1] in ("«", '"', "“")
    if quoted_label and not label_names_body(reader, line[:label], ref, para.stop):
        return None  # "«Шарлотта невероятная»: …", "«Гора» мышц: …": a quoted phrase, not a speaker
    if ref is not None and (ref.kind in ("entity", "role") or generic) and says(reader, start, stop, titled):
        return Candidate(start, stop, True, None, ref, para.start, 1)
    return None


def credited_outlet(reader: Reader, para: Span, line: str) -> Candidate | None:
    """"У Ракитича больше шансов на переход в Тоттенхэм (Mundo Deportivo)": the outlet that reports
    the headline, named again in the body; not a rubric tag ("(VIDEO)") nor a spelled-out abbreviation."""
    bracket = BRACKET_TAG.search(line)
    if bracket is None:
        return None
    tag = bracket.group(1)
    outlet = is_known(tag) or (LATIN.fullmatch(tag) is not None and tag.lower() not in RUBRIC_TAGS
                               and tag in reader.text[para.stop:])
    if not outlet or spelled_out(line[:bracket.start()], tag):
        return None
    ref = Ref("title", para.start + bracket.start(1), para.start + bracket.end(1))  # the tagger may call it a place
    start, stop = trimmed(reader, para.start, para.start + bracket.start())
    # a headline an outlet is credited with is its report, verb or not ("больше шансов на …")
    return Candidate(start, stop, False, None, ref, para.start, 1) if len(reader.words_between(start, stop)) >= 3 else None


def dash_tag(reader: Reader, para: Span, line: str, skip: Spans) -> Candidate | None:
    """"… придется потесниться - эксперт", "… — McKinsey", "… – американские ученые": who says it, after a dash."""
    m = re.search(r"\s[-—–]\s+(\S+(?:\s+\S+){0,2})$", line)
    # "Сплетни полезны для здоровья - Здоровье - MIGnews.com.ua": a page title ends in its site's
    # name, its dashes part off the section, not a speaker
    page_title = re.search(r"\s[-—–|]\s+[\w.-]+\.[a-z]{2,6}$", line) is not None
    if m is None or page_title or line.endswith(".") or any(reader.cue_lemma(w) for w in m.group(1).split()):
        return None
    tag = Span(para.start + m.start(1), para.start + m.end(1))
    if m.group(1).lower() in GENERIC_LABELS:
        # "Компания заявила о … - СМИ": the company speaks, the tag is only who reports it
        if any(reader.cue_lemma(w.text) for w in reader.words_between(para.start, para.start + m.start())):
            return None
        ref = generic_label(reader, m.group(1), para.stop, skip)
    elif staff_label(reader, tag):
        # "… – американские ученые": the one research body the article names (silver F's rule)
        ref = generic_label(reader, m.group(1).split()[-1], para.stop, skip)
    else:
        ref = speaker_after(reader, tag.start, para.stop, None, skip)
        if ref is None and any(e.type == "ORG" and m.group(1) in (e.text, e.normal) for e in reader.entities):
            ref = Ref("title", tag.start, tag.stop)  # "… — McKinsey": missed in the headline, found in the body
    if ref is None or ref.kind == "pronoun":  # "Дельфин — Она": a title, not a speaker
        return None
    start, stop = trimmed(reader, para.start, para.start + m.start())
    return Candidate(start, stop, True, None, ref, para.start, 1)




def staff_label(reader: Reader, tag: Span) -> bool:
    """"американские ученые": a staff label after adjectives (the test of quotes_nouns.described_group)."""
    words = reader.words_between(tag.start, tag.stop)
    return len(words) > 1 and words[-1].text.lower() in STAFF_LABELS and described_group(reader, words[-1])


def spelled_out(before: str, name: str) -> bool:
    """Whether a bracket spells out the abbreviation before it ("RosBE (ReactOS Build Environment)")."""
    words = before.split()
    capitals = "".join(c for c in words[-1] if c.isupper()) if words else ""
    return len(capitals) >= 2 and capitals == initials(name.split())


def generic_label(reader: Reader, label: str, after: int, skip: Spans) -> Ref | None:
    """The outlet or institution a generic headline label stands for, if the body names only one."""
    low = label.strip().lower()
    if low in STAFF_LABELS:
        e = only_body_of_kind(reader, RESEARCH_BODIES)
        return Ref("entity", e.start, e.stop, e) if e is not None else None
    outlet = only_reported_outlet(reader, after, skip)
    if outlet is None:
        return None
    sentence = reader.sentence_of(outlet.start)
    link = CITING.search(reader.text, outlet.stop, sentence.stop)
    if link is not None and not reader.text[outlet.stop:link.start()].strip(" \u00a0,»\""):
        # "Об этом сообщает «Газета.Ru» со ссылкой на портал De Primeira": the one cited reports it, as
        # the body's sentence is read
        party = cited(reader, outlet.start, link.end(), sentence.stop, None, skip)
        # only another outlet or body: "со ссылкой на агента игрока" leaves the outlet's report its own
        if party is not None and (party.entity is None or party.entity.type != "PER"):
            return party
    return outlet


def label_names_body(reader: Reader, label: str, ref: Ref | None, after: int) -> bool:
    """Whether a label in quotation marks is just an organisation's name («Газпром»: …): the body
    names it again after `after` (in any case: "«Газпрома»"), or it is one word the dictionary does not
    know («Аэрофлот»); «Настоящий друг»: … and «Красотка!»: … are phrases the tagger took for a body."""
    name = label.strip().strip("«»\"“”")
    if ref is None or ref.entity is None or ref.entity.type != "ORG" or name != ref.entity.text:
        return False
    if name.replace("-", "").isalpha() and " " not in name and not reader.nlp.known(name.lower()):
        return True
    stem = name.lower()[:max(3, len(name) - 2)]
    return any(e.start >= after and e.type == "ORG" and e.text.lower().startswith(stem) for e in reader.entities)


def says(reader: Reader, start: int, stop: int, titled: bool) -> bool:
    """Whether a headline's words after "Х:" are a statement ("Мантуров: в России нет дефицита",
    "Онищенко: Мы …"), not a topic ("Принцесса Шарлотта: редкие фото и интересные факты"): a
    verb (an infinitive too: "Уткин: сейчас шанс сменить Сёмина"), a short form, a negation or a
    first person. After a quoted name («Чужой»: …), a title
    of a work more often than a speaker, only a finite verb will do."""
    asked = False
    for w in reader.words_between(start, stop):
        low = w.text.lower()
        if not low.isalpha():
            continue
        asked = asked or low in ("как", "что", "где", "когда", "зачем", "почему", "куда", "чем")
        pos = reader.parse(low)[0].tag.POS
        if pos == "INFN" and asked:
            continue  # "Бузова: как похудеть к лету" is a topic
        if pos == "VERB" or (not titled and (pos in ("PRTS", "ADJS", "PRED", "INFN") or low in STATEMENT_WORDS)):
            return True
    return False


def teasers(reader: Reader, skip: Spans) -> list[Candidate]:
    """Link titles of other stories glued into a body line ("…бежал главный банкирМГБ ПМР: Евгений
    Шевчук и его окружение взаимодействуют ...Николай Бучацкий: «Для Смирнова …"): each title of the
    form "Х: …" is Х's words, like a headline."""
    out: list[Candidate] = []
    text = reader.text
    for para in reader.paragraphs[1:]:
        if GLUED_TITLE.search(text, para.start, para.stop) is None:
            continue
        breaks = list(TEASER_BREAK.finditer(text, para.start, para.stop))
        starts = [para.start] + [m.end() for m in breaks]
        stops = [m.start() for m in breaks] + [para.stop]
        for pos, stop in zip(starts, stops, strict=True):
            colon = text.find(":", pos, min(stop, pos + 60))
            # "МГБ ПМР: …" names a speaker; "ЦИК вынес решение: …" is a title's own sentence
            if colon < 0 or len(text[pos:colon].split()) > 5 or any(
                    w.text.isalpha() and reader.parse(w.text.lower())[0].tag.POS == "VERB"
                    for w in reader.words_between(pos, colon)):
                continue
            ref = speaker_after(reader, pos, colon, None, skip)
            start, end = trimmed(reader, colon + 1, stop)
            if ref is not None and ref.kind in ("entity", "name") and len(reader.words_between(start, end)) >= 2:
                out.append(Candidate(start, end, True, None, ref, pos, 0))
    return out


def signed(reader: Reader, skip: Spans) -> list[Candidate]:
    """A statement in the first person signed by the next line ("… выражаю самые глубокие
    соболезнования … ⏎ Президент Евгений Шевчук"): the signer's own words."""
    out: list[Candidate] = []
    for k in range(len(reader.paragraphs) - 1):
        para, sign = reader.paragraphs[k], reader.paragraphs[k + 1]
        line = reader.text[sign.start:sign.stop].strip()
        if not line[-1:].isalpha() or not line.split()[-1][:1].isupper() or len(line.split()) > 5:
            continue  # a signature ends in a capitalised word: a name, or a role set as a title
        if all(reader.inside_marks(m.start()) for m in FIRST_PERSON.finditer(reader.text, para.start, para.stop)):
            continue  # "в фильме «Я шагаю по Москве»": a title's first person is nobody's
        ref = speaker_after(reader, sign.start, sign.stop, None, skip)
        if ref is None or ref.kind != "entity" or ref.entity is None or ref.entity.type != "PER":
            continue
        rest = reader.text[ref.stop:sign.stop].split()
        # the name ends the line ("Президент Евгений Шевчук"), or a role follows it ("Никита Михалков Режиссер")
        if not rest or (len(rest) == 1 and reader.role_parse(rest[0]) is not None):
            start, stop = trimmed(reader, para.start, para.stop)
            out.append(Candidate(start, stop, True, None, ref, sign.start, 4))
    return out


def clause(reader: Reader, start: int, stop: int) -> bool:
    """Whether a headline's label before its colon is a clause ("Акелла промахнулся:", "«Я
    разделась»:"), not a speaker: a finite verb or a first-person pronoun in it."""
    # a surname's particle is no verb ("Тер Штеген:", read as "тереть")
    return any(w.text.lower() in ("я", "мы") or (w.text.isalpha() and reader.parse(w.text.lower())[0].tag.POS == "VERB"
                                                  and w.text.lower() not in SURNAME_PARTICLES)
               for w in reader.words_between(start, stop))


def rubric(reader: Reader, label: str) -> bool:
    """"Здоровье:", "Фото:": a section label is a dictionary word, not a name."""
    words = label.split()
    if len(words) != 1 or not words[0].isalpha():
        return False
    tag = reader.parse(words[0].lower())[0].tag
    if tag.POS == "NOUN" and "anim" in tag.grammemes:
        return False  # "Врач:", "Синоптик:": a role, resolved to the person the body names with it
    return not any(t in tag for t in ("Name", "Surn", "Orgn", "Abbr", "Geox", "UNKN"))
