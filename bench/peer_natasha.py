"""natasha as the benchmarks run it: one place that loads its models and runs its pipeline, so
every benchmark measures the same peer."""

from __future__ import annotations

from typing import Any


class Natasha:
    """natasha's models, loaded once. `full` also loads morphology and syntax, which base forms
    (`span.normalize`) need; without it only segmentation and NER are loaded, so that a NER-only
    run's load time and memory are NER's own."""

    def __init__(self, full: bool) -> None:
        from natasha import (
            MorphVocab,
            NewsEmbedding,
            NewsMorphTagger,
            NewsNERTagger,
            NewsSyntaxParser,
            Segmenter,
        )

        emb = NewsEmbedding()
        self.full = full
        self.segmenter, self.ner = Segmenter(), NewsNERTagger(emb)
        self.morph = NewsMorphTagger(emb) if full else None
        self.syntax = NewsSyntaxParser(emb) if full else None
        self.vocab = MorphVocab() if full else None

    def doc(self, text: str, full: bool | None = None) -> Any:
        """natasha's Doc of `text`: segmented and NER-tagged; with `full` (default: as loaded) also
        morphology, syntax and every span's base form."""
        from natasha import Doc

        full = self.full if full is None else full
        if full and self.morph is None:
            raise ValueError("natasha was loaded without morphology: Natasha(full=True) gives base forms")
        doc = Doc(text)
        doc.segment(self.segmenter)
        if full:
            doc.tag_morph(self.morph)
            doc.parse_syntax(self.syntax)
        doc.tag_ner(self.ner)
        if full:
            for span in doc.spans:
                span.normalize(self.vocab)
        return doc
