"""The `svodka` command: a thin layer over the library; user errors become one `Error: …` line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from svodka.archive import search_command
from svodka.enrich import Enricher
from svodka.errors import InputError, SvodkaError
from svodka.extract import extract
from svodka.extract.dates import parse_iso
from svodka.model import Article
from svodka.sources.articles import file_articles
from svodka.sources.files import walk_pages


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="svodka", description="Russian news pages → clean articles.")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract articles from pages (.html, .html.gz, .txt, .warc[.gz])")
    ex.add_argument("paths", nargs="+", metavar="PATH", help="page files or folders")
    add_format(ex)
    ex.add_argument("--reference-time", metavar="ISO",
                    help="crawl time that relative times ('Сегодня в 10:31') resolve against")
    ex.add_argument("--url", help="the page's URL (for its outlet, zone and links)")
    ex.add_argument("--fast", action="store_true", help="extraction only, no enrichment")
    en = sub.add_parser("enrich", help="entities, quotations and time expressions of article texts")
    en.add_argument("paths", nargs="+", metavar="FILE",
                    help="plain-text files (taken as they are: offsets point into the file) or JSONL articles")
    en.add_argument("--published", metavar="ISO",
                    help="publication date that relative times ('в январе', 'вчера') resolve against")
    add_format(en)
    search_command.add_arguments(sub.add_parser("search", help="find archived articles: any word form, phrases, AND/OR/NOT"))
    return parser


def add_format(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("json", "jsonl"), default="json",
                        help="json: one object (an array for several); jsonl: one line per article")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "extract":
            return run_extract(args, sys.stdout, sys.stderr)
        if args.command == "enrich":
            return run_enrich(args, sys.stdout, sys.stderr)
        if args.command == "search":
            return search_command.run(args, sys.stdout, sys.stderr)
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
    enricher = None if args.fast else Enricher()
    writer = Writer(out, args.format)
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
        writer.write(article if enricher is None else enricher.enrich(article))
    return writer.finish()


def run_enrich(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.published is not None and parse_iso(args.published) is None:
        raise SvodkaError(f"--published {args.published!r} is not an ISO 8601 date or time")
    enricher = Enricher()
    writer = Writer(out, args.format)
    for article in file_articles(args.paths):
        if isinstance(article, InputError):
            print(f"Error: {article}", file=err)
            continue
        article.published = article.published or args.published
        writer.write(enricher.enrich(article, published=args.published))
    return writer.finish()


class Writer:
    """Articles to the output: jsonl as they come, json as one object (an array for several) at the end."""

    def __init__(self, out: TextIO, form: str) -> None:
        self.out = out
        self.form = form
        self.held: list[dict[str, Any]] = []
        self.count = 0

    def write(self, article: Article) -> None:
        self.count += 1
        if self.form == "jsonl":
            self.out.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
        else:
            self.held.append(article.to_dict())

    def finish(self) -> int:
        """The exit code: 0 when any article was written, 1 when none."""
        if self.held:
            json.dump(self.held[0] if len(self.held) == 1 else self.held, self.out, ensure_ascii=False, indent=2)
            self.out.write("\n")
        return 0 if self.count else 1
