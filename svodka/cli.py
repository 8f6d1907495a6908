"""The `svodka` command: a thin layer over the library; user errors become one `Error: …` line."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from svodka.archive import db, search_command
from svodka.archive.export import FORMATS, export, export_to_file
from svodka.archive.ingest import Report, ingest
from svodka.archive.pipeline import Settings
from svodka.archive.quotes import speaker_quotes
from svodka.archive.read import Filters, checked_day
from svodka.archive.store import recorded_errors
from svodka.enrich import Enricher
from svodka.errors import InputError, SvodkaError
from svodka.extract import extract
from svodka.extract.dates import parse_iso
from svodka.extract.page import host_of
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
    add_archive_commands(sub)
    search_command.add_arguments(sub.add_parser("search", help="find archived articles: any word form, phrases, AND/OR/NOT"))
    return parser


def add_archive_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ing = sub.add_parser("ingest", help="extract, enrich and store pages and article files in the archive")
    ing.add_argument("paths", nargs="+", metavar="PATH",
                     help="page files (.html, .txt, .warc[.gz], ...), folders, JSONL article files")
    add_db(ing)
    ing.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (default 1)")
    ing.add_argument("--reference-time", metavar="ISO",
                     help="crawl time that relative and yearless times resolve against")
    ing.add_argument("--fast", action="store_true", help="extraction only, no enrichment")
    ing.add_argument("--no-progress", action="store_true", help="no progress bar")
    er = sub.add_parser("errors", help="inputs the archive's ingests could not read: file, reason, time")
    add_db(er)
    er.add_argument("--last", action="store_true", help="only those of the latest ingest")
    qu = sub.add_parser("quotes", help="every quotation by a person across the archive, newest first")
    qu.add_argument("--speaker", required=True, metavar="NAME")
    add_period(qu)
    qu.add_argument("--format", choices=("text", "jsonl"), default="text")
    add_db(qu)
    exp = sub.add_parser("export", help="the archive's articles as JSON lines, CSV or Parquet")
    add_period(exp)
    exp.add_argument("--source", metavar="HOST", help="only this outlet (host such as ria.ru, or its name)")
    exp.add_argument("--format", choices=FORMATS, default="jsonl")
    exp.add_argument("-o", "--output", metavar="FILE", help="write here (default: standard output)")
    add_db(exp)


def add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="DIR",
                        help=f"archive folder (default: ${db.ENV_VAR}, else ./{db.DEFAULT_DIR})")


def add_period(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="first", metavar="DATE", help="published on or after (YYYY-MM-DD)")
    parser.add_argument("--to", dest="last", metavar="DATE", help="published on or before (YYYY-MM-DD)")


def filters_of(args: argparse.Namespace) -> Filters:
    return Filters(checked_day(args.first, "--from"), checked_day(args.last, "--to"), getattr(args, "source", None))


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
        if args.command in ARCHIVE_COMMANDS:
            return ARCHIVE_COMMANDS[args.command](args, sys.stdout, sys.stderr)
    except SvodkaError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    except sqlite3.Error as exc:
        # the archive's database failed under a command (disk full, locked past the timeout, damaged)
        print(f"Error: {db.archive_dir(getattr(args, 'db', None)) / db.DB_FILE}: {exc}", file=sys.stderr)
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
    if args.url is not None and host_of(args.url) is None:
        raise SvodkaError(f"--url {args.url!r} is not a URL (no host in it)")
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


def run_ingest(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Exit code 0 when every input was read, 1 when any was rejected."""
    if args.jobs < 1:
        raise SvodkaError(f"-j {args.jobs}: needs at least one worker process")
    settings = Settings(reference_time=args.reference_time, enrich=not args.fast)
    settings.check()
    conn = db.connect(args.db)
    command = "ingest " + " ".join(args.paths)
    tally = ingest(conn, args.paths, settings, args.jobs, Report(err, not args.no_progress), command)
    print(f"{db.archive_dir(args.db)}: {tally.summary()}", file=out)
    return 1 if tally.rejected else 0


def run_errors(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    count = 0
    for seen, file, reason, times in recorded_errors(db.connect(args.db, create=False), args.last):
        count += 1
        print(f"{seen}\t{file}\t{reason}" + (f"\t(seen {times} times)" if times > 1 else ""), file=out)
    if not count:  # said on stderr, so that stdout stays one tab-separated row per rejected input
        print(f"No rejected inputs recorded in {db.archive_dir(args.db)}", file=err)
    return 0


def run_quotes(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Exit code 0 when any quotation was found, 1 when none."""
    count = 0
    for found in speaker_quotes(db.connect(args.db, create=False), args.speaker, filters_of(args)):
        count += 1
        text = json.dumps(found.to_dict(), ensure_ascii=False) if args.format == "jsonl" else found.lines()
        print(text, file=out)
    return 0 if count else 1


def run_export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    conn = db.connect(args.db, create=False)
    if args.output:
        count = export_to_file(conn, args.format, filters_of(args), Path(args.output))
        print(f"Exported {count} articles to {args.output}", file=out)
        return 0
    if args.format == "parquet" and out.isatty():
        raise SvodkaError("Parquet is binary: write it to a file with -o FILE")
    out.flush()
    export(conn, args.format, filters_of(args), out.buffer)
    return 0


ARCHIVE_COMMANDS = {"ingest": run_ingest, "errors": run_errors, "quotes": run_quotes, "export": run_export}


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
