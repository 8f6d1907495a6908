"""The real `svodka extract` command in a subprocess: bad input gives one `Error:` line, never a traceback."""

from __future__ import annotations

import gzip
import json
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"

HEADLINE = "Жители Калуги получат новые автобусы до конца года"
PARAS = [
    "Городская управа Калуги объявила о закупке сорока новых автобусов большой вместимости. Первые машины "
    "выйдут на маршруты уже в сентябре, остальные появятся до конца декабря.",
    "По словам заместителя городского головы, новые автобусы оборудованы низким полом, кондиционерами и "
    "системой оплаты проезда банковскими картами. Старые машины спишут.",
    "Жители давно жаловались на состояние общественного транспорта. В прошлом году на линию ежедневно "
    "выходило не более шестидесяти процентов подвижного состава.",
]


def page(headline: str = HEADLINE, meta: str = "") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in PARAS)
    return (f"<html><head>{meta}<title>{headline}</title></head><body><h1>{headline}</h1>"
            f"<div class='date'>12.03.2013 10:15</div><article>{body}</article></body></html>")


def run(*args: str, cwd: Path, command: str = "extract") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONPATH"] = str(REPO)
    return subprocess.run([sys.executable, "-m", "svodka", command, *args], cwd=cwd, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120, check=False)


def error_lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout, result.stderr
    lines = result.stderr.splitlines()
    assert all(line.startswith("Error: ") for line in lines), f"stray stderr lines:\n{result.stderr}"
    return lines


