"""Round 12, the lead's rows (docs/scan-detector.md, "Round 12 — the lead's changes"): lifespans after a name (家系図,
訃報), birthday lists without bullets, a date in brackets right after a name of any script. Text written for this
file (not in any corpus; all fictional).

Each row: (id, text, expected); `expected` lists every finding that is not PERSON, no more, no fewer.
"""

from __future__ import annotations

import datetime

import pytest

from hogo.scan.analyzer import default_analyzer

THIS_YEAR = datetime.date.today().year

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- a lifespan after a name: its first date (or year) is the birth date ---
    ("lifespan-full-date", "家系図（下書き）\n\n桐生 重蔵（明治41年3月9日〜昭和52年）＝桐生 サト\n",
     [("BIRTH_DATE", "明治41年3月9日")]),
    ("lifespan-fullwidth-tilde", "桐生 重蔵（明治41年3月9日～昭和52年）\n", [("BIRTH_DATE", "明治41年3月9日")]),
    # (a name ending in a character of an honorific — ん of さん — is still the name before the bracket)
    ("lifespan-name-ends-in-n", "　├ 長男 桐生 けん（昭和5年〜平成20年）\n", [("BIRTH_DATE", "昭和5年")]),
    ("lifespan-years-only", "　├ 長女 桐生 ハル（大正14年〜平成29年）\n", [("BIRTH_DATE", "大正14年")]),
    ("lifespan-note-first", "桐生 サト（旧姓 岩城、明治45年〜昭和60年）\n", [("BIRTH_DATE", "明治45年")]),
    ("lifespan-honorific", "故 桐生 正之 様（昭和5年6月1日〜令和5年11月2日）のご逝去を悼み\n",
     [("BIRTH_DATE", "昭和5年6月1日")]),
    # (a term of office spans a few years, not a life)
    ("term-of-office", "歴代会長：桐生 正之（平成28年〜令和4年）、岩城 久美（令和4年〜）\n", []),
    ("term-of-office-dates", "前任 桐生 正之（2019年4月1日〜2022年3月31日）\n", []),
    # (a range after a word that is no name)
    ("range-after-no-name", "第3期計画（昭和60年〜平成17年）の総括\n", []),
    # --- a birthday list under its heading, several entries a line, no bullets ---
    ("birthday-line", "◇ 9月生まれの皆さん　おめでとう\n　桐生 ハルさん（9月4日）　岩城 久美さん（9月21日）\n　矢萩 一郎さん（9月30日）\n"
     "　敬老会は9月15日（月）に開きます。\n",
     [("BIRTH_DATE", "9月4日"), ("BIRTH_DATE", "9月21日"), ("BIRTH_DATE", "9月30日")]),
    # (without the heading, a month and day in brackets are no birthday)
    ("no-birthday-heading", "◇ 旅行の報告\n　桐生 ハルさん（9月4日）が幹事でした。\n", []),
    # --- a date in brackets right after a name, whatever the name's script ---
    ("latin-name-bracket-date", "被扶養者\n　子 COSTA PEREIRA JULIANA（1996年5月12日）\n",
     [("BIRTH_DATE", "1996年5月12日")]),
    ("name-bracket-date-comma", "証人：岩城 久美（昭和61年7月8日、長野県松本市城東2-5-11）\n",
     [("BIRTH_DATE", "昭和61年7月8日"), ("ADDRESS", "長野県松本市城東2-5-11")]),
    # (a recent date after a name is a record's date, not a birth)
    ("name-bracket-this-year", f"確認：岩城 久美（{THIS_YEAR}年4月2日）\n", []),
    # (a child born two years ago, in a household's list, is one)
    ("name-bracket-child", f"世帯員　長女 岩城 結（{THIS_YEAR - 2}年1月5日）\n", [("BIRTH_DATE", f"{THIS_YEAR - 2}年1月5日")]),
    # (an event word on the line names the date)
    ("name-bracket-event", "入社：COSTA PEREIRA JULIANA（2019年4月1日）\n", []),
    # --- a foreign number in its national form, after a phone word ---
    ("brazil-mobile-whatsapp", "連絡先（母）WhatsApp：(21) 99417-2083（ブラジル）\n", [("PHONE", "(21) 99417-2083")]),
    ("china-mobile-label", "母亲手机：139-4410-2286\n", [("PHONE", "139-4410-2286")]),
    ("nepal-mobile-label", "Mobile / WhatsApp：9812204417\n", [("PHONE", "9812204417")]),
    # (without a phone word, such a number is some other code)
    ("national-shape-no-label", "受付番号 139-4410-2286 で登録しました\n", []),
    ("ten-digits-no-label", "注文 9812204417 を出荷\n", []),
    # --- an account abroad after its label, on a line naming a bank ---
    ("savings-ac-abroad", "Bank: Nabil Bank, Savings A/C No.: 04410220017753\n", [("BANK_ACCOUNT", "04410220017753")]),
    ("indonesian-rekening", "Bank Mandiri, No. Rek. 131-00-4418872-5\n", [("BANK_ACCOUNT", "131-00-4418872-5")]),
    ("chinese-account", "中国银行 大连分行 账号 6217850400012345678\n", [("BANK_ACCOUNT", "6217850400012345678")]),
    # (the label without a bank on its line is some other account: a utility's customer number)
    ("account-no-without-bank", "電力会社 Account No.: 04410220017753\n", []),
    # --- a value shown as an example of a format is no one's ---
    ("example-phones", "番号は局番＋4桁で、例 090-4410-0001、080-4410-0002 のように書きます\n", []),
    ("example-card", "在留カード番号は英字2桁＋数字8桁＋英字2桁（見本 XY98765432ZW）\n", []),
    ("example-postal", "郵便番号も正しくご記入ください（例：〒150-0000）\n", []),
    # (a number after a word that merely ends in 例 — 条例, 事例 — is not an example)
    ("jorei-not-example", "事例 担当 090-4410-2287\n", [("PHONE", "090-4410-2287")]),
    # (a name after 例 is left alone: it is often a real one)
    ("example-name", "字幕の誤認識（例: 岩城→いわき）\n", []),
    # --- a value found once is found where the text repeats it ---
    ("repeated-passport-html", "旅券番号 TK5520981 生年月日 1988/03/14\n<tr><td>SAEKI RIN</td><td>TK5520981</td>"
     "<td>1988/03/14</td></tr>\n",
     [("PASSPORT", "TK5520981"), ("BIRTH_DATE", "1988/03/14"), ("PASSPORT", "TK5520981"), ("BIRTH_DATE", "1988/03/14")]),
    ("repeated-account-log", "口座番号 2297104 を登録\nERROR duplicate entry '2297104' for key account\n",
     [("BANK_ACCOUNT", "2297104"), ("BANK_ACCOUNT", "2297104")]),
    # (inside a longer code it is not the value)
    ("repeated-inside-code", "口座番号 2297104 を登録\n伝票 A-2297104-03\n", [("BANK_ACCOUNT", "2297104")]),
    # (a filler of one digit is not repeated)
    ("repeated-filler", "口座番号 9999999\n照合用 9999999\n", [("BANK_ACCOUNT", "9999999")]),
]


@pytest.mark.parametrize("row", ROWS, ids=[row[0] for row in ROWS])
def test_lead_round12(row: tuple) -> None:
    row_id, text, expected = row
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text) if f.type.value != "PERSON"]
    assert sorted(found) == sorted(expected), (row_id, found)


def test_kanji_classes_start_the_compatibility_block_at_f900() -> None:
    """The CJK compatibility ideographs run U+F900–U+FAFF. Written with 豈 U+8C48 (which looks the same as U+F900),
    a class ``[…豈-﫿]`` spanned U+8C48–U+FAFF and took Hangul syllables and private-use characters for kanji."""
    from pathlib import Path

    import hogo.scan

    root = Path(hogo.scan.__file__).parent
    wrong = [p.name for p in root.rglob("*.py") if "\u8c48-\ufaff" in p.read_text(encoding="utf-8")]
    assert wrong == []
