"""The story's element: where the page's markup puts the text that the best run found.

Why a second pass over the markup after the run (`mainrun`): the run reads blocks in order, so it
stops at whatever breaks the text inside a story (a "Read more" box, a table, a list of short
items, a subheading) and runs on into prose set after it (an author's note, teasers, a comment
policy). Pages wrap a story in one element; once the run says which element holds most of its
text, that element tells where the story begins and ends, and a box inside it that opens with a
feed heading tells what is not the story. A text dump has no elements, and keeps its run.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from svodka.extract.blocks import Block
from svodka.extract.mainrun import (
    PROSE_WORDS,
    STOP,
    STOP_WORDS_MAX,
    block_score,
    is_feed_heading,
    keeps_in_body,
)

# The story's element is the deepest one that holds this share of the run's prose weight: the
# share leaves out a standfirst, a byline or a teaser that the run took in at either end.
ELEMENT_SHARE = 0.8
# A box inside the story holding less than this share of the run's score is not the story's own.
BOX_SHARE = 0.1
# Past the run's end, text nested this many levels below the story's paragraphs is a widget's;
# a fact box or a quote set into the story sits a level or two deeper.
NESTING = 3
LIST_ITEM_WORDS = 4  # a list item past the run's end is text from this length ("1 tsp ground ginger")
LEAD_HEADING_WORDS = 15  # a lead set as a heading is long; a subtitle is short
REPEAT_SHARE = 0.8  # a lead whose words an opening paragraph repeats is a summary printed twice
LEAD_MAX = 3  # the story's opening paragraphs, that may repeat a lead


def prose_weight(block: Block) -> float:
    """How much a block counts as running text: its score, if positive and not a heading's."""
    return max(0.0, block_score(block)) if not block.heading else 0.0


def story_element(found: list[Block]) -> int | None:
    """Id of the deepest element holding `ELEMENT_SHARE` of the run's prose weight."""
    weight: dict[int, float] = {}
    depth: dict[int, int] = {}
    total = 0.0
    for block in found:
        w = prose_weight(block)
        total += w
        for d, element in enumerate(block.path[:-1]):
            weight[element] = weight.get(element, 0.0) + w
            depth[element] = d
    if total == 0:
        return None
    holding = [e for e, w in weight.items() if w >= ELEMENT_SHARE * total]
    return max(holding, key=depth.__getitem__) if holding else None


@dataclass
class _Story:
    """The run's blocks inside the story's element, and what they say about the element's parts."""

    blocks: list[Block]
    element: int
    furniture_counts: bool
    chosen: set[int] = field(default_factory=set)  # indexes of the run's blocks inside the element
    scores: dict[int, float] = field(default_factory=dict)  # only the blocks looked at are scored

    def score(self, i: int) -> float:
        if i not in self.scores:
            self.scores[i] = block_score(self.blocks[i], self.furniture_counts)
        return self.scores[i]

    def paragraph_parents(self) -> set[int]:
        """Elements holding a fair share of the run's text as their own paragraphs."""
        held: dict[int, float] = {}
        for i in self.chosen:
            held[self.blocks[i].parent] = held.get(self.blocks[i].parent, 0.0) + max(0.0, self.score(i))
        total = sum(held.values())
        return {e for e, m in held.items() if m > 0 and m >= BOX_SHARE * total}

    def resumes_after(self, i: int, parents: set[int]) -> bool:
        """Whether a paragraph of the run set among the story's paragraphs comes after block `i`."""
        return any(j > i and self.score(j) > 0 and self.blocks[j].parent in parents for j in self.chosen)

    def box_of(self, i: int, kept: list[int]) -> int | None:
        """The box a feed heading opens: its highest ancestor inside the element that holds little
        of the text kept so far; None when the heading stands among the story's paragraphs."""
        path = self.blocks[i].path
        below = path[path.index(self.element) + 1:]
        held = dict.fromkeys(below, 0.0)
        total = 0.0
        for j in kept:
            m = max(0.0, self.score(j))
            total += m
            for e in self.blocks[j].path:
                if e in held:
                    held[e] += m
        box = next((e for e in below if held[e] < BOX_SHARE * total), None)
        if box != self.blocks[i].container:
            return box
        # the heading's own element is a box when the feed's items follow inside it (<br>-separated)
        following = self.blocks[i + 1] if i + 1 < len(self.blocks) else None
        return box if following is not None and following.container == box else None


