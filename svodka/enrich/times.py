"""Time expressions resolved to inclusive calendar ranges against the publication date."""

from __future__ import annotations

from datetime import date

from svodka.enrich.nlp import NLP
from svodka.model import TimeMention


def find_times(text: str, anchor: date | None, nlp: NLP) -> list[TimeMention]:
    """The time expressions of `text`, in text order; ranges resolved against `anchor` (None: unresolved)."""
    return []
