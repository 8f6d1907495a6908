"""Whole-page text dumps (w3m -dump): restoring their lines (svodka.extract.dumplayout) and choosing
the article among them (svodka.extract.dumprun). The dumps here are written for these tests."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from svodka.extract import extract
from svodka.extract.dumplayout import decolumnize, repaired, text_lines, unglued
from svodka.extract.dumprun import choose_article, is_prose, repeats_itself
from svodka.extract.plaintext import text_blocks

LEAD = ("Городская дума Калуги утвердила бюджет города на 2013 год во втором чтении. Доходы составят "
        "9,2 миллиарда рублей, расходы девять с половиной миллиардов.")
BODY = [
    "Дефицит бюджета депутаты покроют за счет кредитов коммерческих банков. Глава комиссии по бюджету "
    "Олег Смирнов заявил, что заимствования не превысят трехсот миллионов рублей.",
    "Больше всего денег получат школы и детские сады: на образование город направит почти половину "
    "расходов. Еще миллиард пойдет на ремонт дорог и дворов.",
    "Окончательно бюджет города рассмотрят на заседании думы 20 декабря, после публичных слушаний.",
]
HEADLINE = "Калужские депутаты приняли бюджет города на 2013 год"


def wrap(text: str, width: int, indent: int = 0) -> list[str]:
    """The paragraph as a text browser prints it in a column of `width` characters at `indent`."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(" " * indent + line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, " " * indent + line]


def side_by_side(left: list[str], right: list[str], at: int) -> list[str]:
    """Two columns of a table layout, the right one starting at column `at`."""
    rows = max(len(left), len(right))
    left += [""] * (rows - len(left))
    right += [""] * (rows - len(right))
    return [(a.ljust(at) + b).rstrip() for a, b in zip(left, right, strict=True)]


# --- lines ---------------------------------------------------------------------------------------


def test_wrapped_paragraphs_are_joined() -> None:
    text = "\n".join([HEADLINE, "", *wrap(LEAD, 60), "", *wrap(BODY[0], 60), ""])
    assert [line for line in text_lines(text) if line.strip()] == [HEADLINE, LEAD, BODY[0]]


def test_headline_above_its_lead_is_not_joined_to_it() -> None:
    # the lead's first word would have fitted after the headline: the browser broke the line there
    text = "\n".join([HEADLINE, *wrap(LEAD, 70), *wrap(BODY[0], 70)])
    assert text_lines(text)[:3] == [HEADLINE, LEAD, BODY[0]]


def test_menu_lines_are_not_joined() -> None:
    menu = ["Главная", "Новости", "Афиша", "Справочник", "Объявления", "Форум"]
    assert text_lines("\n".join(menu)) == menu


def test_wrapped_list_item_is_joined() -> None:
    text = "\n".join(["  • " + line.strip() if n == 0 else "    " + line.strip()
                      for n, line in enumerate(wrap("10.12.2012 " + LEAD, 70))])
    assert [line.strip() for line in text_lines(text)] == ["• 10.12.2012 " + LEAD]


def test_columns_are_read_one_after_another() -> None:
    menu = ["Главная", "", "Новости", "", "Политика", "", "Экономика", "", "Общество", "", "Спорт",
            "", "Культура", "", "Погода"]
    article = [HEADLINE, "", *wrap(LEAD, 50), "", *wrap(BODY[0], 50), "", *wrap(BODY[1], 50)]
    footer = "© 2012 Калужский перекрёсток, городской портал. Все права защищены."
    page = ["Новости Калуги - городской портал", "", *side_by_side(menu, article, 24), "", footer]
    lines = [line.strip() for line in text_lines("\n".join(page)) if line.strip()]
    assert lines[lines.index(HEADLINE):] == [HEADLINE, LEAD, BODY[0], BODY[1], footer]
    assert lines[:3] == ["Новости Калуги - городской портал", "Главная", "Новости"]  # the left column first


def test_page_without_columns_keeps_its_lines() -> None:
    page = [HEADLINE, "", LEAD, "", "Поиск:    [          ]", "", *BODY]
    assert decolumnize(page) == page


