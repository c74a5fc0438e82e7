"""Round 9b, the lead's rows (docs/scan-detector.md, "Round 9b — the lead's changes"): SQL dialects, HTML table
columns, column names and keys of exports, key | value lines, and two standard record formats of Japanese health care
(JAHIS お薬手帳, UKE レセプト). Text written for this file (not in any corpus; all fictional).

Each row: (id, text, expected); `expected` lists every finding that is not PERSON, no more, no fewer.
"""

from __future__ import annotations

import datetime

import pytest

from hogo.scan.analyzer import default_analyzer
from hogo.scan.document import Document, html_cells, sql_cells

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- SQL dialects: SQL Server (INSERT [t] … N'…', CAST), Oracle (to_date, DD-MON-YY) ---
    ("sqlserver-cast",
     "INSERT [dbo].[Member] ([Id], [BirthDate], [Note]) VALUES (3, CAST(N'1958-02-19' AS Date), N'なし')\n",
     [("BIRTH_DATE", "1958-02-19")]),
    ("sqlserver-cast-neg",
     "INSERT [dbo].[Order] ([Id], [ShippedOn], [Note]) VALUES (3, CAST(N'1958-02-19' AS Date), N'なし')\n", []),
    ("oracle-to-date",
     "Insert into SALES.CUST (ID,BIRTH_DT,ZIP_CD) values ('7',to_date('03-MAR-81','DD-MON-RR'),'920-0853');\n",
     [("BIRTH_DATE", "03-MAR-81"), ("POSTAL_CODE", "920-0853")]),
    ("oracle-to-date-neg",
     "Insert into SALES.ORD (ID,SHIP_DT,QTY) values ('7',to_date('03-MAR-81','DD-MON-RR'),'12');\n", []),
    # --- HTML tables: a data cell's column is its <th> ---
    ("html-birth-column",
     "<table><tr><th>居室</th><th>生年月日</th><th>区分</th></tr>\n<tr><td>201</td><td>昭和52年8月9日</td><td>3</td></tr></table>\n",
     [("BIRTH_DATE", "昭和52年8月9日")]),
    ("html-other-column-neg",
     "<table><tr><th>居室</th><th>入居日</th><th>区分</th></tr>\n<tr><td>201</td><td>昭和52年8月9日</td><td>3</td></tr></table>\n",
     []),
    ("html-passport-column",
     "<table><tr><th>No</th><th>Passport No.</th></tr><tr><td>1</td><td>TK5520913</td></tr></table>\n",
     [("PASSPORT", "TK5520913")]),
    # --- column names and keys of exports ---
    ("acct-no-column", "staff_cd,bank_cd,branch_cd,acct_no\n2087,0117,112,3318207\n", [("BANK_ACCOUNT", "3318207")]),
    ("acct-camel-key", '{"bankCode":"0005","accountNo":"5520187"}\n', [("BANK_ACCOUNT", "5520187")]),
    ("acct-other-key-neg", '{"bankCode":"0005","ticketNo":"5520187"}\n', []),
    ("birthday-no-year-column", "name,nickname,birthday\n早川 みか,みーちゃん,--06-15\n", [("BIRTH_DATE", "--06-15")]),
    ("no-year-other-column-neg", "name,nickname,due\n早川 みか,みーちゃん,--06-15\n", []),
    ("vcard-bday", "BEGIN:VCARD\nVERSION:3.0\nFN:Hayakawa Mika\nBDAY:1975-08-30\nEND:VCARD\n", [("BIRTH_DATE", "1975-08-30")]),
    ("ical-uid-not-email",
     "BEGIN:VEVENT\nSUMMARY:面談\nUID:ev-20250110@school.example.jp\nEND:VEVENT\n", []),
    ("xml-postal-attribute", '<住所 郵便番号="2230052">神奈川県横浜市港北区日吉本町1-2-3</住所>\n',
     [("POSTAL_CODE", "2230052"), ("ADDRESS", "神奈川県横浜市港北区日吉本町1-2-3")]),
    # psql's expanded display and two-column Markdown: a key, a bar, the value
    ("key-bar-birth", "-[ RECORD 1 ]-+-----------\nid                | 88\nbirth             | 1957-05-23\n",
     [("BIRTH_DATE", "1957-05-23")]),
    ("key-bar-other-neg", "-[ RECORD 1 ]-+-----------\nid                | 88\ncreated           | 1957-05-23\n", []),
    # --- designed on blind9: a | table without spaces, the pension label on its line, ages and answers ---
    ("pipe-table-no-spaces", "No.|受付日|被保険者番号|生年月日\n0901|9/1|0002210934|昭12.4.30\n0902|9/1|0000871120|大15.2.1\n",
     [("HEALTH_INSURANCE", "0002210934"), ("BIRTH_DATE", "昭12.4.30"), ("HEALTH_INSURANCE", "0000871120"),
      ("BIRTH_DATE", "大15.2.1")]),
    ("hl7-not-a-table-neg", "OBX|1|NM|GLU^血糖||98|mg/dL\nOBX|2|NM|HBA1C^HbA1c||5.6|%\n", []),
    ("pension-label-beats-phone-word", "電話 0564-41-3372\n基礎年金番号：2208-551904（年金手帳）\n",
     [("PHONE", "0564-41-3372"), ("PENSION_NUMBER", "2208-551904")]),
    # (the age is computed from this year, as the rule does: S49 is 1974)
    ("age-fits-year", f"ご主人 河合 剛 さま　S49.1.11（{datetime.date.today().year - 1975}）　会社員\n", [("BIRTH_DATE", "S49.1.11")]),
    ("age-does-not-fit-neg", "入金 2024/6/3（12）件\n", []),
    ("answer-to-question", "OP：生年月日をお願いいたします。\n客：昭和58年5月29日です。\n", [("BIRTH_DATE", "昭和58年5月29日")]),
    ("field-after-question-neg", "生年月日をお願いいたします。\n申請日：2019/11/20\n", []),
    ("register-birth-label", "出生　昭和11年8月14日\n死亡　令和6年12月1日\n", [("BIRTH_DATE", "昭和11年8月14日")]),
    # --- designed on blind11: bank accounts written the way people write them, card numbers taken by phone, the
    # insurance card named before its number, an era choice list, 西暦 with 年 in brackets, cohort lines ---
    ("bank-type-hyphen", "振込先,阿智-普通-0098812\n", [("BANK_ACCOUNT", "0098812")]),
    ("bank-six-digits", "振込先　十二銀行 塩尻駅前支店 普通 528104\n", [("BANK_ACCOUNT", "528104")]),
    ("bank-six-other-neg", "普通列車 528104 号\n", []),
    ("furikae", "会費は郵便振替（01750-4-88120）でお願いします\n", [("BANK_ACCOUNT", "01750-4"), ("BANK_ACCOUNT", "88120")]),
    ("card-by-phone", "お電話で承った 4111-1111-1111-1111 名義 MISAKI\n", [("CREDIT_CARD", "4111-1111-1111-1111")]),
    ("insurance-card-then-number", "□ 介護保険被保険者証の返却　番号 0002187456\n", [("HEALTH_INSURANCE", "0002187456")]),
    ("insurance-card-other-number-neg", "□ 介護保険の案内、電話番号 0120-00-1234\n", [("PHONE", "0120-00-1234")]),
    ("era-choice", "生年月日　昭和・平成　６２年　４月　９日（３７歳）\n", [("BIRTH_DATE", "６２年　４月　９日")]),
    ("era-choice-no-label-neg", "実施日　昭和・平成　６２年　４月　９日\n", []),
    ("era-western-both-years", "木島 修　昭和35年（1960年）8月8日生\n", [("BIRTH_DATE", "昭和35年（1960年）8月8日")]),
    ("cohort-line-neg", "本厄：平成13年生（25歳）、昭和59年生（42歳）、昭和40年生（61歳）\n", []),
    # --- designed on blind12: the key of key/value text names the value (JSON, reprs, Format-List, kintone) ---
    ("kintone-nested", '{"生年月日":{"type":"DATE","value":"2010-09-08"},"学校名":{"type":"TEXT","value":"第一小"}}\n',
     [("BIRTH_DATE", "2010-09-08")]),
    ("sibling-name", '[{"name": "birth", "value": "1993-05-26"}, {"name": "zip", "value": "150-0011"}]\n',
     [("BIRTH_DATE", "1993-05-26"), ("POSTAL_CODE", "150-0011")]),
    ("sibling-name-neg", '[{"name": "shipped", "value": "1993-05-26"}, {"name": "sku", "value": "150-0011"}]\n', []),
    ("format-list", "GivenName       : Aoi\nPostalCode      : 062-0933\n", [("POSTAL_CODE", "062-0933")]),
    ("java-repr", "Member{id=4, postalCode='950-0916', plan='A'}\n", [("POSTAL_CODE", "950-0916")]),
    ("key-other-neg", "Order{id=4, lotCode='950-0916', plan='A'}\n", []),
    # --- JAHIS お薬手帳: record 1 is the patient (name, sex, birth, postal code, address …) ---
    ("jahis-patient",
     "JAHISTC07,1\n1,河合 トシ,2,19380514,9200853,石川県金沢市本町2-15-1,076-200-4410,,O,51.0,カワイ トシ\n",
     [("BIRTH_DATE", "19380514"), ("POSTAL_CODE", "9200853"), ("ADDRESS", "石川県金沢市本町2-15-1"),
      ("PHONE", "076-200-4410")]),
    ("jahis-no-header-neg", "1,ボルト M8,2,19380514,9200853,在庫\n", []),
    # --- UKE レセプト: RE (the patient, era-coded birth date) and HO (insurer, 記号, 番号) ---
    ("uke-re-ho",
     "IR,1,17,1,1234567,,みどりクリニック,50605,00\nRE,1,1112,50605,河合　トシ,2,3130514,,,,,,,0001\n"
     "HO,06130012,港南５,１２０４,1,3250,,,\n",
     [("BIRTH_DATE", "3130514"), ("HEALTH_INSURANCE", "港南５"), ("HEALTH_INSURANCE", "１２０４")]),
    ("uke-no-context-neg", "RE,1,1112,50605,部品,2,3130514\n", []),
]


