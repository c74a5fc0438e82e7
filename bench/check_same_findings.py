"""Do two revisions of hogo's analyzer find exactly the same things? Prints counts only, never text.

    .venv/bin/python bench/check_same_findings.py main WORKTREE
    .venv/bin/python bench/check_same_findings.py main speed --batch corpus/blind7 --no-sources
    .venv/bin/python bench/check_same_findings.py fbe261c WORKTREE --sensitive-model --batch corpus/blind28

Each revision runs in its own child process (see ``_revisions.py``) over every batch (a corpus directory or JSONL
file, read with :func:`hogo.scan.evaluate.load_corpus`) and every ``*.txt`` under ``--sources``, and reports, per
document, its findings ``(start, end, type, score, recognizer)``. The parent prints, per batch, the number of
documents and the number whose finding sets differ, and exits with status 1 when any differ.

The default batches are the development ones: ``corpus``, ``corpus/blind`` and ``corpus/blind2`` … ``blind6``.
Name others (held-out batches) explicitly with ``--batch``; the output stays counts only.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

DEV_BATCHES = ["corpus", "corpus/blind", "corpus/blind2", "corpus/blind3", "corpus/blind4", "corpus/blind5",
               "corpus/blind6"]
SOURCES = "/work/shared/sources"


def child(batches: list[str], sources: str | None, sensitive_model: bool = False) -> None:
    """In the child process: dump the findings of every document as JSON (one line on stdout)."""
    from _revisions import check_import

    check_import()
    from hogo.scan.analyzer import default_analyzer
    from hogo.scan.evaluate import load_corpus

    analyzer = default_analyzer(sensitive_model=True) if sensitive_model else default_analyzer()

    def findings(text: str) -> list[list]:
        return sorted([f.start, f.end, f.type.value, f.score, f.recognizer] for f in analyzer.analyze(text))

    out: dict[str, list] = {}
    for batch in batches:
        out[batch] = [findings(doc.text) for doc in load_corpus(batch)]
    if sources:
        files = sorted(Path(sources).rglob("*.txt"))
        out["sources"] = [findings(f.read_text(encoding="utf-8", errors="replace")) for f in files]
    print(json.dumps(out))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rev_a", help="a git revision, or WORKTREE for the current checkout")
    ap.add_argument("rev_b")
    ap.add_argument("--batch", action="append", help="a corpus directory or JSONL file (repeatable); default: dev")
    ap.add_argument("--sources", default=SOURCES, help="a directory of *.txt files (default: %(default)s)")
    ap.add_argument("--no-sources", action="store_true")
    ap.add_argument("--sensitive-model", action="store_true",
                    help="both revisions run with the learned SENSITIVE span stage on (default_analyzer(sensitive_model=True))")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    batches = args.batch or DEV_BATCHES
    sources = None if args.no_sources else args.sources
    if args.child:
        child(batches, sources, args.sensitive_model)
        return 0

    from _revisions import exported, run_child, short

    child_args = ["--child", "x", "x", *(a for b in batches for a in ("--batch", b))]
    child_args += ["--no-sources"] if sources is None else ["--sources", sources]
    if args.sensitive_model:
        child_args.append("--sensitive-model")
    results = []
    for rev in (args.rev_a, args.rev_b):
        with exported(rev) as src:
            results.append(run_child(src, Path(__file__).resolve(), child_args))
    a, b = results
    total = 0
    print(f"A = {short(args.rev_a)}, B = {short(args.rev_b)}")
    for name in a:
        if len(a[name]) != len(b[name]):
            print(f"{name:<24} document counts differ: {len(a[name])} vs {len(b[name])}")
            total += max(len(a[name]), len(b[name]))
            continue
        differ = sum(1 for x, y in zip(a[name], b[name]) if x != y)
        found = sum(len(x) for x in a[name]), sum(len(y) for y in b[name])
        total += differ
        print(f"{name:<24} {len(a[name]):5d} documents, findings {found[0]:6d} vs {found[1]:6d}, documents differing: {differ}")
    print(f"documents whose findings differ: {total}")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
