"""Text blocks: the unit the extractor reasons about, whatever the page's format.

An HTML page and a plain-text dump are both turned into a flat list of `Block`s in
reading order; the main-content choice (`mainrun`) then works on blocks alone, so the
two formats share one mechanism.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


@dataclass(slots=True)
class Block:
    """A run of text between two block boundaries of the page."""

    text: str
    link_chars: int = 0  # characters of `text` inside <a>: menus and feeds are mostly links
    heading: int = 0  # 1..6 inside <h1>..<h6>, else 0
    in_list: bool = False  # inside <li>, or a "•" line of a text dump
    href: str | None = None  # the link when the block is essentially one link
    container: int = 0  # id of the nearest block-level ancestor, to tell siblings apart
    parent: int = 0  # id of the block-level ancestor above that: paragraphs of one article share it
    depth: int = 0  # block-level ancestors: the items of one feed stand at one depth
    path: tuple[int, ...] = ()  # ids of the block-level ancestors, outermost first, `container` last
    bold: bool = False  # the whole block is <b>/<strong>: subheads, bylines, leads
    furniture: bool = False  # under an element whose class or id names page furniture
    repeated: bool = False  # the same text stands elsewhere on the page: a template's, not an article's
    small_print: bool = False  # legal lines, datelines, counters, notices to the reader (mainrun sets it)
    words: int = -1  # word count of `text`, counted once: every stage asks for it

    def __post_init__(self) -> None:
        if self.words < 0:
            self.words = word_count(self.text)

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


def clean_space(text: str) -> str:
    """Collapse runs of white space (nbsp included) and drop soft hyphens and zero widths."""
    text = text.replace("\xad", "").replace("\u200b", "").replace("\ufeff", "")
    return _SPACE.sub(" ", text).strip()


def word_count(text: str) -> int:
    """Words; for Chinese and Japanese, which do not space words, every two characters count as one."""
    cjk = len(_CJK.findall(text))
    if not cjk:
        return len(_WORD.findall(text))
    return len(_WORD.findall(_CJK.sub(" ", text))) + cjk // 2


def mark_repeated(blocks: list[Block], min_words: int = 3) -> None:
    """Flag the second and later copies of a text: comment-form notes, per-comment boilerplate.

    The first copy keeps its score, since some dumps print the whole article twice (screen and
    print versions) and the first copy is then the one to keep.
    """
    seen: set[str] = set()
    for b in blocks:
        b.repeated = b.text in seen and b.words >= min_words
        seen.add(b.text)
