"""Quotations: who said what, with which cue, through which channel.

Direct speech (quotation marks, interview dashes, "Х: …" headlines) and reported speech ("Х заявил,
что …", "по словам Х, …") are found by patterns over the segmented text (quotes_direct,
quotes_reported); speakers are resolved in text order, pronouns and roles to the last fitting person
(quotes_speakers reads the attribution, quotes_nouns its common nouns, quotes_names the names,
quotes_resolve the references); the channel is read per paragraph (quotes_sources).

Hand-written rules, because no maintained library extracts Russian quotations: the published
systems are research code for English, and Russian has no training corpus of news quotes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from svodka.enrich.nlp import NLP, Analysis
from svodka.enrich.quotes_bodies import bodies, widened
from svodka.enrich.quotes_by_words import by_words
from svodka.enrich.quotes_continued import (
    OPENING_MARKS,
    argued_on,
    completed,
    continued,
    forecast_goes_on,
    quoted_paragraphs,
    quoted_sentences,
    relayed,
    spoken_before,
)
from svodka.enrich.quotes_direct import Candidate, column, dash_speech, direct_quotes, trimmed
from svodka.enrich.quotes_documents import in_documents
from svodka.enrich.quotes_findings import findings
from svodka.enrich.quotes_headlines import closing_title, headline, signed, teasers
from svodka.enrich.quotes_interview import dash_interview
from svodka.enrich.quotes_lexicon import NETWORK_NAMES
from svodka.enrich.quotes_preceding import said_before
from svodka.enrich.quotes_reported import reported
from svodka.enrich.quotes_resolve import Resolver, Speaker
from svodka.enrich.quotes_sources import SourceMention, find_sources
from svodka.enrich.quotes_stances import stances
from svodka.enrich.quotes_text import Reader, glued_stops
from svodka.enrich.quotes_transcript import transcript
from svodka.model import Entity, Quote

# "не могут однозначно утверждать, что …": what nobody can say is not said
NEGATED_MODAL = re.compile(r"(?<!\w)не\s+(?:мож(?:ет|ем|ете|ешь)|могу|могут|мог|могла|могли|смог(?:ла|ли)?|сможет|смогут)"
                           r"(?:\s+(?:пока|ещё|еще|однозначно|точно|с\s+уверенностью|уверенно))*\s+$", re.IGNORECASE)


# a sentence that only names what someone spoke about ("Врач назвала признаки депрессии", "Эксперты
# объяснили, как отличить аллергию", "Депутат вступилась за режиссёра"), reported whole by an outlet or an
# "Об этом …" after it, is the article's lead, not anyone's words (the guidelines' topics)
TOPIC_SENTENCE = re.compile(
    r"[A-ZА-ЯЁ][^.!?«\"]{0,90}?\s(?:(?:назвал|перечислил|раскрыл|прокомментировал)[аи]?\s+(?!себя\b|это\b|так\b)[а-яё]"
    r"|(?:рассказал|объяснил|пояснил)[аи]?(?:\s+о|\s+об|\s+про|\s*,\s*(?:как|чем|почему|зачем|когда|сколько|какие|какой|каким))\b"
    r"|вступил(?:ся|ась|ись)\s+за\b)")


ESTIMATES = ("по оценке", "по оценкам")


def find_quotes(analysis: Analysis, entities: list[Entity], nlp: NLP) -> list[Quote]:
    """The quotations of the analysed text, in text order."""
    reader = Reader.read(analysis, entities, nlp)
    sources = find_sources(reader)
    skip = [(s.start, s.stop) for s in sources]
    interviews = dash_speech(reader, skip)
    reader.add_speech([(c.start, c.stop) for c in interviews])  # what they say is not the article's report
    transcribed = transcript(reader)
    transcribed += dash_interview(reader, transcribed)
    found = (direct_quotes(reader, skip) + interviews + headline(reader, skip) + teasers(reader, skip)
             + closing_title(reader, skip)
             + signed(reader, skip) + column(reader, skip) + reported(reader, skip, skip) + by_words(reader, skip)
             + in_documents(reader, skip) + findings(reader, skip) + stances(reader, skip) + bodies(reader, skip)
             + transcribed)
    # a pattern that found no one to attribute its words to must not hide another's
    kept = without_overlaps([c for c in found if c.ref is not None or c.follows is not None])
    held = [c for c in found if c.ref is not None and c.ref.kind == "entity" and c not in kept
            and any(held_in(c, k) for k in kept)]
    kept = [c for c in kept if not attribution_only(c, kept)
            and not NEGATED_MODAL.search(reader.text, max(0, c.at - 80), c.at)]
    cut_before_direct(reader, kept)
    kept += continued(reader, kept)
    kept += quoted_paragraphs(reader, kept)
    kept += quoted_sentences(reader, kept)
    kept = relayed(reader, kept)
    widened(reader, kept)
    spoken_before(reader, kept)
    argued_on(reader, kept)
    said_before(reader, kept)
    completed(reader, kept)
    forecast_goes_on(reader, kept)
    speakers = resolve(reader, kept, sources)
    speakers.update(resolve(reader, held, sources))
    said: list[tuple[Candidate, Quote, Speaker]] = []
    for cand in sorted(kept, key=lambda c: c.start):
        speaker = speakers.get(id(cand))
        if speaker is None or cand.stop <= cand.start:
            continue  # no one to say it, or a rule that moved a start past its stop left nothing said
        cand = own_words(reader, cand, speaker, [h for h in held if held_in(h, cand) and id(h) in speakers
                                                          and speakers[id(h)].name == speaker.name])
        said.append((cand, Quote(reader.text[cand.start:cand.stop], cand.start, cand.stop, speaker.name,
                                 speaker.type, cand.cue, cand.direct, None), speaker))
    quotes = [q for _, q, _ in said]
    # "по оценке ЦБ, долг составил …": an estimate is data, as "по данным" is (found all the same, so
    # that it ends the statement before it)
    said = [(c, q, s) for c, q, s in said if not holds_own_quote(q, quotes) and not (c.at >= c.stop and passes_on(q, quotes))
            and not lead_about_topic(reader, q) and not (q.cue or "").startswith(ESTIMATES)]
    # an outlet that spoke only in a quotation dropped above ("Скиннер сообщил об уходе, передает ТАСС" read
    # whole as ТАСС's report, then as Скиннер's words inside it) is a channel again
    speaking = {s.name for _, _, s in said}
    for mention in sources:
        mention.used_as_speaker = mention.used_as_speaker and any(mention.name in name for name in speaking)
    return posted_on([replace(q, source=source_of(reader, c, s, sources)) for c, q, s in said])


def posted_on(quotes: list[Quote]) -> list[Quote]:
    """A person's later quotations with no channel of their own keep the network they were first quoted
    from ("написала в Instagram …" and the paragraphs of her post after it). Only networks: an outlet's
    interview or report is carried on as often as not in the annotated sets (source right fell from 0.83
    to 0.78 on the development sets when every channel was), a network's post is (0.837 → 0.845)."""
    networks: dict[str, str] = {}
    out = []
    for q in quotes:
        if q.source in NETWORK_NAMES and q.speaker:
            networks[q.speaker] = q.source
        elif q.source is None and q.speaker in networks:
            q = replace(q, source=networks[q.speaker])
        out.append(q)
    return out


