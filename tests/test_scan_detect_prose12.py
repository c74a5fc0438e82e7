"""PERSON mechanisms of detector round 12 for people named in running prose and in the lists and records of communities
and operations (docs/scan-detector.md, "Round 12 — PERSON in running prose and lists"). Positive and negative rows per
mechanism, on text written for this file (not in any corpus; all names, places and numbers fictional).

Each row: (id, text, types, expected) where expected lists (type, exact substring) for every finding of the listed
types — no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

P = ("PERSON",)

ROWS: list[tuple[str, str, tuple[str, ...], list[tuple[str, str]]]] = [
    # --- a surname written apart before a given name found alone: one full name ---
    ("surname-place-in-prose", "来月からは、育休に入られた船橋 詩織先生にかわって担任をします。\n", P, [("PERSON", "船橋 詩織")]),
    ("surname-after-kin-word", "町会の皆さまへ。ご長女小岩 真琴さんが本日入籍されました。\n", P, [("PERSON", "小岩 真琴")]),
    ("surname-unknown-place", "緊急連絡先　鶯谷 登美子（母）\n", P, [("PERSON", "鶯谷 登美子")]),
    ("surname-katakana", "お振込みの名義は ハネダ ユキ です。\n", P, [("PERSON", "ハネダ ユキ")]),
    ("surname-kin-word-neg", "ご本人と長男 博之さんが来所。\n", P, [("PERSON", "博之")]),
    ("surname-common-noun-neg", "次の会合には会場 ひかりさんも来ます。\n", P, [("PERSON", "ひかり")]),
    ("surname-hiragana-particle-neg", "はい。折返しは あかねさんにお願いしました。\n", P, [("PERSON", "あかね")]),
    # --- ・ after a kanji surname joins two people ---
    ("dot-pair-kanji", "◆ 今月の当番\n　受付　鵜飼・漆原　　会計　鴫原・マルコ\n", P,
     [("PERSON", "鵜飼"), ("PERSON", "漆原"), ("PERSON", "鴫原"), ("PERSON", "マルコ")]),
    ("dot-pair-full-name", "担当 鵜飼・漆原 さやか（同行）\n", P, [("PERSON", "鵜飼"), ("PERSON", "漆原 さやか")]),
    ("dot-katakana-name-neg", "担当 グエン・ティ・ラン さん\n", P, [("PERSON", "グエン・ティ・ラン")]),
    # --- a role or desk word, then a surname written apart, in an operations record ---
    ("role-desk-surname", "入居者一覧（全12戸）　作成：管理課 鵜飼　10/8\n", P, [("PERSON", "鵜飼")]),
    ("role-latin-code-surname", "10/06 10:14 IN 漆原\n　本人より入電。\n", P, [("PERSON", "漆原")]),
    ("role-supervisor-check", "件名だけ集計する。SV 蒔田 確認済み。\n", P, [("PERSON", "蒔田")]),
    ("role-surname-particle", "2/10 契約時、アルバイト 真鍋が説明した。\n", P, [("PERSON", "真鍋")]),
    ("role-mixed-word", "管理会社 担当フロント 蒔田（047-000-1111）\n運行管理 漆原　配車センター\n", P, [("PERSON", "蒔田"), ("PERSON", "漆原")]),
    ("role-shop-neg", "　A-4　喫茶 鵜飼 …… 昭和レトロの店\n", P, []),
    ("role-plate-neg", "車両 登録番号 鵜飼 300 さ 12-34\n", P, []),
    ("role-road-neg", "当日は市道 漆原 5 号線が通行止めです。\n", P, []),
    ("role-full-name-kept", "営業部 鵜飼 花子\n", P, [("PERSON", "鵜飼 花子")]),
    # --- a roster's note in brackets after a full name written apart ---
    ("roster-age", "2 善行表彰\n　相沢 陽向（17）　高校生。駅前の清掃を続けた。\n", P, [("PERSON", "相沢 陽向")]),
    ("roster-graduation", "寄付者芳名\n漆原 順（平成12年卒）　1口\n", P, [("PERSON", "漆原 順")]),
    ("roster-department", "■ 新役員\n　主将：大橋 陽介（理学部3年）\n", P, [("PERSON", "大橋 陽介")]),
    ("roster-note-neg", "会議室 北棟（3階）を使います。\n", P, []),
    # --- a katakana word in brackets after a name is no reading ---
    ("bracket-katakana-word-neg", "出席：理事 鵜飼 洋平（オンライン）、監事 漆原 秀樹（オブザーバー）\n", P,
     [("PERSON", "鵜飼 洋平"), ("PERSON", "漆原 秀樹")]),
    ("bracket-katakana-compound-neg", "# 面接メモ：鴫原 陸斗（バックエンドエンジニア）\n", P, [("PERSON", "鴫原 陸斗")]),
    ("bracket-reading-kept", "申込者：鵜飼 洋平（ウカイ ヨウヘイ）\n", P, [("PERSON", "鵜飼 洋平"), ("PERSON", "ウカイ ヨウヘイ")]),
    # --- a surname ending like a clinic or a shop, before an honorific ---
    ("surname-ka-honorific", "面談の後、保護司の 仁科さんに電話した。\n", P, [("PERSON", "仁科")]),
    ("surname-do-honorific", "To: 本部 総務課 藤堂様\n", P, [("PERSON", "藤堂")]),
    ("shop-do-honorific-neg", "お菓子は近所の文明堂さんで買いました。\n", P, []),
    # --- a particle written apart after a surname is no given name ---
    ("particle-apart-wa", "・聞き取り：交際相手 鵜飼 は、前の交際相手とも揉めていた。\n", P, [("PERSON", "鵜飼")]),
    ("particle-apart-no", "申請者から、長男 湊 の通う高校（担任 漆原 修）に連絡。\n", P, [("PERSON", "湊"), ("PERSON", "漆原 修")]),
    ("hiragana-given-kept", "連絡帳：鵜飼 のぞみさん、森 ひなたさん\n", P, [("PERSON", "鵜飼 のぞみ"), ("PERSON", "森 ひなた")]),
    # --- a two-kanji label after a surname, with a colon, a closing bracket or another word after it ---
    ("label-two-kanji-colon", "管理会社処理欄　受付 鵜飼　審査：保証会社不要\n", P, [("PERSON", "鵜飼")]),
    ("label-two-kanji-bracket", "書面のみ送付（部長 漆原 承認）\n", P, [("PERSON", "漆原")]),
    ("label-two-kanji-word", "担当 鴫原　備考 購入時のレシートあり\n", P, [("PERSON", "鴫原")]),
    ("given-common-noun-kept", "患者 岡山 希望（19歳）が来院。\n先代 大森 平和 様\n", P, [("PERSON", "岡山 希望"), ("PERSON", "大森 平和")]),
    # --- a kana word and its honorific that are one dictionary word ---
    ("kana-word-honorific-neg", "「しょうがっこうでも たくさん あそんで たくさん わらってね」\n", P, []),
    ("kana-kin-honorific-neg", "「ひいおばあちゃんの むかしばなしを ききました」\n", P, []),
    ("kana-name-honorific-kept", "「ゆいちゃんと はるくんが きました」\n", P, [("PERSON", "ゆい"), ("PERSON", "はる")]),
    # --- a katakana given name with its kanji ending, before an honorific ---
    ("kana-kanji-given", "先月から施設に入所されました。ミツ子さんは毎日面会に通っています。\n", P, [("PERSON", "ミツ子")]),
    ("kana-kanji-given-kin", "緊急連絡先：妻 ハル江さん\n", P, [("PERSON", "ハル江")]),
    ("kana-kanji-no-honorific-neg", "新商品のタマゴ子ども向けセット\n", P, []),
]


@pytest.mark.parametrize(("row_id", "text", "types", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_round12_prose(row_id: str, text: str, types: tuple[str, ...], expected: list[tuple[str, str]]) -> None:
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text) if f.type.value in types]
    assert sorted(found) == sorted(expected), (row_id, found)
