"""The recall reference of the search benchmark: which articles a query means, by lemmas.

A word of an article matches a query word when any lemma pymorphy3 allows for the one is a lemma it
allows for the other (all parses, not only the likeliest: the reference errs on finding more). A
phrase is such words in a row; a prefix matches the start of a word or of one of its lemmas; AND, OR
and NOT combine as the query says. No system under test is built this way (ours keys a word by the
stem of its likeliest lemma), so agreement with it is earned, not built in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

import pymorphy3
from search_corpus import Doc

from svodka.archive.analysis import WORD, is_stop_word, normal_word
from svodka.archive.query import And, Node, Or, Phrase, Term, parse

Lemmas = frozenset[str]


class Reference:
    """An inverted index from lemma to the articles (and positions) that have a word of that lemma."""

    def __init__(self, docs: list[Doc]) -> None:
        self.morph = pymorphy3.MorphAnalyzer()
        self.forms: dict[str, Lemmas] = {}
        self.by_lemma: dict[str, set[int]] = defaultdict(set)
        self.by_form: dict[str, set[int]] = defaultdict(set)
        self.words: dict[int, list[Lemmas]] = {}
        for doc in docs:
            text = doc.headline + "\n" + "\n".join(doc.body)
            lemmas = [self.lemmas(word) for word in WORD.findall(text)]
            self.words[doc.rowid] = lemmas
            for word in WORD.findall(text):
                self.by_form[normal_word(word)].add(doc.rowid)
            for found in set(lemmas):
                for lemma in found:
                    self.by_lemma[lemma].add(doc.rowid)

    def lemmas(self, word: str) -> Lemmas:
        norm = normal_word(word)
        found = self.forms.get(norm)
        if found is None:
            found = frozenset(p.normal_form.replace("ё", "е") for p in self.morph.parse(norm)) | {norm}
            self.forms[norm] = found
        return found

    def word_docs(self, word: str) -> set[int]:
        return set().union(*(self.by_lemma.get(lemma, set()) for lemma in self.lemmas(word)))

    def prefix_docs(self, prefix: str) -> set[int]:
        start = normal_word(prefix)
        found: set[int] = set()
        for lemma, docs in self.by_lemma.items():
            if lemma.startswith(start):
                found |= docs
        for form, docs in self.by_form.items():
            if form.startswith(start):
                found |= docs
        return found

    def phrase_docs(self, text: str, prefix: bool) -> set[int]:
        words = WORD.findall(text)
        if len(words) == 1:
            return self.prefix_docs(words[0]) if prefix else self.word_docs(words[0])
        wanted = [self.lemmas(word) for word in words]
        candidates = set.intersection(*(self.word_docs(word) for word in words[:-1]))
        if not prefix:
            candidates &= self.word_docs(words[-1])
        return {doc for doc in candidates if self.in_a_row(self.words[doc], wanted, prefix, words[-1])}

    def in_a_row(self, lemmas: list[Lemmas], wanted: list[Lemmas], prefix: bool, last: str) -> bool:
        n = len(wanted)
        start = normal_word(last)
        for at in range(len(lemmas) - n + 1):
            if all(lemmas[at + i] & wanted[i] for i in range(n - 1)):
                tail = lemmas[at + n - 1]
                if any(lemma.startswith(start) for lemma in tail) if prefix else tail & wanted[-1]:
                    return True
        return False

    def docs(self, node: Node) -> set[int]:
        """The articles the query means."""
        if isinstance(node, Term):
            return self.phrase_docs(node.word, node.prefix)
        if isinstance(node, Phrase):
            return self.phrase_docs(node.words, node.prefix)
        if isinstance(node, Or):
            return set().union(*(self.docs(part) for part in node.parts))
        if isinstance(node, And):
            parts = [p for p in node.parts if not (isinstance(p, Term) and is_stop_word(p.word))] or node.parts
            found = set.intersection(*(self.docs(part) for part in parts))
            return found - set().union(*(self.docs(part) for part in node.excluded))
        raise TypeError(node)


def recall_table(docs: list[Doc], queries: Iterable[str],
                 systems: dict[str, Callable[[str], set[int]]]) -> list[str]:
    """Lines: per system, reference articles found (micro recall), mean per-query recall, extra found."""
    reference = Reference(docs)
    gold = {q: reference.docs(parse(q)) for q in queries}
    total = sum(len(g) for g in gold.values())
    lines = [f"recall on {len(docs):,} unique articles; reference: {total:,} (query, article) pairs "
             "by lemma match (all parses)",
             f"{'system':10} {'found':>8} {'recall':>7} {'mean/query':>10} {'beyond ref':>10} {'worst queries'}"]
    for name, find in systems.items():
        found = extra = 0
        per_query: list[tuple[float, str]] = []
        for q, wanted in gold.items():
            got = find(q)
            found += len(got & wanted)
            extra += len(got - wanted)
            per_query.append((len(got & wanted) / len(wanted) if wanted else 1.0, q))
        worst = ", ".join(f"{q} {r:.2f}" for r, q in sorted(per_query)[:3])
        mean = sum(r for r, _ in per_query) / len(per_query)
        lines.append(f"{name:10} {found:8,} {found / total:7.3f} {mean:10.3f} {extra:10,} {worst}")
    return lines
