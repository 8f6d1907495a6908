"""Quotation benchmark: svodka's quotes against a plain-regex baseline, on the same texts in one run.

Data sets under `--data` (default `../shared/data`):

* the project's hand annotation of `extract/daniel-ru-dev` articles (guidelines in
  tests/data/README_quotes.md), in parts scored apart: `quotes_gold.jsonl` ("train", 44
  articles, the ones the extractor was written and tuned on) and `quotes_validation.jsonl` ("valid",
  25 other articles annotated before the extractor saw them), `quotes_dev.jsonl` ("dev", 32
  articles annotated blind, a development set since 2026-11-30) and `quotes_holdout.jsonl`
  ("holdout", 32 articles annotated blind, a development set since stop 8); the texts are the gold
  bodies joined with "\\n", headline first. The silver-threads sample (`bench/silver_texts.py`) in
  pairs of sets: silver A, C, E, … BC, BE, BG (every other set; AQ to BG blind when first scored) are development sets;
  B, D, F, … BD, BF, BH were annotated blind and stay so: only their aggregate figures are printed ("blind" is
  the thirty together),
  never their misses. The news-wire sample (`bench/wire_texts.py`: 40 Collection5 texts of 2008-2010,
  the DAnIEL articles' era) is in six sets: `wire_a` and `wire_b` annotated blind, and blind they stay
  ("wire" is the two together); `wire_c` to `wire_f` (80 more, annotated blind before their first score)
  are development sets. A predicted quote matches a gold quote when their word tokens overlap by at
  least half of the longer (multiset, lower-cased); "with speaker" also needs the speakers to agree
  (equal, or the words of one all among the other's: "Лавров" ~ "Сергей Лавров"). Greedy one-to-one
  matching per article, best overlap first. Reported: precision/recall/F1 of quotes with the right
  speaker (the headline figure), of quote text alone, and for matched quotes the share with the
  right `direct` flag and the right `source`.
* `quotes/adaq-ru`: 208 sentences, 100 with a quotation, tagged per token as source/cue/content.
  Each sentence is enriched alone. Reported: sentence-level detection precision/recall, content
  token precision/recall/F1 (word tokens inside a predicted quote vs tokens tagged content), and
  of the detected quotations the share whose speaker shares a word with the tagged source tokens
  (text or lemma), and the detection recall on the sentences whose tagged speaker has a name in it
  (a dictionary first name, surname, organisation or abbreviation, or Latin). Most ADAQ speakers
  are pronouns or common nouns ("он", "мама", "эксперты") with nothing to resolve them to in a lone
  sentence; svodka reports no quotation without a speaker, by design.

The baseline is what one writes first: «…»/"…"/“…” followed by ", — <speech verb> <Capitalised
words>", or "<Capitalised words>: «…»"; the speaker is the capitalised words as written.

Speed, in CPU time of this process (the machine is shared; wall time would measure the neighbours):
the whole enrichment (natasha analysis, entities, quotes, times) in articles/s per core, and the
quote step alone in ms per article, after one untimed warm-up.

Run from the repo root:

    .venv/bin/python bench/bench_quotes.py [--data ../shared/data] [--json OUT]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # the working tree's svodka and bench, installed or not
    sys.path.insert(0, str(ROOT))
DEFAULT_DATA = ROOT.parent / "shared" / "data"
ANNOTATION = ROOT / "tests" / "data"
# every annotated set by its name in the report; the silver-threads batches in pairs (bench/silver_texts.py):
# the first of each pair a development set, the second blind
SETS = {"train": ANNOTATION / "quotes_gold.jsonl", "valid": ANNOTATION / "quotes_validation.jsonl",
        "dev": ANNOTATION / "quotes_dev.jsonl", "holdout": ANNOTATION / "quotes_holdout.jsonl",
        **{f"silver_{c}": ANNOTATION / f"quotes_silver_{c}.jsonl" for c in (*"abcdefghijklmnopqrstuvwxyz", "aa", "ab", "ac", "ad", "ae", "af", "ag", "ah", "ai", "aj", "ak", "al", "am", "an", "ao", "ap", "aq", "ar", "as", "at", "au", "av", "aw", "ax", "ay", "az", "ba", "bb", "bc", "bd", "be", "bf", "bg", "bh")},
        **{f"wire_{c}": ANNOTATION / f"quotes_wire_{c}.jsonl" for c in "abcdef"}}
SILVER_PARTS = tuple(part for part in SETS if part.startswith("silver_"))
# the 2008-2010 news-wire sample (bench/wire_texts.py), the DAnIEL articles' era: A and B blind, C to F
# development sets
WIRE_PARTS = tuple(part for part in SETS if part.startswith("wire_"))
WIRE_BLIND = ("wire_a", "wire_b")
# the blind sets' misses are never listed; "blind" is silver_b, d, f, … bb, bd, bf and bh, "wire" wire A and B
BLIND_PARTS = SILVER_PARTS[1::2]
SHOWN_PARTS = tuple(part for part in SETS if part not in BLIND_PARTS and part not in WIRE_BLIND)
PARTS = (*SETS, "blind", "wire")
# the command-line option of each set (the first two older than the sets' names), and what it is
OPTIONS = {"train": ("--gold", "the annotation the extractor was tuned on"),
           "valid": ("--validation", "the held-back annotation"),
           "dev": ("--dev", "the blind-annotated development set"),
           "holdout": ("--holdout", "the former holdout, a development set since stop 8"),
           **{part: (f"--silver-{part.removeprefix('silver_')}", f"silver-threads batch {k // 2 + 1}, "
                     + ("annotated blind: only aggregate figures are printed" if part in BLIND_PARTS
                        else "a development set"))
              for k, part in enumerate(SILVER_PARTS)},
           **{part: (f"--{part.replace('_', '-')}", "news-wire sample, " + (
               "annotated blind: only aggregate figures are printed" if part in WIRE_BLIND else "a development set"))
              for part in WIRE_PARTS}}
DANIEL = Path("extract/daniel-ru-dev/gold.jsonl")
ADAQ = Path("quotes/adaq-ru")
WORD = re.compile(r"\w+")

console = Console()
if not console.is_terminal:
    console.width = 150


class Skip(Exception):
    """Something this benchmark needs is absent; the message says what."""


@dataclass
class Found:
    text: str
    speaker: str | None
    start: int = -1
    stop: int = -1
    direct: bool | None = None
    source: str | None = None


System = Callable[[str], list[Found]]


# --- scoring ----------------------------------------------------------------------------------


def words(text: str) -> list[str]:
    return [w.lower().replace("ё", "е") for w in WORD.findall(text)]


def text_overlap(a: str, b: str) -> float:
    """Shared word tokens over the longer token count."""
    wa, wb = Counter(words(a)), Counter(words(b))
    longer = max(sum(wa.values()), sum(wb.values()))
    return sum((wa & wb).values()) / longer if longer else 0.0


def same_speaker(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    wa, wb = set(words(a)), set(words(b))
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def match(gold: list[dict[str, Any]], pred: list[Found], with_speaker: bool) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (gold index, predicted index), best overlap first."""
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            o = text_overlap(g["text"], p.text)
            if o >= 0.5 and (not with_speaker or same_speaker(g["speaker"], p.speaker)):
                pairs.append((o, i, j))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, i, j in sorted(pairs, reverse=True):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


