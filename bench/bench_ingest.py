"""Ingest speed, worker memory and crash safety of `svodka ingest`, on real corpora from ../shared/data.

    .venv/bin/python bench/bench_ingest.py                      # everything (about 15 minutes on 2 idle cores)
    .venv/bin/python bench/bench_ingest.py --only speed         # speed and memory only
    .venv/bin/python bench/bench_ingest.py --only speed --corpus silver
    .venv/bin/python bench/bench_ingest.py --only crash --kills 20

Speed: the real command (extract + enrich + store + index) in a subprocess, side by side with one worker
(-j 1, in-process) and without enrichment (--fast, which shows what the enrichment costs), on:
  silver   4,605 JSONL articles (silver-threads-2020-05-03)
  daniel   133 HTML pages of ~70 Russian outlets (extract/daniel-ru-dev/pages/*.html)
  contest  783 Telegram-contest HTML pages (tgcontest-2019-html)
The machine is shared, so wall time depends on what else runs: beside it stands the CPU time of the
command and its workers, and what that would give on two free cores (items / CPU seconds, times 2 for
-j 2, whose work splits across processes: the rate when nothing else competes for the cores).
Memory: the peak RSS (VmHWM) of the parent and of every worker process. Crash: `svodka ingest -j 2` on
the contest pages and the daniel pages, killed with SIGKILL at N random moments, then run to the end;
compared with an uninterrupted run: lost, doubled and differing articles, orphaned workers.
Export: peak RSS of `svodka export` in each format over the silver archive (constant memory).

Enrichment is still partly a stub in this branch: re-measure after the enrich stage lands.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import crash_harness as ch  # a sibling module of this script

DATA = ch.REPO.parent / "shared" / "data"
SILVER = DATA / "stories" / "silver-threads-2020-05-03" / "ru_silver_threads_0503.jsonl"
DANIEL = DATA / "extract" / "daniel-ru-dev" / "pages"
CONTEST = DATA / "stories" / "tgcontest-2019-html"
REFERENCE_TIME = "2020-05-03T23:59:00+03:00"  # the silver day: its yearless times take this year


@dataclass
class Measured:
    label: str
    items: int
    seconds: float
    cpu: float  # user + system seconds of the command and all its worker processes
    cores: int  # how many of the 2 cores the command can keep busy (-j 1 runs in one process)
    parent_mb: float
    worker_mb: list[float]
    code: int

    def row(self) -> str:
        workers = ", ".join(f"{m:.0f}" for m in self.worker_mb) or "-"
        return (f"| {self.label} | {self.items} | {self.seconds:.1f} | {self.items / self.seconds:.1f} | "
                f"{self.cpu:.1f} | {self.cores * self.items / self.cpu:.1f} | {self.parent_mb:.0f} | {workers} |")


def peak_mb(pid: int) -> float | None:
    """The process's peak resident memory so far (VmHWM), in MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def measure(label: str, command: list[str], items: int, cores: int = 2) -> Measured:
    """Run `command` to its end, sampling the peak memory of it and its children."""
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out:
        proc = subprocess.Popen(command, env=ch.command_env(), stdout=out, stderr=subprocess.DEVNULL, text=True)
        parent = 0.0
        workers: dict[int, float] = {}
        while True:
            # wait4 rather than poll: its resource usage counts the workers the command has reaped
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            parent = max(parent, peak_mb(proc.pid) or 0.0)
            for child in ch.children(proc.pid):
                workers[child] = max(workers.get(child, 0.0), peak_mb(child) or 0.0)
            time.sleep(0.2)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        print(f"  {label}: {out.read().strip()}", file=sys.stderr)
    # the resource tracker of multiprocessing is a child too: only processes that loaded models count
    worker_mb = sorted((m for m in workers.values() if m > 100), reverse=True)
    return Measured(label, items, seconds, usage.ru_utime + usage.ru_stime, cores, parent, worker_mb,
                    proc.returncode)


def ingest(paths: list[str], db: Path, jobs: int, *extra: str) -> list[str]:
    return [sys.executable, "-m", "svodka", "ingest", *paths, "--db", str(db), "-j", str(jobs), "--no-progress",
            "--reference-time", REFERENCE_TIME, *extra]


