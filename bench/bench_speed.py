"""hogo's throughput, two revisions side by side: characters per CPU second on a corpus, alternating runs.

    .venv/bin/python bench/bench_speed.py main WORKTREE [--rounds 5] [--corpus corpus]

The machine this runs on is shared and noisy, so the two revisions take turns (A, B, A, B, …), each round in a fresh
child process (see ``_revisions.py``) that loads SudachiPy, analyses one warm-up text, then times one pass over the
corpus with ``time.process_time`` (CPU seconds of the analyzer only). The best round of each revision is reported,
and the ratio B/A.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def child(corpus: str) -> None:
    import json

    from _revisions import check_import

    check_import()
    from hogo.scan.analyzer import default_analyzer
    from hogo.scan.evaluate import load_corpus

    if Path(corpus).is_dir() and not any(Path(corpus).glob("*.jsonl")):  # a directory of plain texts (the sources)
        texts = [f.read_text(encoding="utf-8", errors="replace") for f in sorted(Path(corpus).rglob("*.txt"))]
    else:
        texts = [d.text for d in load_corpus(corpus)]
    analyzer = default_analyzer()
    analyzer.analyze("準備 山田太郎様 03-1234-5678")  # load SudachiPy before timing
    t0 = time.process_time()
    for text in texts:
        analyzer.analyze(text)
    cpu = time.process_time() - t0
    chars = sum(map(len, texts))
    print(json.dumps({"docs": len(texts), "chars": chars, "cpu": cpu}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rev_a", help="a git revision, or WORKTREE for the current checkout")
    ap.add_argument("rev_b")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--corpus", default="corpus", help="a corpus (JSONL) or a directory of *.txt files")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.corpus)
        return

    from contextlib import ExitStack

    from _revisions import exported, run_child, short

    me = Path(__file__).resolve()
    with ExitStack() as stack:
        srcs = [stack.enter_context(exported(rev)) for rev in (args.rev_a, args.rev_b)]
        rates: list[list[float]] = [[], []]
        for r in range(args.rounds):
            for i, src in enumerate(srcs):
                out = run_child(src, me, ["--child", "x", "x", "--corpus", args.corpus])
                rates[i].append(out["chars"] / out["cpu"])
            print(f"round {r + 1}: A {rates[0][-1]:>10,.0f}  B {rates[1][-1]:>10,.0f} chars per CPU second", flush=True)
    best = [max(x) for x in rates]
    print(f"corpus {args.corpus}: {out['docs']} documents, {out['chars']:,} characters")
    print(f"A = {short(args.rev_a)}: best {best[0]:,.0f} chars per CPU second")
    print(f"B = {short(args.rev_b)}: best {best[1]:,.0f} chars per CPU second")
    print(f"ratio B/A: {best[1] / best[0]:.3f}")


if __name__ == "__main__":
    main()
