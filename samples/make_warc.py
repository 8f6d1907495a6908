"""Regenerate ``samples/archive.warc.gz`` from the pages in ``samples/warc-src/``.

The archive is a small, fully invented crawl used by svodka's WARC reader tests and by ``make demo``:

1. ``warcinfo`` describing the (imaginary) crawl;
2. ``request`` for the Kamchatka page;
3. ``response`` with that page, ``text/html; charset=utf-8``;
4. ``response`` with a 1x1 ``image/png`` (not HTML: a reader must skip it);
5. ``response`` with the Tula page, transcoded to windows-1251 and served as
   ``text/html; charset=windows-1251`` (the page itself declares no charset).

Record IDs and dates are fixed, so the output is byte-for-byte reproducible::

    .venv/bin/python samples/make_warc.py
"""

from __future__ import annotations

import struct
import sys
import uuid
import zlib
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
SRC = HERE / "warc-src"
OUT = HERE / "archive.warc.gz"

# A fixed namespace makes the WARC-Record-IDs stable between runs.
ID_NAMESPACE = uuid.UUID("6f1d8a52-9c1e-4f0b-8d7a-2f6c0b5e9a31")

KAMCHATKA_URI = "https://kamchatka-bereg.example/news/2023/03/14/ciklon-shkoly/"
PNG_URI = "https://kamchatka-bereg.example/local/templates/bereg/img/logo.png"
TULA_URI = "https://tula-kurier.example/education/2023/03/13/robototehnika/"


def record_id(name: str) -> str:
    """Return a deterministic ``<urn:uuid:...>`` for a record named ``name``."""
    return f"<urn:uuid:{uuid.uuid5(ID_NAMESPACE, name)}>"


def tiny_png() -> bytes:
    """Build a valid 1x1 grey PNG without any imaging library."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        body = tag + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)  # 1x1, 8-bit greyscale
    idat = zlib.compress(b"\x00\x80", 9)  # filter byte 0, one grey pixel
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def http_response(content_type: str, body: bytes, last_modified: str) -> StatusAndHeaders:
    """HTTP/1.1 200 headers as a typical nginx front of a news CMS would send them."""
    headers = [
        ("Server", "nginx"),
        ("Date", "Tue, 14 Mar 2023 12:00:00 GMT"),
        ("Content-Type", content_type),
        ("Content-Length", str(len(body))),
        ("Connection", "close"),
        ("Last-Modified", last_modified),
        ("Cache-Control", "max-age=60"),
    ]
    return StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")


def write_archive(out_path: Path = OUT) -> None:
    """Write the five records described in the module docstring to ``out_path``."""
    kamchatka = (SRC / "kamchatka-cyclone.html").read_text(encoding="utf-8").encode("utf-8")
    tula = (SRC / "tula-robotics.html").read_text(encoding="utf-8").encode("windows-1251")
    png = tiny_png()

    with out_path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)

        info = (
            b"software: svodka samples/make_warc.py (warcio)\r\n"
            b"format: WARC File Format 1.0\r\n"
            b"operator: svodka test fixtures (invented content)\r\n"
            b"description: Two invented Russian news pages and one image\r\n"
            b"isPartOf: svodka-samples\r\n"
        )
        writer.write_record(
            writer.create_warc_record(
                "",
                "warcinfo",
                payload=BytesIO(info),
                length=len(info),
                warc_content_type="application/warc-fields",
                warc_headers_dict={
                    "WARC-Record-ID": record_id("warcinfo"),
                    "WARC-Date": "2023-03-14T11:59:59Z",
                    "WARC-Filename": OUT.name,
                },
            )
        )

        request_headers = StatusAndHeaders(
            "GET /news/2023/03/14/ciklon-shkoly/ HTTP/1.1",
            [
                ("Host", "kamchatka-bereg.example"),
                ("User-Agent", "Mozilla/5.0 (compatible; svodka-sample-crawler/0.1)"),
                ("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"),
                ("Accept-Language", "ru-RU,ru;q=0.9"),
                ("Accept-Encoding", "identity"),
            ],
            is_http_request=True,
        )
        writer.write_record(
            writer.create_warc_record(
                KAMCHATKA_URI,
                "request",
                http_headers=request_headers,
                warc_headers_dict={
                    "WARC-Record-ID": record_id("request-kamchatka"),
                    "WARC-Date": "2023-03-14T12:00:00Z",
                    "WARC-Concurrent-To": record_id("response-kamchatka"),
                },
            )
        )

        pages = [
            (
                "response-kamchatka",
                KAMCHATKA_URI,
                "2023-03-14T12:00:00Z",
                "text/html; charset=utf-8",
                kamchatka,
                "Tue, 14 Mar 2023 06:40:12 GMT",
            ),
            (
                "response-png",
                PNG_URI,
                "2023-03-14T12:00:03Z",
                "image/png",
                png,
                "Mon, 16 Jan 2023 03:12:00 GMT",
            ),
            (
                "response-tula",
                TULA_URI,
                "2023-03-14T12:00:07Z",
                "text/html; charset=windows-1251",
                tula,
                "Mon, 13 Mar 2023 12:48:30 GMT",
            ),
        ]
        for name, uri, date, content_type, body, last_modified in pages:
            warc_headers = {"WARC-Record-ID": record_id(name), "WARC-Date": date}
            if name == "response-kamchatka":
                warc_headers["WARC-Concurrent-To"] = record_id("request-kamchatka")
            writer.write_record(
                writer.create_warc_record(
                    uri,
                    "response",
                    payload=BytesIO(body),
                    length=len(body),
                    http_headers=http_response(content_type, body, last_modified),
                    warc_headers_dict=warc_headers,
                )
            )


def main() -> int:
    write_archive()
    print(f"wrote {OUT.relative_to(HERE.parent)} ({OUT.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
