"""Golden tests on the project's own sample pages (samples/, expected values from samples/README.md).

Two layers:

* `test_expected`: each field the README table gives (headline, published, authors, paragraph
  count, related count) checked on its own. Where the extractor is known to disagree with the table,
  the case is `xfail(strict=False)` with what it gives now: an XPASS means it was fixed, so drop the
  entry from KNOWN_WRONG.
* `test_golden`: the whole article compared with tests/golden/<sample>.json. A golden file exists only
  for a sample whose output was checked by eye. Regenerate with
  `SVODKA_UPDATE_GOLDEN=1 pytest tests/test_samples.py`: that writes a golden only for samples that
  now match every README value (the others are skipped, with the fields that are still wrong), so a
  wrong output is never frozen; look at the diff before committing it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from svodka.extract import extract
from svodka.model import Article
from svodka.sources.files import walk_pages
from svodka.sources.page import Page

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("SVODKA_UPDATE_GOLDEN", "") not in ("", "0")
WARC = "archive.warc.gz"
FIELDS = ("headline", "published", "authors", "paras", "related")


@dataclass(frozen=True)
class Sample:
    key: str  # golden file name
    file: str
    url: str | None  # the WARC record's target URI
    headline: str
    published: str
    authors: tuple[str, ...]
    paras: int
    related: int


EXPECTED = [
    Sample("primorye-transport", "primorye-transport.html", None,
           "Во Владивостоке с 1 апреля изменят схему движения шести автобусных маршрутов",
           "2023-03-14T16:05:00+10:00", ("Анна Корнеева",), 5, 4),
    Sample("uralsk-budget", "uralsk-budget.html", None,
           "Депутаты увеличили расходы областного бюджета на 2012 год",
           "2012-01-17T19:56:00+04:00", ("Ольга Миронова",), 4, 6),
    Sample("sibir-science", "sibir-science.html.gz", None,
           "Донные отложения алтайского озера рассказали о засухах за три тысячи лет",
           "2012-01-05T14:30:00+04:00", ("Мария Белоусова",), 6, 5),
    Sample("koi8-sport", "koi8-sport.html", None,
           "«Камская волна» вырвала победу у «Северного ветра» в пятой партии",
           "2010-02-12T21:47:00+03:00", ("Дмитрий Рябов",), 4, 5),
    Sample("seed-style", "seed-style.txt", None,
           "В центральные регионы России вернутся морозы до минус 15 градусов",
           "2023-03-14T09:05:00+03:00", (), 4, 7),
    Sample("portal-dump", "portal-dump.txt", None,
           "Городская управа утвердила список дворов для ремонта в 2013 году",
           "2012-12-12T11:20:00+04:00", ("Елена Тихонова",), 5, 4),
    Sample("archive-kamchatka", WARC, "https://kamchatka-bereg.example/news/2023/03/14/ciklon-shkoly/",
           "На Камчатку надвигается циклон: школы Петропавловска закроют на два дня",
           "2023-03-14T17:15:00+12:00", ("Никита Горбунов",), 4, 5),
    Sample("archive-tula", WARC, "https://tula-kurier.example/education/2023/03/13/robototehnika/",
           "Тульские школьники выиграли всероссийскую олимпиаду по робототехнике",
           "2023-03-13T15:48:00+03:00", ("Ирина Демченко", "Олег Савин"), 3, 3),
]

# (sample, field) → what the extractor gave when this was written, checked against the README by eye.
KNOWN_WRONG: dict[tuple[str, str], str] = {}


@cache
def pages_of(file: str) -> tuple[Page, ...]:
    found = list(walk_pages([str(SAMPLES / file)]))
    errors = [str(p) for p in found if not isinstance(p, Page)]
    assert not errors, f"reading {file}: {errors}"
    return tuple(p for p in found if isinstance(p, Page))


@cache
def article_of(sample: Sample) -> Article:
    pages = [p for p in pages_of(sample.file) if sample.url is None or p.url == sample.url]
    assert len(pages) == 1, f"{sample.file}: expected one page for {sample.url}, got {len(pages)}"
    page = pages[0]
    return extract(page.data, url=page.url, reference_time=page.reference_time, id=page.id, name=page.name)


def actual(article: Article, field: str) -> Any:
    return {
        "headline": article.headline,
        "published": article.published,
        "authors": tuple(article.authors),
        "paras": len(article.body),
        "related": len(article.related),
    }[field]


def mismatches(sample: Sample) -> list[str]:
    article = article_of(sample)
    return [f"{field}: want {getattr(sample, field)!r}, got {actual(article, field)!r}"
            for field in FIELDS if actual(article, field) != getattr(sample, field)]


def expected_cases() -> list[Any]:
    cases = []
    for sample in EXPECTED:
        for field in FIELDS:
            reason = KNOWN_WRONG.get((sample.key, field))
            marks = [pytest.mark.xfail(strict=False, reason=reason)] if reason else []
            cases.append(pytest.param(sample, field, id=f"{sample.key}-{field}", marks=marks))
    return cases


def test_known_wrong_names_real_cases() -> None:
    keys = {s.key for s in EXPECTED}
    assert {k for k, _ in KNOWN_WRONG} <= keys
    assert {f for _, f in KNOWN_WRONG} <= set(FIELDS)


def test_warc_records() -> None:
    """The archive holds 2 HTML responses; warcinfo, the request and the PNG response are skipped."""
    pages = pages_of(WARC)
    assert [p.url for p in pages] == [s.url for s in EXPECTED if s.file == WARC]
    assert [p.reference_time for p in pages] == ["2023-03-14T12:00:00Z", "2023-03-14T12:00:07Z"]
    assert all(p.name.startswith(str(SAMPLES / WARC) + "#") for p in pages)


@pytest.mark.parametrize(("sample", "field"), expected_cases())
def test_expected(sample: Sample, field: str) -> None:
    assert actual(article_of(sample), field) == getattr(sample, field)


def test_portal_related_items() -> None:
    [sample] = [s for s in EXPECTED if s.key == "portal-dump"]
    got = [(r.headline, r.time_text) for r in article_of(sample).related]
    assert got == [
        ("Снегоуборочная техника работала всю ночь: на улицах города 230 машин", "11.12.2012"),
        ("На улице Кирова ограничат парковку на время ремонта теплотрассы", "10.12.2012"),
        ("Калужские депутаты приняли бюджет города на 2013 год во втором чтении", "07.12.2012"),
        ("Новогоднюю елку на Театральной площади установят к 20 декабря", "05.12.2012"),
    ]


def test_tula_related_items() -> None:
    [sample] = [s for s in EXPECTED if s.key == "archive-tula"]
    got = [(r.headline, r.time_text, r.time) for r in article_of(sample).related]
    assert got == [
        ("В Тульской области утвердили расписание пробных ЕГЭ", "10 марта 2023", "2023-03-10"),
        ("В детском технопарке откроют две новые лаборатории", "9 марта 2023", "2023-03-09"),
        ("Юные шахматисты из Новомосковска привезли три медали с первенства ЦФО", "6 марта 2023", "2023-03-06"),
    ]


FEED_PARAS = "".join(f"<p>{p}</p>" for p in (
    "Городская управа объявила о закупке сорока новых автобусов большой вместимости для маршрутов.",
    "Первые машины выйдут на линии в сентябре, остальные появятся до конца декабря этого года.",
    "Жители давно жаловались на состояние общественного транспорта и на долгие интервалы.",
))
FEED_HEADLINES = ("Мост через Оку закроют на ремонт", "В парке высадят двести лип", "Школа искусств отметила юбилей")


@pytest.mark.parametrize(("times", "wrap"), [
    (("Сегодня в 10:31", "Вчера, 17:26", "Вчера, 09:05"), "<span class='date'>{}</span>"),
    (("12.03.2013", "11.03.2013", "10.03.2013"), "<time>{}</time>"),
    (("12.03.2013 10:15", "11.03.2013 18:00", "10.03.2013 08:40"), "<em>{}</em>"),
], ids=["relative-span", "date-time", "datetime-em"])
def test_feed_links_with_their_time_inside_stay_apart(times: tuple[str, ...], wrap: str) -> None:
    """`<a>headline <x>time</x></a>` links side by side, no element around each: one item per link."""
    links = "\n".join(f"<a href='/n{i}'>{h} {wrap.format(t)}</a>" for i, (h, t) in enumerate(zip(FEED_HEADLINES, times, strict=True)))
    page = (f"<html><body><article><h1>Автобусы для города</h1>{FEED_PARAS}"
            f"<section><h3>Другие новости</h3>{links}</section></article></body></html>")
    article = extract(page.encode(), reference_time="2013-03-12T12:00:00+04:00")
    assert [(r.headline, r.time_text) for r in article.related] == list(zip(FEED_HEADLINES, times, strict=True))


@pytest.mark.parametrize("sample", [s for s in EXPECTED if s.file == WARC], ids=lambda s: s.key)
def test_feed_times_not_after_crawl(sample: Sample) -> None:
    [page] = [p for p in pages_of(WARC) if p.url == sample.url]
    assert page.reference_time is not None
    crawl = datetime.fromisoformat(page.reference_time.replace("Z", "+00:00"))
    for item in article_of(sample).related:
        if item.time and "T" in item.time:
            assert datetime.fromisoformat(item.time) <= crawl + timedelta(minutes=5), item


@pytest.mark.parametrize("sample", EXPECTED, ids=lambda s: s.key)
def test_contract(sample: Sample, validate: Callable[[dict[str, Any]], None]) -> None:
    article = article_of(sample)
    validate(article.to_dict())
    assert article.text == "\n".join([article.headline, *article.body])
    assert article.lang == "ru"


@pytest.mark.parametrize("sample", EXPECTED, ids=lambda s: s.key)
def test_golden(sample: Sample) -> None:
    path = GOLDEN / f"{sample.key}.json"
    got = article_of(sample).to_dict()
    if UPDATE:
        wrong = mismatches(sample)
        if wrong:
            pytest.skip(f"golden not written, output still differs from samples/README.md: {'; '.join(wrong)}")
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return
    if not path.exists():
        pytest.skip(f"no golden for {sample.key}: its output does not match samples/README.md yet")
    want = json.loads(path.read_text(encoding="utf-8"))
    assert got == want, f"{sample.key} changed; if the change is right: SVODKA_UPDATE_GOLDEN=1 pytest {__file__}"
