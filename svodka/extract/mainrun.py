"""Choose the article body among a page's blocks.

Why a maximum-sum run (the idea of Finn et al.'s Body Text Extraction) rather than a
DOM-container score as readability does: the pages this project reads include 2010s table
layouts where the article shares its table cell with menus and feeds, and plain-text dumps
with no DOM at all. Scoring blocks and taking the best contiguous run works on both.
"""

from __future__ import annotations

import re

from svodka.extract.blocks import Block, word_count
from svodka.extract.dates import find_times

# Headings of the news feeds set beside an article ("Читайте также", "Другие новости"): their
# items are kept as related items.
FEED_WORDS = (
    r"читайте|смотрите|см\.|также\s+читайте|ещ[её]\s+по\s+теме|по\s+теме|"
    r"(другие|последние|свежие|похожие|главные|все|ещ[её])\s+(новости|публикации|материалы|статьи|события)|"
    r"новости\s+(по\s+теме|сми)|материалы\s+по\s+теме|самое\s+(читаемое|популярное)|популярное|"
    r"related|read\s+more|more\s+(in|on|from|about)\b|more\s+(\w+\s+){0,2}(news|stories|articles|videos)|"
    r"you\s+(may|might)\s+(also\s+)?(like|enjoy)|recommended(\s+for\s+you)?|most\s+(popular|read)|trending|"
    r"(top|latest|popular)\s+(stories|articles|news|videos)|see\s+also|also\s+read|further\s+reading|"
    r"editor'?s\s+picks?|don'?t\s+miss|up\s+next|"
    # the same feeds on pages in other languages: pt, es, de, fr, it
    r"voc[êe]\s+pode\s+gostar|leia\s+tamb[ée]m|veja\s+tamb[ée]m|mais\s+lidas|"
    r"(artigos|not[íi]cias|mat[ée]rias)\s+relacionad[ao]s|"
    r"te\s+puede\s+interesar|lea\s+tambi[ée]n|(noticias|art[íi]culos)\s+relacionad[ao]s|"
    r"das\s+k[öo]nnte\s+sie|lesen\s+sie\s+auch|mehr\s+zum\s+thema|"
    r"[àa]\s+lire\s+aussi|lire\s+aussi|vous\s+aimerez|sur\s+le\s+m[êe]me\s+sujet|"
    r"leggi\s+anche|potrebbe\s+interessarti"
)
# Headings of the rest of a page's tail: comments, tags, partners' and "best of" boxes.
TAIL_WORDS = (
    r"ссылки\s+по\s+теме|лучшие\s+(новости|публикации|материалы|статьи|события)|новости\s+партн[её]ров|"
    r"самое\s+обсуждаемое|комментари[ийя]|обсуждение|(оставить|добавить|написать)\s+комментарий|"
    r"ваш\s+комментарий|ваше\s+мнение|рекомендуем|теги|метки|ключевые\s+слова|comments?|share\s+this|"
    # the same in other languages: en, pt, es, de, fr, it
    r"tags?\b|topics\b|filed\s+under|(view|show|read|post|add)\s+(\w+\s+)?comments?|"
    r"(leave|post|add|write)\s+a\s+(reply|comment)|join\s+the\s+(conversation|discussion)|"
    r"deixe\s+(uma|um|seu|sua)\s+(resposta|coment[áa]rio)|coment[áa]rios?\b|kommentare?\b|"
    r"commentaires?\b|commenti\b|deja\s+un\s+comentario"
)
FEED_HEADING = re.compile(rf"^\W*({FEED_WORDS})\b", re.I)
# Headings that open a feed, comments or the page's tail: the body never runs across them.
STOP = re.compile(rf"^\W*({FEED_WORDS}|{TAIL_WORDS})\b", re.I)
# "Комментарии: 0", "Комментарии (8)" in a toolbar count comments, they do not open them
COUNTER = re.compile(r"\d")
# Legal small print and contact lines: long enough to pass for prose, never part of an article.
LEGAL = re.compile(
    r"©|\(c\)\s*\d{4}|все\s+права\s+(защищены|охраняются)|при\s+(использовании|цитировании|перепечатке)|"
    r"ссылка\s+на\s+\S+\s+обязательна|гиперссылка|не\s+несет\s+ответственности|правообладател|"
    r"свидетельство\s+о\s+регистрации|зарегистрировано\s+в|роскомнадзор|e-?mail\s*:|тел(ефон)?\.?\s*:|"
    r"all\s+rights\s+reserved|\bcookies?\b|файл\w*\s+cookie|privacy\s+policy|политик\w+\s+конфиденциальности",
    re.I,
)
# Short lines of page machinery that read like text: error-report hints, rating prompts, photo
# credits, bare links, datelines (the date is read elsewhere; in the body it is furniture).
MACHINERY = re.compile(
    r"ctrl\s*\+\s*enter|оцените|ваш[ае]?\s+(мнение|оценка)\s+учтен|подпис(аться|ывайтесь)|присоединяйтесь|"
    r"\b(follow|like|join)\s+us\b|sign\s+up\s+for\s+our\b|"
    r"^\W*(источник|видео)\s*:|\b(фото|photo|иллюстрация|источник\s+фото)\s*:|^\W*\d*\s*(обновлено|updated)\b|"
    r"^\W*(вы\s+можете|уважаемые\s+читатели)|^\W*https?://\S+\W*$|^\W*www\.\S+\W*$|"
    r"(время\s+публикации|опубликовано|последнее\s+обновление|дата\s+публикации)\s*:|"
    r"просмотр(ов|ы)\s*:|^[\W\d]*$",
    re.I,
)
MACHINERY_WORDS_MAX = 20
# "By Sarah E. Needleman", "by Stefan Becket, Kathryn Watson and Grace Segers": a byline and nothing else
BYLINE = re.compile(r"^\W*(?i:by)\s+(?:(?:[A-Z][\w.'’-]*|and|&)[\s,]*){1,8}$")
# A site speaking to its reader with the polite capitalised "Вы"/"Ваш" mid-sentence (comment
# rules, registration prompts); articles quote speech in lower case.
POLITE = re.compile(r"(?<=[a-zа-яё,] )(?:Вы|Вас|Вам|Вами|Ваш|Ваша|Ваше|Вашего|Вашей|Ваши|Ваших)\b")
STOP_WORDS_MAX = 6
PROSE_WORDS = 20  # a heading of a feed is short; a paragraph that begins so is text
STOP_SCORE = -80.0


