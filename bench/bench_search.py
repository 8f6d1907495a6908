"""Search at scale, ours beside two peers, on the same articles and the same 50 queries.

    .venv/bin/python bench/bench_search.py --size 100000 [--dir /tmp/svodka-bench] [--runs 5]

Systems: ours (FTS5 over analysed keys: stem of the lemma), FTS5 on the raw text (unicode61, no
morphology) and tantivy with its Russian Snowball stemmer. The archive is real news text from
../shared/data (silver threads, tgcontest pages, DAnIEL bodies, Telegram channel posts) re-used under
varied ids and dates up to --size articles. Reported: build time, index size, search latency p50/p95
for top-10 by rank (each system searched in a fresh process, whose peak memory is reported too), and
recall on the unique articles against a morphology-aware reference (bench/search_reference.py).
Builds are kept in --dir (outside the repository) and reused when present; --rebuild forces them.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from search_corpus import BASE_SIZE_NOTE, Doc, base_docs, replicated
from search_queries import QUERIES
from search_reference import recall_table

from svodka.archive import db, fts
from svodka.archive.analysis import Analyzer, normal_word
from svodka.archive.query import Compiler, parse
from svodka.archive.search import CANDIDATES, Filters, candidate_sql, match_expression, search
from svodka.model import Article

BATCH = 2000
SYSTEMS = ("ours", "fts5-raw", "tantivy")
# ours timed three ways on its one build: the API (hits with snippets), ranking alone, newest first
TIMED = ("ours", "ours-ids", "ours-date")


class RawAnalyzer(Analyzer):
    """The peer's view of words: lower case only, so the same query compiler writes its FTS5 queries."""

    def key_of_normal(self, norm: str) -> str:
        return norm

    def prefix_key(self, prefix: str) -> str:
        return normal_word(prefix)


# --- building ---------------------------------------------------------------------------------------

def build_ours(docs: Iterator[Doc], folder: Path) -> None:
    analyzer = Analyzer()
    conn = db.connect(folder)
    conn.execute("PRAGMA synchronous = OFF")
    batch: list[Doc] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) == BATCH:
            insert_ours(conn, batch, analyzer)
            batch = []
    insert_ours(conn, batch, analyzer)
    conn.execute(f"INSERT INTO {fts.TABLE}({fts.TABLE}) VALUES ('optimize')")
    conn.close()


def insert_ours(conn: sqlite3.Connection, batch: list[Doc], analyzer: Analyzer) -> None:
    if not batch:
        return
    conn.execute("BEGIN")
    rows = [article_row(d) for d in batch]
    required = required_columns(conn)
    for row, doc in zip(rows, batch, strict=True):
        for name in required - row.keys():
            row[name] = doc.id  # bookkeeping columns (hashes, keys) the search never reads
    names = list(rows[0]) if rows else []
    conn.executemany(f"INSERT INTO articles({', '.join(names)}) VALUES ({', '.join(':' + n for n in names)})", rows)
    index = [(d.rowid, *fts.index_row(Article(id=d.id, headline=d.headline, body=d.body), analyzer)) for d in batch]
    conn.executemany(f"INSERT INTO {fts.TABLE}(rowid, {', '.join(fts.COLUMNS)}) VALUES (?, ?, ?, ?, ?)", index)
    conn.execute("COMMIT")


def article_row(d: Doc) -> dict[str, Any]:
    return {"pk": d.rowid, "id": d.id, "url": d.url, "source": d.source, "headline": d.headline,
            "published": d.published, "published_day": d.published[:10], "published_utc": d.published,
            "text": d.headline + "\n\n" + "\n\n".join(d.body), "body": json.dumps(d.body, ensure_ascii=False)}


def required_columns(conn: sqlite3.Connection) -> set[str]:
    """The articles table's NOT NULL columns without a default (the storage schema may grow some)."""
    return {row[1] for row in conn.execute("PRAGMA table_info(articles)") if row[3] and row[4] is None and not row[5]}


