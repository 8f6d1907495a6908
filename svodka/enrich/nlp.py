"""The one boundary to razdel, slovnet (natasha's news NER) and pymorphy3: models loaded once, their output
turned into svodka's own dataclasses.

Everything else in the enrich stage reads `Analysis` (plain dataclasses), never the libraries' objects, so
a change of library touches this module only (as natasha's own `adapt_spans` does for slovnet).

Why not `natasha.Doc`: it segments the text with razdel and then slovnet tokenizes the whole text with
razdel a second time; here the tokens of the sentences are fed to slovnet's NER model directly, which
gives the same tags at two thirds of the cost, and slovnet's network itself is run by `nlp_ner.LeanNER` (the
same arithmetic without the batch bookkeeping). natasha's morph tagger and syntax parser are not run at
all: pymorphy3 and rules give the base forms (see `svodka.enrich.normal`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import Any

# words parsed per process are cached: names and function words repeat from one article to the next
PARSE_CACHE = 200_000


@dataclass
class Token:
    text: str
    start: int
    stop: int


@dataclass
class Sentence:
    start: int
    stop: int
    text: str
    tokens: list[Token] = field(default_factory=list)


@dataclass
class NerSpan:
    """A raw NER span as the tagger gives it: type PER / ORG / LOC, offsets into the analysed text."""

    type: str
    start: int
    stop: int
    text: str


@dataclass
class Analysis:
    """One text segmented and tagged: what entities, quotes and times are found in."""

    text: str
    sentences: list[Sentence]
    spans: list[NerSpan]

    @property
    def tokens(self) -> list[Token]:
        """All tokens of the text, in order."""
        return [token for sentence in self.sentences for token in sentence.tokens]


class NLP:
    """razdel, slovnet's news NER and pymorphy3, loaded once per process and reused for every text."""

    def __init__(self) -> None:
        # imported here so that `import svodka` stays light for the extraction-only commands
        import pymorphy3

        from svodka.enrich.nlp_ner import LeanNER, news_ner

        self.tokenizer = Tokenizer()
        self.ner = news_ner()
        self.tagger = LeanNER(self.ner.infer)
        # pymorphy3 for lemmas, cases and tense: entities, quotes and times all read it
        self.morph = pymorphy3.MorphAnalyzer()
        self.parse: Callable[[str], list[Any]] = lru_cache(maxsize=PARSE_CACHE)(partial(parse_safely, self.morph.parse))
        self.known: Callable[[str], bool] = lru_cache(maxsize=PARSE_CACHE)(self.morph.word_is_known)
        self.forms_of: Callable[[frozenset[str]], frozenset[str]] = lru_cache(maxsize=16)(self.lexeme_forms)

    def lexeme_forms(self, lemmas: frozenset[str]) -> frozenset[str]:
        """Every dictionary form (lower case, ё as е) of the words whose normal form is one of `lemmas`: a
        dictionary word (`known`) outside this set has no dictionary parse with such a normal form, so a caller
        looking for those lemmas can skip its parse (use the cached `forms_of`)."""
        return frozenset(form.word.replace("ё", "е") for lemma in lemmas for parse in self.morph.parse(lemma)
                         if parse.normal_form == lemma for form in parse.lexeme)

    def analyse(self, text: str) -> Analysis:
        sentences = segment(text, self.tokenizer, self.known)
        tokens = [token for sentence in sentences for token in sentence.tokens]
        return Analysis(text, sentences, self.tag_spans(text, tokens))

    def tag_spans(self, text: str, tokens: Sequence[Token]) -> list[NerSpan]:
        """slovnet's PER / LOC / ORG spans over `tokens`, the whole text tagged as one sequence (as natasha does)."""
        from slovnet.bio import bio_spans

        if not tokens:
            return []
        tags = self.tagger.tags([token.text for token in tokens])
        return [NerSpan(s.type, s.start, s.stop, text[s.start:s.stop]) for s in bio_spans(tokens, tags)]