LINE_CHARS = st.sampled_from([*"абвгд ежзик  лмноп .,•*|[]-", "     ", "\n", "\n\n", "ДОМ", "12:30"])


@settings(max_examples=300, deadline=None)
@given(st.lists(LINE_CHARS, max_size=400).map("".join))
def test_restoring_lines_loses_and_adds_no_word(text: str) -> None:
    words = re.compile(r"\S+")
    assert Counter(words.findall("\n".join(text_lines(text)))) == Counter(words.findall(text))


@pytest.mark.parametrize(("line", "pieces"), [
    pytest.param("В Товузском районе совершено убийствоСотрудники Товузского РОП задержали жителя",
                 ["В Товузском районе совершено убийство", "Сотрудники Товузского РОП задержали жителя"],
                 id="teaser-headline-glued-to-snippet"),
    pytest.param("ДочьЮлии Тимошенко заметили у колонии", ["ДочьЮлии Тимошенко заметили у колонии"],
                 id="typo-is-no-join"),
    pytest.param("Пробки в центре 10:31Снегопад закрыл трассу 09:48Мост откроют в мае",
                 ["Пробки в центре 10:31Снегопад закрыл трассу 09:48Мост откроют в мае"],
                 id="timed-feed-left-for-the-feed-reader"),
    pytest.param("Новость по темеУкраинским потребителям придется покупать «кота в мешке»?",
                 ["Новость по теме", "Украинским потребителям придется покупать «кота в мешке»?"],
                 id="heading-glued-to-link"),
])
def test_unglued(line: str, pieces: list[str]) -> None:
    assert unglued(line) == pieces


# windows-1251 has no byte 0x98, the second byte of "И" in UTF-8: such pages lose that letter for good
@pytest.mark.parametrize("text", [HEADLINE, LEAD, "В аэропорту задержали рейс из-за неисправности самолёта"])
def test_mojibake_is_repaired(text: str) -> None:
    assert repaired(text.encode("utf-8").decode("cp1251")) == text


@settings(max_examples=300)
@given(st.text(alphabet="абвгдежзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ .,«»—", max_size=80))
def test_good_text_is_not_repaired(text: str) -> None:
    assert repaired(text) == text


# --- choosing the article ------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "prose"), [
    pytest.param(LEAD, True, id="sentence"),
    pytest.param(HEADLINE, False, id="headline"),
    pytest.param("Жители, чьи дворы не попали в программу, могут подать заявку на 2014 год в управляющую "
                 "компанию или напрямую в городскую управу до 1 июля, а в течение лета комиссия, в которую "
                 "войдут депутаты и жители, рассмотрит заявки и составит список на следующий год, который",
                 True, id="long-punctuated-line-cut-off"),
    pytest.param("Сотрудники Имишлинского РОП в ходе оперативно-следственных мероприятий ...", False,
                 id="snippet-cut-short"),
    pytest.param("09:21 Анекдоты дня 09:12 Студент устроил резню в колледже 08:48 Трасса перекрыта.", False,
                 id="glued-timed-feed"),
    pytest.param("Кто убил Лору Палмер? Кто убил Лору Палмер?...", False, id="teaser-repeating-itself"),
])
def test_is_prose(line: str, prose: bool) -> None:
    [block] = text_blocks(line)
    assert is_prose(block) is prose


def test_repeats_itself() -> None:
    assert repeats_itself("Хирург Уго Чавеса дал ему два года Хирург Уго Чавеса дал")
    assert not repeats_itself(LEAD)


def article_lines() -> list[str]:
    return [HEADLINE, "", "12 декабря 2012, 11:20", "", LEAD, "", *[p for b in BODY for p in (b, "")]]


