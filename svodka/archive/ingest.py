"""`svodka ingest`: pages and article files → the archive, with N worker processes and one writer.

    >>> conn = db.connect("svodka-data")
    >>> tally = ingest(conn, ["pages/", "export.jsonl"], Settings(), processes=2, report=Report(sys.stderr))

The workers extract and enrich; this process walks the inputs, skips inputs stored before (by digest),
and writes results in input order, one transaction per chunk of up to 16 articles (each with its parts
and index row). Killed at any moment, the archive holds whole articles only; the same command run
again stores each remaining article once and leaves the stored ones as they are.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from svodka.archive.pipeline import Prepared, Settings, input_digest
from svodka.archive.store import Outcome, known_input, now_iso, record_error, save, transaction
from svodka.archive.workers import Job, Result, Workers
from svodka.errors import InputError
from svodka.sources.inputs import Input, file_size, input_files, walk_inputs


@dataclass
class Tally:
    """What one ingest did."""

    new: int = 0
    updated: int = 0
    duplicates: int = 0
    rejected: int = 0
    elapsed: float = 0.0

    @property
    def articles(self) -> int:
        return self.new + self.updated + self.duplicates

    def rate(self) -> float:
        """Articles (new, updated or duplicate) per second."""
        return self.articles / self.elapsed if self.elapsed > 0 else 0.0

    def count(self, outcome: Outcome) -> None:
        if outcome is Outcome.NEW:
            self.new += 1
        elif outcome is Outcome.UPDATED:
            self.updated += 1
        else:
            self.duplicates += 1

    def summary(self) -> str:
        return (f"{self.new} new, {self.updated} updated, {self.duplicates} duplicates, {self.rejected} rejected "
                f"in {self.elapsed:.1f} s ({self.rate():.1f} articles/s)")


class ArticleRate(ProgressColumn):
    """Articles per second so far (the bar itself counts input bytes, which ETA is reckoned on)."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        rate = task.fields.get("articles", 0) / elapsed if elapsed > 0 else 0.0
        return Text(f"{task.fields.get('articles', 0)} articles, {rate:.1f}/s", style="progress.data.speed")


class Report:
    """Where an ingest tells what it is doing: a progress bar on a terminal, `Error: …` lines always."""

    def __init__(self, err: TextIO, progress: bool = True) -> None:
        self.console = Console(file=err, highlight=False)
        self.progress = Progress(
            TextColumn("ingest"), BarColumn(), TaskProgressColumn(), ArticleRate(),
            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
            console=self.console, disable=not (progress and self.console.is_terminal),
        )
        self.task = self.progress.add_task("ingest", total=None, articles=0)

    def __enter__(self) -> Report:
        self.progress.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.progress.stop()

    def start(self, total_bytes: int) -> None:
        self.progress.update(self.task, total=max(total_bytes, 1))

    def advance(self, position: int, tally: Tally) -> None:
        self.progress.update(self.task, completed=position, articles=tally.articles)

    def error(self, error: InputError) -> None:
        self.console.print(f"Error: {error}", markup=False, soft_wrap=True, style="red")


class Writer:
    """Saves each chunk of results in one transaction, with the run's counts so far. Never holds the
    write lock while waiting for the workers: other writers and readers go on between chunks."""

    def __init__(self, conn: sqlite3.Connection, run: int, tally: Tally, report: Report) -> None:
        self.conn = conn
        self.run = run
        self.tally = tally
        self.report = report

    def write(self, results: list[Result]) -> None:
        errors: list[InputError] = []
        with transaction(self.conn):
            for result in results:
                if isinstance(result, Prepared):
                    self.tally.count(save(self.conn, result))
                else:
                    self.tally.rejected += 1
                    errors.append(result.error())
                    record_error(self.conn, errors[-1], self.run)
            save_run(self.conn, self.run, self.tally)
        for error in errors:
            self.report.error(error)


def start_run(conn: sqlite3.Connection, command: str) -> int:
    cursor = conn.execute("INSERT INTO runs(started, command) VALUES (?, ?)", (now_iso(), command))
    assert cursor.lastrowid is not None, "INSERT gave no rowid"
    return cursor.lastrowid


def save_run(conn: sqlite3.Connection, run: int, tally: Tally, finished: bool = False) -> None:
    conn.execute(
        "UPDATE runs SET new = ?, updated = ?, duplicates = ?, rejected = ?, elapsed = ?, finished = ? WHERE id = ?",
        (tally.new, tally.updated, tally.duplicates, tally.rejected, tally.elapsed,
         now_iso() if finished else None, run))


def jobs_of(conn: sqlite3.Connection, inputs: Iterator[Input], settings: Settings, tally: Tally,
            report: Report) -> Iterator[Job]:
    """Jobs for the workers; an input stored before (same digest) is counted a duplicate unread."""
    for entry in inputs:
        if isinstance(entry.item, InputError):
            yield Job(entry.item, "", entry.position)
            continue
        digest = input_digest(entry.item, settings)
        if known_input(conn, digest):
            tally.duplicates += 1
            report.advance(entry.position, tally)
            continue
        yield Job(entry.item, digest, entry.position)


def ingest(conn: sqlite3.Connection, paths: list[str], settings: Settings, processes: int,
           report: Report, command: str = "ingest") -> Tally:
    """Ingest every input under `paths` into the archive behind `conn`; returns what happened."""
    settings.check()
    files = list(input_files(paths))
    tally = Tally()
    run = start_run(conn, command)
    started = time.perf_counter()
    writer = Writer(conn, run, tally, report)
    with report, Workers(settings, processes) as workers:
        report.start(sum(file_size(p) for p in files if isinstance(p, Path)))
        for chunk, results in workers.results(jobs_of(conn, walk_inputs(files), settings, tally, report)):
            tally.elapsed = time.perf_counter() - started
            writer.write(results)
            report.advance(chunk[-1].position, tally)
    tally.elapsed = time.perf_counter() - started
    with transaction(conn):
        save_run(conn, run, tally, finished=True)
    return tally
