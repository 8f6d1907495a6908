"""Entity benchmark: svodka's entities against natasha 1.6 alone, on the same inputs in one run.

* factRuEval-2016 (`ner/factru/<split>`): span exact-match micro F1 over PER / ORG / LOC. Gold from the
  `.objects` layer: a Person is its whole object span; an Org its `org_name` spans, a Location or
  LocOrg its `loc_name` spans. Overlapping spans of one object ("МИДа" inside "российского МИДа") are
  alternatives: one predicted span equal to any of them is a hit. natasha = its NER spans as they are.
* BSNLP-2019 (`ner/bsnlp-ru`, topics asia_bibi, brexit, nord_stream, ryanair): of the mentions a system
  finds whose text is a gold mention of the document, the share whose base form equals the gold lemma
  (quotes stripped from both). natasha = `span.normalize(morph_vocab)` after its morph tagger.
* speed on DAnIEL gold bodies (`extract/daniel-ru-dev/gold.jsonl`), CPU seconds of this process (run it
  with OMP_NUM_THREADS=1 for per-core figures), each system timed on a second pass over the bodies: svodka's entities (analysis included), svodka's whole
  enrichment (entities, quotes, times), natasha NER alone, natasha's full pipeline (segment, morph,
  syntax, NER, normalize); the peak memory of a process that only enriches is measured in a child.

Run from the repo root:

    OMP_NUM_THREADS=1 .venv/bin/python bench/bench_entities.py [--data ../shared/data] [--split testset]
        [--errors] [--json OUT] [--only factru,bsnlp,speed]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # the working tree's svodka, installed or not
    sys.path.insert(0, str(ROOT))
DEFAULT_DATA = ROOT.parent / "shared" / "data"
TYPES = ("PER", "ORG", "LOC")
FACTRU_OBJECTS = {"Person": ("PER", None), "Org": ("ORG", "org_name"), "Location": ("LOC", "loc_name"),
                  "LocOrg": ("LOC", "loc_name")}
BSNLP_TOPICS = ("asia_bibi", "brexit", "nord_stream", "ryanair")
QUOTES = "«»\"„“”"

Span = tuple[str, int, int]  # type, start, stop


@dataclass
class FactruDoc:
    name: str
    text: str
    gold: list[frozenset[Span]]  # each gold mention: the spans that count as finding it


@dataclass
class BsnlpDoc:
    name: str
    text: str
    lemmas: dict[str, str]  # mention as written → gold base form


# --- inputs -----------------------------------------------------------------------------------


def load_factru(folder: Path) -> list[FactruDoc]:
    docs = []
    for txt in sorted(folder.glob("book_*.txt")):
        spans: dict[str, tuple[str, int, int]] = {}
        for fields in standoff(txt.with_suffix(".spans")):
            spans[fields[0]] = (fields[1], int(fields[2]), int(fields[2]) + int(fields[3]))
        gold: set[frozenset[Span]] = set()
        for fields in standoff(txt.with_suffix(".objects")):
            if fields[1] not in FACTRU_OBJECTS:
                continue
            kind, layer = FACTRU_OBJECTS[fields[1]]
            parts = [spans[s] for s in fields[2:] if layer is None or spans[s][0] == layer]
            if parts and layer is None:
                gold.add(frozenset({(kind, min(p[1] for p in parts), max(p[2] for p in parts))}))
            elif parts:
                gold.update(frozenset((kind, a, b) for _, a, b in group) for group in overlapping(parts))
        docs.append(FactruDoc(txt.stem, txt.read_text(encoding="utf-8"), sorted(gold, key=sorted)))
    return docs


def standoff(path: Path) -> Iterable[list[str]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("#", 1)[0].split()
        if fields:
            yield fields


def overlapping(parts: list[tuple[str, int, int]]) -> list[list[tuple[str, int, int]]]:
    groups: list[list[tuple[str, int, int]]] = []
    for part in sorted(parts, key=lambda p: (p[1], p[2])):
        if groups and part[1] < max(p[2] for p in groups[-1]):
            groups[-1].append(part)
        else:
            groups.append([part])
    return groups


def load_bsnlp(root: Path) -> list[BsnlpDoc]:
    docs = []
    for topic in BSNLP_TOPICS:
        for ann in sorted((root / topic / "annotated" / "ru").glob("*.out")):
            raw = root / topic / "raw" / "ru" / (ann.name[:-4] + ".txt")
            text = "\n".join(raw.read_text(encoding="utf-8").split("\n")[4:])  # after id, lang, date, url
            lemmas = {}
            for line in ann.read_text(encoding="utf-8").splitlines()[1:]:
                fields = line.split("\t")
                if len(fields) >= 3:
                    lemmas[fields[0].strip(QUOTES).strip()] = fields[1].strip(QUOTES).strip()
            docs.append(BsnlpDoc(ann.name, text, lemmas))
    return docs


def daniel_bodies(data: Path) -> list[str]:
    path = data / "extract" / "daniel-ru-dev" / "gold.jsonl"
    with path.open(encoding="utf-8") as f:
        return ["\n".join(r["body"]) for r in map(json.loads, filter(str.strip, f))]


# --- scoring ----------------------------------------------------------------------------------


def score_spans(docs: list[FactruDoc], predicted: list[set[Span]], errors: list[str] | None = None
                ) -> dict[str, dict[str, float]]:
    counts = {t: Counter[str]() for t in TYPES}
    for doc, spans in zip(docs, predicted, strict=True):
        used: set[Span] = set()
        for alternatives in doc.gold:
            kind = next(iter(alternatives))[0]
            hit = sorted((alternatives & spans) - used)
            counts[kind]["tp" if hit else "fn"] += 1
            used.update(hit[:1])
            if not hit and errors is not None:
                errors.append(f"FN {doc.name} {kind} {[doc.text[a:b] for _, a, b in alternatives]}")
        for kind, a, b in sorted(spans - used, key=lambda s: s[1]):
            counts[kind]["fp"] += 1
            if errors is not None:
                errors.append(f"FP {doc.name} {kind} {doc.text[a:b]!r} | {doc.text[max(0, a - 30):b + 30]!r}")
    total = sum(counts.values(), Counter[str]())
    return {**{t: prf(counts[t]) for t in TYPES}, "micro": prf(total)}


def prf(c: Counter[str]) -> dict[str, float]:
    p = c["tp"] / max(1, c["tp"] + c["fp"])
    r = c["tp"] / max(1, c["tp"] + c["fn"])
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / max(1e-9, p + r), 4)}


def score_normals(docs: list[BsnlpDoc], found: list[list[tuple[str, str]]], errors: list[str] | None = None
                  ) -> dict[str, float]:
    right = total = 0
    for doc, mentions in zip(docs, found, strict=True):
        seen = set()
        for text, normal in mentions:
            if text not in doc.lemmas or text in seen:
                continue
            seen.add(text)
            total += 1
            right += normal == doc.lemmas[text]
            if normal != doc.lemmas[text] and errors is not None:
                errors.append(f"{doc.name}: {text} → {normal} (gold {doc.lemmas[text]})")
    return {"right": right, "found": total, "accuracy": round(right / max(1, total), 4)}


# --- systems ----------------------------------------------------------------------------------


class Systems:
    """svodka's enricher and natasha's models, each loaded once."""

    def __init__(self) -> None:
        from natasha import (
            MorphVocab,
            NewsEmbedding,
            NewsMorphTagger,
            NewsNERTagger,
            NewsSyntaxParser,
            Segmenter,
        )

        from svodka.enrich import Enricher

        self.enricher = Enricher()
        emb = NewsEmbedding()
        self.segmenter, self.ner = Segmenter(), NewsNERTagger(emb)
        self.morph, self.syntax, self.vocab = NewsMorphTagger(emb), NewsSyntaxParser(emb), MorphVocab()

    def ours(self, text: str, titles: bool = True) -> list[Any]:
        from svodka.enrich.entities import find_entities

        return find_entities(self.enricher.nlp.analyse(text), self.enricher.nlp, titles=titles)

    def ours_enrich(self, text: str) -> None:
        from svodka.model import Article

        self.enricher.enrich(Article(id="bench", text=text))

    def natasha_doc(self, text: str, full: bool = False) -> Any:
        from natasha import Doc

        doc = Doc(text)
        doc.segment(self.segmenter)
        if full:
            doc.tag_morph(self.morph)
            doc.parse_syntax(self.syntax)
        doc.tag_ner(self.ner)
        if full:
            for span in doc.spans:
                span.normalize(self.vocab)
        return doc


def factru_figures(systems: Systems, docs: list[FactruDoc], errors: list[str] | None) -> dict[str, Any]:
    # titles that refer back to a person ("министр") are output as PER too, but they are no names:
    # factRuEval marks them as jobs, not persons, so names alone are scored and the titles counted
    everything = [systems.ours(d.text) for d in docs]
    ours = [{(e.type, e.start, e.stop) for e in systems.ours(d.text, titles=False)} for d in docs]
    titles = sum(len(found) for found in everything) - sum(len(found) for found in ours)
    natasha = [{(s.type, s.start, s.stop) for s in systems.natasha_doc(d.text).spans} for d in docs]
    return {"ours": score_spans(docs, ours, errors), "natasha": score_spans(docs, natasha), "titles": titles}


def bsnlp_figures(systems: Systems, docs: list[BsnlpDoc], errors: list[str] | None) -> dict[str, Any]:
    ours = [[(e.text, e.normal) for e in systems.ours(d.text)] for d in docs]
    natasha = [[(s.text, s.normal) for s in systems.natasha_doc(d.text, full=True).spans] for d in docs]
    return {"ours": score_normals(docs, ours, errors), "natasha": score_normals(docs, natasha)}


def speed_figures(systems: Systems, texts: list[str]) -> dict[str, Any]:
    runs: dict[str, Callable[[str], Any]] = {
        "ours entities": systems.ours,
        "ours enrich (entities, quotes, times)": systems.ours_enrich,
        "natasha NER (segment, ner)": systems.natasha_doc,
        "natasha full (segment, morph, syntax, ner, normalize)": lambda t: systems.natasha_doc(t, full=True),
    }
    out: dict[str, Any] = {}
    for name, run in runs.items():
        for text in texts:  # warm-up: a long-running process has its word caches filled
            run(text)
        start = time.process_time()
        for text in texts:
            run(text)
        seconds = time.process_time() - start
        out[name] = {"docs_per_s": round(len(texts) / seconds, 1), "ms_per_doc": round(1000 * seconds / len(texts), 2)}
    out["ours enrich peak RSS MB"] = child_peak_rss()
    return out


CHILD = """
import json, resource, sys
from svodka.enrich import Enricher
from svodka.model import Article
enricher = Enricher()
for line in open(sys.argv[1], encoding="utf-8"):
    enricher.enrich(Article(id="x", text="\\n".join(json.loads(line)["body"])))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def child_peak_rss() -> int:
    """Peak resident memory (MB) of a process that loads the enricher and enriches the bodies."""
    gold = Path(SPEED_GOLD[0])
    out = subprocess.run([sys.executable, "-c", CHILD, str(gold)], capture_output=True, text=True, check=True,
                         cwd=ROOT)
    return int(out.stdout.split()[-1])


