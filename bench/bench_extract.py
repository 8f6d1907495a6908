"""Article extraction benchmark: svodka against its peers, on the same pages, in one run.

What it measures, per data set and per system:

* precision, recall and F1 of the extracted text against the gold article, the way the reference
  scorer `../shared/eval/score_extract.py` does it (loaded by path, never copied here): word 4-gram
  shingles, per-page precision and recall macro-averaged over pages (a page whose precision is
  undefined, i.e. empty output for a non-empty gold, is left out of the precision mean, as the scorer
  does), F1 the harmonic mean of the two means;
* speed in pages/s: the extraction call alone (no file reading, no scoring), on the same in-memory
  inputs, in this one process, after one untimed warm-up call per system;
* failures: a page on which a system raises (svodka's `NotImplementedError` included) counts as
  empty output for that page and is counted in the "failed" column.

Data sets (under `--data`, default `../shared/data` from the repo root; a missing one is skipped):

* `daniel-html`: `extract/daniel-ru-dev/pages/<id>.html` against `gold.jsonl` (headline, then body);
  ours is scored on `Article.text` (headline + body), the peers on the text they return; the
  `+title` rows prepend the title the peer found.
* `daniel-txt`: the same pages as `w3m -dump` text (`<id>.txt`). Peers: the whole text, and
  trafilatura fed the lines as `<p>` paragraphs of an HTML page.
* `aeb`: the ScrapingHub article-extraction-benchmark (`extract/aeb/html/<id>.html.gz`, gunzipped
  before timing); its gold has no headline, so every system is scored on the body only and is given
  the page's URL.

Peers get the same bytes as svodka wherever they accept bytes (trafilatura, readability-lxml);
newspaper4k needs a str, so its timed call includes decoding with charset_normalizer, as svodka's
includes its own decoding. newspaper4k runs with `fetch_images=False` (no network) and, unless the
row says `-ru`, its default language (English, switched only by a page's own language metadata).

Run from the repo root:

    .venv/bin/python bench/bench_extract.py                       # everything, one table
    .venv/bin/python bench/bench_extract.py --only aeb --systems ours,trafilatura --limit 20
    .venv/bin/python bench/bench_extract.py --json out/bench.json --dump out/preds

`--dump DIR` writes `DIR/<data set>/<system>.jsonl` ({"id", "text"}, or {"id", "body"} for aeb), to be
re-scored from the shell, e.g. `../shared/eval/score_extract.py ../shared/data/extract/aeb/ground-truth.json
out/preds/aeb/ours.jsonl --body` (with `--limit`, the pages left out count as empty there).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import gzip
import html
import importlib
import importlib.metadata
import importlib.util
import json
import logging
import platform
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"
DANIEL = Path("extract/daniel-ru-dev")
AEB = Path("extract/aeb")
DATASETS = ("daniel-html", "daniel-txt", "aeb")
EXAMPLE_URL = "http://example.com"

console = Console()
if not console.is_terminal:  # piped or in CI: do not squeeze the table into 80 columns
    console.width = 150


class Skip(Exception):
    """A data set or system that cannot run here; the message says why."""


@dataclass(frozen=True)
class Page:
    id: str
    data: bytes
    gold: str
    url: str | None = None
    reference_time: str | None = None


@dataclass(frozen=True)
class Dataset:
    name: str
    kind: str  # "html" or "txt": which systems apply
    with_headline: bool  # gold starts with the headline: score "text"; else the body only
    pages: list[Page]


Extract = Callable[[Page], str]


@dataclass(frozen=True)
class System:
    name: str
    kinds: frozenset[str]
    make: Callable[[Dataset], Extract]  # imports the library lazily; raises Skip if it is absent
    headline_sets_only: bool = False  # a "+title" row: only where the gold includes the headline


@dataclass
class Run:
    outputs: dict[str, str]
    seconds: float
    failures: Counter[str] = field(default_factory=Counter)


@dataclass
class Result:
    dataset: str
    system: str
    pages: int
    precision: float | None
    recall: float | None
    f1: float
    seconds: float
    pages_per_s: float | None  # None when every page failed: nothing was measured
    failed: int
    empty: int
    failure_kinds: dict[str, int]


# --- inputs -----------------------------------------------------------------------------------


def decode(data: bytes) -> str:
    """Bytes to str the way a peer without its own detection would get them: charset_normalizer."""
    import charset_normalizer

    match = charset_normalizer.from_bytes(data).best()
    return str(match) if match is not None else data.decode("utf-8", errors="replace")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_daniel(data: Path, ext: str, limit: int | None) -> list[Page]:
    folder = data / DANIEL
    gold_path = folder / "gold.jsonl"
    if not gold_path.is_file():
        raise Skip(f"no {gold_path}")
    pages = []
    for row in read_jsonl(gold_path)[:limit]:
        path = folder / "pages" / f"{row['id']}.{ext}"
        if not path.is_file():
            raise Skip(f"no {path}")
        pages.append(Page(row["id"], path.read_bytes(), "\n".join(row["body"]), None, row.get("crawled")))
    return pages


def load_aeb(data: Path, limit: int | None) -> list[Page]:
    gold_path = data / AEB / "ground-truth.json"
    if not gold_path.is_file():
        raise Skip(f"no {gold_path}")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    pages = []
    for pid in sorted(gold)[:limit]:
        path = data / AEB / "html" / f"{pid}.html.gz"
        if not path.is_file():
            raise Skip(f"no {path}")
        html_bytes = gzip.decompress(path.read_bytes())
        pages.append(Page(pid, html_bytes, gold[pid]["articleBody"], gold[pid]["url"]))
    return pages


def load_dataset(name: str, data: Path, limit: int | None) -> Dataset:
    if name == "daniel-html":
        return Dataset(name, "html", True, load_daniel(data, "html", limit))
    if name == "daniel-txt":
        return Dataset(name, "txt", True, load_daniel(data, "txt", limit))
    return Dataset(name, "html", False, load_aeb(data, limit))


# --- systems ----------------------------------------------------------------------------------


def need(module: str) -> ModuleType:
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise Skip(f"{module} is not installed ({exc})") from exc


def join(*parts: str | None) -> str:
    return "\n".join(p for p in parts if p)


def make_ours(ds: Dataset) -> Extract:
    if str(ROOT) not in sys.path:  # the working tree's svodka, installed or not
        sys.path.insert(0, str(ROOT))
    svodka = need("svodka")

    def run(page: Page) -> str:
        article = svodka.extract(page.data, url=page.url, reference_time=page.reference_time, id=page.id)
        return str(article.text) if ds.with_headline else "\n".join(article.body)

    return run


def trafilatura_maker(precision: bool, title: bool) -> Callable[[Dataset], Extract]:
    def make(ds: Dataset) -> Extract:
        trafilatura = need("trafilatura")

        def run(page: Page) -> str:
            if not title:
                return trafilatura.extract(page.data, url=page.url, favor_precision=precision) or ""
            doc = trafilatura.bare_extraction(page.data, url=page.url, favor_precision=precision)
            return join(doc.title, doc.text) if doc is not None else ""

        return run

    return make


def readability_maker(title: bool) -> Callable[[Dataset], Extract]:
    def make(ds: Dataset) -> Extract:
        readability = need("readability")
        lxml_html = need("lxml.html")

        def run(page: Page) -> str:
            doc = readability.Document(page.data, url=page.url)
            body = lxml_html.fromstring(doc.summary()).text_content()
            return join(doc.title(), body) if title else str(body)

        return run

    return make


def newspaper_maker(language: str | None, title: bool) -> Callable[[Dataset], Extract]:
    def make(ds: Dataset) -> Extract:
        newspaper = need("newspaper")

        def run(page: Page) -> str:
            config = newspaper.Config()
            config.fetch_images = False
            if language:
                config.language = language
            article = newspaper.Article(page.url or EXAMPLE_URL, config=config)
            article.download(input_html=decode(page.data))
            article.parse()
            return join(article.title, article.text) if title else str(article.text)

        return run

    return make


def make_whole_text(ds: Dataset) -> Extract:
    return lambda page: decode(page.data)


def make_trafilatura_paragraphs(ds: Dataset) -> Extract:
    trafilatura = need("trafilatura")

    def run(page: Page) -> str:
        lines = (line.strip() for line in decode(page.data).splitlines())
        paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in lines if line)
        return trafilatura.extract(f"<html><body>{paragraphs}</body></html>", url=page.url) or ""

    return run


HTML, TXT = frozenset({"html"}), frozenset({"txt"})
SYSTEMS = (
    System("ours", HTML | TXT, make_ours),
    System("trafilatura", HTML, trafilatura_maker(precision=False, title=False)),
    System("trafilatura+title", HTML, trafilatura_maker(precision=False, title=True), True),
    System("trafilatura-precision", HTML, trafilatura_maker(precision=True, title=False)),
    System("trafilatura-precision+title", HTML, trafilatura_maker(precision=True, title=True), True),
    System("readability", HTML, readability_maker(title=False)),
    System("readability+title", HTML, readability_maker(title=True), True),
    System("newspaper4k", HTML, newspaper_maker(language=None, title=False)),
    System("newspaper4k+title", HTML, newspaper_maker(language=None, title=True), True),
    System("newspaper4k-ru+title", HTML, newspaper_maker(language="ru", title=True), True),
    System("whole-text", TXT, make_whole_text),
    System("trafilatura-paragraphs", TXT, make_trafilatura_paragraphs),
)
SYSTEM_NAMES = tuple(s.name for s in SYSTEMS)


def applies(system: System, ds: Dataset) -> bool:
    return ds.kind in system.kinds and (ds.with_headline or not system.headline_sets_only)


# --- running and scoring ----------------------------------------------------------------------


def run_system(extract: Extract, pages: list[Page]) -> Run:
    """Extract every page, timing the extraction calls only; an exception means empty output."""
    with contextlib.suppress(Exception):  # warm-up: first-call imports, caches, lazily built models
        extract(pages[0])
    gc.collect()
    run = Run({}, 0.0)
    for page in pages:
        start = time.perf_counter()
        try:
            out = extract(page)
        except Exception as exc:
            out = ""
            run.failures[type(exc).__name__] += 1
        run.seconds += time.perf_counter() - start
        run.outputs[page.id] = out or ""
    return run


def load_scorer(path: Path) -> ModuleType:
    if not path.is_file():
        raise Skip(f"reference scorer {path} is absent: nothing can be scored")
    spec = importlib.util.spec_from_file_location("score_extract", path)
    if spec is None or spec.loader is None:
        raise Skip(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


Scores = tuple[float | None, float | None, float]


def score(scorer: ModuleType, pages: list[Page], outputs: dict[str, str]) -> Scores:
    """Macro precision and recall over pages, F1 of the means: the reference scorer's method."""
    precisions, recalls = [], []
    for page in pages:
        p, r = scorer.page_scores(page.gold, outputs.get(page.id, ""))
        if p is not None:
            precisions.append(p)
        if r is not None:
            recalls.append(r)
    precision, recall = mean(precisions), mean(recalls)
    f1 = 2 * precision * recall / (precision + recall) if precision and recall else 0.0
    return precision, recall, f1


