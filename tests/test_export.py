"""`svodka export` and `svodka quotes` on a real archive: the contract's fields in every format, filters,
files that appear only when complete; quotations by speaker, newest first."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from svodka import cli
from svodka.archive import db, export, store
from svodka.archive.ingest import Report, ingest
from svodka.archive.pipeline import Pipeline, Settings, input_digest
from svodka.archive.read import articles
from svodka.model import Quote
from svodka.sources.page import Page

REPO = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "SVODKA_"))}
    env["PYTHONPATH"] = str(REPO)
    return subprocess.run([sys.executable, "-m", "svodka", *args], env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=300, check=False)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory, samples: Path) -> Path:
    """The sample pages, ingested with enrichment."""
    folder = tmp_path_factory.mktemp("export")
    conn = db.connect(folder)
    tally = ingest(conn, [str(samples)], Settings(), 1, Report(io.StringIO(), progress=False))
    assert tally.new == 8
    conn.close()
    return folder


@pytest.fixture(scope="module")
def stored(archive: Path) -> list[dict[str, Any]]:
    conn = db.connect(archive, create=False)
    return [a.to_dict() for a in articles(conn)]


def exported(archive: Path, tmp_path: Path, form: str, *options: str) -> Path:
    out = tmp_path / f"out.{form}"
    assert cli.main(["export", "--db", str(archive), "--format", form, "-o", str(out), *options]) == 0
    assert not list(tmp_path.glob("*.partial")), "no half-written file is left behind"
    return out


def test_jsonl_has_the_extract_fields_and_meets_the_contract(archive: Path, stored: list[dict[str, Any]],
                                                              tmp_path: Path,
                                                              validate: Callable[[dict[str, Any]], None]) -> None:
    lines = [json.loads(line) for line in exported(archive, tmp_path, "jsonl").read_text("utf-8").splitlines()]
    assert lines == stored
    for line in lines:
        validate(line)
        assert list(line) == list(export.FIELDS)
    assert any(line["entities"] for line in lines)


def test_jsonl_to_standard_output(archive: Path, stored: list[dict[str, Any]]) -> None:
    result = run("export", "--db", str(archive))
    assert result.returncode == 0, result.stderr
    assert [json.loads(line) for line in result.stdout.splitlines()] == stored


def test_csv_carries_lists_as_json(archive: Path, stored: list[dict[str, Any]], tmp_path: Path) -> None:
    with exported(archive, tmp_path, "csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(stored)
    for row, article in zip(rows, stored, strict=True):
        assert list(row) == list(export.FIELDS)
        assert json.loads(row["body"]) == article["body"]
        assert json.loads(row["entities"]) == article["entities"]
        assert row["headline"] == article["headline"]


def test_parquet_reads_back_as_the_same_articles(archive: Path, stored: list[dict[str, Any]], tmp_path: Path) -> None:
    table = pq.read_table(exported(archive, tmp_path, "parquet"))
    assert table.column_names == list(export.FIELDS)
    assert table.to_pylist() == stored


def test_filters(archive: Path, stored: list[dict[str, Any]], tmp_path: Path) -> None:
    def ids(*options: str) -> list[str]:
        path = exported(archive, tmp_path, "jsonl", *options)
        return [json.loads(line)["id"] for line in path.read_text("utf-8").splitlines()]

    in_2023 = [a["id"] for a in stored if (a["published"] or "").startswith("2023")]
    assert ids("--from", "2023-01-01", "--to", "2023-12-31") == in_2023
    host = "kamchatka-bereg.example"
    assert ids("--source", host) == [a["id"] for a in stored if a["source"] == host]
    assert ids("--from", "2030-01-01") == []


def test_a_bad_date_is_one_error_line(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["export", "--db", str(archive), "--from", "yesterday"]) == 1
    assert capsys.readouterr().err == "Error: --from 'yesterday' is not a date (YYYY-MM-DD)\n"


SAID = [
    # (published, speaker, quote)
    ("2023-03-10T10:00:00+03:00", "Алексей Огоньков", "Ремонт начнётся весной"),
    ("2023-03-14T09:00:00+03:00", "Алексей Огоньков", "Мы уложимся в срок"),
    ("2023-03-12T12:00:00+10:00", "Пётр Ёлкин", "Денег хватит"),
    ("2023-03-01T08:00:00+03:00", "Алексей Огоньков", "Подрядчик выбран"),
]


@pytest.fixture(scope="module")
def quoted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive of articles with known quotations (the enrichment's quotes come later)."""
    folder = tmp_path_factory.mktemp("quotes")
    conn = db.connect(folder)
    pipeline = Pipeline(Settings(enrich=False))
    for n, (published, speaker, said) in enumerate(SAID):
        html = (f"<html><head><meta property='og:url' content='https://tver.example/{n}'>"
                f"<meta property='article:published_time' content='{published}'></head><body>"
                f"<h1>Новость номер {n} о ремонте дорог</h1><article><p>«{said}», — сказал {speaker} журналистам "
                "на заседании городской думы, где обсуждали ремонт дорог.</p><p>Депутаты поддержали "
                "программу ремонта, на которую выделят два миллиарда рублей из областного бюджета.</p>"
                "</article></body></html>").encode()
        page = Page(name=f"{n}.html", data=html)
        item = pipeline.prepare(page, input_digest(page, pipeline.settings))
        item.article.quotes = [Quote(said, 1, 1 + len(said), speaker, "PER", "сказал", True, None)]
        with store.transaction(conn):
            store.save(conn, item)
    conn.close()
    return folder


