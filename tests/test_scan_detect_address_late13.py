"""Detector round 13 (late), ADDRESS and identifiers on blind28–32 (docs/scan-detector.md, "Round 13 (late) — ADDRESS
and identifiers on blind28–32"). Positive and negative rows per mechanism, on text written for this file (not from
any corpus; all names, numbers and addresses fictional).

Each row: (id, text, types, expected) where expected lists (type, exact substring) for every finding of ``types``.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

A = frozenset({"ADDRESS"})
H = frozenset({"HEALTH_INSURANCE"})
D = frozenset({"BIRTH_DATE"})
L = frozenset({"DRIVER_LICENSE"})

ROWS: list[tuple[str, str, frozenset[str], list[tuple[str, str]]]] = [
    # --- ADDRESS: a number ending a keyword building's name before a room that says 号 or ends the field ---
    ("building-number-room-go", "住所 北海道旭川市東3条8丁目2-14 サンハイツ東8 207号　携帯 080-1234-5678\n", A,
     [("ADDRESS", "北海道旭川市東3条8丁目2-14 サンハイツ東8 207号")]),
    ("building-number-room-eol", "〒080-0011\n帯広市西7条南4丁目3-9 グリーンコート西7 301\n", A,
     [("ADDRESS", "帯広市西7条南4丁目3-9 グリーンコート西7 301")]),
    ("building-number-count-neg", "東京都港区芝5-3-1 ハイツ芝12 300人が集まった。\n", A, [("ADDRESS", "東京都港区芝5-3-1 ハイツ芝12")]),
    # --- ADDRESS: a room said with 号 alone after a space, ending its field ---
    ("room-go-cell", "| 7 | 小池 真一 | 静岡市葵区北安東4-12-3 305号 | 080-3301-2211 |\n", A,
     [("ADDRESS", "静岡市葵区北安東4-12-3 305号")]),
    ("room-go-ordinal-neg", "東京都港区芝5-3-1 第123号の通知\n", A, [("ADDRESS", "東京都港区芝5-3-1")]),
    ("room-go-midword-neg", "東京都港区芝5-3-1 123号線の工事\n", A, [("ADDRESS", "東京都港区芝5-3-1")]),
    # --- ADDRESS: a katakana building's room before a copula in chat ---
    ("chat-room-copula", "正しいのは川崎市中原区木月1-12-8 ステラ木月 402です。\n", A,
     [("ADDRESS", "川崎市中原区木月1-12-8 ステラ木月 402")]),
    ("chat-count-copula-neg", "東京都港区芝5-3-1 参加者 120でした\n", A, [("ADDRESS", "東京都港区芝5-3-1")]),
    # --- ADDRESS: a plot's area alone after the address (a property, not a residence) ---
    ("plot-area-neg", "No.2 物件 P-北谷（北谷町美浜3-5-8 約210㎡）\n", A, []),
    ("plot-part-area-neg", "No.1 物件（那覇市首里1-24-10 の一部 約120㎡）\n", A, []),
    ("plot-area-other-word", "住所 沖縄県浦添市城間3-5-8 約束の時間に訪問\n", A, [("ADDRESS", "沖縄県浦添市城間3-5-8")]),
    # --- HEALTH_INSURANCE: けんぽ as the insurance word; 記号 … で番号 … in speech ---
    ("kenpo-context", "傷病手当金を受給中（協会けんぽ 記号 02150033 番号 417）。\n", H,
     [("HEALTH_INSURANCE", "02150033"), ("HEALTH_INSURANCE", "417")]),
    ("spoken-de-pair", "19:02 保険証でいいですか？ 記号が 42213 で番号 61 です\n", H,
     [("HEALTH_INSURANCE", "42213"), ("HEALTH_INSURANCE", "61")]),
    ("no-insurance-word-neg", "会員証の記号 02150033 番号 417 を確認した。\n", H, []),
    # --- HEALTH_INSURANCE: a pair column named with the card, 健康保険証（記号・番号） ---
    ("pair-column-card-bracket",
     "| 役割 | 氏名 | 健康保険証（記号・番号） |\n|---|---|---|\n| CL | 森 宏 | 31090226・14 |\n| SL | 川井 千里 | 諏訪03・207711 |\n", H,
     [("HEALTH_INSURANCE", "31090226"), ("HEALTH_INSURANCE", "14"), ("HEALTH_INSURANCE", "諏訪03"),
      ("HEALTH_INSURANCE", "207711")]),
    ("pair-column-other-neg", "| 役割 | 氏名 | 会員証（記号・番号） |\n|---|---|---|\n| CL | 森 宏 | 31090226・14 |\n", H, []),
    # --- HEALTH_INSURANCE: a transposed table's row labelled 被保険者番号 ---
    ("row-label-values",
     "| 項目 | 夫 | 妻 |\n|---|---|---|\n| 被保険者番号 | 0003318207 | 0003318215 |\n| 保険者番号 | 112201 | 112201 |\n", H,
     [("HEALTH_INSURANCE", "0003318207"), ("HEALTH_INSURANCE", "0003318215")]),
    ("row-label-insurer-neg", "| 項目 | 夫 | 妻 |\n|---|---|---|\n| 保険者番号 | 112201 | 112201 |\n| 被保険者証 | あり | なし |\n", H, []),
    # --- BIRTH_DATE: 発生年月日 (the date of an event) is no 生年月日 label ---
    ("event-date-neg", "届出者：管理者 森 宏\n事故発生年月日：令和7年9月12日（判明日）\n事故の種類：紛失\n", D, []),
    ("event-date-kv-neg", "発生年月日: 2025/09/12\n", D, []),
    ("birth-label-pos", "患者 森 宏 生年月日：昭和17年4月30日\n", D, [("BIRTH_DATE", "昭和17年4月30日")]),
    # --- BIRTH_DATE: a transposed table's row labelled 生年月日 ---
    ("birth-row-label",
     "| 項目 | 夫 | 妻 |\n|---|---|---|\n| 生年月日 | 昭和15年2月3日 | 昭和18年11月9日 |\n| 申請日 | 令和7年8月1日 | 令和7年8月2日 |\n", D,
     [("BIRTH_DATE", "昭和15年2月3日"), ("BIRTH_DATE", "昭和18年11月9日")]),
    ("birth-row-other-label-neg", "| 氏名 | 入社日 | 退社日 |\n|---|---|---|\n| 森 宏 | 2014/04/01 | 2020/03/31 |\n", D, []),
    # --- DRIVER_LICENSE: the ticked box names the card; a note in brackets after 番号 ---
    ("ticked-licence-box", "本人確認書類：☑運転免許証 □保険証 □マイナンバーカード\n　番号（店控え）530011847203\n", L,
     [("DRIVER_LICENSE", "530011847203")]),
    ("unticked-licence-box-neg", "本人確認書類：□運転免許証 ☑保険証 □パスポート □在留カード □その他（　　　　　　）\n　番号（店控え）530011847203\n", L, []),
    ("yucho-neg", "ゆうちょ 記号が 12470 で番号 31852641 です\n", H, []),
]


@pytest.mark.parametrize(("row_id", "text", "types", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_detect_address_late13(row_id: str, text: str, types: frozenset[str], expected: list[tuple[str, str]]) -> None:
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text) if f.type.value in types]
    assert sorted(found) == sorted(expected), (row_id, found)
