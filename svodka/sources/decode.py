"""Bytes of a page → text, whatever encoding it uses, declared or not; bad input refused clearly."""

from __future__ import annotations

import codecs
import gzip
import re
import zlib

from charset_normalizer import from_bytes

from svodka.errors import InputError

MAX_BYTES = 10 * 1024 * 1024
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_XML_DECLARED = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.I)
# Share of lowercase among Cyrillic letters: Russian text is mostly lowercase, while koi8-r
# read as windows-1251 (or the reverse) comes out mostly uppercase.
_CYR_LOWER = re.compile("[а-яё]")
_CYR_ANY = re.compile("[А-ЯЁа-яё]")


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
    if best is None or best.encoding is None:
        raise InputError(name, "cannot tell the text encoding (binary or damaged file?)")
    text = data.decode(best.encoding, errors="replace")
    return best_cyrillic(data, text, codecs.lookup(best.encoding).name)
