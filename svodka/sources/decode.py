"""Bytes of a page → text, whatever encoding it uses, declared or not; bad input refused clearly."""

from __future__ import annotations

import codecs
import gzip
import re
import zlib
from itertools import islice

from charset_normalizer import from_bytes

from svodka.errors import InputError

MAX_BYTES = 10 * 1024 * 1024
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_XML_DECLARED = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.I)
# Share of lowercase among Cyrillic letters: Russian text is mostly lowercase, while koi8-r
# read as windows-1251 (or the reverse) comes out mostly uppercase.
_CYR_LOWER = re.compile("[а-яё]")
_CYR_ANY = re.compile("[А-ЯЁа-яё]")
RUSSIAN_SINGLE_BYTE = ("cp1251", "koi8-r", "mac-cyrillic", "cp866")
# a word with a letter outside ASCII; the reading of any byte above 0x7f lands in one (or is noise)
_NON_ASCII_WORD = re.compile(r"[^\W\d_]*[^\x00-\x7f][^\W\d_]*")
_CYR_WORD = re.compile("[А-ЯЁа-яё]+")
# The 40 most frequent letter pairs of Russian text (from the letter-pair tables of Russian corpora):
# about half of all pairs in real text, a few percent in a misread one.
_COMMON_PAIRS = frozenset(
    "ст но то на ен ов ни ра во ко ал пр ро ли по ре ос ер ка не го ан та он ор ол ет ть ит ел ва ла "
    "ом ак ат ле ди ны".split()
)
# right readings of Russian score about 1.0-1.3 (shape 0.7 + common pairs), misreadings below 0.5
_PLAUSIBLE = 0.8


def gunzip(data: bytes, name: str) -> bytes:
    if not data.startswith(b"\x1f\x8b"):
        return data
    try:
        out = gzip.decompress(data)
    except (EOFError, OSError, zlib.error) as exc:
        raise InputError(name, f"truncated or corrupt gzip ({exc})") from None
    if len(out) > MAX_BYTES:
        raise InputError(name, f"over {MAX_BYTES // (1024 * 1024)} MB once unpacked")
    return out


def check_size(data: bytes, name: str) -> None:
    if not data.strip():
        raise InputError(name, "empty file")
    if len(data) > MAX_BYTES:
        raise InputError(name, f"over {MAX_BYTES // (1024 * 1024)} MB ({len(data) // (1024 * 1024)} MB)")


def decode_page(data: bytes, name: str = "<page>") -> str:
    """The page's text; raises InputError for empty, binary, oversized or undecodable input."""
    check_size(data, name)
    data = gunzip(data, name)
    check_size(data, name)
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    if b"\x00" in data[:4096]:
        raise InputError(name, "binary data, not a page")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = declared_charset(data)
    if declared:
        try:
            return best_cyrillic(data, data.decode(declared), declared)
        except (LookupError, UnicodeDecodeError):
            pass
    return guessed(data, name)


def declared_charset(data: bytes) -> str | None:
    head = data[:8192]
    match = _DECLARED.search(head) or _XML_DECLARED.search(head)
    if not match:
        return None
    label = match.group(1).decode("ascii", "replace").lower()
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def best_cyrillic(data: bytes, text: str, codec: str) -> str:
    """Keep the declared reading unless the other Russian single-byte code reads far better."""
    if codec not in ("cp1251", "koi8-r"):
        return text
    other = data.decode("koi8-r" if codec == "cp1251" else "cp1251", errors="replace")
    return other if lowercase_share(other) > lowercase_share(text) + 0.3 else text


def lowercase_share(text: str) -> float:
    sample = text[:20000]
    total = len(_CYR_ANY.findall(sample))
    return len(_CYR_LOWER.findall(sample)) / total if total else 0.0


def guessed(data: bytes, name: str) -> str:
    best = from_bytes(data[:200000]).best()
    guess = None if best is None or best.encoding is None else codecs.lookup(best.encoding).name
    russian = most_russian_reading(data[:200000])
    if russian and (guess is None or russian_score(data.decode(guess, errors="replace")) < russian[1]):
        return data.decode(russian[0], errors="replace")
    if guess is None:
        raise InputError(name, "cannot tell the text encoding (binary or damaged file?)")
    return best_cyrillic(data, data.decode(guess, errors="replace"), guess)


def most_russian_reading(data: bytes) -> tuple[str, float] | None:
    """The Russian single-byte code whose reading looks most like Russian text, if one does.

    charset_normalizer is built for long texts in many languages: on a short page in one of these codes
    it often picks a CJK or Greek code; a Russian reading is told apart by the shape of its words.
    """
    scored = [(codec, russian_score(data.decode(codec, errors="replace"))) for codec in RUSSIAN_SINGLE_BYTE]
    codec, score = max(scored, key=lambda pair: pair[1])
    return (codec, score) if score >= _PLAUSIBLE else None


def russian_score(text: str) -> float:
    """How much the text's non-ASCII words look like Russian, from -1 (noise) to about 1.

    Each word (a run of letters holding a non-ASCII character) scores by its case pattern: Russian is
    written in lowercase, Capitalised or ALL-CAPS words, all Cyrillic, while a wrong single-byte code
    mixes cases inside words, or gives Latin-1 letters, symbols and CJK; frequent Russian letter pairs
    add to it, since koi8-r and cp1251 misread as each other also yield all-caps words.
    """
    words = [m.group() for m in islice(_NON_ASCII_WORD.finditer(text), 3000)]
    if not words:
        return -1.0
    shape = sum(_word_shape(w) for w in words) / len(words)
    pairs = [w[i : i + 2].lower() for w in words for i in range(len(w) - 1)]
    common = sum(p in _COMMON_PAIRS for p in pairs) / len(pairs) if pairs else 0.0
    return shape + common


def _word_shape(word: str) -> float:
    if not _CYR_WORD.fullmatch(word):
        return -1.0
    if word.islower() or (word[0].isupper() and word[1:].islower()):
        return 0.7
    return 0.2 if word.isupper() else -0.5
