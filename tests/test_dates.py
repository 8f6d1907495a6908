"""Times as Russian pages print them (svodka.extract.dates) and feed lines (svodka.extract.related)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from svodka.extract.dates import MOSCOW, find_times, parse_iso
from svodka.extract.related import items_from_glued_line, resolve_item_time, split_item
from svodka.extract.zones import OutletSignals, links_zone, outlet_zone
from svodka.model import RelatedItem

REF = datetime.fromisoformat("2024-07-05T11:00:00+03:00")


def case(case_id: str, text: str, reference: datetime | None, expected: list[str]) -> Any:
    return pytest.param(text, reference, expected, id=case_id)


def resolved(text: str, reference: datetime | None = None) -> list[str]:
    return [f.resolve(MOSCOW) for f in find_times(text, reference)]


# text, reference, every time found (resolved with Moscow as the default zone)
CASES = [
    case("slash-date-po-msk", "22/12/2021 - 12:44 (по МСК)", None, ["2021-12-22T12:44:00+03:00"]),
    # Moscow kept +04:00 from 2011-03-27 to 2014-10-26
    case("msk-2012", "17.01.2012 19:56 МСК", None, ["2012-01-17T19:56:00+04:00"]),
    case("wordy-2012", "5 января 2012, 14:30", None, ["2012-01-05T14:30:00+04:00"]),
    # ria.ru: the time glued to the date, and a counter after it
    case("glued-ria", "21:3505.01.201212", None, ["2012-01-05T21:35:00+04:00"]),
    case("g-v", "08.12.2011 г. в 17:50", None, ["2011-12-08T17:50:00+04:00"]),
    case("goda-v", "26 ноября 2011 года в 15:28", None, ["2011-11-26T15:28:00+04:00"]),
    case("winter-2010", "Опубликовано: 12.02.2010 21:47", None, ["2010-02-12T21:47:00+03:00"]),
    case("two-digit-year", "28.11.11 16:58", None, ["2011-11-28T16:58:00+04:00"]),
    case("time-first-wordy", "1:27, 27 ноября, 2011", None, ["2011-11-27T01:27:00+04:00"]),
    case("time-bar-date", "14:39 | 25.11.2011", None, ["2011-11-25T14:39:00+04:00"]),
    case("date-bar-time", "25.11.2011 | 14:39", None, ["2011-11-25T14:39:00+04:00"]),
    case("po-moskovskomu", "14 марта 2023, 16:05 по московскому времени", None, ["2023-03-14T16:05:00+03:00"]),
    case("english-month", "22 Dec 2021 12:44", None, ["2021-12-22T12:44:00+03:00"]),
    # a date alone stays a date
    case("date-only", "3 мая 2012", None, ["2012-05-03"]),
    case("month-nominative", "5 январь 2012", None, ["2012-01-05"]),
    case("iso-date-only", "2015-01-10", None, ["2015-01-10"]),
    # Moscow is +03:00 again from 2014-10-26
    case("iso-2015", "2015-01-10 12:00", None, ["2015-01-10T12:00:00+03:00"]),
    case("iso-2014-10-25", "2014-10-25 12:00", None, ["2014-10-25T12:00:00+04:00"]),
    case("iso-2011-03-26", "2011-03-26 12:00", None, ["2011-03-26T12:00:00+03:00"]),
    case("iso-2011-03-27", "2011-03-27 12:00", None, ["2011-03-27T12:00:00+04:00"]),
    case("iso-offset", "2021-12-22T12:44:00+03:00", None, ["2021-12-22T12:44:00+03:00"]),
    case("iso-z", "2023-03-14T12:00:00Z", None, ["2023-03-14T12:00:00+00:00"]),
    case("iso-seconds", "2012-01-15 14:40:09", None, ["2012-01-15T14:40:00+04:00"]),
    case("vchera-ref", "Вчера в 17:26", REF, ["2024-07-04T17:26:00+03:00"]),
    case("segodnya-ref", "Сегодня в 10:31", REF, ["2024-07-05T10:31:00+03:00"]),
    case("pozavchera-ref", "позавчера, 09:15", REF, ["2024-07-03T09:15:00+03:00"]),
    # relative, and nothing to resolve it against
    case("vchera-no-ref", "Вчера в 17:26", None, []),
    case("segodnya-no-ref", "Сегодня в 10:31", None, []),
    case("feb-30", "30.02.2012", None, []),
    case("bad-numbers", "99.99.2012", None, []),
    case("clock-only", "12:44", None, []),
    case("score", "счет 3:2, матч 25:21", None, []),
    # seen in tests/data/daniel_published.tsv (1a6dc0a449c0, 26e809083448)
    case("month-word-two-digit-year", "Опубликовано 28 ноября 11 (14:41)", None, ["2011-11-28T14:41:00+04:00"]),
    case("weekday-between", "28 ноября 2011, Понедельник, 18:04", None, ["2011-11-28T18:04:00+04:00"]),
    # two stamps: each time stays with its own date
    case("two-stamps", "Обновлено 23.12.2021 10:00, опубликовано 22.12.2021 09:00", None,
         ["2021-12-23T10:00:00+03:00", "2021-12-22T09:00:00+03:00"]),
    case("time-comma-wordy", "12:44, 22 декабря 2021", None, ["2021-12-22T12:44:00+03:00"]),
    # the month first: English, and WordPress's translated "M jS y"
    case("english-pm-est", "Dec 22, 2021 12:44 PM EST", None, ["2021-12-22T12:44:00-05:00"]),
    case("english-at-am", "Dec 22, 2021 at 12:05 am", None, ["2021-12-22T00:05:00+03:00"]),
    case("english-noon", "March 3, 2012 12:30 p.m.", None, ["2012-03-03T12:30:00+04:00"]),
    case("english-pdt", "Jul 4, 2023 9:15 AM PDT", None, ["2023-07-04T09:15:00-07:00"]),
    case("wordpress-ru", "Ноя 27th 11 17:46", None, ["2011-11-27T17:46:00+04:00"]),
    case("ru-abbrev", "5 ноя 2011, 10:00", None, ["2011-11-05T10:00:00+04:00"]),
    case("ru-abbrev-dot", "3 мар. 2012 08:15", None, ["2012-03-03T08:15:00+04:00"]),
    case("kiev-stated", "сен 5, 2012 10:00 по киевскому времени", None, ["2012-09-05T10:00:00+03:00"]),
    case("po-moskve", "17.01.2012 19:56 по Москве", None, ["2012-01-17T19:56:00+04:00"]),
    case("gmt-plus", "17.01.2012 15:56 GMT+4", None, ["2012-01-17T15:56:00+04:00"]),
    # American order, the only reading that is a date
    case("us-slash", "11/27/2011 13:11", None, ["2011-11-27T13:11:00+04:00"]),
    # a date line that opens a paragraph, seconds dropped, a city between
    case("rbc-dateline", "06.01.2012, Кишинев 08:16:36 Устойчивого урегулирования", None,
         ["2012-01-06T08:16:00+04:00"]),
    # the page's own clock is no stamp
    case("page-clock", "Сегодня 28 Ноября 2011 - 17:08 | ВХОД НА САЙТ", None, []),
    case("pm-13", "Dec 22, 2021 13:00 PM", None, ["2021-12-22"]),
    case("mark-not-month", "Марк 5 2012", None, []),
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_find_times(text: str, reference: datetime | None, expected: list[str]) -> None:
    assert resolved(text, reference) == expected


@pytest.mark.parametrize(("text", "matched"), [
    ("21:3505.01.201212", "21:3505.01.2012"),
    ("22/12/2021 - 12:44 (по МСК)", "22/12/2021 - 12:44"),
    ("Дата: 08.12.2011 г. в 17:50, просмотров 12", "08.12.2011 г. в 17:50"),
])
def test_matched_text(text: str, matched: str) -> None:
    found = find_times(text)
    assert [f.text for f in found] == [matched]
    assert text[found[0].start:].startswith(matched)


def test_stated_zone_wins_over_default() -> None:
    [stated] = find_times("17.01.2012 19:56 МСК")
    assert stated.resolve(UTC) == "2012-01-17T19:56:00+04:00"
    [explicit] = find_times("2021-12-22T12:44:00+03:00")
    assert explicit.resolve(UTC) == "2021-12-22T12:44:00+03:00"
    [bare] = find_times("5 января 2012, 14:30")
    assert bare.resolve(UTC) == "2012-01-05T14:30:00+00:00"
    assert bare.offset is None and not bare.relative


@pytest.mark.parametrize("text", [
    "06.01.2012 10:00 В Москве прошел митинг",  # a city after the time is no zone
    "22.12.2021 12:44 Мскова",
    "22.12.2021 12:44, и через десять минут по МСК",  # too far from the time
])
def test_no_stated_zone(text: str) -> None:
    [found] = find_times(text)
    assert found.offset is None


def test_relative_takes_the_reference_zone() -> None:
    [found] = find_times("Сегодня в 10:31", REF)
    assert found.relative
    assert found.resolve(UTC) == "2024-07-05T10:31:00+03:00"


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-07-05T11:00:00+03:00", "2024-07-05T11:00:00+03:00"),
    ("2023-03-14T12:00:00Z", "2023-03-14T12:00:00+00:00"),
    ("2024-07-05", "2024-07-05T00:00:00"),
    ("notatime", None),
    ("", None),
    # e-mail form, as some <time datetime> carry it
    ("Thu, 05 Jan 2012 11:30:50 +0900", "2012-01-05T11:30:50+09:00"),
])
def test_parse_iso(value: str, expected: str | None) -> None:
    got = parse_iso(value)
    assert (got.isoformat() if got else None) == expected


TOKENS = ["Сегодня", "вчера", " в ", "января", "ма", "мая", "2012", "12", "1", "05", ".", ":", "/", "-", " ",
          ",", "г.", "года", "МСК", "GMT+4", "T", "Z", "+03:00", "21:35", "31", "99", "\n", "(по МСК)", "at",
          "по московскому времени", "Dec", "0"]
TEXTS = st.one_of(st.text(max_size=200), st.lists(st.sampled_from(TOKENS), max_size=30).map("".join))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, with_reference=st.booleans())
def test_find_times_never_raises(text: str, with_reference: bool) -> None:
    for found in find_times(text, REF if with_reference else None):
        assert found.text and found.text in text
        assert text.startswith(found.text, found.start)
        found.resolve(MOSCOW)


GENITIVE = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
            "октября", "ноября", "декабря"]
ENGLISH = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def twelve_hour(d: datetime) -> str:
    return f"{(d.hour % 12) or 12}:{d:%M} {'PM' if d.hour >= 12 else 'AM'}"


# How pages print one moment; each must read back to the same day and minute
PRINTED = {
    "dotted": lambda d: f"{d:%d.%m.%Y %H:%M}",
    "dotted-short-year": lambda d: f"{d:%d.%m.%y} {d:%H:%M}",
    "slash-msk": lambda d: f"{d:%d/%m/%Y} - {d:%H:%M} (по МСК)",
    "wordy": lambda d: f"{d.day} {GENITIVE[d.month - 1]} {d.year}, {d:%H:%M}",
    "wordy-g-v": lambda d: f"{d.day} {GENITIVE[d.month - 1]} {d.year} г. в {d.hour}:{d:%M}",
    "time-first": lambda d: f"{d:%H:%M}, {d.day} {GENITIVE[d.month - 1]} {d.year}",
    "time-bar": lambda d: f"{d:%H:%M} | {d:%d.%m.%Y}",
    "english": lambda d: f"{ENGLISH[d.month - 1]} {d.day}, {d.year} {twelve_hour(d)} EST",
    "english-at": lambda d: f"{ENGLISH[d.month - 1]} {d.day}, {d.year} at {twelve_hour(d)}",
    "iso": lambda d: f"{d:%Y-%m-%dT%H:%M:%S}+03:00",
    "weekday-city": lambda d: f"{d:%d.%m.%Y}, Москва, Понедельник {d:%H:%M}",
}


@settings(max_examples=300, deadline=None)
@given(moment=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2035, 12, 31)),
       style=st.sampled_from(sorted(PRINTED)))
def test_printed_time_reads_back(moment: datetime, style: str) -> None:
    text = f"Опубликовано: {PRINTED[style](moment)} Новости региона"
    [found] = find_times(text)
    assert found.day == moment.date()
    assert found.clock is not None and (found.clock.hour, found.clock.minute) == (moment.hour, moment.minute)
    assert text.startswith(found.text, found.start)


@settings(max_examples=200, deadline=None)
@given(reference=st.datetimes(min_value=datetime(2000, 1, 2), max_value=datetime(2035, 12, 31),
                              timezones=st.just(MOSCOW)),
       back=st.sampled_from([("Сегодня", 0), ("Вчера", 1), ("позавчера", 2)]),
       hour=st.integers(0, 23), minute=st.integers(0, 59))
def test_relative_counts_back_from_the_reference(
    reference: datetime, back: tuple[str, int], hour: int, minute: int
) -> None:
    word, days = back
    [found] = find_times(f"{word} в {hour}:{minute:02d}", reference)
    expected = reference.date() - timedelta(days=days)
    stamp = datetime.combine(expected, time(hour, minute))
    if stamp > reference.replace(tzinfo=None) + timedelta(minutes=5):
        expected -= timedelta(days=1)  # later than the crawl: the page was rendered the day before
    assert found.day == expected and found.relative
    assert found.offset is reference.tzinfo  # read on the reference's clock


# -- feed lines -------------------------------------------------------------------------------------


def items(line: str, reference: datetime | None = None) -> list[tuple[str, str | None, str | None]]:
    return [(i.headline, i.time_text, i.time) for i in items_from_glued_line(line, reference)]


def test_glued_line_split_at_times() -> None:
    line = "Первая новость дня Сегодня в 10:31 Вторая новость Вчера в 17:26 Третья новость"
    assert items(line) == [("Первая новость дня", "Сегодня в 10:31", None),
                           ("Вторая новость", "Вчера в 17:26", None),
                           ("Третья новость", None, None)]
    assert items(line, REF) == [("Первая новость дня", "Сегодня в 10:31", "2024-07-05T10:31:00+03:00"),
                                ("Вторая новость", "Вчера в 17:26", "2024-07-04T17:26:00+03:00"),
                                ("Третья новость", None, None)]


def test_glued_line_keeps_dates_inside_headlines() -> None:
    line = "Власти начнут ограничивать выезд с 1 ноября 2024 года Вчера в 17:25 Следующая новость Сегодня в 09:00"
    assert [h for h, _, _ in items(line)] == ["Власти начнут ограничивать выезд с 1 ноября 2024 года",
                                              "Следующая новость"]


def test_glued_line_without_spaces() -> None:
    line = "Синоптики рассказали о весне 2025 года в МосквеСегодня в 10:31В Подмосковье ограничат движениеВчера в 09:48"
    assert items(line) == [("Синоптики рассказали о весне 2025 года в Москве", "Сегодня в 10:31", None),
                           ("В Подмосковье ограничат движение", "Вчера в 09:48", None)]


def test_glued_headlines_without_times() -> None:
    assert items("В Белгородской области пострадали пять человек WSJ опубликовал статью") == [
        ("В Белгородской области пострадали пять человек", None, None),
        ("WSJ опубликовал статью", None, None),
    ]


def test_glued_line_score_is_no_time() -> None:
    assert items("Матч закончился со счетом 3:2 Сегодня в 10:00") == [
        ("Матч закончился со счетом 3:2", "Сегодня в 10:00", None)]


def test_glued_line_empty() -> None:
    assert items("") == []


@pytest.mark.parametrize(("text", "reference", "expected"), [
    ("Сегодня в 10:31 Новость про погоду", None, RelatedItem("Новость про погоду", None, "Сегодня в 10:31")),
    ("Сегодня в 10:31 Новость про погоду", REF,
     RelatedItem("Новость про погоду", None, "Сегодня в 10:31", "2024-07-05T10:31:00+03:00")),
    ("Новость про погоду Вчера, 17:26", REF,
     RelatedItem("Новость про погоду", None, "Вчера, 17:26", "2024-07-04T17:26:00+03:00")),
    ("3 марта 2023 Канатную дорогу закроют", None,
     RelatedItem("Канатную дорогу закроют", None, "3 марта 2023", "2023-03-03")),
    ("Новость 12.02.2010 20:05", REF,
     RelatedItem("Новость", None, "12.02.2010 20:05", "2010-02-12T20:05:00+03:00")),
    ("Заголовок 10:31", REF, RelatedItem("Заголовок", None, "10:31", "2024-07-05T10:31:00+03:00")),
    ("Заголовок 12:05", REF,  # later than the crawl: yesterday's
     RelatedItem("Заголовок", None, "12:05", "2024-07-04T12:05:00+03:00")),
    ("Заголовок 12:05", None, RelatedItem("Заголовок", None, "12:05", None)),
    ("В Москве 5 марта прошел митинг", None, RelatedItem("В Москве 5 марта прошел митинг")),  # date inside
    ("Новость без времени", REF, RelatedItem("Новость без времени")),
])
def test_split_item(text: str, reference: datetime | None, expected: RelatedItem) -> None:
    assert split_item(text, reference) == expected


def test_absolute_item_time_without_reference_is_not_utc() -> None:
    got = resolve_item_time("12.02.2010 20:05", None)
    assert got is None or got == "2010-02-12T20:05:00+03:00"


@pytest.mark.parametrize(("reference", "expected"), [
    (datetime(2012, 1, 6, 9, 0, tzinfo=UTC), "2012-01-05"),  # the crawl's year beats the page's stale ©
    (datetime(2012, 1, 3, 9, 0, tzinfo=UTC), "2011-01-05"),  # not after the crawl: last year's
])
def test_yearless_date_takes_the_crawl_year(reference: datetime, expected: str) -> None:
    found = find_times("5 января, 12:34", reference, year=2009)
    assert [f.day.isoformat() for f in found] == [expected]


@pytest.mark.parametrize(("hosts", "zone"), [
    (["www.048.ua"] * 9 + ["yandex.ru"] * 3, "Europe/Kiev"),
    (["a.kz", "b.kz"] * 5, "Asia/Almaty"),
    (["www.048.ua"] * 9 + ["yandex.ru"] * 8, None),  # not clearly more than Russia's
    (["banner.ua"] * 3, None),  # a partner widget is no country
    ([], None),
])
def test_links_zone(hosts: list[str], zone: str | None) -> None:
    found = links_zone(hosts)
    assert (str(found.zone) if found else None) == zone


def test_own_host_beats_links() -> None:
    assert str(outlet_zone(OutletSignals("www.ria.ru", link_hosts=["x.ua"] * 20)).zone) == "Europe/Moscow"
    assert outlet_zone(OutletSignals(None, link_hosts=["x.ua"] * 20)).assumed is False
