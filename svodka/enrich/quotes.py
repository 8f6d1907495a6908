"""Quotations: who said what, with which cue, through which agency."""

from __future__ import annotations

from svodka.enrich.nlp import NLP, Analysis
from svodka.model import Entity, Quote


def find_quotes(analysis: Analysis, entities: list[Entity], nlp: NLP) -> list[Quote]:
    """The quotations of the analysed text, in text order."""
    return []
