"""Named entities: PER / ORG / LOC mentions with their base form and the entity's fullest name."""

from __future__ import annotations

from svodka.enrich.nlp import NLP, Analysis
from svodka.model import Entity


def find_entities(analysis: Analysis, nlp: NLP) -> list[Entity]:
    """The entities of the analysed text, in text order."""
    return [Entity(s.type, s.text, s.start, s.stop, s.text, s.text) for s in analysis.spans]
