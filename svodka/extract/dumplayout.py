"""A whole-page text dump's lines put back as the page had them: columns, paragraphs, encoding.

`w3m -dump` (and crawlers' text exports made the same way) print a page as it looks on screen:

* a table layout sets the left menu, the article and the right-hand feed side by side, so one
  line reads "Криминал   За последнюю неделю …   09:14". Columns are found where many lines start
  a piece of text at one position after a gap; each line is cut there, and the page is read band
  by band (a band ends at a full-width row, such as a menu line), each band column by column;
* paragraphs are wrapped at the column's width: a line whose first word would not have fitted at
  the end of the line above continues it;
* elements set without a space between them run together ("…в районеСотрудники РОП…");
* some pages were crawled through a proxy that read UTF-8 as windows-1251 ("Р‘Р°Р№РєР°Р»").

Written by hand because no maintained library reflows a text browser's rendering; the encoding
repair is ftfy's.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

import ftfy

BULLET = re.compile(r"^\s*(?:[•*·▪◦■□○●‣⁃]|\d+\.\s|\[\d{1,3}\])\s*")  # a numbered link as lynx prints it, not an image named by digits
_COLUMN_GAP = re.compile(r"\S {3,}\S")  # table cells that a text browser set side by side
MIN_COLUMN = 30  # characters: narrower columns hold menus, not wrapped paragraphs
WRAP_SLACK = 2  # columns a wrapped line may fall short of the widest one
WIDTH_WINDOW = 20  # lines above and below that tell a column's width
WRAPPED_LINES = 2  # lines ending within a word of one width show the column was wrapped there
WORD_ROOM = 15  # characters: a long word that did not fit leaves a line this much short
_GLUE = re.compile(r"[а-яё][А-ЯЁ]")
_WORD = re.compile(r"\w+")
_CLOCK = re.compile(r"\d:\d\d")
MIN_GLUED_WORDS = 3  # a headline has a few words: "ДочьЮлии" is a typo, not two elements
MAX_GLUED_WORDS = 25
_MOJIBAKE_LEAD = re.compile("[РС]")
_CYRILLIC = re.compile("[А-Яа-яЁёЂ-џ]")
MOJIBAKE_SHARE = 0.3  # of a line's Cyrillic letters: UTF-8 read as windows-1251 starts every letter with Р or С
# Only the encoding is repaired: quotes, widths and entities are the page's own.
_ENCODING_ONLY = ftfy.TextFixerConfig(
    unescape_html=False, fix_latin_ligatures=False, fix_character_width=False, uncurl_quotes=False,
    fix_line_breaks=False, remove_control_chars=False, normalization=None, explain=False,
)
MIN_SPLIT_LINES = 3  # lines with text on both sides of a boundary, for it to count as a column edge
MIN_START_LINES = 6  # lines that start text at a boundary (after a gap or at their indentation)
MIN_SHARE = 0.1  # of the non-blank lines: one table of a few rows is not a page layout
MIN_LEFT_WIDTH = 10  # characters: the narrowest left column the layouts hold
ALIGN = 2  # columns a cell may stand off its column's edge
GAP = 2  # spaces that separate two cells set side by side
_CELL_START = re.compile(rf"(?:^ *| {{{GAP},}})([^ ])")  # a cell starts after a gap, or at the line's start


def cell_starts(line: str) -> list[tuple[int, bool]]:
    """Positions where a piece of text starts after a gap; True when text stands to its left."""
    indent = len(line) - len(line.lstrip(" "))
    return [(m.start(1), m.start(1) > indent) for m in _CELL_START.finditer(line)]


def column_edges(lines: list[str]) -> list[int]:
    """Positions where the dump's columns begin (besides 0); of starts a few columns apart (a
    cell's bullet, a time set one column left), the most used stands for them all."""
    split, start = Counter[int](), Counter[int]()
    for line in lines:
        for x, after_text in cell_starts(line):
            if x < MIN_LEFT_WIDTH:
                continue  # bullets and list numbers stand left of an indented item, no column does
            start[x] += 1
            if after_text:
                split[x] += 1
    floor = max(MIN_START_LINES, MIN_SHARE * sum(1 for line in lines if line.strip()))
    found = sorted((x for x in split if split[x] >= MIN_SPLIT_LINES and start[x] >= floor),
                   key=lambda x: -start[x])
    edges: list[int] = []
    for x in found:
        if all(abs(x - e) > ALIGN for e in edges):
            edges.append(x)
    return sorted(edges)