def prf(hits: int, predicted: int, expected: int) -> dict[str, float]:
    p = hits / predicted if predicted else 0.0
    r = hits / expected if expected else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def score(gold: dict[str, list[dict[str, Any]]], pred: dict[str, list[Found]]) -> dict[str, Any]:
    n_gold = sum(len(q) for q in gold.values())
    n_pred = sum(len(pred.get(pid, [])) for pid in gold)
    hits = {True: 0, False: 0}
    direct_ok = source_ok = 0
    for pid, quotes in gold.items():
        for with_speaker in (True, False):
            pairs = match(quotes, pred.get(pid, []), with_speaker)
            hits[with_speaker] += len(pairs)
            if with_speaker:
                for i, j in pairs:
                    p = pred[pid][j]
                    direct_ok += p.direct is not None and p.direct == quotes[i]["direct"]
                    source_ok += (p.source or "").lower() == (quotes[i]["source"] or "").lower()
    matched = hits[True]
    return {"gold": n_gold, "predicted": n_pred,
            "speaker": prf(hits[True], n_pred, n_gold), "text": prf(hits[False], n_pred, n_gold),
            "direct_right": direct_ok / matched if matched else 0.0,
            "source_right": source_ok / matched if matched else 0.0}


# --- inputs -----------------------------------------------------------------------------------