def lead_about_topic(reader: Reader, quote: Quote) -> bool:
    """Whether the quotation is a whole sentence reported that only names what someone spoke about
    ("Врач назвала признаки депрессии, сообщает …"); a clause reported inside a sentence ("Песков заявил,
    что Зеленский назвал условия неприемлемыми") is what was said."""
    opens = not reader.text[reader.sentence_of(quote.start).start:quote.start].strip(" \u00a0«\"„“—–-")
    return not quote.direct and opens and TOPIC_SENTENCE.match(quote.text) is not None


def cut_before_direct(reader: Reader, kept: list[Candidate]) -> None:
    """Ends a reported clause before direct speech that opens a new sentence inside it: "… на уроках
    войны 1979-1989гг. "Мы должны понять опыт русских", - сказал он", "… улучшение."Однако …" (the
    splitter reads no sentence end after an abbreviation or before a glued mark)."""
    for cand in kept:
        if cand.direct:
            continue
        for other in kept:
            if other.direct and cand.start < other.start < cand.stop and other.stop <= cand.stop + 2:
                mark = other.start - 1
                if mark >= 0 and reader.text[mark] in OPENING_MARKS \
                        and reader.text[cand.start:mark].rstrip().endswith((".", "!", "?", "…")):
                    cand.start, cand.stop = trimmed(reader, cand.start, mark)
                    break


