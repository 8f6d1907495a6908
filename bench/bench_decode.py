"""Undeclared-encoding benchmark: svodka's decode_page against charset_normalizer alone.

Inputs are made from the gold paragraphs of `extract/daniel-ru-dev/gold.jsonl` under `--data`
(default `../shared/data`): for each article, its first paragraph cut to 3, 6, 12 and 40 words, and
its whole body as a bare HTML page (no charset declared), each encoded in the Russian single-byte codes
cp1251, koi8-r, mac-cyrillic and cp866. A reading is right when it gives back the text exactly.

charset_normalizer is called as `from_bytes(data).best()` and its pick decoded with errors="replace",
the way a caller with no Russian knowledge would use it.

Run from the repo root:

    .venv/bin/python bench/bench_decode.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from charset_normalizer import from_bytes

from svodka.errors import InputError
from svodka.sources.decode import decode_page

CODECS = ("cp1251", "koi8-r", "mac-cyrillic", "cp866")
LENGTHS = (3, 6, 12, 40)


def cases(gold: Path) -> dict[str, list[str]]:
    """Kind of input → its texts."""
    out: dict[str, list[str]] = {f"{n} words": [] for n in LENGTHS}
    out["whole page"] = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        body = json.loads(line)["body"]
        words = body[1].split() if len(body) > 1 else body[0].split()
        for n in LENGTHS:
            if len(words) >= n:
                out[f"{n} words"].append(" ".join(words[:n]))
        paras = "".join(f"<p>{p}</p>" for p in body[1:])
        out["whole page"].append(f"<html><head><title>{body[0]}</title></head><body>{paras}</body></html>")
    return out


def charset_normalizer_alone(data: bytes) -> str:
    best = from_bytes(data).best()
    return "" if best is None or best.encoding is None else data.decode(best.encoding, errors="replace")


def ours(data: bytes) -> str:
    try:
        return decode_page(data)
    except InputError:
        return ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default="../shared/data", type=Path)
    args = parser.parse_args()
    gold = args.data / "extract" / "daniel-ru-dev" / "gold.jsonl"
    if not gold.exists():
        print(f"no {gold}: nothing to measure", file=sys.stderr)
        return 1
    systems: dict[str, Callable[[bytes], str]] = {"svodka": ours, "charset_normalizer": charset_normalizer_alone}
    print(f"{'input':<12} {'codec':<13} {'n':>4}  " + "  ".join(f"{s:>18}" for s in systems))
    totals = dict.fromkeys(systems, 0)
    seconds = dict.fromkeys(systems, 0.0)
    count = 0
    for kind, texts in cases(gold).items():
        for codec in CODECS:
            encodable = [t for t in texts if t.encode(codec, errors="replace").decode(codec) == t]
            row = []
            for name, system in systems.items():
                start = time.perf_counter()
                right = sum(system(t.encode(codec)) == t for t in encodable)
                seconds[name] += time.perf_counter() - start
                totals[name] += right
                row.append(f"{right / len(encodable):>18.3f}" if encodable else f"{'-':>18}")
            count += len(encodable)
            print(f"{kind:<12} {codec:<13} {len(encodable):>4}  " + "  ".join(row))
    print(f"{'all':<12} {'':<13} {count:>4}  " + "  ".join(f"{totals[s] / count:>18.3f}" for s in systems))
    print(f"{'seconds':<12} {'':<13} {'':>4}  " + "  ".join(f"{seconds[s]:>18.1f}" for s in systems))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