def jsonl(result: subprocess.CompletedProcess[str]) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def write_bad(folder: Path) -> dict[str, str]:
    """Bad inputs by file name → a word the reason should contain (lower case)."""
    (folder / "empty.html").write_bytes(b"")
    rnd = random.Random(20240705)
    blob = bytes(rnd.randrange(256) for _ in range(3000))
    (folder / "binary.html").write_bytes(blob[:1500] + b"\x00\x00\x00" + blob[1500:])
    packed = gzip.compress(page().encode("utf-8"))
    (folder / "truncated.html.gz").write_bytes(packed[: len(packed) // 2])
    (folder / "huge.html").write_bytes(b"<html><body><p>" + b"a" * (11 * 1024 * 1024) + b"</p></body></html>")
    # every byte 0x80-0xff: neither utf-8 nor any text in a single-byte code
    (folder / "undecodable.html").write_bytes(bytes(range(0x80, 0x100)) * 40)
    return {
        "empty.html": "empty",
        "binary.html": "binary",
        "truncated.html.gz": "truncated",
        "huge.html": "mb",
        "undecodable.html": "encoding",
        "missing.html": "no such file",
    }


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("batch")
    bad = write_bad(folder)
    for name in ("good1", "good2", "good3"):
        (folder / f"{name}.html").write_text(page(f"{HEADLINE} ({name})"), encoding="utf-8")
    return folder, bad


@pytest.mark.parametrize("name", ["empty.html", "binary.html", "truncated.html.gz", "huge.html",
                                  "undecodable.html", "missing.html"])
def test_bad_input_alone(name: str, batch: tuple[Path, dict[str, str]]) -> None:
    folder, bad = batch
    result = run(name, cwd=folder)
    lines = error_lines(result)
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"Error: {name}: ")
    reason = lines[0].removeprefix(f"Error: {name}: ")
    assert bad[name] in reason.lower(), lines[0]
    assert result.stdout == ""
    assert result.returncode == 1


def test_batch_goes_on_past_bad_files(batch: tuple[Path, dict[str, str]]) -> None:
    folder, bad = batch
    order = ["good1.html", "empty.html", "binary.html", "good2.html", "truncated.html.gz", "huge.html",
             "undecodable.html", "missing.html", "good3.html"]
    result = run("--format", "jsonl", *order, cwd=folder)
    lines = error_lines(result)
    assert [line.split(": ")[1] for line in lines] == [n for n in order if n in bad]
    docs = jsonl(result)
    assert [d["id"] for d in docs] == ["good1", "good2", "good3"]
    assert [d["headline"] for d in docs] == [f"{HEADLINE} ({n})" for n in ("good1", "good2", "good3")]
    assert all(d["body"] == PARAS for d in docs)
    assert result.returncode == 0


def test_all_bad_exits_1(batch: tuple[Path, dict[str, str]]) -> None:
    folder, bad = batch
    result = run("--format", "jsonl", *bad, cwd=folder)
    assert len(error_lines(result)) == len(bad)
    assert result.stdout == ""
    assert result.returncode == 1


def test_json_one_object_or_array(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(page("Первая новость о погоде в Калуге"), encoding="utf-8")
    (tmp_path / "b.html").write_text(page("Вторая новость о погоде в Калуге"), encoding="utf-8")
    one = run("a.html", cwd=tmp_path)
    assert one.returncode == 0 and error_lines(one) == []
    doc = json.loads(one.stdout)
    assert isinstance(doc, dict) and doc["headline"] == "Первая новость о погоде в Калуге"
    two = run("--format", "json", "a.html", "b.html", cwd=tmp_path)
    docs = json.loads(two.stdout)
    assert isinstance(docs, list) and [d["id"] for d in docs] == ["a", "b"]


def test_bad_reference_time(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(page(), encoding="utf-8")
    result = run("--reference-time", "notatime", "a.html", cwd=tmp_path)
    lines = error_lines(result)
    assert len(lines) == 1 and "notatime" in lines[0]
    assert result.stdout == ""
    assert result.returncode == 1


def test_bad_url(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(page(), encoding="utf-8")
    result = run("--fast", "--url", "http://[x/a", "a.html", cwd=tmp_path)
    assert error_lines(result) == ["Error: --url 'http://[x/a' is not a URL (no host in it)"]
    assert result.stdout == "" and result.returncode == 1


def test_malformed_links_are_no_addresses() -> None:
    from svodka.extract.page import absolute, host_of

    assert host_of("[") is None and host_of("http://[::1") is None and host_of("ria.ru/a") == "ria.ru"
    assert absolute("/a", "http://[x/") is None and absolute("/a", "https://ria.ru/b") == "https://ria.ru/a"


def test_reference_time_resolves_feed_times(tmp_path: Path) -> None:
    result = run("--reference-time", "2023-03-14T11:00:00+03:00", str(SAMPLES / "seed-style.txt"), cwd=tmp_path)
    assert result.returncode == 0 and error_lines(result) == []
    related = json.loads(result.stdout)["related"]
    assert related[0]["time"] == "2023-03-14T10:31:00+03:00"
    assert related[3]["time"] == "2023-03-13T19:02:00+03:00"


def test_warc_pages(tmp_path: Path) -> None:
    result = run("--format", "jsonl", str(SAMPLES / "archive.warc.gz"), cwd=tmp_path)
    assert result.returncode == 0 and error_lines(result) == []
    assert [d["url"] for d in jsonl(result)] == [
        "https://kamchatka-bereg.example/news/2023/03/14/ciklon-shkoly/",
        "https://tula-kurier.example/education/2023/03/13/robototehnika/",
    ]


@pytest.mark.parametrize(("codec", "meta"), [
    ("cp1251", ""),
    ("koi8-r", ""),
    ("koi8-r", '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'),
    ("cp1251", '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'),
], ids=["cp1251-undeclared", "koi8r-undeclared", "koi8r-declared", "cp1251-declared"])
def test_russian_single_byte_pages(codec: str, meta: str, tmp_path: Path) -> None:
    (tmp_path / "page.html").write_bytes(page(meta=meta).encode(codec))
    plain = HEADLINE + "\n\n12.03.2013 10:15\n\n" + "\n\n".join(PARAS) + "\n"
    (tmp_path / "page.txt").write_bytes(plain.encode(codec))
    result = run("--format", "jsonl", "page.html", "page.txt", cwd=tmp_path)
    assert result.returncode == 0 and error_lines(result) == []
    for doc in jsonl(result):
        assert doc["headline"] == HEADLINE
        assert doc["body"] == PARAS
        assert doc["published"] == "2013-03-12T10:15:00+04:00"


def test_empty_folder_says_why(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    result = run("pages", cwd=tmp_path)
    assert result.returncode == 1
    assert len(error_lines(result)) == 1


@pytest.mark.parametrize("keep", [0.33, 0.75])
def test_truncated_warc_is_reported(keep: float, tmp_path: Path) -> None:
    data = (SAMPLES / "archive.warc.gz").read_bytes()
    (tmp_path / "cut.warc.gz").write_bytes(data[: int(len(data) * keep)])
    result = run("--format", "jsonl", "cut.warc.gz", cwd=tmp_path)
    lines = error_lines(result)
    assert len(lines) == 1 and lines[0].startswith("Error: cut.warc.gz")
    assert "truncated" in lines[0].lower() or "broken" in lines[0].lower()


def test_not_a_warc(tmp_path: Path) -> None:
    (tmp_path / "junk.warc").write_bytes(b"not a warc at all\n" * 10)
    result = run("junk.warc", cwd=tmp_path)
    assert len(error_lines(result)) == 1
    assert result.returncode == 1


def write_damaged_warcs(folder: Path) -> dict[str, tuple[str, int]]:
    """Damaged archives by file name → (a word the reason holds, pages still read before the damage)."""
    packed = (SAMPLES / "archive.warc.gz").read_bytes()
    plain = gzip.decompress(packed)
    files = {
        "plain-cut.warc": (plain[: int(len(plain) * 0.97)], ("truncated", 1)),
        "one-member-cut.warc.gz": (gzip.compress(plain)[:-30], ("truncated", 1)),
        "trailing-junk.warc.gz": (packed + b"garbage!", ("gzip", 2)),
        "wrong-length.warc": (plain.replace(b"Content-Length: 215", b"Content-Length: 200", 1),
                              ("content-length", 2)),
        "not-warc.warc.gz": (gzip.compress(b"hello\n" * 20), ("not a warc", 0)),
    }
    for name, (data, _) in files.items():
        (folder / name).write_bytes(data)
    return {name: want for name, (_, want) in files.items()}


def test_damaged_warcs_say_why_after_their_good_pages(tmp_path: Path) -> None:
    """warcio's own warnings never reach stderr; each archive gives one line, after the pages read before."""
    want = write_damaged_warcs(tmp_path)
    for name, (word, pages) in want.items():
        result = run("--fast", "--format", "jsonl", name, cwd=tmp_path)
        lines = error_lines(result)
        assert len(lines) == 1 and lines[0].startswith(f"Error: {name}: "), (name, lines)
        assert word in lines[0].lower(), (name, lines)
        assert len(jsonl(result)) == pages, name


def test_enrich_text_file_keeps_its_text(tmp_path: Path) -> None:
    text = "Сергей Лавров заявил, что переговоры начнутся в январе.\n\nЛавров добавил подробности.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    result = run("a.txt", "--published", "2021-12-22", "--format", "jsonl", cwd=tmp_path, command="enrich")
    assert error_lines(result) == []
    [doc] = jsonl(result)
    assert doc["text"] == text
    assert doc["published"] == "2021-12-22"
    assert {"entities", "quotes", "times"} <= set(doc)


def test_enrich_jsonl_goes_past_bad_lines(tmp_path: Path) -> None:
    good = {"id": "x1", "headline": "Заголовок", "body": ["Первый абзац."]}
    lines = [json.dumps(good, ensure_ascii=False), "{broken", json.dumps([1, 2]), ""]
    (tmp_path / "a.jsonl").write_text("\n".join(lines), encoding="utf-8")
    result = run("a.jsonl", "missing.txt", "--format", "jsonl", cwd=tmp_path, command="enrich")
    errors = error_lines(result)
    assert len(errors) == 3
    assert errors[0].startswith("Error: a.jsonl:2: not JSON")
    assert errors[1] == "Error: a.jsonl:3: not an article (no text, headline or body)"
    assert errors[2].startswith("Error: missing.txt:")
    [doc] = jsonl(result)
    assert doc["id"] == "x1"
    assert doc["text"] == "Заголовок\nПервый абзац."
    assert result.returncode == 0


def test_enrich_bad_published(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Текст.", encoding="utf-8")
    result = run("a.txt", "--published", "вчера", cwd=tmp_path, command="enrich")
    assert result.returncode == 1
    assert error_lines(result) == ["Error: --published 'вчера' is not an ISO 8601 date or time"]
