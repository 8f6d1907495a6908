"""The stretches of an article inside quotation marks.

Quotation marks are paired by hand: Russian news mixes «ёлочки», „лапки“, “English” and straight
quotes that open and close alike, nests them, and leaves some unbalanced; no tokenizer pairs them.
A quotation that runs over paragraphs («… ⏎ … ⏎ …», — сказал Айяла) opens in one and closes in a
later one, each paragraph holding half a pair.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SPACE = " \t\n\u00a0"
OPEN_AFTER = SPACE + "([«„“—–-/:"  # a straight quote after these opens
WORD = re.compile(r"\w", re.UNICODE)
MARKS = re.compile("[«»„“”\"]")
ATTRIBUTION_AFTER = re.compile(r"\s*,\s*[-—–]\s")  # '", - сказал'
# a title cut short with an ellipsis and glued to what follows ("итог выбо ...Евгений")
GLUED_TITLE = re.compile(r"[ \u00a0]?(?:\.\.\.|…)(?=[А-ЯЁA-Z«\"])")


@dataclass
class Quoted:
    """The inside of one outermost pair of quotation marks; a missing mark is at -1."""

    start: int
    stop: int
    open_mark: int
    close_mark: int
    speech: bool = True


def quoted_segments(text: str, start: int, stop: int) -> list[Quoted]:
    """The outermost quoted stretches of one paragraph, in order."""
    stack: list[tuple[str, int]] = []
    found: list[Quoted] = []

    def close(open_pos: int, close_pos: int) -> None:
        found.append(Quoted(open_pos + 1, close_pos, open_pos, close_pos))

    for m in MARKS.finditer(text, start, stop):
        i, ch = m.start(), m.group()
        if ch == "«" or ch == "„":
            stack.append((ch, i))
        elif ch == "»":
            while stack and stack[-1][0] != "«":
                stack.pop()
            if stack:
                _, o = stack.pop()
                if stack and stack[0][0] == "«" and ATTRIBUTION_AFTER.match(text, i + 1, stop):
                    # "«Конечно, но, как говорится, «из песни слов не выкинешь», - подчеркнула": one
                    # mark closes both the inner and the outer quotation before the attribution
                    o = stack[0][1]
                    stack.clear()
                if not stack:
                    close(o, i)
            elif ATTRIBUTION_AFTER.match(text, i + 1, stop) and not any(
                    ATTRIBUTION_AFTER.match(text, q.close_mark + 1, stop) for q in found):
                # "… значения», – сказал Айяла" with no opener here: a quotation opened in a paragraph
                # before closes in this one (its opener missing, at -1), over any name quoted inside
                # it ("… судьба «Ротора». Вообще безразлична», – сказал Уткин"); after a quotation
                # attributed on its own, the mark is a stray one
                found[:] = [Quoted(start, i, -1, i)]
        elif ch in "“”":
            if stack and stack[-1][0] in "„“" and (ch == "”" or stack[-1][0] == "„"):
                _, o = stack.pop()
                if not stack:
                    close(o, i)
            elif ch == "“":
                stack.append((ch, i))
        elif ch == '"':
            prev = text[i - 1] if i > start else " "
            nxt = text[i + 1] if i + 1 < stop else " "
            can_close = prev not in SPACE and (nxt in SPACE or not WORD.match(nxt))
            # '… 14-19° ", - говорится в сообщении': a space slipped in before the closing mark
            can_close = can_close or bool(stack and stack[-1][0] == '"' and ATTRIBUTION_AFTER.match(text, i + 1, stop))
            if stack and stack[-1][0] == '"' and can_close:
                _, o = stack.pop()
                if stack and stack[-1][0] == '"' and ATTRIBUTION_AFTER.match(text, i + 1, stop):
                    # '"… статус Таллина как "Культурной столицы", - добавил': one straight mark
                    # closes both the inner and the outer quotation before the attribution
                    _, o = stack.pop()
                if not stack:
                    close(o, i)
            elif prev in OPEN_AFTER or i == start or (prev in ".!?…" and nxt.isupper() and not stack):
                # 'на ютубе."Я решила': a mark glued to the full stop before it opens the next sentence
                stack.append((ch, i))
            elif can_close and not stack:
                # a closing mark with no opener: the opener was eaten by a quoted name at the very
                # start ('"Динамо" - безупречный клуб ...", - сказал'), so the quote began there
                begin = start + 1 if text[start] in '"«' else start
                found[:] = [q for q in found if q.open_mark < begin - 1]
                found.append(Quoted(begin, i, begin - 1, i))
    if stack:
        # an opener never closed runs to the paragraph's end (a quote continued over paragraphs)
        o = stack[0][1]
        lone = o == start and MARKS.search(text, o + 1, stop) is None
        said = UNCLOSED_SAID.match(text, o + 1, stop) if lone else None
        if said is not None and not RESUMED.search(text, said.end(), stop):
            # '"Это не свобода. Верните людям свободу, - написал Маск': the closing mark left out
            # before the attribution; the quotation ends there (its close at its last letter)
            found.append(Quoted(o + 1, said.end(1), o, said.end(1) - 1))
            return found
        cut = GLUED_TITLE.search(text, o, stop)  # "«Для Смирнова … итог выбо ...Евгений": a title cut short
        found.append(Quoted(o + 1, cut.start() if cut else stop, o, -1))
    return found


# '…, – говорит Х. – И ещё …': the quotation resumes after its attribution, its closing mark at the end
RESUMED = re.compile(r"[.!?…:]\s*[-—–]\s+[А-ЯЁA-Z]")
# the words of a paragraph opened by a mark up to ", - <verb>" with no mark between
UNCLOSED_SAID = re.compile(r"([^«»„“”\"\n]{20,}?[^\s,])\s*,\s*[-—–]\s+[а-яё]")


def quoted_stretches(text: str, paragraphs: list[tuple[int, int]]) -> list[Quoted]:
    """The quoted stretches of the article: each paragraph's, and a quotation opened in one
    paragraph and closed in a later one joined into one, over the paragraphs between (up to
    SPAN_PARAGRAPHS); what is quoted inside them is part of it."""
    per_paragraph = [quoted_segments(text, a, b) for a, b in paragraphs]
    out: list[Quoted] = []
    k = 0
    while k < len(per_paragraph):
        found = per_paragraph[k]
        if found and found[-1].close_mark == -1:
            closing = closed_later(text, paragraphs, per_paragraph, k)
            if closing is not None:
                j, last = closing
                out.extend(found[:-1])
                out.append(Quoted(found[-1].start, last.stop, found[-1].open_mark, last.close_mark))
                out.extend(per_paragraph[j][1:])
                k = j + 1
                continue
        out.extend(found)
        k += 1
    return out


SPAN_PARAGRAPHS = 4  # a quotation read out over more paragraphs is an interview, told otherwise


def closed_later(text: str, paragraphs: list[tuple[int, int]], per_paragraph: list[list[Quoted]],
                 k: int) -> tuple[int, Quoted] | None:
    """The paragraph and the stretch that close the quotation left open at the end of paragraph k:
    a closer with no opener at a later paragraph's start; None when another quotation opens first."""
    for j in range(k + 1, min(k + 1 + SPAN_PARAGRAPHS, len(per_paragraph))):
        found = per_paragraph[j]
        if not found:
            continue
        first = found[0]
        if first.open_mark == -1 or text[first.open_mark] not in "«\"„“":
            return j, first
        if first.close_mark != -1 and not text[paragraphs[j][0]:first.open_mark].strip():
            return None  # a paragraph that is a quotation of its own: another one opened first
    return None
