"""What the learned SENSITIVE span stage costs: stage-on / stage-off throughput of each of two revisions.

    .venv/bin/python bench/sensitive_model_speed.py fbe261c WORKTREE [--rounds 4] [--batch corpus/corpus.jsonl ...]

Each round runs, per revision (A then B), one fresh child process (see ``_revisions.py``) that builds both
analyzers (rules only, and ``default_analyzer(sensitive_model=True)``), warms them up on a few texts and times,
alternately, a pass of each over the batches with ``time.process_time``. The best round of each (revision, mode) is
reported as characters per CPU second, with the ratio on/off per revision. Prints counts and speeds only, never text.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

DEFAULT = ["corpus/corpus.jsonl", "corpus/blind28", "corpus/blind29", "corpus/blind30", "corpus/blind31",
           "corpus/blind32"]


def child(batches: list[str]) -> None:
    from _revisions import check_import

    check_import()
    from hogo.scan.analyzer import default_analyzer
    from hogo.scan.evaluate import load_corpus

    texts = [doc.text for b in batches for doc in load_corpus(b)]
    off, on = default_analyzer(), default_analyzer(sensitive_model=True)
    for t in texts[:5]:
        off.analyze(t)
        on.analyze(t)
    out = {}
    for name, an in (("off", off), ("on", on)):
        t0 = time.process_time()
        for t in texts:
            an.analyze(t)
        out[name] = time.process_time() - t0
    out["chars"] = sum(map(len, texts))
    print(json.dumps(out))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rev_a")
    ap.add_argument("rev_b")
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--batch", action="append")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    batches = args.batch or DEFAULT
    if args.child:
        child(batches)
        return 0
    from _revisions import exported, run_child, short

    best: dict[tuple[str, str], float] = {}
    chars = 0
    child_args = ["--child", "x", "x", *(a for b in batches for a in ("--batch", b))]
    for _ in range(args.rounds):
        for rev in (args.rev_a, args.rev_b):
            with exported(rev) as src:
                r = run_child(src, Path(__file__).resolve(), child_args)
            chars = r["chars"]
            for mode in ("off", "on"):
                best[(rev, mode)] = min(best.get((rev, mode), float("inf")), r[mode])
    print(f"{len(batches)} batches, {chars} characters, best of {args.rounds} rounds (chars per CPU second)")
    for rev in (args.rev_a, args.rev_b):
        off, on = chars / best[(rev, "off")], chars / best[(rev, "on")]
        print(f"{short(rev):<24} off {off:9.0f}  on {on:9.0f}  on/off {on / off:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
