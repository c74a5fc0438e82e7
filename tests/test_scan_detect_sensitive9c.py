"""SENSITIVE mechanisms of round 9c (docs/scan-detector.md, "Round 9c — the 要配慮 flag and SENSITIVE spans"):
positive and negative rows per mechanism, on new fictional text that is in no corpus file (no batch sentence copied).

Each row: (id, text, expected) where expected lists the exact SENSITIVE substrings found — no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

ROWS: list[tuple[str, str, list[str]]] = [
    # a person's record by a person-role column (代表者, 相談者, 教習生, 会員): a listed condition in another cell
    ("role-column-tsv", "No\t代表者\t電話\t備考\n3\t柏木 和臣\t0120-000-111\t緑内障で夜間の配達不可\n", ["緑内障"]),
    ("role-column-csv", "受付,相談者,内容\n2,早乙女 里美,喘息。夜間の連絡は避ける\n", ["喘息"]),
    ("role-column-neg-topic", "受付,相談者,内容\n2,早乙女 里美,喘息の薬代の助成について\n", []),
    ("role-column-student", "日付\t受講生\t連絡事項\n5/2\t椎名 蒼\tてんかん（服薬中）\n", ["てんかん（服薬中）"]),
    ("role-column-neg-denied", "No\t代表者\t備考\n1\t柏木 和臣\t高血圧なし\n", []),
    ("role-column-neg-business", "No\t事業者\t品目\n1\t北星薬品\t糖尿病\n", []),
    ("role-column-neg-no-person", "区分\t発生\t件数\n喘息\t春\t12\n", []),
    # an impaired function said plainly, anywhere (with its bracket note)
    ("impaired-note", "申込メモ：祖母は目が不自由なため、案内は電話でお願いします。", ["目が不自由"]),
    ("impaired-cell", "7,真壁 タエ,耳が遠いので大きな声で\n", ["耳が遠い"]),
    ("impaired-bracket", "・膝が悪く（人工関節）、階段は避けたい。", ["膝が悪く（人工関節）"]),
    ("impaired-neg-class", "足が不自由な方は正面入口のスロープをご利用ください。", []),
    ("impaired-neg-denied", "本人は耳が遠くないので通常の案内で大丈夫です。", []),
    ("impaired-neg-becoming", "長時間の作業で腰が悪くならないように休憩を。", []),
    ("impaired-neg-hypothetical", "目が見えにくい場合は拡大鏡を貸し出します。", []),
    # an aid's use said as one noun (no を), with the bracket naming its condition
    ("aid-noun-note", "送迎メモ：古賀様は車いす利用のため後部リフト車で。", ["車いす利用"]),
    ("aid-noun-bracket", "9,東雲 泰造,電動車いす使用（頸髄損傷）,1階\n", ["電動車いす使用（頸髄損傷）"]),
    ("aid-noun-device", "健康メモ: ペースメーカー装着（定期点検は3月）", ["ペースメーカー装着"]),
    ("aid-noun-neg-class", "車いす利用者の方は北口のエレベーターへ。", []),
    ("aid-noun-neg-possible", "館内は車いす利用可、貸出もあります。", []),
    ("aid-noun-neg-purpose", "車いす利用のためのスロープを設置しました。", []),
    # a listed condition with the treatment event it had (手術, 通院, 術後) as a clause of a message or a note
    ("event-surgery", "返信遅れてすみません、父の胃がんの手術でした。来週から出社します。", ["胃がんの手術"]),
    ("event-visit", "欠勤連絡：パニック障害の通院が続くため、シフトは午後のみ希望。", ["パニック障害の通院"]),
    ("event-neg-topic", "胃がんの手術では、術前の禁煙が大切です。", []),
    ("event-neg-purpose", "不整脈の治療のための機器を更新しました。", []),
    ("event-neg-hypothetical", "胃がんの手術のため入院した場合は、給付金をお支払いします。", []),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_sensitive_round9c(row_id: str, text: str, expected: list[str]) -> None:
    found = [text[f.start : f.end] for f in default_analyzer().analyze(text) if f.type.value == "SENSITIVE"]
    assert sorted(found) == sorted(expected), row_id