def parse_safely(parse: Callable[[str], list[Any]], word: str) -> list[Any]:
    """pymorphy3's parses of `word`. Its shape check names every letter with `unicodedata.name`, which
    fails on letters Unicode leaves unnamed (the Tangut "𗀀"): such a word is read without them."""
    try:
        return parse(word)
    except ValueError:
        return parse("".join(ch for ch in word if not ch.isalpha() or unicodedata.name(ch, None) is not None) or "_")


def segment(text: str, tokenizer: Tokenizer, known: Callable[[str], bool]) -> list[Sentence]:
    """razdel's sentences, each with its razdel tokens; offsets into `text`."""
    from razdel import sentenize

    spans: list[tuple[int, int]] = []
    for begin, end in (piece for whole in sentenize(text) for piece in at_latin_letters(text, whole.start, whole.stop)):
        if spans and (TITLE_ABBREVIATION.search(text, spans[-1][0], spans[-1][1])
                      or inside_short_pair(text, spans[-1][0], begin)):
            spans[-1] = (spans[-1][0], end)  # "свт. Николая", "«Диверсант. Конец войны»": no sentence ends there
        else:
            spans.append((begin, end))
    sentences = []
    for start, stop in spans:
        piece = text[start:stop]
        tokens = [Token(piece[a:b], start + a, start + b) for a, b in unglued(piece, tokenizer.spans(piece), known)]
        sentences.append(Sentence(start, stop, piece, tokens))
    return sentences


# "фракции ЛДПРАнтон Морозов", "Глава РФСВиталий Мутко": an abbreviation in capitals glued by a scraper to
# the capitalised word after it, parted only where that word is one the dictionary knows ("ГАЗели",
# "ОМОНовцы", "ПТУшник" are declined or derived abbreviations: "Зели", "Новцы", "Ушник" are no words)
GLUED_ABBREVIATION = re.compile(r"[А-ЯЁ]{2,}(?=[А-ЯЁ][а-яё]{3,}$)")


def unglued(piece: str, spans: list[tuple[int, int]], known: Callable[[str], bool]) -> list[tuple[int, int]]:
    """razdel's token spans, each glued abbreviation and word parted into two tokens."""
    out = []
    for a, b in spans:
        m = GLUED_ABBREVIATION.match(piece[a:b]) if piece[a:b].isalpha() else None
        if m is not None and known(piece[a + m.end():b].lower()):
            out += [(a, a + m.end()), (a + m.end(), b)]
        else:
            out.append((a, b))
    return out


# "витамина D. К такому выводу …": razdel reads a Latin capital as an initial, but after a lowercase
# Russian word and before a Russian one it is a letter ending the sentence (Russian initials are
# Cyrillic, and a Latin one follows a first name)
LATIN_LETTER_END = re.compile(r"(?<=[а-яё] )[A-Z]\.(?=\s+[А-ЯЁ])")


# "сообщает Planet Today.Впервые учёные …": a scraper's glued full stop after a Latin name, which razdel
# does not take for a sentence's end (a Russian word follows without a space)
LATIN_ABBREVIATIONS = frozenset("feat ft vs etc inc ltd co corp jr sr st dr mr mrs ms no vol ed".split())
GLUED_LATIN_END = re.compile(r"(?<=[A-Za-z]{2}[.!?])(?=[А-ЯЁ][а-яё]{2,})")
# "… сделать не готов.46-летний артист": a glued full stop after a Russian word of four letters or more
# before a number word that opens the next sentence ("корп.2 на улице", "табл.2" are references)
GLUED_NUMBER_START = re.compile(r"(?<=[а-яё]{4}[.!?])(?=\d+-[а-яё]+\s)")