def to_result(ds: Dataset, system: str, run: Run, scorer: ModuleType) -> Result:
    precision, recall, f1 = score(scorer, ds.pages, run.outputs)
    n = len(ds.pages)
    failed = sum(run.failures.values())
    empty = sum(1 for out in run.outputs.values() if not out.strip()) - failed
    speed = n / run.seconds if run.seconds > 0 and failed < n else None
    return Result(ds.name, system, n, precision, recall, f1, run.seconds, speed, failed, empty,
                  dict(run.failures))


def dump(directory: Path, ds: Dataset, system: str, outputs: dict[str, str]) -> None:
    folder = directory / ds.name
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / f"{system}.jsonl").open("w", encoding="utf-8") as f:
        for page in ds.pages:
            out = outputs.get(page.id, "")
            row: dict[str, Any] = {"id": page.id}
            if ds.with_headline:
                row["text"] = out
            else:
                row["body"] = out.split("\n") if out else []
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def bench_dataset(ds: Dataset, systems: Iterable[System], scorer: ModuleType, dump_dir: Path | None,
                  notes: list[str]) -> list[Result]:
    results = []
    for system in systems:
        if not applies(system, ds):
            continue
        try:
            extract = system.make(ds)
        except Skip as exc:
            notes.append(f"{ds.name}: {system.name} skipped: {exc}")
            continue
        with console.status(f"{ds.name}: {system.name} on {len(ds.pages)} pages"):
            run = run_system(extract, ds.pages)
        results.append(to_result(ds, system.name, run, scorer))
        if dump_dir is not None:
            dump(dump_dir, ds, system.name, run.outputs)
    return results


