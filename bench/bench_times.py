"""Time expressions benchmark: svodka's grammar beside dateparser, on the same inputs in one run.

1. Detection on NEREL v1.1 `ner/nerel/test` (93 news texts, brat `.ann`) under `--data` (default
   `../shared/data`): gold = the DATE and TIME spans, nested ones folded into the span around them. A
   predicted span is right when it overlaps a gold span; a gold span is found when a prediction overlaps it
   (P = right / predicted, R = found / gold). Exact-boundary F1 beside it, for reference.
   dateparser: `search_dates(text, languages=["ru"])`, its substrings located in the text in order.
2. Resolution on `tests/data/times_resolution.tsv` (sentence, publication day, expression, from, to):
   ours is right when the expression is found with both ends as expected. dateparser is given
   `RELATIVE_BASE` = the publication day; it returns one date per substring, so it is counted right when
   a substring overlapping the expression gets a date that is the expected single day, or lies inside the
   expected range (lenient); rows where it returns nothing for the expression are counted apart.
   And in real articles: `tests/data/times_daniel.tsv`, expressions of the DAnIEL article bodies with the
   range a reader gives each against the page's hand-checked publication day (same rules for dateparser,
   run on the whole body).
3. Speed: CPU ms per NEREL text for each system, after one untimed warm-up text, and per article body of
   the DAnIEL gold (`extract/daniel-ru-dev/gold.jsonl`, real news pages of 2011-2012).

Run from the repo root:

    .venv/bin/python bench/bench_times.py [--data ../shared/data] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"
TABLE = ROOT / "tests" / "data" / "times_resolution.tsv"
NEREL_TEST = Path("ner/nerel/test")
DANIEL_GOLD = Path("extract/daniel-ru-dev/gold.jsonl")
DANIEL_TABLE = ROOT / "tests" / "data" / "times_daniel.tsv"
PUBLISHED_TABLE = ROOT / "tests" / "data" / "daniel_published.tsv"
NEREL_ANCHOR = date(2019, 6, 1)  # NEREL gives no publication days; an anchor makes ours resolve (and ask tense)

console = Console()
if not console.is_terminal:
    console.width = 150

Span = tuple[int, int]
Finder = Callable[[str, date], list[tuple[int, int, date | None]]]


@dataclass(frozen=True)
class Row:
    published: date
    sentence: str
    expression: str
    first: str | None
    last: str | None
    note: str


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    predicted: int
    gold: int


def nerel_texts(folder: Path) -> Iterator[tuple[str, list[Span]]]:
    """(text, gold DATE/TIME spans with nested ones folded into the span around them) per NEREL file."""
    for ann in sorted(folder.glob("*.ann")):
        text = ann.with_suffix(".txt").read_text(encoding="utf-8")
        spans: list[Span] = []
        for line in ann.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) < 2 or not fields[0].startswith("T"):
                continue
            head = fields[1].split(" ")
            if head[0] in ("DATE", "TIME"):
                spans.append((int(head[1]), int(head[-1])))
        outer = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
        yield text, sorted(set(outer))


def overlap_scores(gold: list[list[Span]], predicted: list[list[Span]]) -> Scores:
    """Overlap precision and recall over all texts (see the module docstring)."""
    right = found = n_pred = n_gold = 0
    for g, p in zip(gold, predicted, strict=True):
        n_pred += len(p)
        n_gold += len(g)
        right += sum(any(a < d and c < b for c, d in g) for a, b in p)
        found += sum(any(a < d and c < b for a, b in p) for c, d in g)
    return scores(right, found, n_pred, n_gold)


def exact_scores(gold: list[list[Span]], predicted: list[list[Span]]) -> Scores:
    hits = sum(len(set(g) & set(p)) for g, p in zip(gold, predicted, strict=True))
    n_pred, n_gold = sum(map(len, predicted)), sum(map(len, gold))
    return scores(hits, hits, n_pred, n_gold)


def scores(right: int, found: int, n_pred: int, n_gold: int) -> Scores:
    p = right / n_pred if n_pred else 0.0
    r = found / n_gold if n_gold else 0.0
    return Scores(p, r, 2 * p * r / (p + r) if p + r else 0.0, n_pred, n_gold)


def read_table(path: Path = TABLE) -> list[Row]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        published, sentence, expression, first, last, note = line.split("\t")
        rows.append(Row(date.fromisoformat(published), sentence.replace("\\n", "\n"), expression,
                        None if first == "-" else first, None if last == "-" else last, note))
    return rows


@dataclass(frozen=True)
class Placed:
    """A time expression of a real article with the range a reader gives it (tests/data/times_daniel.tsv)."""

    id: str
    start: int
    stop: int
    expression: str
    first: str | None
    last: str | None


def read_placed(path: Path = DANIEL_TABLE) -> list[Placed]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith(("#", "id\t")):
            continue
        id_, start, stop, expression, first, last, _ = line.split("\t")
        rows.append(Placed(id_, int(start), int(stop), expression, None if first == "-" else first,
                           None if last == "-" else last))
    return rows


def daniel_articles(data: Path) -> dict[str, tuple[str, date]]:
    """id -> (body paragraphs joined by "\n", hand-checked publication day) for the dated DAnIEL pages."""
    published = {}
    for line in PUBLISHED_TABLE.read_text(encoding="utf-8").splitlines()[1:]:
        fields = line.split("\t")
        if fields[1] != "-":
            published[fields[0]] = date.fromisoformat(fields[1][:10])
    out = {}
    for line in (data / DANIEL_GOLD).read_text(encoding="utf-8").splitlines():
        if line.strip() and (row := json.loads(line))["id"] in published:
            out[row["id"]] = ("\n".join(row["body"]), published[row["id"]])
    return out


def placed_right(rows: list[Placed], articles: dict[str, tuple[str, date]], morph: Any) -> list[bool]:
    """Per row: ours found the expression at its place and gave it the reader's range."""
    from svodka.enrich.times import times_in

    found: dict[str, dict[tuple[int, int], tuple[str | None, str | None]]] = {}
    for id_ in {r.id for r in rows}:
        text, day = articles[id_]
        found[id_] = {(m.start, m.stop): (m.first, m.last) for m in times_in(text, day, morph)}
    return [found[r.id].get((r.start, r.stop)) == (r.first, r.last) for r in rows]


