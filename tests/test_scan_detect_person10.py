"""PERSON and ADDRESS mechanisms of detector round 10 (docs/scan-detector.md, "Round 10 — PERSON and ADDRESS"): Latin
code words SudachiPy tags as names, the value of a name key in any key/value syntax (Document.key_of), the rows of a
space-aligned table and R's str(), a padded cell before a reading, verb nouns and a leading kin/role word trimmed off a
name, placeholders, an organisation's site as a label or key, a table of people with a bank's 支店 column, and a
prefecture alone under an address label. Positive and negative rows per mechanism, on text written for this file (not
in any corpus; all names, places and numbers fictional).

Each row: (id, text, types, expected) where expected lists (type, exact substring) for every finding of the listed
types — no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer
from hogo.scan.document import Document

P = ("PERSON",)
A = ("ADDRESS",)

ROWS: list[tuple[str, str, tuple[str, ...], list[tuple[str, str]]]] = [
    # --- Latin words SudachiPy tags as names: lower-case code and codes of two or three capitals ---
    ("latin-code-keys-neg",
     'SELECT member_no, kana, phone, card_last FROM dim_member\n{\n  "phone": "000",\n  "card_last": "0000"\n}\n', P, []),
    ("latin-code-capitals-neg", "TR31-0412-NRT\t出発\nTR31-0412-NRT\t到着\n", P, []),
    # --- the value of a name key in any key/value syntax ---
    ("kv-key-equals", "member_no = 9001\nname_kanji = 鴫原 朔\nname_kana = シギハラ サク\nnote =\n", P,
     [("PERSON", "鴫原 朔"), ("PERSON", "シギハラ サク")]),
    ("kv-protobuf-parts", 'holder {\n  family_name: "鴫原"\n  given_name: "朔"\n  family_name_kana: "シギハラ"\n}\n', P,
     [("PERSON", "鴫原"), ("PERSON", "朔"), ("PERSON", "シギハラ")]),
    ("kv-mongosh", "{\n  _id: 7,\n  kana: 'ウルシバラ トモエ',\n}\n", P, [("PERSON", "ウルシバラ トモエ")]),
    ("kv-avro-union", '{"visit":"V-1","kana":{"string":"ウルシバラ トモエ"},"dob":-4100}\n', P,
     [("PERSON", "ウルシバラ トモエ")]),
    ("kv-dynamodb", '{"childKana": {"S": "うるしばら みお"}, "pk": {"S": "C#9"}}\n', P, [("PERSON", "うるしばら みお")]),
    ("kv-escaped-json", '"raw": "{\\n  \\"firstNameKana\\": \\"トモエ\\",\\n  \\"zip\\": \\"000\\"\\n}"\n', P,
     [("PERSON", "トモエ")]),
    ("kv-doubled-quotes", '1,"{""msg"":""ng"",""guest_kana"":""ウルシバラ トモエ""}"\n', P, [("PERSON", "ウルシバラ トモエ")]),
    ("kv-role-key", '{"visit":"V-2","doctor":"鴫原"}\n', P, [("PERSON", "鴫原")]),
    ("kv-role-key-neg", '{"doctor":"内科","guest":"なし","holder":"STAFF"}\n', P, []),
    ("kv-latin-full-name", "{\n  name: 'Moreau Claire Anne',\n  tel: '000'\n}\n", P, [("PERSON", "Moreau Claire Anne")]),
    ("kv-latin-holder", '{"cardNumber":"0","holder":"TOMOE URUSHIBARA"}\n', P, [("PERSON", "TOMOE URUSHIBARA")]),
    ("kv-latin-hyphenated-neg", '{"connection_name": "Username-Password-Authentication"}\n', P, []),
    ("kv-not-name-key-neg", "product_name = りんご ジュース\nfile_name: 'まとめ データ'\n", P, []),
    # --- a space-aligned table under a header with a reading column; R's str() ---
    ("aligned-pandas",
     "   no      氏名          フリガナ      生年月日\n0  11    漆原 巴    ウルシバラ トモエ  1999/01/02\n"
     "1  12    鴫原 朔      シギハラ サク  2000/03/04\n", P,
     [("PERSON", "漆原 巴"), ("PERSON", "ウルシバラ トモエ"), ("PERSON", "鴫原 朔"), ("PERSON", "シギハラ サク")]),
    ("aligned-no-kanji-mark", "   no      氏名          フリガナ      生年月日\n0  13    二ノ宮 蓮    ニノミヤ レン  1999/01/02\n", P,
     [("PERSON", "二ノ宮 蓮"), ("PERSON", "ニノミヤ レン")]),
    ("aligned-r-one-space",
     "      shimei        yomi   seinengappi\n1   漆原 巴 うるしばら ともえ   S40.01.02\n", P,
     [("PERSON", "漆原 巴"), ("PERSON", "うるしばら ともえ")]),
    ("aligned-no-reading-header-neg",
     "   品目        区分        数量\n0  青森 林檎    りんご ふじ    12\n", P, []),
    ("r-str-reading", ' $ yomi   : chr  "うるしばら ともえ" "しぎはら さく" ...\n', P,
     [("PERSON", "うるしばら ともえ"), ("PERSON", "しぎはら さく")]),
    ("r-str-other-column-neg", ' $ bikou  : chr  "りんご ジュース" "" ...\n', P, []),
    # --- a padded cell before a reading (Spark show()) ---
    ("padded-cell-reading",
     "|id |dep_name      |dep_kana        |\n|K1 |鴫原 朔       |シギハラ サク   |\n|K2 |漆原 巴       |ウルシバラ トモエ|\n", P,
     [("PERSON", "鴫原 朔"), ("PERSON", "シギハラ サク"), ("PERSON", "漆原 巴"), ("PERSON", "ウルシバラ トモエ")]),
    # --- verb nouns after a space end a name; a kin word or a role before it is left out ---
    ("verb-noun-after", "振込予定（経理課 鴫原 確認済）。\n2031/05/01　管理人 漆原 経由\n担当：宇津木 訪問。\n", P,
     [("PERSON", "鴫原"), ("PERSON", "漆原"), ("PERSON", "宇津木")]),
    ("verb-noun-given-name-kept", "出席者：岡崎 希望、鴫原 朔\n", P, [("PERSON", "岡崎 希望"), ("PERSON", "鴫原 朔")]),
    ("leading-kin-word", "ホフマン様の奥様 恵美 様が応対した。", P, [("PERSON", "ホフマン"), ("PERSON", "恵美")]),
    ("leading-role-word", "客室 | 充電器 | 客室係 鴫原 | 漆原 巴 様 |\n", P, [("PERSON", "鴫原"), ("PERSON", "漆原 巴")]),
    # --- placeholders where a name goes ---
    ("placeholder-neg", "id,氏名,カナ\n-1,テスト 太郎,テスト タロウ\n-2,ダミー 花子,ダミー ハナコ\n", P, []),
    # --- an organisation's site as a label or a key ---
    ("org-label-neg", "派遣元：株式会社シギハラ\n本社：福井県福井市宝永9-8-7 シギハラビル3F\n", A, []),
    ("org-key-neg", "hq_address = 福井県福井市宝永9-8-7\ntel = 0776-00-0000\n", A, []),
    ("person-key-kept", "home_address = 福井県福井市宝永9-8-7\n", A, [("ADDRESS", "福井県福井市宝永9-8-7")]),
    # --- a table of people with a bank's 支店コード column ---
    ("people-table-branch-code",
     '"no","姓","名","住所1","住所2","銀行コード","支店コード"\n"1","鴫原","朔","福井県福井市宝永","9-8-7 ハイム宝永201","0000","000"\n', A,
     [("ADDRESS", "福井県福井市宝永"), ("ADDRESS", "9-8-7 ハイム宝永201")]),
    # --- a prefecture alone under an address label ---
    ("pref-alone-neg", "No\t氏名\t本籍\n1\t鴫原 朔\t福井県\n", A, []),
    ("pref-with-city-kept", "本籍：福井県福井市宝永9丁目8番\n", A, [("ADDRESS", "福井県福井市宝永9丁目8番")]),
]


@pytest.mark.parametrize(("row_id", "text", "types", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_round10(row_id: str, text: str, types: tuple[str, ...], expected: list[tuple[str, str]]) -> None:
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text) if f.type.value in types]
    assert sorted(found) == sorted(expected), (row_id, found)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('x = {"kana":{"string":"トモエ"}}', "kana"),
        ('"raw": "{\\"lastName\\": \\"鴫原\\"}"', "lastName"),
        ('1,"{""guest"":""鴫原 朔""}"', "guest"),
        ("name_kanji = 鴫原 朔", "name_kanji"),
        ('"name" => "鴫原"', "name"),
        ('"name": {"S": "鴫原 朔"}', "name"),
        ("kana: 'トモエ'", "kana"),
    ],
)
def test_key_of_round10(text: str, key: str) -> None:
    """Document.key_of reads escaped and doubled quotes, Ruby's => and the type wrappers of Avro and DynamoDB."""
    pos = next(i for i, ch in enumerate(text) if ch in "トモ鴫")
    assert Document(text).key_of(pos) == key
