"""Choose the headline and the body among the lines of a whole-page text dump.

A dump (`w3m -dump`, a crawler's WET text) has lost the markup that tells an HTML page's links,
headings and containers apart: a menu item, a feed headline and a sentence are all just lines.
What is left are the signals of text itself, which this module reads:

* a paragraph of an article ends like a sentence; a headline, a menu item or a caption does not;
* a headline stands above its lead, and the lead restates it (Russian news leads repeat the
  headline's words), within a few lines of dates, bylines and share buttons;
* a feed of teasers repeats that pattern item after item, each on another subject, and a
  comment thread or timed feed interleaves its texts with datelines; an article does neither.

The body is the run of lines below the headline candidate whose run is the strongest; runs are
scored with `mainrun`'s Kadane machinery, but on line scores made for dumps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from svodka.extract.blocks import Block
from svodka.extract.headline import words_of
from svodka.extract.mainrun import (
    STOP_SCORE,
    best_run,
    block_score,
    is_dateline,
    is_feed_heading,
    is_machinery,
)

_PROSE_END = re.compile(r"[.!?…][»\"”')\]]*$")
_BREADCRUMB = re.compile(r"\s(?:>|»|/|\||→)\s|\[")  # path separators, and w3m's [form] and [image] marks
_INNER_STOP = re.compile(r"[.!?…]\s+[A-ZА-ЯЁ«\"]")
ONE_SENTENCE_HEADLINE = 20  # words
# "Читай также: …" and links: a line inside a story that sends the reader elsewhere is no subheading
_ELSEWHERE = re.compile(r"^\W*(?:читай|смотри|слушай)\w*(?:\s+также)?\s*:|https?://|www\.|\(http", re.I)
ECHO_WORDS = 3  # first words of a line that, printed again in it, make it a teaser
_CUT_OFF = re.compile(r"\s(?:\.{2,}|…)$")
_CLOCK = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])")
_PUNCT = re.compile(r"[,.;:!?]\s")
GLUED_TIMES = 3
WORDS_PER_ITEM = 15  # a glued feed has a time every few words, a report of a day's events fewer
PUNCT_WORDS = 15  # running text has a comma or stop every dozen words or so; glued headlines do not
LONG_LINE = 40  # words: a line this long is a paragraph even when its last sentence lost its stop
ANCHOR_GAP = 12  # lines between a headline and its lead: date, byline, photo, share buttons
HEADLINE_BASE = 0.5  # a run's weight under a headline its lead does not restate; restated words add
LATE = 0.3  # a run near the page's end weighs up to this much less: articles come before the footer
SUBHEAD_GAP = 2  # lines between the text above a subheading and the subheading
SAME_SUBJECT = 0.2  # share of the words of the text above a subheading that the text below repeats
LEAD_LINES = 2  # paragraphs of the lead that restate the headline
OVERLAP_PRIOR = 2  # words added to a headline's count: a short line matching one word by chance is no headline
RESTATED = 0.4  # share of a teaser's headline words that its snippet repeats
SHIFT_OVERLAP = 0.3  # share of a new text's words seen in the run so far, below which it is another item


@dataclass(frozen=True)
class Choice:
    """The article found in a dump: index of its headline line (if any) and of its body lines."""

    headline: int | None
    body: list[int]


def stems(text: str) -> set[str]:
    """Crude stems of a text's content words: Russian inflects the ending, the first letters stay.
    Five letters are enough to match a headline's words with its lead's; the overlaps only rank
    candidates, so a stemmer's precision would buy little."""
    return {w[:5] for w in words_of(text) if len(w) > 3}


def is_prose(block: Block) -> bool:
    """Sentences: the line ends like one, or is long and punctuated like running text (a paragraph
    whose end the dump cut off), and is not a feed of timed headlines glued into one line."""
    text = block.text
    if repeats_itself(text):
        return False
    times = len(_CLOCK.findall(text))
    if times >= GLUED_TIMES and times * WORDS_PER_ITEM >= block.words:
        return False
    if _CUT_OFF.search(text):
        return False  # a teaser's snippet, cut short by the feed: "… в ходе операции ..."
    if _PROSE_END.search(text):
        return True
    return block.words >= LONG_LINE and len(_PUNCT.findall(text)) * PUNCT_WORDS >= block.words