def _story(blocks: list[Block], found: list[Block], element: int, furniture_counts: bool) -> _Story:
    story = _Story(blocks, element, furniture_counts)
    ids = {id(b) for b in found}
    story.chosen = {i for i, b in enumerate(blocks) if id(b) in ids and element in b.path}
    return story


def is_text(block: Block) -> bool:
    """Whether a block inside the story's element reads as its text rather than a control or a link."""
    if block.small_print or opens_feed(block):
        return False
    if block.link_density >= (0.8 if block.words >= PROSE_WORDS else 0.5):
        return False
    return bool(block.heading) or block.words >= 3


def opens_feed(block: Block) -> bool:
    """The heading of a feed or of comments, also when set as a heading with a line of text after it
    ("Комментарии Для добавления комментария необходимо …")."""
    return is_feed_heading(block) or (bool(block.heading) and STOP.match(block.text) is not None)


def ends_story(block: Block, parents: set[int]) -> bool:
    """Past the run's end: the heading of comments or of a feed (a link, too), legal small print,
    or a link that is not among the story's paragraphs ends the story."""
    if block.words <= STOP_WORDS_MAX and STOP.match(block.text):
        return True
    return (block.small_print and block.words >= 3) or (block.link_density >= 0.5 and block.parent not in parents)


def story_blocks(blocks: list[Block], found: list[Block], headline: int | None) -> list[Block]:
    """The run's story, read again inside its element: its opening above the run, then from the
    run's first paragraph there to the element's end, skipping boxes that open with a feed heading,
    with the subheadings, lists and table rows the run left out; blocks of the run outside the
    element are left out."""
    element = story_element(found)
    if element is None:
        return found
    furniture_counts = headline is None or not blocks[headline].furniture
    story = _story(blocks, found, element, furniture_counts)
    if not story.chosen:
        return found
    first = min(story.chosen)
    kept = read_on(story, first)
    kept = opening_blocks(blocks, story, headline, first, kept) + kept
    return [blocks[i] for i in without_empty_headings(blocks, kept, story.chosen)]


def read_on(story: _Story, first: int) -> list[int]:
    """Indexes of the story's blocks from `first` on: past the run's last paragraph, only while
    text goes on at the story's level and no tail heading, legal line or outside link comes."""
    blocks = story.blocks
    last = max((i for i in story.chosen if story.score(i) > 0), default=first)
    # elements whose paragraphs are the story's: a link among them ("READ MORE: …") does not end it
    parents = story.paragraph_parents()
    deepest = max((blocks[i].depth for i in story.chosen if blocks[i].parent in parents), default=blocks[first].depth)
    kept: list[int] = []
    skipped: set[int] = set()
    for i in range(first, len(blocks)):
        block = blocks[i]
        if story.element not in block.path:
            if i > last:
                break
            continue
        if skipped.intersection(block.path):
            continue
        if opens_feed(block):
            box = story.box_of(i, kept)
            if box is None:
                if not story.resumes_after(i, parents):
                    break  # the page's tail begins at the story's own level
                continue
            skipped.add(box)
            kept = [j for j in kept if box not in blocks[j].path]
            continue
        if i > last:
            if ends_story(block, parents):
                break
            if block.depth > deepest + NESTING:
                continue  # a widget nested deep in the element's tail: an appeal, a bio, a promo
            if not (keeps_in_body(block, story.score(i)) or block.heading
                    or (block.in_list and block.words >= LIST_ITEM_WORDS)):
                continue
        if i in story.chosen or is_text(block):
            kept.append(i)
            if story.score(i) > 0:
                parents.add(block.parent)
    return kept


