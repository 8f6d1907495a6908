"""`svodka search`: its options, and the hits written as a table, JSON or JSON lines."""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from svodka.archive import db
from svodka.archive.analysis import Analyzer
from svodka.archive.read import Filters as ArticleFilters
from svodka.archive.read import checked_day
from svodka.archive.search import SORTS, Filters, Hit, search

FORMATS = ("table", "json", "jsonl")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", metavar="QUERY",
                        help='words in any form; "a phrase"; AND, OR, NOT (И, ИЛИ, НЕ), -word; prefix*; (groups)')
    parser.add_argument("--db", metavar="DIR", help=f"archive folder (default: ${db.ENV_VAR}, else ./{db.DEFAULT_DIR})")
    parser.add_argument("--from", dest="first", metavar="DATE", help="published on or after (YYYY-MM-DD)")
    parser.add_argument("--to", dest="last", metavar="DATE", help="published on or before (YYYY-MM-DD)")
    parser.add_argument("--source", metavar="HOST", help="only this outlet (host such as ria.ru, or its name)")
    parser.add_argument("--entity", metavar="NAME", help="only articles naming this person, organisation or place")
    parser.add_argument("--speaker", metavar="NAME", help="only articles quoting this person or organisation")
    parser.add_argument("--limit", type=int, default=10, metavar="N", help="at most N hits (default 10)")
    parser.add_argument("--sort", choices=SORTS, default="rank", help="rank (BM25, default) or date (newest first)")
    parser.add_argument("--format", choices=FORMATS, default="table")


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Exit code 0 when anything was found, 1 when nothing."""
    filters = Filters(ArticleFilters(checked_day(args.first, "--from"), checked_day(args.last, "--to"), args.source),
                      entity=args.entity, speaker=args.speaker)
    conn = db.connect(args.db, create=False)
    hits = search(conn, args.query, Analyzer(), filters, limit=args.limit, sort=args.sort)
    write_hits(hits, args.format, out)
    if not hits and args.format == "table":
        print("nothing found", file=err)
    return 0 if hits else 1


def write_hits(hits: list[Hit], form: str, out: TextIO) -> None:
    if form == "jsonl":
        for hit in hits:
            out.write(json.dumps(hit.to_dict(), ensure_ascii=False) + "\n")
    elif form == "json":
        json.dump([hit.to_dict() for hit in hits], out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif hits:
        Console(file=out, soft_wrap=False).print(hit_table(hits))


def hit_table(hits: list[Hit]) -> Table:
    table = Table(show_lines=True)
    for name in ("#", "published", "source", "article"):
        table.add_column(name, overflow="fold")
    for n, hit in enumerate(hits, start=1):
        article = marked(hit.headline, hit.headline_highlights, "bold")
        article.append("\n")
        article.append_text(marked(hit.snippet, hit.highlights, "bold yellow"))
        table.add_row(str(n), (hit.published or "")[:16], hit.source or "", article)
    return table


def marked(text: str, spans: list[tuple[int, int]], style: str) -> Text:
    shown = Text(text)
    for start, stop in spans:
        shown.stylize(style, start, stop)
    return shown
