"""Quotations that go on past their pattern's span. An interview answer continued in the next paragraph: "Как рассказал Валерий Кандыба, …" then a
paragraph opened by a dash with no attribution of its own ("- Уже на месте …") is the same
speaker's direct speech, cue null (tests/data/README_quotes.md, settled on the dev set); and an
announcement completed by the next sentence.

Read after the patterns have run, because it needs to know which paragraph ended in someone's
statement."""

from __future__ import annotations

import re

from svodka.enrich.quotes_direct import DASH_PARAGRAPH, Candidate, trimmed
from svodka.enrich.quotes_text import Reader

PERSONAL = ("entity", "pronoun", "role", "name")
ANNOUNCED = re.compile(r"Стал[оаи]?\s+известн[оыа]\s")
ANAPHOR = re.compile(r"\s*(?:Им|Ей|Ими|Его|Её|Ее|Им\s+стал|Она|Он|Они|Это)\s")
OWN_ATTRIBUTION = re.compile(r"[,!?…][ \u00a0]*[—–-][ \u00a0]+[а-яё]")
MIN_WORDS = 6  # a dash before a few words is a list item or a heading, not an answer


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
