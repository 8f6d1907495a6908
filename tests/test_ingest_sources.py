"""The ingest's own readers: JSON records as other tools export them, and Telegram-contest HTML pages."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from svodka.errors import InputError
from svodka.extract import extract
from svodka.sources.inputs import Line, input_files, walk_inputs
from svodka.sources.records import parse_record
from svodka.sources.tgcontest import contest_record, is_contest_page

TEXT = "Первый абзац новости.\nВторой абзац новости."
REFERENCE = datetime(2020, 5, 3, 23, 0, tzinfo=UTC)


@pytest.mark.parametrize(("record", "expected"), [
    ({"title": "Заголовок", "text": TEXT},
     {"headline": "Заголовок", "body": ["Первый абзац новости.", "Второй абзац новости."],
      "text": "Заголовок\nПервый абзац новости.\nВторой абзац новости.", "published": None}),
    ({"headline": "З", "body": TEXT, "url": "https://www.kommersant.ru/doc/1", "outlet": "Коммерсантъ"},
     {"url": "https://www.kommersant.ru/doc/1", "source": "www.kommersant.ru"}),
    ({"title": "З", "content": TEXT, "site": "Вести"}, {"source": "Вести"}),
    ({"title": "З", "text": TEXT, "published": "2020-05-03T11:46:00+03:00"},
     {"published": "2020-05-03T11:46:00+03:00", "published_text": "2020-05-03T11:46:00+03:00"}),
    ({"title": "З", "text": TEXT, "date": "2020-05-03"}, {"published": "2020-05-03"}),
    ({"title": "З", "text": TEXT, "date": "2020-05-03T11:46:00Z"}, {"published": "2020-05-03T11:46:00+00:00"}),
    ({"title": "З", "text": TEXT, "timestamp": 1588495560}, {"published": "2020-05-03T08:46:00+00:00"}),
    ({"title": "З", "text": TEXT, "timestamp": 1588495560000}, {"published": "2020-05-03T08:46:00+00:00"}),
    # a yearless time as the contest's export prints it: the reference gives the year, Moscow the zone
    ({"title": "З", "text": TEXT, "time_str": "3 May 11:46"},
     {"published": "2020-05-03T11:46:00+03:00", "warnings": [
         {"code": "timezone_assumed", "message": "no zone given for '3 May 11:46'; read as Moscow time"}]}),
    ({"title": "З", "text": TEXT, "date": "3 мая 2020"}, {"published": "2020-05-03"}),
    ({"title": "З", "text": TEXT, "date": "вчера, наверное"}, {"published": None}),
    ({"title": "З", "text": TEXT, "author": "Анна Петрова, Олег Смирнов"},
     {"authors": ["Анна Петрова", "Олег Смирнов"]}),
    ({"title": "З", "text": TEXT, "authors": ["Анна Петрова"]}, {"authors": ["Анна Петрова"]}),
    # svodka's own form: paragraphs as a list, read as they are
    ({"id": "x1", "headline": "З", "body": ["Абзац."], "source": "ria.ru", "lang": "ru", "entities": []},
     {"id": "x1", "text": "З\nАбзац.", "source": "ria.ru", "lang": "ru"}),
])
def test_record_fields(record: dict[str, Any], expected: dict[str, Any]) -> None:
    article = parse_record(json.dumps(record, ensure_ascii=False), "in.jsonl:1", REFERENCE).article.to_dict()
    assert {k: article[k] for k in expected} == expected


def test_record_metadata_is_every_unmapped_field() -> None:
    line = json.dumps({"title": "З", "text": TEXT, "outlet": "Коммерсантъ", "thread_id": "economy/0",
                       "category_page": "economy"}, ensure_ascii=False)
    record = parse_record(line, "in.jsonl:1")
    assert record.outlet == "Коммерсантъ"
    assert record.meta == {"thread_id": "economy/0", "category_page": "economy"}


@pytest.mark.parametrize(("line", "reason"), [
    ("not json", "not JSON"),
    ("[1, 2]", "not an article (a JSON list"),
    ('{"url": "https://a.ru/1"}', "not an article (no text"),
    ('{"headline": "", "body": []}', "not an article (no text, headline or body)"),
])
def test_records_that_are_no_articles(line: str, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_record(line, "in.jsonl:7")
    assert caught.value.name == "in.jsonl:7"
    assert caught.value.reason.startswith(reason)


@given(st.dictionaries(st.sampled_from(["title", "text", "date", "url", "outlet", "time", "body", "x"]),
                       st.one_of(st.text(max_size=30), st.integers(), st.none(), st.lists(st.text(max_size=5)))))
@example({"title": "0", "url": "["})  # urllib's "Invalid IPv6 URL" once escaped as a traceback
def test_any_record_is_an_article_or_an_input_error(record: dict[str, Any]) -> None:
    try:
        article = parse_record(json.dumps(record), "in.jsonl:1", REFERENCE).article
    except InputError as exc:
        assert exc.name == "in.jsonl:1" and exc.reason
        return
    assert isinstance(article.text, str) and article.text.strip()


CONTEST_PAGE = """<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8"/>
    <meta property="og:url" content="https://vesti-oblasti.example/news/2019/11/01/most"/>
    <meta property="og:site_name" content="Вести области"/>
    <meta property="article:published_time" content="2019-11-01T12:34:00+00:00"/>
    <meta property="og:title" content="В Твери открыли новый мост через Волгу"/>
    <meta property="og:description" content="Движение по мосту начнётся в понедельник"/>
  </head>
  <body>
    <article>
      <h1>В Твери открыли новый мост через Волгу</h1>
      <h2>Движение по мосту начнётся в понедельник</h2>
      <address><time datetime="2019-11-01T12:34:00+00:00">01 Nov 2019, 12:34</time> by <a rel="author">Анна Петрова</a></address>
      <p>Новый мост через Волгу открыли в Твери после трёх лет строительства.</p>
      <figure><img src="https://vesti-oblasti.example/most.jpg"/><figcaption>Фото: пресс-служба</figcaption></figure>
      <p>Мост соединит два района города.<br/>По нему пройдут четыре полосы движения.</p>
      <blockquote><p>Это главный объект года, заявил губернатор.</p></blockquote>
      <related><h4>Читайте также:</h4><a href="https://vesti-oblasti.example/news/2019/10/1"/></related>
      <footer>Фото в анонсе: пресс-служба</footer>
    </article>
  </body>