def repeats_itself(text: str) -> bool:
    """A line that starts over with its own first words: a teaser whose picture's caption is its
    headline ("Кто убил Лору Палмер? Кто убил Лору Палмер?...")."""
    words = text.split()
    if len(words) < 2 * ECHO_WORDS:
        return False
    return " ".join(words[:ECHO_WORDS]) in " ".join(words[ECHO_WORDS:])


def may_be_headline(block: Block) -> bool:
    """A line that may be the headline above a run; some headlines end with a stop ("… 2012г."),
    so one sentence is allowed, never two."""
    text = block.text
    words = block.words
    if not 3 <= words <= 30 or block.in_list or text.endswith((":", ";", ",")):
        return False
    # small print (dates, counters, legal lines) is no headline; a headline printed twice is one
    if block.small_print and (not block.repeated or is_machinery(block)):
        return False
    if text.endswith(".") and (words > ONE_SENTENCE_HEADLINE or _INNER_STOP.search(text)):
        return False
    return not _BREADCRUMB.search(text) and not is_feed_heading(block)


def line_score(block: Block) -> float:
    """Words of sentences count for the body as a paragraph's words do on an HTML page (a dump has
    no links to count against); a line that is no sentence counts against."""
    words = block.words
    if words == 0 or block.small_print or is_prose(block) or is_feed_heading(block):
        return block_score(block)
    score = -(2.0 + words / 2) - (4.0 if block.in_list and words < 20 else 0.0)
    return min(score, score * 0.3) if block.furniture else score


@dataclass(frozen=True)
class Lines:
    """A dump's lines with what the chooser reads of each, worked out once per page."""

    blocks: list[Block]
    scores: list[float]
    headline_like: list[bool]  # short, no sentence: a headline, a subheading, a menu item
    may_head: list[bool]  # headline-like, or a one-sentence headline
    dateline: list[bool]
    stems: list[set[str]]
    barriers: frozenset[int]  # short lines printed more than once: the headlines of a teaser feed

    @classmethod
    def of(cls, blocks: list[Block]) -> Lines:
        may_head = [may_be_headline(b) for b in blocks]
        return cls(
            blocks=blocks,
            scores=[line_score(b) for b in blocks],
            headline_like=[may and not b.text.endswith(".") for b, may in zip(blocks, may_head, strict=True)],
            may_head=may_head,
            dateline=[b.small_print and is_dateline(b.text) for b in blocks],
            stems=[stems(b.text) for b in blocks],
            barriers=repeated_lines(blocks),
        )


def run_from(lines: Lines, start: int) -> tuple[int, int, float]:
    """The best run [first, stop) that begins at or below `start`; it ends at a feed heading, at a
    dateline between texts (a comment thread, a timed feed), at a headline printed twice (a feed of
    teasers repeats its headlines) and where a new item of a feed begins."""
    scores = lines.scores
    total, best, stop = 0.0, 0.0, start
    first = None
    seen: set[str] = set()
    for i in range(start, len(scores)):
        if scores[i] <= STOP_SCORE:
            if best > 0:
                break
            continue
        if first is not None and (i in lines.barriers or lines.dateline[i] or starts_new_item(lines, i, seen)):
            break
        if first is None and scores[i] > 0:
            if i - start > ANCHOR_GAP:
                break
            first = i
        if first is None:
            continue
        total += scores[i]
        if scores[i] > 0:
            seen |= lines.stems[i]
        if total > best:
            best, stop = total, i + 1
    if first is None:
        return start, start, 0.0
    return first, stop, best