def placed_dateparser(rows: list[Placed], articles: dict[str, tuple[str, date]], find: Finder) -> list[bool | None]:
    """Per row: dateparser's date for a piece overlapping the expression inside the reader's range; None: no date."""
    pieces = {id_: find(*articles[id_]) for id_ in {r.id for r in rows}}
    out: list[bool | None] = []
    for r in rows:
        dated = [d for a, b, d in pieces[r.id] if a < r.stop and r.start < b and d]
        lo = date.fromisoformat(r.first) if r.first else None
        hi = date.fromisoformat(r.last) if r.last else None
        out.append(None if not dated else lo is not None and hi is not None and lo <= dated[0] <= hi)
    return out


def make_ours() -> Finder:
    import pymorphy3

    from svodka.enrich.times import times_in

    morph = pymorphy3.MorphAnalyzer()

    def find(text: str, anchor: date) -> list[tuple[int, int, date | None]]:
        return [(m.start, m.stop, None) for m in times_in(text, anchor, morph)]

    return find


def make_dateparser() -> Finder:
    from dateparser.search import search_dates

    def find(text: str, anchor: date) -> list[tuple[int, int, date | None]]:
        settings = {"RELATIVE_BASE": datetime(anchor.year, anchor.month, anchor.day)}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = search_dates(text, languages=["ru"], settings=settings) or []
        out, at = [], 0
        for piece, when in found:
            start = text.find(piece, at)
            if start < 0:
                continue
            out.append((start, start + len(piece), when.date()))
            at = start + len(piece)
        return out

    return find


def ours_resolution(rows: list[Row]) -> list[bool]:
    import pymorphy3

    from svodka.enrich.times import times_in

    morph = pymorphy3.MorphAnalyzer()
    right = []
    for row in rows:
        got = [m for m in times_in(row.sentence, row.published, morph) if m.text == row.expression]
        right.append(bool(got) and (got[0].first, got[0].last) == (row.first, row.last))
    return right


def dateparser_resolution(rows: list[Row], find: Finder) -> list[bool | None]:
    """Per row: True/False when dateparser dated a piece overlapping the expression, None when it did not."""
    out: list[bool | None] = []
    for row in rows:
        start = row.sentence.find(row.expression)
        stop = start + len(row.expression)
        dated = [d for a, b, d in find(row.sentence, row.published) if a < stop and start < b and d]
        if not dated:
            out.append(None)
            continue
        lo = date.fromisoformat(row.first) if row.first else None
        hi = date.fromisoformat(row.last) if row.last else None
        out.append(lo is not None and hi is not None and lo <= dated[0] <= hi)
    return out


def detection(data: Path, systems: dict[str, Finder]) -> tuple[dict[str, dict[str, Any]], int]:
    texts = list(nerel_texts(data / NEREL_TEST))
    gold = [spans for _, spans in texts]
    results: dict[str, dict[str, Any]] = {}
    for name, find in systems.items():
        find(texts[0][0], NEREL_ANCHOR)  # warm-up
        began = time.process_time()  # CPU time: the machine is shared, wall time says more about the others
        predicted = [[(a, b) for a, b, _ in find(text, NEREL_ANCHOR)] for text, _ in texts]
        elapsed = time.process_time() - began
        results[name] = {"overlap": overlap_scores(gold, predicted).__dict__,
                         "exact": exact_scores(gold, predicted).__dict__,
                         "ms_per_text": 1000 * elapsed / len(texts)}
    return results, len(texts)


