"""Publication-time benchmark: svodka against htmldate on the hand-checked DAnIEL pages.

Reads `tests/data/daniel_published.tsv` (tab-separated: id, expected, evidence, note; `expected` is
an ISO time with offset such as 2011-11-28T16:58:00+04:00, a bare date, or `-` when the page states
no publication date), runs both systems on `extract/daniel-ru-dev/pages/<id>.html` under `--data`
(default `../shared/data`), and reports for each:

* minute ✓: of the rows whose expected value has a time, those read right to the minute: the same
  wall-clock time as the page states, or (both with an offset) the same instant;
* exact ✓: right to the minute and with an offset giving the same instant (a complete ISO time);
* day ✓: of the dated rows, those with the right calendar day;
* wrong day, wrong time (right day, another time), missing (no date; failures included), failed
  (raised), and on the `-` rows: kept none ✓ or spurious (a date where the page has none).

svodka is called as `svodka.extract(page_bytes, url=None)` and again with the crawl day from
`gold.jsonl` passed as `reference_time` (a crawl always knows it; pages that say "Сегодня, 15:33" need it),
as the end of that day without a zone, which svodka reads as Moscow time. htmldate is called as
`find_date(page_bytes, extensive_search=True, original_date=True, outputformat="%Y-%m-%dT%H:%M:%S%z")`;
it carries a time through when it finds one and prints 00:00:00 otherwise, so a midnight without an
offset from htmldate counts as a date only. Speed is the extraction call alone, in pages/s, after one
untimed warm-up call per system.

Below the table: our rows read wrong with the crawl day, and those right to the minute but with
another UTC offset ("offset").

Run from the repo root:

    .venv/bin/python bench/bench_dates.py [--data ../shared/data] [--table FILE] [--json OUT]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"
DEFAULT_TABLE = ROOT / "tests" / "data" / "daniel_published.tsv"
DANIEL = Path("extract/daniel-ru-dev")
HTMLDATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
SYSTEMS = ("ours", "htmldate")
VERDICTS = ("minute", "wrong-time", "day", "wrong-day", "missing", "none-kept", "spurious")

console = Console()
if not console.is_terminal:
    console.width = 150


class Skip(Exception):
    """Something this benchmark needs is absent; the message says what."""


@dataclass(frozen=True)
class Row:
    id: str
    expected: str
    evidence: str
    note: str


@dataclass(frozen=True)
class When:
    value: datetime  # naive when no offset was given
    has_time: bool


@dataclass
class Outcome:
    got: dict[str, str | None] = field(default_factory=dict)
    verdicts: dict[str, str] = field(default_factory=dict)
    exact: set[str] = field(default_factory=set)
    failures: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0


Finder = Callable[[bytes, str | None], str | None]  # page bytes, crawl day -> ISO time or None


# --- inputs -----------------------------------------------------------------------------------


def read_table(path: Path) -> list[Row]:
    if not path.is_file():
        raise Skip(f"no hand-checked table at {path} (yet): nothing to compare")
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = [*line.split("\t", 3), "", "", ""][:4]
        if fields[0].strip() == "id":  # header
            continue
        rows.append(Row(*(f.strip() for f in fields)))
    if not rows:
        raise Skip(f"{path} has no rows")
    return rows


def crawl_days(data: Path) -> dict[str, str]:
    gold = data / DANIEL / "gold.jsonl"
    if not gold.is_file():
        return {}
    with gold.open(encoding="utf-8") as f:
        # the crawl happened some time that day: its end, so that no "Сегодня, 15:33" lies after it
        return {r["id"]: f'{r["crawled"]}T23:59:59' for r in map(json.loads, filter(str.strip, f)) if r.get("crawled")}


def load_pages(data: Path, rows: list[Row]) -> dict[str, bytes]:
    folder = data / DANIEL / "pages"
    if not folder.is_dir():
        raise Skip(f"no {folder}")
    return {r.id: (folder / f"{r.id}.html").read_bytes() for r in rows if (folder / f"{r.id}.html").is_file()}


# --- systems ----------------------------------------------------------------------------------


def make_ours() -> Finder:
    if str(ROOT) not in sys.path:  # the working tree's svodka, installed or not
        sys.path.insert(0, str(ROOT))
    import svodka

    def find(page: bytes, crawl_day: str | None) -> str | None:
        published = svodka.extract(page, url=None, reference_time=crawl_day).published
        return str(published) if published else None

    return find


def make_htmldate() -> Finder:
    import htmldate

    def find(page: bytes, crawl_day: str | None) -> str | None:
        found = htmldate.find_date(page, extensive_search=True, original_date=True,
                                   outputformat=HTMLDATE_FORMAT)
        return str(found) if found else None

    return find


# --- judging ----------------------------------------------------------------------------------


def parse_when(text: str | None, midnight_is_date: bool = False) -> When | None:
    """An ISO time or date; `-`, empty or None mean no date. Raises ValueError on anything else."""
    if text is None or text.strip() in ("", "-"):
        return None
    value = datetime.fromisoformat(text.strip())
    has_time = len(text.strip()) > 10
    if midnight_is_date and value.tzinfo is None and (value.hour, value.minute, value.second) == (0, 0, 0):
        has_time = False
    return When(value, has_time)


def aware(a: datetime, b: datetime) -> bool:
    return a.tzinfo is not None and b.tzinfo is not None


def same_instant(expected: datetime, got: datetime) -> bool:
    if not aware(expected, got):
        return False
    utc = (expected.astimezone(UTC), got.astimezone(UTC))
    return utc[0].replace(second=0, microsecond=0) == utc[1].replace(second=0, microsecond=0)


def same_minute(expected: datetime, got: datetime) -> bool:
    def wall(d: datetime) -> datetime:
        return d.replace(tzinfo=None, second=0, microsecond=0)

    return wall(expected) == wall(got) or same_instant(expected, got)


def same_day(expected: datetime, got: datetime) -> bool:
    if got.date() == expected.date():
        return True
    return aware(expected, got) and got.astimezone(expected.tzinfo).date() == expected.date()


def judge(expected: When | None, got: When | None) -> str:
    """One of VERDICTS."""
    if expected is None:
        return "none-kept" if got is None else "spurious"
    if got is None:
        return "missing"
    if not same_day(expected.value, got.value):
        return "wrong-day"
    if not expected.has_time or not got.has_time:
        return "day"
    return "minute" if same_minute(expected.value, got.value) else "wrong-time"


def run_system(name: str, find: Finder, rows: list[Row], pages: dict[str, bytes],
               days: dict[str, str]) -> Outcome:
    outcome = Outcome()
    with contextlib.suppress(Exception):  # untimed warm-up: first-call imports and caches
        find(next(iter(pages.values())), None)
    for row in rows:
        if row.id not in pages:
            continue
        start = time.perf_counter()
        try:
            got = find(pages[row.id], days.get(row.id))
        except Exception as exc:
            got = None
            outcome.failures[type(exc).__name__] += 1
        outcome.seconds += time.perf_counter() - start
        outcome.got[row.id] = got
        judge_row(outcome, row, got, midnight_is_date=name == "htmldate")
    return outcome


def judge_row(outcome: Outcome, row: Row, got: str | None, midnight_is_date: bool) -> None:
    expected = parse_when(row.expected)
    try:
        when = parse_when(got, midnight_is_date)
    except ValueError:  # an unreadable answer is a wrong one
        outcome.verdicts[row.id] = "wrong-day" if expected else "spurious"
        return
    verdict = outcome.verdicts[row.id] = judge(expected, when)
    if expected and when and verdict == "minute" and same_instant(expected.value, when.value):
        outcome.exact.add(row.id)


# --- reporting --------------------------------------------------------------------------------


def summary(rows: list[Row], outcome: Outcome) -> dict[str, Any]:
    judged = [r for r in rows if r.id in outcome.verdicts]
    counts = Counter(outcome.verdicts.values())
    dated = [r for r in judged if parse_when(r.expected)]
    timed = [r for r in dated if (w := parse_when(r.expected)) is not None and w.has_time]
    n = len(judged)
    failed = sum(outcome.failures.values())
    return {
        "rows": n,
        "dated": len(dated),
        "timed": len(timed),
        "minute": counts["minute"],
        "exact": len(outcome.exact),
        "day": counts["minute"] + counts["wrong-time"] + counts["day"],
        "wrong_day": counts["wrong-day"],
        "wrong_time": counts["wrong-time"],
        "missing": counts["missing"],
        "failed": failed,
        "no_date": n - len(dated),
        "none_kept": counts["none-kept"],
        "spurious": counts["spurious"],
        "pages_per_s": n / outcome.seconds if outcome.seconds and failed < n else None,
        "failure_kinds": dict(outcome.failures),
    }


def share(count: int, total: int) -> str:
    return f"{count}/{total} ({100 * count / total:.0f}%)" if total else "–"


TABLE_LINES = (  # label, count key, total key (None: a plain count)
    ("rows", "rows", None),
    ("right to the minute (of timed)", "minute", "timed"),
    ("  with the right offset too", "exact", "timed"),
    ("right to the day (of dated)", "day", "dated"),
    ("wrong day", "wrong_day", "dated"),
    ("right day, wrong time", "wrong_time", "timed"),
    ("missing", "missing", "dated"),
    ("failed (raised)", "failed", "rows"),
    ("no date on page: kept none", "none_kept", "no_date"),
    ("no date on page: spurious date", "spurious", "no_date"),
)


def render(stats: dict[str, dict[str, Any]]) -> Table:
    table = Table(title="Publication time on hand-checked DAnIEL pages")
    table.add_column("measure")
    for name in stats:
        table.add_column(name, justify="right")
    for label, key, total in TABLE_LINES:
        cells = [str(s[key]) if total is None else share(s[key], s[total]) for s in stats.values()]
        table.add_row(label, *cells)
    speeds = [f"{s['pages_per_s']:.1f}" if s["pages_per_s"] else "–" for s in stats.values()]
    table.add_row("pages/s", *speeds)
    return table


def wrong_rows(rows: list[Row], outcome: Outcome) -> list[dict[str, Any]]:
    """Rows read wrong, and rows right to the minute but with another offset (verdict "offset")."""
    bad = ("wrong-day", "wrong-time", "spurious")
    out = []
    for r in rows:
        verdict = outcome.verdicts.get(r.id)
        expected = parse_when(r.expected)
        if verdict == "minute" and expected is not None and r.id not in outcome.exact:
            verdict = "offset"
        if verdict in (*bad, "offset"):
            out.append({"id": r.id, "expected": r.expected, "got": outcome.got.get(r.id), "verdict": verdict,
                        "evidence": r.evidence, "note": r.note})
    return out


def render_wrong(wrong: list[dict[str, Any]]) -> Table:
    table = Table(title=f"Our wrong rows and wrong offsets, with the crawl day ({len(wrong)})")
    for column in ("id", "verdict", "expected", "got", "evidence"):
        table.add_column(column, overflow="fold")
    for w in wrong:
        table.add_row(w["id"], w["verdict"], w["expected"], w["got"] or "", w["evidence"][:80])
    return table


def per_row(rows: list[Row], outcomes: dict[str, Outcome]) -> list[dict[str, Any]]:
    out = []
    for r in rows:
        row: dict[str, Any] = {"id": r.id, "expected": r.expected}
        for name, o in outcomes.items():
            row[name], row[f"{name}_verdict"] = o.got.get(r.id), o.verdicts.get(r.id)
        out.append(row)
    return out


def write_json(path: Path, doc: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# --- command line -----------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder (../shared/data)")
    parser.add_argument("--table", type=Path, default=DEFAULT_TABLE, help="the hand-checked TSV")
    parser.add_argument("--json", type=Path, default=None, help="write all figures and rows as JSON here")
    return parser.parse_args(argv)


def load(args: argparse.Namespace) -> tuple[list[Row], dict[str, bytes]]:
    rows = read_table(args.table)
    bad = [r.id for r in rows if not valid_expected(r.expected)]
    if bad:
        raise Skip(f"{args.table}: unreadable expected value on rows {', '.join(bad)}")
    return rows, load_pages(args.data, rows)


def valid_expected(text: str) -> bool:
    try:
        parse_when(text)
    except ValueError:
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    try:
        rows, pages = load(args)
    except Skip as exc:
        console.print(f"[yellow]skipped: {exc}[/yellow]")
        if args.json is not None:
            write_json(args.json, {"skipped": str(exc)})
        return 0
    missing_pages = [r.id for r in rows if r.id not in pages]
    # ours twice: from the page alone, and with the crawl day a real crawl always knows (WARC-Date),
    # which relative stamps ("Сегодня, 15:33") need; htmldate takes no reference time
    days = crawl_days(args.data)
    outcomes = {"ours": run_system("ours", make_ours(), rows, pages, {}),
                "ours + crawl day": run_system("ours + crawl day", make_ours(), rows, pages, days),
                "htmldate": run_system("htmldate", make_htmldate(), rows, pages, {})}
    stats = {name: summary(rows, o) for name, o in outcomes.items()}
    wrong = wrong_rows(rows, outcomes["ours + crawl day"])
    console.print(render(stats))
    for name, s in stats.items():
        if s["failure_kinds"]:
            console.print(f"[red]{name} raised on {s['failed']} pages:[/red] {s['failure_kinds']}")
    if missing_pages:
        console.print(f"[yellow]no page for {len(missing_pages)} rows: {', '.join(missing_pages)}[/yellow]")
    if wrong:
        console.print(render_wrong(wrong))
    if args.json is not None:
        write_json(args.json, {"table": str(args.table), "systems": stats,
                               "ours_wrong": wrong, "rows": per_row(rows, outcomes),
                               "missing_pages": missing_pages})
    return 0


if __name__ == "__main__":
    sys.exit(main())
