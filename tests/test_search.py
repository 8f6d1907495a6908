"""Searching an archive built through the real store: morphology, phrases, operators, filters, snippets."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from svodka import cli
from svodka.archive import db, fts, store
from svodka.archive.analysis import Analyzer
from svodka.archive.pipeline import Prepared
from svodka.archive.read import Filters as ArticleFilters
from svodka.archive.search import Filters, Hit, search
from svodka.model import Article, Entity, Quote

# Short news items written for these tests.
ARTICLES = [
    Article(id="lavrov", headline="Лавров провёл переговоры в Пекине", source="mid.ru",
            published="2024-03-01T10:00:00+03:00",
            body=["Министр иностранных дел России Сергей Лавров обсудил с китайским коллегой гарантии "
                  "безопасности в регионе.", "«Мы готовы к диалогу», — сказал Лавров журналистам."],
            entities=[Entity("PER", "Сергей Лавров", 31, 44, "Сергей Лавров", "Сергей Лавров")],
            quotes=[Quote("Мы готовы к диалогу", 0, 19, speaker="Сергей Лавров", speaker_type="PER")]),
    Article(id="pause", headline="В переговорах наступила пауза", source="ria.ru",
            published="2024-03-05T09:00:00+03:00",
            body=["Стороны не договорились о гарантиях безопасности и объявили перерыв до апреля."]),
    Article(id="snow", headline="Снегопад парализовал Москву", source="www.mos.ru",
            published="2024-01-10T08:00:00+03:00",
            body=["Ёлки во дворах засыпало снегом, коммунальные службы работают круглосуточно."]),
    Article(id="zakharova", headline="Захарова ответила на заявление Пескова", source="tass.ru",
            published="2024-02-01T12:00:00+03:00",
            body=["Официальный представитель МИД Мария Захарова прокомментировала слова Дмитрия Пескова."],
            entities=[Entity("PER", "Мария Захарова", 30, 44, "Мария Захарова", "Мария Захарова"),
                      Entity("PER", "Дмитрия Пескова", 64, 79, "Дмитрий Песков", "Дмитрий Песков")],
            quotes=[Quote("это не так", 0, 10, speaker="Мария Захарова", speaker_type="PER")]),
    Article(id="oil", headline="Цены на нефть выросли после новых санкций", source="rbc.ru",
            published="2024-02-20T15:00:00+03:00", body=["Баррель Brent подорожал на два процента."]),
    Article(id="banks", headline="Санкции против банков", source="rbc.ru",
            published="2024-02-21T15:00:00+03:00",
            body=["Ограничения коснулись трёх крупных банков; переговоры о смягчении не начинались."]),
]


def prepared(article: Article, analyzer: Analyzer) -> Prepared:
    article.text = article.headline + "\n\n" + "\n\n".join(article.body)
    return Prepared(article=article, key=article.id, fingerprint=article.id, content_hash=article.id,
                    parts_hash=article.id, origin="test", digest=article.id,
                    index_row=fts.index_row(article, analyzer))


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory, analyzer: Analyzer) -> Path:
    folder = tmp_path_factory.mktemp("archive")
    conn = db.connect(folder)
    with store.transaction(conn):
        for article in ARTICLES:
            store.save(conn, prepared(article, analyzer))
    conn.close()
    return folder


@pytest.fixture()
def conn(archive: Path) -> sqlite3.Connection:
    return db.connect(archive, create=False)


def ids(conn: sqlite3.Connection, analyzer: Analyzer, query: str, **options: object) -> list[str]:
    return [hit.id for hit in search(conn, query, analyzer, **options)]  # type: ignore[arg-type]


@pytest.mark.parametrize(("query", "found"), [
    ("переговорах", {"lavrov", "pause", "banks"}),  # "переговоры", "переговорах" and "переговоры"
    ("Лаврова", {"lavrov"}),
    ("Сергея Лаврова", {"lavrov"}),
    ("елки", {"snow"}),  # ё and е are one letter to search
    ("ЁЛКА", {"snow"}),
    ("Москве", {"snow"}),
    ('"гарантиям безопасности"', {"lavrov", "pause"}),
    ('"безопасности гарантиям"', set()),  # a phrase keeps its order
    ("санкции NOT нефть", {"banks"}),
    ("санкции -нефть", {"banks"}),
    ("санкции НЕ нефть", {"banks"}),
    ("Захарова OR Лавров", {"lavrov", "zakharova"}),
    ("Захаровой ИЛИ Лаврову", {"lavrov", "zakharova"}),
    ("переговоры И безопасность", {"lavrov", "pause"}),
    ("(Москва OR Пекин) AND переговоры", {"lavrov"}),
    ("перегов*", {"lavrov", "pause", "banks"}),
    ('"гарантиям безопас"*', {"lavrov", "pause"}),
    ("brent", {"oil"}),
    ("в переговорах", {"lavrov", "pause", "banks"}),  # a bare function word does not narrow
    ("Пескова", {"zakharova"}),
    ("Песков", {"zakharova"}),
])
def test_finds(conn: sqlite3.Connection, analyzer: Analyzer, query: str, found: set[str]) -> None:
    assert set(ids(conn, analyzer, query)) == found


def test_headline_outranks_body(conn: sqlite3.Connection, analyzer: Analyzer) -> None:
    # "санкции" is in both headlines; "переговоры" in two headlines and one body
    ranked = ids(conn, analyzer, "переговоры")
    assert ranked[-1] == "banks"


def test_sort_by_date_newest_first(conn: sqlite3.Connection, analyzer: Analyzer) -> None:
    assert ids(conn, analyzer, "переговоры", sort="date") == ["pause", "lavrov", "banks"]


@pytest.mark.parametrize(("filters", "found"), [
    (Filters(ArticleFilters(first="2024-03-01")), {"lavrov", "pause"}),
    (Filters(ArticleFilters(last="2024-02-28")), {"banks"}),
    (Filters(ArticleFilters(source="ria.ru")), {"pause"}),
    (Filters(entity="Лаврова"), {"lavrov"}),
    (Filters(entity="лавров сергей"), {"lavrov"}),
    (Filters(entity="Шойгу"), set()),
    (Filters(speaker="Сергея Лаврова"), {"lavrov"}),
    (Filters(speaker="Захаровой"), set()),  # she said nothing about переговоры
])
def test_filters(conn: sqlite3.Connection, analyzer: Analyzer, filters: Filters, found: set[str]) -> None:
    assert set(ids(conn, analyzer, "переговоры", filters=filters)) == found


def test_names_alone(conn: sqlite3.Connection, analyzer: Analyzer) -> None:
    assert ids(conn, analyzer, "", filters=Filters(speaker="Захаровой")) == ["zakharova"]
    assert set(ids(conn, analyzer, "", filters=Filters(entity="Песков"))) == {"zakharova"}


def test_source_host_matches_www(conn: sqlite3.Connection, analyzer: Analyzer) -> None:
    assert ids(conn, analyzer, "снег", filters=Filters(ArticleFilters(source="mos.ru"))) == ["snow"]


def test_snippet_highlights_the_original_words(conn: sqlite3.Connection, analyzer: Analyzer) -> None:
    [hit] = search(conn, '"гарантиям безопасности" Пекин', analyzer)
    assert [hit.snippet[a:b] for a, b in hit.highlights] == ["гарантии", "безопасности"]
    assert [hit.headline[a:b] for a, b in hit.headline_highlights] == ["Пекине"]
    [snow] = search(conn, "елка", analyzer)
    assert [snow.snippet[a:b] for a, b in snow.highlights] == ["Ёлки"]


def test_hit_dict(conn: sqlite3.Connection, analyzer: Analyzer) -> None:
    [hit] = search(conn, "нефть", analyzer)
    doc = hit.to_dict()
    assert set(doc) == {"id", "headline", "url", "source", "published", "score", "snippet", "highlights",
                        "headline_highlights"}
    assert doc["id"] == "oil" and doc["score"] > 0
    assert isinstance(hit, Hit) and json.dumps(doc, ensure_ascii=False)


def test_limit(conn: sqlite3.Connection, analyzer: Analyzer) -> None:
    assert len(ids(conn, analyzer, "переговоры", limit=2)) == 2


def test_reindex_and_unindex(tmp_path: Path, analyzer: Analyzer) -> None:
    conn = db.connect(tmp_path)
    conn.execute("INSERT INTO articles(pk, id, key, headline, text, fingerprint, content_hash, parts_hash, "
                 "first_seen, updated) VALUES (1, 'a', 'a', 'h', 't', 'f', 'c', 'p', 'x', 'x')")
    fts.index_article(conn, 1, Article(id="a", headline="Переговоры в Женеве"), analyzer=analyzer)
    assert ids(conn, analyzer, "Женеву") == ["a"]
    fts.index_article(conn, 1, Article(id="a", headline="Саммит в Вене"), analyzer=analyzer)
    assert ids(conn, analyzer, "Женеву") == [] and ids(conn, analyzer, "Вене") == ["a"]
    fts.unindex_article(conn, 1)
    assert ids(conn, analyzer, "Вене") == []


def run_cli(archive: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(["search", *args, "--db", str(archive)])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_json_and_jsonl(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(archive, "Лаврова", "--format", "json", capsys=capsys)
    assert code == 0 and [h["id"] for h in json.loads(out)] == ["lavrov"]
    code, out, _ = run_cli(archive, "переговоры", "--format", "jsonl", "--sort", "date", "--limit", "2",
                           capsys=capsys)
    assert code == 0 and [json.loads(line)["id"] for line in out.splitlines()] == ["pause", "lavrov"]


def test_cli_table(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(archive, "снегопад", "--source", "mos.ru", capsys=capsys)
    assert code == 0 and "Снегопад парализовал Москву" in out and "www.mos.ru" in out


def test_cli_nothing_found(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(archive, "вулкан", capsys=capsys)
    assert code == 1 and out == "" and "nothing found" in err


@pytest.mark.parametrize("args", [
    ["(переговоры"], ['"гарантиям'], ["NOT нефть"], ["нефть OR"], ["пе*"], ["переговоры", "--from", "вчера"],
    ["переговоры", "--limit", "0"], ["!!!"], [""],
])
def test_cli_bad_input_is_one_error_line(archive: Path, capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    code, out, err = run_cli(archive, *args, capsys=capsys)
    assert code == 1 and out == ""
    assert err.startswith("Error: ") and err.count("\n") == 1, err


def test_cli_missing_archive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(tmp_path / "none", "нефть", capsys=capsys)
    assert code == 1 and err.startswith("Error: ")
