"""PERSON mechanisms of generalisation round 4 (docs/scan-detector.md, "Generalisation round 4 — person"): one
positive and one negative row per mechanism, on text written for this file (not in any corpus; all fictional).

Each row: (id, text, expected) where expected lists (type, exact substring) for every finding — no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- document-level propagation: a name confirmed once is a name at its other bare occurrences ---
    ("doc-surname", "報告者：曽我部 真澄\n内容：点検で異常なし。曽我部が追加の確認を行う。\n",
     [("PERSON", "曽我部 真澄"), ("PERSON", "曽我部")]),
    ("doc-surname-inside-word-neg", "担当：小松 亜希\n小松菜の収穫は来週。\n", [("PERSON", "小松 亜希")]),
    ("doc-surname-unconfirmed-neg", "会場は市民会館。長野からの参加者が多かった。\n", []),
    ("doc-given-kana", "園児名：やまね ことは\n今日のことはは積み木で遊びました。\n",
     [("PERSON", "やまね ことは"), ("PERSON", "ことは")]),
    ("doc-full-from-surname", "記録：宗方さん\n対象：宗方 遼（中学1年）\n", [("PERSON", "宗方"), ("PERSON", "宗方 遼")]),
    # --- attendance lists after their label ---
    ("roster", "出席：大河内（議長）、矢島、荻野 千晴、堀之内\n",
     [("PERSON", "大河内"), ("PERSON", "矢島"), ("PERSON", "荻野 千晴"), ("PERSON", "堀之内")]),
    ("roster-neg", "出席：本人、家族、事務局\n", []),
    ("roster-titles", "出席者：深町会長、根岸副会長、訪問介護 砂川\n",
     [("PERSON", "深町"), ("PERSON", "根岸"), ("PERSON", "砂川")]),
    ("roster-unknown-surname", "引率：栂野 健（数学科）、曽根 あや（養護教諭）\n",
     [("PERSON", "栂野 健"), ("PERSON", "曽根 あや")]),
    # --- a 、-list holding one confirmed name ---
    ("list-confirmed", "熊谷さんは午前のみ。\n当番（熊谷、篠原）\n",
     [("PERSON", "熊谷"), ("PERSON", "熊谷"), ("PERSON", "篠原")]),
    ("list-confirmed-neg", "熊谷さんは午前のみ。\n品目（牛乳、豆腐）\n", [("PERSON", "熊谷")]),
    # --- a grid under a name header: first cell of each row ---
    ("grid", "氏名　月 火 水\n長谷部　○ × ○\n塩見 里奈　× ○ ○\n", [("PERSON", "長谷部"), ("PERSON", "塩見 里奈")]),
    ("grid-header-is-a-name", "氏名 片岡 信吾 様\n入社 2019年\n職歴 5年\n", [("PERSON", "片岡 信吾")]),
    ("grid-neg", "曜日　月 火 水\n午前　○ × ○\n午後　× ○ ○\n", []),
    # --- HTML table cells: <th>label</th><td>name ---
    ("html-cell", "<tr><th>申請者</th><td>志賀 直美</td></tr>\n", [("PERSON", "志賀 直美")]),
    ("html-cell-neg", "<tr><th>申請者</th><td>未定</td></tr>\n", []),
    # --- chat speakers: every line-head speaker counts towards recognising a chat ---
    ("chat-any-script", "ななみん: 明日は雨かな\nKeiko: たぶん\nななみん: 了解\n",
     [("PERSON", "ななみん"), ("PERSON", "ななみん")]),
    ("chat-form-labels-neg", "メモ: 午前は会議\nTEL: なし\nメモ: 午後は外出\n", []),
    ("chat-any-script-neg", "注意: 明日は休み\n連絡: なし\n注意: 雨天中止\n", []),
    # --- a child named in brackets with an age; a kin word, a given name, a date or age in brackets ---
    ("child-bracket", "娘（みのり、3歳）と来所。\n", [("PERSON", "みのり")]),
    ("child-bracket-neg", "娘（同居、3歳）と来所。\n", []),
    ("kin-given-age", "同居：妻 千晶（41歳）、長女 美羽（9歳）\n", [("PERSON", "千晶"), ("PERSON", "美羽")]),
    ("kin-given-age-neg", "同居：長男 同居（2名）\n", []),
    # --- an age in the brackets after a full name ---
    ("age-bracket", "当事者は沖田 涼介（17歳、高校2年）。\n", [("PERSON", "沖田 涼介")]),
    ("age-bracket-neg", "対象は小学生（10歳以下）。\n", []),
    # --- a kin word between a label and the name ---
    ("label-kin", "相談者：母 白石 和美\n", [("PERSON", "白石 和美")]),
    ("label-kin-neg", "相談者：母 不明\n", []),
    # --- a kana honorific running into the next word; さん橋 is a pier ---
    ("honorific-run-on", "・藤枝さん通院のため早退\n", [("PERSON", "藤枝")]),
    ("honorific-run-on-neg", "港のさん橋で待つ\n", []),
    # --- an honorific after a space ---
    ("honorific-space", "宛先：中央病院 外科 瀧口 先生 御侍史\n", [("PERSON", "瀧口")]),
    ("honorific-space-neg", "宛先：中央病院 外科 先生方\n", []),
    # --- a katakana role before the name is a label, not part of it ---
    ("katakana-role", "班分け：土のう班（リーダー 羽鳥）\n", [("PERSON", "羽鳥")]),
    ("katakana-role-neg", "班分け：土のう班（リーダー 未定）\n", []),
    # --- a complete name does not absorb the next one (kana writing, then kanji) ---
    ("two-writings", "患者氏名：ｻｲﾄｳ ﾕｷｺ 斉藤 由紀子\n", [("PERSON", "ｻｲﾄｳ ﾕｷｺ"), ("PERSON", "斉藤 由紀子")]),
    ("two-writings-neg", "患者氏名：斉藤 由紀子\n", [("PERSON", "斉藤 由紀子")]),
    # --- a particle then a kanji after a space is prose, not a given name ---
    ("particle-not-given", "副店長 嶋村 が対応した。\n", [("PERSON", "嶋村")]),
    # --- a one-character surname introducing oneself after a department ---
    ("dept-intro", "市民課の林です。先日の件でご連絡しました。\n", [("PERSON", "林")]),
    ("dept-intro-neg", "市民課の窓口です。\n", []),
    # --- relation words as labels ---
    ("relation-label", "同僚 柏木 に伝わると困る。\n", [("PERSON", "柏木")]),
    ("relation-label-neg", "同僚 数名に相談した。\n", []),
    # --- an initial before a surname after a label stays in the span ---
    ("initial", "相談員：M.小田切\n", [("PERSON", "M.小田切")]),
    ("initial-neg", "相談員：A.未定\n", []),
    # --- an animal's name; a facility's kana name after its organisation word ---
    ("pet-neg", "猫の名前：ミケ\n飼い主：桐島 遥\n", [("PERSON", "桐島 遥")]),
    ("pet-contrast", "子の名前：タロウ\n", [("PERSON", "タロウ")]),
    ("org-kana-neg", "ORG:訪問看護ステーション すずらん\n", []),
    # --- a visit to someone's home: a dictionary surname before 宅 ---
    ("house-visit", "9/3　江口宅訪問。本人不在。\n", [("PERSON", "江口")]),
    ("house-visit-neg", "公営住宅に入居。高齢者宅へ配食。\n", []),
    # --- 甥/姪 as labels before a name ---
    ("nephew-label", "| 緊急連絡先 | 甥 ブラウン 海斗 |\n", [("PERSON", "ブラウン 海斗")]),
    ("nephew-label-neg", "| 緊急連絡先 | 甥 未定 |\n", []),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_person_round4(row_id: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text)]
    assert sorted(found) == sorted(expected), row_id