def crosses(line: str, x: int) -> bool:
    """A word of the line runs over position x."""
    return 0 < x < len(line) and line[x - 1] != " " and line[x] != " "


def cut_near(line: str, x: int) -> int | None:
    """Where the line's cell at column edge x begins after a gap, if text stands left of it: a
    column or two off the edge is still the same column."""
    for c in sorted(range(x - ALIGN, x + ALIGN + 1), key=lambda c: abs(c - x)):
        if 0 < c < len(line) and line[c] != " " and line[c - GAP: c] == " " * GAP and line[:c].strip():
            return c
    return None


def cuts_of(lines: list[str], k: int, edges: list[int]) -> list[int]:
    """Where line k is cut into cells. A single space before an edge cuts it only when a line next
    to it is cut there too (a cell filled to its width); among lines that run across the edge, a
    word that happens to end at it is no cell's end."""
    line = lines[k]
    cuts = []
    for x in edges:
        c = cut_near(line, x)
        if c is None and 0 < x < len(line) and line[x] != " " and line[x - 1] == " " and line[:x].strip():
            c = x if any(opens_at(lines[j], x) for j in neighbours(lines, k)) else None
        if c is not None:
            cuts.append(c)
    return sorted(set(cuts))


def neighbours(lines: list[str], k: int) -> list[int]:
    """The nearest non-blank lines above and below line k."""
    above = next((j for j in range(k - 1, -1, -1) if lines[j].strip()), None)
    below = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
    return [j for j in (above, below) if j is not None]


def opens_at(line: str, x: int) -> bool:
    """The line has a cell at edge x: after a gap, or with nothing left of it."""
    begin = len(line) - len(line.lstrip())
    return cut_near(line, x) is not None or abs(begin - x) <= ALIGN


def pieces(line: str, cuts: list[int], edges: list[int]) -> list[tuple[int, str]]:
    """The line cut into cells: (column index, text with its indent)."""
    out: list[tuple[int, str]] = []
    for a, b in pairwise([0, *cuts, len(line)]):
        text = line[a:b].rstrip()
        if not text.strip():
            continue
        column = sum(1 for x in edges if x - ALIGN <= a + len(text) - len(text.lstrip()))
        if out and out[-1][0] == column:  # a bullet and its item, cut apart at an edge between them
            out[-1] = (column, out[-1][1] + line[len(out[-1][1]): a] + text)
        else:
            out.append((column, " " * a + text))
    return out


def is_band_break(line: str, cuts: list[int], edges: list[int]) -> bool:
    """A line from the left margin that runs across a column edge uncut: a full-width row of the page."""
    begin = len(line) - len(line.lstrip())
    return not cuts and begin < edges[0] - ALIGN and any(crosses(line, x) for x in edges)


def decolumnize(lines: list[str]) -> list[str]:
    """The lines in reading order: bands top to bottom, and in each band its columns left to right."""
    edges = column_edges(lines)
    if not edges:
        return lines
    out: list[str] = []
    band: list[list[tuple[int, str]]] = []
    for k, line in enumerate(lines):
        cuts = cuts_of(lines, k, edges)
        if is_band_break(line, cuts, edges):
            out += read_band(band, len(edges) + 1)
            out.append(line)
            band = []
        else:
            band.append(pieces(line, cuts, edges))
    out += read_band(band, len(edges) + 1)
    return out


def read_band(band: list[list[tuple[int, str]]], columns: int) -> list[str]:
    """The band's columns one after another, each closed by a blank line; a band of blank lines
    stays one (it parts the full-width rows around it)."""
    if band and not any(band):
        return [""]
    out: list[str] = []
    for column in range(columns):
        texts = [next((t for c, t in row if c == column), "") for row in band]
        if any(t.strip() for t in texts):
            out += texts
            out.append("")
    return out


