"""`make demo`: the project's own sample pages into an archive, offline, then a few searches of it.

Run as `python -m svodka.demo`. Ingests every page format in `samples/` (HTML in several encodings,
.html.gz, text pages, a WARC archive) into the archive in ./svodka-data/ (or $SVODKA_DB) with two
worker processes, prints one panel per stored article and the ingest's summary, runs a few searches
(any word form, phrases, operators) and prints their hits, and exports all articles as JSON lines
to `out/demo-articles.jsonl`. Run it twice: the second ingest finds every page stored already.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from rich.console import Console
from rich.panel import Panel
from rich.table import Table

from svodka.archive.analysis import Analyzer
from svodka.archive.db import archive_dir, connect
from svodka.archive.export import export_to_file
from svodka.archive.ingest import Report, ingest
from svodka.archive.pipeline import Settings
from svodka.archive.read import Filters, articles
from svodka.archive.search import search
from svodka.archive.search_command import hit_table
from svodka.model import Article
from svodka.sources.files import PAGE_SUFFIXES

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
OUT = ROOT / "out" / "demo-articles.jsonl"
LEAD_CHARS = 120
RELATED_SHOWN = 2
ENTITIES_SHOWN = 8


SEARCHES = ["циклон школы", "автобусный маршрут", "засухи OR морозы", '"областного бюджета"']
WORKERS = 2


def sample_paths(folder: Path = SAMPLES) -> list[str]:
    """The sample page files (top level only: `warc-src/` holds the WARC's sources, not more pages)."""
    return sorted(str(p) for p in folder.iterdir() if p.is_file() and p.name.lower().endswith(PAGE_SUFFIXES))


def shorten(text: str, limit: int = LEAD_CHARS) -> str:
    """`text` cut to `limit` characters, with an ellipsis when cut."""
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def related_lines(article: Article) -> str:
    """The related-items count and the first few items with their visible times."""
    lines = [str(len(article.related))]
    for item in article.related[:RELATED_SHOWN]:
        lines.append(f"• {shorten(item.headline, 80)}" + (f"  [{item.time_text}]" if item.time_text else ""))
    return "\n".join(lines)


def article_panel(name: str, article: Article) -> Panel:
    """One article as a two-column panel titled with its file name."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold cyan", no_wrap=True)
    grid.add_column(overflow="fold")
    published = article.published or "—"
    if article.published_text:
        published += f"  (page: {article.published_text!r})"
    rows = [
        ("headline", article.headline or "—"),
        ("published", published),
        ("source", article.source or "—"),
        ("authors", "; ".join(article.authors) or "—"),
        ("paragraphs", str(len(article.body))),
        ("lead", shorten(article.body[0]) if article.body else "—"),
        ("related", related_lines(article)),
        ("entities", ", ".join(dict.fromkeys(e.canonical for e in article.entities[:ENTITIES_SHOWN])) or "—"),
        ("warnings", ", ".join(w.code for w in article.warnings) or "—"),
    ]
    for label, value in rows:
        grid.add_row(label, value)
    return Panel(grid, title=f"[bold]{name}[/]", title_align="left", border_style="blue")


def show_searches(conn: sqlite3.Connection, out: Console) -> int:
    """Run the demo's searches and print their hits; how many searches found something."""
    analyzer = Analyzer()
    found = 0
    for query in SEARCHES:
        hits = search(conn, query, analyzer, limit=3)
        out.rule(f"svodka search {query!r}: {len(hits)} hit(s)")
        if hits:
            found += 1
            out.print(hit_table(hits))
    return found


def main() -> int:
    """Run the demo; exit 0 if articles were stored and the searches found them."""
    out, err = Console(), Console(stderr=True)
    folder = archive_dir()
    out.rule(f"svodka demo: sample pages in {SAMPLES.relative_to(ROOT)}/ → archive in {folder}/")
    conn = connect(folder)
    tally = ingest(conn, sample_paths(), Settings(), WORKERS, Report(sys.stderr), command="demo")
    stored = list(articles(conn))
    for article in stored:
        out.print(article_panel(article.url or article.id, article))
    out.print(f"ingest: {tally.summary()}; {len(stored)} articles in the archive", style="bold", highlight=False)
    found = show_searches(conn, out)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    written = export_to_file(conn, "jsonl", Filters(), OUT)
    out.print(f"Exported {written} articles to {OUT.relative_to(ROOT)}", highlight=False)
    if tally.rejected:
        err.print(f"{tally.rejected} sample page(s) rejected: see `svodka errors`", style="red")
    return 0 if stored and found == len(SEARCHES) and not tally.rejected else 1


if __name__ == "__main__":
    sys.exit(main())
