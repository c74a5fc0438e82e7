"""Mechanisms added after blind batch 1 was scored (docs/scan-detector.md, "Blind batch 1 as dev data"): one
positive and one negative row per mechanism, on text that is NOT in any corpus file (all data fictional).

Each row: (id, text, expected) where expected lists (type, exact substring) for every finding — no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer
from hogo.scan.normalize import normalize

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- PERSON: romaji in mixed case, with apostrophes, after a sign-off line, after a label, as a party ---
    ("romaji-mixed-case", "Kind regards,\nKenji MORITA\n", [("PERSON", "Kenji MORITA")]),
    ("romaji-apostrophe", "Guest Name: Sean O'Brien\u3000Room: 12\n", [("PERSON", "Sean O'Brien")]),
    ("romaji-neg-no-context", "Tokyo Station Hotel は駅の近くです。\n", []),
    ("romaji-party", "甲と PHAM VAN DUC（以下「乙」という。）は契約する。\n乙 PHAM VAN DUC\n",
     [("PERSON", "PHAM VAN DUC"), ("PERSON", "PHAM VAN DUC")]),
    ("romaji-label", "随行者：KATO Yuki\n", [("PERSON", "KATO Yuki")]),
    # --- PERSON: Markdown tables (header row with |) ---
    ("markdown-cells", "| 番号 | 氏名 |\n|---|---|\n| 1 | たかだ まお |\n| 2 | Lucas Moreau |\n",
     [("PERSON", "たかだ まお"), ("PERSON", "Lucas Moreau")]),
    ("markdown-neg-other-column", "| 氏名 | 備考 |\n|---|---|\n| 岩崎 亮 | 午前のみ |\n", [("PERSON", "岩崎 亮")]),
    # --- PERSON: chat forms ---
    ("chat-name-time", "木島 洋平 9:41 了解です\n木島 洋平 9:42 向かいます\n", [("PERSON", "木島 洋平"), ("PERSON", "木島 洋平")]),
    # a speaker must head at least two lines (まい heads one: not taken on this evidence alone)
    ("line-speaker", "ちなつ：明日いける？\nまい：いけるよ\nちなつ：了解\n", [("PERSON", "ちなつ"), ("PERSON", "ちなつ")]),
    ("line-speaker-neg-once", "メモ：会議室の予約\nのこり：あと2件\n", []),
    # --- PERSON: self-introduction, list continuation, relatives, hiragana labels, 旧姓, signature, 異体字 ---
    ("self-intro", "経理課の石塚でございます。\n", [("PERSON", "石塚")]),
    ("self-intro-neg-group", "当会の会員です。\n当校の生徒の父です。\n", []),
    ("list-next", "立会人：大貫、笹川\n", [("PERSON", "大貫"), ("PERSON", "笹川")]),
    ("list-next-neg-thing", "担当：大貫、会計\n", [("PERSON", "大貫")]),
    ("kin-bracket", "同居：祖父（森下 勝）\n", [("PERSON", "森下 勝")]),
    ("hiragana-label", "ほごしゃ：三浦 由香（はは）\n", [("PERSON", "三浦 由香")]),
    ("maiden-name", "杉山 理恵（旧姓 原田）\n", [("PERSON", "杉山 理恵"), ("PERSON", "原田")]),
    ("signature-line", "--\n北野 健太郎\n電話 03-5555-0101\n", [("PERSON", "北野 健太郎"), ("PHONE", "03-5555-0101")]),
    # (round 8: no signature here, but 姓 + space + 名 is a natural person's name on its own — the spaced prior)
    ("signature-neg-heading", "北野 健太郎の作品展\n会期は来月まで\n", [("PERSON", "北野 健太郎")]),
    ("itaiji-surname", "保護者：髙田 真弓（母）\n", [("PERSON", "髙田 真弓")]),
    ("label-with-number", "保護者2：平井 奈緒\n", [("PERSON", "平井 奈緒")]),
    ("reading-label-bracket", "氏名 内村 光（フリガナ）ウチムラ ヒカル\n", [("PERSON", "内村 光"), ("PERSON", "ウチムラ ヒカル")]),
    # --- ADDRESS ---
    ("addr-labelled-lot", "住所：山形県鶴岡市馬場町9\n", [("ADDRESS", "山形県鶴岡市馬場町9")]),
    ("addr-town-starting-with-hyo", "住所：熊本県熊本市中央区表町2丁目3番4号\n", [("ADDRESS", "熊本県熊本市中央区表町2丁目3番4号")]),
    ("addr-neg-figure", "資料：大分市提供図表3-1-2\n", []),
    ("addr-building-quoted", '{"住所": "千葉県千葉市中央区富士見1-2-3 グランド富士見1203"}',
     [("ADDRESS", "千葉県千葉市中央区富士見1-2-3 グランド富士見1203")]),
    ("addr-kanji-room", "大分県大分市府内町二丁目三番 コーポ府内二〇五\n", [("ADDRESS", "大分県大分市府内町二丁目三番 コーポ府内二〇五")]),
    ("addr-romanised", "Mr. Ito\n2-8-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo 163-8001\n",
     [("PERSON", "Ito"), ("ADDRESS", "2-8-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo"), ("POSTAL_CODE", "163-8001")]),
    # --- POSTAL_CODE / PHONE / BIRTH_DATE / BANK / INSURANCE ---
    ("postal-csv-7", "No,氏名,郵便番号\n1,長尾 実,9800811\n", [("PERSON", "長尾 実"), ("POSTAL_CODE", "9800811")]),
    ("postal-neg-7-digits-other-column", "伝票番号,数量,単価\n9800811,3,120\n", []),
    ("postal-json-key", '{"zip_code": "530-0001"}', [("POSTAL_CODE", "530-0001")]),
    ("phone-circled-marker", "連絡先：①03-3111-2222（自宅）\n", [("PHONE", "03-3111-2222")]),
    ("phone-spaced-mobile", "番号は 080 2345 6789 です\n", [("PHONE", "080 2345 6789")]),
    ("phone-neg-order-column", "受注番号,受注日,数量\n03-2024-1101,2024/11/01,4\n", []),
    ("birth-abbrev-era", "生年月日 平3.7.21\n", [("BIRTH_DATE", "平3.7.21")]),
    ("birth-neg-abbrev-era", "受付日 令6.7.21\n", []),
    ("birth-json-key", '{"birth_date": "1988-04-30"}', [("BIRTH_DATE", "1988-04-30")]),
    ("yucho-two-values", "ゆうちょ銀行 記号 13150 番号 22450981\n", [("BANK_ACCOUNT", "13150"), ("BANK_ACCOUNT", "22450981")]),
    ("yucho-compact", "ゆうちょ銀行 記号13150-22450981\n", [("BANK_ACCOUNT", "13150"), ("BANK_ACCOUNT", "22450981")]),
    ("insurance-kana-symbol", "国民健康保険 被保険者証 記号・番号 十勝ろ・4401822\n",
     [("HEALTH_INSURANCE", "十勝ろ"), ("HEALTH_INSURANCE", "4401822")]),
    # --- SENSITIVE ---
    ("sens-doctor-said", "先月、緑内障と言われたそうだ。", [("SENSITIVE", "緑内障と言われた")]),
    ("sens-suspected", "検査の結果、胃がんが疑われます。", [("SENSITIVE", "胃がんが疑われます")]),
    ("sens-prefix-and-aru", "本人はレビー小体型認知症があり、見守りが必要。", [("SENSITIVE", "レビー小体型認知症があり")]),
    ("sens-leave", "田中さんはうつ病により休職中。", [("PERSON", "田中"), ("SENSITIVE", "うつ病により休職中")]),
    ("sens-neg-article", "うつ病は誰でもかかりうる病気です。", []),
    ("sens-note-between", "配慮事項：そばアレルギー（重度）あり\n", []),
    ("sens-listed-note-between", "食物アレルギー（小麦）あり\n", [("SENSITIVE", "食物アレルギー（小麦）あり")]),
    ("sens-certificate-grade", "手帳,身体障害者手帳3級\n", [("SENSITIVE", "身体障害者手帳3級")]),
    ("sens-neg-certificate-info", "療育手帳の申請窓口は2階です。", []),
    ("sens-fine", "5年前に廃棄物処理法違反で罰金刑を受けた。", [("SENSITIVE", "廃棄物処理法違反で罰金刑を受けた")]),
    ("sens-ethnic", "私は在日朝鮮人二世であり、", [("SENSITIVE", "在日朝鮮人二世であり")]),
    ("sens-believer", "彼はクリスチャンなので日曜は休む。", [("SENSITIVE", "クリスチャンなので")]),
    ("sens-congregation", "この方は当寺院の檀家です。", [("SENSITIVE", "当寺院の檀家")]),
    ("sens-religion-field", "宗派：日蓮宗\n", [("SENSITIVE", "日蓮宗")]),
    ("sens-neg-religion-word", "宗派を問わずご参列いただけます。", []),
    ("sens-violence", "妻からの暴力を受けている。", [("SENSITIVE", "妻からの暴力を受けている")]),
    ("sens-release", "刑務所を仮出所した。", [("SENSITIVE", "刑務所を仮出所した")]),
    ("sens-unchecked-box", "既往歴：■喘息 □糖尿病\n", [("SENSITIVE", "喘息")]),
    ("sens-health-check-finding", "社員番号,年齢,所見\n201,45,肝機能異常（要再検査）\n", [("SENSITIVE", "肝機能異常（要再検査）")]),
    ("sens-neg-health-check-ok", "社員番号,年齢,所見\n202,38,異常なし\n", []),
    ("sens-soap-assessment", "S）咳\nA）気管支喘息\n", [("SENSITIVE", "気管支喘息")]),
    ("sens-treatment-start", "先月から人工透析を始めた。", [("SENSITIVE", "人工透析を始めた")]),
    ("sens-chronic-bracket", "祖父は膝の持病（変形性膝関節症）がある。", [("SENSITIVE", "膝の持病（変形性膝関節症）")]),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_generalise2(row_id: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text)]
    assert sorted(found) == sorted(expected), row_id


def test_circled_numbers_are_not_digits() -> None:
    norm = normalize("①0３")
    assert norm.text == "①03"
