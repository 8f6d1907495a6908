"""Highlighted snippets: the original words whose keys a query looked for, in the best short passage.

The index holds keys, not words, so highlighting re-reads the stored text: a word is marked when its
key (or, for a prefix query, the start of its key) is one the query asked for. Working out a word's
key may parse it, so words that cannot match (they share no first two letters with a query key or a
query word) are skipped before any parsing: a snippet of a long article costs well under a millisecond.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from svodka.archive.analysis import WORD, Analyzer, normal_word

SNIPPET_CHARS = 220  # about two lines of a terminal
LEAD_CHARS = 40  # context shown before the first match of the passage
ELLIPSIS = "…"
WORD_TAIL = r"(?:[^\W_]|[\u0301\u00ad])*"


@dataclass
class Marked:
    """A piece of text and the (start, stop) spans in it to highlight."""

    text: str
    spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True)
class Found:
    start: int
    stop: int
    key: str


class Matcher:
    """Which words of a text are ones the query looked for (by key, or key prefix)."""

    def __init__(self, analyzer: Analyzer, words: list[str]) -> None:
        self.analyzer = analyzer
        self.keys: set[str] = set()
        self.prefixes: list[str] = []
        heads: set[str] = set()
        for word in words:
            parts = WORD.findall(word)
            if word.endswith("*") and parts:
                *parts, last = parts
                self.prefixes.append(analyzer.prefix_key(last))
                heads.add(normal_word(last)[:2])
            self.keys.update(analyzer.key(part) for part in parts)
            heads.update(normal_word(part)[:2] for part in parts)
        heads.update(key[:2] for key in self.keys)
        heads.update(prefix[:2] for prefix in self.prefixes)
        # one regular expression finds the words that may match; only those are analysed
        alternatives = "|".join(re.escape(head).replace("е", "[её]") for head in sorted(heads) if head)
        self.candidates = re.compile(rf"(?<![^\W_])(?:{alternatives}){WORD_TAIL}", re.IGNORECASE) if alternatives else None

    def found(self, text: str) -> list[Found]:
        """The words of `text` the query looked for, in order."""
        if self.candidates is None:
            return []
        hits = []
        for match in self.candidates.finditer(text):
            key = self.analyzer.key(match.group())
            if key in self.keys or any(key.startswith(prefix) for prefix in self.prefixes):
                hits.append(Found(match.start(), match.end(), key))
        return hits


def headline_marks(headline: str, matcher: Matcher) -> list[tuple[int, int]]:
    """The spans of the headline's matching words."""
    return [(hit.start, hit.stop) for hit in matcher.found(headline)]


def snippet(text: str, matcher: Matcher) -> Marked:
    """The passage of `text` that shows the most distinct query words, with their spans."""
    hits = matcher.found(text)
    begin = passage_start(text, hits)
    end = len(text) if len(text) - begin <= SNIPPET_CHARS else word_end(text, begin + SNIPPET_CHARS)
    lead = ELLIPSIS if begin > 0 else ""
    shown = lead + text[begin:end].rstrip() + (ELLIPSIS if end < len(text) else "")
    spans = [(hit.start - begin + len(lead), hit.stop - begin + len(lead))
             for hit in hits if begin <= hit.start and hit.stop <= end]
    # line breaks become spaces one for one, so the spans stay right
    return Marked(shown.replace("\n", " "), spans)


def passage_start(text: str, hits: list[Found]) -> int:
    """Where the passage with the most distinct matched keys (then the most matches) begins."""
    best, best_score = 0, (0, 0)
    for hit in hits:
        start = word_start(text, max(0, hit.start - LEAD_CHARS))
        inside = [h.key for h in hits if start <= h.start and h.stop <= start + SNIPPET_CHARS]
        score = (len(set(inside)), len(inside))
        if score > best_score:
            best, best_score = start, score
    return best


def word_start(text: str, at: int) -> int:
    """`at`, moved forward to the start of a word unless it is at one already."""
    if at == 0 or text[at - 1].isspace():
        return at
    space = text.find(" ", at)
    return space + 1 if 0 <= space < at + 30 else at


def word_end(text: str, at: int) -> int:
    """`at`, moved back to the end of a word."""
    space = text.rfind(" ", at - 30, at)
    return space if space > 0 else at
