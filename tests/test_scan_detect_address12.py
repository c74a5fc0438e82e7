"""Detector round 12, ADDRESS and POSTAL_CODE (docs/scan-detector.md, "Round 12 — ADDRESS and POSTAL_CODE"): whose
address it is (an organisation's letterhead, business card, signature or table row is not a person's — the spec) and
addresses written without a municipality after a person's name. Positive and negative rows per mechanism, on text
written for this file (not from any corpus; all names, companies and addresses fictional).

Each row: (id, text, expected) where expected lists (type, exact substring) for every finding of the listed types
(PERSON, PHONE, EMAIL and SENSITIVE findings are left to their own tests).
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

_IGNORED = {"PERSON", "PHONE", "SENSITIVE", "EMAIL"}

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- a letterhead, a business card, a mail signature: the organisation named on the lines right above ---
    ("letterhead-company-above-neg", "以上、よろしくお願いいたします。\n--\n株式会社ミドリ測量 技術部 課長 久我 智之\n〒920-0031 石川県金沢市広岡2-4-11\nTEL 076-200-1188\n", []),
    ("card-two-lines-above-neg", "[名刺]\n一般社団法人 北陸木工協会 事務局\n沖 真理子\n〒939-8205 富山県富山市新根塚町1-3-7 第2ビル 3F\n", []),
    ("clinic-letterhead-neg", "入院のしおり\n医療法人 清風会 あおぞら病院\n〒399-0702 長野県塩尻市広丘野村1500-2\n\n■持ち物\n", []),
    ("quoted-signature-neg", "> 有限会社ひばり保険 代理店 浦田 隆\n> 〒812-0011 福岡市博多区博多駅前4-9-2 ひばりビル5F\n", []),
    ("same-line-department-neg", "ほしぞら育英財団 奨学事業部　〒862-0971 熊本市中央区大江6-1-30　TEL 096-300-7714\n", []),
    ("same-line-office-neg", "　事務所：やまぶき司法書士事務所　大阪市北区南森町1-4-19 南森町ビル6F　TEL 06-6300-2218\n", []),
    ("same-line-long-company-neg", "株式会社ひだまり観光トラベルサービス　宮城県仙台市青葉区一番町4丁目6番1号\n", []),
    ("addressee-person-above-pos", "請求書\n浅沼 陽介 様（屋号：アサヌマ写真事務所）\n〒604-8142 京都府京都市中京区堂之前町221 コーポ堂之前2F\n",
     [("POSTAL_CODE", "604-8142"), ("ADDRESS", "京都府京都市中京区堂之前町221 コーポ堂之前2F")]),
    ("own-home-note-pos", "あおば農園 代表 株式会社化準備中\n千葉県八街市八街ほ221-4（自宅）　TEL 043-400-5512\n",
     [("ADDRESS", "千葉県八街市八街ほ221-4")]),
    ("blank-line-breaks-block-pos", "株式会社ミドリ測量 御中\n\n〒921-8062 石川県金沢市新保本3-105\n笠井 美月\n",
     [("POSTAL_CODE", "921-8062"), ("ADDRESS", "石川県金沢市新保本3-105")]),
    ("labelled-line-pos", "勤務先：株式会社ミドリ測量\n住所：〒921-8062 石川県金沢市新保本3-105\n",
     [("POSTAL_CODE", "921-8062"), ("ADDRESS", "石川県金沢市新保本3-105")]),
    # --- a table row whose name cell is a company or an organisation addressed 御中 ---
    ("donor-company-row-neg", "donor_name,zip,address,amount\n株式会社くるみ製菓,460-0008,愛知県名古屋市中区栄4-2-8,50000\n", []),
    ("donor-person-row-pos", "donor_name,zip,address,amount\n三輪 早苗,460-0008,愛知県名古屋市中区栄4-2-8,5000\n",
     [("POSTAL_CODE", "460-0008"), ("ADDRESS", "愛知県名古屋市中区栄4-2-8")]),
    ("backer-onchu-row-neg", "支援者名,発送先氏名,発送先郵便番号,発送先住所\n有限会社しらさぎ,経理課 御中,920-0961,石川県金沢市香林坊1丁目2-21\n", []),
    ("account-column-pos", "AccountName,LastName,FirstName,MailingAddress\n有限会社 堀口工務店,堀口,修,\"〒369-1246 埼玉県深谷市小前田2207-3\"\n",
     [("POSTAL_CODE", "369-1246"), ("ADDRESS", "埼玉県深谷市小前田2207-3")]),
    # --- a valid 法人番号 on the line: a company's record ---
    ("corporate-number-neg", "S0107,株式会社ひのき商会,5120001077938,大阪府大阪市浪速区元町1丁目5番12号,卸売\n", []),
    ("corporate-number-bad-check-pos", "S0107,柏木 恭子,8120001077937,大阪府大阪市浪速区元町1丁目5番12号,会員\n",
     [("ADDRESS", "大阪府大阪市浪速区元町1丁目5番12号")]),
    # --- a place's label in brackets; a road or a walkway after the address; a car park; a car's 保管場所 ---
    ("bracket-place-label-neg", "<td>（法人所在地）ひたちなか市東石川3-15</td>\n", []),
    ("road-after-neg", "発生場所：豊橋市花田町3丁目 市道交差点\n", []),
    ("walkway-after-neg", "10月4日　曙町2丁目 歩道　自転車との接触\n", []),
    ("car-park-row-neg", "月極駐車場一覧\nみなと第2パーキング　静岡県静岡市清水区港町2丁目\u3000No.5\n", []),
    ("storage-place-neg", "保管場所の位置：静岡県静岡市清水区港町2丁目8番\n", []),
    ("base-of-use-pos", "使用の本拠の位置：静岡県静岡市清水区港町2丁目8番\n", [("ADDRESS", "静岡県静岡市清水区港町2丁目8番")]),
    # --- building parts: a room after a floor; a katakana building's room before the next field; パーク ---
    ("floor-letter-room", "住所：福井市文京 6丁目 2-18 サンコーポ文京 2F-C\n", [("ADDRESS", "福井市文京 6丁目 2-18 サンコーポ文京 2F-C")]),
    ("room-then-name", "〒950-0088 新潟市中央区万代3丁目4-1 リバーテラス万代 708  佐久間 葵\n",
     [("POSTAL_CODE", "950-0088"), ("ADDRESS", "新潟市中央区万代3丁目4-1 リバーテラス万代 708")]),
    ("room-then-counter-neg", "会場：新潟市中央区万代3丁目4-1 ホールミナト 120 名収容\n", []),
    ("park-building", "住所：大阪府吹田市江坂町1丁目9-3 江坂パーク3号棟1105\n", [("ADDRESS", "大阪府吹田市江坂町1丁目9-3 江坂パーク3号棟1105")]),
    ("parking-not-building", "住所：大阪府吹田市江坂町1丁目9-3 コインパーキング\n", [("ADDRESS", "大阪府吹田市江坂町1丁目9-3")]),
    # --- a field ends at a closing quote or an opening bracket ---
    ("json-bare-lot", '{"address": "京都府京都市北区紫竹下園生町28"}\n', [("ADDRESS", "京都府京都市北区紫竹下園生町28")]),
    ("bare-lot-before-note", "・実家：長野県松本市島内大村4410（父が一人暮らし）\n", [("ADDRESS", "長野県松本市島内大村4410")]),
    # --- a town and its block numbers in brackets right after a found name ---
    ("bracket-after-name", "寄付者ご芳名\n　金壱萬円也　三宅 和夫（若葉台2-8-15）\n", [("ADDRESS", "若葉台2-8-15")]),
    ("bracket-after-name-kin", "受任者 早瀬 幸子（姪、みずほ台1-4-22）\n", [("ADDRESS", "みずほ台1-4-22")]),
    ("bracket-after-name-building", "・早瀬 幸子さん（みずほ台1-4-22 コーポみずほ102）から連絡\n", [("ADDRESS", "みずほ台1-4-22 コーポみずほ102")]),
    ("bracket-bare-three-levels", "新班長 早瀬 幸子（3-7-12）TEL 0268-22-4410\n", [("ADDRESS", "3-7-12")]),
    ("bracket-bare-two-levels-neg", "新班長 早瀬 幸子（3-7）\n", []),
    ("bracket-counter-word-neg", "早瀬 幸子（図2-4-1）\n", []),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_detect_address12(row_id: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text) if f.type.value not in _IGNORED]
    assert sorted(found) == sorted(expected), (row_id, found)
