"""Generalisation round 4, area address (docs/scan-detector.md): ADDRESS, BIRTH_DATE, HEALTH_INSURANCE,
BANK_ACCOUNT and POSTAL_CODE mechanisms added after blind batch 3 became development data. One positive and one
negative row (at least) per mechanism, on text written for this file (not in any corpus; all data fictional).

Each row: (id, text, expected) where expected lists (type, exact substring) for every finding of the listed types
(PERSON and PHONE findings are left to their own tests).
"""

from __future__ import annotations

import datetime

import pytest

from hogo.scan.analyzer import default_analyzer

_IGNORED = {"PERSON", "PHONE"}

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- ADDRESS: 街区 (land-readjustment blocks) as a block separator ---
    ("gaiku", "送付先　鹿児島県霧島市国分中央9街区4号\n", [("ADDRESS", "鹿児島県霧島市国分中央9街区4号")]),
    ("gaiku-neg-count", "鹿児島県霧島市の12街区が対象です\n", []),
    # --- ADDRESS: a room code with a letter after the hyphen ---
    ("room-letter", "住所：高知県高知市桜井町2-4-8 ハイツ桜井3-C\n", [("ADDRESS", "高知県高知市桜井町2-4-8 ハイツ桜井3-C")]),
    ("room-letter-neg-word", "住所：高知県高知市桜井町2-4-8 ハイツ桜井3-Cx\n", [("ADDRESS", "高知県高知市桜井町2-4-8 ハイツ桜井")]),
    # --- ADDRESS: prefecture + municipality + town + a bare lot number ending its field, without a label ---
    ("bare-lot-row", "喪主 木内 宗一郎　岐阜県関市倉知3507　0575-55-0182\n", [("ADDRESS", "岐阜県関市倉知3507")]),
    ("bare-lot-bracket", "グループホーム ひなたの家（福島県喜多方市字御清水東7712）にて\n", [("ADDRESS", "福島県喜多方市字御清水東7712")]),
    ("bare-lot-building-cell", "松尾 和人,三重県伊勢市岩渕町812 メゾン岩渕1-D,未\n", [("ADDRESS", "三重県伊勢市岩渕町812 メゾン岩渕1-D")]),
    ("bare-lot-neg-count", "三重県伊勢市岩渕町812件の申請\n", []),
    # (round 13: the municipality's own lists write the chain without the prefecture; a town's mark (町) and a lot ending
    # its field make it an address — blind9, 13, 15, 17, 23, 24, 26 annotate these)
    ("bare-lot-municipality-only", "伊勢市岩渕町812　申請\n", [("ADDRESS", "伊勢市岩渕町812")]),
    ("bare-lot-neg-institution", "三重県伊勢市立病院250　床数\n", []),
    ("bare-lot-neg-column", "三重県伊勢市 812\n", []),
    # --- ADDRESS: a town and its block numbers before a verb of residence, without a municipality ---
    ("residence-kanji", "私は若葉台三丁目七番地に住む者です。\n", [("ADDRESS", "若葉台三丁目七番地")]),
    ("residence-hyphen", "祖母は東雲町4-12-3に一人で暮らし…ではなく、東雲町4-12-3に暮らしています。\n",
     [("ADDRESS", "東雲町4-12-3")]),
    ("residence-neg-no-block", "若葉台三丁目に住む人が多い。\n", []),
    ("residence-neg-no-verb", "若葉台三丁目七番地の公園で行います。\n", []),
    # --- ADDRESS: romanised, building first; a room as the fourth number ---
    ("roman-building-first", "We moved to Maple Heights 305, 2-4-11 Honcho, Naka-ku, Yokohama-shi, Kanagawa last month.\n",
     [("ADDRESS", "Maple Heights 305, 2-4-11 Honcho, Naka-ku, Yokohama-shi, Kanagawa")]),
    ("roman-four-numbers", "Address: 5-2-7-1102 Higashi-Ikebukuro, Toshima-ku, Tokyo\n",
     [("ADDRESS", "5-2-7-1102 Higashi-Ikebukuro, Toshima-ku, Tokyo")]),
    ("roman-neg-version", "Release Notes 2, 1-2-3 Alpha, Beta and Gamma\n", []),
    # town first, a City/Ward word, an apartment word, no commas; a prefecture's postal code after it
    ("roman-town-first", "My new address is Shimo-Meguro 4-8-2, Meguro City, Tokyo.\n",
     [("ADDRESS", "Shimo-Meguro 4-8-2, Meguro City, Tokyo")]),
    ("roman-apt-ward", "Apt. 1203, 6-1-14 Nakanoshima, Kita Ward, Osaka\n", [("ADDRESS", "Apt. 1203, 6-1-14 Nakanoshima, Kita Ward, Osaka")]),
    ("roman-no-commas", "Mail: 2-15-3 Hiyoshi Kohoku-ku Yokohama\n", [("ADDRESS", "2-15-3 Hiyoshi Kohoku-ku Yokohama")]),
    ("roman-pref-postal", "Ship to 7-4 Kamiyacho, Toyama 930-0048\n", [("ADDRESS", "7-4 Kamiyacho, Toyama"), ("POSTAL_CODE", "930-0048")]),
    ("roman-neg-score", "Result: Cerezo Osaka 2-1 Kyoto Sanga\n", []),
    ("roman-neg-phone", "Call 06-6543-2100, Osaka Desk\n", []),
    ("roman-neg-japan", "Address: 3-2-1 Minato, Japan\n", []),
    # --- BIRTH_DATE: a date right after a full name (honorific, reading, row field, kin word) ---
    ("bd-honorific-bracket", "利用者：真壁 トミ 様（1941/2/8）　担当：訪問看護\n", [("BIRTH_DATE", "1941/2/8")]),
    # a given name that is also a common word (未来) after a kin word
    ("bd-kin-bracket", "世帯員　次男 大地（R4.3.3）、長女 未来（R6.1.5）\n", [("BIRTH_DATE", "R4.3.3"), ("BIRTH_DATE", "R6.1.5")]),
    ("bd-kin-neg-not-kin", "会議室 未来（R6.1.5）\n", []),
    ("bd-row", "拾得者　久保寺 正人　1977.12.5　神奈川\n", [("BIRTH_DATE", "1977.12.5")]),
    ("bd-row-reading", "申請者　宮平 渚（みやひら なぎさ）　1995-03-17\n", [("BIRTH_DATE", "1995-03-17")]),
    ("bd-row-age", "入所者 安西 タケ 88歳 S12/6/30\n", [("BIRTH_DATE", "S12/6/30")]),
    # "recent" is relative to the day of the scan (a date within three years is more often a record's date)
    ("bd-row-neg-recent", f"記録者 安西 真司 {datetime.date.today().year - 1}.10.2 確認\n", []),
    ("bd-row-neg-not-field-end", "久保寺 正人 1977.12.5に入社\n", []),
    ("bd-row-neg-event", "卒業生 久保寺 正人 2009.3.19\n", []),
    ("bd-row-neg-no-name", "受付番号 A12 1977.12.5\n", []),
    # --- BIRTH_DATE: the year alone before 生 in a record ---
    ("bd-year-only", "対象者：井筒 ハル　大8年生　要介護2\n", [("BIRTH_DATE", "大8年")]),
    ("bd-year-only-western", "父（1949年生）は農業\n", [("BIRTH_DATE", "1949年")]),
    ("bd-year-neg-school", "中学2年生と高校1年生\n", []),
    ("bd-year-neg-cohort", "昭和30年生まれの方は対象です\n", []),
    # --- BIRTH_DATE: a birth label with a bracketed note before the value ---
    ("bd-label-note", "生年月日（西暦または和暦で記入してください）：平成8年11月20日\n", [("BIRTH_DATE", "平成8年11月20日")]),
    ("bd-label-note-neg", "申込日（西暦または和暦で記入してください）：平成8年11月20日\n", []),
    # --- BIRTH_DATE: bounds of a range and an animal's birth date are not a person's ---
    ("bd-range-neg", "接種対象：令和元年5月1日～令和4年3月31日生まれの方\n", []),
    ("bd-range-neg-kara", "2008年4月2日から2012年4月1日生まれの児童\n", []),
    ("bd-animal-neg", "猫の名前：ソラ（雑種・オス）　生年月日：2023年8月15日\n", []),
    ("bd-animal-pos-owner", "飼い主 生年月日：1980年8月15日\n", [("BIRTH_DATE", "1980年8月15日")]),
    # --- HEALTH_INSURANCE: 記号は … 番号は … in prose ---
    ("hi-prose", "保険証の記号は 練馬ほ、番号は 77120 です。\n", [("HEALTH_INSURANCE", "練馬ほ"), ("HEALTH_INSURANCE", "77120")]),
    ("hi-prose-neg-no-context", "会員証の記号は AB、番号は 77120 です。\n", []),
    # --- BANK_ACCOUNT: ゆうちょ 通帳記号 / 通帳番号 ---
    ("yucho-tsucho", "振込先：ゆうちょ銀行 通帳記号 12140 通帳番号 30077219\n",
     [("BANK_ACCOUNT", "12140"), ("BANK_ACCOUNT", "30077219")]),
    ("yucho-tsucho-neg-no-bank", "通帳記号 12140 通帳番号 30077219 の商品券\n", []),
    # --- ADDRESS: 甲/乙 before a lot number; Asahikawa's 条通 and 丁目左/右 ---
    ("kou-otsu-lot", "住所：愛媛県西条市朔日市二丁目甲418番地\n", [("ADDRESS", "愛媛県西条市朔日市二丁目甲418番地")]),
    ("jodori", "北海道旭川市5条通12丁目右3号に転居\n", [("ADDRESS", "北海道旭川市5条通12丁目右3号")]),
    ("jodori-neg-article", "規則第5条通知による\n", []),
    # --- BANK_ACCOUNT: ゆうちょ 記号番号 joined or unlabelled; an account-number column ---
    ("yucho-joined-label", "ゆうちょ銀行の記号番号：13160-40218831\n", [("BANK_ACCOUNT", "13160"), ("BANK_ACCOUNT", "40218831")]),
    ("yucho-unlabelled", "返金先 ゆうちょ 13160-40218831\n", [("BANK_ACCOUNT", "13160"), ("BANK_ACCOUNT", "40218831")]),
    ("yucho-neg-phone", "ゆうちょ窓口 0120-108-420\n", []),
    ("account-column", "児童名,金融機関,支店,口座番号\n今村 陸,ひまわり信金,東支店,0093317\n", [("BANK_ACCOUNT", "0093317")]),
    ("account-column-neg-short", "児童名,金融機関,口座番号\n今村 陸,ひまわり信金,未提出\n", []),
    # --- POSTAL_CODE: seven digits without a hyphen after the label 郵便番号 ---
    ("postal-label-seven", "郵便番号：3998205\n", [("POSTAL_CODE", "3998205")]),
    ("postal-label-seven-neg-eight", "郵便番号 39982051\n", []),
    # --- POSTAL_CODE: the postal-code component of a vCard ADR line ---
    ("vcard-adr", "ADR;TYPE=HOME:;;Hon-cho 3-2;Sakata;Yamagata;998-0043;Japan\n", [("POSTAL_CODE", "998-0043")]),
    ("vcard-neg-other-field", "NOTE;X:;;;;;998-0043;\n", []),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_detect_address4(row_id: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text) if f.type.value not in _IGNORED]
    assert sorted(found) == sorted(expected), row_id
