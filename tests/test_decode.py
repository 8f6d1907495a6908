"""Bytes → text (svodka.sources.decode): declared, undeclared and wrongly declared Russian encodings."""

from __future__ import annotations

import gzip

import pytest

from svodka.errors import InputError
from svodka.sources.decode import MAX_BYTES, decode_page

TEXT = ("<html><body><h1>Ёлка на Театральной площади</h1><p>Новогоднюю ёлку установят к 20 декабря, "
        "сообщили в городской управе. Высота дерева составит восемнадцать метров.</p></body></html>")


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "cp1251", "koi8-r"])
def test_undeclared(codec: str) -> None:
    assert decode_page(TEXT.encode(codec)) == TEXT


@pytest.mark.parametrize(("codec", "declared"), [
    ("cp1251", "windows-1251"), ("koi8-r", "koi8-r"),
    ("koi8-r", "windows-1251"),  # declared wrong: the other reading is far better
    ("cp1251", "koi8-r"),
])
def test_declared(codec: str, declared: str) -> None:
    text = TEXT.replace("<html>", f'<html><head><meta charset="{declared}"></head>')
    assert decode_page(text.encode(codec)) == text


def test_gzip() -> None:
    assert decode_page(gzip.compress(TEXT.encode("cp1251"))) == TEXT


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty"),
    (b"  \n\t ", "empty"),
    (b"<html>\x00\x00\x00</html>", "binary"),
    (gzip.compress(TEXT.encode())[:40], "truncated"),
    (bytes(range(0x80, 0x100)) * 40, "encoding"),
    (gzip.compress(b" " * (MAX_BYTES + 1)), "mb"),
])
def test_refused(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_page(data, "page.html")
    assert caught.value.name == "page.html"
    assert reason in caught.value.reason.lower()


@pytest.mark.parametrize(("text", "codec"), [
    ("<p>Мэр подписал указ.</p>", "koi8-r"),
    ("Ёлка на площади", "cp1251"),
    ("Ёлка на площади", "koi8-r"),
    ("<b>Москва, 5 мая.</b> Открыли новый мост", "mac-cyrillic"),
    ("Новости дня: ремонт дорог", "cp866"),
    ("ВЫБОРЫ ГУБЕРНАТОРА: итоги", "koi8-r"),
], ids=["koi8r-sentence", "cp1251-three-words", "koi8r-three-words", "mac-cyrillic", "cp866", "koi8r-caps"])
def test_short_undeclared(text: str, codec: str) -> None:
    assert decode_page(text.encode(codec)) == text


@pytest.mark.parametrize(("text", "codec"), [
    ("Le café de la gare était fermé à cause des grèves, déclare le préfet.", "latin-1"),
    ("Die Straßenbahn fährt über die Brücke, große Verspätungen für Pendler.", "latin-1"),
    ("Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία της χώρας.", "cp1253"),
    ("政府宣布了新的经济措施，以支持国家的中小企业发展。", "gbk"),
    ("政府は新しい経済対策を発表しました。東京の市場は上昇した。", "shift_jis"),
], ids=["french", "german", "greek", "chinese", "japanese"])
def test_other_languages_are_not_read_as_russian(text: str, codec: str) -> None:
    page = f"<html><body><p>{text}</p></body></html>"
    assert decode_page(page.encode(codec)) == page
