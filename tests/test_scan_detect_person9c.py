"""PERSON mechanisms of detector round 9c (docs/scan-detector.md, "Round 9c — PERSON and ADDRESS"): titles of
associations, teams and the police after a surname (理事, 副理事長, 班長, 監督, 巡査, 保護司), a one-kanji prefix before
a title, two people joined by ・ after a kanji full name, a title or clerical verb noun trimmed off a name's end, a
department or desk before a staff surname, and chat lines whose time stamp carries its date (with 老师/女士 as speaker
titles). Positive and negative rows per mechanism, on text written for this file (not in any corpus; all names,
places and numbers fictional).

Each row: (id, text, types, expected) where expected lists (type, exact substring) for every finding of the listed
types — no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

P = ("PERSON",)

ROWS: list[tuple[str, str, tuple[str, ...], list[tuple[str, str]]]] = [
    # --- titles after a surname (敬称・肩書は氏名に含めない) ---
    ("titles-minutes",
     "出席：狩野理事長、芦沢副理事長、湯浅理事　欠席：茂木理事\n", P,
     [("PERSON", "狩野"), ("PERSON", "芦沢"), ("PERSON", "湯浅"), ("PERSON", "茂木")]),
    ("titles-compound", "報告　宍戸常務理事から、事業の説明があった。", P, [("PERSON", "宍戸")]),
    ("titles-team-police", "応急処置は嶋津班長が行い、（溝口監督）に連絡、飯倉署の那須巡査が来所した。", P,
     [("PERSON", "嶋津"), ("PERSON", "溝口"), ("PERSON", "那須")]),
    ("titles-prefix-neg", "班長交代のお知らせ：新班長は来月決定します。前理事長の挨拶文を掲載。", P, []),
    ("titles-words-neg", "理事会の議事録と監督官庁への届出、巡査部長の階級について説明した。", P, []),
    # --- ・ after a kanji full name written apart: two people ---
    ("dot-couple", "3\t日置 昇・芳江\t10,000\t済\n", P, [("PERSON", "日置 昇"), ("PERSON", "芳江")]),
    ("dot-staff", "担当ボランティア：楠田 真澄・宇野\n", P, [("PERSON", "楠田 真澄"), ("PERSON", "宇野")]),
    ("dot-katakana-one-name", "通訳：グエン・ヴァン・ミン\n", P, [("PERSON", "グエン・ヴァン・ミン")]),
    ("dot-words-neg", "収集・保管・利用目的による制限について説明する。", P, []),
    # --- a title or a clerical verb noun taken along at a name's end is trimmed ---
    ("trim-doctor", "主治医の桑名先生に報告しておきます。", P, [("PERSON", "桑名")]),
    ("trim-made-by", "発送リスト（事務局 楢崎作成、月末まで）", P, [("PERSON", "楢崎")]),
    # --- a department or desk before a staff surname ---
    ("dept-before-surname", "作業者: 情シス 鴨志田\n更新: 人事 氷室 2031/07/01\n", P,
     [("PERSON", "鴨志田"), ("PERSON", "氷室")]),
    ("dept-words-neg", "人事 異動の内示は来週です。総務 手続きは完了。", P, []),
    # --- chat lines whose time stamp carries its date; 老师/女士 are titles ---
    ("chat-dated",
     "2031-06-01 20:11 苏婉清：大家好\n2031-06-01 20:13 郑老师：欢迎！\n2031-06-01 20:15 苏婉清：谢谢\n", P,
     [("PERSON", "苏婉清"), ("PERSON", "郑"), ("PERSON", "苏婉清")]),
    ("chat-dated-ja", "2031/06/01 20:11 稗田：了解です\n2031/06/01 20:13 矢作：はい\n", P,
     [("PERSON", "稗田"), ("PERSON", "矢作")]),
    ("chat-dated-log-neg", "2031-06-01 20:11 エラー：接続できません\n2031-06-01 20:13 警告：再試行します\n", P, []),
]


@pytest.mark.parametrize(("row_id", "text", "types", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_round9c(row_id: str, text: str, types: tuple[str, ...], expected: list[tuple[str, str]]) -> None:
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text) if f.type.value in types]
    assert sorted(found) == sorted(expected), (row_id, found)
