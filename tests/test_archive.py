"""The archive database and store on real SQLite: schema and migrations, one article per page, versions,
pages with and without their URL, every part of an article stored and read back whole."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from svodka.archive import db, store
from svodka.archive.keys import canonical_url
from svodka.archive.pipeline import Pipeline, Prepared, Settings, input_digest
from svodka.archive.read import Filters, articles
from svodka.errors import SvodkaError
from svodka.model import Entity, Quote, RelatedItem, TimeMention
from svodka.sources.page import Page

PARAS = [
    "Городская дума Твери утвердила программу ремонта дорог на три года. На неё направят 2,4 млрд рублей.",
    "По словам мэра Алексея Огонькова, в первую очередь отремонтируют улицы, по которым ходят автобусы.",
]


def page_html(url: str | None, paras: list[str], headline: str = "В Твери отремонтируют дороги") -> bytes:
    og = f'<meta property="og:url" content="{url}">' if url else ""
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html><head>{og}<title>{headline}</title></head><body><h1>{headline}</h1>"
            f"<div class='date'>14.03.2023 10:15</div><article>{body}</article></body></html>").encode()


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    """Extraction and index analysis without enrichment: the store's behaviour does not depend on it."""
    return Pipeline(Settings(enrich=False))


def prepare(pipeline: Pipeline, data: bytes, name: str = "page.html") -> Prepared:
    page = Page(name=name, data=data)
    return pipeline.prepare(page, input_digest(page, pipeline.settings))


def save(conn: sqlite3.Connection, item: Prepared) -> store.Outcome:
    with store.transaction(conn):
        return store.save(conn, item)


@pytest.fixture()
def conn(tmp_path: Path) -> sqlite3.Connection:
    return db.connect(tmp_path / "archive")


def count(conn: sqlite3.Connection, table: str = "articles") -> int:
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_new_archive_is_migrated_and_in_wal_mode(conn: sqlite3.Connection) -> None:
    assert db.schema_version(conn) == db.SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"articles", "entities", "quotes", "times", "related", "warnings", "versions", "errors", "runs"} <= tables


def test_reopening_keeps_the_data_and_the_version(tmp_path: Path, pipeline: Pipeline) -> None:
    first = db.connect(tmp_path)
    save(first, prepare(pipeline, page_html("https://tver.example/a", PARAS)))
    first.close()
    again = db.connect(tmp_path)
    assert db.migrate(again) == db.SCHEMA_VERSION
    assert count(again) == 1


