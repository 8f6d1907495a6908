"""Page → article: headline, publication time, authors, body, related feed items."""

from __future__ import annotations

from svodka.model import Article


def extract(data: bytes | str, url: str | None = None, reference_time: str | None = None,
            id: str | None = None) -> Article:  # noqa: A002
    """Extract one article from a page (HTML or plain text, bytes in any encoding)."""
    raise NotImplementedError
