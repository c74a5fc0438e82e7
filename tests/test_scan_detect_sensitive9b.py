"""SENSITIVE mechanisms of round 9b (docs/scan-detector.md, "Round 9b — SENSITIVE and the per-file flag"): positive
and negative rows per mechanism, on new fictional text that is in no corpus file (no batch sentence copied).

Each row: (id, text, expected) where expected lists the exact SENSITIVE substrings found — no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

ROWS: list[tuple[str, str, list[str]]] = [
    # a listed condition in a cell of a person's record (a table with a name column)
    # (round 11: a condition in the bracket of the drug it explains goes with the drug — blind6, 8, 9, 10, 11, 15)
    ("record-csv", "No,氏名,連絡先,備考\n1,北条 隼人,090-0000-1111,降圧薬（高血圧症）継続\n", ["降圧薬（高血圧症）"]),
    ("record-tsv-note", "番号\t利用者名\t特記\n7\t西園 まり\tてんかん（発作時は横向きに）\n", ["てんかん（発作時は横向きに）"]),
    ("record-neg-denied", "No,氏名,既往\n1,北条 隼人,糖尿病なし\n", []),
    ("record-neg-compound", "No,氏名,参加講座\n1,北条 隼人,糖尿病予防教室\n2,西園 まり,がん検診説明会\n", []),
    ("record-neg-product", "ID,氏名,契約\n1,北条 隼人,医療・がん\n", []),
    ("record-neg-no-name", "区分,患者数,前年比\n糖尿病,1200,+3%\n高血圧症,2400,-1%\n", []),
    # a checked box before a condition (the converse of an unchecked one)
    ("checked", "既往（該当に印）\n☐ 喘息 ☑ 糖尿病 ☐ 心臓病\n", ["糖尿病"]),
    ("checked-neg-class", "✓ 糖尿病の方は食事の前にお知らせください。\n", []),
    ("unchecked-neg", "☐ 喘息 ☐ 糖尿病 ☐ 心臓病\n", []),
    # a disability with its grade
    ("grade", "配達先メモ：瀬川様 聴覚障害 2級、来訪時はチャイムでなく筆談で。", ["聴覚障害 2級"]),
    ("grade-neg-class", "肢体障害1級の方は駐車料金が免除されます。", []),
    ("grade-neg-range", "視覚障害1級、2級の方が対象です。", []),
    # a condition opening a record's value as the reason of something
    ("value-reason-json", '{"memo": "緑内障のため夜間の運転不可"}', ["緑内障"]),
    ("value-reason-csv", "12,平野 圭,喘息のため体育は見学\n", ["喘息"]),
    ("value-reason-neg-generic", '{"tip": "喘息のため息苦しくなった場合は受診を"}', []),
    # dialysis as a person's state
    ("dialysis", "父が人工透析中で午前は不在です。", ["人工透析中"]),
    ("dialysis-json", '{"note": "人工透析中のため面談は午後"}', ["人工透析中"]),
    ("dialysis-neg-class", "人工透析中の方は送迎サービスをご利用いただけます。", []),
    ("dialysis-neg-topic", "人工透析中は血圧が下がりやすくなります。", []),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_sensitive_round9b(row_id: str, text: str, expected: list[str]) -> None:
    found = [text[f.start : f.end] for f in default_analyzer().analyze(text) if f.type.value == "SENSITIVE"]
    assert sorted(found) == sorted(expected), row_id
