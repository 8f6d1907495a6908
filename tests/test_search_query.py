"""The query language: what each query becomes in FTS5, which ones are refused, and that no input
ever reaches SQLite as an SQL error; the analysis the index and the queries share."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from svodka.archive import fts
from svodka.archive.analysis import Analyzer, fold_stem, normal_word
from svodka.archive.query import Compiler, QueryError, parse
from svodka.archive.search import Filters, match_expression


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.fixture(scope="module")
def compiler(analyzer: Analyzer) -> Compiler:
    return Compiler(analyzer)


@pytest.mark.parametrize(("query", "fts5"), [
    ("переговорах", '"переговор"'),
    ("Переговоры Лаврова", '("переговор" AND "лавр")'),
    ('"гарантиям безопасности"', '"гарант безопасн"'),
    ("Лавров OR Захарова", '("лавр" OR "захар")'),
    ("Лавров ИЛИ Захарова", '("лавр" OR "захар")'),
    ("санкции NOT нефть", '(("санкц") NOT ("нефт"))'),
    ("санкции -нефть -газ", '(("санкц") NOT ("нефт" OR "газ"))'),
    ("санкции НЕ нефть", '(("санкц") NOT ("нефт"))'),
    ("санкции не нефть", '("санкц" AND "нефт")'),  # lower-case "не" is a word, and a stop word
    ("(Москва OR Пекин) AND переговор*", '(("москв" OR "пекин") AND "переговор" *)'),
    ("переговоры*", '"переговор" *'),
    ('"гарантиям безопас"*', '"гарант безопас" *'),
    ("Санкт-Петербург", '"санкт петербург"'),
    ("в Москве", '("москв")'),
    ("в", '"в"'),
    ("ёлка", '"елк"'),
])
def test_compiles(compiler: Compiler, query: str, fts5: str) -> None:
    assert compiler.expression(parse(query)) == fts5


@pytest.mark.parametrize(("query", "reason"), [
    ("", "empty"),
    ("   ", "empty"),
    ("(переговоры", "never closed"),
    ("переговоры)", "never opened"),
    ("()", "empty parentheses"),
    ('"гарантиям безопасности', "unclosed quote"),
    ("NOT нефть", "only excludes"),
    ("-нефть", "only excludes"),
    ("нефть OR", "nothing on one side"),
    ("OR нефть", "nothing on one side"),
    ("AND нефть", "AND needs a term"),
    ("нефть NOT", "NOT needs a word"),
    ("нефть OR NOT газ", "only excludes"),
    ("пе*", "too short"),
    ("!!!", "no letters"),
    ('""', "no words"),
])
def test_refuses(compiler: Compiler, query: str, reason: str) -> None:
    with pytest.raises(QueryError, match=reason):
        compiler.expression(parse(query))


@pytest.fixture(scope="module")
def index() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    fts.create_index(conn)
    conn.execute(f"INSERT INTO {fts.TABLE}(rowid, headline, body, entities, speakers) "
                 "VALUES (1, 'переговор', 'гарант безопасн', 'серг лавр', '')")
    return conn


QUERY_TEXT = st.text(alphabet=st.sampled_from(list('аб ё"()*-NOTANDRИЛИНЕ:^{}+.,\'')), max_size=30)


@settings(max_examples=300, deadline=None)
@given(query=QUERY_TEXT | st.text(max_size=20))
def test_any_text_is_a_query_or_a_query_error(index: sqlite3.Connection, analyzer: Analyzer, query: str) -> None:
    try:
        expression = match_expression(query, Filters(), analyzer)
    except QueryError:
        return
    index.execute(f"SELECT rowid FROM {fts.TABLE} WHERE {fts.TABLE} MATCH ?", (expression,)).fetchall()


@pytest.mark.parametrize(("words", "same"), [
    ("переговоры переговорах переговорам", True),
    ("Лавров Лаврова Лаврову Лавровым", True),
    ("Сергей Сергея Сергею", True),
    ("Песков Пескова Пескову", True),
    ("Захарова Захаровой", True),
    ("остров острова островов", True),
    ("ёлка елка Ёлки", True),
    ("безопасность безопасности", True),
    ("Москва Москве Москвы", True),
    ("elections election", True),
    ("нефть газ", False),
])
def test_forms_share_a_key(analyzer: Analyzer, words: str, same: bool) -> None:
    assert (len(set(analyzer.keys(words))) == 1) is same


@pytest.mark.parametrize(("word", "normal"), [("ЁЖ", "еж"), ("бе́лый", "белый"), ("по\u00adлитика", "политика")])
def test_normal_word(word: str, normal: str) -> None:
    assert normal_word(word) == normal


@pytest.mark.parametrize(("stem", "folded"), [("лавров", "лавр"), ("серге", "серг"), ("слов", "слов"),
                                              ("нов", "нов"), ("переговор", "переговор")])
def test_fold_stem(stem: str, folded: str) -> None:
    assert fold_stem(stem) == folded


def test_keys_follow_words(analyzer: Analyzer) -> None:
    text = "Глава МИД, Сергей Лавров: «Переговоры идут»."
    tokens = list(analyzer.tokens(text))
    assert [text[t.start:t.stop] for t in tokens] == ["Глава", "МИД", "Сергей", "Лавров", "Переговоры", "идут"]
    assert analyzer.indexed_text(text) == " ".join(t.key for t in tokens)


def test_a_letter_unicode_leaves_unnamed_is_indexed(analyzer: Analyzer) -> None:
    """pymorphy3 names every letter of a word to check its shape; "𗀀" (Tangut) has no name."""
    assert analyzer.keys("\U00017000дом пришёл")[-1] == analyzer.keys("пришёл")[0]
