"""Round 8, the lead's rows (docs/scan-detector.md, "Round 8 — the lead's changes"): codes labelled in other
languages and under their field names in code, the spec's codes in the forms files give them (boxes, unseparated
mobiles, glued labels), two-column tables and latin names. Text written for this file (not in any corpus; all
fictional).

Each row: (id, text, expected); what `expected` lists — no more, no fewer — is given per table in `_TABLES` below.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("zh", "实习生名单\n姓名：周 海燕　护照号 EK5183027　入国日 2026年4月2日\n", [("PASSPORT", "EK5183027")]),
    ("pt", "Documento: passaporte FP3390162 / validade 2031\n", [("PASSPORT", "FP3390162")]),
    ("vi", "Số hộ chiếu: C4417095\n", []),  # a Vietnamese passport number is one letter + 7 digits: not this format
    ("vi-2l", "Hộ chiếu: NB7720418 (còn hạn)\n", [("PASSPORT", "NB7720418")]),
    ("es", "Pasaporte: XR0028419\n", [("PASSPORT", "XR0028419")]),
    ("ko", "여권번호 MK2210938\n", [("PASSPORT", "MK2210938")]),
    # no passport word within reach: an order code of the same shape is not a passport number
    ("neg-order", "注文番号 EK5183027　発送済み\n", []),
    # the 記号 … 番号 … pair of an insurance card named in English or Portuguese
    ("ins-en", "Health insurance card: 記号 2205 番号 118\nPharmacy: any\n",
     [("HEALTH_INSURANCE", "2205"), ("HEALTH_INSURANCE", "118")]),
    ("ins-pt", "Cartão do seguro: 記号 4419 番号 31\n", [("HEALTH_INSURANCE", "4419"), ("HEALTH_INSURANCE", "31")]),
    ("ins-neg", "Locker: 記号 2205 番号 118\nParking permit attached\n", []),
    ("neg-far", "паспорт — см. приложение. Номер заказа указан в квитанции ниже: EK5183027\n", []),
]



# --- names in latin script (person_latin): the whole list of PERSON findings, no more, no fewer ---
NAME_ROWS: list[tuple[str, str, list[str]]] = [
    # sign-offs of personal mail: the closed class of closing words, inline or on the line above the name
    ("love-inline", "See you at the party!\nLove, Mei\n", ["Mei"]),
    ("hugs-line", "Thanks for the photos.\nHugs,\nTomoko\n", ["Tomoko"]),
    ("love-neg", "Love, Peace and Music — festival 2026\n", []),
    # two people greeted together: the second is a listed name too
    ("greeted-pair", "Dear Aoi and Daniel,\nthank you for the gift.\n", ["Aoi", "Daniel"]),
    ("greeted-pair-amp", "Hi Ken & Mari,\nthe room is booked.\n", ["Ken", "Mari"]),
    ("greeted-pair-neg", "Dear Customer and Partner,\nour office will close early.\n", []),
    # SURNAME, Given in a name field that ends at a gap of two spaces before the next field
    ("surname-first-gap", "Name: MORALES, Sarah   Date of visit: 2026-10-02\n", ["MORALES, Sarah"]),
    ("surname-first-gap-neg", "Name: Tokyo, Japan   Date of visit: 2026-10-02\n", []),
    # a Japanese word ending in an honorific or a particle is no part of the latin name after it
    ("mixed-head-honorific", "お子さん Lucas くんの件でご連絡します。\n", ["Lucas"]),
    ("mixed-head-particle", "今日の Emma ちゃん：よく食べました。\n", ["Emma"]),
    # an eponym of a condition is no person; the same surname before 病院 or with an honorific is
    ("condition-eponym-neg", "甥はダウン症候群です。母はバセドウ病で通院中。\n", []),
    ("condition-eponym-person", "浅沼さんは病院へ向かった。\n", ["浅沼"]),
    ("mixed-head-kept", '{"name": "光 Nakamura-Silva", "grade": 4}\n', ["光 Nakamura-Silva"]),
]



# --- 個人番号 in the forms of data files and boxed forms, 基礎年金番号 and licences under their field names in code ---
def _my_number(base: str) -> str:
    from hogo.ids import mynumber

    return base + mynumber.calc_check_digit(base)


_MN = _my_number("40718263551")
_MN_BAD = _MN[:-1] + str((int(_MN[-1]) + 1) % 10)
CODE_ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("mn-tsv-header", f"emp_id\tname\tmy_number\n2001\tKana Ueno\t{_MN}\n", [("MY_NUMBER", _MN)]),
    ("mn-json-key", f'{{"id": 7, "kojin_bango": "{_MN}"}}\n', [("MY_NUMBER", _MN)]),
    ("mn-boxes-space", "個人番号 " + " ".join(_MN) + "\n", [("MY_NUMBER", " ".join(_MN))]),
    ("mn-boxes-pipe", "マイナンバー：" + "|".join(_MN) + "\n", [("MY_NUMBER", "|".join(_MN))]),
    # boxes need context; a wrong check digit or a thirteenth box is no 個人番号
    ("mn-boxes-no-context", "得点 " + " ".join(_MN) + "\n", []),
    ("mn-boxes-bad-check", "個人番号 " + " ".join(_MN_BAD) + "\n", []),
    ("mn-boxes-13", "個人番号 " + " ".join(_MN + "7") + "\n", []),
    ("mn-tsv-other-column", f"order_id\tname\ttotal\n{_MN}\tKana Ueno\t3200\n", []),
    ("pension-key", '{"pension_no": "4402-118839"}\n', [("PENSION_NUMBER", "4402-118839")]),
    ("pension-key-neg", '{"room_no": "4402-118839"}\n', []),
    ("licence-key", "menkyo_no,name\n301544127730,Kana Ueno\n", [("DRIVER_LICENSE", "301544127730")]),
    # a postal code before its prefecture in the next field of a row; not in an order-code column
    ("postal-field", "postal_code,address\n930-0084,富山県富山市大手町2-1\n",
     [("POSTAL_CODE", "930-0084"), ("ADDRESS", "富山県富山市大手町2-1")]),
    ("postal-field-code-column-neg", "注文番号,品名,数量\n930-0084,富山県産干物,3\n", []),
    ("postal-mark-face", "〠930-0084\n", [("POSTAL_CODE", "930-0084")]),
    # bank accounts under their field names in code and logs
    ("bank-key", "bank_account: 3318027\naccount_no=5520913\n", [("BANK_ACCOUNT", "3318027"), ("BANK_ACCOUNT", "5520913")]),
    ("bank-key-neg", "ticket_no: 3318027\n", []),
    # the 記号・番号 label closing a bracket before its values
    # a mobile / IP-phone number unseparated, and a phone label glued to its number
    ("mobile-plain", "連絡は 08044719032 まで\n", [("PHONE", "08044719032")]),
    ("mobile-plain-order-neg", "注文番号 08044719032\n", []),
    ("mobile-plain-12-neg", "080447190321\n", []),
    ("glued-label", "℡0776-22-5180　FAX0776-22-5181\n", [("PHONE", "0776-22-5180"), ("PHONE", "0776-22-5181")]),
    ("glued-word-neg", "MAX0776-22-5180\n", []),
    # birth dates: the 西暦 year in brackets after the 和暦 year; a two-digit year only after a birth label;
    # a birthday after 誕生日 and a space
    ("birth-era-western", "生年月日：昭和58（1983）年2月7日\n", [("BIRTH_DATE", "昭和58（1983）年2月7日")]),
    ("birth-short-year", "生年月日 58.2.7\n生年月日：83/2/7\n", [("BIRTH_DATE", "58.2.7"), ("BIRTH_DATE", "83/2/7")]),
    ("birth-short-year-neg", "規程 58.2.7 改訂\n", []),
    ("birthday-space", "誕生日 2月7日\n", [("BIRTH_DATE", "2月7日")]),
    ("birthday-party-neg", "誕生日会 2月7日\n", []),
    ("insurance-bracket-label", "被保険者証（記号・番号）：37・1182\n", [("HEALTH_INSURANCE", "37"), ("HEALTH_INSURANCE", "1182")]),
]



# --- two-column tables: their header line names the column of each value ---
TABLE_ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("two-col-birth", "birth_date,member\n1979-11-03,K-0112\n1984-02-29,K-0113\n",
     [("BIRTH_DATE", "1979-11-03"), ("BIRTH_DATE", "1984-02-29")]),
    ("two-col-postal", "postal_code,address\n930-0084,富山県富山市大手町2-1\n",
     [("POSTAL_CODE", "930-0084"), ("ADDRESS", "富山県富山市大手町2-1")]),
    ("two-col-ja", "会員番号\t生年月日\nK-0112\t1979-11-03\n", [("BIRTH_DATE", "1979-11-03")]),
    # a form of label<TAB>value lines is no table: its first line does not make 生年月日 a name column
    ("label-value-form", "受付日\t2026-10-02\n生年月日\t1979-11-03\n", [("BIRTH_DATE", "1979-11-03")]),
    # a date under a column that is not a birth column stays a date
    ("two-col-neg", "visit_date,member\n2019-11-03,K-0112\n", []),
]


# what each table's expected list holds: every finding but PERSON ("others"), the PERSON texts only ("names"),
# or every finding ("all")
_TABLES = [(ROWS, "others"), (NAME_ROWS, "names"), (CODE_ROWS, "others"), (TABLE_ROWS, "all")]
CASES = [(row, kind) for table, kind in _TABLES for row in table]


@pytest.mark.parametrize(("row", "kind"), CASES, ids=[row[0] for row, _ in CASES])
def test_lead_round8(row: tuple, kind: str) -> None:
    row_id, text, expected = row
    findings = default_analyzer().analyze(text)
    if kind == "names":
        found = [text[f.start : f.end] for f in findings if f.type.value == "PERSON"]
    else:
        found = [(f.type.value, text[f.start : f.end]) for f in findings if kind == "all" or f.type.value != "PERSON"]
    assert sorted(found) == sorted(expected), (row_id, found)