def is_heading_of(block: Block, pattern: re.Pattern[str]) -> bool:
    """A short heading that `pattern` opens; not an inline "Читайте также: <link>" teaser."""
    if block.words > STOP_WORDS_MAX or block.link_density >= 0.5:
        return False
    match = pattern.match(block.text)
    return match is not None and word_count(block.text[match.end():]) <= 3


def is_feed_heading(block: Block) -> bool:
    """A heading that opens a feed, comments or the page's tail."""
    return is_heading_of(block, STOP) and not (block.in_list and COUNTER.search(block.text))


def is_machinery(block: Block) -> bool:
    return block.words <= MACHINERY_WORDS_MAX and (
        MACHINERY.search(block.text) is not None or BYLINE.match(block.text) is not None or is_dateline(block.text)
    )


# Dates as pages in Latin script print them ("Nov. 18th, 2019", "18 Nov 2019", "11/20/19",
# "2016.12.01"), and the words around them in a dateline; the Russian forms are `find_times`'.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
LATIN_DATE = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\b\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|"
    r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}[./-]\d{1,2}[./-]\d{1,2}\b",
    re.I,
)
DATELINE_WORDS = re.compile(
    r"\b(?:published|updated|posted|last|modified|on|at|am|pm|a\.m|p\.m|[a-z]?[ecmp][sd]?t|gmt|utc|bst|"
    r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|\d+(?::\d\d)?(?:am|pm)?|an?|\d*\s*(?:minute|hour|day)s?|ago)\b",
    re.I,
)


_DIGIT = re.compile(r"\d")


def is_dateline(text: str) -> bool:
    """A line that is a date and little else: "22/12/2021 - 12:44 (по МСК)", "пятница, 06.01.2012",
    "Published Nov. 18, 2019 7:04 pm ET"."""
    if _DIGIT.search(text) is None:
        return False  # a dateline prints a day or a time
    found = [f.text for f in find_times(text)] + LATIN_DATE.findall(text)
    if not found:
        return False
    rest = text
    for f in found:
        rest = rest.replace(f, " ")
    return word_count(DATELINE_WORDS.sub(" ", rest)) <= 3


def mark_small_print(blocks: list[Block]) -> None:
    """Flag, once per page, the blocks that read like text but are the site's: their words count against."""
    for b in blocks:
        b.small_print = (
            b.repeated or LEGAL.search(b.text) is not None or is_machinery(b) or POLITE.search(b.text) is not None
        )


def block_score(block: Block, furniture_counts: bool = True) -> float:
    """Words of running text count for the body; words of links, and each block's cut, against."""
    words = block.words
    if words == 0:
        return -1.0
    if is_feed_heading(block):
        return STOP_SCORE
    if block.small_print:
        return -float(words)
    link = block.link_density
    # link words weigh double against a short block (a menu item), once against prose with links in it
    link_weight = 1.0 if words >= PROSE_WORDS else 2.0
    score = words * (1.0 - link) - link_weight * words * link - 4.0
    if block.in_list and words < 20:
        score -= 4.0
    if block.furniture and furniture_counts:
        score = min(score, score * 0.3)
    return score


def best_run(scores: list[float]) -> tuple[int, int]:
    """Kadane: the contiguous run [start, stop) with the largest sum, never across a feed heading."""
    best, best_span = float("-inf"), (0, 0)
    total, start = 0.0, 0
    for i, s in enumerate(scores):
        if s <= STOP_SCORE:
            total = 0.0
            continue
        if total <= 0:
            total, start = s, i
        else:
            total += s
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