def holds_own_quote(quote: Quote, quotes: list[Quote]) -> bool:
    """Whether the quotation holds another of the same speaker: "Михалков заподозрил Гейтса в желании
    чипировать. Об этом режиссер заявил …" reports what he said once, not a sentence about it."""
    if quote.direct or not names_speaker_first(quote):
        return False
    return any(q is not quote and q.speaker == quote.speaker and quote.start <= q.start and q.stop <= quote.stop
               for q in quotes)


def passes_on(quote: Quote, quotes: list[Quote]) -> bool:
    """Whether a sentence reported by a cue after it holds the statement of the person it opens with:
    "Генеральный директор компании Джим Скиннер сообщил об уходе в отставку, передает Reuters" passes his
    statement on, it does not state that he made it."""
    return not quote.direct and any(q is not quote and quote.start <= q.start and q.stop <= quote.stop
                                     and opens_with_name(q.speaker, quote.text) for q in quotes)


def names_speaker_first(quote: Quote) -> bool:
    """Whether the quotation's first words name its own speaker ("Российский режиссер Никита Михалков
    заподозрил …"): a sentence about the speaker, not the speaker's words."""
    return opens_with_name(quote.speaker, quote.text)


def opens_with_name(name: str | None, text: str) -> bool:
    """Whether the first eight words of `text` hold the surname of `name`, in any case."""
    if not name:
        return False
    surname = name.split()[-1].lower()
    stem = surname[:-1] if len(surname) > 5 else surname
    return any(w.lower().startswith(stem) for w in text.split()[:8])


def without_overlaps(found: list[Candidate]) -> list[Candidate]:
    """One candidate per stretch of text: the best-ranked pattern's, then the earliest."""
    kept: list[Candidate] = []
    for cand in sorted(found, key=lambda c: (c.rank, c.start)):
        if cand.stop <= cand.start:
            continue
        # one cue attributes one stretch, unless it splits a quotation ("«А, — сказал он, — Б»")
        # nor one reported inside another's words ("Мойка78 писала, что Маск обещал переселить …")
        if all((overlap(cand, k) < 0.5 or reported_inside(cand, k))
               and (k.at != cand.at or k.rank == cand.rank or overlap(cand, k) == 0) for k in kept):
            kept.append(cand)
    return kept


def reported_inside(a: Candidate, b: Candidate) -> bool:
    """Whether one candidate's cue and words both lie inside the other's words: speech reported in speech."""
    inner, outer = (a, b) if a.stop - a.start < b.stop - b.start else (b, a)
    # the other's words must open with the speaker ("…, что Илон Маск обещал …"): a verb further in is
    # more often a reading of the same words than speech reported in them
    # (a report attributed before its words, "X писала, что …", not "… . Об этом сообщает X" after them
    # nor a quoted headline; the opening's offset is in characters)
    return (not outer.direct and outer.at < outer.start
            and inner.ref is not None and inner.ref.kind == "entity" and 0 <= inner.ref.start - outer.start <= 2
            and inner.ref.stop <= inner.at < inner.start and inner.stop <= outer.stop)


