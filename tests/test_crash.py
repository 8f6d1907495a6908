"""`svodka ingest` killed with SIGKILL at 20 random moments, then run again to the end: every article is
stored exactly once and whole, exactly as by a run never interrupted; readers never see half an article.

Real processes (the `svodka` command with 2 worker processes), real SQLite on disk, a generated corpus
of pages (some met twice, some changed later) and JSONL records (some broken). Set SVODKA_CRASH_KILLS
to run more or fewer kills.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
KILLS = int(os.environ.get("SVODKA_CRASH_KILLS", "20"))
JOBS = 2


@pytest.fixture(scope="module")
def harness() -> Iterator[ModuleType]:
    sys.path.insert(0, str(BENCH))
    try:
        import crash_harness

        yield crash_harness
    finally:
        sys.path.remove(str(BENCH))


@dataclass
class Reference:
    paths: list[str]
    articles: int
    bad_inputs: int
    state: dict[str, dict[str, Any]]
    seconds: float


@pytest.fixture(scope="module")
def reference(harness: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Reference:
    """The corpus, stored by one uninterrupted run."""
    folder = tmp_path_factory.mktemp("crash")
    corpus = harness.write_corpus(folder / "corpus", pages=120, records=120)
    code, seconds = harness.run_ingest(harness.ingest_command(corpus.paths, folder / "reference", JOBS))
    assert code == 1, "the corpus holds bad inputs: the exit code must say so"
    state = harness.archive_state(folder / "reference")
    assert len(state) == corpus.articles
    assert harness.integrity_problems(folder / "reference") == []
    return Reference(corpus.paths, corpus.articles, corpus.bad_inputs, state, seconds)


def test_killed_anytime_then_rerun_stores_every_article_once(harness: ModuleType, reference: Reference,
                                                             tmp_path: Path) -> None:
    db = tmp_path / "killed"
    command = harness.ingest_command(reference.paths, db, JOBS)
    report = harness.kill_series(command, db, KILLS, total=reference.articles, seed=20240705)
    assert report.kills == KILLS
    assert report.orphans == 0, "worker processes outlived their killed parent"
    mid_write = sum(1 for n in report.articles_at_kill if 0 < n < reference.articles)
    assert mid_write >= KILLS // 4, f"too few kills while articles were being stored: {report}"
    code, _ = harness.run_ingest(command)
    assert code == 1
    assert harness.integrity_problems(db) == []
    assert harness.differences(reference.state, harness.archive_state(db)) == []
    conn = sqlite3.connect(db / "archive.sqlite")
    errors = conn.execute("SELECT count(*), min(seen) FROM errors").fetchone()
    conn.close()
    assert errors[0] == reference.bad_inputs, "each bad input is recorded once, however often it was met"


def test_readers_see_whole_articles_only(harness: ModuleType, reference: Reference, tmp_path: Path) -> None:
    db = tmp_path / "read-while-written"
    command = harness.ingest_command(reference.paths, db, JOBS)
    proc = subprocess.Popen(command, env=harness.command_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    partial_views = 0
    try:
        while proc.poll() is None:
            if (db / "archive.sqlite").exists():
                partial_views += check_snapshot(harness, db, reference)
            time.sleep(0.05)
    finally:
        proc.wait(timeout=600)
    assert check_snapshot(harness, db, reference) == 0
    assert partial_views > 0, "no snapshot was taken while the ingest was under way"


def check_snapshot(harness: ModuleType, db: Path, reference: Reference) -> int:
    """Check what a reader sees at one moment; 1 if it was a part of the corpus, 0 if all of it."""
    conn = sqlite3.connect(db / "archive.sqlite", timeout=30)
    try:
        seen = harness.snapshot_state(conn)
    except sqlite3.OperationalError as exc:  # the schema is still being created
        assert "no such table" in str(exc)
        return 0
    finally:
        conn.close()
    for article_id, found in seen.items():
        expected = reference.state[article_id]
        assert found["index"] is not None, f"{article_id} is stored without its index row"
        if found["version"] == expected["version"]:
            assert found == expected, f"{article_id} is seen half-written"
    return int(len(seen) < reference.articles)
