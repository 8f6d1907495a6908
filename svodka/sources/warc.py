"""WARC archives (warcio): every HTML response record becomes a page, dated by WARC-Date."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from svodka.errors import InputError
from svodka.sources.page import Page

HTML_TYPES = ("text/html", "application/xhtml+xml")


def warc_pages(path: Path) -> Iterator[Page | InputError]:
    name = str(path)
    count = 0
    try:
        with path.open("rb") as stream:
            for index, record in enumerate(ArchiveIterator(stream)):
                if record.rec_type != "response":
                    continue
                kind = record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
                if not kind.lower().startswith(HTML_TYPES):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                data = record.content_stream().read()
                count += 1
                yield Page(
                    name=f"{name}#{index}",
                    data=_with_http_charset(data, kind),
                    url=url,
                    reference_time=record.rec_headers.get_header("WARC-Date"),
                )
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        yield InputError(name, f"broken WARC archive after {count} pages ({exc})")
        return
    if count == 0:
        yield InputError(name, "WARC archive holds no HTML response")


def _with_http_charset(data: bytes, content_type: str) -> bytes:
    """Carry the HTTP header's charset into the page, where the decoder looks for it."""
    lower = content_type.lower()
    if "charset=" not in lower or b"charset" in data[:4096].lower():
        return data
    charset = lower.split("charset=", 1)[1].split(";")[0].strip().strip("\"'")
    return f'<meta charset="{charset}">'.encode("ascii", "replace") + data
