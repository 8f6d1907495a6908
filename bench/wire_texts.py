"""Texts of the news-wire articles that `tests/data/quotes_wire_*.jsonl` annotate.

`ner/collection5` holds 1,000 Russian news texts of 2008-2010, most of them RIA Novosti wire copy:
the era and the outlets of the DAnIEL articles the issue's quotation measure names, but texts the
quotation extractor was never written or tuned on, which is why their annotated sample is a blind
measure of that measure. An article's text is Collection5's, line breaks made "\\n" and the ends
stripped (headline first, then the date line, then the text); its id is "ne5-" and Collection5's id.

The samples were fixed before anyone annotated them: the texts of at least 600 characters, ordered by
id; batch 1 is 40 of them drawn with `random.Random(20261201).sample` (annotator A took the first 20, B
the next 20; both blind), batch 2 is 80 drawn from the rest with seed 20261202 (C, D, E and F took 20
each, in that order; development sets).

    .venv/bin/python bench/wire_texts.py OUT_DIR [--batch 1|2] [--data ../shared/data]

writes each chosen article to OUT_DIR/<part>/<position>_<id>.txt for the annotators (outside the
repo: the texts are never stored in it).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: the repo's bench package
    sys.path.insert(0, str(ROOT))

COLLECTION5 = Path("ner/collection5/ne5.raw.jsonl.gz")
MIN_CHARS = 600  # shorter items are one-paragraph announcements
SEED = 20261201  # batch n is drawn with SEED + n - 1 from what the batches before it left
SAMPLES = (40, 80)
SHARE = 20  # articles per annotator
ANNOTATORS = ("A", "B", "C", "D", "E", "F")


def wire_texts(data: Path) -> dict[str, str]:
    """Every Collection5 text by its id here ({} when the data set is absent)."""
    path = data / COLLECTION5
    if not path.is_file():
        return {}
    out = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            source = json.loads(line)["source"]
            out[f"ne5-{source['id']}"] = source["text"].replace("\r\n", "\n").replace("\r", "\n").strip()
    return out


def sample_ids(texts: dict[str, str], batch: int = 1) -> list[str]:
    """The ids of one batch of the sample, in its order."""
    left = sorted(pid for pid, text in texts.items() if len(text) >= MIN_CHARS)
    for n, size in enumerate(SAMPLES[:batch], 1):
        drawn = random.Random(SEED + n - 1).sample(left, size)
        left = [pid for pid in left if pid not in set(drawn)]
    return drawn


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--batch", type=int, choices=range(1, len(SAMPLES) + 1), default=1)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = ap.parse_args(argv)
    from bench.silver_texts import write_for_annotators

    texts = wire_texts(args.data)
    if not texts:
        print(f"Error: no {args.data / COLLECTION5}", file=sys.stderr)
        return 1
    ids = sample_ids(texts, args.batch)
    first = sum(SAMPLES[:args.batch - 1]) // SHARE
    write_for_annotators(args.out, [(ANNOTATORS[first + k // SHARE], k % SHARE, pid) for k, pid in enumerate(ids)], texts)
    print(f"{len(ids)} articles written under {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