def build_raw(docs: Iterator[Doc], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(folder / "raw.sqlite", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("CREATE VIRTUAL TABLE raw_fts USING fts5(headline, body, tokenize='unicode61')")
    conn.execute("INSERT INTO raw_fts(raw_fts, rank) VALUES ('rank', 'bm25(3.0, 1.0)')")
    batch: list[tuple[int, str, str]] = []
    for doc in docs:
        batch.append((doc.rowid, doc.headline, "\n".join(doc.body)))
        if len(batch) == BATCH:
            insert_raw(conn, batch)
            batch = []
    insert_raw(conn, batch)
    conn.execute("INSERT INTO raw_fts(raw_fts) VALUES ('optimize')")
    conn.close()


def insert_raw(conn: sqlite3.Connection, batch: list[tuple[int, str, str]]) -> None:
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO raw_fts(rowid, headline, body) VALUES (?, ?, ?)", batch)
    conn.execute("COMMIT")


def tantivy_index(folder: Path, create: bool) -> Any:
    import tantivy

    builder = tantivy.SchemaBuilder()
    builder.add_integer_field("rid", stored=True, indexed=True)
    builder.add_text_field("headline", tokenizer_name="ru_stem")
    builder.add_text_field("body", tokenizer_name="ru_stem")
    schema = builder.build()
    folder.mkdir(parents=True, exist_ok=True)
    index = tantivy.Index(schema, path=str(folder), reuse=not create)
    analyzer = (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple()).filter(tantivy.Filter.remove_long(40))
                .filter(tantivy.Filter.lowercase()).filter(tantivy.Filter.stemmer("russian")).build())
    index.register_tokenizer("ru_stem", analyzer)
    return index


def build_tantivy(docs: Iterator[Doc], folder: Path) -> None:
    import tantivy

    index = tantivy_index(folder, create=True)
    writer = index.writer(heap_size=200_000_000, num_threads=1)
    for doc in docs:
        writer.add_document(tantivy.Document(rid=doc.rowid, headline=doc.headline, body="\n".join(doc.body)))
    writer.commit()
    writer.wait_merging_threads()


BUILDERS = {"ours": build_ours, "fts5-raw": build_raw, "tantivy": build_tantivy}


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def index_size(system: str, folder: Path) -> int:
    """Bytes of the full-text index: the FTS5 tables with their stored copy of the column text (ours:
    the keys; the raw peer: the text), not ours' articles table; tantivy stores no text."""
    if system == "tantivy":
        return folder_size(folder)
    path, table = (folder / db.DB_FILE, fts.TABLE) if system == "ours" else (folder / "raw.sqlite", "raw_fts")
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE ?", (table + "%",)).fetchone()
    finally:
        conn.close()
    return int(row[0] or 0)


def build_all(size: int, root: Path, rebuild: bool, base: list[Doc]) -> dict[str, dict[str, float]]:
    """Each system's build (seconds, bytes), building only what is missing."""
    figures: dict[str, dict[str, float]] = {}
    for system in SYSTEMS:
        folder = root / f"{size}" / system
        stamp = folder / "built.json"
        if rebuild and folder.exists():
            shutil.rmtree(folder)
        if not stamp.exists():
            if folder.exists():
                shutil.rmtree(folder)
            print(f"building {system} ({size:,} articles) in {folder} ...", flush=True)
            started = time.perf_counter()
            BUILDERS[system](replicated(base, size), folder)
            elapsed = time.perf_counter() - started
            stamp.write_text(json.dumps({"seconds": elapsed, "bytes": index_size(system, folder)}))
        figures[system] = json.loads(stamp.read_text())
    return figures


# --- searching (in a fresh process per system) ------------------------------------------------------

def tantivy_query(node: Any) -> str:
    """Our parsed query in tantivy's syntax (it analyses the words itself)."""
    from svodka.archive.query import And, Or, Phrase, Term

    if isinstance(node, Term):
        return node.word.lower() + "*" if node.prefix else f'"{node.word}"'
    if isinstance(node, Phrase):
        return f'"{node.words}"' + ("*" if node.prefix else "")
    if isinstance(node, Or):
        return "(" + " OR ".join(tantivy_query(p) for p in node.parts) + ")"
    if isinstance(node, And):
        return "(" + " ".join([*(f"+{tantivy_query(p)}" for p in node.parts),
                               *(f"-{tantivy_query(p)}" for p in node.excluded)]) + ")"
    raise TypeError(node)


def searcher(system: str, folder: Path) -> Any:
    """A function query → top-10 ids for one system, its models built once."""
    if system == "ours":
        analyzer = Analyzer()
        conn = db.connect(folder, create=False)
        return lambda q: [hit.id for hit in search(conn, q, analyzer, limit=10)]
    if system == "ours-ids":  # ranking alone, no article rows or snippets: what the peers return
        analyzer = Analyzer()
        conn = db.connect(folder, create=False)
        sql = candidate_sql(Filters(), "rank")
        return lambda q: [r[0] for r in conn.execute(sql, (match_expression(q, Filters(), analyzer), CANDIDATES, 10))]
    if system == "ours-date":  # the whole API, newest first: every match is ordered, none skipped
        analyzer = Analyzer()
        conn = db.connect(folder, create=False)
        return lambda q: [hit.id for hit in search(conn, q, analyzer, limit=10, sort="date")]
    if system == "fts5-raw":
        raw = Compiler(RawAnalyzer())
        rconn = sqlite3.connect(folder / "raw.sqlite")
        return lambda q: [r[0] for r in rconn.execute(
            "SELECT rowid FROM raw_fts WHERE raw_fts MATCH ? ORDER BY rank LIMIT 10",
            ("{headline body} : (" + raw.expression(parse(q)) + ")",))]
    index = tantivy_index(folder, create=False)
    index.reload()
    ts = index.searcher()

    def run(q: str) -> list[int]:
        query = index.parse_query(tantivy_query(parse(q)), ["headline", "body"], field_boosts={"headline": 3.0})
        return [ts.doc(address)["rid"][0] for _, address in ts.search(query, 10).hits]
    return run


def all_matches(system: str, folder: Path, size: int) -> Callable[[str], set[int]]:
    """A function query → the row ids of every article the system finds for it."""
    if system == "tantivy":
        index = tantivy_index(folder, create=False)
        index.reload()
        ts = index.searcher()

        def run(q: str) -> set[int]:
            query = index.parse_query(tantivy_query(parse(q)), ["headline", "body"])
            return {ts.doc(address)["rid"][0] for _, address in ts.search(query, size).hits}
        return run
    if system == "ours":
        analyzer = Analyzer()
        conn = db.connect(folder, create=False)
        return lambda q: {r[0] for r in conn.execute(
            f"SELECT rowid FROM {fts.TABLE} WHERE {fts.TABLE} MATCH ?", (match_expression(q, Filters(), analyzer),))}
    raw = Compiler(RawAnalyzer())
    rconn = sqlite3.connect(folder / "raw.sqlite")
    return lambda q: {r[0] for r in rconn.execute(
        "SELECT rowid FROM raw_fts WHERE raw_fts MATCH ?", ("{headline body} : (" + raw.expression(parse(q)) + ")",))}


def time_queries(system: str, folder: Path, runs: int) -> dict[str, Any]:
    run = searcher(system, folder)
    times: list[float] = []
    errors: list[str] = []
    for q in QUERIES:
        try:
            run(q)  # warm: the first touch of a doclist reads it from disk
        except Exception as exc:  # a peer's parser may refuse a query: count it, go on
            errors.append(f"{q}: {exc}")
            continue
        for _ in range(runs):
            started = time.perf_counter()
            run(q)
            times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {"p50": statistics.median(times), "p95": times[int(len(times) * 0.95) - 1], "max": times[-1],
            "rss_mb": peak_rss_mb(), "errors": errors}


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM: ru_maxrss would count the parent forked from)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed_in_child(system: str, folder: Path, runs: int) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, "--time-one", system, "--folder", str(folder),
                          "--runs", str(runs)], capture_output=True, text=True, check=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--dir", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "svodka-bench")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--no-recall", action="store_true", help="skip the recall comparison")
    parser.add_argument("--time-one", choices=(*SYSTEMS, *TIMED), help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.time_one:
        print(json.dumps(time_queries(args.time_one, args.folder, args.runs)))
        return
    base = base_docs()
    print(f"base corpus: {len(base):,} unique articles ({BASE_SIZE_NOTE}); archive: {args.size:,} articles")
    builds = build_all(args.size, args.dir, args.rebuild, base)
    print(f"\n{len(QUERIES)} queries × {args.runs} runs, top-10 by rank, each system in a fresh process")
    print(f"{'system':10} {'build s':>9} {'index MB':>9} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'RSS MB':>7}")
    for system in (*TIMED, *SYSTEMS[1:]):
        build = "ours" if system in TIMED else system
        built = builds[build]
        timing = timed_in_child(system, args.dir / f"{args.size}" / build, args.runs)
        print(f"{system:10} {built['seconds']:9.1f} {built['bytes'] / 2**20:9.1f} "
              f"{timing['p50']:8.2f} {timing['p95']:8.2f} {timing['max']:8.1f} {timing['rss_mb']:7.0f}")
        for error in timing["errors"]:
            print(f"  {system} refused {error}")
    if not args.no_recall:
        build_all(len(base), args.dir, False, base)
        print()
        systems = {system: all_matches(system, args.dir / f"{len(base)}" / system, len(base)) for system in SYSTEMS}
        for line in recall_table(base, QUERIES, systems):
            print(line)


if __name__ == "__main__":
    main()
