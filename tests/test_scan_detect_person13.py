"""PERSON mechanisms of detector round 13 (docs/scan-detector.md, "Round 13 — PERSON"): a surname alone in brackets, a
full name alone in brackets, a surname glued to a household word or heading a bulleted note, a desk's name in brackets
without its honorific, a role's surname written apart before a particle, a role word SudachiPy splits into name words
(申立人), a kin word before a full name, a place's office cut inside its place (盛|岡市長), a section glued to 係/課, an
honorific written apart taken as a given name by propagation, a particle written apart before a bracket, a surname-
first latin name filling a record cell, a name ending at a speaker's colon, a clerk's stamp, a hiragana reading
holding ー, 様 written apart, a post after a surname. Positive and negative rows per mechanism, on text written for this
file (not in any corpus; all names, places and numbers fictional).

Each row: (id, text, types, expected) where expected lists (type, exact substring) for every finding of the listed
types — no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

P = ("PERSON",)

ROWS: list[tuple[str, str, tuple[str, ...], list[tuple[str, str]]]] = [
    # --- a dictionary surname alone in brackets ---
    ("bracket-desk", "本人の同意を得て、生活支援課（鏑木）へ情報提供した。\n", P, [("PERSON", "鏑木")]),
    ("bracket-act", "口座の変更を入力（宇田川）、翌月から反映。\n", P, [("PERSON", "宇田川")]),
    ("bracket-role", "06/11 18:02 担任（楠田）\nご連絡ありがとうございます。\n", P, [("PERSON", "楠田")]),
    ("bracket-common-noun-neg", "体温の記録（午前）を確認。会場（本館）で実施。\n", P, []),
    ("bracket-branch-place-neg", "次回は年金事務所（浦和）へ同行予定。\n", P, []),
    ("bracket-prefecture-neg", "本社（大阪）と支社（千葉）の担当で協議。\n", P, []),
    # --- a full name written apart alone in brackets (a surname or a place, then a given name) ---
    ("bracket-full-name", "是正報告書の写しは従業員代表（鴨川 大地）にも交付する。\n", P, [("PERSON", "鴨川 大地")]),
    ("bracket-full-name-neg", "会場（体育館 東側）と時間（午前 十時）。\n", P, []),
    # --- a surname glued to a household word; a bulleted note headed by a surname ---
    ("household-father", "・鏑木父（鏑木 隆之さん）：来週の面談を希望。\n", P, [("PERSON", "鏑木"), ("PERSON", "鏑木 隆之")]),
    ("household-house", "ホームステイ先を宇田川家から別の家庭に変更。\n", P, [("PERSON", "宇田川")]),
    ("bullet-note", "話すこと（個別）\n・楠田：視力の再検査\n・宇田川：吸入器の置き場所\n", P,
     [("PERSON", "楠田"), ("PERSON", "宇田川")]),
    ("bullet-label-neg", "・日時：6月3日\n・場所：体育館\n・持参：上履き\n", P, []),
    ("household-word-neg", "専門家から説明を受け、農家の方と実家へ。\n", P, []),
    # --- a desk's name in brackets: the honorific and the space before it stay outside ---
    ("dept-bracket-honorific", "病院へ一括対応の連絡（医事課 宇田川 様）。\n", P, [("PERSON", "宇田川")]),
    ("dept-bracket-role", "連絡先 0000-00-0000（教頭 楠田）\n", P, [("PERSON", "楠田")]),
    # --- a role word SudachiPy reads as a name; a kin word before a full name ---
    ("role-noun-neg", "申立人は、遺言書を自宅に保管していた。\n申立人　本籍 東京都千代田区\n", P, []),
    ("kin-before-full-name", "支援措置の対象者（加害者：元夫 宇田川 隆之）。\n", P, [("PERSON", "宇田川 隆之")]),
    # --- a place's office cut inside its place; a section glued to 係 ---
    ("place-office-cut-neg", "税務課 諸税係\n盛岡市長 様\n納税義務者\n", P, []),
    ("section-glued-neg", "To: 市民課 住記係 楠田 <k@example.jp>\n", P, [("PERSON", "楠田")]),
    # --- propagation never takes an honorific written apart as a given name ---
    ("propagation-honorific", "妻 宇田川 幸子 様が代筆。\n| ✓ | 幸子 様記載。\n", P, [("PERSON", "宇田川 幸子"), ("PERSON", "幸子")]),
    # --- a particle written apart before a bracket ends the name ---
    ("particle-before-bracket", "相談したいとのこと → 母子保健係 鏑木 へ（同意あり）。\n", P, [("PERSON", "鏑木")]),
    # --- a surname-first latin name filling a record cell ---
    ("latin-comma-csv", '"K-0092","Santos Oliveira, Juliana","F","1990-01-01"\n', P, [("PERSON", "Santos Oliveira, Juliana")]),
    ("latin-comma-tsv", "0044\t6/2\tBrown, Emily\t浦和区常盤\n", P, [("PERSON", "Brown, Emily")]),
    ("latin-comma-place-neg", '"Minato, Tokyo","Osaka, Japan"\n', P, []),
    # --- a name written apart ends at a speaker's colon (a given name, not the next field's label) ---
    ("speaker-colon", "[06-30 09:12] 宇田川 ひなた：おはようございます。\n[06-30 09:15] 楠田 誠：了解。\n", P,
     [("PERSON", "宇田川 ひなた"), ("PERSON", "楠田 誠")]),
    ("speaker-colon-label-neg", "審査部 楠田 メモ：年収に対して過大。\n", P, [("PERSON", "楠田")]),
    # --- a clerk's stamp: a surname ending in 部; a dated stamp closed by 。 ---
    ("clerk-stamp-be", "貸与機器\n更新 2025-04-30 曽我部\n", P, [("PERSON", "曽我部")]),
    ("clerk-stamp-period", "林務課 受付 6/20 楠田。受験票は郵送。\n", P, [("PERSON", "楠田")]),
    # --- a role's surname written apart: a particle written apart ends it; a surname that is a common noun too ---
    ("role-surname-particle", "相談票を 女性相談員 石垣 に回付。\n", P, [("PERSON", "石垣")]),
    ("role-surname-common-noun", "記録：支援員 日向 が同行。\n", P, [("PERSON", "日向")]),
    ("role-surname-given-kana-neg", "連絡先 担当 森 はな\n", P, [("PERSON", "森 はな")]),
    # --- a row's fields separated by a slash: label, full name, then an address ---
    ("row-slash", "05 鏑木 勇気 / 福島市南町1-2 / 024-000-0000\n", P, [("PERSON", "鏑木 勇気")]),
    ("row-slash-neg", "05 品目 数量 / 福島市場 / 済\n", P, []),
    # --- a foreign name's reading in hiragana holds ー ---
    ("hiragana-reading-long-vowel", "No\t氏名\tふりがな\t性別\n1\tペレイラ ルーカス\tぺれいら るーかす\t男\n", P,
     [("PERSON", "ペレイラ ルーカス"), ("PERSON", "ぺれいら るーかす")]),
    # --- 様 written apart before a kanji word; a post after a surname ---
    ("sama-apart", "架電し、鏑木 様本人の申請を確認。\n", P, [("PERSON", "鏑木")]),
    ("sama-form-neg", "申請書の様式を確認。\n", P, []),
    ("post-after-surname", "アルバイト（学習塾講師、宇田川 塾長）週3。\n", P, [("PERSON", "宇田川")]),
]


@pytest.mark.parametrize(("row_id", "text", "types", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_round13(row_id: str, text: str, types: tuple[str, ...], expected: list[tuple[str, str]]) -> None:
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text) if f.type.value in types]
    assert sorted(found) == sorted(expected), (row_id, found)
