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


@pytest.mark.xfail(strict=False, reason="short undeclared single-byte pages are misread: charset_normalizer "
                   "picks a CJK or other code and only cp1251/koi8-r are compared with each other")
@pytest.mark.parametrize(("text", "codec"), [
    ("<p>Мэр подписал указ.</p>", "koi8-r"),
    ("Ёлка на площади", "cp1251"),
    ("Ёлка на площади", "koi8-r"),
], ids=["koi8r-sentence", "cp1251-three-words", "koi8r-three-words"])
def test_short_undeclared(text: str, codec: str) -> None:
    assert decode_page(text.encode(codec)) == text
