"""Statements made in a document: "Как отмечается в докладе, …", "…, говорится в заявлении МИД",
"Об этом говорится в сообщении ведомства" — the document speaks for its issuer."""

from __future__ import annotations

import re

from svodka.enrich.quotes_clauses import told_before
from svodka.enrich.quotes_direct import Candidate, Spans, trimmed
from svodka.enrich.quotes_lexicon import HELD_IN, IMPERSONAL_VERBS, SENTENCE_START
from svodka.enrich.quotes_marks import Quoted
from svodka.enrich.quotes_names import Ref, in_spans
from svodka.enrich.quotes_reported import DOCUMENTS, IN_DOCUMENT, candidate
from svodka.enrich.quotes_speakers import channel_at, speaker_after, speaker_before
from svodka.enrich.quotes_text import Reader
from svodka.enrich.quotes_units import study_authors
from svodka.model import Entity

PREPARED = re.compile(r",\s*(?:подготовленн|опубликованн|составленн|распространенн|распространённ)\w*\s")
# "в материале, который имеется в распоряжении РИА Новости", "в документе, имеющемся в распоряжении
# «Известий»", "с которым ознакомился Forbes": the one holding an unnamed document speaks for it
HELD_BY = re.compile(r",\s*(?:(?:который|которое|которая|которые)\s+)?" + HELD_IN + r"|,\s*с\s+котор\w+\s+ознакомил\w*\s")
POSTED_ON = re.compile(r"(?:размещ[её]нн|опубликованн|выложенн)\w*\s+на\s+(?:официальном\s+)?$")
CLOSED_BEFORE = re.compile(r"[,.!?…]?\s*[—–-]{1,2}\s*")
DOCUMENT_MENTION = re.compile(r"(?<!\w)(?:" + DOCUMENTS + r")(?!\w)", re.IGNORECASE)
# "В публикации утверждается, что …", "В материале также говорится о том, что …": the document first
DOCUMENT_FIRST = re.compile(
    r"(?:^|(?<=[.!?…]\s)|(?<=\n))(?P<cue>В\s+(?P<doc>" + DOCUMENTS + r")\s+(?:также\s+|же\s+)?" + IMPERSONAL_VERBS
    + r"(?:\s+о\s+том)?)\s*,\s*что\s")


def in_documents(reader: Reader, skip: Spans) -> list[Candidate]:
    """"Как отмечается в докладе, …", "…, говорится в заявлении МИД", "Об этом говорится в
    сообщении ведомства": the issuer named after the document, or where the document was mentioned
    before ("в исследовании Центров по контролю заболеваний"); no issuer, no quotation."""
    out: list[Candidate] = []
    for m in IN_DOCUMENT.finditer(reader.text):
        if reader.inside_quotes(m.start()):
            continue
        sentence = reader.sentence_of(m.start())
        # "«…», — говорится в исследовании": its authors'
        ref = (issuer(reader, m.end(), sentence.stop, skip) or study_authors(reader, m.group("doc"))
               or earlier_issuer(reader, m.start("doc"), skip) or Ref("document", m.start("doc"), m.end("doc")))
        cue = m.group()[:m.start("doc") - m.start()].strip()
        cue = cue[:1].lower() + cue[1:] + " " + m.group("doc")
        head = reader.text[sentence.start:m.start()].strip(" ,—–-")
        marked = quoted_before(reader, m.start())
        if marked is not None:
            # "«…», — говорится в обзоре": the words in the marks, over all their sentences
            start, stop = trimmed(reader, marked.start, marked.stop)
            out.append(Candidate(start, stop, True, cue, ref, m.start(), 3))
            continue
        if head.lower().endswith(("об этом", "о чем", "о чём")):
            span = told_before(reader, sentence)
        elif len(reader.words_between(sentence.start, m.start())) >= 3:
            span = (sentence.start, m.start())
        else:
            comma = reader.text.find(",", m.end(), sentence.stop)
            if comma < 0:
                continue
            span = (comma, sentence.stop)
        found = candidate(reader, span, cue, ref, m.start(), 3)
        if found is not None:
            out.append(found)
    for m in DOCUMENT_FIRST.finditer(reader.text):
        # the issuer is the one named with the same document just before ("доклад ВОЗ … В докладе
        # говорится"), else whoever the resolver finds issued it (an outlet its publication)
        since = reader.paragraphs[max(0, reader.paragraph_of(m.start()) - 1)].start
        # "В публикации отмечается": the study's authors
        ref = (study_authors(reader, m.group("doc"))
               or earlier_issuer(reader, m.start("doc"), skip, since, reader.lemma(m.group("doc").lower()))
               or Ref("document", m.start("doc"), m.end("doc")))
        cue = " ".join(m.group("cue").split())
        found = candidate(reader, (m.end(), reader.sentence_of(m.start()).stop), cue, ref, m.start(), 3)
        if found is not None:
            out.append(found)
    return out + decreed(reader, skip)


# "Согласно указу, в состав совета включены …", "В соответствии с указом …", "Документом также
# назначены …": what a decree says, spoken by whoever signed it (the guidelines, news-wire B)
DECREE = re.compile(
    SENTENCE_START + r"(?:Кроме\s+(?:этого|того),?\s+)?(?P<cue>(?:[Сс]огласно|[Вв]\s+соответствии\s+с)\s+"
    r"(?:подписанн\w+\s+\w+\s+)?(?:указу|указом|постановлению|постановлением|распоряжению|распоряжением|документу)"
    r"(?:\s+(?:президента|главы\s+государства|мэра|губернатора|премьера|премьер-министра)(?:\s+(?:РФ|России))?)?"
    r"|[Дд]окументом|[Ээ]тим\s+же\s+указом|[Тт]ем\s+же\s+указом)(?:\s*,\s*|\s+(?:также\s+)?(?=[а-яё]))")
