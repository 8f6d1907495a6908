"""Choose the article body among a page's blocks.

Why a maximum-sum run (the idea of Finn et al.'s Body Text Extraction) rather than a
DOM-container score as readability does: the pages this project reads include 2010s table
layouts where the article shares its table cell with menus and feeds, and plain-text dumps
with no DOM at all. Scoring blocks and taking the best contiguous run works on both.
"""

from __future__ import annotations

import re

from svodka.extract.blocks import Block

# Headings that open a feed, comments or the page's tail: the body never runs across them.
STOP = re.compile(
    r"^(читайте\s+(также|еще|ещё)|смотрите\s+также|см\.\s+также|другие\s+новости|новости\s+по\s+теме|"
    r"похожие\s+(новости|материалы|статьи)|последние\s+новости|материалы\s+по\s+теме|по\s+теме|"
    r"также\s+читайте|ещё\s+по\s+теме|еще\s+по\s+теме|главные\s+новости|самое\s+читаемое|"
    r"популярное|комментари[ийя]|обсуждение|оставить\s+комментарий|добавить\s+комментарий|"
    r"ваш\s+комментарий|ваше\s+мнение|версия\s+для\s+печати|распечатать|поделиться|"
    r"новости\s+партн[её]ров|реклама|рекомендуем|теги|метки|ключевые\s+слова|"
    r"related|read\s+more|comments?|share\s+this|more\s+(news|stories))\b",
    re.I,
)
STOP_WORDS_MAX = 6  # a heading of a feed is short; a paragraph that begins so is text
STOP_SCORE = -80.0


def block_score(block: Block) -> float:
    """Words of running text count for the body; words of links, and each block's cut, against."""
    words = block.words
    if words == 0:
        return -1.0
    if words <= STOP_WORDS_MAX and STOP.match(block.text):
        return STOP_SCORE
    link = block.link_density
    score = words * (1.0 - link) - 2.0 * words * link - 4.0
    if block.in_list and words < 20:
        score -= 4.0
    if block.furniture:
        score = min(score, score * 0.3)
    return score


def best_run(scores: list[float]) -> tuple[int, int]:
    """Kadane: the contiguous run [start, stop) with the largest sum."""
    best, best_span = float("-inf"), (0, 0)
    total, start = 0.0, 0
    for i, s in enumerate(scores):
        if total <= 0:
            total, start = s, i
        else:
            total += s
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


# The run right below the headline wins unless the page's densest run is this many times
# stronger: a headline match is strong evidence, but headlines are sometimes found in a feed.
ANCHOR_SHARE = 0.25


def anchored_run(scores: list[float], start: int) -> tuple[int, int, float]:
    """The best run that begins at `start` (leading negatives trimmed) and crosses no feed heading."""
    total, best, stop = 0.0, 0.0, start
    for i in range(start, len(scores)):
        if scores[i] <= STOP_SCORE and best > 0:
            break
        total += scores[i]
        if total > best:
            best, stop = total, i + 1
    first = start
    while first < stop and scores[first] < 0:
        first += 1
    return first, stop, sum(scores[first:stop])


def body_span(blocks: list[Block], headline: int | None) -> tuple[int, int]:
    """[start, stop) of the body blocks."""
    scores = [block_score(b) for b in blocks]
    start, stop = best_run(scores)
    if headline is None:
        return start, stop
    a_start, a_stop, a_sum = anchored_run(scores, headline + 1)
    if a_sum >= ANCHOR_SHARE * sum(scores[start:stop]):
        return a_start, a_stop
    return start, stop
