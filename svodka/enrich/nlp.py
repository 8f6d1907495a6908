"""The one boundary to natasha/slovnet: models loaded once, their output turned into svodka's own spans.

Everything else in the enrich stage reads `Analysis` (plain dataclasses), never natasha's objects, so a
change of library touches this module only (as natasha's own `adapt_spans` does for slovnet).
"""

from __future__ import annotations

from dataclasses import dataclass, field


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


class NLP:
    """natasha's segmenter and news NER tagger and pymorphy3, loaded once per process and reused for every text."""

    def __init__(self) -> None:
        # imported here so that `import svodka` stays light for the extraction-only commands
        import pymorphy3
        from natasha import NewsEmbedding, NewsNERTagger, Segmenter

        self.segmenter = Segmenter()
        self.ner = NewsNERTagger(NewsEmbedding())
        # pymorphy3 for lemmas, cases and tense: entities, quotes and times all read it
        self.morph = pymorphy3.MorphAnalyzer()

    def analyse(self, text: str) -> Analysis:
        from natasha import Doc

        doc = Doc(text)
        doc.segment(self.segmenter)
        doc.tag_ner(self.ner)
        sentences = [
            Sentence(s.start, s.stop, s.text, [Token(t.text, t.start, t.stop) for t in s.tokens])
            for s in doc.sents
        ]
        spans = [NerSpan(s.type, s.start, s.stop, s.text) for s in doc.spans]
        return Analysis(text, sentences, spans)