def text_lines(text: str) -> list[str]:
    """Lines of the page, with the lines of a column-wrapped dump joined back into paragraphs.

    A text browser breaks a paragraph where its next word would not fit in the column; so a line is
    the continuation of the one above when both start at the same column and its first word would
    have overflowed the width the lines near it were wrapped at (near: the same column further
    down the page may be another table's, of another width).
    """
    rows = Rows.of(decolumnize(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")))
    lines: list[str] = []
    for k, line in enumerate(rows.lines):
        if lines and k > 0 and wraps(rows, k):
            lines[-1] = lines[-1].rstrip() + " " + line.strip()
        else:
            lines.append(line)
    return lines


@dataclass(frozen=True)
class Rows:
    """A dump's lines in reading order, with where each one's text starts and ends."""

    lines: list[str]
    starts: list[int]  # -1 for a blank line and for cells left side by side: neither is wrapped text
    ends: list[int]

    @classmethod
    def of(cls, lines: list[str]) -> Rows:
        starts = [text_start(x) if x.strip() and not _COLUMN_GAP.search(x.strip()) else -1 for x in lines]
        return cls(lines, starts, [len(x.rstrip()) for x in lines])


def text_start(line: str) -> int:
    bullet = BULLET.match(line)
    return bullet.end() if bullet else len(line) - len(line.lstrip())


def wraps(rows: Rows, k: int) -> bool:
    """Line k continues line k-1: both start at one column (give or take one), line k is no new
    list item, and its first word would not have fitted at the end of line k-1."""
    start, before = rows.starts[k], rows.starts[k - 1]
    if start < 0 or before < 0 or abs(start - before) > 1 or BULLET.match(rows.lines[k]):
        return False
    width = column_width(rows, k)
    if width is None or width - start < MIN_COLUMN:
        return False
    return rows.ends[k - 1] + 1 + len(rows.lines[k].split()[0]) > width - WRAP_SLACK


def column_width(rows: Rows, k: int) -> int | None:
    """The width the lines near line k were wrapped at: the longest line end that other lines of
    the column end close to (a wrapped paragraph's lines all end within a word of the width; a
    menu or an unwrapped paragraph that runs longer stands alone)."""
    start = rows.starts[k]
    near = range(max(0, k - WIDTH_WINDOW), min(len(rows.lines), k + WIDTH_WINDOW))
    ends = sorted((rows.ends[j] for j in near if rows.starts[j] >= 0 and abs(rows.starts[j] - start) <= 1),
                  reverse=True)
    for n, end in enumerate(ends):
        if n + WRAPPED_LINES <= len(ends) and ends[n + WRAPPED_LINES - 1] >= end - WORD_ROOM:
            return end
    return None


def unglued(line: str) -> list[str]:
    """A line cut where a headline runs into the text after it with no space ("…в Имишлинском
    районеСотрудники РОП…"): the dump of a teaser or of a heading and its lead. Russian text never
    puts a capital right after a small letter, so the join marks where two elements met. A line of
    timed items glued together is left whole: the feed reader splits it at its times."""
    if len(_CLOCK.findall(line)) >= 2:
        return [line] if line else []
    glue = _GLUE.search(line)
    if glue is None or not MIN_GLUED_WORDS <= len(_WORD.findall(line[: glue.start() + 1])) <= MAX_GLUED_WORDS:
        return [line] if line else []
    return [line[: glue.start() + 1], *unglued(line[glue.start() + 1:])]


def repaired(line: str) -> str:
    """A line whose UTF-8 text was read as windows-1251 ("Р‘Р°Р№РєР°Р»"), read back as it was
    written; pages crawled through a misconfigured proxy mix such lines with good ones. ftfy tells
    mojibake from text; the cheap count first keeps it off the lines that cannot be mojibake."""
    cyrillic = len(_CYRILLIC.findall(line))
    if cyrillic < 4 or len(_MOJIBAKE_LEAD.findall(line)) < MOJIBAKE_SHARE * cyrillic:
        return line
    return ftfy.fix_text(line, _ENCODING_ONLY)
