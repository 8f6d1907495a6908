"""The story element (svodka/extract/element.py) on small pages written for these tests, and the
Latin-script datelines and bylines that count as small print (svodka/extract/mainrun.py)."""

from __future__ import annotations

import pytest

from svodka.extract import extract
from svodka.extract.blocks import Block
from svodka.extract.mainrun import is_machinery

MENU = "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(8))
PARAS = [
    "The city council voted on Tuesday to extend the night bus service to the northern suburbs, "
    "after a year of complaints from shift workers who had no way home after midnight.",
    "The new routes will start in March and run every thirty minutes between midnight and five, "
    "the transport department said in a statement published after the vote.",
    "Council members from the northern districts said the change was long overdue, while others "
    "questioned whether the budget for next year could carry the extra cost of drivers.",
    "The department expects about two thousand passengers a night once the service is known, "
    "and it plans to review the timetable after the first six months of operation.",
    "Drivers' unions welcomed the decision but asked for better lighting at the terminal stops, "
    "where several attacks on staff were reported over the past two winters.",
]


def page(article: str, header: str = "", after: str = "") -> str:
    return (
        "<html><head><title>Night buses to reach the northern suburbs | City News</title></head><body>"
        f'<nav class="menu"><ul>{MENU}</ul></nav>'
        f'<div class="main"><h1>Night buses to reach the northern suburbs</h1>{header}'
        f'<div class="story">{article}</div>{after}</div>'
        '<footer><p>© 2024 City News. All rights reserved.</p></footer></body></html>'
    )


def paras(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def body_of(html: str) -> list[str]:
    return extract(html, url="https://news.example.com/night-buses").body


def test_inline_box_of_links_is_skipped_and_the_story_goes_on() -> None:
    items = "".join(f'<li><a href="/t{i}">Tram fares to rise again in spring, part {i}</a></li>' for i in range(14))
    box = f'<div class="inline"><h3>Most read</h3><ul>{items}</ul></div>'
    body = body_of(page(paras(PARAS[:2]) + box + paras(PARAS[2:])))
    assert body == PARAS


def test_subheading_and_data_table_rows_are_kept() -> None:
    table = ("<table><tr><th>Route</th><th>First bus</th><th>Last bus</th></tr>"
             "<tr><td>N1</td><td>00:10</td><td>04:50</td></tr>"
             "<tr><td>N2</td><td>00:25</td><td>05:05</td></tr></table>")
    article = paras(PARAS[:3]) + "<h2>The new timetable</h2>" + table + paras(PARAS[3:])
    body = body_of(page(article))
    assert "The new timetable" in body
    assert "N1 00:10 04:50" in body
    assert body[-1] == PARAS[-1]


def test_standfirst_byline_and_dateline_above_the_story_are_left_out() -> None:
    header = ("<p class=\"dek\">Shift workers have asked for the service for years, and the city "
              "finally found the money to pay the drivers for it.</p>"
              '<div class="byline">By Jane Smith</div><div class="date">Published Nov. 18, 2019 7:04 pm ET</div>')
    body = body_of(page(paras(PARAS), header=header))
    assert body == PARAS


def test_comments_after_the_story_are_left_out() -> None:
    comments = ("<div class=\"talk\"><h3>Comments</h3>"
                "<p>I have waited for this bus for three years and I still do not believe it will come, "
                "the council promised the same thing before the last election and did nothing.</p></div>")
    body = body_of(page(paras(PARAS), after=comments))
    assert body == PARAS


def test_lead_set_apart_above_a_russian_story_is_kept() -> None:
    lead = "Городская дума во вторник продлила ночные автобусные маршруты до северных районов города."
    texts = [
        "Новые маршруты начнут работать в марте, автобусы будут ходить каждые полчаса с полуночи до пяти "
        "утра, сообщили в департаменте транспорта после голосования.",
        "Депутаты от северных округов назвали решение давно назревшим, другие усомнились, что бюджет "
        "следующего года выдержит дополнительные расходы на водителей.",
        "В департаменте ожидают около двух тысяч пассажиров за ночь и обещают пересмотреть расписание "
        "через полгода после запуска маршрутов.",
    ]
    html = (
        "<html><head><title>Ночные автобусы дойдут до северных районов</title></head><body>"
        f'<nav class="menu"><ul>{MENU}</ul></nav>'
        '<div class="main"><h1>Ночные автобусы дойдут до северных районов</h1>'
        f'<div class="lead"><b>{lead}</b></div><div class="text">{paras(texts)}</div></div></body></html>'
    )
    assert body_of(html) == [lead, *texts]


@pytest.mark.parametrize("text,small_print", [
    ("Nov. 18, 2019 7:04 pm ET", True),
    ("Published Wed, Nov 20 2019 4:29 AM EST", True),
    ("PUBLISHED: November 19, 2019 at 8:59 pm | UPDATED: November 19, 2019 at 10:16 pm", True),
    ("Mon 18 Nov 2019 18.54 GMT Last modified on Mon 18 Nov 2019 18.56 GMT", True),
    ("11/20/19 6:38 AM", True),
    ("2016.12.01", True),
    ("By Sarah E. Needleman", True),
    ("by Stefan Becket, Kathryn Watson and Grace Segers", True),
    ("Follow us on Twitter and Facebook", True),
    ("On Nov. 18, 2019 the company said it would cut 300 jobs.", False),
    ("By the time police arrived the man had gone.", False),
    ("Sign up for the Disney+ bundle using the same email as your Hulu account", False),
])
def test_latin_datelines_and_bylines_are_machinery(text: str, small_print: bool) -> None:
    assert is_machinery(Block(text=text)) is small_print