def test_an_archive_from_a_newer_svodka_is_refused(tmp_path: Path) -> None:
    conn = db.connect(tmp_path)
    conn.execute(f"PRAGMA user_version = {db.SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(SvodkaError, match="newer"):
        db.connect(tmp_path)


def test_a_file_that_is_no_database_is_refused(tmp_path: Path) -> None:
    (tmp_path / db.DB_FILE).write_bytes(b"this is not SQLite" * 100)
    with pytest.raises(SvodkaError, match="not a usable archive"):
        db.connect(tmp_path)


def test_reading_commands_do_not_create_an_archive(tmp_path: Path) -> None:
    with pytest.raises(SvodkaError, match="no archive here"):
        db.connect(tmp_path / "none", create=False)
    assert not (tmp_path / "none").exists()


def test_archive_folder_from_option_environment_or_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(db.ENV_VAR, raising=False)
    assert db.archive_dir(None) == Path("svodka-data")
    monkeypatch.setenv(db.ENV_VAR, "/data/news")
    assert db.archive_dir(None) == Path("/data/news")
    assert db.archive_dir("elsewhere") == Path("elsewhere")


def test_the_same_page_twice_is_one_article(conn: sqlite3.Connection, pipeline: Pipeline) -> None:
    assert save(conn, prepare(pipeline, page_html("https://tver.example/a/", PARAS))) is store.Outcome.NEW
    tracked = page_html("http://www.tver.example/a?utm_source=telegram", PARAS)
    assert save(conn, prepare(pipeline, tracked)) is store.Outcome.DUPLICATE
    assert count(conn) == 1


def test_a_changed_page_is_a_new_version_of_the_same_article(conn: sqlite3.Connection, pipeline: Pipeline) -> None:
    url = "https://tver.example/roads"
    may = "Работы начнутся в мае, сообщили в пресс-службе городской администрации Твери."
    first, second = page_html(url, PARAS), page_html(url, [*PARAS, may])
    assert save(conn, prepare(pipeline, first)) is store.Outcome.NEW
    assert save(conn, prepare(pipeline, second)) is store.Outcome.UPDATED
    # met again after its change (a re-run of the same ingest): it stays as it is
    assert save(conn, prepare(pipeline, first)) is store.Outcome.DUPLICATE
    stored = next(articles(conn))
    assert stored.body[-1] == may
    assert conn.execute("SELECT version FROM articles").fetchone()[0] == 2
    assert count(conn, "versions") == 2
    third = page_html(url, [*PARAS, may.replace("мае", "июне")])
    assert save(conn, prepare(pipeline, third)) is store.Outcome.UPDATED
    assert conn.execute("SELECT version FROM articles").fetchone()[0] == 3
    assert count(conn) == 1


def test_a_page_saved_without_its_url_is_the_page_at_that_url(conn: sqlite3.Connection, pipeline: Pipeline) -> None:
    assert save(conn, prepare(pipeline, page_html(None, PARAS))) is store.Outcome.NEW
    assert save(conn, prepare(pipeline, page_html(None, PARAS), "copy.html")) is store.Outcome.DUPLICATE
    # met later with its URL: the same article, which now has the URL
    assert save(conn, prepare(pipeline, page_html("https://tver.example/a", PARAS))) is store.Outcome.DUPLICATE
    assert conn.execute("SELECT key, url FROM articles").fetchall() == [
        ("url:tver.example/a", "https://tver.example/a")]
    # and a copy without URL met after that is still the same article, even dated otherwise
    undated = page_html(None, PARAS).replace(b"14.03.2023 10:15", b"")
    assert save(conn, prepare(pipeline, undated, "late.html")) is store.Outcome.DUPLICATE
    assert conn.execute("SELECT key, published FROM articles").fetchall() == [
        ("url:tver.example/a", "2023-03-14T10:15:00+03:00")]
    assert count(conn) == 1


def test_every_part_is_stored_and_read_back(conn: sqlite3.Connection, pipeline: Pipeline) -> None:
    item = prepare(pipeline, page_html("https://tver.example/parts", PARAS))
    article = item.article
    article.entities = [Entity("PER", "Алексея Огонькова", 120, 137, "Алексей Огоньков", "Алексей Огоньков")]
    article.quotes = [Quote("в первую очередь отремонтируют улицы", 140, 176, "Алексей Огоньков", "PER",
                            "по словам", True, None)]
    article.times = [TimeMention("на три года", 60, 71, "2023-03-14", "2026-03-13")]
    article.related = [RelatedItem("Автобусы выйдут на линию", "https://tver.example/bus", "Сегодня", None)]
    article.warn("timezone_assumed", "read as Moscow time")
    save(conn, item)
    assert next(articles(conn)).to_dict() == article.to_dict()


def test_a_newer_enrichment_of_an_unchanged_page_refreshes_its_parts(conn: sqlite3.Connection,
                                                                      pipeline: Pipeline) -> None:
    data = page_html("https://tver.example/enriched", PARAS)
    save(conn, prepare(pipeline, data))
    again = prepare(pipeline, data, "again.html")
    again.article.entities = [Entity("LOC", "Твери", 14, 19, "Тверь", "Тверь")]
    again.parts_hash = "newer enrichment"
    assert save(conn, again) is store.Outcome.DUPLICATE
    assert [e.normal for e in next(articles(conn)).entities] == ["Тверь"]
    assert conn.execute("SELECT version FROM articles").fetchone()[0] == 1


def test_filters_by_day_and_source(conn: sqlite3.Connection, pipeline: Pipeline) -> None:
    save(conn, prepare(pipeline, page_html("https://www.tver.example/a", PARAS)))
    save(conn, prepare(pipeline, page_html("https://ryazan.example/b", PARAS, "Рязань ремонтирует дороги")))
    assert len(list(articles(conn, Filters(source="tver.example")))) == 1
    assert len(list(articles(conn, Filters(source="www.ryazan.example")))) == 1
    assert len(list(articles(conn, Filters(first="2023-03-14", last="2023-03-14")))) == 2
    assert list(articles(conn, Filters(first="2023-03-15"))) == []


def test_errors_are_recorded_once_per_file_and_reason(conn: sqlite3.Connection) -> None:
    from svodka.errors import InputError

    for _ in range(3):
        with store.transaction(conn):
            store.record_error(conn, InputError("bad.html", "empty file"), None)
    rows = store.recorded_errors(conn)
    assert [(r[1], r[2], r[3]) for r in rows] == [("bad.html", "empty file", 3)]


@pytest.mark.parametrize(("url", "canonical"), [
    ("https://www.ria.ru/20230314/news.html", "ria.ru/20230314/news.html"),
    ("http://ria.ru/20230314/news.html#comments", "ria.ru/20230314/news.html"),
    ("HTTPS://RIA.RU/a/?utm_source=yxnews&utm_medium=desktop", "ria.ru/a"),
    ("https://tass.ru/x?b=2&a=1&fbclid=abc", "tass.ru/x?a=1&b=2"),
    ("https://tass.ru/x?ref=tjournal.ru", "tass.ru/x"),
    ("ria.ru/a/b/", "ria.ru/a/b"),
    ("https://xn--80ajghhoc2aj1c8b.xn--p1ai/a", "xn--80ajghhoc2aj1c8b.xn--p1ai/a"),
    ("", None),
    (None, None),
])
def test_canonical_url(url: str | None, canonical: str | None) -> None:
    assert canonical_url(url) == canonical


@given(st.text(max_size=80))
def test_canonical_url_never_fails_and_is_stable(url: str) -> None:
    canonical = canonical_url(url)
    if canonical is not None:
        assert canonical_url("https://" + canonical) == canonical
