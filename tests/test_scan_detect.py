"""The detector, type by type: positive rows and hard negatives (all data fictional).

Each row: (id, text, expected) where expected lists (type, exact substring) for every finding the
analyzer must return — no more, no fewer. Spans follow spec/pii-types.md.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import Analyzer, default_analyzer
from hogo.scan.types import IDENTIFICATION_CODES, Finding, PiiType

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- PERSON ---
    ("person-honorific", "営業部の佐藤さんに連絡した。", [("PERSON", "佐藤")]),
    ("person-full-sama", "高橋一郎様、お世話になっております。", [("PERSON", "高橋一郎")]),
    ("person-label", "氏名：山田 花子\n", [("PERSON", "山田 花子")]),
    ("person-halfwidth-kana", "ﾌﾘｶﾞﾅ: ﾔﾏﾀﾞ ﾊﾅｺ\n", [("PERSON", "ﾔﾏﾀﾞ ﾊﾅｺ")]),
    (
        "person-reading-brackets",
        "利用者氏名：岡本 幸子（おかもと さちこ）\n",
        [("PERSON", "岡本 幸子"), ("PERSON", "おかもと さちこ")],
    ),
    ("person-title-split", "石川部長によると、書類は来週でよい。", [("PERSON", "石川")]),
    ("person-unknown-given", "登録者：松田 由美\n", [("PERSON", "松田 由美")]),
    ("person-romaji", "Name: Taro Yamada\n", [("PERSON", "Taro Yamada")]),
    (
        "person-csv-header",
        "No,氏名,フリガナ\n1,遠藤 芽依,エンドウ メイ\n",
        [("PERSON", "遠藤 芽依"), ("PERSON", "エンドウ メイ")],
    ),
    ("person-neg-place", "松本市で開催された会議に出席した。", []),
    ("person-neg-company", "株式会社山田製作所の製品を購入した。", []),
    ("person-neg-tayou", "多様な働き方を推進する。", []),
    # --- ADDRESS / POSTAL_CODE ---
    (
        "address-full",
        "住所：〒150-0001 東京都渋谷区神宮前1丁目2番3号 神宮前ハイツ101号室\n",
        [("POSTAL_CODE", "150-0001"), ("ADDRESS", "東京都渋谷区神宮前1丁目2番3号 神宮前ハイツ101号室")],
    ),
    ("address-hyphen-city", "お届け先：横浜市中区山下町12-3\n", [("ADDRESS", "横浜市中区山下町12-3")]),
    (
        "address-kanji-chome",
        "愛知県名古屋市中区栄三丁目15番27号に転居した。",
        [("ADDRESS", "愛知県名古屋市中区栄三丁目15番27号")],
    ),
    ("address-sapporo", "札幌市白石区本通1丁目南2-3\n", [("ADDRESS", "札幌市白石区本通1丁目南2-3")]),
    (
        "address-fullwidth",
        "住所：東京都千代田区麹町４丁目２番地７\n",
        [("ADDRESS", "東京都千代田区麹町４丁目２番地７")],
    ),
    ("address-neg-event", "東京都千代田区で開かれた説明会には約300人が参加した。", []),
    ("address-neg-statistics", "東京都14,093(46.7%)、大阪府8,765", []),
    ("postal-mark-7", "〒1000013", [("POSTAL_CODE", "1000013")]),
    # --- PHONE ---
    ("phone-landline", "TEL：03-1234-5678", [("PHONE", "03-1234-5678")]),
    ("phone-fullwidth", "電話 ０９０－１２３４－５６７８", [("PHONE", "０９０－１２３４－５６７８")]),
    ("phone-paren-area", "当院連絡先：(0263)12-3456", [("PHONE", "(0263)12-3456")]),
    ("phone-paren-local", "電話 03(1234)5678", [("PHONE", "03(1234)5678")]),
    ("phone-plain-context", "携帯 09012345678 まで", [("PHONE", "09012345678")]),
    ("phone-intl", "Tel: +81-90-1234-5678", [("PHONE", "+81-90-1234-5678")]),
    ("phone-freedial", "フリーダイヤル 0120-123-456", [("PHONE", "0120-123-456")]),
    ("phone-neg-plain-no-context", "整理番号 0312345678 の件", []),
    ("phone-neg-bad-length", "電話 090-1234-567", []),
    # --- EMAIL ---
    ("email", "連絡先 <hanako.yamada@example.co.jp>", [("EMAIL", "hanako.yamada@example.co.jp")]),
    ("email-fullwidth", "メール：ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ", [("EMAIL", "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ")]),
    ("email-mailto", "mailto:info@example.org", [("EMAIL", "info@example.org")]),
    # --- BIRTH_DATE ---
    ("birth-wareki", "生年月日：昭和60年4月12日", [("BIRTH_DATE", "昭和60年4月12日")]),
    ("birth-gannen", "生年月日 平成元年1月8日", [("BIRTH_DATE", "平成元年1月8日")]),
    ("birth-short-era", "患者（S52.3.18生）", [("BIRTH_DATE", "S52.3.18")]),
    ("birth-seireki-umare", "1990年7月1日生まれ", [("BIRTH_DATE", "1990年7月1日")]),
    ("birth-age", "1985/04/12（満38歳）", [("BIRTH_DATE", "1985/04/12")]),
    ("birth-neg-other-date", "申請日：令和6年2月3日\n発生日：2024年2月3日", []),
    # --- MY_NUMBER ---
    ("mynumber-grouped", "マイナンバー 1234 5678 9018", [("MY_NUMBER", "1234 5678 9018")]),
    ("mynumber-plain-context", "個人番号：123456789018", [("MY_NUMBER", "123456789018")]),
    ("mynumber-fullwidth", "個人番号　１２３４－５６７８－９０１８", [("MY_NUMBER", "１２３４－５６７８－９０１８")]),
    ("mynumber-neg-checkdigit", "個人番号：123456789019", []),
    ("mynumber-neg-corporate", "法人番号 7010001088960", []),
    ("mynumber-neg-licence-context", "運転免許証番号 123456789018", [("DRIVER_LICENSE", "123456789018")]),
    # --- identification codes ---
    ("passport", "旅券番号：TK1234567", [("PASSPORT", "TK1234567")]),
    ("passport-neg-no-context", "製品番号 AB1234567 の在庫", []),
    ("residence-card", "在留カード番号 AB12345678CD", [("RESIDENCE_CARD", "AB12345678CD")]),
    ("pension", "基礎年金番号：1234-567890", [("PENSION_NUMBER", "1234-567890")]),
    ("pension-neg-no-context", "受付 1234-567890 番", []),
    ("licence", "運転免許証（第301234567890号）", [("DRIVER_LICENSE", "301234567890")]),
    ("insurance", "被保険者証 記号 12345 番号 67", [("HEALTH_INSURANCE", "12345"), ("HEALTH_INSURANCE", "67")]),
    ("insurance-neg-no-context", "記号 A 番号 3 の部品", []),
    ("bank", "振込先：みずほ銀行 渋谷支店 普通 1234567", [("BANK_ACCOUNT", "1234567")]),
    ("bank-neg-no-context", "受付番号 1234567 で承りました", []),
    ("card", "カード番号：4980-1234-5678-9011", [("CREDIT_CARD", "4980-1234-5678-9011")]),
    ("card-neg-luhn", "カード番号：4980-1234-5678-9012", []),
    # --- SENSITIVE ---
    ("sensitive-disease", "母は糖尿病の治療中のため", [("SENSITIVE", "糖尿病の治療中")]),
    ("sensitive-record", "前科がある", [("SENSITIVE", "前科がある")]),
    ("sensitive-handbook", "身体障害者手帳4級を所持している", [("SENSITIVE", "身体障害者手帳4級を所持")]),
    ("sensitive-neg-category", "人種、信条、社会的身分、病歴、犯罪の経歴、犯罪により害を被った事実", []),
    # --- negative knowledge ---
    ("neg-law-number", "個人情報の保護に関する法律（平成15年法律第57号）第26条第1項", []),
    ("neg-amounts", "予算額は3億2,500万円、前年度比1,000円増。", []),
    ("neg-statistics", "前年同期比15.3%増の12,345件", []),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_detect(row_id: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = default_analyzer().analyze(text)
    got = sorted((f.type.value, text[f.start : f.end]) for f in found)
    assert got == sorted(expected), row_id


def test_every_type_has_a_positive_row() -> None:
    covered = {t for _, _, exp in ROWS for t, _ in exp}
    assert covered == {t.value for t in PiiType}


def test_findings_sorted_non_overlapping_and_typed() -> None:
    text = "氏名：山田 花子\nTEL 03-1234-5678\n個人番号 1234 5678 9018\n住所：東京都港区芝公園4-2-8\n" * 3
    found = default_analyzer().analyze(text)
    assert found == sorted(found, key=lambda f: f.start)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    assert all(isinstance(f, Finding) and 0.5 <= f.score <= 1.0 for f in found)


def test_min_score_filters() -> None:
    text = "佐藤一郎の論文を読んだ。"  # a full name without context (の is no clause role) scores under 0.5
    assert Analyzer(min_score=0.3).analyze(text)
    assert not Analyzer(min_score=0.5).analyze(text)
    with pytest.raises(ValueError, match="min_score"):
        Analyzer(min_score=1.5)


def test_identification_codes() -> None:
    assert PiiType.MY_NUMBER in IDENTIFICATION_CODES
    assert PiiType.PHONE not in IDENTIFICATION_CODES
    assert len(IDENTIFICATION_CODES) == 6


def test_long_line_and_empty_text() -> None:
    assert default_analyzer().analyze("") == []
    text = "あ" * 20000 + "山田花子様" + "い" * 20000 + " TEL 03-1234-5678"
    found = default_analyzer().analyze(text)
    assert [(f.type.value, text[f.start : f.end]) for f in found] == [("PERSON", "山田花子"), ("PHONE", "03-1234-5678")]
