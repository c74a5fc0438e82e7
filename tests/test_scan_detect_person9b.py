"""PERSON and ADDRESS mechanisms of detector round 9b (docs/scan-detector.md, "Round 9b — PERSON and ADDRESS"): the
columns of an SQL dump (an INSERT without a column list takes its CREATE TABLE's, SQL Server's INSERT [dbo].[t] with
N'…' and CAST(…), Oracle's upper-case columns and to_date(…)), an address split over the fields of one record, and a
reading cell right after a name's cell. Positive and negative rows per mechanism, on text written for this file (not in
any corpus; all names, places and numbers fictional).

Each row: (id, text, types, expected) where expected lists (type, exact substring) for every finding of the listed
types — no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

P = ("PERSON",)
A = ("ADDRESS",)

ROWS: list[tuple[str, str, tuple[str, ...], list[tuple[str, str]]]] = [
    # --- SQL dumps: the columns of an INSERT without a column list come from its CREATE TABLE (SQLite .dump) ---
    ("sqlite-create-table",
     "CREATE TABLE members(id INTEGER PRIMARY KEY, name TEXT, kana TEXT, joined TEXT);\n"
     "INSERT INTO members VALUES(1,'宇佐美 こずえ','ウサミ コズエ','2031-04-01');\n"
     "INSERT INTO members VALUES(2,'Silva Ana Paula','シルバ アナ パウラ','2031-04-02');\n",
     P, [("PERSON", "宇佐美 こずえ"), ("PERSON", "ウサミ コズエ"), ("PERSON", "Silva Ana Paula"), ("PERSON", "シルバ アナ パウラ")]),
    ("sqlite-things-neg",
     "CREATE TABLE items(id INTEGER PRIMARY KEY, name TEXT, kana TEXT);\nINSERT INTO items VALUES(1,'白菜 大玉','ハクサイ オオダマ');\n",
     P, []),
    ("sqlite-no-name-column-neg",
     "CREATE TABLE logs(id INTEGER PRIMARY KEY, level TEXT, body TEXT);\nINSERT INTO logs VALUES(1,'INFO','バッチ 開始');\n",
     P, []),
    # --- SQL Server: INSERT [dbo].[t] ([col], …) VALUES (N'…', CAST(N'…' AS Date), …) ---
    ("sqlserver",
     "INSERT [dbo].[Resident] ([Id], [Name], [NameKana], [Born], [Tel]) VALUES (7, N'比嘉 ウト', N'ヒガ ウト', "
     "CAST(N'1933-02-11' AS Date), N'098-000-0000')\nGO\n",
     P, [("PERSON", "比嘉 ウト"), ("PERSON", "ヒガ ウト")]),
    ("sqlserver-product-neg",
     "INSERT [dbo].[Product] ([Id], [Name], [NameKana]) VALUES (3, N'黒糖 ちんすこう', N'コクトウ チンスコウ')\nGO\n", P, []),
    # --- Oracle: upper-case columns, a function call with commas before the name part columns ---
    ("oracle-upper-case",
     "Insert into CRM.CLIENT (CL_ID,BORN_DT,CL_NAME,CL_NAME_KANA) values ('501',to_date('03-MAR-88','DD-MON-RR'),'笠松 弘樹','ｶｻﾏﾂ ﾋﾛｷ');\n",
     P, [("PERSON", "笠松 弘樹"), ("PERSON", "ｶｻﾏﾂ ﾋﾛｷ")]),
    ("mysql-sei-mei",
     "INSERT INTO `staff` (`cd`,`sei`,`mei`,`sei_kana`,`mei_kana`) VALUES (11,'真栄田','涼子','マエダ','リョウコ');\n",
     P, [("PERSON", "真栄田"), ("PERSON", "涼子"), ("PERSON", "マエダ"), ("PERSON", "リョウコ")]),
    ("mysql-file-name-neg", "INSERT INTO `docs` (`id`,`file_name`) VALUES (1,'議事録 下書き');\n", P, []),
    # --- an address split over the fields of one record ---
    ("split-json",
     '{"id": 88, "addr": {"zip": "000-0000", "pref": "山形県", "city": "天童市", "line": "若葉台2-7-4 コーポ若葉 102"}}\n',
     A, [("ADDRESS", "山形県"), ("ADDRESS", "天童市"), ("ADDRESS", "若葉台2-7-4 コーポ若葉 102")]),
    ("split-hl7", "PID|1||P-301||瀬底^玲奈||20010101|F|||緑町4-18-2^ハイツ緑 203^天童市^山形県^000-0000\n", A,
     [("ADDRESS", "緑町4-18-2"), ("ADDRESS", "ハイツ緑 203"), ("ADDRESS", "天童市"), ("ADDRESS", "山形県")]),
    ("split-csv", "no,zip,pref,city,street,tel\n4,000-0000,\"山形県\",\"天童市\",\"若葉台3-1-9\",000-0000-0000\n", A,
     [("ADDRESS", "山形県"), ("ADDRESS", "天童市"), ("ADDRESS", "若葉台3-1-9")]),
    ("split-pref-then-line", '{"pref": "山形県", "line": "天童市若葉台2-7-4"}\n', A,
     [("ADDRESS", "山形県"), ("ADDRESS", "天童市若葉台2-7-4")]),
    ("split-company-neg", "法人番号,名称,都道府県,市区町村,番地\n0000000000000,\"株式会社ふたば製作所\",\"山形県\",\"天童市\",\"若葉台9-9-9\"\n",
     A, []),
    ("split-vcard-work-neg", "ADR;TYPE=WORK:;;若葉台9-9-9;天童市;山形県;000-0000;Japan\n", A, []),
    ("split-pref-alone-neg", '{"branch": "山形県", "open": true}\n', A, []),
    # --- the reading cell right after a name's cell ---
    ("reading-after-name", "C010,C020,C030,C040\n0001,真栄田 涼子,ﾏｴﾀﾞ ﾘｮｳｺ,H02.01.01\n0002,宇佐美 こずえ,ｳｻﾐ ｺｽﾞｴ,R01.02.02\n", P,
     [("PERSON", "真栄田 涼子"), ("PERSON", "ﾏｴﾀﾞ ﾘｮｳｺ"), ("PERSON", "宇佐美 こずえ"), ("PERSON", "ｳｻﾐ ｺｽﾞｴ")]),
    ("reading-after-product-neg", "C010,C020,C030\n0001,白菜 大玉,ﾊｸｻｲ ｵｵﾀﾞﾏ\n", P, []),
]


@pytest.mark.parametrize(("row_id", "text", "types", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_round9b(row_id: str, text: str, types: tuple[str, ...], expected: list[tuple[str, str]]) -> None:
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text) if f.type.value in types]
    assert sorted(found) == sorted(expected), (row_id, found)
