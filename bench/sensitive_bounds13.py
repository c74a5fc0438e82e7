"""Round 13: SENSITIVE span boundaries across authors — the counts behind ``hogo.scan.recognizers.sensitive_bounds``.

Run from the worktree root (``PYTHONPATH=src``)::

    python bench/sensitive_bounds13.py                     # every dev batch (corpus.jsonl, blind … blind27)
    python bench/sensitive_bounds13.py --batch blind23 blind24

Part 1 lists, per batch (author), the predicted SENSITIVE spans that overlap a gold SENSITIVE span without matching
it, classified by edge (left/right), which side is wider (``P+`` the prediction takes in more, ``G+`` the gold span
does) and the grammatical class of the difference. Part 2 measures each rule class of the stage alone, batch by
batch, and its leave-one-author-out gain: a batch's gain counts only when the rule helps more of the *other* batches
where it fires than it hurts. Only counts and class names are printed, never document text.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from hogo.scan.analyzer import Analyzer
from hogo.scan.evaluate import load_corpus
from hogo.scan.recognizers.sensitive_bounds import RULES, normalise_bounds

ROOT = Path(__file__).resolve().parent.parent / "corpus"
DEV = ["corpus.jsonl", "blind"] + [f"blind{i}" for i in range(2, 28)]
FORBIDDEN = {f"blind{i}" for i in range(28, 40)}
NEW = {"blind23", "blind24", "blind25", "blind26", "blind27"}

# the classes of a difference at the left edge (the text between the two starts)
LEFT = [
    ("label", re.compile(r"[:：(（]\s*\Z")),
    ("list item before", re.compile(r"[、,・]\s*\Z")),
    ("place or visit (…科で, 受診し)", re.compile(r"(科|クリニック|病院|医院|署|警察|センター)(で|に|にて|を受診し、?)\Z|受診し、?\Z")),
    ("time", re.compile(r"(\d+|[一二三四五六七八九十])\s*(年|か月|ヶ月|月|日|歳|週)|昨年|先月|今年|以前|過去|頃|時に|から\Z|まで\Z|以来|長く|繰り返し")),
    ("subject or relation (…は/が/に/から)", re.compile(r"(は|が|に|から|からの|への|も)\s*\Z")),
    ("cause or condition before (…で, …による, …の)", re.compile(r"(で|による|により|の|して|し、)\s*\Z")),
    ("degree or qualifier (軽度, 重度, 先天性)", re.compile(r"軽度|重度|軽い|先天性|慢性|重症|持病")),
]
# the classes of a difference at the right edge (the text between the two ends)
RIGHT = [
    ("reason ため/ので", re.compile(r"\A\s?(なため|なので|のため|ので|ため)")),
    ("conjunctive ～ており/～て", re.compile(r"\A(しており|ており|おり|していて|して|て|され、?|し、?)\Z")),
    ("finite している/した/された", re.compile(r"\A(している|していた|した|しました|された|されており|されて|です|である|でございます|ている|ていた)")),
    ("ある/あり after the condition", re.compile(r"\A(があり|がある|あり|の既往あり)")),
    ("bracket after", re.compile(r"\A\s?[(（]")),
    ("closing bracket only", re.compile(r"\A[)）]")),
    ("list item after", re.compile(r"\A[、,・/]")),
    ("predicate after (で…/の…/と診断)", re.compile(r"\A\s?(で|の|と|を|に|が|による|により)")),
    ("punctuation or <br>", re.compile(r"\A([。」]|<br>)")),
]


def classify(diff: str, classes) -> str:
    for name, rx in classes:
        if rx.search(diff):
            return name
    return "other"


def collect(analyzer: Analyzer, names: list[str]):
    """Per batch: the documents' gold spans, text and candidates (the stage off)."""
    data = {}
    for name in names:
        if name in FORBIDDEN:
            sys.exit(f"{name} is unseen: forbidden")
        rows = []
        for d in load_corpus(ROOT / name):
            doc, found = analyzer.candidates(d.text)
            gold = {(a, b) for a, b, t in d.spans if t == "SENSITIVE"}
            rows.append((d.text, gold, doc, found))
        data[name] = rows
        print(f"  collected {name}", file=sys.stderr, flush=True)
    return data


