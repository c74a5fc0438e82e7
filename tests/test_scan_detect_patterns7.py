"""Birth dates, phones and bank accounts, generalisation round 7 (docs/scan-detector.md, rows `birth_date`,
`phone`, `bank_account`, "Round 7"): one positive and one negative row per mechanism, on text written for this file
(not in any corpus; all fictional).

Each row: (id, text, expected) where expected lists (type, exact substring) for every finding other than PERSON — no
more, no fewer (names are the person recognizers' area, tested in their own files).
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- a birth label written in kana, or 生まれ as a label before its value ---
    ("kana-label", "おくすり手帳\nうまれ：H2.7.19\n", [("BIRTH_DATE", "H2.7.19")]),
    ("kana-label2", "せいねんがっぴ：昭和41年3月8日\n", [("BIRTH_DATE", "昭和41年3月8日")]),
    ("kana-label-neg", "おしらせ：H2.7.19 に開店しました\n", []),
    # --- the year before 生まれ in a bracketed note about a named person ---
    ("note-year", "父（小松 隆、昭和19年生まれ）は施設に入所しています。\n", [("BIRTH_DATE", "昭和19年")]),
    ("note-year-after-name", "小松 隆（1944年生まれ）が来所。\n", [("BIRTH_DATE", "1944年")]),
    ("note-year-neg", "対象：平成26年生まれの児童（希望者のみ）\n", []),
    ("note-year-neg2", "記念行事（昭和30年生まれの方を招待）を行います。\n", []),
    # --- a relation note in brackets between a name and the row's date ---
    ("relation-row", "申込者：根岸 稔　S21.4.30\n同伴者：根岸 和子（妻）S23.1.5\n",
     [("BIRTH_DATE", "S21.4.30"), ("BIRTH_DATE", "S23.1.5")]),
    ("relation-row-neg", "担当：根岸 稔（課長）2026.11.2 受付\n", []),
    ("relation-row-recent-neg", "同伴者：根岸 和子（妻）2026.11.2\n", []),
    ("row-event-after-neg", "同伴者：根岸 和子（妻）2016.4.1 入籍\n根岸 稔　2010.4.1　入社\n", []),
    # --- a birth word on a table's header line does not make another column's date a birth date ---
    ("tsv-header", "受付日\t氏名\t生年月日\n2025-06-01\t森田 健\t1979-02-14\n",
     [("BIRTH_DATE", "1979-02-14")]),
    ("label-line-above", "生年月日\n1979-02-14\n", [("BIRTH_DATE", "1979-02-14")]),
    # --- a partial date of birth (year, or year and month) right after a birth label ---
    ("partial-label", "生年月：平成3年11月\n", [("BIRTH_DATE", "平成3年11月")]),
    ("partial-label2", "生年：1971年　性別：女\n", [("BIRTH_DATE", "1971年")]),
    ("partial-label3", "DOB: 1988-07\n", [("BIRTH_DATE", "1988-07")]),
    ("partial-label-neg", "生年月日：　　年　　月　　日\n先生年始のご挨拶 2026年1月\n", []),
    # --- more birth-date writings after a label: spaced slashes, day-MON-year, an era-less 年月日, 出生/うまれた日 ---
    ("spaced-slash", "生年月日：1979 / 2 / 14\n", [("BIRTH_DATE", "1979 / 2 / 14")]),
    ("day-mon-year", "DOB: 14-FEB-1979\nDate of birth: 14 Feb. 1979\n", [("BIRTH_DATE", "14-FEB-1979"), ("BIRTH_DATE", "14 Feb. 1979")]),
    ("era-less", "生年月日：54年2月14日\n", [("BIRTH_DATE", "54年2月14日")]),
    ("birth-labels", "出生：1979/2/14\nうまれた日：1979/2/14\n", [("BIRTH_DATE", "1979/2/14"), ("BIRTH_DATE", "1979/2/14")]),
    ("birth-labels-neg", "出生地：札幌 1979/2/14\n発行日：14-FEB-2019\n", []),
    # --- a birth label in HTML with tags between it and the value ---
    ("html-birth", '<label>Date of Birth</label><input type="text" value="1979-02-14">\n', [("BIRTH_DATE", "1979-02-14")]),
    ("html-birth-neg", "<th>生年月日</th><th>登録日</th></tr><tr><td>-</td><td>2020-04-12</td>\n", []),
    # --- the year and month before 生 / 生まれ; a kin word after 生まれの ---
    ("year-month-sei", "祖母 サダ 大正15年2月生\n", [("BIRTH_DATE", "大正15年2月")]),
    ("born-kin", "1990年生まれの姉が同居しています。\n", [("BIRTH_DATE", "1990年")]),
    ("born-topic", "私は1988年生まれで、妻は平成2年7月生まれです。\n", [("BIRTH_DATE", "1988年"), ("BIRTH_DATE", "平成2年7月")]),
    ("born-topic-neg", "本年は2015年生まれが対象です。\n", []),
    ("born-kin-neg", "1990年生まれの方を対象に、2001年4月生まれの児童も含む。\n", []),
    # --- labels in residents' languages: birth (nascimento, nacimiento, ngày sinh, 생년월일) and phone (celular, 手机) ---
    ("foreign-labels", "Data de nascimento: 21/07/1993\nCelular: 08033417729\n",
     [("BIRTH_DATE", "21/07/1993"), ("PHONE", "08033417729")]),
    ("foreign-labels2", "Ngày sinh: 21/07/1993\n생년월일: 1993.07.21\n手机：08033417729\n",
     [("BIRTH_DATE", "21/07/1993"), ("BIRTH_DATE", "1993.07.21"), ("PHONE", "08033417729")]),
    ("foreign-labels-neg", "Data de emissão: 21/07/2019\nPedido: 0803341772\n", []),
    # --- spaces around the hyphens, with a context word ---
    ("spaced-hyphens", "TEL 045 - 221 - 7788\n", [("PHONE", "045 - 221 - 7788")]),
    ("spaced-hyphens-neg", "範囲 045 - 221 - 7788\n", []),
    # --- phones: a JSON value under a mobile key; airline contact and AP elements ---
    ("json-mobile", '{"mobile": "08033417729", "plan": "basic"}\n', [("PHONE", "08033417729")]),
    ("contact-words", '{"contact": "0452217788"}\nけいたい 08033417729\n', [("PHONE", "0452217788"), ("PHONE", "08033417729")]),
    ("contact-words-neg", '{"contact": "0452217"}\n', []),
    ("dial-words", "フリーダイヤル 0120 44 7788\nWhatsApp +55 11 98765 4321\n", [("PHONE", "0120 44 7788"), ("PHONE", "+55 11 98765 4321")]),
    ("dial-words-neg", "直通便 0312345678\n受付 0120 44 7788\n", []),
    ("json-mobile-neg", '{"mobile_app_build": "0803341772"}\n', []),
    ("pnr-ctcm", "OSI JL CTCM 818033417729\nOSI JL CTCH 81452217788\n",
     [("PHONE", "818033417729"), ("PHONE", "81452217788")]),
    ("pnr-ctcm-neg", "OSI JL TCP2 818033417729\n", []),
    ("pnr-ap", "  3 AP 045-221-7788-H\n", [("PHONE", "045-221-7788")]),
    ("pnr-ap-neg", "  3 AP 2024-11-1188-H\n", []),
    # --- phones: spaces around the bracketed exchange, middle dots (with a context word) ---
    ("paren-spaced", "TEL 045 (221) 7788\n", [("PHONE", "045 (221) 7788")]),
    ("middle-dot", "電話 045・221・7788\n", [("PHONE", "045・221・7788")]),
    ("middle-dot-neg", "品番 045・221・7788\n", []),
    # --- passport and residence card numbers written in groups (the spec's formats), with a context word ---
    ("passport-spaced", "Passport No.: TZ 4471902\n", [("PASSPORT", "TZ 4471902")]),
    ("passport-foreign-neg", "旅券番号：C4471902（ベトナム旅券）\n", []),
    ("residence-spaced", "在留カード番号 QX 4471 9023 KD\n", [("RESIDENCE_CARD", "QX 4471 9023 KD")]),
    ("residence-spaced-neg", "Order QX 4471 9023 KD\n", []),
    # --- bank: English account labels in either case ---
    ("bank-english", "Bank account: 4471902\nAccount Number: 55219830\n", [("BANK_ACCOUNT", "4471902"), ("BANK_ACCOUNT", "55219830")]),
    ("bank-english-neg", "Bank account opened 2019, customer ID 4471902 on file\n", []),
    # --- a postal code of zeros is a placeholder ---
    ("postal-zeros-neg", "〒000-0000\n郵便番号：0000000\n", []),
    ("postal-real", "〒100-0001\n", [("POSTAL_CODE", "100-0001")]),
    # --- bank: another deposit type right before its number on an account line ---
    ("bank-second", "解約口座：普通 2290417 ／ 貯蓄 7715203\n", [("BANK_ACCOUNT", "2290417"), ("BANK_ACCOUNT", "7715203")]),
    ("bank-second-neg", "定期 4410932 区間：横浜〜品川\n", []),
    # --- bank: the deposit type abbreviated (（普）), A/C; after a branch on a line naming a bank ---
    ("bank-abbrev", "振込先：みなと信金 港北支店（普）3307214\nA/C No. 5521983\n",
     [("BANK_ACCOUNT", "3307214"), ("BANK_ACCOUNT", "5521983")]),
    ("bank-branch", "お振込み：つばさ銀行 駅前支店 6618420 カ）ミナトショウジ\n", [("BANK_ACCOUNT", "6618420")]),
    ("bank-branch-neg", "つばさ銀行 駅前支店 受付番号 66184201\n駅前支店 6618420（店舗コード表）\n", []),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_patterns_round7(row_id: str, text: str, expected: list[tuple[str, str]]) -> None:
    findings = default_analyzer().analyze(text)
    found = [(f.type.value, text[f.start : f.end]) for f in findings if f.type.value != "PERSON"]
    assert sorted(found) == sorted(expected), (row_id, found)