# the signer's act, told before: "Президент … подписал указ", "своим указом внес изменения", "назначил …"
SIGNED = re.compile(r"(?<!\w)(?:подписал[аи]?|своим\s+указом|своими\s+указами|назначил[аи]?|освободил[аи]?|уволил[аи]?"
                    r"|переназначил[аи]?|отправил[аи]?\s+в\s+отставку|утвердил[аи]?)(?!\w)")
DECREE_REACH = 6  # paragraphs back to the signer's act: the lead, then the decree spelled out paragraph by paragraph


def decreed(reader: Reader, skip: Spans) -> list[Candidate]:
    """The clauses a decree's content opens, each the signer's: the person named as the subject of the
    last signing act before it (within DECREE_REACH paragraphs); none named, none kept."""
    out = []
    for m in DECREE.finditer(reader.text):
        if reader.inside_quotes(m.start()):
            continue
        ref = signer_before(reader, m.start(), skip)
        if ref is not None:
            sentence = reader.sentence_of(m.start("cue"))
            cue = " ".join(m.group("cue").split())
            found = candidate(reader, (m.end(), sentence.stop), cue, ref, m.start("cue"), 3)
            if found is not None:
                out.append(found)
    return out


def signer_before(reader: Reader, pos: int, skip: Spans) -> Ref | None:
    """The person who did the last signing act before `pos`, named as its subject."""
    since = reader.paragraphs[max(0, reader.paragraph_of(pos) - DECREE_REACH)].start
    for act in reversed(list(SIGNED.finditer(reader.text, since, pos))):
        sentence = reader.sentence_of(act.start())
        ref = speaker_before(reader, sentence.start, act.start(), reader.verb_gender(act.group().split()[0]), skip)
        if ref is not None and ref.kind == "entity" and ref.entity is not None and ref.entity.type == "PER":
            return ref
    return None


def quoted_before(reader: Reader, pos: int) -> Quoted | None:
    """The quoted speech that closes right before `pos` and its comma and dash ("«…», — ")."""
    for q in reader.quoted:
        if q.speech and q.close_mark >= 0 and CLOSED_BEFORE.fullmatch(reader.text, q.close_mark + 1, pos):
            return q
    return None


def issuer(reader: Reader, start: int, stop: int, skip: Spans) -> Ref | None:
    """The issuer named right after the document: the first person or organisation of the phrase."""
    comma = reader.text.find(",", start, stop)
    end = comma if comma >= 0 else stop
    held = HELD_BY.match(reader.text, comma) if comma >= 0 else None
    if held is not None:
        # the outlet that has the document reports it; anyone else who read it is no issuer
        outlet = next(((a, b) for a, b in skip if 0 <= a - held.end() <= 2), None)
        return Ref("outlet", *outlet) if outlet is not None else None
    prepared = PREPARED.match(reader.text, comma) if comma >= 0 else None
    if prepared is not None:
        # "в обзоре, подготовленном Национальным банком": the issuer after its participle
        later = reader.text.find(",", prepared.end(), stop)
        end = later if later >= 0 else stop
    # "в заявлении министерства иностранных дел (МИД) ФРГ": the name may follow in brackets
    # "в заявлении клуба в Twitter": where it was posted is no issuer
    named = next((e for e in reader.entities_between(start, end) if not in_spans(e.start, skip)
                  and not channel_at(reader, e, reader.text[max(start, e.start - 3):e.start].strip())), None)
    if named is not None:
        person = titled_person(reader, named, start, end)
        return Ref("entity", person.start, person.stop, person) if person is not None \
            else Ref("entity", named.start, named.stop, named)
    return speaker_after(reader, start, end, None, skip, subject=False) if end > start else None


def titled_person(reader: Reader, org: Entity, start: int, end: int) -> Entity | None:
    """"в заявлении верховного представителя ЕС по иностранным делам Кэтрин Эштон", "в письме главы МТС
    Михаила Шамолина": a person named after the title (a role noun before the organisation) issued it."""
    if org.type != "ORG":
        return None
    title = reader.words_between(start, org.start)[-3:]
    if not any(reader.role_parse(w.text) is not None for w in title):
        return None
    person = next((e for e in reader.entities_between(org.stop, end) if e.type == "PER"), None)
    if person is None or len(reader.words_between(org.stop, person.start)) > 8:  # "по иностранным делам и политике безопасности"
        return None
    return person


def earlier_issuer(reader: Reader, doc: int, skip: Spans, since: int = 0, lemma: str | None = None) -> Ref | None:
    """The organisation named with a document mentioned before ("в исследовании Центров …"), after
    `since` and of the same kind (`lemma`) when given."""
    for m in reversed(list(DOCUMENT_MENTION.finditer(reader.text, since, doc))):
        if lemma is not None and reader.lemma(m.group().lower()) != lemma:
            continue
        if POSTED_ON.search(reader.text, max(0, m.start() - 40), m.start()):
            continue  # "в сообщении AFI, размещенном на сайте Лондонской биржи": where it was posted, not who issued it
        # "в докладе ВОЗ", "в исследовании американского Центра …"; not "В отчёте фигурируют НПЦ …"
        named = [e for e in reader.entities_between(m.end(), reader.sentence_of(m.end()).stop)
                 if e.type == "ORG" and not in_spans(e.start, skip)
                 and len(between := reader.words_between(m.end(), e.start)) <= 1
                 and not any(reader.parse(w.text.lower())[0].tag.POS == "VERB" for w in between)]
        if named:
            return Ref("entity", named[0].start, named[0].stop, named[0])
    return None
