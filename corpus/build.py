"""Build corpus/corpus.jsonl: hand-written documents (handwritten.txt, inline [[TYPE|text]] markup),
generated documents (generate.py) and hard negatives from ../shared/sources (negatives.jsonl); and
corpus/corpus-heldout{,2,3}.jsonl from heldout{,2,3}.txt (documents written after tuning; their first scores
are kept in heldout*-first-run.txt), and dev2.jsonl / dev3.jsonl from dev2.txt / dev3.txt (first runs in
dev2-first-run.txt / dev3-first-run.txt).

    python corpus/build.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_MARK = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]")


def parse_marked(marked: str) -> tuple[str, list[dict]]:
    """Turn ``…[[PERSON|山田]]…`` into plain text and gold spans."""
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    for m in _MARK.finditer(marked):
        chunk = marked[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        value = m.group(2)
        spans.append({"start": length, "end": length + len(value), "type": m.group(1)})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def handwritten(name: str = "handwritten.txt") -> list[dict]:
    docs: list[dict] = []
    current: str | None = None
    lines: list[str] = []
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("=== "):
            if current:
                docs.append((current, "\n".join(lines).strip("\n") + "\n"))
            current, lines = line[4:].strip(), []
        elif current is not None:
            lines.append(line)
    if current:
        docs.append((current, "\n".join(lines).strip("\n") + "\n"))
    out = []
    for doc_id, marked in docs:
        text, spans = parse_marked(marked)
        out.append({"id": doc_id, "text": text, "spans": spans})
    return out


def main() -> None:
    sys.path.insert(0, str(HERE))
    from generate import generate  # noqa: PLC0415

    docs = handwritten()
    docs += [{"id": i, "text": t, "spans": s} for i, t, s in ((d["id"], *parse_marked(d["marked"])) for d in generate())]
    neg = HERE / "negatives.jsonl"
    if neg.exists():
        docs += [json.loads(line) for line in neg.read_text(encoding="utf-8").splitlines() if line.strip()]
    with (HERE / "corpus.jsonl").open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"{len(docs)} documents -> {HERE / 'corpus.jsonl'}")
    for source, target in (("heldout.txt", "corpus-heldout.jsonl"), ("heldout2.txt", "corpus-heldout2.jsonl"),
                           ("heldout3.txt", "corpus-heldout3.jsonl"),
                           # dev2/dev3: the generalisation work's development sets (docs/scan-detector.md)
                           ("dev2.txt", "dev2.jsonl"), ("dev3.txt", "dev3.jsonl")):
        held = handwritten(source)
        with (HERE / target).open("w", encoding="utf-8") as f:
            for d in held:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        print(f"{len(held)} held-out documents -> {HERE / target}")


if __name__ == "__main__":
    main()