def feed_of_teasers() -> list[str]:
    """A feed whose items print their headline twice (link and picture) and a long snippet each."""
    items = [
        ("Министр разоружений", "Осенью 1999 года министр прилетел в маленький дагестанский город, собрал "
         "командование округа и старейшин и пообещал, что армия больше не уйдет из этих мест никогда."),
        ("Наш размерчик!", "Коломна похожа на музей: церкви и ансамбли монастырей ждут туристов, но знают "
         "Коломну по продукции машиностроения, которую заводы города делают уже полтора века подряд."),
        ("Заказ на деградацию", "Если в прежние времена кадровая политика велась в интересах государства, то "
         "теперь министр имел в виду интересы бизнеса, и подобная модель давно вызывает споры экспертов."),
        ("Стальная волна", "Продукция российского машиностроения поднялась сама: если не ставить на пути "
         "промышленности искусственные дамбы, она может захлестнуть рынки соседних стран и всей Азии."),
    ]
    lines = ["Другие статьи номера", ""]
    for title, snippet in items:
        lines += ["//Общество", title, title, snippet, ""]
    return lines


def comment_thread() -> list[str]:
    comments = [
        ("Сергей_К", "12.12.2012 12:03", "А наш двор опять не попал в программу. Третий год подаем заявку, "
         "асфальта нет с 1985 года, и каждый раз нам обещают сделать в следующем году."),
        ("мама_двойняшек", "12.12.2012 13:41", "Хорошо, что подумали про освещение. Вечером с коляской "
         "ходить страшно, половина фонарей во дворах не работает уже несколько лет подряд."),
        ("Гость", "12.12.2012 15:18", "Девять миллиардов на весь город, а дороги как были разбитые, так и "
         "остались. Интересно, кто будет проверять качество работ и куда уходят деньги."),
        ("Иван", "12.12.2012 16:02", "Сравните с соседней областью: там бюджет меньше, а дворы давно "
         "отремонтированы. Значит, дело не в деньгах, а в том, как их тратят наши чиновники."),
    ]
    lines = []
    for name, when, text in comments:
        lines += [f"{name} | {when}", text, "Ответить", ""]
    return lines


def chosen(page: list[str]) -> tuple[str, list[str]]:
    blocks = text_blocks("\n".join(page))
    choice = choose_article(blocks)
    return (blocks[choice.headline].text if choice.headline is not None else "",
            [blocks[i].text for i in choice.body])


MENU = ["Главная", "Новости", "Афиша", "Форум", "Поиск по сайту [          ] [Найти]", ""]


def test_article_above_a_longer_feed_of_teasers() -> None:
    assert chosen([*MENU, *article_lines(), *feed_of_teasers()]) == (HEADLINE, [LEAD, *BODY])


def test_article_above_a_longer_comment_thread() -> None:
    page = [*MENU, *article_lines(), "Комментарии (4)", "", *comment_thread(), "Добавить комментарий"]
    assert chosen(page) == (HEADLINE, [LEAD, *BODY])


def test_article_below_its_subheading_is_whole() -> None:
    page = [*MENU, *article_lines()[:-2], "Что будет с дорогами", BODY[-1]]
    assert chosen(page) == (HEADLINE, [LEAD, *BODY[:-1], "Что будет с дорогами", BODY[-1]])


def test_dump_of_a_two_column_page_extracts_its_article() -> None:
    menu = [line for item in ["Главная", "Новости", "Политика", "Экономика", "Общество", "Спорт", "Культура",
                              "Погода", "Работа", "Афиша"] for line in (item, "")]
    article = [HEADLINE, "", "Елена Тихонова", "12 декабря 2012, 11:20", ""]
    for paragraph in [LEAD, *BODY]:
        article += [*wrap(paragraph, 56), ""]
    page = ["Калужский перекрёсток - городской портал", "", *side_by_side(menu, article, 22), "",
            "© 2012 Калужский перекрёсток. Все права защищены."]
    found = extract("\n".join(page))
    assert found.headline == HEADLINE
    assert found.body == [LEAD, *BODY]
    assert found.authors == ["Елена Тихонова"]
    assert found.published == "2012-12-12T11:20:00+04:00"


def test_text_without_a_headline_keeps_its_paragraphs() -> None:
    found = extract("\n\n".join([LEAD, *BODY]))
    assert found.headline == ""
    assert found.body == [LEAD, *BODY]
