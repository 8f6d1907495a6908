"""The real `svodka ingest` and `svodka errors` commands in subprocesses: the summary, exit codes, one
`Error: FILE: reason` line per bad input (never a traceback), errors recorded, where the archive lives."""

from __future__ import annotations

import gzip
import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
SUMMARY = re.compile(r": (\d+) new, (\d+) updated, (\d+) duplicates, (\d+) rejected in [\d.]+ s \([\d.]+ articles/s\)$")
PARAS = [
    "Городская управа Калуги объявила о закупке сорока новых автобусов большой вместимости. Первые машины "
    "выйдут на маршруты уже в сентябре, остальные появятся до конца декабря.",
    "По словам заместителя городского головы, новые автобусы оборудованы низким полом, кондиционерами и "
    "системой оплаты проезда банковскими картами. Старые машины спишут.",
]


def run(*args: str, cwd: Path = REPO, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "SVODKA_"))}
    base["PYTHONPATH"] = str(REPO)
    return subprocess.run([sys.executable, "-m", "svodka", *args], cwd=cwd, env=base | (env or {}),
                          capture_output=True, text=True, encoding="utf-8", timeout=600, check=False)


def summary(result: subprocess.CompletedProcess[str]) -> tuple[int, ...]:
    """(new, updated, duplicates, rejected) from the summary line."""
    match = SUMMARY.search(result.stdout.strip())
    assert match, f"no summary line in:\n{result.stdout}\n{result.stderr}"
    return tuple(int(g) for g in match.groups())


def error_lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    lines = result.stderr.splitlines()
    assert all(line.startswith("Error: ") for line in lines), f"stray stderr lines:\n{result.stderr}"
    return lines


def page(headline: str, url: str | None = None) -> str:
    og = f'<meta property="og:url" content="{url}">' if url else ""
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (f"<html><head>{og}<title>{headline}</title></head><body><h1>{headline}</h1>"
            f"<div class='date'>12.03.2013 10:15</div><article>{body}</article></body></html>")


def test_samples_are_stored_once_however_often_ingested(tmp_path: Path) -> None:
    db = tmp_path / "archive"
    first = run("ingest", str(SAMPLES), "--db", str(db), "-j", "2")
    assert first.returncode == 0, first.stderr
    assert error_lines(first) == []
    new, updated, duplicates, rejected = summary(first)
    # samples/warc-src holds the WARC's two pages again: the same articles
    assert (new, updated, duplicates, rejected) == (8, 0, 2, 0)
    again = run("ingest", str(SAMPLES), "--db", str(db))
    assert again.returncode == 0
    assert summary(again) == (0, 0, 10, 0)
    conn = sqlite3.connect(db / "archive.sqlite")
    assert conn.execute("SELECT count(*), sum(version) FROM articles").fetchone() == (8, 8)
    assert conn.execute("SELECT count(*) FROM entities").fetchone()[0] > 0, "enrichment is stored"
    assert conn.execute("SELECT count(*) FROM runs WHERE finished IS NOT NULL").fetchone()[0] == 2


