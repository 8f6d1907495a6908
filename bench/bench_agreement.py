"""Agreement between annotators, beside svodka's agreement with each, on the same articles in one run.

Three sets' articles were annotated a second time, by annotators who saw only the general guidelines
(tests/data/README_quotes.md up to the validation set's settled cases), the article texts and none of
the first annotation nor the extractor (tests/data/second/, described in README_quotes.md). The first
annotation scored against the second with the benchmark's own matcher (bench/bench_quotes.py: text
overlap ≥ 0.5 and the right speaker) says how far two careful readers of the same guidelines agree,
which bounds what any extractor can score against one of them. svodka and the regex baseline are
scored against both annotations on the same articles.

Run from the repo root:

    .venv/bin/python bench/bench_agreement.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.bench_quotes import (  # noqa: E402
    ANNOTATION,
    DEFAULT_DATA,
    Found,
    Skip,
    baseline,
    console,
    make_ours,
    read_bodies,
    read_gold,
    read_silver,
    read_wire,
    score,
)

SECOND = ANNOTATION / "second"
# the set's name in the report, its file (the same name in tests/data and tests/data/second), and
# where its texts come from
SETS = {"daniel dev": ("quotes_dev.jsonl", "daniel"), "daniel holdout": ("quotes_holdout.jsonl", "daniel"),
        "silver A": ("quotes_silver_a.jsonl", "silver"), "silver C": ("quotes_silver_c.jsonl", "silver"),
        "wire C": ("quotes_wire_c.jsonl", "wire"), "wire D": ("quotes_wire_d.jsonl", "wire")}
READERS = {"daniel": read_bodies, "silver": read_silver, "wire": read_wire}


def as_found(gold: dict[str, list[dict[str, Any]]]) -> dict[str, list[Found]]:
    return {pid: [Found(q["text"], q["speaker"], q["start"], q["stop"], q["direct"], q["source"]) for q in quotes]
            for pid, quotes in gold.items()}


def cell(result: dict[str, Any]) -> str:
    s = result["speaker"]
    return f'{s["precision"]:.3f}/{s["recall"]:.3f}/{s["f1"]:.3f}'


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args(argv)
    try:
        firsts = {name: read_gold(ANNOTATION / file) for name, (file, _) in SETS.items()}
        seconds = {name: read_gold(SECOND / file) for name, (file, _) in SETS.items()}
        texts = {pid: text for name, (_, kind) in SETS.items()
                 for pid, text in READERS[kind](args.data, set(firsts[name])).items()}
    except Skip as exc:
        console.print(f"[yellow]skipped: {exc}[/yellow]")
        return 0
    ours, _ = make_ours()
    predicted = {"svodka": {pid: ours(text) for pid, text in texts.items()},
                 "regex baseline": {pid: baseline(text) for pid, text in texts.items()}}
    table = Table(title="Quotations with the right speaker, P / R / F1: annotators against each other, systems against each")
    for column in ("set", "quotations (1st / 2nd)", "2nd annotator vs 1st", *(f"{name} vs {k}" for name in predicted
                                                                              for k in ("1st", "2nd"))):
        table.add_column(column, justify="right" if column != "set" else "left")
    # every set's articles together (micro-averaged: each quotation counts once)
    firsts["all"] = {pid: quotes for gold in list(firsts.values()) for pid, quotes in gold.items()}
    seconds["all"] = {pid: quotes for gold in list(seconds.values()) for pid, quotes in gold.items()}
    for name in (*SETS, "all"):
        first, second = firsts[name], seconds[name]
        row = [name, f"{sum(map(len, first.values()))} / {sum(map(len, second.values()))}", cell(score(first, as_found(second)))]
        for pred in predicted.values():
            row += [cell(score(first, pred)), cell(score(second, pred))]
        table.add_row(*row)
    console.print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