def opening_blocks(blocks: list[Block], story: _Story, headline: int | None, first: int, kept: list[int]) -> list[int]:
    """The story's text above the run's first paragraph there, below the headline: the element's
    own text blocks (past a notice or a link), then a lead set apart above the element, unless the
    story's first paragraphs repeat it."""
    bound = -1 if headline is None else headline
    inside: list[int] = []
    story_path = set(blocks[first].path)
    i = first - 1
    while i > bound and story.element in blocks[i].path:
        block = blocks[i]
        if opens_feed(block):
            box = box_apart(blocks, i, story_path)
            if box is None:
                break
            inside = [j for j in inside if box not in blocks[j].path]
            while i > bound and box in blocks[i].path:
                i -= 1
            continue
        if is_text(block) and (story.score(i) > 0 or block.in_list or block.heading):
            inside.append(i)
        i -= 1
    while inside and story.score(inside[-1]) <= 0:
        inside.pop()  # the element's opening subheading or list stays out without text above it
    if inside:
        first = inside[-1]
    lead = lead_blocks(blocks, story, bound, first)
    opening = [set(blocks[j].text.lower().split()) for j in (inside[::-1] + kept)[:LEAD_MAX]]
    return [i for i in lead if not _repeated(blocks[i].text, opening)] + inside[::-1]


def box_apart(blocks: list[Block], i: int, story_path: set[int]) -> int | None:
    """The box a feed heading (block `i`) opens above the story: its highest ancestor apart from
    the story's first paragraph with no paragraph before the heading; None when the heading stands
    alone at the story's level."""
    heading = blocks[i]
    for box in heading.path:
        if box in story_path:
            continue
        if box == heading.container:
            return None
        j = i - 1
        while j >= 0 and box in blocks[j].path and not is_paragraph(blocks[j]):
            j -= 1
        if j < 0 or box not in blocks[j].path:
            return box
    return None


def is_paragraph(block: Block) -> bool:
    return block.words >= PROSE_WORDS and block.link_density < 0.5 and not block.small_print


def lead_blocks(blocks: list[Block], story: _Story, bound: int, first: int) -> list[int]:
    """Paragraphs right above `first` down to the headline (`bound`): a lead set apart from the
    story's text, with a box of links between them and the rest stepped over."""
    if bound < 0:
        return []
    lead: list[int] = []
    story_path = set(blocks[first].path)
    i = first - 1
    while i > bound:
        block = blocks[i]
        if keeps_in_body(block, story.score(i)) and story.score(i) > 0 and (
            not block.heading or block.words >= LEAD_HEADING_WORDS
        ):
            lead.append(i)
        elif is_feed_heading(block):
            box = box_apart(blocks, i, story_path)
            if box is None:
                break
            while i > bound and box in blocks[i].path:
                i -= 1
            continue
        elif block.words:
            break
        i -= 1
    return lead[::-1]


def _repeated(text: str, paragraphs: list[set[str]]) -> bool:
    words = set(text.lower().split())
    return any(len(words & p) >= REPEAT_SHARE * len(words) for p in paragraphs)


def without_empty_headings(blocks: list[Block], kept: list[int], chosen: set[int]) -> list[int]:
    """Drop a subheading the run did not take that introduces no text: another heading or a
    list of links comes next, or nothing."""
    out = []
    for n, i in enumerate(kept):
        if blocks[i].heading and i not in chosen:
            following = kept[n + 1] if n + 1 < len(kept) else None
            if following is None or blocks[following].heading or any(
                blocks[j].link_density > 0.5 and blocks[j].words >= 3 for j in range(i + 1, following)
            ):
                continue
        out.append(i)
    return out