def read_gold(path: Path) -> dict[str, list[dict[str, Any]]]:
    if not path.is_file():
        raise Skip(f"no annotation at {path}")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["id"]: r["quotes"] for r in rows}


def read_bodies(data: Path, ids: set[str]) -> dict[str, str]:
    path = data / DANIEL
    if not path.is_file():
        raise Skip(f"no {path}: the annotated articles' texts live there")
    out = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row["id"] in ids:
                out[row["id"]] = "\n".join(row["body"])
    return out


def read_wire(data: Path, ids: set[str]) -> dict[str, str]:
    from bench.wire_texts import COLLECTION5, wire_texts

    texts = wire_texts(data)
    if not texts:
        raise Skip(f"no {data / COLLECTION5}: the news-wire set's texts live there")
    return {pid: texts[pid] for pid in ids}


def read_silver(data: Path, ids: set[str]) -> dict[str, str]:
    from bench.silver_texts import SILVER, silver_texts

    texts = silver_texts(data)
    if not texts:
        raise Skip(f"no {data / SILVER}: the silver set's texts live there")
    return {pid: texts[pid] for pid in ids}


@dataclass
class AdaqSentence:
    text: str
    tokens: list[tuple[int, int, str, str, str]]  # start, stop, text, lemma, tag


def read_adaq(data: Path) -> list[AdaqSentence]:
    folder = data / ADAQ
    if not (folder / "ru_tokens.tsv").is_file():
        raise Skip(f"no {folder}")
    # both files quote fields the CSV way ('"""Траншею копали …"""'): read them with csv
    texts: dict[str, str] = {}
    with (folder / "ru_sentences.tsv").open(encoding="utf-8", newline="") as f:
        for text, sid in list(csv.reader(f, delimiter="\t"))[1:]:
            texts[sid] = text
    rows: dict[str, list[tuple[str, str, str]]] = {}
    with (folder / "ru_tokens.tsv").open(encoding="utf-8", newline="") as f:
        for lemma, tok, sid, _, tag in list(csv.reader(f, delimiter="\t"))[1:]:
            rows.setdefault(sid, []).append((tok, lemma, tag))
    out = []
    for sid, toks in rows.items():
        text = texts.get(sid, " ".join(t for t, _, _ in toks))
        pos, aligned = 0, []
        for tok, lemma, tag in toks:
            at = text.find(tok, pos)
            if at < 0:
                continue
            aligned.append((at, at + len(tok), tok, lemma, tag))
            pos = at + len(tok)
        out.append(AdaqSentence(text, aligned))
    return out


# --- systems ----------------------------------------------------------------------------------

CUE = r"(?:сказал|заявил|сообщил|отметил|подчеркнул|добавил|пояснил|рассказал|говорит|считает|заметил|уточнил)\w{0,2}"
NAME = r"((?:[А-ЯЁA-Z][\w.-]+\s?){1,3})"
AFTER = re.compile(r"[«\"“]([^«»\"“”\n]{10,}?)[»\"”][,.]?\s*[—–-]{1,2}\s*" + CUE + r"\s+(?:[а-яё-]+\s+){0,3}?" + NAME)
BEFORE = re.compile(NAME + r":\s*[«\"“]([^«»\"“”\n]{10,}?)[»\"”]")


def baseline(text: str) -> list[Found]:
    out = [Found(m.group(1), m.group(2).strip(), m.start(1), m.end(1), True) for m in AFTER.finditer(text)]
    out += [Found(m.group(2), m.group(1).strip(), m.start(2), m.end(2), True) for m in BEFORE.finditer(text)]
    return out


