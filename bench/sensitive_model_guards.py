"""Guards for the opt-in SENSITIVE span stage (``hogo.scan.sensitive_model``): what turning it on would do.

    python bench/sensitive_model_guards.py [--batch corpus.jsonl blind23 …]

Prints, rules only vs rules + stage: micro and SENSITIVE F1 per batch, the findings over /work/shared/sources (law
texts) and corpus/negatives.jsonl, and the CPU time of both analyzers over the same texts (the throughput ratio).
"""

from __future__ import annotations

import argparse
import glob
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from hogo.scan.analyzer import Analyzer  # noqa: E402
from hogo.scan.evaluate import evaluate_docs, load_corpus  # noqa: E402
from hogo.scan.sensitive_model import default_sensitive_model  # noqa: E402

FORBIDDEN = {f"blind{i}" for i in range(28, 40)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--batch", nargs="*", default=["corpus.jsonl", "blind23", "blind24", "blind25", "blind26", "blind27"])
    ap.add_argument("--sources", default="/work/shared/sources")
    args = ap.parse_args()
    rules, stage = Analyzer(), Analyzer(sensitive_model=default_sensitive_model())
    cpu = Counter()
    for name in args.batch:
        if name in FORBIDDEN:
            sys.exit(f"{name} is unseen: forbidden")
        docs = load_corpus(ROOT / "corpus" / name)
        line = [f"{name:13}"]
        for label, an in (("rules", rules), ("stage", stage)):
            r = evaluate_docs(docs, an.analyze)
            cpu[label] += r.cpu_seconds if hasattr(r, "cpu_seconds") else 0
            sen = r.per_type.get("SENSITIVE")
            line.append(f"{label} micro {r.micro.f1:.4f} SEN {sen.f1 if sen else 0:.3f}")
        print(" | ".join(line), flush=True)
    texts = [Path(f).read_text(encoding="utf-8", errors="replace")
             for f in sorted(glob.glob(f"{args.sources}/**/*.txt", recursive=True))]
    neg = [d.text for d in load_corpus(ROOT / "corpus" / "negatives.jsonl")]
    for label, an in (("rules", rules), ("stage", stage)):
        c = Counter(f.type.value for t in texts for f in an.analyze(t))
        print(f"sources {label}: {dict(sorted(c.items()))}; negatives {sum(len(an.analyze(t)) for t in neg)}")
    # throughput: CPU time over the same texts, alternating, best of 3
    sample = texts + [d.text for name in args.batch for d in load_corpus(ROOT / "corpus" / name)]
    best = {"rules": 1e9, "stage": 1e9}
    for _ in range(3):
        for label, an in (("rules", rules), ("stage", stage)):
            t0 = time.process_time()
            for t in sample:
                an.analyze(t)
            best[label] = min(best[label], time.process_time() - t0)
    print(f"CPU s rules {best['rules']:.2f}, stage {best['stage']:.2f}: throughput ratio {best['rules'] / best['stage']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