SPEED_GOLD: list[str] = []


# --- report -----------------------------------------------------------------------------------


def render(results: dict[str, Any]) -> str:
    lines = []
    if "factru" in results:
        lines.append(f"factRuEval {results['factru_split']}: span exact-match F1 (P / R)")
        lines.append(f"  (ours also linked {results['factru']['titles']} titles to a person named before; not scored)")
        for system in ("ours", "natasha"):
            figures = results["factru"][system]
            row = "  ".join(f"{k} {v['f1']:.3f} ({v['p']:.3f}/{v['r']:.3f})" for k, v in figures.items())
            lines.append(f"  {system:8} {row}")
    if "bsnlp" in results:
        lines.append("BSNLP-2019 base forms, of the gold mentions found:")
        for system in ("ours", "natasha"):
            b = results["bsnlp"][system]
            lines.append(f"  {system:8} {b['accuracy']:.2%} ({b['right']} of {b['found']})")
    if "speed" in results:
        lines.append(f"speed on {results['speed_docs']} DAnIEL gold bodies (CPU time of this process):")
        for name, figures in results["speed"].items():
            if isinstance(figures, dict):
                lines.append(f"  {name:58} {figures['docs_per_s']:6.1f} docs/s  {figures['ms_per_doc']:6.2f} ms/doc")
            else:
                lines.append(f"  {name:58} {figures}")
    return "\n".join(lines)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", default="testset", choices=("testset", "devset"))
    parser.add_argument("--only", default="factru,bsnlp,speed")
    parser.add_argument("--errors", action="store_true", help="print ours' factRuEval and BSNLP errors")
    parser.add_argument("--json", type=Path)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    parts = set(args.only.split(","))
    ner = args.data / "ner"
    if not ner.is_dir():
        print(f"skipped: {ner} is absent")
        return 0
    systems = Systems()
    results: dict[str, Any] = {}
    errors: list[str] | None = [] if args.errors else None
    if "factru" in parts:
        results["factru_split"] = args.split
        results["factru"] = factru_figures(systems, load_factru(ner / "factru" / args.split), errors)
    if "bsnlp" in parts:
        results["bsnlp"] = bsnlp_figures(systems, load_bsnlp(ner / "bsnlp-ru"), errors)
    if "speed" in parts:
        SPEED_GOLD.append(str(args.data / "extract" / "daniel-ru-dev" / "gold.jsonl"))
        texts = daniel_bodies(args.data)
        results["speed_docs"] = len(texts)
        results["speed"] = speed_figures(systems, texts)
    if errors:
        print("\n".join(errors))
    print(render(results))
    print(f"(this process peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB)")
    if args.json is not None:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
