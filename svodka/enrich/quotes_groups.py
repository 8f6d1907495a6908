"""The plural pronoun of a named group of researchers: "Учёные из Пизанского университета изучили …
Как они отмечают, …" — the institution speaks, as it does for the group itself
(tests/data/README_quotes.md: a later "исследователи" or "по их предположениям" referring to it)."""

from __future__ import annotations

from svodka.enrich.nlp import Token
from svodka.enrich.quotes_names import Ref
from svodka.enrich.quotes_nouns import institution_of_group
from svodka.enrich.quotes_text import Reader


def group_pronoun(reader: Reader, w: Token) -> Ref | None:
    """"они", "их" of a group of researchers named with its institution in the same paragraph
    ("… пришли учёные из Бостонского университета. Как они отмечают, …"): the institution speaks, as
    it does for the group itself; any other "они" names nobody. Across paragraphs the annotators
    differ (a later bare "учёные" is read as anonymous in the validation set), so it stops there."""
    if w.text.lower() not in ("они", "их"):
        return None
    e = institution_of_group(reader, reader.sentence_of(w.start).start)
    if e is None or reader.paragraph_of(w.start) != reader.paragraph_of(e.start):
        return None
    return Ref("entity", e.start, e.stop, e, "plur")