def predicted(analyzer: Analyzer, doc, found, rules):
    if rules:
        found = normalise_bounds(doc.text, found, rules)
    return [(f.start, f.end) for f in analyzer.finish(doc, found) if f.type.value == "SENSITIVE"]


def boundary_classes(analyzer: Analyzer, data) -> dict[str, Counter]:
    out: dict[str, Counter] = {}
    for name, rows in data.items():
        c: Counter = Counter()
        for text, gold, doc, found in rows:
            for a, b in predicted(analyzer, doc, found, None):
                if (a, b) in gold:
                    continue
                for ga, gb in gold:
                    if a < gb and ga < b:
                        if a != ga:
                            side = "P+" if a < ga else "G+"
                            c[("left", side, classify(text[min(a, ga) : max(a, ga)], LEFT))] += 1
                        if b != gb:
                            side = "P+" if b > gb else "G+"
                            c[("right", side, classify(text[min(b, gb) : max(b, gb)], RIGHT))] += 1
        out[name] = c
    return out


def rule_gains(analyzer: Analyzer, data) -> dict[str, dict[str, int]]:
    """Exact SENSITIVE matches gained per batch by each rule class alone (and all together)."""
    base = {}
    for name, rows in data.items():
        base[name] = sum(len(set(predicted(analyzer, doc, found, None)) & gold) for _, gold, doc, found in rows)
    gains = {}
    for rule in [*RULES, "all"]:
        rules = list(RULES) if rule == "all" else [rule]
        gains[rule] = {
            name: sum(len(set(predicted(analyzer, doc, found, rules)) & gold) for _, gold, doc, found in rows) - base[name]
            for name, rows in data.items()
        }
    return gains


def loao(per: dict[str, int]) -> int:
    total = 0
    for name, gain in per.items():
        helped = sum(1 for m, g in per.items() if m != name and g > 0)
        hurt = sum(1 for m, g in per.items() if m != name and g < 0)
        if helped > hurt:
            total += gain
    return total


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--batch", nargs="*")
    a = ap.parse_args()
    names = a.batch or DEV
    analyzer = Analyzer(sensitive_bounds=False)
    data = collect(analyzer, names)
    classes = boundary_classes(analyzer, data)
    short = {n: n.replace("blind", "b").replace("corpus.jsonl", "c") for n in names}
    print("## Part 1 — overlapping but inexact SENSITIVE spans (stage off), by class and batch\n")
    keys = sorted({k for c in classes.values() for k in c}, key=lambda k: (k[0], k[2], k[1]))
    print("| edge | wider | class | total | " + " | ".join(short[n] for n in names) + " |")
    print("|---|---|---|---|" + "---|" * len(names))
    for k in keys:
        row = [classes[n].get(k, 0) for n in names]
        print(f"| {k[0]} | {k[1]} | {k[2]} | {sum(row)} | " + " | ".join(str(x) if x else "" for x in row) + " |")
    print("\n## Part 2 — each rule class alone: exact SENSITIVE spans gained per batch\n")
    gains = rule_gains(analyzer, data)
    print("| rule | batches helped | hurt | net | leave-one-author-out | blind23–27 net | per batch |")
    print("|---|---|---|---|---|---|---|")
    for rule, per in gains.items():
        helped = sum(1 for g in per.values() if g > 0)
        hurt = sum(1 for g in per.values() if g < 0)
        new = sum(g for n, g in per.items() if n in NEW)
        detail = " ".join(f"{short[n]} {g:+d}" for n, g in per.items() if g)
        print(f"| {rule} | {helped} | {hurt} | {sum(per.values()):+d} | {loao(per):+d} | {new:+d} | {detail} |")


if __name__ == "__main__":
    main()
