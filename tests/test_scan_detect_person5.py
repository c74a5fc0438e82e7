"""PERSON mechanisms of generalisation round 5 (docs/scan-detector.md, "Generalisation round 5 — person"): one
positive and one negative row per mechanism, on text written for this file (not in any corpus; all fictional).

Each row: (id, text, expected) where expected lists (type, exact substring) for every PERSON finding — no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- a role or stamp word after the name ends it (the name does not swallow the next label) ---
    ("stamp-after", "起票者 松永　検印 桑原\n", [("PERSON", "松永"), ("PERSON", "桑原")]),
    ("stamp-after-role", "当直者 新城　夜間責任者 堀\n", [("PERSON", "新城"), ("PERSON", "堀")]),
    ("stamp-after-neg", "検印 承認 決裁\n", []),
    # --- a department or organisation between the label and the name ---
    ("dept-gap", "承認者：経理部 水谷\n", [("PERSON", "水谷")]),
    ("dept-gap-full", "申請者　福岡営業所　松尾 真由\n", [("PERSON", "松尾 真由")]),
    ("dept-gap-neg", "承認者：経理部 未定\n", []),
    # --- a slash ends the name after a label (担当 X／承認 Y) ---
    ("slash", "判定：可（担当 宮下／承認 岩田）\n", [("PERSON", "宮下"), ("PERSON", "岩田")]),
    ("slash-neg", "判定：可（担当 窓口／承認 済）\n", []),
    # --- a role word before a chat-style "name time" row is not part of the name ---
    ("role-time", "乗務員 沢井 6:40 出庫\n", [("PERSON", "沢井")]),
    ("role-time-neg", "乗務員 6:40 出庫\n", []),
    # --- katakana occupations as labels ---
    ("kata-role", "インストラクター：桑田 さくら\n", [("PERSON", "桑田 さくら")]),
    ("kata-role-neg", "インストラクター：未定\n", []),
    # --- variant kanji (異体字) in a surname ---
    ("variant", "お世話になります。𠮷川 美帆です。\n", [("PERSON", "𠮷川 美帆")]),
    ("variant-neg", "お世話になります。吉日です。\n", []),
    # --- a list of people with dates of birth in brackets ---
    ("birth-rows", "同行者\n1 小野寺 葵（H5.3.8）\n2 はやし そら（2012年4月2日）\n3 楓（H2.7.1）\n",
     [("PERSON", "小野寺 葵"), ("PERSON", "はやし そら"), ("PERSON", "楓"),
      ("BIRTH_DATE", "H5.3.8"), ("BIRTH_DATE", "2012年4月2日"), ("BIRTH_DATE", "H2.7.1")]),
    ("birth-rows-neg", "日程\n1 説明会（2025/4/3）\n2 面接（2025/4/10）\n", []),
    ("birthday-list", "今月の誕生日\n・宮川 恭平（総務）4/8\n・立石 瑞穂（開発）4/21\n",
     [("PERSON", "宮川 恭平"), ("PERSON", "立石 瑞穂")]),
    # --- an attendance sheet: row label, name, 出/欠 ---
    ("attendance", "定例会 出欠\n201 香川　出\n305 梅津　欠（委任状）\n幹事 滝本 出\n",
     [("PERSON", "香川"), ("PERSON", "梅津"), ("PERSON", "滝本")]),
    ("attendance-neg", "出欠の確認\n午前 出\n午後 欠\n", []),
    # --- JSON keys for family/given names and camelCase kana keys ---
    ("json-keys", '{"family": "宇佐美", "given": "遥", "nameKana": "ウサミ ハルカ"}\n',
     [("PERSON", "宇佐美"), ("PERSON", "遥"), ("PERSON", "ウサミ ハルカ")]),
    ("json-keys-neg", '{"family": "単身", "given": "なし"}\n', []),
    # --- a customer label and the other writing in brackets ---
    ("customer", "顧客名：ｲｼｶﾜ ﾐﾂｷ（石川 美月）\n", [("PERSON", "ｲｼｶﾜ ﾐﾂｷ"), ("PERSON", "石川 美月")]),
    ("customer-neg", "顧客名：未登録\n", []),
    # --- a country in brackets after a name is a nationality, not a reading ---
    ("country", "研修生：チャン・ヴァン・ナム（ベトナム）\n", [("PERSON", "チャン・ヴァン・ナム")]),
    # --- a one-character surname with an honorific after a sentence end ---
    ("one-char-after-stop", "了解です。堀ちゃんにも伝えます\n", [("PERSON", "堀")]),
    ("one-char-after-stop-neg", "了解です。様子を見ます\n", []),
    # --- register columns are no names ---
    ("header-neg", "氏名\t国籍\t旅券番号\n", []),
    # --- a full name right before <mail address> (mail headers, quoted replies) ---
    ("name-mail", "2025/3/4 9:15、湯浅 美咲 <m-yuasa@example.jp> wrote:\n", [("PERSON", "湯浅 美咲")]),
    ("name-mail-neg", "送信元：システム通知 <noreply@example.jp>\n", []),
    # --- an address row closing with a full name written apart (registers) ---
    ("address-name", "所有者　大分県別府市北浜二丁目3番4号　鶴見 義春\n", [("PERSON", "鶴見 義春")]),
    ("address-name-neg", "所在　大分県別府市北浜二丁目3番4号　宅地 150\n", []),
    # --- an HTML form field naming a person ---
    ("input-value", '<input type="text" name="name" value="野々村 紗季">\n', [("PERSON", "野々村 紗季")]),
    ("input-value-neg", '<input type="text" name="company" value="大和物産">\n', []),
    # --- a katakana surname before 様 after a bracketed sender ---
    ("kata-sama", "[ミドリ便] ハセガワ様宛のお荷物をお届けしました\n", [("PERSON", "ハセガワ")]),
    ("kata-sama-neg", "[ミドリ便] ショップ様宛のお荷物をお届けしました\n", []),
    # --- a reading in brackets going on with a note after 、 ---
    ("reading-note", "対象者：朴 智恩（パク チウン、通称 新井）\n", [("PERSON", "朴 智恩"), ("PERSON", "パク チウン"), ("PERSON", "新井")]),
    # --- a company's full name between a role and the name ---
    ("company-gap", "貸主代理 株式会社ミナミ企画 森下 隼人（092-555-0101）\n", [("PERSON", "森下 隼人")]),
    # --- a label, a department, then a kanji word the dictionary lacks closing the field ---
    ("dept-unknown-name", "点検者：施設課 百目鬼\n", [("PERSON", "百目鬼")]),
    ("dept-unknown-name-neg", "2019　4　東西大学 文学部 入学\n", []),
    # --- a label, then a word the dictionary lacks, then an honorific ---
    ("label-word-honorific", "経理担当　万里様\n", [("PERSON", "万里")]),
    ("label-word-honorific-neg", "担当：窓口様\n担当者様\n", []),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_person_round5(row_id: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text) if f.type.value == "PERSON"]
    expected = [e for e in expected if e[0] == "PERSON"]  # other types belong to their own tests
    assert sorted(found) == sorted(expected), (row_id, found)
