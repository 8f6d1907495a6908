"""The unit every source yields: one page's bytes and what is known of it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Page:
    """Raw bytes of one page and what is known of it before extraction."""

    name: str  # file name, or "archive.warc.gz#3" for a WARC record: what error lines cite
    data: bytes
    id: str | None = None
    url: str | None = None
    reference_time: str | None = None  # the crawl time: WARC-Date
