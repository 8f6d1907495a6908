"""WARC archives (warcio): every HTML response record becomes a page, dated by WARC-Date.

A damaged archive (cut short, not a WARC at all, a record whose length is wrong) gives one
`InputError` after the pages read before the damage; a record cut short is reported, never extracted.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from contextlib import redirect_stderr
from pathlib import Path
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from svodka.errors import InputError
from svodka.sources.page import Page

HTML_TYPES = ("text/html", "application/xhtml+xml")
_GZIP_MAGIC = b"\x1f\x8b"
_DRAIN = 1 << 16


class _Damaged(Exception):
    """The archive breaks off or is malformed at a record; the message says where and how."""


def warc_pages(path: Path) -> Iterator[Page | InputError]:
    name = str(path)
    count = 0
    # warcio writes its warnings ("Record not followed by newline…") straight to sys.stderr, with no
    # logging or warnings hook: they are caught here, only while warcio runs (never across a yield),
    # and turned into our one error line.
    warnings = io.StringIO()
    try:
        with _open_warc(path) as stream:
            records = enumerate(ArchiveIterator(stream))
            while True:
                with redirect_stderr(warnings):
                    page = _next_html_page(records, name)
                if page is None:
                    damage = _gzip_damage(stream)
                    if damage:
                        raise _Damaged(damage)
                    break
                count += 1
                yield page
    except _Damaged as exc:
        yield InputError(name, f"{exc}{_pages_before(count)}")
        return
    except (ArchiveLoadFailed, StatusAndHeadersParserException, OSError, ValueError) as exc:
        yield InputError(name, f"broken WARC archive ({_one_line(str(exc))}){_pages_before(count)}")
        return
    if warnings.getvalue().strip():
        yield InputError(name, f"broken WARC archive ({_warcio_warning(warnings.getvalue())})"
                               f"{_pages_before(count)}")
    elif count == 0:
        yield InputError(name, "WARC archive holds no HTML response")


def _open_warc(path: Path) -> io.BufferedReader[Any]:
    """The archive as an uncompressed stream, checked to start like a WARC."""
    raw = path.open("rb")
    stream = io.BufferedReader(_GzipMembers(raw)) if raw.peek(2)[:2] == _GZIP_MAGIC else raw
    head = stream.peek(16)[:16].lstrip()
    if not head.startswith(b"WARC/"):
        stream.close()
        raise _Damaged(_gzip_damage(stream) or f"not a WARC archive (it starts with {head[:8]!r}, not 'WARC/')")
    return stream


def _gzip_damage(stream: io.BufferedReader[Any]) -> str | None:
    return stream.raw.damage if isinstance(stream.raw, _GzipMembers) else None


class _GzipMembers(io.RawIOBase):
    """A gzip file of many members (one per record, as WARC writers do), unpacked as it is read.

    Written here because neither choice at hand tells a file cut short: warcio's own unpacking takes
    a member cut short for the end of the archive and drops its record silently, and GzipFile.read
    raises EOFError and loses the bytes it unpacked before the cut. This one hands over every byte it
    can and then ends, with `damage` saying why.
    """

    def __init__(self, raw: IO[bytes]) -> None:
        super().__init__()
        self.raw = raw
        self.damage: str | None = None
        self._unzip = zlib.decompressobj(31)
        self._pending = b""
        self._started = False  # bytes of the current member have been fed in

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while True:
            data = self._pending or self.raw.read(_DRAIN)
            self._pending = b""
            if not data or self.damage:
                if self._started and not self.damage:
                    self.damage = "truncated: the file ends inside a record"
                return 0
            self._started = True
            try:
                out = self._unzip.decompress(data, len(buffer))
            except zlib.error as exc:
                self.damage = f"corrupt gzip data ({exc})"
                return 0
            self._pending = self._unzip.unconsumed_tail
            if self._unzip.eof:
                self._pending = self._unzip.unused_data
                self._unzip = zlib.decompressobj(31)
                self._started = False
            if out:
                buffer[: len(out)] = out
                return len(out)

    def close(self) -> None:
        self.raw.close()
        super().close()


def _next_html_page(records: Iterator[tuple[int, Any]], name: str) -> Page | None:
    """The next HTML response of the archive, or None at its end; raises _Damaged where it breaks off."""
    try:
        return _next_html_record(records, name)
    except EOFError as exc:
        raise _Damaged(f"truncated ({exc})") from None


def _next_html_record(records: Iterator[tuple[int, Any]], name: str) -> Page | None:
    for index, record in records:
        if record.rec_type != "response":
            _check_complete(record, index)
            continue
        kind = record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
        if not kind.lower().startswith(HTML_TYPES):
            _check_complete(record, index)
            continue
        url = record.rec_headers.get_header("WARC-Target-URI")
        try:
            data = record.content_stream().read()
        except EOFError:
            raise _Damaged(f"truncated inside record {index} ({url})") from None
        _check_complete(record, index, url)
        return Page(
            name=f"{name}#{index}",
            data=_with_http_charset(data, kind),
            url=url,
            reference_time=record.rec_headers.get_header("WARC-Date"),
        )
    return None


def _check_complete(record: Any, index: int, url: str | None = None) -> None:
    """Raise _Damaged when the record holds fewer bytes than its Content-Length says (the file ends early)."""
    try:
        while record.raw_stream.read(_DRAIN):
            pass
    except EOFError:
        missing = None
    else:
        missing = getattr(record.raw_stream, "limit", 0)
        if not missing:
            return
    where = f"record {index}" + (f" ({url})" if url else "")
    detail = f", {missing} of {record.length} bytes missing" if missing else ""
    raise _Damaged(f"truncated inside {where}{detail}")


def _pages_before(count: int) -> str:
    return f"; {count} page{'s' if count != 1 else ''} read before it" if count else ""


def _one_line(text: str) -> str:
    return " ".join(text.split())[:200]


def _warcio_warning(text: str) -> str:
    """warcio's multi-line warning as one short clause."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return _one_line(first.removeprefix("WARNING:").strip())


def _with_http_charset(data: bytes, content_type: str) -> bytes:
    """Carry the HTTP header's charset into the page, where the decoder looks for it."""
    lower = content_type.lower()
    if "charset=" not in lower or b"charset" in data[:4096].lower():
        return data
    charset = lower.split("charset=", 1)[1].split(";")[0].strip().strip("\"'")
    return f'<meta charset="{charset}">'.encode("ascii", "replace") + data
