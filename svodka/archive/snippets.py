"""Highlighted snippets: the original words whose keys a query looked for, in the best short passage.

The index holds keys, not words, so highlighting re-reads the stored text: a word is marked when its
key (or, for a prefix query, the start of its key) is one the query asked for. Working out a word's
key may parse it, so words that cannot match (they share no first two letters with a query key or a
query word) are skipped before any parsing: a snippet of a long article costs well under a millisecond.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from svodka.archive.analysis import WORD, Analyzer, normal_word

WINDOW_WORDS = 28  # about two lines of a terminal
LEAD_WORDS = 4  # words of context before the first match of the window
ELLIPSIS = "…"


@dataclass
class Marked:
    """A piece of text and the (start, stop) spans in it to highlight."""

    text: str
    spans: list[tuple[int, int]] = field(default_factory=list)


class Matcher:
    """Whether a word of a text is one the query looked for (by key, or key prefix)."""

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
        self.heads = tuple(heads)

    def key(self, word: str) -> str | None:
        """The word's key when it is one the query looks for, else None."""
        if not self.heads or not normal_word(word).startswith(self.heads):
            return None
        key = self.analyzer.key(word)
        if key in self.keys or any(key.startswith(prefix) for prefix in self.prefixes):
            return key
        return None


def headline_marks(headline: str, matcher: Matcher) -> list[tuple[int, int]]:
    """The spans of the headline's matching words."""
    return [(m.start(), m.end()) for m in WORD.finditer(headline) if matcher.key(m.group())]


def snippet(text: str, matcher: Matcher) -> Marked:
    """The passage of `text` that shows the most distinct query words, with their spans."""
    words = list(WORD.finditer(text))
    if not words:
        return Marked(text.strip()[:200])
    keys = [matcher.key(m.group()) for m in words]
    start = best_window_start(keys)
    stop = min(len(words), start + WINDOW_WORDS)
    begin, end = words[start].start(), words[stop - 1].end()
    lead = ELLIPSIS if start > 0 else ""
    shown = lead + text[begin:end] + (ELLIPSIS if stop < len(words) else "")
    spans = [(words[i].start() - begin + len(lead), words[i].end() - begin + len(lead))
             for i in range(start, stop) if keys[i]]
    # line breaks become spaces one for one, so the spans stay right
    return Marked(shown.replace("\n", " "), spans)


def best_window_start(keys: list[str | None]) -> int:
    """Where the window with the most distinct matched keys (then the most matches) begins."""
    best, best_score = 0, (0, 0)
    for at, key in enumerate(keys):
        if key is None:
            continue
        start = max(0, at - LEAD_WORDS)
        inside = [k for k in keys[start:start + WINDOW_WORDS] if k]
        score = (len(set(inside)), len(inside))
        if score > best_score:
            best, best_score = start, score
    return best
