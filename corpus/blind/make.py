"""Build corpus/blind/documents.jsonl: a blind, held-out evaluation batch for `hogo scan`.

Every document below is hand-written, fully fictional, and marked inline with ``⟦TYPE:text⟧``; this
script strips the markers and computes the gold offsets, so an offset cannot be wrong. Identification
numbers with check digits are not typed by hand but computed here:

    «MN:b11»   a valid 個人番号 (My Number) from the 11-digit base b11, no separators
    «MNS:b11»  … grouped ``NNNN NNNN NNNN``;  «MNH:b11» grouped with hyphens;  «MNW:b11» full-width digits
    «MNX:b11»  an INVALID 12-digit number (wrong check digit) — never annotated
    «CC:b15» / «CCH:b15» / «CCS:b15»  a valid Luhn card number (plain / hyphen / space groups of 4)
    «CCX:b15»  the same layout with a wrong Luhn digit — never annotated
    «CORP:b12» a valid 13-digit 法人番号 (corporate number) — never annotated

The batch was written without looking at the detector's recognizers and without running the detector on
it (see README.md). Run:  python corpus/blind/make.py

The later batches (corpus/blind2/ … blind4/) have the same format and are built by this same script:
    python corpus/blind/make.py corpus/blind3        # reads DIR/documents.txt, writes DIR/documents.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))

from hogo.ids.mynumber import calc_check_digit  # noqa: E402

TYPES = {
    "PERSON", "ADDRESS", "POSTAL_CODE", "PHONE", "EMAIL", "BIRTH_DATE", "MY_NUMBER", "PASSPORT",
    "DRIVER_LICENSE", "PENSION_NUMBER", "RESIDENCE_CARD", "HEALTH_INSURANCE", "BANK_ACCOUNT",
    "CREDIT_CARD", "SENSITIVE",
}
_MARK = re.compile(r"⟦([A-Z_]+):(.*?)⟧", re.S)
_GEN = re.compile(r"«([A-Z]+):(\d+)»")
_FULLWIDTH = str.maketrans("0123456789 ", "０１２３４５６７８９\u3000")
# full-width digits, ideographic space and dashes → ASCII, one character for one (offsets unchanged)
_TO_ASCII = str.maketrans("０１２３４５６７８９\u3000－‐−", "0123456789 ---")
# 12 digits, plain or grouped 4-4-4 with one consistent separator, not inside a longer digit run
TWELVE_DIGITS = re.compile(r"(?<![0-9])(?<![0-9][ -])(\d{4}([ -]?)\d{4}\2\d{4})(?![0-9]|[ -][0-9])")


def valid_my_number(number: str) -> bool:
    digits = re.sub(r"[^0-9]", "", number.translate(_TO_ASCII))
    return len(digits) == 12 and calc_check_digit(digits[:11]) == digits[11]


def unannotated_valid_twelve(text: str, spans: list[dict]) -> list[str]:
    """12-digit numbers with a valid My Number check digit that no MY_NUMBER/DRIVER_LICENSE span covers."""
    covered = [(s["start"], s["end"]) for s in spans if s["type"] in ("MY_NUMBER", "DRIVER_LICENSE")]
    found = []
    for m in TWELVE_DIGITS.finditer(text.translate(_TO_ASCII)):
        inside = any(a <= m.start(1) and m.end(1) <= b for a, b in covered)
        if not inside and valid_my_number(m.group(1)):
            found.append(m.group(1))
    return found


def luhn_digit(base: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(base)):
        d = int(ch)
        if i % 2 == 0:  # these digits are doubled once the check digit is appended
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def corp_check_digit(base12: str) -> str:
    """法人番号 check digit (prefixed): 9 − (Σ Pn×Qn mod 9), Qn = 1 for odd n, 2 for even n from the right."""
    s = sum(int(d) * (1 if n % 2 else 2) for n, d in enumerate(reversed(base12), 1))
    return str(9 - s % 9)


def _wrong(digit: str) -> str:
    return str((int(digit) + 3) % 10)


def _groups(number: str, sep: str) -> str:
    return sep.join(number[i : i + 4] for i in range(0, len(number), 4))


def expand(match: re.Match) -> str:
    kind, base = match.group(1), match.group(2)
    if kind.startswith("MN"):
        assert len(base) == 11, base
        check = calc_check_digit(base)
        number = base + (_wrong(check) if kind == "MNX" else check)
        if kind == "MNS":
            return _groups(number, " ")
        if kind == "MNH":
            return _groups(number, "-")
        if kind == "MNW":
            return _groups(number, " ").translate(_FULLWIDTH)
        return number
    if kind.startswith("CC"):
        assert len(base) == 15, base
        check = luhn_digit(base)
        number = base + (_wrong(check) if kind == "CCX" else check)
        if kind in ("CCH", "CCX"):
            return _groups(number, "-")
        if kind == "CCS":
            return _groups(number, " ")
        return number
    if kind == "CORP":
        assert len(base) == 12, base
        return corp_check_digit(base) + base
    raise ValueError(f"unknown generator {kind}")


def parse(marked: str) -> tuple[str, list[dict]]:
    marked = _GEN.sub(expand, marked)
    out: list[str] = []
    spans: list[dict] = []
    pos = length = 0
    for m in _MARK.finditer(marked):
        typ, value = m.group(1), m.group(2)
        if typ not in TYPES:
            raise ValueError(f"unknown type {typ}")
        chunk = marked[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        spans.append({"start": length, "end": length + len(value), "type": typ})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    for bad in ("⟦", "⟧", "«", "»"):
        if bad in text:
            raise ValueError(f"stray marker {bad!r} in {text[:40]!r}")
    return text, spans


def load_documents(batch: Path = HERE) -> list[tuple[str, str, str]]:
    """(id, kind, marked text) from ``batch``/documents.txt: blocks headed ``=== id | kind``."""
    docs = []
    current = None
    lines: list[str] = []
    for line in (Path(batch) / "documents.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("=== "):
            if current:
                docs.append((*current, "\n".join(lines).strip("\n") + "\n"))
            ident, _, kind = line[4:].partition("|")
            current, lines = (ident.strip(), kind.strip()), []
        elif current is not None:
            lines.append(line)
    if current:
        docs.append((*current, "\n".join(lines).strip("\n") + "\n"))
    return docs


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    batch = Path(args[0]) if args else HERE
    records = []
    seen = set()
    for ident, kind, marked in load_documents(batch):
        if ident in seen:
            raise ValueError(f"duplicate id {ident}")
        seen.add(ident)
        text, spans = parse(marked)
        # round trip: every span's text is exactly the marked value, spans ordered and disjoint
        values = [m.group(2) for m in _MARK.finditer(_GEN.sub(expand, marked))]
        prev_end = 0
        for span, value in zip(spans, values, strict=True):
            assert text[span["start"] : span["end"]] == value, (ident, value)
            assert span["start"] >= prev_end and span["end"] > span["start"], (ident, value)
            assert value == value.strip(), (ident, f"span has outer whitespace: {value!r}")
            prev_end = span["end"]
        for span in spans:
            if span["type"] == "MY_NUMBER":
                assert valid_my_number(text[span["start"] : span["end"]]), (ident, "invalid My Number annotated")
        stray = unannotated_valid_twelve(text, spans)
        assert not stray, (ident, "a 12-digit number with a valid check digit is not annotated", stray)
        records.append({"id": ident, "kind": kind, "negative": not spans, "text": text, "spans": spans})
    with (batch / "documents.jsonl").open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["type"]] = counts.get(s["type"], 0) + 1
    negatives = sum(r["negative"] for r in records)
    print(f"{len(records)} documents ({len(records) - negatives} with findings, {negatives} hard negatives), "
          f"{sum(len(r['text']) for r in records)} chars, {sum(counts.values())} spans")
    for typ in sorted(counts, key=lambda t: -counts[t]):
        print(f"  {typ:<17}{counts[typ]:>5}")


if __name__ == "__main__":
    main()
