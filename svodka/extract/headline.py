"""Which block is the headline: the one the page's own title metadata names."""

from __future__ import annotations

import re

from svodka.extract.blocks import Block

_WORD = re.compile(r"\w+")
HEADLINE_MAX_WORDS = 40


def words_of(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("ё", "е"))


def title_match(block_text: str, titles: list[set[str]]) -> float:
    """How well a block reads as the page's title: share of its words in a title, if it covers most of one.

    The <title> usually carries the site name and rubric too ("Заголовок - Новости - Сайт.ру"), so
    the block need only cover most of a title, while nearly all its own words must be in it.
    """
    words = words_of(block_text)
    if not words or len(words) > HEADLINE_MAX_WORDS:
        return 0.0
    own = set(words)
    best = 0.0
    for title in titles:
        if not title:
            continue
        common = len(own & title)
        precision, coverage = common / len(own), common / len(title)
        if precision >= 0.7 and (coverage >= 0.5 or common >= 6):
            best = max(best, precision + 0.5 * coverage)
    return best


def find_headline(blocks: list[Block], titles: list[str]) -> int | None:
    """Index of the headline block, or None when no block matches the page's titles."""
    title_sets = [set(words_of(t)) for t in titles if t]
    best_i, best_key = None, (0.0, 0.0)
    for i, block in enumerate(blocks):
        match = title_match(block.text, title_sets)
        if match <= 0:
            continue
        # a heading tag, then bold, is the usual markup of the headline; earlier beats later
        # because the same words come back in feeds, breadcrumbs and "share this" boxes below
        markup = 1.0 if block.heading else (0.5 if block.bold else 0.0)
        key = (round(match, 1) + markup, -i / 10000)
        if key > best_key:
            best_i, best_key = i, key
    if best_i is None:
        return _first_h1(blocks)
    return best_i


def _first_h1(blocks: list[Block]) -> int | None:
    h1 = [i for i, b in enumerate(blocks) if b.heading == 1 and 2 <= b.words <= HEADLINE_MAX_WORDS]
    return h1[0] if len(h1) == 1 else None
