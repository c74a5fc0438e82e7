"""PERSON and ADDRESS mechanisms of detector round 11 for office files and trades (docs/scan-detector.md, "Round 11 —
PERSON and ADDRESS in files and trades"): a form's label standing in a name's cell, places, shops and companies
in a name's place, names' tails, OCR's letters in numbers, and address boundaries. Positive and negative rows per
mechanism, on text written for this file (not in any corpus; all names, places and numbers fictional).

Each row: (id, text, types, expected) where expected lists (type, exact substring) for every finding of the listed
types — no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

P = ("PERSON",)
A = ("ADDRESS",)

ROWS: list[tuple[str, str, tuple[str, ...], list[tuple[str, str]]]] = [
    # --- a form's label in a name's place: a header line, a label<TAB>value sheet ---
    ("label-cell-header-neg", "連絡網\nNo\t氏名\t保護者\t続柄\n", P, []),
    ("label-cell-form-sheet",
     "氏名\t鴫原 朔\t性別\t男\n保護者\t鴫原 巴（母）\t続柄\t母\n生年月日\t平成30年1月2日\t学年\t1\n拘束の内容\tなし\n", P,
     [("PERSON", "鴫原 朔"), ("PERSON", "鴫原 巴")]),
    ("label-cell-surname-common-nouns", "No\t氏名\tフリガナ\tメモ\nH01\t日向 大地\tヒュウガ ダイチ\t2\n", P,
     [("PERSON", "日向 大地"), ("PERSON", "ヒュウガ ダイチ")]),
    # --- a name's tail: the next field's label, a kin word after の ---
    ("tail-label-word", "被保険者氏名 鴫原 トメ 生年月日 明・大・昭 9 年\n", P, [("PERSON", "鴫原 トメ")]),
    ("tail-plain-noun", "窓口記入欄 受付 国保課 漆原 還付金額 ア 支給\n", P, [("PERSON", "漆原")]),
    ("tail-given-name-kept", "被保険者氏名 鴫原 美智子 性別 女\n", P, [("PERSON", "鴫原 美智子")]),
    ("tail-kin-after-no", "先月ご利用いただいた鴫原 勝男の娘です。\n", P, [("PERSON", "鴫原 勝男")]),
    ("label-word-alone-neg", "経理課の者です。\n19:02 商店街公式: 本日は終了\n", P, []),
    # --- organisations in a column of people, a name after 法人 ---
    ("org-cell-neg", "ID,氏名,メール\n1,株式会社しぎはら精機,info@example.jp\n2,医療法人 漆和会,x@example.jp\n", P, []),
    ("org-after-houjin-neg", "健診の実施：医療法人恒和会 健診センター\n", P, []),
    ("label-cell-title-above", "定期健康診断 結果一覧 株式会社ミナミ（実施：医療法人恒和会 健診センター）\n氏名\t部署\n浅香 達也\t製造1課\n", P,
     [("PERSON", "浅香 達也")]),
    ("org-cell-person-kept", "ID,氏名,メール\n1,鴫原 朔,s@example.jp\n", P, [("PERSON", "鴫原 朔")]),
    # --- a place and its office: no person ---
    ("place-office-neg", "福井市長 様\n\n福井県知事 殿\n保険者：鯖江市（保険者番号 000）\n勤務先 会社員（越前市内）\n", P, []),
    ("place-like-surname-kept", "申請者 中野 朔 様\n", P, [("PERSON", "中野 朔")]),
    # --- a shop or a branch named by its place ---
    ("shop-neg", "【09/02】調剤\tあおい薬局 本町店\n振込先：喪主名義 つばさ銀行 首里支店 普通 0000000\n元 中田時計店\n", P, []),
    ("shop-person-kept", "あおい薬局 本町店\t薬剤師 鴫原 朔\n", P, [("PERSON", "鴫原 朔")]),
    ("school-neg", "県立宝永高等学校長 様\n通告者\t市立宝永小学校 教頭 漆原 朔\n", P, [("PERSON", "漆原 朔")]),
    ("school-principal-kept", "高畑校長より連絡\n", P, [("PERSON", "高畑")]),
    ("bracket-honorific-outside", "学校（SSW 高畑氏）と共有。連絡があった（担当 杉浦様）。\n", P, [("PERSON", "高畑"), ("PERSON", "杉浦")]),
    # --- a quoted cell's closing quote ends the name; a kana given name with its kanji ending ---
    ("quoted-cell-name", '"No","日付","保護者","続柄"\n"1","2021/11/01","杉浦 ヨシ子","姉"\n"2","2021/11/02","五十嵐\u3000智恵","母"\n', P,
     [("PERSON", "杉浦 ヨシ子"), ("PERSON", "五十嵐\u3000智恵")]),
    ("kana-given-kanji-ending", "3\t林 サダ子\tS14.4.1\t手帳紛失\n", P, [("PERSON", "林 サダ子")]),
    # --- a reading after a full name, past a space or a slash, closing the field ---
    ("reading-after-space", "2024/06/22\n高畑 雅代 タカハタ マサヨ\n910-0004 福井県\n", P, [("PERSON", "高畑 雅代"), ("PERSON", "タカハタ マサヨ")]),
    ("reading-after-slash", "name: 鴫原 朔 / シギハラ サク\n", P, [("PERSON", "鴫原 朔"), ("PERSON", "シギハラ サク")]),
    ("reading-after-common-word-neg", "担当 鴫原 朔 サービス ポイント\n", P, [("PERSON", "鴫原 朔")]),
    # --- a department, role or kin word before the name is not part of it ---
    ("leading-dept", "From: 経理課 高畑 <keiri@example.jp>\n[19:44] 管理会社 杉浦: ご連絡ありがとうございます\n", P,
     [("PERSON", "高畑"), ("PERSON", "杉浦")]),
    ("leading-kin-csv", "No,世帯主,同居人,電話\n101,中谷 茂,妻 和子,0000-00-0000\n", P, [("PERSON", "中谷 茂"), ("PERSON", "和子")]),
    ("leading-noun-surname-kept", "支給対象児童　四十物 蒼（令和3年6月1日）\n配偶者　平和 智\n", P,
     [("PERSON", "四十物 蒼"), ("PERSON", "平和 智")]),
    # --- a latin title after the surname in a care or clinic record ---
    ("latin-title", "整形外科（高畑 Dr.）から処方。手すりは 杉浦 CM が手配。市民病院 樋口Dr｜\n", P,
     [("PERSON", "高畑"), ("PERSON", "杉浦"), ("PERSON", "樋口")]),
    ("latin-title-word-neg", "産業医 Dr. の意見書\n品番 PT-3\n", P, []),
    ("profession-title-outside", "市教委 高畑指導主事より連絡\n杉浦書記長：初めてです。\n相談室 樋口カウンセラーと共有\n", P,
     [("PERSON", "高畑"), ("PERSON", "杉浦"), ("PERSON", "樋口")]),
    # --- a foreign name in katakana joined by ・ is taken whole ---
    ("dot-name-whole", "緊急連絡\t姉 ヌエン・ティ・ホア 090-0000-1111\n記入：ドー・ティ・マイ ---\n", P,
     [("PERSON", "ヌエン・ティ・ホア"), ("PERSON", "ドー・ティ・マイ")]),
    # --- a column of clerks headed by the act ---
    ("clerk-column", "受付日\t申請者\t書類\t担当\n2026-03-30\t鴫原 朔\t運転免許証\t高畑\n", P, [("PERSON", "鴫原 朔"), ("PERSON", "高畑")]),
    ("clerk-column-word-neg", "受付日\t書類\t担当\n2026-03-30\t運転免許証\t窓口\n", P, []),
    ("office-name-neg", "宝永警察署です。\n前田 和也\t宝永出張所\t無事\n診察券（宇治宝永病院 精神科）\n", P, [("PERSON", "前田 和也")]),
    ("office-desk-before-clerk", "受付：宝永支所 熊谷　　審査：杉浦\n", P, [("PERSON", "熊谷"), ("PERSON", "杉浦")]),
    # --- the account holder in kana after the account number ---
    ("account-holder", "振込先 つばさ銀行 宝永支店 普通 1234567 シギハラ サク\n社員,普通,7654321,ｳﾙｼﾊﾞﾗ ﾄﾓｴ\n", P,
     [("PERSON", "シギハラ サク"), ("PERSON", "ｳﾙｼﾊﾞﾗ ﾄﾓｴ")]),
    ("account-holder-company-neg", "振込先 つばさ銀行 宝永支店 当座 1234567 カブシキガイシャ シギハラ\n", P, []),
    # --- the clerk's surname after a clerical act on the office's part of a form ---
    ("clerk-dated", "［総務記入欄］受付 6/3 高畑\t給与システム変更済\n", P, [("PERSON", "高畑")]),
    ("clerk-desk-date", "※ 受付 税務課資産税係 R6.5.20 高畑\n", P, [("PERSON", "高畑")]),
    ("clerk-tabs", "記入日\t\t2024-04-11\n担任確認\t\t高畑\n入力\t杉浦\t点検\t吉岡 泰子\n", P,
     [("PERSON", "高畑"), ("PERSON", "杉浦"), ("PERSON", "吉岡 泰子")]),
    ("clerk-full-name-kept", "最終更新 7/11 高畑 恵理子\n", P, [("PERSON", "高畑 恵理子")]),
    ("clerk-glued-neg", "本人に再確認中\n発注確認表 2025/08/20\n受付館 中央図書館\n", P, []),
    # --- address: building and room forms ---
    ("room-not-phone", "〒910-0004 福井県福井市宝永3-8-14 ほうえいビル4F 0776-00-1234\n", A,
     [("ADDRESS", "福井県福井市宝永3-8-14 ほうえいビル4F")]),
    ("room-hiragana-building", "住所\t氏名\n宝永3丁目8-14 コーポさくら 105\t鴫原 朔\n", A, [("ADDRESS", "宝永3丁目8-14 コーポさくら 105")]),
    # (the hiragana after a building word is taken only before a room: にて stays outside)
    ("room-hiragana-building-prose-neg", "福井県福井市宝永3-8-14 ビルにて説明会を開催\n", A, [("ADDRESS", "福井県福井市宝永3-8-14 ビル")]),
    ("room-go-glued", "現住所 福井県福井市宝永3丁目8-14 エトワール宝永305号\n", A,
     [("ADDRESS", "福井県福井市宝永3丁目8-14 エトワール宝永305号")]),
    ("room-go-spaced", "新住所：福井県福井市宝永3丁目8-14 エトワール宝永 1102号\n", A,
     [("ADDRESS", "福井県福井市宝永3丁目8-14 エトワール宝永 1102号")]),
    ("building-grid-number", "住所 北海道札幌市中央区南三条西8丁目1-2 ノール南3条 702\n", A,
     [("ADDRESS", "北海道札幌市中央区南三条西8丁目1-2 ノール南3条 702")]),
    ("building-middle-dot", "〒060-0062\n北海道札幌市中央区南三条西8丁目1-2 ル・ノール南3条1503号\n", A,
     [("ADDRESS", "北海道札幌市中央区南三条西8丁目1-2 ル・ノール南3条1503号")]),
    # --- the next word names the clinic, pharmacy, office or professional that wrote the paper ---
    ("org-next-clinic-neg", "令和6年4月30日\n福井県福井市宝永3-8-14 ほうえい駅前こころのクリニック\n医師 漆原 朔 印\n", A, []),
    ("org-next-professional-neg", "代理人 福井県福井市宝永3丁目8番地2 司法書士 漆原 朔\n", A, []),
    ("org-next-person-kept", "住所 福井県福井市宝永3-8-14 鴫原 朔 様方\n", A, [("ADDRESS", "福井県福井市宝永3-8-14")]),
    ("facility-row-named-neg", "訪問看護ステーションしぎはら　〒910-0004 福井県福井市宝永3-8-14\n", A, []),
    ("facility-row-person-kept", "漆原 朔　〒910-0004 福井県福井市宝永3-8-14\n", A, [("ADDRESS", "福井県福井市宝永3-8-14")]),
    # --- a building line after the address: at the margin one span, indented a span of its own ---
    ("building-line-margin", "〒910-0004\n福井県福井市宝永3丁目8番14号\nエトワール宝永 1402\n鴫原 朔 様\n", A,
     [("ADDRESS", "福井県福井市宝永3丁目8番14号\nエトワール宝永 1402")]),
    ("building-line-indented", "住所　〒910-0004\n　　　福井県福井市宝永3丁目8番14号\n　　　エトワール宝永 1402\n", A,
     [("ADDRESS", "福井県福井市宝永3丁目8番14号"), ("ADDRESS", "エトワール宝永 1402")]),
    # --- OCR's letters read for digits inside a number ---
    ("ocr-digits-address", "住 所 〒 910-0004\n福井県福井市宝永3丁目8番l号\n", A, [("ADDRESS", "福井県福井市宝永3丁目8番l号")]),
    ("ocr-digits-room", "住居地 福井県福井市宝永3丁目1O-8 ほうえい荘2O3\n", A, [("ADDRESS", "福井県福井市宝永3丁目1O-8 ほうえい荘2O3")]),
    ("ocr-digits-phone", "祖母の 携帯 080-00l7-6504 です。\n", ("PHONE",), [("PHONE", "080-00l7-6504")]),
    ("ocr-letters-in-words-neg", "Vol.1 Office I2C model O2\n", ("PHONE", "ADDRESS"), []),
    ("room-letter-hyphen", "住所：福井県福井市宝永3丁目8-14 メゾン宝永 B-2\n現住所 福井県福井市宝永3-8-14 寮A-3\n", A,
     [("ADDRESS", "福井県福井市宝永3丁目8-14 メゾン宝永 B-2"), ("ADDRESS", "福井県福井市宝永3-8-14 寮A-3")]),
    ("building-counter-neg", "北海道札幌市中央区南三条西8丁目1-2 ノール 3人\n", A, [("ADDRESS", "北海道札幌市中央区南三条西8丁目1-2")]),
]


@pytest.mark.parametrize(("row_id", "text", "types", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_round11_office(row_id: str, text: str, types: tuple[str, ...], expected: list[tuple[str, str]]) -> None:
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text) if f.type.value in types]
    assert sorted(found) == sorted(expected), (row_id, found)


def test_ocr_digits_keep_offsets() -> None:
    from hogo.scan.normalize import normalize

    n = normalize("宝永3丁目1O-8 Office 2O3")
    assert n.text == "宝永3丁目10-8 Office 203" and n.to_original(0, len(n.text)) == (0, len(n.original))