def make_ours() -> tuple[System, Callable[[str], float]]:
    """Our system, and a timer of the quote step alone on one text."""
    from svodka.enrich import Enricher
    from svodka.enrich.entities import find_entities
    from svodka.enrich.quotes import find_quotes
    from svodka.model import Article

    enricher = Enricher()

    def run(text: str) -> list[Found]:
        article = enricher.enrich(Article(id="bench", text=text))
        return [Found(q.text, q.speaker, q.start, q.stop, q.direct, q.source) for q in article.quotes]

    def quote_seconds(text: str) -> float:
        analysis = enricher.nlp.analyse(text)
        entities = find_entities(analysis, enricher.nlp)
        t0 = time.process_time()
        find_quotes(analysis, entities, enricher.nlp)
        return time.process_time() - t0

    return run, quote_seconds


def run_all(system: System, texts: dict[str, str]) -> tuple[dict[str, list[Found]], float]:
    """Predictions by article id, and the CPU seconds they took on this process's core (CPU time,
    not wall time: the machine is shared, and "per core" is what is asked)."""
    system(next(iter(texts.values())))  # warm-up
    t0 = time.process_time()
    out = {pid: system(text) for pid, text in texts.items()}
    return out, time.process_time() - t0


def named_source(sentence: AdaqSentence, morph: Any) -> bool:
    """Whether the tagged speaker has a name in it ("Сергей Шойгу", "Представитель СБУ"), not only
    a pronoun or a common noun ("Мама", "Эксперты в Киеве")."""
    for t in sentence.tokens:
        if t[4] != "source" or not t[2][:1].isupper():
            continue
        if not re.search(r"[А-Яа-яЁё]", t[2]):
            return True
        tag = morph.parse(t[2])[0].tag
        if any(mark in tag for mark in ("Name", "Surn", "Patr", "Orgn", "Abbr", "Geox")):
            return True
    return False


def adaq_scores(system: System, sentences: list[AdaqSentence], named: set[int]) -> dict[str, Any]:
    tp = fp = fn = 0
    detected = with_quote = both = speaker_ok = named_found = 0
    for k, s in enumerate(sentences):
        found = system(s.text)
        content = [t for t in s.tokens if t[4] == "content" and WORD.search(t[2])]
        gold_has = bool(content)
        with_quote += gold_has
        detected += bool(found)
        both += bool(found) and gold_has
        named_found += bool(found) and k in named
        inside = [t for t in s.tokens if WORD.search(t[2]) and any(f.start <= t[0] < f.stop for f in found)]
        tp += sum(1 for t in inside if t[4] == "content")
        fp += sum(1 for t in inside if t[4] != "content")
        fn += sum(1 for t in content if t not in inside)
        if found and gold_has:
            source_words = {w for t in s.tokens if t[4] == "source" for w in (t[2].lower(), t[3].lower())}
            speaker_ok += any(set(words(f.speaker or "")) & source_words for f in found)
    return {"sentences": len(sentences), "with_quote": with_quote,
            "detection": prf(both, detected, with_quote), "content_tokens": prf(tp, tp + fp, tp + fn),
            "speaker_of_detected": speaker_ok / both if both else 0.0,
            "named_recall": named_found / len(named) if named else 0.0, "named_sentences": len(named)}


def show_errors(gold: dict[str, list[dict[str, Any]]], pred: dict[str, list[Found]]) -> None:
    for pid, quotes in gold.items():
        got = pred.get(pid, [])
        pairs = match(quotes, got, True)
        missed = [q for i, q in enumerate(quotes) if i not in {i for i, _ in pairs}]
        extra = [p for j, p in enumerate(got) if j not in {j for _, j in pairs}]
        for q in missed:
            console.print(f"[red]{pid} MISS[/red] {q['speaker']} | {q['cue']} | {q['text'][:110]}", markup=True, highlight=False)
        for p in extra:
            console.print(f"[yellow]{pid} EXTRA[/yellow] {p.speaker} | {p.text[:110]}", markup=True, highlight=False)


