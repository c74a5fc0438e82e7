"""PERSON and ADDRESS mechanisms of detector round 9 (docs/scan-detector.md, "Round 9 — PERSON and ADDRESS"): names
written with a form's two-space gap, tab-separated chat exports, table structure (a title row above the header, a
PostgreSQL COPY header, reading and name-part columns, actor columns), company names glued to a surname, addresses
broken over a line. Positive and negative rows per mechanism, on text written for this file (not in any corpus; all
names, places and numbers fictional).

Each row: (id, text, types, expected) where expected lists (type, exact substring) for every finding of the listed
types — no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

P = ("PERSON",)
A = ("ADDRESS",)

ROWS: list[tuple[str, str, tuple[str, ...], list[tuple[str, str]]]] = [
    # --- a surname, two spaces, a given name closing its field: one name (fixed-width forms, OCR) ---
    ("wide-gap-label", "受 講 者 票\n受講者氏名  岩佐  尚美          受講番号 118\n", P, [("PERSON", "岩佐  尚美")]),
    ("wide-gap-line", "   氏  名  宇野  晴彦\n   生年月日  昭和 52年 4月 3日\n", P, [("PERSON", "宇野  晴彦")]),
    ("wide-gap-honorific", "  ひばり整骨院\n  坂巻  智 先生 御机下\n", P, [("PERSON", "坂巻  智")]),
    ("wide-gap-reading", "ふりがな  いわさ  なおみ\n", P, [("PERSON", "いわさ  なおみ")]),
    # (round 11: the clerk after 確認 is found too — the row still pins that the gap does not join 岩佐 and 確認 宇野)
    ("wide-gap-next-field-neg", "受付 岩佐  確認 宇野\n", P, [("PERSON", "岩佐"), ("PERSON", "宇野")]),
    ("wide-gap-value-neg", "氏名  岩佐  年齢 38\n", P, [("PERSON", "岩佐")]),
    # --- the speakers of a tab-separated chat export (time, speaker, message) ---
    ("tab-chat",
     "08/02(土)\n07:10\tさっこ\t今日の当番です\n07:12\tもも（ソラママ）\t了解です\n07:15\tさっこ\t鍵あります\n07:20\tもも（ソラママ）\tありがとう\n",
     P, [("PERSON", "さっこ"), ("PERSON", "さっこ"), ("PERSON", "もも"), ("PERSON", "もも"), ("PERSON", "ソラ"), ("PERSON", "ソラ")]),
    ("tab-chat-timetable-neg", "13:00\t受付\t1階\n13:30\t講演\t大ホール\n14:30\t休憩\t\n14:40\t講演\t大ホール\n16:00\t閉会\t\n", P, []),
    ("tab-chat-once-neg", "10:00\tひまわり\t開始\n11:00\tたんぽぽ\t移動\n12:00\tすみれ\t昼食\n", P, []),
    # --- a title row above a table: the next line is the header (here a reading column) ---
    ("title-row",
     "第12回 町民マラソン\t受付名簿\t2031/10/12\nNo\t氏名\tﾌﾘｶﾞﾅ\t区分\n1\t江崎 ここみ\tｴｻﾞｷ ｺｺﾐ\t一般\n2\t蔵本 凪\tｸﾗﾓﾄ ﾅｷﾞ\t一般\n",
     P, [("PERSON", "江崎 ここみ"), ("PERSON", "ｴｻﾞｷ ｺｺﾐ"), ("PERSON", "蔵本 凪"), ("PERSON", "ｸﾗﾓﾄ ﾅｷﾞ")]),
    ("title-row-amounts-neg", "出荷一覧\n伝票,日付,数量,金額\nS-11,2031/01/05,4,12,800\nS-12,2031/01/06,2,6,400\n", P, []),
    # --- a reading column headed ヨミ, a reading of three words ---
    ("yomi-column", "ID\t代表者\tﾖﾐ\t世帯\nK-01\t鶴見 朋\tﾂﾙﾐ ﾄﾓ\t2\nK-02\t滝沢 仁\tﾀｷｻﾞﾜ ｼﾞﾝ\t1\n", P,
     [("PERSON", "鶴見 朋"), ("PERSON", "ﾂﾙﾐ ﾄﾓ"), ("PERSON", "滝沢 仁"), ("PERSON", "ﾀｷｻﾞﾜ ｼﾞﾝ")]),
    ("kana-three-words", "番号,氏名,ふりがな\n1,ソウザ ルイス ペドロ,そうざ るいす ぺどろ\n", P,
     [("PERSON", "ソウザ ルイス ペドロ"), ("PERSON", "そうざ るいす ぺどろ")]),
    ("yomi-column-neg", "品番\t品名\tﾖﾐ\nA-1\t白菜\tﾊｸｻｲ\n", P, []),
    # --- name-part columns (姓/名, 姓カナ/名カナ, sei/mei) and a PostgreSQL COPY header ---
    ("name-part-columns", "会社名,姓,名,姓カナ,名カナ,交換者\n有限会社みなと企画,相馬,紗希,ソウマ,サキ,須藤\n", P,
     [("PERSON", "相馬"), ("PERSON", "紗希"), ("PERSON", "ソウマ"), ("PERSON", "サキ"), ("PERSON", "須藤")]),
    ("copy-header",
     "COPY public.members (id, kana_sei, kana_mei, sei, mei, rank) FROM stdin;\n201\tハセベ\tユウ\t長谷部\t悠\tgold\n202\tｺﾏﾂ\tｱﾝ\t小松\t杏\tsilver\n\\.\n",
     P, [("PERSON", "ハセベ"), ("PERSON", "ユウ"), ("PERSON", "長谷部"), ("PERSON", "悠"), ("PERSON", "ｺﾏﾂ"), ("PERSON", "ｱﾝ"),
         ("PERSON", "小松"), ("PERSON", "杏")]),
    ("copy-header-neg", "COPY public.items (id, code, label) FROM stdin;\n1\tA-10\t白菜\n2\tA-11\t大根\n", P, []),
    ("actor-column-neg", "日付,作業,作業者\n2031/02/01,点検,自動\n2031/02/02,点検,外部委託\n", P, []),
    # --- a surname glued to the rest of a company name is the company's ---
    ("company-glued", "担当：相馬 紗希（相馬テクノサービス株式会社）\n", P, [("PERSON", "相馬 紗希")]),
    # --- an address broken over a line after its city or its 丁目: one span over the break and the indentation ---
    ("address-broken", "住所   〒990-0000 山形県天童市\n   若葉台二丁目 7番 4号\n電話 023-000-0000\n", A,
     [("ADDRESS", "山形県天童市\n   若葉台二丁目 7番 4号")]),
    ("address-broken-chome", "現住所 山形県天童市若葉台2丁目\n7-4 コーポ若葉102\n", A, [("ADDRESS", "山形県天童市若葉台2丁目\n7-4 コーポ若葉102")]),
    ("address-whole-line-neg", "住所 山形県天童市若葉台2-7-4\n3-1 は会議室の番号\n", A, [("ADDRESS", "山形県天童市若葉台2-7-4")]),
    ("company-glued-neg", "相馬さんに確認済み\n", P, [("PERSON", "相馬")]),
]


@pytest.mark.parametrize(("row_id", "text", "types", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_round9(row_id: str, text: str, types: tuple[str, ...], expected: list[tuple[str, str]]) -> None:
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text) if f.type.value in types]
    assert sorted(found) == sorted(expected), (row_id, found)
