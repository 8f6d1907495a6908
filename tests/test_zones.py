"""The outlet's zone from what a page tells (svodka.extract.zones), and whole pages that need it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from lxml import html as lxml_html

from svodka.extract import extract
from svodka.extract.meta import own_host
from svodka.extract.zones import (
    OutletSignals,
    name_zones,
    outlet_zone,
    phone_zones_of,
    places_zone,
    reference_in,
    stated_zone,
    title_tail,
)


def zone_of(signals: OutletSignals) -> tuple[str, bool]:
    found = outlet_zone(signals)
    return str(found.zone), found.assumed


@pytest.mark.parametrize(("signals", "expected"), [
    # the host's country
    (OutletSignals("news.example.ua"), ("Europe/Kiev", False)),
    (OutletSignals("www.example.ru"), ("Europe/Moscow", True)),
    # a clock the page labels, unless the host names the country
    (OutletSignals("www.example.ru", "Тел.: +44 131 510 0214", furniture="Ср., 10.04.2013 10:29 (Мск)"),
     ("Europe/Moscow", False)),
    (OutletSignals(None, "Тел.: +44 131 510 0214", furniture="Ср., 10.04.2013 10:29 (Мск)"),
     ("Europe/Moscow", False)),
    (OutletSignals("www.example.ua", furniture="Ср., 10.04.2013 10:29 (Мск)"), ("Europe/Kiev", False)),
    # a region of Russia needs the outlet's name and its phones to agree
    (OutletSignals("www.example.ru", "Редакция: (4162) 222-744", names=['ИА "Амур.инфо"']),
     ("Asia/Yakutsk", False)),
    (OutletSignals("www.example.ru", names=["© 2010, НИА-Новосибирск"]), ("Europe/Moscow", True)),
    (OutletSignals("www.example.ru", "Тел.: +7 (383) 222-33-44"), ("Europe/Moscow", True)),
    # a Moscow office's number: a federal network's regional edition keeps Moscow
    (OutletSignals("ufa.example.ru", "Тел.: +7 (347) 292-44-47. Москва: (495) 777-02-82", names=["Уфа"]),
     ("Europe/Moscow", True)),
    # abroad: one signal is enough, but a Russian host is never abroad
    (OutletSignals(None, "tel.:(718) 266 4444"), ("America/New_York", False)),
    (OutletSignals("www.example.ru", "Телефон: +441315100214"), ("Europe/Moscow", True)),
    (OutletSignals("www.example.ru", names=["Приднестровье информационное агентство"]), ("Europe/Moscow", True)),
    (OutletSignals("example.com", names=["Приднестровье информационное агентство"]),
     ("Europe/Chisinau", False)),
    # the places a generic host's menus name
    (OutletSignals("www.example.com", furniture="Знакомства в Израиле. Билетная касса Израиля. " * 3),
     ("Asia/Jerusalem", False)),
    (OutletSignals(None), ("Europe/Moscow", True)),
])
def test_outlet_zone(signals: OutletSignals, expected: tuple[str, bool]) -> None:
    assert zone_of(signals) == expected


@pytest.mark.parametrize(("furniture", "expected"), [
    ("В Израиле " * 5, "Asia/Jerusalem"),
    ("В Израиле " * 5 + "в России " * 3, None),  # not twice Russia's
    ("Киев " * 4, None),  # too few
    ("Екатеринбург " * 20, None),  # a region of Russia is never taken from menus alone
    ("", None),
])
def test_places_zone(furniture: str, expected: str | None) -> None:
    found = places_zone(furniture)
    assert (str(found.zone) if found else None) == expected


@pytest.mark.parametrize(("text", "country", "expected"), [
    ("Тел.: +7 (342) 277-01-23", None, ["Asia/Yekaterinburg"]),
    ("Телефон редакции: 8 (423) 222-33-44", 7, ["Asia/Vladivostok"]),
    ("tel.:(718) 266 4444", None, ["America/New_York"]),  # 3-3-4: North American
    ("Телефон: 8 962 839-56-63", None, []),  # a mobile is no place
    ("Телефон: +441315100214", 7, []),  # another country than the host's
    ("Цена 495 рублей, скидка 20", None, []),
    ("(4162) 222-744 без подписи", None, []),  # no contact label
])
def test_phone_zones(text: str, country: int | None, expected: list[str]) -> None:
    assert [str(z) for z in phone_zones_of(text, country)] == expected


@pytest.mark.parametrize(("title", "tail"), [
    ("В Башкирии заболеваемость ВИЧ выросла на 40% // KP.RU - Уфа", ["KP.RU", "Уфа"]),
    ("Президент выразил соболезнования родным и близким погибших » Приднестровье информационное агентство",
     ["Приднестровье информационное агентство"]),
    ("Заголовок без имени издания", []),
])
def test_title_tail(title: str, tail: list[str]) -> None:
    assert title_tail(title) == tail


def test_name_zones_one_place_each() -> None:
    assert [str(z) for z in name_zones(["Новости Бурятии и Улан-Удэ", "Киев и Москва", "Lenta.ru"])] == [
        "Asia/Irkutsk"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ср., 10.04.2013 10:29 (Мск) | Вход", "Europe/Moscow"),
    ("Обновлено 17.01.2012 15:56 GMT", "UTC"),
    ("10.04.2013 10:29 (Мск) и 10.04.2013 06:29 GMT", None),  # labels that disagree
    ("Торги закрылись в 14:00 мск", None),  # a time without a date is no stamp
    ("Ничего", None),
])
def test_stated_zone(text: str, expected: str | None) -> None:
    found = stated_zone(text)
    assert (str(found) if found else None) == expected


def test_reference_without_zone_is_moscow_time() -> None:
    plus_ten = timezone(timedelta(hours=10))
    got = reference_in(datetime(2012, 1, 17, 23, 59), plus_ten)
    assert got is not None and got.isoformat() == "2012-01-18T05:59:00+10:00"
    utc = reference_in(datetime(2012, 1, 17, 20, 0, tzinfo=UTC), plus_ten)
    assert utc is not None and utc.isoformat() == "2012-01-18T06:00:00+10:00"
    assert reference_in(None, plus_ten) is None


def test_own_host_from_a_path_linked_both_ways() -> None:
    root = lxml_html.document_fromstring(
        '<html><head><link rel="alternate" href="/feeder/"></head><body>'
        '<a href="http://www.example.com.ua/feeder/">RSS</a><a href="http://twitter.com/x">t</a></body></html>')
    assert own_host(root) == "www.example.com.ua"


# -- whole pages, written for these tests ------------------------------------------------------------

PAGE = """<html><head><title>{title}</title>{head}</head><body>
<div class="menu"><a href="/">Главная</a> <a href="/news/">Новости</a></div>
<h1>Врачи открыли новое отделение в городской больнице</h1>
<div class="date">{stamp}</div>
<p>В городской больнице открылось новое отделение для тяжелобольных пациентов, рассказали в областном
министерстве здравоохранения. Отделение рассчитано на двадцать коек и начнёт принимать больных на
следующей неделе, когда закончится ремонт и придёт оборудование.</p>
<p>По словам главного врача, в отделении будут работать шесть врачей и двенадцать медицинских сестёр,
а средства на ремонт выделил областной бюджет. Жители города давно просили открыть такое отделение.</p>
<div class="footer">{footer}</div>
</body></html>"""


def page(stamp: str, title: str = "Врачи открыли новое отделение", head: str = "", footer: str = "") -> str:
    return PAGE.format(stamp=stamp, title=title, head=head, footer=footer)


@pytest.mark.parametrize(("html", "reference", "expected"), [
    # a regional outlet whose name and phone agree prints local time (+10:00 then)
    (page("вчера, 17:17", title='Врачи открыли новое отделение / ИА "Амур.инфо"',
          footer="Редакция: (4162) 222-744"), "2012-01-17T23:59:59", "2012-01-17T17:17:00+10:00"),
    # a zone the page states by its clock
    (page("05.01.12 18:27", footer="Ср., 10.04.2013 10:29 (Мск)"), None, "2012-01-05T18:27:00+04:00"),
    # the markup's e-mail form time lends its offset to the visible one of the same minute
    (page("05.01.2012 11:30", head='<meta itemprop="datePublished" content="Thu, 05 Jan 2012 11:30:50 +0900">'),
     None, "2012-01-05T11:30:00+09:00"),
    # the markup gives the moment in UTC, the page prints its own clock: the page's offset is the difference
    (page("05.01.2012 13:30", head='<meta property="article:published_time" content="2012-01-05T11:30:00Z">'),
     None, "2012-01-05T13:30:00+02:00"),
    (page("05.01.2012 15:31", head='<meta property="article:published_time" content="2012-01-05T11:30:00Z">'),
     None, "2012-01-05T15:31:00+04:00"),  # another minute: the outlet's zone, not the markup's
    # a New York weekly by its phone number
    (page("28 Ноябрь 2011 08:38", footer="tel.:(718) 266 4444"), None, "2011-11-28T08:38:00-05:00"),
    # the page's clock is later than the crawl: not when the story was published
    (page("Ср., 10.04.2013, 09:36") .replace("<p>В городской", "<p>Автор, 04.01.2012.</p><p>В городской"),
     "2012-01-06T12:00:00", "2012-01-04"),
])
def test_page_published(html: str, reference: str | None, expected: str) -> None:
    assert extract(html, reference_time=reference).published == expected


def test_relative_stamp_needs_a_reference() -> None:
    html = page("Сегодня, 15:33", footer="Сегодня 28 Ноября 2011 - 17:08")
    assert extract(html).published is None  # neither the machine's clock nor the page's
    assert extract(html, reference_time="2011-11-28T23:59:59").published == "2011-11-28T15:33:00+04:00"


def test_lead_dateline_in_the_first_paragraph() -> None:
    html = page("").replace("<p>В городской", "<p>06.01.2012, Москва 08:34:40 В городской")
    article = extract(html)
    assert article.published == "2012-01-06T08:34:00+04:00"
    assert "timezone_assumed" in {w.code for w in article.warnings}
