"""Enrich-stage speed: svodka's whole enrichment beside natasha's full pipeline and natasha's NER alone,
on the 133 DAnIEL ru-dev gold articles (headline and body joined with a line break), in one run.

Each system runs in a child process of its own, so that its model load time and peak resident memory
are its own: the child loads the models once (timed), then makes a first pass over the articles (cold
word caches) and a warm pass (what a long-running process sees), timing each by the CPU time of the
process and by the wall clock. The headline figure is the first pass of a fresh process, what a single
run over unseen articles gets; "with load" adds the model load to it. Run with one thread per process
for per-core figures:

    OMP_NUM_THREADS=1 .venv/bin/python bench/bench_enrich.py [--data ../shared/data] [--rounds 3] [--json OUT]

A shared machine's speed drifts by a third from one minute to the next, so the systems run in turns for
several rounds, each run a fresh process, and every figure printed is the median of its rounds; the
spread of the headline figure is printed beside it.

* ours: `svodka.enrich.Enricher().enrich` (entities, quotes, times);
* natasha full: segment, morph, syntax, NER, and normalize every span (what gives natasha base forms);
* natasha NER: segment and NER only.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # the working tree's svodka, installed or not
    sys.path.insert(0, str(ROOT))
DEFAULT_DATA = ROOT.parent / "shared" / "data"
SYSTEMS = ("ours", "natasha-full", "natasha-ner")
LABELS = {"ours": "ours enrich (entities, quotes, times)",
          "natasha-full": "natasha full (segment, morph, syntax, ner, normalize)",
          "natasha-ner": "natasha NER (segment, ner)"}


def articles(data: Path) -> list[str]:
    """The gold articles: headline (when the gold has one; else it is the body's first line) and body."""
    path = data / "extract" / "daniel-ru-dev" / "gold.jsonl"
    with path.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return ["\n".join([r.get("headline") or "", *r["body"]]).strip() for r in rows]


def ours() -> Callable[[str], Any]:
    from svodka.enrich import Enricher
    from svodka.model import Article

    enricher = Enricher()
    return lambda text: enricher.enrich(Article(id="bench", text=text))


def natasha(full: bool) -> Callable[[str], Any]:
    from bench.peer_natasha import Natasha

    return Natasha(full).doc


def timed_pass(run: Callable[[str], Any], texts: list[str]) -> dict[str, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    for text in texts:
        run(text)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return {"cpu_per_s": round(len(texts) / cpu, 1), "wall_per_s": round(len(texts) / wall, 1)}


def child(system: str, data: Path) -> dict[str, Any]:
    """One system's figures, measured in this (child) process."""
    texts = articles(data)
    cpu, wall = time.process_time(), time.perf_counter()
    run = ours() if system == "ours" else natasha(full=system == "natasha-full")
    load = {"load_cpu_s": round(time.process_time() - cpu, 2), "load_wall_s": round(time.perf_counter() - wall, 2)}
    first = timed_pass(run, texts)
    warm = timed_pass(run, texts)
    with_load = round(len(texts) / (load["load_cpu_s"] + len(texts) / first["cpu_per_s"]), 1)
    return {"articles": len(texts), **load, "first": first, "warm": warm, "first_with_load_cpu_per_s": with_load,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}


def measured(system: str, data: Path) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, "--child", system, "--data", str(data)], capture_output=True,
                         text=True, check=True, cwd=ROOT, env={**os.environ, "OMP_NUM_THREADS": "1"})
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Each figure the median of its runs (a figure is a number, or a dict of numbers)."""
    out: dict[str, Any] = {}
    for key, first in runs[0].items():
        if isinstance(first, dict):
            out[key] = median_run([run[key] for run in runs])
        else:
            out[key] = statistics.median(run[key] for run in runs)
    if "first" in runs[0]:
        firsts = [run["first"]["cpu_per_s"] for run in runs]
        out["first_range"] = [min(firsts), max(firsts)]
    return out


def render(results: dict[str, dict[str, Any]]) -> str:
    n = next(iter(results.values()))["articles"]
    rounds = next(iter(results.values())).get("rounds", 1)
    lines = [f"enrich speed on {n} DAnIEL ru-dev gold articles, one thread; articles/s by CPU time (wall), "
             f"median of {rounds} fresh processes each:",
             f"  {'system':55} {'load s':>7} {'first pass':>16} {'with load':>9} {'warm pass':>16} {'peak RSS':>9}"]
    for system, r in results.items():
        first, warm = r["first"], r["warm"]
        lines.append(f"  {LABELS[system]:55} {r['load_cpu_s']:7.2f} "
                     f"{first['cpu_per_s']:7.1f} ({first['wall_per_s']:6.1f}) {r['first_with_load_cpu_per_s']:9.1f} "
                     f"{warm['cpu_per_s']:7.1f} ({warm['wall_per_s']:6.1f}) {r['peak_rss_mb']:6.0f} MB"
                     f"   first pass {r['first_range'][0]:.1f}-{r['first_range'][1]:.1f}")
    ours, full = results.get("ours"), results.get("natasha-full")
    if ours and full:
        lines.append(f"single pass, fresh process: ours {ours['first']['cpu_per_s']:.1f} articles/s per core, "
                     f"natasha full {full['first']['cpu_per_s']:.1f}, ratio {ours.get('ratio_to_full', 0):.2f} "
                     "(the goal: ours >= 40)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--rounds", type=int, default=3, help="fresh processes per system, run in turns")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--child", choices=SYSTEMS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not (args.data / "extract" / "daniel-ru-dev" / "gold.jsonl").is_file():
        print(f"skipped: {args.data}/extract/daniel-ru-dev/gold.jsonl is absent")
        return 0
    if args.child:
        print(json.dumps(child(args.child, args.data)))
        return 0
    runs: dict[str, list[dict[str, Any]]] = {system: [] for system in SYSTEMS}
    for _ in range(max(1, args.rounds)):
        for system in SYSTEMS:
            runs[system].append(measured(system, args.data))
    results = {system: {**median_run(r), "rounds": len(r)} for system, r in runs.items()}
    # the same round's runs met the same neighbours on the machine: their ratio drifts less than either
    results["ours"]["ratio_to_full"] = statistics.median(
        o["first"]["cpu_per_s"] / f["first"]["cpu_per_s"] for o, f in zip(runs["ours"], runs["natasha-full"], strict=True))
    print(render(results))
    if args.json is not None:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
