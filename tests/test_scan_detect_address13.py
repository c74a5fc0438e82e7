"""Detector round 13, ADDRESS, BANK_ACCOUNT, PHONE, BIRTH_DATE and POSTAL_CODE (docs/scan-detector.md, "Round 13 —
addresses, accounts, phones and birth dates"). Positive and negative rows per mechanism, on text written for this file
(not from any corpus; all names, accounts and addresses fictional).

Each row: (id, text, types, expected) where expected lists (type, exact substring) for every finding of ``types``.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

A = frozenset({"ADDRESS", "POSTAL_CODE"})
B = frozenset({"BANK_ACCOUNT"})
P = frozenset({"PHONE"})
D = frozenset({"BIRTH_DATE"})

ROWS: list[tuple[str, str, frozenset[str], list[tuple[str, str]]]] = [
    # --- PHONE: a call log's own name for the number's column ---
    ("call-log-column", "受付ID\t日時\t会員番号\t架電番号\t種別\nQ-101\t2025/03/02 10:11\tM0021\t090-3318-2207\t解約\n", P,
     [("PHONE", "090-3318-2207")]),
    ("callback-column", "id,発信番号,用件\n7,0466-31-2290,紛失\n", P, [("PHONE", "0466-31-2290")]),
    ("code-column-neg", "受付ID\t伝票番号\t種別\nQ-101\t06-2024-1130\t返品\n", P, []),
    # --- BANK_ACCOUNT: 普 as a word of its own; 定期預金（…）; a Zengin record with blank names ---
    ("abbrev-type-word", "会員No\t保護者\t引落口座\nB-11\t杉浦 優\t横浜信金 港北 普 3318207\n", B, [("BANK_ACCOUNT", "3318207")]),
    ("abbrev-type-in-word-neg", "第3普 3318207 号\n", B, []),
    ("time-deposit-bracket", "被相続人名義の定期預金（5520914）は解約済み。\n", B, [("BANK_ACCOUNT", "5520914")]),
    ("commuter-pass-neg", "定期（6010223）は払戻し済み。\n", B, []),
    ("zengin-blank-names",
     "20138" + " " * 15 + "241" + " " * 15 + "    14418207ｻｶｲ ﾐﾅﾄ" + " " * 20 + "0000012480\n", B,
     [("BANK_ACCOUNT", "4418207")]),
    # --- BIRTH_DATE: a slash-separated list's 生年月日 field; に生まれ; an age older than the date ---
    ("slash-list-column",
     "No. 氏名 / 住所 / 生年月日 / 性別\n01 井川 孝 / 福島市方木田字前田3-2 / S31.4.12 / 男\n02 戸田 幸 / 福島市方木田字上5 / H8.11.18 / 女\n",
     D, [("BIRTH_DATE", "S31.4.12"), ("BIRTH_DATE", "H8.11.18")]),
    ("slash-list-other-column-neg", "No. 氏名 / 受付日 / 区分\n01 井川 孝 / R7.4.12 / 新規\n", D, []),
    ("born-in-sentence", "私は平成2年8月6日に生まれ、専門学校を卒業しました。\n", D, [("BIRTH_DATE", "平成2年8月6日")]),
    ("death-date-age-neg", "被保険者の生年月日 昭和22年3月9日　死亡日 2025年5月12日（78歳）\n", D, [("BIRTH_DATE", "昭和22年3月9日")]),
    ("markdown-header-with-digit",
     "| 受付No | 児童氏名 | 生年月日 | 第1希望 |\n|---|---|---|---|\n| 2-013 | 小松 凛 | 2024/05/19 | 中央保育園 |\n", D,
     [("BIRTH_DATE", "2024/05/19")]),
    # --- ADDRESS: a municipality's own list without the prefecture, a bare lot ending its field ---
    ("municipality-bare-lot", "K-0105　2024/09/02　藤原 勝美　　今治市菊間町浜4021　　0898-54-3376\n", A, [("ADDRESS", "今治市菊間町浜4021")]),
    ("municipality-aza-lot", "譲渡人 美里町北浦字新苗代下12 伊藤 昭夫\n", A, [("ADDRESS", "美里町北浦字新苗代下12")]),
    ("municipality-prose-neg", "川場村産の電気が平成29年から供給されている。\n", A, []),
    ("municipality-org-town-neg", "横浜市立病院100床の増設\n", A, []),
    # --- ADDRESS: a parcel or a property, not a residence ---
    ("parcel-land-category-neg", "| 所在 | 地目 | 面積 |\n|---|---|---|\n| 美里町牛飼字南原 42-1 | 田 | 1,920 |\n", A, []),
    ("parcel-other-lots-neg", "物件：埼玉県白岡市下野田字北原 1482番 ほか1筆（畑）\n", A, []),
    ("parcel-area-neg", "新築建売（盛岡市みたけ3丁目、土地 165.2㎡）\n", A, []),
    ("spaced-location-label-neg", "所　　在　長岡市今朝白二丁目 8番地17\n", A, []),
    ("location-of-shop-neg", "千葉県松戸市新松戸四丁目所在の店舗内において\n", A, []),
    # --- ADDRESS: whose: a university after it, a party's role below it, a professional's title below it ---
    ("university-after-neg", "送付先：〒920-1192 石川県金沢市角間町 北陸先端総合大学\n", A, []),
    ("university-word-not-org", "Park Ji-won\t150-0001\t東京都渋谷区神宮前5-46-11 Room 302\t大学の友人\n", A,
     [("POSTAL_CODE", "150-0001"), ("ADDRESS", "東京都渋谷区神宮前5-46-11 Room 302")]),
    ("debtor-row-pos", "No,債務者,住所,借入時期\n1,芝 健一,東京都港区芝浦三丁目4番1号,2012/04\n", A,
     [("ADDRESS", "東京都港区芝浦三丁目4番1号")]),
    ("party-below-person",
     "原告訴訟代理人弁護士 佐伯 拓也\n〒060-0042 札幌市中央区大通西十一丁目4番地 さえき法律事務所\n〒003-0023 北海道札幌市白石区南郷通十三丁目北2番18号\n　原　告　秋葉 ひかり\n",
     A, [("POSTAL_CODE", "003-0023"), ("ADDRESS", "北海道札幌市白石区南郷通十三丁目北2番18号")]),
    ("party-below-company-neg", "〒064-0804 札幌市中央区南四条西二十丁目1番5号\n　被　告　株式会社ワンダーパウ\n", A, []),
    ("professional-below-neg", "代　理　人　新潟県長岡市城内町三丁目5番地5\n　　　　　　司法書士　北条 真一\n", A, []),
    ("indented-person-below-pos", "住所　新潟県長岡市城内町三丁目5番地5\n　　　　　　北条 真一\n", A, [("ADDRESS", "新潟県長岡市城内町三丁目5番地5")]),
    ("facility-name-bracket-neg", "ケアプランセンター梓川（松本市梓川倭445）\n", A, []),
    # --- ADDRESS: forms of the block and the building ---
    ("ward-block-be", "　被災時の住所　石川県輪島市河井町18部42番地\n", A, [("ADDRESS", "石川県輪島市河井町18部42番地")]),
    ("ward-block-be-bare", "45\t能登 修\t世帯主\t珠洲市宝立町春日野3部52\t090-8817-2210\n", A, [("ADDRESS", "珠洲市宝立町春日野3部52")]),
    ("be-not-block-neg", "珠洲市の第3部52名が参加\n", A, []),
    ("two-word-building-then-phone", "現在の連絡先　石川県金沢市西念3丁目9-20 みなし仮設 サンライズ西念 502　電話 090-2711-0094\n", A,
     [("ADDRESS", "石川県金沢市西念3丁目9-20 みなし仮設 サンライズ西念 502")]),
    ("building-room-then-phone", "| 孫 和田 啓介 | 愛知県名古屋市天白区植田西2丁目1208 ライオンズ植田 405 052-803-7719 |\n", A,
     [("ADDRESS", "愛知県名古屋市天白区植田西2丁目1208 ライオンズ植田 405")]),
    ("building-number-in-name", '{"現住所": "北海道札幌市北区北24条西5丁目1-8 グランメール北24 1102"}\n', A,
     [("ADDRESS", "北海道札幌市北区北24条西5丁目1-8 グランメール北24 1102")]),
    ("json-key-glued-building", '{"ocr_address": "埼玉県川口市芝新町7番21号グランシャリオ芝302号室"}\n', A,
     [("ADDRESS", "埼玉県川口市芝新町7番21号グランシャリオ芝302号室")]),
    ("town-without-municipality-unlabelled-neg", "世帯主,藤が岡1-3-22 ハイツ藤が岡305,湘南台6-18-2\n", A, []),
    ("hiragana-in-building-column", "氏名,住所\n金 美善,藤が岡1-3-22 ハイツ藤が岡305\n", A, [("ADDRESS", "藤が岡1-3-22 ハイツ藤が岡305")]),
    ("label-line-not-continuation",
     "本人　本籍 北海道札幌市中央区南十五条西九丁目\n　住民票上の住所 北海道札幌市豊平区平岸三条十二丁目3番18号\n", A,
     [("ADDRESS", "北海道札幌市中央区南十五条西九丁目"), ("ADDRESS", "北海道札幌市豊平区平岸三条十二丁目3番18号")]),
    ("number-label-no-town-neg", "菊池 利夫（組合員番号 10-0448）\n", A, []),
    # --- ADDRESS abroad after a label: a bracketed note after the label; one comma before a postcode and a city ---
    ("abroad-label-note", "　住所（転出先）12 Marina View, #18-02 Asia Square, Singapore 018961\n", A,
     [("ADDRESS", "12 Marina View, #18-02 Asia Square, Singapore 018961")]),
    ("abroad-one-comma-postcode", "   Home address: Lindenstraße 22, 69117 Heidelberg\n", A, [("ADDRESS", "Lindenstraße 22, 69117 Heidelberg")]),
    ("abroad-one-comma-no-postcode-neg", "   Home address: Room 4, Block B\n", A, []),
    # --- POSTAL_CODE: one digit seven times is a dummy ---
    ("postal-repeated-digit-neg", "| 電話 | 郵便番号 | 住所 |\n|---|---|---|\n| 999-9999-9999 | 999-9999 | （住所不明） |\n", A, []),
    ("postal-real-pos", "〒999-7701 山形県東田川郡庄内町榎本12-3\n", A, [("POSTAL_CODE", "999-7701"), ("ADDRESS", "山形県東田川郡庄内町榎本12-3")]),
]


@pytest.mark.parametrize(("row_id", "text", "types", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_detect_address13(row_id: str, text: str, types: frozenset[str], expected: list[tuple[str, str]]) -> None:
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text) if f.type.value in types]
    assert sorted(found) == sorted(expected), (row_id, found)
