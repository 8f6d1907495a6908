"""Eval gate: extraction quality floors on ../shared/data, pinned so no change lowers them silently.

The floors sit just under what the extractor measures today (bench/bench_extract.py prints the
same figures beside the peers'). Raise them when the extractor improves; never lower them to pass.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

import svodka

pytestmark = pytest.mark.eval

SHARED = Path(__file__).resolve().parents[2] / "shared"
DANIEL = SHARED / "data" / "extract" / "daniel-ru-dev"
AEB = SHARED / "data" / "extract" / "aeb"
SCORER = SHARED / "eval" / "score_extract.py"

FLOORS = {"daniel-html": 0.932, "daniel-txt": 0.89, "aeb": 0.97}


def need(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"../shared not present: {path} is needed for the quality floors")


@pytest.fixture(scope="module")
def scorer() -> ModuleType:
    need(SCORER)
    spec = importlib.util.spec_from_file_location("score_extract", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def f1(scorer: ModuleType, gold: dict[str, str], pred: dict[str, str]) -> float:
    """The reference scorer's figure: macro precision and recall over pages, then their harmonic mean."""
    ps, rs = [], []
    for pid, text in gold.items():
        p, r = scorer.page_scores(text, pred.get(pid, ""))
        if p is not None:
            ps.append(p)
        if r is not None:
            rs.append(r)
    precision, recall = sum(ps) / len(ps), sum(rs) / len(rs)
    return 2 * precision * recall / (precision + recall)


def daniel_gold() -> dict[str, str]:
    need(DANIEL / "gold.jsonl")
    rows = [json.loads(line) for line in (DANIEL / "gold.jsonl").open(encoding="utf-8") if line.strip()]
    return {r["id"]: "\n".join(r["body"]) for r in rows}


@pytest.mark.parametrize("suffix,floor_key", [(".html", "daniel-html"), (".txt", "daniel-txt")])
def test_daniel_floor(scorer: ModuleType, suffix: str, floor_key: str) -> None:
    gold = daniel_gold()
    pred = {pid: svodka.extract((DANIEL / "pages" / f"{pid}{suffix}").read_bytes(), id=pid).text for pid in gold}
    score = f1(scorer, gold, pred)
    assert score >= FLOORS[floor_key], f"{floor_key} F1 {score:.3f} fell below its floor {FLOORS[floor_key]}"


def test_aeb_floor(scorer: ModuleType) -> None:
    need(AEB / "ground-truth.json")
    truth = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
    gold = {k: v["articleBody"] for k, v in truth.items()}
    pred = {}
    for pid, row in truth.items():
        data = gzip.decompress((AEB / "html" / f"{pid}.html.gz").read_bytes())
        pred[pid] = "\n".join(svodka.extract(data, url=row.get("url"), id=pid).body)
    score = f1(scorer, gold, pred)
    assert score >= FLOORS["aeb"], f"aeb F1 {score:.3f} fell below its floor {FLOORS['aeb']}"
