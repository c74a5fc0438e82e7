"""Round 9, the lead's rows (docs/scan-detector.md, "Round 9 — the lead's changes"): the column of a value in the
shapes data files give it (a title line above a table, `|` tables without a leading pipe, quoted headers, SQL dumps),
column names in romaji and capitals, the spec's codes in standard record formats (HL7 v2 PID, 全銀 transfer files),
dates, and look-alikes (Message-ID, an organisation's postal code). Text written for this file (not in any corpus;
all fictional).

Each row: (id, text, expected); `expected` lists every finding that is not PERSON, no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer
from hogo.scan.document import Document, sql_cells


def _my_number(base: str) -> str:
    from hogo.ids import mynumber

    return base + mynumber.calc_check_digit(base)


_MN = _my_number("52019384716")
_MN_BAD = _MN[:-1] + str((int(_MN[-1]) + 1) % 10)

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- tables: a title line with tabs above the header; the header names the columns of the rows below ---
    ("title-above-tsv",
     "山手高校 男子卓球部\t春合宿\t2026/03/26-03/28\nNo\t学年\t生年月日\t緊急連絡先\n1\t2\t2009/05/14\t090-4410-2281\n",
     [("BIRTH_DATE", "2009/05/14"), ("PHONE", "090-4410-2281")]),
    # the rows of a CSV may hold more commas than its header (amounts 3,000): the header stays the header
    ("header-fewer-commas", "品目,郵便番号,住所\n茶 3,000円,371-0023,前橋市本町二丁目12番1号\n",
     [("POSTAL_CODE", "371-0023"), ("ADDRESS", "前橋市本町二丁目12番1号")]),
    ("pipe-no-leading", "番号 | 生年月日 | 所属学部 | 備考\n1 | 経済 | 2004.11.20 | なし\n", []),
    ("pipe-no-leading-2", "番号 | 所属学部 | 生年月日 | 備考\n1 | 経済学部 | 2004.11.20 | なし\n", [("BIRTH_DATE", "2004.11.20")]),
    ("pipe-no-leading-neg", "番号 | 実施日 | 備考\n1 | 2004.11.20 | なし\n", []),
    ("quoted-header-insurance",
     '"患者ID","保険者番号","記号","番号"\n"P0091","06140021","3307","5521"\n',
     [("HEALTH_INSURANCE", "3307"), ("HEALTH_INSURANCE", "5521")]),
    # JSON is no table: its lines' commas make no header
    ("json-no-table", '{"a": 1, "b": 2, "c": 3}\n{"a": 4, "b": 5, "c": 6}\n', []),
    # --- SQL dumps: each value's column ---
    ("sql-insert-create",
     "CREATE TABLE `staff` (\n  `id` int NOT NULL,\n  `pension_no` varchar(11),\n  `zip` char(8),\n  `birth` date,\n"
     "  PRIMARY KEY (`id`)\n);\nINSERT INTO `staff` VALUES\n(7,'5108-220417','930-0084','1986-07-21'),\n"
     "(8,NULL,'920-0853','1990-01-05');\n",
     [("PENSION_NUMBER", "5108-220417"), ("POSTAL_CODE", "930-0084"), ("BIRTH_DATE", "1986-07-21"),
      ("POSTAL_CODE", "920-0853"), ("BIRTH_DATE", "1990-01-05")]),
    ("sql-insert-columns", f"INSERT INTO emp (id, my_number) VALUES (1, '{_MN}');\n", [("MY_NUMBER", _MN)]),
    ("sql-insert-neg", "INSERT INTO orders (id, shipped_on, total) VALUES (1, '1986-07-21', 3200);\n", []),
    ("sql-copy",
     "COPY public.members (id, tel_home, zip, birthday) FROM stdin;\n12\t0762214409\t9200853\t1979-03-30\n\\.\n",
     [("PHONE", "0762214409"), ("POSTAL_CODE", "9200853"), ("BIRTH_DATE", "1979-03-30")]),
    ("sql-copy-neg", "COPY public.orders (id, code, shipped) FROM stdin;\n12\t0762214409\t1979-03-30\n\\.\n", []),
    # --- column names in romaji and capitals (exports of municipal systems) ---
    ("romaji-columns",
     f"SETAI,SHIMEI,SEINENGAPPI,KIGO,BANGO,JIYU,MYNO\n0012,遠山 蓮,19880412,南7,30418,社保離脱,{_MN}\n",
     [("BIRTH_DATE", "19880412"), ("HEALTH_INSURANCE", "南7"), ("HEALTH_INSURANCE", "30418"), ("MY_NUMBER", _MN)]),
    # KIGO/BANGO beside each other in a text that never speaks of insurance: a parts list, not a card
    ("romaji-kigo-neg", "KIGO,BANGO,HINMEI\nA7,30418,ボルト\n", []),
    ("myno-bad-check", f"ID,MYNO\n1,{_MN_BAD}\n", []),
    # one column for both halves of the card: two spans, as everywhere
    ("insurance-pair-column", "健康保険組合 対象者\n受診券番号\t記号・番号\t性別\n25110044\t2203・118\t女\n",
     [("HEALTH_INSURANCE", "2203"), ("HEALTH_INSURANCE", "118")]),
    # --- dates ---
    ("western-after-ja-label", "生年月日: 21/09/1983\n", [("BIRTH_DATE", "21/09/1983")]),
    ("pnr-style-after-ja-label", "氏名\tPASSPORT NAME\t生年月日\n野原 朋\tNOHARA TOMO\t04 NOV 1986\n",
     [("BIRTH_DATE", "04 NOV 1986")]),
    ("western-no-label-neg", "納品日: 21/09/1983\n", []),
    ("padded-era", "生年月日 H 9. 1. 5（29歳）\n", [("BIRTH_DATE", "H 9. 1. 5")]),
    ("born-after-date", "扶養追加：長男 2026/02/11 出生\n", [("BIRTH_DATE", "2026/02/11")]),
    ("birth-notice-neg", "2026/02/11 出生届 受理件数 14件\n", []),
    # --- look-alikes ---
    ("message-id", "From: kanri@sample-gakuen.example.jp\nMessage-ID: <20261102.5531@sample-gakuen.example.jp>\n",
     [("EMAIL", "kanri@sample-gakuen.example.jp")]),
    ("references-folded", "References: <a1@mx.example.jp>\n <b2@mx.example.jp>\nTo: r.ito@example.jp\n",
     [("EMAIL", "r.ito@example.jp")]),
    ("zip-param", "GET /form?name=x&zip=9200853&tel=0762214409\n", [("POSTAL_CODE", "9200853"), ("PHONE", "0762214409")]),
    ("zip-param-neg", "GET /form?item=9200853\n", []),
    # the insurance card's values after a table cell's bar, and after HTML tags
    ("insurance-bar", "| 被保険者証の記号・番号 | 桜台２ ・ ４４０１７ （枝番）02 |\n",
     [("HEALTH_INSURANCE", "桜台２"), ("HEALTH_INSURANCE", "４４０１７")]),
    ("insurance-html", '<label>被保険者番号</label><input name="kaigo_no" value="0000551289">\n',
     [("HEALTH_INSURANCE", "0000551289")]),
    ("insurance-html-neg", '<label>保険者番号</label><input name="hokensha" value="01130014">\n', []),
    # a pension office's navigation dial is a phone; a pension number near 年金 is not
    ("pension-office-phone", "年金事務所（0570-05-1165）に照会\n", [("PHONE", "0570-05-1165")]),
    ("pension-number-not-phone", "基礎年金番号 0570051165\n", [("PENSION_NUMBER", "0570051165")]),
    # --- standard record formats ---
    ("hl7-pid",
     "PID|1||PT-0044||森^沙耶^^^^^L||19921103|F|||石川県金沢市広坂1-2-3^^^^9200962||076-220-1234\n",
     [("BIRTH_DATE", "19921103"), ("POSTAL_CODE", "9200962"), ("PHONE", "076-220-1234"),
      ("ADDRESS", "石川県金沢市広坂1-2-3")]),
    ("hl7-other-segment-neg", "OBR|1||19921103|F|||x^^^^9200962\n", []),
    ("zengin",
     "1210000000000ｻﾝﾌﾟﾙｼｮｳｶｲ(ｶ                              1120ﾎｸﾘｸ          002ﾎﾝﾃﾝ          10077345\n"
     "20149ﾎｸﾘｸ          118ｶﾅｻﾞﾜｴｷﾏｴ      12204417ﾀｶﾀﾞ ﾐﾎ                     0000182000      0\n",
     [("BANK_ACCOUNT", "0077345"), ("BANK_ACCOUNT", "2204417")]),
    ("zengin-neg", "118ｶﾅｻﾞﾜｴｷﾏｴ      12204417\n", []),
    # an organisation's address in a letterhead is not a person's: nor is its postal code
    ("org-postal", "さくら介護サービス株式会社\n事業所所在地：〒920-0853 石川県金沢市本町2-15-1 さくらビル3F\n", []),
    ("person-postal", "利用者住所：〒920-0853 石川県金沢市本町2-15-1 さくらハイツ3F\n",
     [("POSTAL_CODE", "920-0853"), ("ADDRESS", "石川県金沢市本町2-15-1 さくらハイツ3F")]),
]


@pytest.mark.parametrize("row", ROWS, ids=[row[0] for row in ROWS])
def test_lead_round9(row: tuple) -> None:
    row_id, text, expected = row
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text) if f.type.value != "PERSON"]
    assert sorted(found) == sorted(expected), (row_id, found)


def test_sql_cells_map_values_to_columns() -> None:
    text = "INSERT INTO t (a, b, c) VALUES (1, 'x''y', NULL), (2,'z','w');\n"
    assert [(text[s:e], col) for s, e, col in sql_cells(text)] == [
        ("1", "a"), ("x''y", "b"), ("2", "a"), ("z", "b"), ("w", "c")]


def test_sql_cells_ignore_malformed_statements() -> None:
    # no column list and no CREATE TABLE: the values have no known column; an unclosed tuple ends the statement
    assert sql_cells("INSERT INTO t VALUES (1, 'x');\n") == []
    assert sql_cells("INSERT INTO t (a, b) VALUES (1, 'x'\n") == []


def test_header_of_a_table_under_a_title() -> None:
    doc = Document("一覧\t2026年度\t作成 総務\nNo\t氏名\t生年月日\n1\t堀 海斗\t2009/05/14\n")
    assert doc.table_headers["\t"] == ["No", "氏名", "生年月日"]
    assert doc.header_of(doc.text.index("2009")) == "生年月日"
