"""Detector round 8, ADDRESS (docs/scan-detector.md, "Round 8 — 要配慮 lexicon and the per-file flag", last part): a
building named with an ordinal number (第2ビル), and a building and room alone in the next cell of a row after an
address. Positive and negative rows on text written for this file (all names and addresses fictional).

Each row: (id, text, expected ADDRESS substrings).
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

ROWS: list[tuple[str, str, list[str]]] = [
    # an ordinal number inside a building name, with its floor (vCard ADR)
    ("ordinal-building-vcard", "BEGIN:VCARD\nADR;TYPE=HOME:;;静岡県浜松市中区元城町2-5-8 第3ビル2F;;;;\nEND:VCARD\n",
     ["静岡県浜松市中区元城町2-5-8 第3ビル2F"]),
    ("ordinal-building-room", "住所：福井県福井市宝永3-8-14 第2コーポ宝永 105\n", ["福井県福井市宝永3-8-14 第2コーポ宝永 105"]),
    ("ordinal-neg-digit-alone", "住所：福井県福井市宝永3-8-14 2ビル\n", ["福井県福井市宝永3-8-14"]),
    # a building and room alone in the next CSV cell or table cell
    ("building-cell-csv", "氏名,住所,建物,品目\n架空 一郎,群馬県前橋市大手町4-2-1,グリーン大手 305,りんご 3kg\n",
     ["群馬県前橋市大手町4-2-1", "グリーン大手 305"]),
    ("building-cell-keyword", "架空 花子\t群馬県前橋市大手町4-2-1\tメゾン前橋\t090\n", ["群馬県前橋市大手町4-2-1", "メゾン前橋"]),
    ("building-cell-html", "<tr><td>群馬県前橋市大手町4-2-1</td><td>大手ハイツ 201</td></tr>\n",
     ["群馬県前橋市大手町4-2-1", "大手ハイツ 201"]),
    # … not an ordinary value in the next cell
    ("building-cell-neg-product", "架空 一郎,群馬県前橋市大手町4-2-1,りんご 3kg,1200円\n", ["群馬県前橋市大手町4-2-1"]),
    ("building-cell-neg-amount", "架空 一郎,群馬県前橋市大手町4-2-1,会費 5,000円\n", ["群馬県前橋市大手町4-2-1"]),
    ("building-cell-neg-name", "群馬県前橋市大手町4-2-1,架空 一郎 様\n", ["群馬県前橋市大手町4-2-1"]),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_address_round8(row_id: str, text: str, expected: list[str]) -> None:
    found = [text[f.start : f.end] for f in default_analyzer().analyze(text) if f.type.value == "ADDRESS"]
    assert sorted(found) == sorted(expected), row_id