def at_latin_letters(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """razdel's sentence [start, stop) split after a Latin letter that ends a sentence, and at a full
    stop glued between a Latin word and a Russian one, or between a Russian word and a number."""
    out = []
    ends = sorted([*LATIN_LETTER_END.finditer(text, start, stop), *GLUED_LATIN_END.finditer(text, start, stop),
                   *GLUED_NUMBER_START.finditer(text, start, stop)], key=lambda m: m.start())
    for m in ends:
        before = text[max(start, m.start() - 40):m.start()].split()
        if m.re is LATIN_LETTER_END and (not before or not before[-1][:1].islower()):
            continue  # "Джон F. Кеннеди": an initial after a first name
        if m.re is GLUED_LATIN_END and before and before[-1].rstrip(".!?").split(".")[-1].lower() in LATIN_ABBREVIATIONS:
            continue  # "трек «Звезда» feat.Егор Крид": an abbreviation's full stop
        out.append((start, m.end()))
        start = m.end()
        while start < stop and text[start].isspace():
            start += 1
    out.append((start, stop))
    return out


def inside_short_pair(text: str, start: int, pos: int) -> bool:
    """Whether `pos` falls inside a short quoted title or brackets opened in text[start:pos] and
    closed within TITLE_CHARS on the same line ("сериал «Диверсант. Конец войны»", "нормальной (36,5;
    36,9)"): razdel ends a sentence there, at a full stop or a semicolon."""
    return any(opened >= 0 and (end := text.find(closing, pos, opened + TITLE_CHARS)) >= 0
               and "\n" not in text[opened:end] for opened, closing in open_marks(text, start, pos))


def open_marks(text: str, start: int, pos: int) -> list[tuple[int, str]]:
    """The marks opened in text[start:pos] and not closed before `pos`, each with its closing mark:
    the last «/„ (else a straight quote, if they are odd), and the last bracket."""
    out = []
    opened = max(text.rfind("«", start, pos), text.rfind("„", start, pos))
    closing = "»" if opened >= 0 and text[opened] == "«" else "“"
    if opened >= 0 and text.find(closing, opened, pos) < 0:
        out.append((opened, closing))
    elif text.count('"', start, pos) % 2:
        out.append((text.rfind('"', start, pos), '"'))
    bracket = text.rfind("(", start, pos)
    if bracket >= 0 and text.find(")", bracket, pos) < 0:
        out.append((bracket, ")"))
    return out


TITLE_CHARS = 60  # a title is short; a longer stretch in marks is speech, whose sentences are its own


# clergy titles razdel does not know as abbreviations ("митр. Владимир", "свт. Николая")
CLERGY_TITLES = frozenset("свт митр прот архиеп еп иером игум прп сщмч блж архим иерод протод".split())
TITLE_ABBREVIATION = re.compile(r"(?<!\w)(?:" + "|".join(sorted(CLERGY_TITLES)) + r")\.$")


class Tokenizer:
    """razdel's `tokenize`, the same tokens at half the cost.

    Why not `razdel.tokenize` itself: it builds a context object (atoms either side) for every pair of
    neighbouring atoms and then locates each token in the text again with `str.find`, although only atoms
    with no space between them are ever joined. Here razdel's own atoms, rules and context objects decide
    those pairs alone, in razdel's order; tests/test_nlp.py checks the tokens against `razdel.tokenize`.
    """

    def __init__(self) -> None:
        from razdel.segmenters.tokenize import TokenSegmenter, TokenSplit, TokenSplitter

        splitter = TokenSplitter()
        self.atoms, self.window = splitter.atoms, splitter.window  # window: atoms of context either side
        self.rules = TokenSegmenter()
        self.split = TokenSplit

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The (start, stop) of each razdel token of `text`."""
        atoms = list(self.atoms(text))
        if not atoms:
            return []
        out = []
        start, stop = atoms[0].start, atoms[0].stop
        for i in range(1, len(atoms)):
            atom = atoms[i]
            if atom.start == stop:  # razdel may join only atoms with nothing between them
                split = self.split(atoms[max(0, i - self.window):i], "", atoms[i:i + self.window])
                split.buffer = text[start:stop]  # the token so far, which some rules read
                if self.rules.join(split):
                    stop = atom.stop
                    continue
            out.append((start, stop))
            start, stop = atom.start, atom.stop
        out.append((start, stop))
        return out
