"""Texts of the silver-threads articles that `tests/data/quotes_silver_*.jsonl` annotate.

`stories/silver-threads-2020-05-03` holds 4,605 articles of one day from 466 outlets: other outlets,
another year and other topics than the DAnIEL articles the quotation extractor was written on, which
is why its annotated sample is the blind measure. An article's text is its title and its text joined
with "\\n" (headline first, as for the DAnIEL bodies); its id is the first 12 hex digits of the SHA-1
of its URL.

The samples were fixed before anyone annotated them: the articles with a text of at least 400
characters, ordered by id; batch 1 is the first 80 (annotator A took the even positions, B the odd
ones), batch 2 the next 80 (C even, D odd), batch 3 the next 80 (E even, F odd); batch 4 the next 80 (G even, H odd); batch 5 the next 80 (I even, J odd); batch 6 the next 80 (K even, L odd); batch 7 the next 80 (M even, N odd); batch 8 the next 80 (O even, P odd); batch 9 the next 80 (Q even, R odd); batch 10 the next 80 (S even, T odd); batch 11 the next 80 (U even, V odd); batch 12 the next 80 (W even, X odd); batch 13 the next 80 (Y even, Z odd); batch 14 the next 80 (AA even, AB odd); batch 15 the next 80 (AC even, AD odd); batch 16 the next 80 (AE even, AF odd); batch 17 the next 80 (AG even, AH odd); batch 18 the next 80 (AI even, AJ odd); batch 19 the next 80 (AK even, AL odd); batch 20 the next 80 (AM even, AN odd); batch 21 the next 80 (AO even, AP odd); batch 22 the next 80 (AQ even, AR odd); batch 23 the next 80 (AS even, AT odd); batch 24 the next 80 (AU even, AV odd); batch 25 the next 80 (AW even, AX odd); batch 26 the next 80 (AY even, AZ odd); batch 27 the next 80 (BA even, BB odd); batch 28 the next 80 (BC even, BD odd); batch 29 the next 80 (BE even, BF odd); batch 30 the next 80 (BG even, BH odd).

    .venv/bin/python bench/silver_texts.py OUT_DIR [--batch 1|2|...|30] [--data ../shared/data]

writes each chosen article to OUT_DIR/<part>/<position>_<id>.txt for the annotators (outside the
repo: the texts are never stored in it).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

SILVER = Path("stories/silver-threads-2020-05-03/ru_silver_threads_0503.jsonl")
MIN_CHARS = 400  # shorter items are mostly one-line sports results and announcements
SAMPLE = 80
ANNOTATORS = (*"ABCDEFGHIJKLMNOPQRSTUVWXYZ", "AA", "AB", "AC", "AD", "AE", "AF", "AG", "AH", "AI", "AJ", "AK", "AL", "AM", "AN", "AO", "AP", "AQ", "AR", "AS", "AT", "AU", "AV", "AW", "AX", "AY", "AZ", "BA", "BB", "BC", "BD", "BE", "BF", "BG", "BH", "BI", "BJ")  # two per batch: the even positions, then the odd ones


def silver_id(url: str) -> str:
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:12]


def silver_texts(data: Path) -> dict[str, str]:
    """Every silver-threads article's text by id ({} when the data set is absent)."""
    path = data / SILVER
    if not path.is_file():
        return {}
    out: dict[str, str] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            out.setdefault(silver_id(row["url"]), f'{row["title"]}\n{row["text"]}')
    return out


def sample_ids(texts: dict[str, str], batch: int = 1) -> list[str]:
    """The ids of one batch of the sample, in its order."""
    kept = sorted(pid for pid, text in texts.items() if len(text) >= MIN_CHARS)
    return kept[SAMPLE * (batch - 1):SAMPLE * batch]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--batch", type=int, choices=range(1, len(ANNOTATORS) // 2 + 1), default=1)
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared" / "data")
    args = ap.parse_args(argv)
    texts = silver_texts(args.data)
    if not texts:
        print(f"Error: {args.data / SILVER}: not found", file=sys.stderr)
        return 1
    placed = [(ANNOTATORS[2 * (args.batch - 1) + k % 2], k, pid) for k, pid in enumerate(sample_ids(texts, args.batch))]
    write_for_annotators(args.out, placed, texts)
    print(f"wrote {SAMPLE} texts under {args.out}")
    return 0


def write_for_annotators(out: Path, placed: list[tuple[str, int, str]], texts: dict[str, str]) -> None:
    """Each (annotator, position, id) as the text file OUT/<annotator>/<position>_<id>.txt."""
    for part, position, pid in placed:
        folder = out / part
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{position:02d}_{pid}.txt").write_text(texts[pid], encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