</html>"""


def test_contest_page_fields() -> None:
    assert is_contest_page(CONTEST_PAGE)
    record = contest_record(CONTEST_PAGE, "most")
    assert record is not None
    assert record.outlet == "Вести области"
    assert record.meta == {"description": "Движение по мосту начнётся в понедельник"}
    article = record.article
    assert (article.url, article.source) == ("https://vesti-oblasti.example/news/2019/11/01/most",
                                             "vesti-oblasti.example")
    assert article.headline == "В Твери открыли новый мост через Волгу"
    assert (article.published, article.published_text) == ("2019-11-01T12:34:00+00:00", "01 Nov 2019, 12:34")
    assert article.authors == ["Анна Петрова"]
    assert article.body == [
        "Движение по мосту начнётся в понедельник",
        "Новый мост через Волгу открыли в Твери после трёх лет строительства.",
        "Мост соединит два района города.",
        "По нему пройдут четыре полосы движения.",
        "Это главный объект года, заявил губернатор.",
    ]
    assert [r.url for r in article.related] == ["https://vesti-oblasti.example/news/2019/10/1"]


def test_ordinary_pages_are_not_taken_for_contest_pages(samples: Path) -> None:
    for path in samples.glob("*.html"):
        assert not is_contest_page(path.read_text("utf-8", errors="replace")), path


@pytest.mark.eval
def test_contest_pages_all_read_with_their_metadata(shared: Path, need: Callable[[Path], Path]) -> None:
    """Every page of the contest set is read by the contest reader, with headline, time, URL and
    outlet from its metadata and at least as many text paragraphs as the general extractor finds."""
    folder = need(shared / "data" / "stories" / "tgcontest-2019-html")
    pages = sorted(folder.rglob("*.html"))
    assert len(pages) > 700
    ours = theirs = 0
    for path in pages:
        text = path.read_text("utf-8")
        assert is_contest_page(text), path
        record = contest_record(text, path.stem)
        assert record is not None and record.outlet, path
        article = record.article
        assert article.headline and article.url and article.published, path
        ours += len(article.body)
        theirs += len(extract(text, name=str(path)).body)
    assert ours >= theirs


def test_inputs_walk_folders_and_jsonl_lines_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "page.html").write_text("<html><body><p>x</p></body></html>")
    (tmp_path / "a.jsonl").write_text('{"title": "1"}\n\n{"title": "2"}\n')
    (tmp_path / "notes.md").write_text("not an input")
    entries = list(walk_inputs(list(input_files([str(tmp_path)]))))
    names = [e.item.name for e in entries]
    assert names == [f"{tmp_path / 'a.jsonl'}:1", f"{tmp_path / 'a.jsonl'}:3", str(tmp_path / "b" / "page.html")]
    assert isinstance(entries[0].item, Line)
    positions = [e.position for e in entries]
    assert positions == sorted(positions) and positions[-1] == sum(
        p.stat().st_size for p in (tmp_path / "a.jsonl", tmp_path / "b" / "page.html"))


def test_a_folder_without_inputs_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("not an input")
    (entry,) = walk_inputs(list(input_files([str(tmp_path)])))
    assert isinstance(entry.item, InputError) and "no input files" in entry.item.reason
