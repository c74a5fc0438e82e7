"""Detector round 7, area address (docs/scan-detector.md, row `address`): ADDRESS and POSTAL_CODE mechanisms added
with blind batch 5 (and 4, 3, 2) as development data. One positive and one negative row (at least) per mechanism, on
text written for this file (not in any corpus; all names and addresses fictional).

Each row: (id, text, expected) where expected lists (type, exact substring) for every finding of the listed types
(PERSON, PHONE and SENSITIVE findings are left to their own tests).
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

_IGNORED = {"PERSON", "PHONE", "SENSITIVE", "EMAIL"}

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- building parts after the block numbers: a numbered block of flats and its room ---
    ("block-of-flats", "現住所：静岡県浜松市中区元城町2-5 7棟 214号\n", [("ADDRESS", "静岡県浜松市中区元城町2-5 7棟 214号")]),
    ("block-of-flats-go", "現住所：静岡県浜松市中区元城町2-5 3号棟508\n", [("ADDRESS", "静岡県浜松市中区元城町2-5 3号棟508")]),
    ("block-of-flats-neg-count", "団地の敷地には12棟 305戸が並ぶ。\n", []),
    # --- a keyword-less building whose room carries the building number; one glued to the block in a labelled field ---
    ("building-dash-room", "住所：福井県福井市宝永3-8-14 グランフォレスト宝永 2-201\n",
     [("ADDRESS", "福井県福井市宝永3-8-14 グランフォレスト宝永 2-201")]),
    ("building-dash-room-neg-phone", "福井県福井市宝永3-8-14 TEL 0776-55-0123\n", [("ADDRESS", "福井県福井市宝永3-8-14")]),
    # a phone number in the next field after a full-width space is no further block number (a space after 番地 is OCR
    # spacing only before a number that does not start with 0)
    ("banchi-space-neg-phone", "会員名簿\n若狭 千秋　北海道帯広市東5条南9丁目7番地　0155-66-2104\n",
     [("ADDRESS", "北海道帯広市東5条南9丁目7番地")]),
    ("banchi-space-pos-ocr", "住所：福井県福井市宝永3丁目 8番 14号\n", [("ADDRESS", "福井県福井市宝永3丁目 8番 14号")]),
    ("glued-building-labelled", "住所：福井県福井市宝永3-8-14宝永グリーン201\n", [("ADDRESS", "福井県福井市宝永3-8-14宝永グリーン201")]),
    ("glued-building-neg-unlabelled", "福井県福井市宝永3-8-14宝永グリーン201\n", [("ADDRESS", "福井県福井市宝永3-8-14")]),
    ("glued-building-neg-word", "住所：福井県福井市宝永3-8-14在住の1201\n", [("ADDRESS", "福井県福井市宝永3-8-14")]),
    # --- a keyword-less building with a floor closing a vCard ADR component (;) ---
    ("vcard-floor", "ADR;TYPE=WORK:;;浜松市中区元城町2-5 サンライズ元城6F;;;430-0946;Japan\n",
     [("ADDRESS", "浜松市中区元城町2-5 サンライズ元城6F"), ("POSTAL_CODE", "430-0946")]),
    ("vcard-floor-neg-prose", "浜松市中区元城町2-5 サンライズ元城6Fにて説明会\n", [("ADDRESS", "浜松市中区元城町2-5")]),
    # --- the second address line as a JSON member or a labelled field: a span of its own ---
    ("json-address2", '{"address1": "福井県福井市宝永3丁目", "address2": "8-14 宝永グリーンテラス402"}\n',
     [("ADDRESS", "福井県福井市宝永3丁目"), ("ADDRESS", "8-14 宝永グリーンテラス402")]),
    ("json-line2", '{"addr": {"line1": "福井県福井市宝永3丁目8-14", "line2": "メゾン宝永 2F"}}\n',
     [("ADDRESS", "福井県福井市宝永3丁目8-14"), ("ADDRESS", "メゾン宝永 2F")]),
    ("json-line2-neg-no-address", '{"invoice": {"line1": "工事費", "line2": "メゾン宝永 2F 補修"}}\n', []),
    ("json-address2-neg-empty", '{"address2": "なし", "address3": ""}\n', []),
    ("label-building-name", "建物名：宝永グリーンテラス 402\n", [("ADDRESS", "宝永グリーンテラス 402")]),
    ("label-building-neg-structure", "建物：鉄骨造3階建\n", []),
    ("label-banchi-field", "住所（市区町村）：福井市宝永\n住所（番地）：3-8-14\n", [("ADDRESS", "福井市宝永"), ("ADDRESS", "3-8-14")]),
    ("label-banchi-neg-empty", "番地：（未記入）\n", []),
    # --- a list of venues: a venue row label, then the place and its address ---
    ("venue-rows-neg", "説明会会場\n第1会場　福井会場 フェニックスプラザ（福井県福井市田原1丁目13-6）\n"
     "第2会場　敦賀会場 きらめきみなと館（福井県敦賀市桜町1-1）\n", []),
    ("venue-name-label-neg", "会場名：宝永ホール　住所：福井県福井市宝永3丁目8-14\n", []),
    ("venue-rows-pos-applicant", "受講者住所：福井県福井市宝永3丁目8-14\n受講会場：福井会場\n",
     [("ADDRESS", "福井県福井市宝永3丁目8-14")]),
    # --- a branch, school or office named right before its bracketed address ---
    ("branch-bracket-neg", "希望教室：宝永駅前教室（福井市宝永3丁目8-14 宝永ビル2F）\n", []),
    ("office-bracket-neg", "提出先：福井南税務署（福井県福井市花堂中2丁目15-1）\n", []),
    ("branch-bracket-pos-person", "申込者：若狭 千秋（福井市宝永3丁目8-14）\n", [("ADDRESS", "福井市宝永3丁目8-14")]),
    # --- a facility's name as the row label of a list (a list of branches) ---
    ("branch-rows-neg", "店舗一覧\n宝永店　福井県福井市宝永3丁目8-14\n田原店　福井県福井市田原1丁目2-3\n", []),
    ("member-rows-pos", "会員名簿\n1 若狭 千秋　福井県福井市宝永3丁目8-14\n2 三方 航　福井県福井市田原1丁目2-3\n",
     [("ADDRESS", "福井県福井市宝永3丁目8-14"), ("ADDRESS", "福井県福井市田原1丁目2-3")]),
    # --- a company's facts (商号, 設立, 資本金 as labels) around the address: a company profile without its heading ---
    ("company-facts-neg", "商号：株式会社ホウエイ工務\n設立：2004年\n資本金：3,000万円\n本社：福井県福井市宝永3丁目8-14\n", []),
    ("company-facts-pos-representative", "商号：株式会社ホウエイ工務\n設立：2004年\n代表者住所：福井県福井市田原1丁目2-3\n",
     [("ADDRESS", "福井県福井市田原1丁目2-3")]),
    ("company-facts-pos-prose", "住所：福井県福井市田原1丁目2-3\n勤務先：ホウエイ工務（設立2004年、資本金3,000万円）\n",
     [("ADDRESS", "福井県福井市田原1丁目2-3")]),
    # --- a shop's opening hours next to the address; an access heading above it ---
    ("opening-hours-pos-patient", "患者住所：福井県福井市宝永3-8-14\n若狭 千秋 様\n診療時間：9:00〜18:00\n",
     [("ADDRESS", "福井県福井市宝永3-8-14")]),
    ("opening-hours-neg", "宝永ベーカリー\n住所：福井県福井市宝永3丁目8-14\n営業時間：7:00〜18:00\n", []),
    ("access-heading-neg", "アクセス\n福井県福井市宝永3丁目8-14 宝永ビル1F\nJR福井駅から徒歩10分\n", []),
    # (round 12: a company's line above the address makes it the company's — test_scan_detect_address12 — so this row,
    # about 営業時間外 not being opening hours, no longer names one)
    ("signature-pos", "若狭 千秋\n〒910-0004 福井県福井市宝永3丁目8-14\n営業時間外はメールでご連絡ください\n",
     [("POSTAL_CODE", "910-0004"), ("ADDRESS", "福井県福井市宝永3丁目8-14")]),
    # --- JSON: an address inside an organisation's object or under its address key ---
    ("json-store-neg", '{"store": {"name": "宝永店", "address1": "福井県福井市宝永3-8-14", "address2": "宝永ビル1F"}}\n', []),
    ("json-company-key-neg", '{"company_address": "福井県福井市宝永3-8-14"}\n', []),
    ("json-person-pos", '{"storeManager": {"name": "若狭 千秋", "address": "福井県福井市田原1-2-3"}}\n',
     [("ADDRESS", "福井県福井市田原1-2-3")]),
    # --- block numbers: Hokkaido's 線 grid, kanji 番地の三, a number before 番町, a letter room ---
    ("hokkaido-sen", "北海道河西郡芽室町西5線12番地\n", [("ADDRESS", "北海道河西郡芽室町西5線12番地")]),
    ("hokkaido-sen-neg", "北海道の路線は2線3区間が運休\n", []),
    ("kanji-banchi-no", "本籍　長野県上田市材木町二丁目四番地の七\n", [("ADDRESS", "長野県上田市材木町二丁目四番地の七")]),
    ("kanji-banchi-neg-plot", "長野県上田市材木町二丁目四番地の土地を売却\n", []),
    ("bancho-town", "住所：新潟県新潟市中央区東堀通8番町1412番地\n", [("ADDRESS", "新潟県新潟市中央区東堀通8番町1412番地")]),
    ("letter-room", "住所：福井県福井市宝永3丁目8-14 宝永ハイツ2階C号室\n", [("ADDRESS", "福井県福井市宝永3丁目8-14 宝永ハイツ2階C号室")]),
    # --- OCR / hand-typed block numbers: spaced hyphens, a space after 丁目/番, 一 read for a dash, kanji with hyphens ---
    ("ocr-spaced-hyphen", "住所 福井県福井市宝永 3 - 8 - 14\n", [("ADDRESS", "福井県福井市宝永 3 - 8 - 14")]),
    ("ocr-spaced-units", "福井県福井市宝永3丁目 8番 14号\n", [("ADDRESS", "福井県福井市宝永3丁目 8番 14号")]),
    ("ocr-kanji-one-dash", "福井県福井市宝永3一8一14\n", [("ADDRESS", "福井県福井市宝永3一8一14")]),
    ("kanji-hyphen", "福井県福井市宝永三丁目八-十四\n", [("ADDRESS", "福井県福井市宝永三丁目八-十四")]),
    ("ocr-spaced-neg-score", "東京都 3 - 1 大阪府\n", []),
    # --- OCR text with a space between every character: the line is read again without those spaces ---
    ("ocr-spaced-line", "住 所 ： 福 井 県 福 井 市 宝 永 3 - 8 - 1 4\n", [("ADDRESS", "福 井 県 福 井 市 宝 永 3 - 8 - 1 4")]),
    ("ocr-spaced-line-neg", "本 日 は 晴 天 な り 3 - 1 で 勝 利\n", []),
    ("ocr-spaced-grid-neg", "氏名 月 火 水 木 金 土\n", []),
    # --- a ward of a designated city written without its city; ケ/ヶ spellings of a municipality ---
    ("ward-alone", "〒224-0003 都筑区中川中央3-9-2 コーポ中川105\n",
     [("POSTAL_CODE", "224-0003"), ("ADDRESS", "都筑区中川中央3-9-2 コーポ中川105")]),
    ("ward-alone-neg-office", "手続きは都筑区役所で行います。\n", []),
    ("ward-word-neg", "東区画3-4に駐車\n", []),
    ("ward-alone-neg-score", "都筑区 12-0 で勝利\n", []),
    ("ward-alone-neg-count", "都筑区で 2-3 人が参加\n", []),
    ("counter-after-space-pos-name", "所有者　福井県福井市宝永123番地　日髙 重子\n", [("ADDRESS", "福井県福井市宝永123番地")]),
    ("ke-spelling", "千葉県以外の方は袖ヶ浦市代宿5-1-7 まで返送\n", [("ADDRESS", "袖ヶ浦市代宿5-1-7")]),
    ("ke-spelling-neg-count", "袖ヶ浦市の人口は約6万人\n", []),
    # --- tables: a block-number column is a span of its own; a comma between prefecture and city is a cell boundary;
    # a Markdown separator row is no cell ---
    # (round 9b: a prefecture cell next to its municipality or the rest of the address is a span of its own, one span
    # per field, as blind8's and blind10's authors annotate an address split over fields; it was left out before)
    ("table-banchi-column", "氏名,都道府県,市区町村,番地\n若狭 千秋,福井県,福井市,宝永3-8-14\n",
     [("ADDRESS", "福井県"), ("ADDRESS", "福井市"), ("ADDRESS", "宝永3-8-14")]),
    ("table-pref-city-cells", "氏名,都道府県,住所\n若狭 千秋,福井県,福井市宝永3-8-14\n", [("ADDRESS", "福井県"), ("ADDRESS", "福井市宝永3-8-14")]),
    ("table-markdown-rule-neg", "| 氏名 | 住所1 | 住所2 |\n|---|---|---|\n| 若狭 千秋 | 福井県福井市宝永3-8-14 | 宝永ハイツ201 |\n",
     [("ADDRESS", "福井県福井市宝永3-8-14"), ("ADDRESS", "宝永ハイツ201")]),
    ("table-banchi-neg-org", "店舗名,都道府県,番地\n宝永店,福井県,宝永3-8-14\n", []),
    # --- a town and block numbers in an address column without a municipality: the header is the label ---
    ("table-town-cells", "| 班 | 氏名 | 住所 |\n|---|---|---|\n| 1 | 若狭 聡子 | 泉野町4-3-9 |\n| 2 | 三方 航 | 泉野町4-3-11 |\n",
     [("ADDRESS", "泉野町4-3-9"), ("ADDRESS", "泉野町4-3-11")]),
    ("table-town-cells-neg-shop", "| 店舗名 | 住所 |\n|---|---|\n| 泉野店 | 泉野町4-3-9 |\n", []),
    ("table-town-cells-neg-count", "| 地区 | 住所 | 世帯数 |\n|---|---|---|\n| 東 | 泉野町 | 4-3 |\n", []),
    # --- a spot next to the address (…先路上, …付近): a location, not a residence ---
    ("location-after-neg", "拾得場所：金沢市本町2丁目15番1号先路上\n", []),
    ("location-after-pos-home-front", "収集場所：金沢市泉野町4丁目3番9号 自宅前\n", [("ADDRESS", "金沢市泉野町4丁目3番9号")]),
    # --- prose between a prefecture and a municipality: the address starts at the municipality ---
    ("pref-prose-city", "奈良県の方は生駒市元町1-6-12 まで郵送\n", [("ADDRESS", "生駒市元町1-6-12")]),
    ("pref-hiragana-town-kept", "滋賀県大津市におの浜2-1-9\n", [("ADDRESS", "滋賀県大津市におの浜2-1-9")]),
    # --- simplified Chinese forms of prefecture and municipality kanji (a Chinese-speaking resident's form) ---
    ("simplified-pref", "地址：日本福井县福井市宝永3-8-14\n", [("ADDRESS", "福井县福井市宝永3-8-14")]),
    ("simplified-city", "住址：神奈川县横滨市港北区日吉本町1-4-5\n", [("ADDRESS", "神奈川县横滨市港北区日吉本町1-4-5")]),
    ("simplified-neg-place", "我去过福井县。\n", []),
    # --- an address going on over the next line: one span over the line break (round 9; it was two spans before) ---
    ("next-line", "住所：福井県福井市\n宝永3丁目8番14号\n", [("ADDRESS", "福井県福井市\n宝永3丁目8番14号")]),
    ("next-cell-html", "<tr><th>住所</th><td>福井県福井市</td><td>宝永3-8-14</td></tr>\n",
     [("ADDRESS", "福井県福井市"), ("ADDRESS", "宝永3-8-14")]),
    ("next-cell-tsv", "住所\t福井県福井市\t宝永3-8-14\n", [("ADDRESS", "福井県福井市"), ("ADDRESS", "宝永3-8-14")]),
    ("next-cell-neg-unlabelled-count", "地域,件数\n福井県福井市,3-4\n", []),
    ("next-line-neg-phone", "住所：福井県福井市\n0776-55-0123\n", [("ADDRESS", "福井県福井市")]),
    # --- a town and block numbers right after an address label, without a municipality ---
    ("label-town", "新住所　宝永三丁目8番14号\n", [("ADDRESS", "宝永三丁目8番14号")]),
    ("label-town-neg-undecided", "住所：未定（3-4月に決定）\n", []),
    ("label-town-neg-place", "所在地：宝永3丁目8番14号\n", []),
    # --- a town and a complete 丁目-番-号 block in prose, without a municipality ---
    ("chome-town-prose", "先週、桜台2丁目11番5号のお宅へ伺いました。\n", [("ADDRESS", "桜台2丁目11番5号")]),
    ("chome-town-kanji", "自宅は桜台二丁目十一番五号です。\n", [("ADDRESS", "桜台二丁目十一番五号")]),
    ("chome-town-neg-two-levels", "桜台二丁目十一番地の広場で集合\n", []),
    ("chome-town-neg-facility", "桜台2丁目11番5号の市民センターで開催\n", []),
    ("chome-town-neg-masked-city", "施設所在地：○○市桜台2丁目11番5号\n", []),
    ("chome-town-neg-no-home-cue", "臨時窓口を桜台2丁目11番5号に開設します。\n", []),
    ("chome-town-neg-news", "市は、桜台2丁目11番5号の旧庁舎跡地を売却する。\n", []),
    ("location-after-neg-intersection", "事故は福井市宝永3丁目の交差点で発生した。\n", []),
    ("company-site-prose-neg", "同社は本社を福井市宝永3-8-14に移転した。\n", []),
    ("company-site-prose-pos-home", "若狭さんは福井市宝永3-8-14に転居した。\n", [("ADDRESS", "福井市宝永3-8-14")]),
    # --- an address followed by の and a facility word is the facility's ---
    ("facility-after-neg", "福井県福井市宝永3-8-14の公民館で説明会\n", []),
    ("facility-after-pos-home", "福井県福井市宝永3-8-14の宝永ハイツ201に住む\n", [("ADDRESS", "福井県福井市宝永3-8-14の宝永ハイツ201")]),
    # --- romanised: a building with an abbreviation and a floor first ---
    ("roman-bldg", "Hoei Bldg. 5F, 3-8-14 Hoei, Fukui-shi, Fukui\n", [("ADDRESS", "Hoei Bldg. 5F, 3-8-14 Hoei, Fukui-shi, Fukui")]),
    ("roman-bldg-neg-office", "Our registered office is Hoei Bldg. 5F, 3-8-14 Hoei, Fukui-shi.\n", []),
    # --- romanised: N-chome, the Japanese order (areas first, a municipality mark required), no postal code as block ---
    ("roman-chome", "Address: Hoei 3-chome 8-14, Fukui City, Fukui\n", [("ADDRESS", "Hoei 3-chome 8-14, Fukui City, Fukui")]),
    ("roman-jp-order", "Address: Fukui-shi Hoei 3-8-14\n", [("ADDRESS", "Fukui-shi Hoei 3-8-14")]),
    ("roman-jp-order-building", "Address: Fukui-ken Fukui-shi Hoei 3-8-14 Hoei Heights 201\n",
     [("ADDRESS", "Fukui-ken Fukui-shi Hoei 3-8-14 Hoei Heights 201")]),
    ("roman-neg-postal-as-block", "Ref 910-0004 Hoei, Fukui-shi\n", []),
    ("roman-jp-order-neg-no-mark", "Visit Tokyo Big Sight 3-11-1 Ariake\n", []),
    ("roman-jp-order-neg-office", "Our office is in Fukui-shi Hoei 3-8-14\n", []),
    # --- POSTAL_CODE: no code starts with 000 (a placeholder in test data) ---
    ("postal-zero-neg", "zip,addr\n000-0000,テスト\n", []),
    ("postal-low-pos", "〒001-0010 北海道札幌市北区北十条西3丁目\n", [("POSTAL_CODE", "001-0010"), ("ADDRESS", "北海道札幌市北区北十条西3丁目")]),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_detect_address7(row_id: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text) if f.type.value not in _IGNORED]
    assert sorted(found) == sorted(expected), (row_id, found)
