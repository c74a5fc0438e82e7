"""PERSON mechanisms of detector round 8 (docs/scan-detector.md, "Round 8 — PERSON priors and structure"): score
priors by token class, list structure, field boundaries, letter-spaced text. One positive and one negative row (at
least) per mechanism, on text written for this file (not in any corpus; all names and places fictional).

Each row: (id, text, expected) where expected lists (type, exact substring) for every PERSON finding — no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- a dictionary surname, one space, a dictionary given name: a full name with no other cue ---
    ("spaced-full", "寄付者一覧\n金一封　北村 和夫\n金一封　森田 幸子　杉並区\n", [("PERSON", "北村 和夫"), ("PERSON", "森田 幸子")]),
    ("spaced-full-row", "避難支援名簿\n岡本 勇 81歳 独居\n", [("PERSON", "岡本 勇")]),
    ("spaced-full-glued-neg", "北村和夫の小説を読んだ。\n", []),
    ("spaced-full-surnames-neg", "上野 新宿 池袋を回る\n", []),
    # --- list separators: full names in a / list support each other ---
    ("slash-list", "2卓（友人）：小寺 綾 / 戸川 沙耶 / 森 光\n", [("PERSON", "小寺 綾"), ("PERSON", "戸川 沙耶"), ("PERSON", "森 光")]),
    ("slash-list-neg", "会場：本館 / 新館 / 別館\n", []),
    # --- a name word glued to a one-character code ---
    ("code-letter", "※A卓 望月様は窓側です\n", [("PERSON", "望月")]),
    ("code-letter-neg", "D卓（親族）：空席\n", []),
    # --- a run of whole dictionary surnames under one separator ---
    ("surname-run", "清掃当番：岡→堀→上野→辻\n", [("PERSON", "岡"), ("PERSON", "堀"), ("PERSON", "上野"), ("PERSON", "辻")]),
    ("surname-run-dot", "係：三浦・堀・上野\n", [("PERSON", "三浦"), ("PERSON", "堀"), ("PERSON", "上野")]),
    ("surname-run-place-neg", "経路：岡山→広島→山口\n", []),
    ("surname-run-two-neg", "経路：上野→新宿\n", []),
    # --- the word after a surname labels the next value ---
    ("field-label", "書記 宇佐美　会費 年3,000円\n", [("PERSON", "宇佐美")]),
    ("field-label-date", "担当 宇佐美　確認日 2031-04-01\n", [("PERSON", "宇佐美")]),
    ("field-label-neg", "参加者：宇佐美 希望\n", [("PERSON", "宇佐美 希望")]),
    # --- letter-spaced lines ---
    ("letter-spaced", "賃 貸 借 契 約 書\n借 主　氏名 小 野　涼 子\n住所 北 区\n", [("PERSON", "小 野　涼 子")]),
    ("letter-spaced-label", "借 主　氏名 小 野 住所 北 区 中 町\n", [("PERSON", "小 野")]),
    ("letter-spaced-neg", "氏名：小野 涼子 様 東 西\n", [("PERSON", "小野 涼子")]),
    # --- a two-part name with its two-part reading in brackets, either way round ---
    ("reading-after", "実習生名簿\n赵 明辉（チョウ メイキ）2001年生\n", [("PERSON", "赵 明辉"), ("PERSON", "チョウ メイキ")]),
    ("reading-before", "会員名：ｶﾀｷﾞﾘ ｿｳﾏ（片桐 颯真）\n", [("PERSON", "ｶﾀｷﾞﾘ ｿｳﾏ"), ("PERSON", "片桐 颯真")]),
    ("reading-neg", "会場：本館 二階（ホンカン）\n品名：緑 茶（リョクチャ）\n", []),
    # --- an age closes a row of a list ---
    ("age-row", "要支援者\nミゲル・サンチェス 52歳 車椅子\n", [("PERSON", "ミゲル・サンチェス")]),
    ("age-row-neg", "対象\n小学生 12歳 以下\n", []),
    # --- a numbered list item starts a field ---
    ("numbered-head", "連絡網\n3. ハシバ ミノル 090-1111-2222\n", [("PERSON", "ハシバ ミノル")]),
    ("numbered-head-neg", "手順\n1. スタート ボタン\n", []),
    # --- a Japanese word before a Latin name joins it only when it is a name itself ---
    ("mixed-head", "名簿\n翼 Okafor-Lee くん（3年2組）\nミゲル Okafor-Lee さん\n", [("PERSON", "翼 Okafor-Lee"), ("PERSON", "ミゲル Okafor-Lee")]),
    ("mixed-head-neg", "連絡\nお子さん Liam くん（3年2組）の件です。\n今日の Sota くん：よく頑張った\n", [("PERSON", "Liam"), ("PERSON", "Sota")]),
    # --- a time-stamped speaker that is a label or role word is no name ---
    ("chat-role-speaker", "[00:01:02] オペレーター：お電話ありがとうございます\n[00:01:09] 顧客：あの、サカキです\n", [("PERSON", "サカキ")]),
    ("chat-role-speaker-name", "[00:01:02] 榊：お電話ありがとうございます\n[00:01:09] 顧客：はい\n", [("PERSON", "榊")]),
    # --- a name before an honorific, unless the dictionary has the whole as a common noun ---
    ("honorific-word-neg", "メモ\n奥さんは留守でした。奥様によろしく。\n", []),
    ("honorific-word-name", "メモ\n堀さんは留守でした。奥田様によろしく。\n", [("PERSON", "堀"), ("PERSON", "奥田")]),
    # --- a given name the dictionary also has as a common noun, the whole value after a person label ---
    ("label-given", "カルテ\n施術者　光\n次回は来週\n", [("PERSON", "光")]),
    ("label-given-neg", "予定表\n担当：午後\n施術者　光熱費\n", []),
    ("label-given-word-neg", "出欠表\nA-01\t北村 花子\t出\nA-02\t南 次郎\t欠\n", [("PERSON", "北村 花子"), ("PERSON", "南 次郎")]),
    # --- the whole value of a name key outranks a name word inside it ---
    ("json-whole-value", '{"名前":"北原 悠","クラス":"3-4","メール":"yu@example.jp"}\n{"名前":"やまもと なお","クラス":"3-4","メール":"nao@example.jp"}\n',
     [("PERSON", "北原 悠"), ("PERSON", "やまもと なお")]),
    ("json-whole-value-neg", '{"商品名":"やまもと みかん","価格":"300"}\n', []),
    # --- a katakana name in three parts: the word SudachiPy does not know at the start of the field joins it ---
    ("katakana-three", "会員\nC-12,Lucas Pereira SILVA,ﾙｶｽ ﾍﾟﾚｲﾗ ｼﾙﾊﾞ,1985/12/01\nC-13,ルカス ペレイラ シルバ様\n",
     [("PERSON", "Lucas Pereira SILVA"), ("PERSON", "ﾙｶｽ ﾍﾟﾚｲﾗ ｼﾙﾊﾞ"), ("PERSON", "ルカス ペレイラ シルバ")]),
    ("katakana-three-neg", "案内\nC-13,セール ペレイラ シルバ様\n", [("PERSON", "ペレイラ シルバ")]),
    # --- "Name: Surname, Given" closing the field is one name ---
    ("inverted-latin", "INTAKE FORM\nName: McAllister, Niamh   Date of birth: 1991-02-03\n", [("PERSON", "McAllister, Niamh")]),
    ("inverted-latin-neg", "MEETING\nAttendees: Whitfield, Carver\n", [("PERSON", "Whitfield"), ("PERSON", "Carver")]),
    # --- a one-kanji chat speaker before a bracketed note: a dictionary surname ---
    ("chat-one-kanji", "シフト連絡\n10:05 堀（リーダー）：了解です\n10:07 ゆか：ありがとうございます\n", [("PERSON", "堀"), ("PERSON", "ゆか")]),
    ("chat-one-kanji-neg", "シフト連絡\n10:05 朝（補足）：点検あり\n10:07 ゆか：了解\n", [("PERSON", "ゆか")]),
    # --- a dictionary surname, one space, a hiragana given name SudachiPy does not tag ---
    ("spaced-hiragana", "披露宴\n新郎 長谷部 翔 ・ 新婦 藤堂 ひなた 席次\n", [("PERSON", "長谷部 翔"), ("PERSON", "藤堂 ひなた")]),
    ("spaced-hiragana-neg", "連絡\n藤堂 まで ご連絡ください\n藤堂 について\n", []),
    # --- a table column mostly of names found: its other name-shaped cells are names ---
    ("name-column", "| 生徒 | 学年 |\n|---|---|\n| さくら | 小3 |\n| 蓮 | 小5 |\n| ゆい | 年長 |\n",
     [("PERSON", "さくら"), ("PERSON", "蓮"), ("PERSON", "ゆい")]),
    ("name-column-neg", "| 品名 | 数量 |\n|---|---|\n| さくら | 3 |\n| りんご | 5 |\n| 蓮 | 2 |\n", []),
]

@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_person_round8(row_id: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text) if f.type.value == "PERSON"]
    assert sorted(found) == sorted(expected), (row_id, found)