def speed(work: Path, only: str | None = None) -> None:
    corpora = [
        ("silver JSONL", [str(SILVER)], sum(1 for line in SILVER.open("rb") if line.strip())),
        ("daniel HTML", sorted(str(p) for p in DANIEL.glob("*.html")), len(list(DANIEL.glob("*.html")))),
        ("contest HTML", [str(CONTEST)], len(list(CONTEST.rglob("*.html")))),
    ]
    print("| run | items | seconds | items/s | CPU s | items/s on 2 free cores | parent MB | worker MB |")
    print("|---|---|---|---|---|---|---|---|")
    corpora = [c for c in corpora if only is None or c[0].startswith(only)]
    for name, paths, items in corpora:
        for label, jobs, extra in ((f"{name} -j 2", 2, ()), (f"{name} -j 1", 1, ()),
                                   (f"{name} -j 2 --fast", 2, ("--fast",))):
            db = work / label.replace(" ", "_")
            print(measure(label, ingest(paths, db, jobs, *extra), items, min(jobs, 2)).row(), flush=True)
        db = work / f"{name} -j 2".replace(" ", "_")
        again = measure(f"{name} again (all stored)", ingest(paths, db, 2), items)
        print(again.row(), flush=True)
    archive = work / "silver_JSONL_-j_2"
    if not archive.exists():
        return
    print("\n| export of the silver archive | articles | seconds | articles/s | CPU s | peak MB |")
    print("|---|---|---|---|---|---|")
    for copies in (1, 5):
        articles = grown(archive, copies)
        for form in ("jsonl", "csv", "parquet"):
            command = [sys.executable, "-m", "svodka", "export", "--db", str(archive), "--format", form,
                       "-o", str(work / f"export.{form}")]
            m = measure(f"export {form}", command, articles)
            print(f"| {form}, archive ×{copies} | {m.items} | {m.seconds:.1f} | {m.items / m.seconds:.0f} | "
                  f"{m.cpu:.1f} | {m.parent_mb:.0f} |", flush=True)


def grown(archive: Path, copies: int) -> int:
    """Grow the archive to `copies` times its first size by copying its article rows under new keys
    (export memory must not grow with the archive); how many articles it then holds."""
    conn = sqlite3.connect(archive / "archive.sqlite")
    columns = [row[1] for row in conn.execute("PRAGMA table_info(articles)") if row[1] != "pk"]
    # the copies' keys end in "#n": canonical URLs have no fragment, so the originals have no "#"
    first = conn.execute("SELECT min(pk), max(pk), count(*) FROM articles WHERE instr(key, '#') = 0").fetchone()
    have = conn.execute("SELECT count(*) FROM articles").fetchone()[0] // first[2]
    values = ", ".join(f"{c} || '#' || ?" if c in ("id", "key") else c for c in columns)
    with conn:
        for n in range(have, copies):
            conn.execute(f"INSERT INTO articles({', '.join(columns)}) SELECT {values} FROM articles "
                         "WHERE pk BETWEEN ? AND ? AND instr(key, '#') = 0", (n, n, first[0], first[1]))
    count = int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    conn.close()
    return count


def crash(work: Path, kills: int) -> None:
    paths = [str(CONTEST), *sorted(str(p) for p in DANIEL.glob("*.html"))]
    reference = work / "crash-reference"
    code, seconds = ch.run_ingest(ch.ingest_command(paths, reference, 2))
    expected = ch.archive_state(reference)
    print(f"\nuninterrupted: {len(expected)} articles in {seconds:.1f} s (exit {code})")
    db = work / "crash-killed"
    command = ch.ingest_command(paths, db, 2)
    report = ch.kill_series(command, db, kills, total=len(expected), seed=7)
    code, _ = ch.run_ingest(command)
    found = ch.archive_state(db)
    problems = ch.differences(expected, found)
    lost = sum(1 for p in problems if p.startswith("missing"))
    differing = sum(1 for p in problems if p.startswith("differs"))
    doubled = len(found) - len(set(v["key"] for v in found.values())) + sum(1 for p in problems if p.startswith("extra"))
    print(f"{report.kills} kills at {report.delays} s; articles stored at each kill: {report.articles_at_kill}")
    print(f"after the rerun: {len(found)} articles, {lost} lost, {doubled} doubled, {differing} differing, "
          f"{report.orphans} orphaned workers, integrity problems: {ch.integrity_problems(db) or 'none'}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", choices=("speed", "crash"))
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--corpus", choices=("silver", "daniel", "contest"), help="speed on this corpus only")
    args = parser.parse_args()
    for path in (SILVER, DANIEL, CONTEST):
        if not path.exists():
            print(f"missing {path}: the bench reads ../shared/data", file=sys.stderr)
            return 1
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        if args.only in (None, "speed"):
            speed(Path(tmp), args.corpus)
        if args.only in (None, "crash"):
            crash(Path(tmp), args.kills)
    return 0


if __name__ == "__main__":
    sys.exit(main())
