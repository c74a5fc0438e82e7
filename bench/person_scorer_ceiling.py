"""How much could a rescoring stage for PERSON win at all? (round 7, step 1 of the learned-scorer experiment)

For each dev batch: the PERSON misses (false negatives) of the rule-based detector that have a candidate with
exactly the gold span under the threshold (a scorer could raise it), with the exact span over the threshold but
lost in conflict resolution, with only an overlapping candidate, or none; the false positives (pure, a wrong
boundary of a gold name, on a span of another type); and how many misses the opt-in candidate generator of
``hogo.scan.scorer`` would give an exact candidate. Also the best PERSON F1 a perfect rescoring could reach.

    python bench/person_scorer_ceiling.py            # blind … blind5 (never blind6/blind7)
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from hogo.scan.analyzer import Analyzer, sample_context  # noqa: E402
from hogo.scan.document import Document  # noqa: E402
from hogo.scan.evaluate import TypeScore, load_corpus  # noqa: E402
from hogo.scan.scorer import generate  # noqa: E402
from hogo.scan.types import PiiType  # noqa: E402

BATCHES = ("blind", "blind2", "blind3", "blind4", "blind5")


def main() -> int:
    analyzer = Analyzer()
    total: Counter[str] = Counter()
    print(f"{'batch':8}{'gold':>6}{'tp':>5}{'fn':>5}{'below':>7}{'lost':>6}{'overlap':>9}{'none':>6}{'gen+':>6}"
          f"{'fp':>5}{'pure':>6}{'bound':>7}{'other':>7}{'F1':>8}{'ceiling':>9}")
    for name in BATCHES:
        c: Counter[str] = Counter()
        for gold_doc in load_corpus(ROOT / "corpus" / name):
            doc = Document(gold_doc.text)
            raw = analyzer.recognize(doc)
            kept = analyzer.finish(doc, sample_context(doc.text, raw))
            pred = {(f.start, f.end) for f in kept if f.type is PiiType.PERSON}
            gold = {(s, e) for s, e, t in gold_doc.spans if t == "PERSON"}
            others = [(s, e) for s, e, t in gold_doc.spans if t != "PERSON"]
            best: dict[tuple[int, int], float] = {}
            for x in sample_context(doc.text, raw):
                if x.type is PiiType.PERSON:
                    o = doc.norm.to_original(x.start, x.end)
                    best[o] = max(best.get(o, -1.0), x.score)
            gen = {doc.norm.to_original(x.start, x.end) for x in generate(doc, raw)}
            c["gold"] += len(gold)
            for g in gold:
                if g in pred:
                    c["tp"] += 1
                    continue
                c["fn"] += 1
                if g in best:
                    c["below" if best[g] < analyzer.min_score else "lost"] += 1
                elif any(o[0] < g[1] and g[0] < o[1] for o in best):
                    c["overlap"] += 1
                else:
                    c["none"] += 1
                if g in gen:
                    c["gen+"] += 1
            for p in pred - gold:
                c["fp"] += 1
                if any(p[0] < g[1] and g[0] < p[1] for g in gold):
                    c["bound"] += 1
                elif any(p[0] < g[1] and g[0] < p[1] for g in others):
                    c["other"] += 1
                else:
                    c["pure"] += 1
        total.update(c)
        _row(name, c)
    _row("total", total)
    return 0


def _row(name: str, c: Counter[str]) -> None:
    f1 = TypeScore(c["tp"], c["fp"], c["fn"]).f1
    # a perfect rescoring raises every exact candidate under the threshold and drops every false positive
    ceiling = TypeScore(c["tp"] + c["below"], 0, c["fn"] - c["below"]).f1
    print(f"{name:8}{c['gold']:>6}{c['tp']:>5}{c['fn']:>5}{c['below']:>7}{c['lost']:>6}{c['overlap']:>9}{c['none']:>6}"
          f"{c['gen+']:>6}{c['fp']:>5}{c['pure']:>6}{c['bound']:>7}{c['other']:>7}{f1:>8.4f}{ceiling:>9.4f}")


if __name__ == "__main__":
    sys.exit(main())