def held_in(inner: Candidate, outer: Candidate) -> bool:
    """Whether one candidate's cue and words lie inside a sentence reported by a cue after it ("Тайсон
    Фьюри заявил о готовности … . Об этом рассказал сам боксер.")."""
    return (not outer.direct and outer.at >= outer.stop
            and outer.start <= inner.start and inner.stop <= outer.stop and outer.start <= inner.at < outer.stop)


def own_words(reader: Reader, cand: Candidate, speaker: Speaker, inner: list[Candidate]) -> Candidate:
    """The words a sentence reported after it holds of its own speaker, when the sentence opens by naming
    him: "Тайсон Фьюри заявил о готовности провести бой. Об этом рассказал сам боксер." reports one
    statement, the readiness, not a sentence about him."""
    return inner[0] if inner and opens_with_name(speaker.name, reader.text[cand.start:cand.stop]) else cand


def attribution_only(cand: Candidate, kept: list[Candidate]) -> bool:
    """Whether the candidate's text is only another quotation's attribution: "Кофе полезен. К такому
    выводу пришли учёные из MIT, пишет The Daily Mail." — the outlet passes on the finding (its
    channel), it does not state that the scientists concluded it."""
    return any(k is not cand and cand.start <= k.at < cand.stop and (k.stop <= cand.start or k.start >= cand.stop)
               for k in kept)


def overlap(a: Candidate, b: Candidate) -> float:
    """Shared characters over the longer span: a quotation inside a longer one is its own."""
    shared = min(a.stop, b.stop) - max(a.start, b.start)
    return max(0, shared) / max(a.stop - a.start, b.stop - b.start)


def resolve(reader: Reader, kept: list[Candidate], sources: list[SourceMention]) -> dict[int, Speaker]:
    """Speakers by candidate, resolved in the order their attributions appear."""
    resolver = Resolver(reader, sources)
    speakers: dict[int, Speaker] = {}
    pending: list[Candidate] = []
    for cand in sorted(kept, key=lambda c: (c.at, c.follows is not None, c.start)):
        if cand.follows is not None:
            speaker = speakers.get(id(cand.follows)) or (
                resolver.resolve(cand.follows.ref) if cand.follows.ref is not None else None)
        elif cand.ref is not None:
            speaker = resolver.resolve(cand.ref, (cand.start, cand.stop))
        else:
            speaker = None
        # (somebody's agent or lawyer, never introduced, is nobody named: "Адвокат подзащитной поведал")
        if speaker is None and cand.ref is not None and cand.ref.kind in ("pronoun", "role") and not cand.ref.owned:
            pending.append(cand)
        elif speaker is not None:
            speakers[id(cand)] = speaker
    for cand in pending:
        # nobody before it (a headline, a truncated first paragraph): the next person quoted
        later = sorted((c for c in kept if c.start > cand.stop and id(c) in speakers), key=lambda c: c.start)
        first = next((speakers[id(c)] for c in later if speakers[id(c)].type == "PER"), None)
        if first is not None:
            speakers[id(cand)] = first
    return speakers


def source_of(reader: Reader, cand: Candidate, speaker: Speaker, sources: list[SourceMention]) -> str | None:
    """The channel named in the quotation's paragraph or its attribution's ("Об этом сообщил Х,
    передает ТАСС" after it), the attribution sentence's first, if any."""
    paragraphs = {reader.paragraph_of(cand.start), reader.paragraph_of(cand.at)}
    here = [s for s in sources if s.paragraph in paragraphs and not s.used_as_speaker
            and not (cand.start <= s.start < cand.stop and not cand.direct and s.start > cand.start)
            and s.name.lower() not in speaker.name.lower()  # "Ведомости" of «Вечерние Ведомости»
            # two paragraphs a scraper glued together ("— отметил он.Ранее главный врач …"): a source
            # named in one does not reach the other
            and not glued_stops(reader.text, min(s.start, cand.start), max(s.start, cand.start))]
    if not here:
        return None
    sentence = reader.sentence_of(cand.at)
    same = [s for s in here if sentence.start <= s.start < sentence.stop]
    return (same or here)[0].name
