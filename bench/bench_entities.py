"""Entity benchmark: svodka's entities against natasha 1.6 alone, on the same inputs in one run.

* factRuEval-2016 (`ner/factru/<split>`): span exact-match micro F1 over PER / ORG / LOC. Gold from the
  `.objects` layer: a Person is its whole object span; an Org its `org_name` spans, a Location or
  LocOrg its `loc_name` spans. Overlapping spans of one object ("МИДа" inside "российского МИДа") are
  alternatives: one predicted span equal to any of them is a hit. natasha = its NER spans as they are.
* Collection5 (`ner/collection5`, 1,000 news texts; a sanity check that the rules tuned on factRuEval do
  not hurt elsewhere): span exact-match micro F1 over PER / ORG / LOC, its GEOPOLIT counted as LOC and MEDIA
  as ORG. Its conventions differ from factRuEval's (a ministry's country, quotes), so the figure is for
  comparing systems and versions, not for tuning.
* BSNLP-2019 (`ner/bsnlp-ru`, topics asia_bibi, brexit, nord_stream, ryanair): of the mentions a system
  finds whose text is a gold mention of the document, the share whose base form equals the gold lemma
  (quotes stripped from both). natasha = `span.normalize(morph_vocab)` after its morph tagger.

Speed and memory of the whole enrich stage beside natasha are `bench/bench_enrich.py`'s (each system in a
process of its own).

Run from the repo root:

    OMP_NUM_THREADS=1 .venv/bin/python bench/bench_entities.py [--data ../shared/data]
        [--split testset,devset] [--errors] [--json OUT] [--only factru,collection5,bsnlp]
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
from collections import Counter
from collections.abc import Iterable
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
COLLECTION5_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "GEOPOLIT": "LOC", "MEDIA": "ORG"}
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


def load_collection5(path: Path) -> list[FactruDoc]:
    """Collection5's texts and gold spans, in the shape of factRuEval's (one alternative per mention)."""
    docs = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            source = json.loads(line)["source"]
            gold = [frozenset({(COLLECTION5_TYPES[s["type"]], s["start"], s["stop"])}) for s in source["spans"]]
            docs.append(FactruDoc(source["id"], source["text"], gold))
    return docs


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
        from bench.peer_natasha import Natasha
        from svodka.enrich import Enricher

        self.enricher = Enricher()
        self.natasha = Natasha(full=True)

    def ours(self, text: str, titles: bool = True) -> list[Any]:
        from svodka.enrich.entities import find_entities

        return find_entities(self.enricher.nlp.analyse(text), self.enricher.nlp, titles=titles)

    def natasha_doc(self, text: str, full: bool = False) -> Any:
        return self.natasha.doc(text, full)


def span_figures(systems: Systems, docs: list[FactruDoc], errors: list[str] | None) -> dict[str, Any]:
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


# --- report -----------------------------------------------------------------------------------


def render(results: dict[str, Any]) -> str:
    lines = []
    for name, spans in results.get("spans", {}).items():
        lines.append(f"{name}: span exact-match F1 (P / R)")
        lines.append(f"  (ours also linked {spans['titles']} titles to a person named before; not scored)")
        for system in ("ours", "natasha"):
            row = "  ".join(f"{k} {v['f1']:.3f} ({v['p']:.3f}/{v['r']:.3f})" for k, v in spans[system].items())
            lines.append(f"  {system:8} {row}")
    if "bsnlp" in results:
        lines.append("BSNLP-2019 base forms, of the gold mentions found:")
        for system in ("ours", "natasha"):
            b = results["bsnlp"][system]
            lines.append(f"  {system:8} {b['accuracy']:.2%} ({b['right']} of {b['found']})")
    return "\n".join(lines)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", default="testset,devset", help="factRuEval splits, comma-separated")
    parser.add_argument("--only", default="factru,collection5,bsnlp")
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
    results["spans"] = {}
    for split in args.split.split(",") if "factru" in parts else []:
        results["spans"][f"factRuEval {split}"] = span_figures(systems, load_factru(ner / "factru" / split), errors)
    if "collection5" in parts:
        docs = load_collection5(ner / "collection5" / "ne5.raw.jsonl.gz")
        results["spans"]["Collection5"] = span_figures(systems, docs, None)
    if "bsnlp" in parts:
        results["bsnlp"] = bsnlp_figures(systems, load_bsnlp(ner / "bsnlp-ru"), errors)
    if errors:
        print("\n".join(errors))
    print(render(results))
    print(f"(this process peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB)")
    if args.json is not None:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