def quotes(archive: Path, capsys: pytest.CaptureFixture[str], *options: str) -> tuple[int, list[dict[str, Any]]]:
    code = cli.main(["quotes", "--db", str(archive), "--format", "jsonl", *options])
    return code, [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_quotes_by_speaker_newest_first(quoted: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, found = quotes(quoted, capsys, "--speaker", "Огоньков")
    assert code == 0
    assert [q["text"] for q in found] == ["Мы уложимся в срок", "Ремонт начнётся весной", "Подрядчик выбран"]
    assert found[0]["article"]["url"] == "https://tver.example/1"
    assert found[0]["article"]["source"] == "tver.example"


@pytest.mark.parametrize(("name", "count"), [
    ("алексей огоньков", 3), ("Огоньков Алексей", 3), ("Огонькова", 0), ("Петр Елкин", 1), ("Ёлкин", 1),
    ("50%", 0), ("_", 0),
])
def test_speaker_names_match_by_whole_words(quoted: Path, capsys: pytest.CaptureFixture[str], name: str,
                                            count: int) -> None:
    code, found = quotes(quoted, capsys, "--speaker", name)
    assert len(found) == count
    assert code == (0 if count else 1)


def test_quotes_within_dates(quoted: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, found = quotes(quoted, capsys, "--speaker", "Огоньков", "--from", "2023-03-05", "--to", "2023-03-13")
    assert [q["text"] for q in found] == ["Ремонт начнётся весной"]


def test_quotes_as_text(quoted: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["quotes", "--db", str(quoted), "--speaker", "Ёлкин"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "2023-03-12 12:00  Пётр Ёлкин (сказал): «Денег хватит»",
        "    — tver.example: Новость номер 2 о ремонте дорог <https://tver.example/2>",
    ]


def test_quotes_are_stored_in_plain_tables(quoted: Path) -> None:
    conn = sqlite3.connect(Path(quoted) / db.DB_FILE)
    rows = conn.execute("SELECT a.url, q.speaker FROM quotes q JOIN articles a ON a.pk = q.article "
                        "WHERE q.speaker = 'Пётр Ёлкин'").fetchall()
    assert rows == [("https://tver.example/2", "Пётр Ёлкин")]
