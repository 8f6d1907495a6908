"""Eval gate: search recall on real news against the lemma reference of bench/bench_search.py.

The benchmark's 50 queries run over the first silver-thread articles, indexed by our analysis; the
articles found must cover the morphology-aware reference (bench/search_reference.py) at least as
well as the pinned floors, a little below what the benchmark measured.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from svodka.archive import fts
from svodka.archive.analysis import Analyzer
from svodka.archive.search import Filters, match_expression
from svodka.model import Article

BENCH = Path(__file__).resolve().parents[1] / "bench"
ARTICLES = 800
# measured on these 800 articles: recall 1.000, 0.4% found beyond the reference
MICRO_RECALL_FLOOR = 0.97
BEYOND_REFERENCE_CEILING = 0.03  # found articles the reference does not mean, as a share of those found


@pytest.mark.eval
def test_recall_against_the_lemma_reference(need: Callable[[Path], Path], shared: Path) -> None:
    need(shared / "data" / "stories" / "silver-threads-2020-05-03" / "ru_silver_threads_0503.jsonl")
    sys.path.insert(0, str(BENCH))
    try:
        from search_corpus import silver
        from search_queries import QUERIES
        from search_reference import Reference
    finally:
        sys.path.remove(str(BENCH))
    from dataclasses import replace

    from svodka.archive.query import parse

    docs = [replace(doc, rowid=n) for n, doc in zip(range(1, ARTICLES + 1), silver(), strict=False)]
    analyzer = Analyzer()
    conn = sqlite3.connect(":memory:")
    fts.create_index(conn)
    conn.executemany(f"INSERT INTO {fts.TABLE}(rowid, {', '.join(fts.COLUMNS)}) VALUES (?, ?, ?, ?, ?)",
                     [(d.rowid, *fts.index_row(Article(id=d.id, headline=d.headline, body=d.body), analyzer))
                      for d in docs])
    reference = Reference(docs)
    wanted = found = beyond = 0
    for query in QUERIES:
        gold = reference.docs(parse(query))
        got = {row[0] for row in conn.execute(f"SELECT rowid FROM {fts.TABLE} WHERE {fts.TABLE} MATCH ?",
                                              (match_expression(query, Filters(), analyzer),))}
        wanted += len(gold)
        found += len(got & gold)
        beyond += len(got - gold)
    assert wanted > 500, "the reference should mean many articles for these queries"
    assert found / wanted >= MICRO_RECALL_FLOOR, f"recall {found / wanted:.3f}"
    assert beyond / max(1, found + beyond) <= BEYOND_REFERENCE_CEILING, f"beyond the reference: {beyond}"
