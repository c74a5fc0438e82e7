"""Evaluate the detector against an annotated corpus: precision/recall/F1 per type and micro overall.

Corpus format (JSONL, one document per line)::

    {"id": "hw-letter-01", "text": "…", "spans": [{"start": 30, "end": 32, "type": "PERSON"}, …]}

A prediction counts as a true positive only when start, end and type all equal a gold span (exact match).
The report also gives an *overlap* score beside it: a prediction that overlaps a gold span of the same type
(one to one) counts. Exact is the measure of record; the gap between the two says how many errors are span
boundaries (where the spec's rule is loose, e.g. how much of a 要配慮 phrase is "the revealing phrase").

Below the table comes a *document flag* score: what ``hogo scan``'s summary tells a user about a file — does it
hold 要配慮個人情報 (any SENSITIVE span) or 特定個人情報 (any MY_NUMBER span)? A document counts as a true
positive when gold and prediction both flag it, whatever the spans; precision/recall/F1 are over documents.

    python -m hogo.scan.evaluate corpus/            # every *.jsonl under corpus/ (or one file)
    python -m hogo.scan.evaluate corpus/ --errors   # also list false positives/negatives (fictional data)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from hogo.scan.types import PiiType


# the types whose presence flags a whole file, with the category of the law it reveals
FLAG_NAMES = {PiiType.SENSITIVE.value: "要配慮個人情報", PiiType.MY_NUMBER.value: "特定個人情報"}


class CorpusError(ValueError):
    """The corpus file is malformed; the message names the file, line and field."""


@dataclass(frozen=True, slots=True)
class GoldDoc:
    id: str
    text: str
    spans: frozenset[tuple[int, int, str]]


@dataclass(frozen=True, slots=True)
class TypeScore:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Report:
    documents: int
    chars: int
    seconds: float
    per_type: dict[str, TypeScore]
    micro: TypeScore
    cpu_seconds: float = 0.0
    errors: list[dict] = field(default_factory=list)
    overlap: dict[str, TypeScore] = field(default_factory=dict)  # per type, and "micro"
    flags: dict[str, TypeScore] = field(default_factory=dict)  # document flag: 要配慮 (SENSITIVE), 特定 (MY_NUMBER)

    @property
    def chars_per_second(self) -> float:
        """Wall-clock throughput."""
        return self.chars / self.seconds if self.seconds else 0.0

    @property
    def chars_per_cpu_second(self) -> float:
        """Throughput per CPU second of this process (per core when single-threaded)."""
        return self.chars / self.cpu_seconds if self.cpu_seconds else 0.0

    def as_dict(self) -> dict:
        return {
            "documents": self.documents, "chars": self.chars, "seconds": round(self.seconds, 3),
            "chars_per_second": round(self.chars_per_second), "chars_per_cpu_second": round(self.chars_per_cpu_second),
            "per_type": {t: s.as_dict() for t, s in self.per_type.items()}, "micro": self.micro.as_dict(),
            "overlap": {t: s.as_dict() for t, s in self.overlap.items()},
            "document_flags": {t: s.as_dict() for t, s in self.flags.items()},
        }

    def table(self) -> str:
        lines = [f"{'type':<18}{'gold':>6}{'pred':>6}{'tp':>6}{'precision':>11}{'recall':>9}{'f1':>8}{'overlap f1':>12}"]
        rows = [*self.per_type.items(), ("micro", self.micro)]
        for t, s in rows:
            o = self.overlap.get(t)
            lines.append(f"{t:<18}{s.tp + s.fn:>6}{s.tp + s.fp:>6}{s.tp:>6}{s.precision:>11.3f}{s.recall:>9.3f}"
                         f"{s.f1:>8.3f}" + (f"{o.f1:>12.3f}" if o else ""))
        for t, s in self.flags.items():
            lines.append(f"document flag {t} ({FLAG_NAMES[t]}): gold {s.tp + s.fn}, predicted {s.tp + s.fp}, "
                         f"tp {s.tp}, precision {s.precision:.3f}, recall {s.recall:.3f}, f1 {s.f1:.3f}")
        lines.append(
            f"{self.documents} documents, {self.chars} chars, {self.chars_per_second:,.0f} chars/s "
            f"({self.chars_per_cpu_second:,.0f} chars per CPU second)"
        )
        return "\n".join(lines)


def _jsonl_files(path: Path) -> list[Path]:
    if path.is_dir():
        files = sorted(path.glob("corpus*.jsonl"))
        return files or sorted(path.glob("*.jsonl"))
    return [path]


def load_corpus(path: str | Path) -> list[GoldDoc]:
    """Read gold documents from a JSONL file, or the ``corpus*.jsonl`` files of a directory."""
    path = Path(path)
    if not path.exists():
        raise CorpusError(f"{path}: no such file or directory")
    docs: list[GoldDoc] = []
    valid_types = {t.value for t in PiiType}
    for file in _jsonl_files(path):
        for n, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise CorpusError(f"{file}:{n}: invalid JSON ({e.msg})") from None
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                raise CorpusError(f"{file}:{n}: field 'text' must be a string")
            spans = obj.get("spans", [])
            if not isinstance(spans, list):
                raise CorpusError(f"{file}:{n}: field 'spans' must be a list")
            gold = set()
            for s in spans:
                try:
                    start, end, typ = int(s["start"]), int(s["end"]), str(s["type"])
                except (KeyError, TypeError, ValueError):
                    raise CorpusError(f"{file}:{n}: field 'spans' needs start, end and type") from None
                if typ not in valid_types:
                    raise CorpusError(f"{file}:{n}: field 'spans.type' unknown type {typ!r}")
                if not 0 <= start < end <= len(obj["text"]):
                    raise CorpusError(f"{file}:{n}: field 'spans' span {start}-{end} outside the text")
                gold.add((start, end, typ))
            docs.append(GoldDoc(str(obj.get("id", f"{file.name}:{n}")), obj["text"], frozenset(gold)))
    return docs


def evaluate_corpus(path: str | Path, analyzer=None, *, collect_errors: bool = False) -> Report:
    """Run ``analyzer`` (default: :func:`hogo.scan.analyzer.default_analyzer`) over the corpus at ``path``."""
    if analyzer is None:
        from hogo.scan.analyzer import default_analyzer

        analyzer = default_analyzer()
    return evaluate_docs(load_corpus(path), analyzer.analyze, collect_errors=collect_errors)


def evaluate_docs(docs: list[GoldDoc], predict, *, collect_errors: bool = False) -> Report:
    """Score ``predict(text) -> findings`` (objects with start, end, type) against gold documents."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    overlap_tp: Counter[str] = Counter()
    flag_tp: Counter[str] = Counter()
    flag_fp: Counter[str] = Counter()
    flag_fn: Counter[str] = Counter()
    errors: list[dict] = []
    chars = 0
    elapsed = cpu = 0.0
    for doc in docs:
        chars += len(doc.text)
        t0, c0 = time.perf_counter(), time.process_time()
        found = predict(doc.text)
        elapsed += time.perf_counter() - t0
        cpu += time.process_time() - c0
        pred = {(f.start, f.end, str(getattr(f.type, "value", f.type))) for f in found}
        tally(pred, doc.spans, tp, fp, fn)
        overlap_tp.update(_overlap_matches(pred, doc.spans))
        for t in FLAG_NAMES:
            in_gold = any(g[2] == t for g in doc.spans)
            in_pred = any(p[2] == t for p in pred)
            if in_gold and in_pred:
                flag_tp[t] += 1
            elif in_gold or in_pred:
                (flag_fp if in_pred else flag_fn)[t] += 1
                if collect_errors:  # the document's id only: the spans are listed above
                    errors.append({"id": doc.id, "kind": "FLAG_FP" if in_pred else "FLAG_FN", "type": t})
        if collect_errors:
            for kind, spans in (("FP", pred - doc.spans), ("FN", doc.spans - pred)):
                errors.extend({"id": doc.id, "kind": kind, "type": s[2], "text": doc.text[s[0]:s[1]],
                               "context": doc.text[max(0, s[0] - 15):s[1] + 10]} for s in sorted(spans))
    per_type = {t.value: TypeScore(tp[t.value], fp[t.value], fn[t.value]) for t in PiiType
                if tp[t.value] + fp[t.value] + fn[t.value]}
    micro = TypeScore(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    # overlap: the same gold and predicted counts, more of them matched
    overlap = {t: TypeScore(overlap_tp[t], s.tp + s.fp - overlap_tp[t], s.tp + s.fn - overlap_tp[t])
               for t, s in per_type.items()}
    overlap["micro"] = TypeScore(sum(o.tp for o in overlap.values()), sum(o.fp for o in overlap.values()),
                                 sum(o.fn for o in overlap.values()))
    flags = {t: TypeScore(flag_tp[t], flag_fp[t], flag_fn[t]) for t in FLAG_NAMES}
    return Report(len(docs), chars, elapsed, per_type, micro, cpu, errors, overlap, flags)


def tally(pred: set[tuple[int, int, str]], gold: frozenset[tuple[int, int, str]] | set[tuple[int, int, str]],
          tp: Counter[str], fp: Counter[str], fn: Counter[str]) -> None:
    """Add one document's exact matches, false findings and misses, per type, to the counters."""
    tp.update(s[2] for s in pred & gold)
    fp.update(s[2] for s in pred - gold)
    fn.update(s[2] for s in gold - pred)


def _overlap_matches(pred: set[tuple[int, int, str]], gold: frozenset[tuple[int, int, str]]) -> Counter[str]:
    """Per type, how many predictions can be paired one to one with an overlapping gold span of their type.

    Exact matches are paired first; then, in text order, each prediction takes the first unpaired gold span
    of its type that it overlaps.
    """
    matched: Counter[str] = Counter()
    exact = pred & gold
    for s in exact:
        matched[s[2]] += 1
    free = sorted(gold - exact)
    for start, end, typ in sorted(pred - exact):
        for i, (g_start, g_end, g_type) in enumerate(free):
            if g_type == typ and start < g_end and g_start < end:
                matched[typ] += 1
                del free[i]
                break
    return matched


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m hogo.scan.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("corpus", help="a corpus JSONL file or a directory holding corpus*.jsonl")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--errors", action="store_true", help="list false positives and negatives")
    args = parser.parse_args(argv)
    try:
        report = evaluate_corpus(args.corpus, collect_errors=args.errors)
    except CorpusError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(report.table())
    if args.errors:
        for e in report.errors:
            print(json.dumps(e, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