def starts_new_item(lines: Lines, i: int, seen: set[str]) -> bool:
    """A headline-like line whose next text restates it but shares little with the run so far:
    the next teaser of a feed, not a subheading of the article."""
    if not lines.headline_like[i] or not seen:
        return False
    nxt = next((j for j in range(i + 1, min(len(lines.scores), i + 4)) if lines.scores[j] > 0), None)
    if nxt is None:
        return False
    own, following = lines.stems[i], lines.stems[nxt]
    if not own or not following:
        return False
    restated = len(own & following) / len(own)
    continuity = len(following & seen) / len(following)
    return restated >= RESTATED and continuity < SHIFT_OVERLAP


def is_subheading(lines: Lines, j: int, stop: int) -> bool:
    """A headline-like line inside a run, right above its text: a subheading of the article, unless
    it sends the reader elsewhere ("Читай также: …", a link)."""
    text = lines.blocks[j].text
    return (
        lines.headline_like[j]
        and not _ELSEWHERE.search(text)
        and j not in lines.barriers
        and j + 1 < stop
        and lines.scores[j + 1] > 0
    )


def repeated_lines(blocks: list[Block]) -> frozenset[int]:
    """Short lines, not sentences, whose text stands more than once on the page, and lines that
    repeat their own beginning."""
    places: dict[str, list[int]] = {}
    for i, b in enumerate(blocks):
        if 2 <= b.words <= 30 and not b.in_list and not b.text.endswith((".", ":", ";", ",")):
            places.setdefault(b.text, []).append(i)
    echoes = {i for i, b in enumerate(blocks) if repeats_itself(b.text)}
    return frozenset(echoes.union(i for found in places.values() if len(found) >= 2 for i in found))


def lead_overlap(lines: Lines, headline: int, lead: list[int]) -> float:
    """Share of the headline's words that its lead restates."""
    own = lines.stems[headline]
    if not own:
        return 0.0
    return len(own & set().union(*(lines.stems[j] for j in lead))) / (len(own) + OVERLAP_PRIOR)


def choose_article(blocks: list[Block]) -> Choice:
    """The headline candidate with the strongest run below it, weighed by how well the lead
    restates it, and that run's text lines; when the winner is a subheading, the article's part
    above it is taken in too."""
    lines = Lines.of(blocks)
    runs: list[Run] = []
    for i in range(len(blocks)):
        if not lines.may_head[i]:
            continue
        first, stop, total = run_from(lines, i + 1)
        if total <= 0:
            continue
        body = [j for j in range(first, stop) if lines.scores[j] > 0 or is_subheading(lines, j, stop)]
        value = total * (HEADLINE_BASE + lead_overlap(lines, i, body[:LEAD_LINES])) * (1 - LATE * i / len(blocks))
        runs.append(Run(i, body, stop, value))
    if not runs:  # no line above the text reads as a headline: the strongest run alone
        start, stop = best_run(lines.scores)
        return Choice(None, [j for j in range(start, stop) if lines.scores[j] > 0])
    best = max(runs, key=lambda r: r.value)
    while (above := part_above(lines, runs, best)) is not None:
        best = Run(above.headline, [*above.body, best.headline, *best.body], best.stop, best.value)
    return Choice(best.headline, best.body)


@dataclass(frozen=True)
class Run:
    """A headline candidate, the text lines of its run and where the run stops."""

    headline: int
    body: list[int]
    stop: int
    value: float


def part_above(lines: Lines, runs: list[Run], chosen: Run) -> Run | None:
    """The run that ends right above the chosen headline and is on the same subject: the chosen
    headline is then a subheading of the article, whose first part that run is."""
    touching = [r for r in runs if chosen.headline - SUBHEAD_GAP <= r.stop <= chosen.headline and r.body]
    if not touching:
        return None
    above = max(touching, key=lambda r: r.value)
    own = set().union(*(lines.stems[j] for j in above.body))
    later = set().union(lines.stems[chosen.headline], *(lines.stems[j] for j in chosen.body))
    return above if own and len(own & later) / len(own) >= SAME_SUBJECT else None
