"""Round 11, the lead's rows (docs/scan-detector.md, "Round 11 — the lead's changes"): several tables in one text
(a workbook's sheets), spreadsheet rows without their empty trailing cells, phone columns that lost the leading 0,
columns named for codes, letters read for digits, era choice lists by first kanji, numbers and dates as speech writes
them, the 後期高齢者 card number, as-of dates, and a 個人番号 known from its document. Text written for this file (not in
any corpus; all fictional).

Each row: (id, text, expected); `expected` lists every finding that is not PERSON, no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.ids.mynumber import calc_check_digit
from hogo.scan.analyzer import default_analyzer
from hogo.scan.document import Document
from hogo.scan.normalize import normalize


def _mn(base: str) -> str:
    """A valid 個人番号 from 11 digits."""
    return base + calc_check_digit(base)


MN = [_mn(b) for b in ("52017743108", "60932158847", "31488205176")]

# a workbook as hogo's reader renders it: sheet name, header, rows (empty trailing cells dropped), next sheet
WORKBOOK = (
    "会員\n"
    "番号\t氏名\t登録日\t備考\n"
    "1\t汐見 透子\t2019-04-01\t\n"
    "2\t野々宮 健\t2021-10-15\n"
    "\n"
    "家族\n"
    "番号\t家族氏名\t続柄\t生年月日\n"
    "1\t汐見 朔\t長男\t2010-06-23\n"
)

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- a later table with the same separator has its own header ---
    ("later-sheet-own-header", WORKBOOK, [("BIRTH_DATE", "2010-06-23")]),
    ("later-sheet-other-date-neg",
     "会員\n番号\t氏名\tフリガナ\t入会日\n1\t汐見 透子\tシオミ トウコ\t2019-04-01\n\n"
     "退会\n番号\t氏名\t退会日\t理由\n2\t野々宮 健\t2023-03-31\t転居\n", []),
    ("later-sheet-licence",
     "職員\n氏名\t職種\n汐見 透子\t支援員\n\n連絡先\n氏名\t携帯\t免許証番号\n汐見 透子\t090-4411-2738\t301845529163\n",
     [("PHONE", "090-4411-2738"), ("DRIVER_LICENSE", "301845529163")]),
    # --- a row whose empty trailing cells are not written is still a row ---
    ("ragged-row-insurance",
     "No\t氏名\t保険証記号\t保険証番号\t備考\n1\t汐見 透子\t3310\t47\n2\t野々宮 健\t3310\t52\t通院中\n",
     [("HEALTH_INSURANCE", "3310"), ("HEALTH_INSURANCE", "47"), ("HEALTH_INSURANCE", "3310"),
      ("HEALTH_INSURANCE", "52")]),
    # --- a phone column whose numeric cells lost the leading 0 ---
    ("zero-dropped-phone", "氏名\t続柄\t電話\n汐見 朔\t長男\t9037416628\n野々宮 健\t夫\t455218804\n",
     [("PHONE", "9037416628"), ("PHONE", "455218804")]),
    ("zero-dropped-other-column-neg", "氏名\t続柄\t会員番号\n汐見 朔\t長男\t9037416628\n", []),
    ("zero-dropped-invalid-neg", "氏名\t電話\n汐見 朔\t1234567\n", []),
    # --- a column named for a code holds no phone numbers ---
    ("code-column-neg",
     "| 区分 | 証券番号 | 種目 |\n|---|---|---|\n| 新規 | 090-3318-2041 | 火災 |\n| 更改 | 080-1174-5530 | 自動車 |\n", []),
    ("phone-number-column",
     "| 氏名 | 携帯番号 |\n|---|---|\n| 汐見 透子 | 090-3318-2041 |\n| 野々宮 健 | 080-1174-5530 |\n",
     [("PHONE", "090-3318-2041"), ("PHONE", "080-1174-5530")]),
    # --- a letter read for a digit inside a number ---
    ("ocr-letters-in-numbers",
     "携帯 090-41l8-2736\n生年月日 1988年O7月14日\n普通 3O52219\n",
     [("PHONE", "090-41l8-2736"), ("BIRTH_DATE", "1988年O7月14日"), ("BANK_ACCOUNT", "3O52219")]),
    ("ocr-letters-words-neg", "Model SOLO 2 / Hello 10 times / IO 5\n", []),
    # --- an era choice list by first kanji stays outside the date ---
    ("era-choice-kanji", "生年月日 明・大・昭 12 年 3 月 8 日\n", [("BIRTH_DATE", "12 年 3 月 8 日")]),
    ("era-choice-kanji-born-after", "昭・平 61年7月2日 生\n", [("BIRTH_DATE", "61年7月2日")]),
    ("era-choice-kanji-no-context-neg", "昭・平 61年7月2日 開催\n", []),
    # --- speech: numbers read with の, a date with の after the year ---
    ("spoken-phone", "[00:01:12 客] 番号は 080の5521の7730 です\n", [("PHONE", "080の5521の7730")]),
    ("spoken-phone-neg", "[00:01:12 客] 3の5の7 の順です\n", []),
    ("spoken-birth-date", "客：生年月日は 昭和49年の8月21日 です\n", [("BIRTH_DATE", "昭和49年の8月21日")]),
    ("spoken-event-date-neg", "客：引っ越しは 2019年の8月21日 です\n", []),
    # --- health insurance said in a call, and the 後期高齢者 card number ---
    ("spoken-insurance", "顧客：保険証の 記号が 5512、番号が 304 です。\n",
     [("HEALTH_INSURANCE", "5512"), ("HEALTH_INSURANCE", "304")]),
    ("late-elderly-number", "本人確認 後期高齢者の保険証 番号 00318824\n", [("HEALTH_INSURANCE", "00318824")]),
    ("late-elderly-number-spaced", "・波多野 トメ様　後期高齢　番号 3017 2284　1割\n",
     [("HEALTH_INSURANCE", "3017 2284")]),
    ("labels-then-values", "国民健康保険（10月診療分）\n記号 番号 富岡い 20417 保険者番号 01100218\n",
     [("HEALTH_INSURANCE", "富岡い"), ("HEALTH_INSURANCE", "20417")]),
    ("late-elderly-insurer-neg", "後期高齢者医療広域連合 保険者番号 39221018\n", []),
    # --- the bank or the card as a heading, its labels on the next line ---
    ("yucho-heading", "返金先\n【ゆうちょ銀行】\n　記号　13820　番号　40715521\n",
     [("BANK_ACCOUNT", "13820"), ("BANK_ACCOUNT", "40715521")]),
    ("card-heading", "介護保険被保険者証（写し）\n　番号　0004418826\n", [("HEALTH_INSURANCE", "0004418826")]),
    ("card-heading-other-label-neg", "介護保険被保険者証（写し）\n　受付番号　0004418826\n", []),
    # --- a birth date after a name: approximate, or inside a bracket note after an honorific ---
    ("birth-after-name-approximate", "　氏名　早乙女 透（元夫）　1979年5月2日頃\n", [("BIRTH_DATE", "1979年5月2日")]),
    ("birth-in-note-after-honorific", "同居 汐見 トメ 様（同居予定・昭和12年9月30日）が 入居\n",
     [("BIRTH_DATE", "昭和12年9月30日")]),
    ("date-in-note-after-honorific-event-neg", "担当 汐見 様（面談・2025年9月30日）\n", []),
    # --- a date a figure is taken at is no birth date ---
    ("as-of-date-neg", "契約者の氏名、生年月日（令和7年4月1日時点）を記載\n", []),
    # --- a 個人番号 known from its document ---
    ("my-number-document",
     f"マイナンバーをお送りします。\n\n本人 {MN[0][:4]} {MN[0][4:8]} {MN[0][8:]}\n長女 {MN[1]}\n",
     [("MY_NUMBER", f"{MN[0][:4]} {MN[0][4:8]} {MN[0][8:]}"), ("MY_NUMBER", MN[1])]),
    # (without the word, the separated one stands on its shape; the unseparated one is not raised)
    ("my-number-document-none-named", f"集計コード\n\nA {MN[0][:4]} {MN[0][4:8]} {MN[0][8:]}\nB {MN[2]}\n",
     [("MY_NUMBER", f"{MN[0][:4]} {MN[0][4:8]} {MN[0][8:]}")]),
]


@pytest.mark.parametrize("row", ROWS, ids=[row[0] for row in ROWS])
def test_lead_round11(row: tuple) -> None:
    row_id, text, expected = row
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text) if f.type.value != "PERSON"]
    assert sorted(found) == sorted(expected), (row_id, found)


def test_later_tables_and_ragged_rows() -> None:
    doc = Document(WORKBOOK)
    assert [cells for _, cells, _ in doc.table_rows] == [["番号", "氏名", "登録日", "備考"], ["番号", "家族氏名", "続柄", "生年月日"]]
    assert doc.header_of(doc.text.index("2010-06-23")) == "生年月日"
    assert doc.header_of(doc.text.index("2021-10-15")) == "登録日"  # a short row of the first sheet
    # the first table's header stays what table_headers reports
    assert doc.table_headers["\t"] == ["番号", "氏名", "登録日", "備考"]
    # a form's label/value line after a break is no later header
    form = Document("番号\t氏名\t日付\n1\t汐見 透子\t2020-01-01\n\n利用者\n氏名\t野々宮 健\t性別\t男\n")
    assert len(form.table_rows) == 1


def test_ocr_digits_keep_offsets() -> None:
    norm = normalize("TEL 03-52l8-O041 / SOLO")
    assert norm.text == "TEL 03-5218-0041 / SOLO"
    assert norm.to_original(4, 16) == (4, 16)
