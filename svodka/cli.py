"""The `svodka` command: a thin layer over the library; user errors become one `Error: …` line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from svodka.errors import InputError, SvodkaError
from svodka.extract import extract
from svodka.extract.dates import parse_iso
from svodka.model import Article
from svodka.sources.files import walk_pages


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="svodka", description="Russian news pages → clean articles.")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract articles from pages (.html, .html.gz, .txt, .warc[.gz])")
    ex.add_argument("paths", nargs="+", metavar="PATH", help="page files or folders")
    ex.add_argument("--format", choices=("json", "jsonl"), default="json",
                    help="json: one object (an array for several pages); jsonl: one line per page")
    ex.add_argument("--reference-time", metavar="ISO",
                    help="crawl time that relative times ('Сегодня в 10:31') resolve against")
    ex.add_argument("--url", help="the page's URL (for its outlet, zone and links)")
    ex.add_argument("--fast", action="store_true", help="extraction only, no enrichment")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "extract":
            return run_extract(args, sys.stdout, sys.stderr)
    except SvodkaError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader (`| head`) has gone: stop quietly, as other command-line tools do
        sys.stderr.close()
        return 0
    return 2


def run_extract(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.reference_time is not None and parse_iso(args.reference_time) is None:
        raise SvodkaError(f"--reference-time {args.reference_time!r} is not an ISO 8601 time")
    articles: list[Article] = []
    done = 0
    for page in walk_pages(args.paths):
        if isinstance(page, InputError):
            print(f"Error: {page}", file=err)
            continue
        try:
            article = extract(
                page.data,
                url=page.url or args.url,
                reference_time=args.reference_time or page.reference_time,
                id=page.id,
                name=page.name,
            )
        except InputError as exc:
            print(f"Error: {exc}", file=err)
            continue
        done += 1
        if args.format == "jsonl":
            out.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
        else:
            articles.append(article)
    if args.format == "json" and articles:
        docs = [a.to_dict() for a in articles]
        json.dump(docs[0] if len(docs) == 1 else docs, out, ensure_ascii=False, indent=2)
        out.write("\n")
    return 0 if done else 1