def write_bad(folder: Path) -> dict[str, str]:
    """Bad inputs by file name → a word the reason gives."""
    (folder / "empty.html").write_bytes(b"")
    (folder / "binary.html").write_bytes(bytes(range(256)) * 8 + b"\x00\x00\x00")
    packed = gzip.compress(page("Обрыв").encode("utf-8"))
    (folder / "truncated.html.gz").write_bytes(packed[: len(packed) // 2])
    (folder / "menu.html").write_text("<html><body><ul><li><a href='/'>Главная</a></li></ul></body></html>")
    (folder / "lines.jsonl").write_text('{"title": "Нет текста"}\nnot json\n[1, 2]\n', "utf-8")
    return {"empty.html": "empty", "binary.html": "binary", "truncated.html.gz": "truncated",
            "menu.html": "no article text", "lines.jsonl:1": "no article text", "lines.jsonl:2": "not json",
            "lines.jsonl:3": "not an article", "missing.html": "no such file"}


def test_bad_inputs_are_reported_recorded_and_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    bad = write_bad(folder)
    for n in range(3):
        (folder / f"good{n}.html").write_text(page(f"Новые автобусы для Калуги, часть {n}"), "utf-8")
    db = tmp_path / "archive"
    result = run("ingest", str(folder), str(folder / "missing.html"), "--db", str(db), "--fast")
    assert result.returncode == 1, "the exit code says something failed"
    lines = error_lines(result)
    assert summary(result) == (3, 0, 0, len(bad))
    assert len(lines) == len(bad)
    for name, word in bad.items():
        line = next((x for x in lines if x.startswith(f"Error: {folder / name}:")), None)
        assert line is not None, f"no error line for {name}:\n{result.stderr}"
        assert word in line.lower(), line
    listed = run("errors", "--db", str(db))
    assert listed.returncode == 0
    rows = [line.split("\t") for line in listed.stdout.splitlines()]
    assert len(rows) == len(bad)
    assert all(re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", row[0]) for row in rows), "each has its time"
    assert {row[1] for row in rows} == {str(folder / name) for name in bad}


def test_errors_says_when_there_are_none(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_text(page("Автобусы для Калуги", "https://kaluga.example/bus"), "utf-8")
    db = tmp_path / "archive"
    assert run("ingest", "p.html", "--fast", "--db", str(db), cwd=tmp_path).returncode == 0
    listed = run("errors", "--db", str(db))
    assert listed.returncode == 0
    assert listed.stdout == ""
    assert listed.stderr.strip() == f"No rejected inputs recorded in {db}"


def test_archive_folder_from_environment_then_default(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_text(page("Автобусы для Калуги", "https://kaluga.example/bus"), "utf-8")
    via_env = run("ingest", "p.html", "--fast", cwd=tmp_path, env={"SVODKA_DB": str(tmp_path / "env-db")})
    assert via_env.returncode == 0, via_env.stderr
    assert (tmp_path / "env-db" / "archive.sqlite").exists()
    default = run("ingest", "p.html", "--fast", cwd=tmp_path)
    assert default.returncode == 0, default.stderr
    assert (tmp_path / "svodka-data" / "archive.sqlite").exists()


def test_reading_commands_need_an_archive(tmp_path: Path) -> None:
    for command in (["errors"], ["export"], ["quotes", "--speaker", "Лавров"]):
        result = run(*command, "--db", str(tmp_path / "none"))
        assert result.returncode == 1
        assert error_lines(result) == [f"Error: {tmp_path / 'none'}: no archive here (run `svodka ingest` "
                                       "first, or pass --db DIR)"]


def test_jsonl_export_records_keep_their_other_fields(tmp_path: Path) -> None:
    records = [
        {"title": "Автобусы для Калуги", "text": "\n".join(PARAS), "url": "https://kaluga.example/bus",
         "outlet": "Калужский вестник", "date": "2013-03-12T10:15:00+04:00", "thread_id": "city/7",
         "tags": ["транспорт"]},
        {"headline": "Без адреса", "body": PARAS[0], "site": "Городские вести", "time": 1363068900},
    ]
    path = tmp_path / "export.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    db = tmp_path / "archive"
    result = run("ingest", str(path), "--db", str(db), "--fast")
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(db / "archive.sqlite")
    rows = conn.execute("SELECT headline, source, outlet, published, json_extract(meta, '$.thread_id'), "
                        "json_extract(meta, '$.tags[0]'), origin FROM articles ORDER BY pk").fetchall()
    assert rows == [
        ("Автобусы для Калуги", "kaluga.example", "Калужский вестник", "2013-03-12T10:15:00+04:00", "city/7",
         "транспорт", f"{path}:1"),
        ("Без адреса", "Городские вести", "Городские вести", "2013-03-12T06:15:00+00:00", None, None, f"{path}:2"),
    ]


@pytest.mark.parametrize("value", ["0", "-3", "x"])
def test_bad_job_counts_are_refused(tmp_path: Path, value: str) -> None:
    result = run("ingest", str(SAMPLES), "--db", str(tmp_path), "-j", value)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