def articles_speed(data: Path, systems: dict[str, Finder]) -> tuple[dict[str, float], int, int]:
    """CPU ms per article body of the DAnIEL gold (real news, 2011-2012) for each system, or {} if absent."""
    gold = data / DANIEL_GOLD
    if not gold.exists():
        return {}, 0, 0
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    bodies = [("\n".join(r["body"]), date.fromisoformat(r["crawled"][:10])) for r in rows]
    out = {}
    for name, find in systems.items():
        began = time.process_time()
        for text, day in bodies:
            find(text, day)
        out[name] = 1000 * (time.process_time() - began) / len(bodies)
    return out, len(bodies), sum(len(t) for t, _ in bodies) // len(bodies)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--json", type=Path, help="write the figures here as JSON")
    args = parser.parse_args(argv)
    if not (args.data / NEREL_TEST).is_dir():
        console.print(f"Error: {args.data / NEREL_TEST}: NEREL test set not found (pass --data)")
        return 2
    systems = {"ours": make_ours(), "dateparser": make_dateparser()}
    found, n_texts = detection(args.data, systems)

    table = Table(title=f"Detection: NEREL test, {n_texts} texts, DATE+TIME (overlap match)")
    for col in ("system", "P", "R", "F1", "exact F1", "predicted", "gold", "cpu ms/text"):
        table.add_column(col, justify="left" if col == "system" else "right")
    for name, r in found.items():
        o, e = r["overlap"], r["exact"]
        table.add_row(name, f"{o['precision']:.3f}", f"{o['recall']:.3f}", f"{o['f1']:.3f}", f"{e['f1']:.3f}",
                      str(o["predicted"]), str(o["gold"]), f"{r['ms_per_text']:.1f}")
    console.print(table)

    rows = read_table()
    ours = ours_resolution(rows)
    theirs = dateparser_resolution(rows, systems["dateparser"])
    answered = [t for t in theirs if t is not None]
    resolution = {
        "rows": len(rows),
        "ours_right": sum(ours),
        "dateparser_answered": len(answered),
        "dateparser_right": sum(bool(t) for t in answered),
        "ours_right_where_dateparser_answered": sum(o for o, t in zip(ours, theirs, strict=True) if t is not None),
    }
    table = Table(title=f"Resolution: {len(rows)} expressions of tests/data/times_resolution.tsv")
    for col in ("system", "answered", "right", "accuracy", "on dateparser's rows"):
        table.add_column(col, justify="left" if col == "system" else "right")
    table.add_row("ours", str(len(rows)), str(sum(ours)), f"{sum(ours) / len(rows):.3f}",
                  f"{resolution['ours_right_where_dateparser_answered']}/{len(answered)}")
    table.add_row("dateparser", str(len(answered)), str(resolution["dateparser_right"]),
                  f"{resolution['dateparser_right'] / max(1, len(answered)):.3f}",
                  f"{resolution['dateparser_right']}/{len(answered)}")
    console.print(table)
    for row, right in zip(rows, ours, strict=True):
        if not right:
            console.print(f"  ours wrong: {row.published} {row.expression!r} ({row.note})")

    if (args.data / DANIEL_GOLD).exists():
        import pymorphy3

        placed = read_placed()
        articles = daniel_articles(args.data)
        ours_placed = placed_right(placed, articles, pymorphy3.MorphAnalyzer())
        theirs_placed = placed_dateparser(placed, articles, systems["dateparser"])
        dated = [t for t in theirs_placed if t is not None]
        resolution["daniel_rows"] = len(placed)
        resolution["daniel_ours_right"] = sum(ours_placed)
        resolution["daniel_dateparser_answered"] = len(dated)
        resolution["daniel_dateparser_right"] = sum(bool(t) for t in dated)
        resolution["daniel_ours_right_where_dateparser_answered"] = sum(
            o for o, t in zip(ours_placed, theirs_placed, strict=True) if t is not None)
        console.print(
            f"Resolution in real articles ({len(placed)} expressions of tests/data/times_daniel.tsv, DAnIEL bodies, "
            f"hand-checked publication days): ours {sum(ours_placed)}/{len(placed)} = "
            f"{sum(ours_placed) / len(placed):.3f}; dateparser dated {len(dated)}, right "
            f"{resolution['daniel_dateparser_right']} = {resolution['daniel_dateparser_right'] / max(1, len(dated)):.3f} "
            f"(ours on those rows {resolution['daniel_ours_right_where_dateparser_answered']}/{len(dated)})")
        for row, right in zip(placed, ours_placed, strict=True):
            if not right:
                console.print(f"  ours wrong: {row.id} {row.expression!r} expected {row.first}..{row.last}")
    speed, n_articles, chars = articles_speed(args.data, systems)
    if speed:
        console.print(f"Speed on {n_articles} DAnIEL article bodies ({chars} characters on average), CPU ms per "
                      "article: " + ", ".join(f"{name} {ms:.1f}" for name, ms in speed.items()))
    if args.json:
        figures = {"detection": found, "resolution": resolution, "cpu_ms_per_article": speed}
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