@pytest.mark.parametrize("row", ROWS, ids=[row[0] for row in ROWS])
def test_lead_round9b(row: tuple) -> None:
    row_id, text, expected = row
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text) if f.type.value != "PERSON"]
    assert sorted(found) == sorted(expected), (row_id, found)


def test_sql_dialect_values() -> None:
    text = "INSERT [dbo].[t] ([a], [b], [c]) VALUES (N'x', CAST(N'2001-02-03' AS Date), NULL)\n"
    assert [(text[s:e], col) for s, e, col in sql_cells(text)] == [("x", "a"), ("2001-02-03", "b")]
    # an unclosed call ends the statement: nothing is guessed
    assert sql_cells("INSERT INTO t (a) VALUES (to_date('2001-02-03'\n") == []


def test_html_cells_follow_their_header() -> None:
    text = "<table><tr><th>氏名</th><th>電話</th></tr><tr><td> 森 </td><td>076-200-4410</td></tr></table>"
    assert [(text[s:e], h) for s, e, h in html_cells(text)] == [("森", "氏名"), ("076-200-4410", "電話")]
    doc = Document(text)
    assert doc.header_of(doc.text.index("076")) == "電話"
    assert doc.header_of(doc.text.index("076"), html=False) is None
    # no <th> row: no columns
    assert html_cells("<table><tr><td>a</td><td>b</td></tr></table>") == []
