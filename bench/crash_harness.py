"""Kill `svodka ingest` with SIGKILL at random moments, run it again, and check that the archive holds
every article exactly once, whole, the same as an archive built without interruption.

Used by tests/test_crash.py (a generated corpus) and bench/bench_ingest.py (larger real corpora).
Everything is real: the `svodka` command in subprocesses, its worker processes, SQLite on disk.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
FIRST = ["Анна", "Олег", "Мария", "Игорь", "Елена", "Сергей", "Ольга", "Дмитрий", "Татьяна", "Николай"]
LAST = ["Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров"]
CITIES = ["Калуге", "Туле", "Рязани", "Твери", "Костроме", "Вологде", "Пскове", "Смоленске"]
TOPICS = ["ремонт дорог", "новые автобусы", "строительство школы", "тарифы на отопление",
          "городской бюджет", "благоустройство парка", "работу поликлиник", "уборку снега"]
SENTENCES = [
    "Власти в {city} обсудили {topic} на заседании городской думы.",
    "По словам {name}, работы начнутся уже в следующем месяце и продлятся до конца года.",
    "«Мы сделаем всё, чтобы жители почувствовали перемены», — заявил {name} журналистам.",
    "На эти цели из областного бюджета выделят более {n} миллионов рублей.",
    "Жители {city_gen} давно жаловались на {topic}, напоминают местные СМИ.",
    "Депутаты попросили администрацию отчитаться о ходе работ к {day} числу.",
]


@dataclass
class Corpus:
    """A generated corpus and what storing it must give."""

    paths: list[str]
    articles: int  # distinct articles
    bad_inputs: int  # inputs that must be recorded as errors


def paragraph(rng: random.Random) -> str:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    city = rng.choice(CITIES)
    return " ".join(
        rng.choice(SENTENCES).format(city=city, city_gen=city, topic=rng.choice(TOPICS), name=name,
                                     n=rng.randrange(5, 900), day=rng.randrange(1, 28))
        for _ in range(3)
    )


def page_html(url: str, headline: str, paragraphs: list[str], day: int) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:url" content="{url}">'
            f"<title>{headline}</title></head><body><h1>{headline}</h1>"
            f"<div class='date'>{day:02d}.03.2023 10:15</div><article>{body}</article></body></html>")


def write_corpus(folder: Path, pages: int = 60, records: int = 60, seed: int = 7) -> Corpus:
    """HTML pages (some saved twice, some changed later at the same URL), a JSONL export (half the
    records without URL) with a few broken lines, and an empty page."""
    rng = random.Random(seed)
    (folder / "pages").mkdir(parents=True, exist_ok=True)
    for n in range(pages):
        headline = f"{rng.choice(TOPICS).capitalize()}: решение в {rng.choice(CITIES)} №{n}"
        paras = [paragraph(rng) for _ in range(rng.randrange(2, 5))]
        url = f"https://crash-news.example/city/{n}/"
        (folder / "pages" / f"p{n:04d}.html").write_text(page_html(url, headline, paras, 1 + n % 27), "utf-8")
        if n % 10 == 3:  # the same story met again through a tracking link: a duplicate
            tracked = page_html(url + "?utm_source=telegram", headline, paras, 1 + n % 27)
            (folder / "pages" / f"p{n:04d}-tg.html").write_text(tracked, "utf-8")
        if n % 10 == 7:  # the page changed later: a second version of the same article
            changed = page_html(url, headline, [*paras, paragraph(rng)], 1 + n % 27)
            (folder / "pages" / f"z{n:04d}-later.html").write_text(changed, "utf-8")
    (folder / "pages" / "empty.html").write_bytes(b"")
    lines = []
    for n in range(records):
        record: dict[str, Any] = {"title": f"Новости области: {rng.choice(TOPICS)}, выпуск {n}",
                                  "text": "\n".join(paragraph(rng) for _ in range(3)),
                                  "outlet": "Вестник области", "time_str": f"{1 + n % 27} Mar 10:{n % 60:02d}",
                                  "thread": n % 7}
        if n % 2 == 0:
            record["url"] = f"https://vestnik.example/news/{n}"
        lines.append(json.dumps(record, ensure_ascii=False))
        if n % 25 == 5:
            lines.append('{"title": "обрыв строки", "text": ')
    (folder / "export.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    bad = 1 + sum(1 for n in range(records) if n % 25 == 5)
    return Corpus([str(folder / "pages"), str(folder / "export.jsonl")], pages + records, bad)


def ingest_command(paths: list[str], db: Path, jobs: int, extra: tuple[str, ...] = ()) -> list[str]:
    return [sys.executable, "-m", "svodka", "ingest", *paths, "--db", str(db), "-j", str(jobs),
            "--no-progress", "--reference-time", "2023-03-31T12:00:00+03:00", *extra]


def command_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONPATH"] = str(REPO)
    return env


def run_ingest(command: list[str]) -> tuple[int, float]:
    """Run to the end: exit code and seconds taken."""
    start = time.perf_counter()
    done = subprocess.run(command, env=command_env(), capture_output=True, text=True, timeout=1800, check=False)
    if "Traceback" in done.stderr:
        raise AssertionError(f"ingest failed with a traceback:\n{done.stderr}")
    return done.returncode, time.perf_counter() - start


def children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@dataclass
class KillReport:
    kills: int = 0
    delays: list[float] = field(default_factory=list)
    orphans: int = 0  # worker processes still running 5 s after their parent was killed
    articles_at_kill: list[int] = field(default_factory=list)


def kill_series(command: list[str], db: Path, kills: int, total: int, seed: int = 1) -> KillReport:
    """Start the command and SIGKILL it at a random moment, `kills` times; leaves no worker behind.

    Three kills in four come while articles are being written: once a random number of further
    articles is stored (spread so that the kills cover the whole of the `total` articles), after a
    random few milliseconds more, so they land inside transactions, between them, while workers read.
    Every fourth comes at a random moment of the start-up (imports, schema, workers loading models)."""
    rng = random.Random(seed)
    report = KillReport()
    startup = 2.0  # seconds until the first commit; learnt from the runs
    writing_left = kills - kills // 4
    for n in range(kills):
        before = article_count(db)
        started = time.monotonic()
        proc = subprocess.Popen(command, env=command_env(), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
        workers: set[int] = set()
        if n % 4 == 3:
            deadline = started + rng.uniform(0.05, startup)
        else:
            target = before + rng.randint(1, max(1, 2 * (total - before) // (writing_left + 1)))
            writing_left -= 1
            while proc.poll() is None and article_count(db) < target:
                workers.update(children(proc.pid))
                if article_count(db) == before:
                    startup = max(startup, time.monotonic() - started)
                time.sleep(0.01)
            deadline = time.monotonic() + rng.uniform(0.0, 0.1)
        while time.monotonic() < deadline and proc.poll() is None:
            workers.update(children(proc.pid))
            time.sleep(min(0.01, max(0.0, deadline - time.monotonic())))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        report.kills += 1
        report.delays.append(round(time.monotonic() - started, 2))
        report.orphans += reap(workers)
        report.articles_at_kill.append(article_count(db))
    return report


def reap(workers: set[int], grace: float = 5.0) -> int:
    """How many of the killed ingest's workers outlived it by `grace` seconds (those are then killed)."""
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline and any(alive(p) for p in workers):
        time.sleep(0.1)
    left = [p for p in workers if alive(p)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    return len(left)


def article_count(db: Path) -> int:
    path = db / "archive.sqlite"
    if not path.exists():
        return 0
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0
    finally:
        conn.close()


def archive_state(db: Path) -> dict[str, dict[str, Any]]:
    """Every stored article as export writes it, plus its key, version and index row, by id."""
    conn = sqlite3.connect(db / "archive.sqlite")
    try:
        return snapshot_state(conn)
    finally:
        conn.close()


def snapshot_state(conn: sqlite3.Connection) -> dict[str, dict[str, Any]]:
    """`archive_state` read in one read transaction: what a reader sees at one moment."""
    from svodka.archive import fts
    from svodka.archive.read import articles

    conn.execute("BEGIN")
    try:
        state = {a.id: a.to_dict() for a in articles(conn)}
        for article_id, key, version, pk in conn.execute("SELECT id, key, version, pk FROM articles"):
            row = conn.execute(f"SELECT * FROM {fts.TABLE} WHERE rowid = ?", (pk,)).fetchone()
            state[article_id] |= {"key": key, "version": version, "index": list(row) if row else None}
        return state
    finally:
        conn.execute("COMMIT")


def integrity_problems(db: Path) -> list[str]:
    """What is wrong with the archive as a database: SQLite's and FTS5's own checks, stray rows."""
    from svodka.archive import fts

    conn = sqlite3.connect(db / "archive.sqlite")
    problems: list[str] = []
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            problems.append(f"integrity_check: {check}")
        try:
            conn.execute(f"INSERT INTO {fts.TABLE}({fts.TABLE}) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as exc:
            problems.append(f"full-text index: {exc}")
        stray = conn.execute(f"SELECT count(*) FROM {fts.TABLE} WHERE rowid NOT IN (SELECT pk FROM articles)").fetchone()[0]
        if stray:
            problems.append(f"{stray} index rows without an article")
        for table in ("entities", "quotes", "times", "related", "warnings", "versions", "inputs"):
            orphans = conn.execute(f"SELECT count(*) FROM {table} WHERE article NOT IN (SELECT pk FROM articles)").fetchone()[0]
            if orphans:
                problems.append(f"{orphans} {table} rows without an article")
    finally:
        conn.close()
    return problems


def differences(expected: dict[str, dict[str, Any]], found: dict[str, dict[str, Any]]) -> list[str]:
    """How `found` differs from `expected`: missing, extra and differing articles."""
    missing = sorted(set(expected) - set(found))
    extra = sorted(set(found) - set(expected))
    differing = sorted(i for i in set(expected) & set(found) if expected[i] != found[i])
    out = [f"missing {i}: {expected[i]['url'] or expected[i]['headline']}" for i in missing]
    out += [f"extra {i}: {found[i]['url'] or found[i]['headline']}" for i in extra]
    for i in differing:
        fields = [k for k in expected[i] if expected[i].get(k) != found[i].get(k)]
        out.append(f"differs {i}: {', '.join(fields)}")
    return out
