"""Select hard negatives for the corpus: passages of the government documents in ../shared/sources that are
full of numbers (法令番号, 条項, amounts, dates, statistics) but hold no personal information.

A passage is kept only if it has many digits and none of the markers of contact data or named officials
(@, 電話, TEL, FAX, 氏名, 課長, 参事官, 〒 …). The selection is deterministic; the gold span list is empty.

    python corpus/negatives.py /work/shared/sources   # writes corpus/negatives.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_EXCLUDE = re.compile(r"@|電話|TEL|Tel|FAX|氏名|課長|参事官|室長|局長|委員長|記入|〒|様|さん|殿|氏|先生|住所|所在地|難波")
PASSAGE = 1200
PER_FILE = 3


def passages(text: str) -> list[str]:
    out, buf = [], ""
    for para in re.split(r"(?<=。)", text):
        buf += para
        if len(buf) >= PASSAGE:
            out.append(buf.strip())
            buf = ""
    return out


def select(sources: Path) -> list[dict]:
    files = sorted(p for p in sources.glob("*.txt") if "raw" not in p.name) + sorted((sources / "ppc-corpus").glob("doc*.txt"))
    docs = []
    for path in files:
        if path.name in {"doc082.txt"}:  # statistics with regional names: kept out of the gold corpus, still in the FP sweep
            continue
        text = path.read_text(encoding="utf-8")
        scored = []
        for i, p in enumerate(passages(text)):
            if _EXCLUDE.search(p):
                continue
            digits = sum(ch.isdigit() for ch in p)
            if digits >= 25 and re.search(r"第\d+条|法律第|年度|億|万円|%", p):
                scored.append((digits, i, p))
        for _, i, p in sorted(scored, reverse=True)[:PER_FILE]:
            docs.append({"id": f"neg-{path.stem[:12]}-{i:03d}", "text": p + "\n", "spans": []})
    return docs


def main() -> None:
    docs = select(Path(sys.argv[1]))
    with (HERE / "negatives.jsonl").open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"{len(docs)} negative passages -> {HERE / 'negatives.jsonl'}")


if __name__ == "__main__":
    main()
