"""Generalisation round 3, area address (docs/scan-detector.md): ADDRESS, BIRTH_DATE and HEALTH_INSURANCE
mechanisms added after blind batch 2 became development data. One positive and one negative row per mechanism, on
text written for this file (not in any corpus; all data fictional).

Each row: (id, text, expected) where expected lists (type, exact substring) for every finding — no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- ADDRESS: a building without a keyword after a space, with a space inside, a letter before the room ---
    ("bld-spaced-room", "送付先：埼玉県川越市新富町二丁目4番8号 グランデ新富 1203\n",
     [("ADDRESS", "埼玉県川越市新富町二丁目4番8号 グランデ新富 1203")]),
    ("bld-letter-room", "住所：福井県福井市大手三丁目5-12 サンリット大手B-402\n",
     [("ADDRESS", "福井県福井市大手三丁目5-12 サンリット大手B-402")]),
    ("bld-room-word", "現住所\t愛媛県今治市北宝来町1-7-9 Room 205\t備考なし\n", [("ADDRESS", "愛媛県今治市北宝来町1-7-9 Room 205")]),
    # words and a number later on the line are not a building: the room must end the line or the cell
    ("bld-neg-not-end", "住所：福井県福井市大手3-5-12 受付は 1030 から\n", [("ADDRESS", "福井県福井市大手3-5-12")]),
    # --- ADDRESS: a space between the town and the block numbers; a floor after the block; 棟-room numbers ---
    ("space-before-block", "住所：静岡県浜松市中央区鍛冶町 3-18-5\n", [("ADDRESS", "静岡県浜松市中央区鍛冶町 3-18-5")]),
    ("space-before-block-neg-phone", "浜松市在住 053-455-2190\n", [("PHONE", "053-455-2190")]),
    ("floor-after-block", "住所：静岡県浜松市中央区鍛冶町3丁目18番5号 4F\n", [("ADDRESS", "静岡県浜松市中央区鍛冶町3丁目18番5号 4F")]),
    ("floor-neg-count", "静岡県浜松市中央区鍛冶町3丁目18番5号の前に 4台\n", [("ADDRESS", "静岡県浜松市中央区鍛冶町3丁目18番5号")]),
    ("block-room", "住所：静岡県浜松市中央区鍛冶町3-18-5 鍛冶町パークハウス 3-507\n",
     [("ADDRESS", "静岡県浜松市中央区鍛冶町3-18-5 鍛冶町パークハウス 3-507")]),
    ("keywordless-floor", "静岡県浜松市中央区鍛冶町3-18-5 サウスゲート鍛冶町6F\n", [("ADDRESS", "静岡県浜松市中央区鍛冶町3-18-5 サウスゲート鍛冶町6F")]),
    # the long-vowel mark typed as a hyphen between block numbers (2ー14ー7); a room after # or a floor
    ("long-mark-dash", "住所：山形県酒田市中町2ー14ー7\n", [("ADDRESS", "山形県酒田市中町2ー14ー7")]),
    ("long-mark-dash-neg-table", "山形県の表2ー14ー7によると\n", []),
    ("hash-room", "住所：山形県酒田市中町2-14-7 #203\n", [("ADDRESS", "山形県酒田市中町2-14-7 #203")]),
    ("hash-neg-long-number", "住所：山形県酒田市中町2-14-7 #20345\n", [("ADDRESS", "山形県酒田市中町2-14-7")]),
    ("floor-then-room", "山形県酒田市中町2-14-7 ミナトスクエア 3F 305\n", [("ADDRESS", "山形県酒田市中町2-14-7 ミナトスクエア 3F 305")]),
    # a labelled bare lot number followed by a building (the building makes the number a lot number)
    ("labelled-lot-building", "住所：長野県松本市島内47 メゾン島内 2F\n", [("ADDRESS", "長野県松本市島内47 メゾン島内 2F")]),
    ("lot-building-neg-unlabelled", "長野県松本市島内47 メゾン島内の話\n", []),
    # --- ADDRESS: 万 inside a town name is a town (万世, 万代); 万 right before the number is a count ---
    ("man-in-town", "住所：新潟県新潟市中央区万代3-2-9\n", [("ADDRESS", "新潟県新潟市中央区万代3-2-9")]),
    ("man-count-neg", "新潟県の人口は214万2-3月に\n", []),
    # --- ADDRESS: 丁 followed by a hyphen (2丁-45) ---
    ("cho-hyphen", "住所：岐阜県大垣市郭町2丁-45\n", [("ADDRESS", "岐阜県大垣市郭町2丁-45")]),
    ("cho-hyphen-neg-price", "岐阜県大垣市の朝市では豆腐2丁-150円でした。\n", []),
    # --- ADDRESS: the building column of a table (住所2, 建物名) is a span of its own ---
    ("building-column", "郵便番号,住所1,住所2,備考\n3500043,埼玉県川越市新富町2-4-8,グランデ新富1203,再送\n",
     [("POSTAL_CODE", "3500043"), ("ADDRESS", "埼玉県川越市新富町2-4-8"), ("ADDRESS", "グランデ新富1203")]),
    ("building-column-neg-org", "施設名,所在地,建物名\n中央図書館,埼玉県川越市元町1-3-1,本館\n", []),
    # --- ADDRESS: a building alone on the line after the address is a span of its own (as a 住所2 column) ---
    ("building-next-line", "住所：〒790-0001\n　　愛媛県松山市一番町3丁目2番1号\n　　一番町グランコート1203\n",
     [("POSTAL_CODE", "790-0001"), ("ADDRESS", "愛媛県松山市一番町3丁目2番1号"), ("ADDRESS", "一番町グランコート1203")]),
    ("building-next-line-neg-name", "送付先\n愛媛県松山市一番町3丁目2番1号\n越智 雅人 様\n",
     [("ADDRESS", "愛媛県松山市一番町3丁目2番1号"), ("PERSON", "越智 雅人")]),
    ("building-next-line-neg-room", "住所：愛媛県松山市一番町3-2-1\n会議室 2F\n", [("ADDRESS", "愛媛県松山市一番町3-2-1")]),
    # --- ADDRESS: 号棟 before the room; a romanised address with ward and city ---
    ("goto-room", "住所：茨城県水戸市見和2丁目8-4 見和ハイツ2号棟305\n", [("ADDRESS", "茨城県水戸市見和2丁目8-4 見和ハイツ2号棟305")]),
    ("roman-ward-city", "Address: 3-8-1 Kego, Chuo-ku, Fukuoka-shi, Fukuoka 810-0023\n",
     [("ADDRESS", "3-8-1 Kego, Chuo-ku, Fukuoka-shi, Fukuoka"), ("POSTAL_CODE", "810-0023")]),
    ("roman-neg-no-ward", "Score 3-8-1 Kego, Chuo team\n", []),
    # --- ADDRESS: whose address — venues, public facilities, companies in a company list are not persons' ---
    ("venue-neg", "会場：川越市民会館 大ホール（埼玉県川越市元町1-3-1）\n", []),
    ("facility-neg", "申請は市役所本庁舎（埼玉県川越市元町1-3-1）の窓口で受け付けます。\n", []),
    ("home-in-brackets", "退院先：自宅（埼玉県川越市元町1-3-1）\n", [("ADDRESS", "埼玉県川越市元町1-3-1")]),
    ("meeting-point-neg", "集合：本宮駅東口（福島県本宮市本宮字万世1-1）\n", []),
    ("held-at-neg", "実施場所：福島県本宮市本宮字万世1-1 本宮会館\n", []),
    ("school-neg", "説明会は川越第一小学校（埼玉県川越市元町1-3-1）で行います。\n", []),
    ("venue-heading-neg", "■会場\n市民文化センター\n埼玉県川越市元町1-3-1\n", []),
    # a venue label on an earlier line does not reach past another field
    ("venue-heading-other-field", "会場：本校体育館\n住所：埼玉県川越市元町1-3-1\n", [("ADDRESS", "埼玉県川越市元町1-3-1")]),
    ("company-list-neg", "取引先名,法人番号,所在地\n株式会社みどり電機,1234567890123,埼玉県川越市元町1-3-1\n", []),
    ("person-list-with-company", "氏名,勤務先,住所\n大森 健吾,みどり電機,埼玉県川越市元町1-3-1\n",
     [("PERSON", "大森 健吾"), ("ADDRESS", "埼玉県川越市元町1-3-1")]),
    ("org-label-neg", "本社所在地：愛媛県松山市一番町3-2-1\n", []),
    ("workplace-label-kept", "勤務先住所：愛媛県松山市一番町3-2-1\n", [("ADDRESS", "愛媛県松山市一番町3-2-1")]),
    ("company-profile-neg", "会社概要\n社名：株式会社みどり電機\n所在地：埼玉県川越市元町1-3-1\n", []),
    # --- BIRTH_DATE: a date alone in brackets right after a full name ---
    ("bracket-after-name", "世帯員：大森 健吾（S48.11.2）、大森 里美（H2.5.30）\n",
     [("PERSON", "大森 健吾"), ("BIRTH_DATE", "S48.11.2"), ("PERSON", "大森 里美"), ("BIRTH_DATE", "H2.5.30")]),
    ("bracket-neg-not-name", "改正後の基準（H24.7.7）を適用する。\n", []),
    # --- BIRTH_DATE: 西暦 with the 和暦 year in brackets before 年 ---
    ("western-era-bracket", "生年月日：1998（平成10）年2月3日\n", [("BIRTH_DATE", "1998（平成10）年2月3日")]),
    ("western-era-bracket-neg", "開設：1998（平成10）年2月3日\n", []),
    # --- BIRTH_DATE: 和暦 abbreviated to one kanji, with 年月日 ---
    ("era-kanji-nen", "生年月日 昭48年11月2日\n", [("BIRTH_DATE", "昭48年11月2日")]),
    ("era-kanji-nen-neg", "当店は昭48年11月2日に開業しました。\n", []),
    # --- BIRTH_DATE: 和暦 in kanji numerals; D.O.B. ---
    ("era-kanji-numerals", "生年月日　昭和五十一年十月九日\n", [("BIRTH_DATE", "昭和五十一年十月九日")]),
    ("era-kanji-numerals-neg", "昭和五十一年十月九日に竣工した。\n", []),
    ("era-full-dotted", "生年月日：昭和51.10.9\n", [("BIRTH_DATE", "昭和51.10.9")]),
    ("era-full-dotted-neg", "昭和51.10.9 竣工\n", []),
    ("dob-dotted", "D.O.B. 1987/06/21\n", [("BIRTH_DATE", "1987/06/21")]),
    # --- BIRTH_DATE: English forms, only with an English birth word before ---
    ("english-mdy", "DOB: 07/23/1992\n", [("BIRTH_DATE", "07/23/1992")]),
    ("english-month-name", "Date of birth: July 23, 1992\n", [("BIRTH_DATE", "July 23, 1992")]),
    ("english-born-on", "She was born on 23 July 1992 in Sendai.\n", [("BIRTH_DATE", "23 July 1992")]),
    ("english-neg-other-date", "Seminar on 23 July 2025; born-free venue.\n", []),
    # --- BIRTH_DATE: a birthday without the year, only right after 誕生日 ---
    ("birthday-month-day", "息子の誕生日は11月3日なので\n", [("BIRTH_DATE", "11月3日")]),
    ("birthday-neg-party", "誕生日会は11月3日に開きます\n", []),
    # --- BIRTH_DATE: the JSON key "birth" ---
    ("json-birth", '{"birth": "1990-02-14", "ward": "3A"}\n', [("BIRTH_DATE", "1990-02-14")]),
    ("json-birth-neg", '{"opened": "1990-02-14", "ward": "3A"}\n', []),
    # --- HEALTH_INSURANCE: a 記号 in kana and kanji ---
    ("insurance-kana-symbol", "国民健康保険 被保険者証 記号 南か 番号 3381\n",
     [("HEALTH_INSURANCE", "南か"), ("HEALTH_INSURANCE", "3381")]),
    ("insurance-combined-wa", "組合保険の記号番号は 5521 ・ 904 です。\n", [("HEALTH_INSURANCE", "5521"), ("HEALTH_INSURANCE", "904")]),
    ("insurance-combined-hyphen", "被保険者証 記号・番号 7310-88\n", [("HEALTH_INSURANCE", "7310"), ("HEALTH_INSURANCE", "88")]),
    ("insurance-combined-neg-no-context", "部品の記号番号は 5521 ・ 904 です。\n", []),
    # --- HEALTH_INSURANCE: 記号 and 番号 columns of a table about insurance (not the insurer's 保険者番号) ---
    ("insurance-columns", "受診者,保険者番号,記号,番号\n001,01234567,宇和い,3390\n",
     [("HEALTH_INSURANCE", "宇和い"), ("HEALTH_INSURANCE", "3390")]),
    ("insurance-columns-neg-parts", "品名,記号,番号\nナット,M6,2210\n", []),
    ("insurance-card-number", "後期高齢者医療 保険証番号：40218836\n", [("HEALTH_INSURANCE", "40218836")]),
    ("insurance-card-number-neg", "診察券番号：40218836\n", []),
    ("insurance-kana-neg-no-context", "整理記号 あい 番号 12 の書類\n", []),
    # --- PHONE: TEL. with a full stop, a hyphen after the bracketed area code, dots as separators (with context) ---
    ("tel-dot", "TEL.0243-55-1180\n", [("PHONE", "0243-55-1180")]),
    ("tel-dot-neg-code", "受注No.06-2031-7745\n", []),
    ("paren-hyphen", "連絡先 (0243)-55-1180\n", [("PHONE", "(0243)-55-1180")]),
    ("dotted-phone", "FAX 0243.55.1181\n", [("PHONE", "0243.55.1181")]),
    ("dotted-neg-no-context", "ver 0243.55.1181\n", []),
    # --- POSTAL_CODE: a space for the hyphen after 〒/郵便番号; an English label further away ---
    ("postal-spaced", "郵便番号　963 8014\n", [("POSTAL_CODE", "963 8014")]),
    ("postal-spaced-neg", "住所 963 8014 件\n", []),
    ("postal-english-label", "Postal code: 963-8014\n", [("POSTAL_CODE", "963-8014")]),
    ("postal-english-neg", "Part code: 963-8014\n", []),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_detect_address(row_id: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text)]
    assert sorted(found) == sorted(expected), row_id
