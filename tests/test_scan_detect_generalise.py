"""Mechanisms added to make the detector generalise (docs/scan-detector.md, "Generalisation"): one positive and
one negative row per mechanism, on text that is NOT in any corpus file (all data fictional).

Each row: (id, text, expected) where expected lists (type, exact substring) for every finding — no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import SAMPLE_PENALTY, default_analyzer

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- PERSON: key/value and label forms ---
    ("json-name-key", '{"氏名": "川原太一", "部署": "総務"}', [("PERSON", "川原太一")]),
    ("json-kana-key", '{"kana": "カワハラ タイチ"}', [("PERSON", "カワハラ タイチ")]),
    ("json-role-key", '{"主治医": "岸本"}', [("PERSON", "岸本")]),
    ("json-neg-company-key", '{"会社名": "山田商店", "品名": "りんご"}', []),
    ("role-suffix-label", "申立人　井上 真司\n", [("PERSON", "井上 真司")]),
    ("role-neg-pronoun", "第三者 提供の記録を作成する。\n", []),
    ("role-katakana", "担当ソーシャルワーカー：堀田\n", [("PERSON", "堀田")]),
    ("title-as-label", "主査 山内\n", [("PERSON", "山内")]),
    ("quoted-csv-cells", '"No","氏名","ふりがな"\n"1","森 一","もり はじめ"\n', [("PERSON", "森 一"), ("PERSON", "もり はじめ")]),
    ("bracketed-other-writing", "応募者 ﾀﾅﾍﾞ ﾕｳｷ（田辺 勇気）\n", [("PERSON", "ﾀﾅﾍﾞ ﾕｳｷ"), ("PERSON", "田辺 勇気")]),
    # --- PERSON: weaker context in prose and chat ---
    ("chat-speaker", "[09:12] かなこ: 了解です\n[09:13] りょう: 向かいます\n", [("PERSON", "かなこ"), ("PERSON", "りょう")]),
    ("chat-neg-field", "[09:12] 備考: なし\n", []),
    ("kinship-before", "祖母の石井 トミが来所した。", [("PERSON", "石井 トミ")]),
    ("kinship-neg", "母の日のプレゼントを選んだ。", []),
    ("list-with-notes", "出席者：上野 翼（2年）、森田 結衣（3年）\n", [("PERSON", "上野 翼"), ("PERSON", "森田 結衣")]),
    ("prose-clause-head", "先日、渡部健二から手紙が届いた。", [("PERSON", "渡部健二")]),
    ("prose-neg-no-role", "佐藤一郎の論文を読んだ。", []),
    ("romaji-single", "Dear Ms. Kobayashi,\n", [("PERSON", "Kobayashi")]),
    # --- sample context (見本, 記入例, イメージ): specimens are not records ---
    ("sample-form", "記入例\n氏名　山本 花子\n生年月日　平成2年3月4日\n", []),
    ("sample-neg-real-form", "氏名　山本 花子\n生年月日　平成2年3月4日\n", [("PERSON", "山本 花子"), ("BIRTH_DATE", "平成2年3月4日")]),
    ("sample-neg-company", "株式会社サンプル 総務部 山本 花子様\n", [("PERSON", "山本 花子")]),
    # --- ADDRESS ---
    ("addr-hiragana-town", "住所：岐阜県多治見市ひばりケ丘3丁目5番地\n", [("ADDRESS", "岐阜県多治見市ひばりケ丘3丁目5番地")]),
    ("addr-neg-particle-town", "名古屋市において1丁目の再開発を行う。", []),
    ("addr-cho-without-me", "兵庫県姫路市本町3丁68番地", [("ADDRESS", "兵庫県姫路市本町3丁68番地")]),
    ("addr-kyoto-number", "京都市上京区今出川通寺町西入大原口町123", [("ADDRESS", "京都市上京区今出川通寺町西入大原口町123")]),
    ("addr-kyoto-street-only", "京都市東山区東大路通松原上ルに住む。", [("ADDRESS", "京都市東山区東大路通松原上ル")]),
    ("addr-neg-kyoto-place", "京都市内の観光客数は増えた。", []),
    ("addr-kanji-numerals", "静岡県浜松市中区元城町百三番地", [("ADDRESS", "静岡県浜松市中区元城町百三番地")]),
    ("addr-kanji-block", "広島県呉市中央三丁目二番一号", [("ADDRESS", "広島県呉市中央三丁目二番一号")]),
    # --- SENSITIVE: conditions by their form, with a predicate ---
    ("sens-morph-diagnosis", "本人は気管支炎と診断された。", [("SENSITIVE", "気管支炎と診断された")]),
    ("sens-morph-time-word", "昨年十二指腸潰瘍で入院した。", [("SENSITIVE", "十二指腸潰瘍で入院した")]),
    ("sens-neg-statistics", "糖尿病が強く疑われる者の割合は12%であった。", []),
    ("sens-neg-system-fault", "システム障害があり、復旧した。", []),
    ("sens-neg-category-list", "心疾患、脳血管疾患は死因の上位を占める。", []),
    ("sens-offence", "横領罪で起訴された。", [("SENSITIVE", "横領罪で起訴された")]),
    ("sens-neg-legal-term", "罪刑法定主義の原則による。", []),
    ("sens-victim", "特殊詐欺の被害に遭った。", [("SENSITIVE", "特殊詐欺の被害に遭った")]),
    ("sens-neg-disaster", "台風の被害に遭った。", []),
    ("sens-faith", "浄土宗を信仰している。", [("SENSITIVE", "浄土宗を信仰")]),
    ("sens-believer", "本人は仏教徒である。", [("SENSITIVE", "仏教徒")]),
    ("sens-neg-student", "本校の生徒である。", []),
    ("sens-drug", "ロキソプロフェンを服用中。", [("SENSITIVE", "ロキソプロフェンを服用中")]),
    ("sens-department", "精神科に通院している。", [("SENSITIVE", "精神科に通院している")]),
    ("sens-checkup-finding", "健診で高血圧を指摘された。", [("SENSITIVE", "高血圧を指摘された")]),
    ("sens-found", "検査で大腸がんが見つかった。", [("SENSITIVE", "大腸がんが見つかった")]),
    ("sens-label-byoreki", "病歴：胃潰瘍\n", [("SENSITIVE", "胃潰瘍")]),
    ("sens-neg-law-category", "個人情報の病歴：定義\n", []),
    ("sens-allergy", "造影剤にアレルギーあり。", [("SENSITIVE", "造影剤にアレルギーあり")]),
    ("sens-json-diagnosis", '{"診断": "急性胃腸炎"}', [("SENSITIVE", "急性胃腸炎")]),
    ("sens-column-disability", "ID,氏名,障害種別\n1,平井 剛,視覚障害\n", [("PERSON", "平井 剛"), ("SENSITIVE", "視覚障害")]),
    ("sens-neg-column-other", "ID,設備,種別\n1,点字ブロック,視覚障害\n", []),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_generalise(row_id: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = default_analyzer().analyze(text)
    got = sorted((f.type.value, text[f.start : f.end]) for f in found)
    assert got == sorted(expected), row_id


def test_sample_marker_lowers_but_does_not_hide_codes() -> None:
    """A My Number with a valid check digit next to 見本 is still reported (check digits decide), names are not."""
    text = "見本\n氏名　山本 花子\nマイナンバー　1234 5678 9018\n"
    got = {(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text)}
    assert got == {("MY_NUMBER", "1234 5678 9018")}
    assert 0 < SAMPLE_PENALTY < 1