# Without a headline, an earlier run this strong beats the best one: articles come before their
# comments, and a long discussion can outweigh the story it discusses.
EARLY_SHARE = 0.5


def earliest_strong_run(scores: list[float], start: int, stop: int) -> tuple[int, int]:
    best = sum(scores[start:stop])
    while start > 0:
        s2, e2 = best_run(scores[:start])
        if e2 <= s2 or sum(scores[s2:e2]) < EARLY_SHARE * best:
            break
        start, stop = s2, e2
    return start, stop


# The run right below the headline wins unless the page's densest run is this many times
# stronger: a headline match is strong evidence, but headlines are sometimes found in a feed.
ANCHOR_SHARE = 0.25


def anchored_run(scores: list[float], start: int) -> tuple[int, int, float]:
    """The best run that begins at `start` (leading negatives trimmed) and crosses no feed heading."""
    total, best, stop = 0.0, 0.0, start
    for i in range(start, len(scores)):
        if scores[i] <= STOP_SCORE:
            if best > 0:
                break
            continue  # a feed heading above the body (a sidebar) does not end it
        total += scores[i]
        if total > best:
            best, stop = total, i + 1
    first = start
    while first < stop and scores[first] < 0:
        first += 1
    return first, stop, sum(scores[first:stop])


def body_span(scores: list[float], headline: int | None) -> tuple[int, int]:
    """[start, stop) of the densest run of body blocks."""
    start, stop = best_run(scores)
    if headline is None:
        return earliest_strong_run(scores, start, stop)
    a_start, a_stop, a_sum = anchored_run(scores, headline + 1)
    if a_sum >= ANCHOR_SHARE * sum(scores[start:stop]):
        return a_start, a_stop
    return start, stop


_SENTENCE_END = re.compile(r"[.!?…»\"”:)]$")


def keeps_in_body(block: Block, score: float) -> bool:
    """Whether a block inside the chosen run is text rather than a toolbar, counter or link."""
    too_linked = block.link_density >= (0.8 if block.words >= PROSE_WORDS else 0.5)
    if too_linked or block.small_print:
        return False
    if score > 0:
        return True
    # a short paragraph ("Он добавил, что жертв нет.") is text; "Tweet", "Просмотров: 527" are not
    return block.words >= 3 and _SENTENCE_END.search(block.text) is not None and not COUNTER.search(block.text)


def main_parent(blocks: list[Block]) -> int | None:
    """The block-level element that holds most of the body's words, if one holds most of them."""
    words: dict[int, int] = {}
    for b in blocks:
        words[b.parent] = words.get(b.parent, 0) + b.words
    if not words:
        return None
    parent, count = max(words.items(), key=lambda kv: kv[1])
    return parent if parent and count >= 0.6 * sum(words.values()) else None


INLINE_FEED_SPAN = 12  # blocks an inline feed box may take before the story goes on


def resumed_after_inline_feed(blocks: list[Block], scores: list[float], start: int, stop: int) -> int | None:
    """Where the story goes on after a feed heading that ends the run, if it does: prose at the
    depth of the run's own paragraphs, within a few blocks, before any other heading."""
    if stop >= len(blocks) or not is_feed_heading(blocks[stop]) or stop <= start:
        return None
    depth = blocks[stop - 1].depth
    if depth == 0:
        return None  # a text page has no structure to tell the story's paragraphs from the feed's
    for j in range(stop + 1, min(len(blocks), stop + 1 + INLINE_FEED_SPAN)):
        block = blocks[j]
        if is_feed_heading(block) or (block.heading and block.link_density < 0.5):
            return None  # a heading of the page's own; a linked one is an item of the feed
        if block.depth == depth and scores[j] >= PROSE_WORDS and block.link_density < 0.2:
            return j
    return None


def body_blocks(blocks: list[Block], headline: int | None) -> list[Block]:
    """The article's paragraphs: the best run, then its parent's later paragraphs up to a feed heading.

    The run alone stops at a widget of links set into the article ("Рамблер-Новости" in the
    middle of a story); paragraphs that share the run's parent element after it are the same
    article, so they are taken back.
    """
    # when the headline itself sits under a class like "has-social-bar", the flag tells nothing
    furniture_counts = headline is None or not blocks[headline].furniture
    scores = [block_score(b, furniture_counts) for b in blocks]
    start, stop = body_span(scores, headline)
    while True:  # an inline "Related articles" box inside the story: read on past it
        resume = resumed_after_inline_feed(blocks, scores, start, stop)
        if resume is None:
            break
        _, stop, _ = anchored_run(scores, resume)
    chosen = [i for i in range(start, stop) if keeps_in_body(blocks[i], scores[i])]
    parent = main_parent([blocks[i] for i in chosen])
    if parent is not None:
        for i in range(stop, len(blocks)):
            block = blocks[i]
            if scores[i] <= STOP_SCORE:
                break  # a feed heading
            if block.parent == parent and scores[i] > 0 and keeps_in_body(block, scores[i]):
                chosen.append(i)
    return [blocks[i] for i in chosen]