# --- report -----------------------------------------------------------------------------------


def figure(results: dict[str, Any], path: str) -> float:
    value: Any = results
    for key in path.split():
        value = value[key]
    return float(value)



def render(results: dict[str, dict[str, Any]]) -> Table:
    parts = [p for p in PARTS if all(p in r for r in results.values())]
    table = Table(title="Quotations: svodka vs regex baseline")
    table.add_column("metric")
    for name in results:
        table.add_column(name, justify="right")
    rows = [  # label, then the path to the figure in a system's results
        *((f"{part}: quotes with speaker {m}", f"{part} speaker {key}")
          for part in parts for m, key in (("P", "precision"), ("R", "recall"), ("F1", "f1"))),
        *((f"{part}: quote text {m}", f"{part} text {key}")
          for part in parts for m, key in (("P", "precision"), ("R", "recall"))),
        *((f"{part}: direct flag right (matched)", f"{part} direct_right") for part in parts),
        *((f"{part}: source right (matched)", f"{part} source_right") for part in parts),
        ("adaq: detection P", "adaq detection precision"),
        ("adaq: detection R", "adaq detection recall"),
        ("adaq: content tokens P", "adaq content_tokens precision"),
        ("adaq: content tokens R", "adaq content_tokens recall"),
        ("adaq: content tokens F1", "adaq content_tokens f1"),
        ("adaq: speaker right (detected)", "adaq speaker_of_detected"),
        ("adaq: detection R, named speakers", "adaq named_recall"),
    ]
    for label, path in rows:
        table.add_row(label, *(f"{figure(r, path):.3f}" for r in results.values()))
    for part in parts:
        table.add_row(f"{part}: gold / predicted", *(f'{r[part]["gold"]} / {r[part]["predicted"]}' for r in results.values()))
    table.add_row("speed", *(r.get("speed", "-") for r in results.values()))
    return table


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    for part, (option, what) in OPTIONS.items():
        ap.add_argument(option, dest=part, type=Path, default=SETS[part], help=what)
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--show", action="store_true", help="list svodka's misses and extras on the annotated articles")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        golds = {part: read_gold(getattr(args, part)) for part in SETS}
        daniel = {pid for part in SETS if part not in SILVER_PARTS + WIRE_PARTS for pid in golds[part]}
        texts = read_bodies(args.data, daniel)
        texts.update(read_silver(args.data, {pid for part in SILVER_PARTS for pid in golds[part]}))
        texts.update(read_wire(args.data, {pid for part in WIRE_PARTS for pid in golds[part]}))
        golds["blind"] = {pid: quotes for part in BLIND_PARTS for pid, quotes in golds[part].items()}
        golds["wire"] = {pid: quotes for part in WIRE_BLIND for pid, quotes in golds[part].items()}
        adaq = read_adaq(args.data)
    except Skip as exc:
        console.print(f"[yellow]skipped: {exc}[/yellow]")
        return 0
    ours, quote_seconds = make_ours()
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()
    named = {k for k, s in enumerate(adaq) if any(t[4] == "content" for t in s.tokens) and named_source(s, morph)}
    results: dict[str, dict[str, Any]] = {}
    for name, system in (("svodka", ours), ("regex baseline", baseline)):
        pred, seconds = run_all(system, texts)
        results[name] = {part: score(gold, pred) for part, gold in golds.items()}
        results[name]["adaq"] = adaq_scores(system, adaq, named)
        if name == "svodka" and args.show:
            for part in SHOWN_PARTS:
                console.print(f"[bold]{part}[/bold]")
                show_errors(golds[part], pred)
        if name == "svodka":
            quote_ms = 1000 * sum(quote_seconds(t) for t in texts.values()) / len(texts)
            results[name]["speed"] = f"{len(texts) / seconds:.1f} art/s/core whole enrich; quotes {quote_ms:.2f} ms/art"
        else:
            results[name]["speed"] = f"{len(texts) / max(seconds, 1e-9):.0f} art/s"
    console.print(render(results))
    if args.json is not None:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