# --- reporting --------------------------------------------------------------------------------


def fmt(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def render(results: list[Result]) -> Table:
    table = Table(title="Article extraction: word 4-gram shingles, macro over pages")
    for column in ("data set", "system", "pages", "precision", "recall", "F1", "pages/s", "failed", "empty"):
        left = column in ("data set", "system")
        table.add_column(column, justify="left" if left else "right", no_wrap=True)
    for n, ds_name in enumerate(dict.fromkeys(r.dataset for r in results)):
        rows = [r for r in results if r.dataset == ds_name]
        best = max(r.f1 for r in rows)
        if n:
            table.add_section()
        for i, r in enumerate(rows):
            f1 = f"[bold]{r.f1:.3f}[/bold]" if r.f1 == best and best > 0 else f"{r.f1:.3f}"
            name = f"[cyan]{r.system}[/cyan]" if r.system == "ours" else r.system
            failed = f"[red]{r.failed}[/red]" if r.failed else "0"
            table.add_row(ds_name if i == 0 else "", name, str(r.pages), fmt(r.precision), fmt(r.recall), f1,
                          fmt(r.pages_per_s, 1), failed, str(r.empty))
    return table


def speed_ratio(results: list[Result]) -> dict[str, Any] | None:
    """Ours vs trafilatura (default) in pages/s, over the data sets where both ran and ours did not fail."""
    ours_ran = {r.dataset for r in results if r.system == "ours" and not r.failed}
    both = ours_ran & {r.dataset for r in results if r.system == "trafilatura"}
    if not both:
        return None

    def speed(system: str) -> float:
        rows = [r for r in results if r.system == system and r.dataset in both]
        seconds = sum(r.seconds for r in rows)
        return sum(r.pages for r in rows) / seconds if seconds else 0.0

    ours, theirs = speed("ours"), speed("trafilatura")
    return {"datasets": sorted(both), "ours_pages_per_s": ours, "trafilatura_pages_per_s": theirs,
            "ratio": ours / theirs if theirs else None}


def versions() -> dict[str, str | None]:
    out: dict[str, str | None] = {"python": platform.python_version()}
    for dist in ("svodka", "trafilatura", "readability-lxml", "newspaper4k", "charset-normalizer", "lxml"):
        try:
            out[dist] = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            out[dist] = None
    return out


def report(results: list[Result], notes: list[str], ratio: dict[str, Any] | None) -> None:
    if results:
        console.print(render(results))
    for r in results:
        if r.failure_kinds:
            kinds = ", ".join(f"{k} ×{v}" for k, v in sorted(r.failure_kinds.items()))
            console.print(f"[red]{r.dataset}: {r.system} failed on {r.failed}/{r.pages} pages[/red]: {kinds}")
    for note in notes:
        console.print(f"[yellow]{note}[/yellow]")
    if ratio is None:
        console.print("speed vs trafilatura: not measured (needs ours, without failures, and trafilatura "
                      "on the same HTML set)")
    elif ratio["ratio"] is not None:
        ours, theirs = ratio["ours_pages_per_s"], ratio["trafilatura_pages_per_s"]
        console.print(f"speed vs trafilatura on {', '.join(ratio['datasets'])}: ours {ours:.1f} pages/s, "
                      f"trafilatura {theirs:.1f} pages/s: [bold]{ratio['ratio']:.2f}×[/bold]")


def write_json(path: Path, args: argparse.Namespace, results: list[Result], notes: list[str],
               ratio: dict[str, Any] | None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = {
        "generated": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "data": str(args.data),
        "limit": args.limit,
        "versions": versions(),
        "results": [asdict(r) for r in results],
        "speed_vs_trafilatura": ratio,
        "notes": notes,
    }
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# --- command line -----------------------------------------------------------------------------


def csv_choice(choices: tuple[str, ...]) -> Callable[[str], list[str]]:
    def parse(value: str) -> list[str]:
        items = [v.strip() for v in value.split(",") if v.strip()]
        unknown = [v for v in items if v not in choices]
        if unknown or not items:
            what = ", ".join(unknown) or "value"
            raise argparse.ArgumentTypeError(f"unknown {what}; choose from {', '.join(choices)}")
        return items

    return parse


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder (../shared/data)")
    parser.add_argument("--scorer", type=Path, default=None,
                        help="reference scorer (default: DATA/../eval/score_extract.py)")
    parser.add_argument("--only", type=csv_choice(DATASETS), default=list(DATASETS),
                        help=f"data set(s), comma-separated: {', '.join(DATASETS)}")
    parser.add_argument("--systems", type=csv_choice(SYSTEM_NAMES), default=list(SYSTEM_NAMES),
                        help=f"comma-separated: {', '.join(SYSTEM_NAMES)}")
    parser.add_argument("--limit", type=int, default=None, help="first N pages of each data set")
    parser.add_argument("--json", type=Path, default=None, help="write all figures as JSON here")
    parser.add_argument("--dump", type=Path, default=None, help="write predictions: DIR/<set>/<system>.jsonl")
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.disable(logging.CRITICAL)  # the peers log and warn per page; the table is the output
    warnings.simplefilter("ignore")
    try:
        scorer = load_scorer(args.scorer or args.data.parent / "eval" / "score_extract.py")
    except Skip as exc:
        console.print(f"[yellow]skipped: {exc}[/yellow]")
        return 0
    systems = [s for s in SYSTEMS if s.name in args.systems]
    results: list[Result] = []
    notes: list[str] = []
    for name in args.only:
        try:
            ds = load_dataset(name, args.data, args.limit)
        except Skip as exc:
            notes.append(f"{name} skipped: {exc}")
            continue
        results += bench_dataset(ds, systems, scorer, args.dump, notes)
    ratio = speed_ratio(results)
    report(results, notes, ratio)
    if args.json is not None:
        write_json(args.json, args, results, notes, ratio)
    return 0


if __name__ == "__main__":
    sys.exit(main())
