"""`make demo`: extract the project's own sample pages offline and show what came out.

Run as `python -m svodka.demo`. Reads every page format in `samples/` (HTML in several encodings,
.html.gz, text pages, a WARC archive), prints one panel per article and a summary line, and writes
all articles as JSON lines to `out/demo-articles.jsonl`.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.panel import Panel
from rich.table import Table

from svodka.errors import InputError
from svodka.extract import extract
from svodka.model import Article
from svodka.sources.files import PAGE_SUFFIXES, walk_pages

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
OUT = ROOT / "out" / "demo-articles.jsonl"
LEAD_CHARS = 120
RELATED_SHOWN = 2


@dataclass
class Run:
    """What one pass over the pages produced."""

    articles: list[tuple[str, Article]] = field(default_factory=list)
    pages: int = 0
    errors: int = 0
    elapsed: float = 0.0


def sample_paths(folder: Path = SAMPLES) -> list[str]:
    """The sample page files (top level only: `warc-src/` holds the WARC's sources, not more pages)."""
    return sorted(str(p) for p in folder.iterdir() if p.is_file() and p.name.lower().endswith(PAGE_SUFFIXES))


def extract_all(paths: list[str], err: Console) -> Run:
    """Extract every page under `paths`; a bad page prints one `Error: …` line and the rest go on."""
    run = Run()
    start = time.perf_counter()
    for page in walk_pages(paths):
        run.pages += 1
        try:
            if isinstance(page, InputError):
                raise page
            article = extract(page.data, url=page.url, reference_time=page.reference_time,
                              id=page.id, name=page.name)
        except InputError as exc:
            run.errors += 1
            err.print(f"Error: {exc}", style="red", markup=False, highlight=False)
            continue
        run.articles.append((Path(page.name).name, article))
    run.elapsed = time.perf_counter() - start
    return run


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
        ("warnings", ", ".join(w.code for w in article.warnings) or "—"),
    ]
    for label, value in rows:
        grid.add_row(label, value)
    return Panel(grid, title=f"[bold]{name}[/]", title_align="left", border_style="blue")


def write_jsonl(articles: Iterable[Article], path: Path = OUT) -> int:
    """Write the articles as JSON lines to `path` (creating its folder); return how many."""
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with path.open("w", encoding="utf-8") as f:
        for article in articles:
            f.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
            count += 1
    return count


def summary(run: Run) -> str:
    """The closing line: pages, articles, errors, elapsed time and throughput."""
    rate = run.pages / run.elapsed if run.elapsed > 0 else 0.0
    return (f"{run.pages} pages, {len(run.articles)} articles, {run.errors} errors "
            f"in {run.elapsed:.2f} s ({rate:.1f} pages/s)")


def main() -> int:
    """Run the demo; exit 0 if at least one article came out."""
    out, err = Console(), Console(stderr=True)
    out.rule(f"svodka demo: sample pages in {SAMPLES.relative_to(ROOT)}/")
    run = extract_all(sample_paths(), err)
    for name, article in run.articles:
        out.print(article_panel(name, article))
    written = write_jsonl(article for _, article in run.articles)
    out.print(f"Wrote {written} articles to {OUT.relative_to(ROOT)}", highlight=False)
    out.print(summary(run), style="bold", highlight=False)
    return 0 if run.articles else 1


if __name__ == "__main__":
    sys.exit(main())
