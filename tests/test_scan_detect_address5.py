"""Generalisation round 5, area address (docs/scan-detector.md): ADDRESS and BIRTH_DATE mechanisms added after blind
batch 4 became development data. One positive and one negative row (at least) per mechanism, on text written for this
file (not in any corpus; all data fictional).

Each row: (id, text, expected) where expected lists (type, exact substring) for every finding of the listed types
(PERSON, PHONE and SENSITIVE findings are left to their own tests).
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

_IGNORED = {"PERSON", "PHONE", "SENSITIVE"}

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- ADDRESS: a place's label (所在地, 所在, 勤務先, 不動産の表示) is not a person's address ---
    ("place-label-neg-listing", "【売買】パークサイド鶴舞 1203号室\n所在地：愛知県名古屋市昭和区鶴舞2丁目14番3号\n価格 3,280万円\n", []),
    ("place-label-neg-employer", "勤務先：岡山県倉敷市水島東栄町5-12（在籍確認済）\n", []),
    ("place-label-neg-register", "不動産の表示：長野県松本市蟻ケ崎三丁目八番地\n", []),
    ("place-label-pos-home", "住所：愛知県名古屋市昭和区鶴舞2丁目14番3号\n", [("ADDRESS", "愛知県名古屋市昭和区鶴舞2丁目14番3号")]),
    ("place-label-pos-rented", "物件所在地：福井県福井市大手3丁目4-1 ベルメゾン大手 502号室\n",
     [("ADDRESS", "福井県福井市大手3丁目4-1 ベルメゾン大手 502号室")]),
    # --- ADDRESS: a company's name, then its address in brackets on the same line ---
    ("org-bracket-neg", "紹介元：有限会社カワセ精機（群馬県太田市新井町6-2）より\n", []),
    ("org-bracket-pos-person", "申請者：大城 美月（沖縄県浦添市港川1-3-9）\n", [("ADDRESS", "沖縄県浦添市港川1-3-9")]),
    # --- ADDRESS: a plot or a building as an object (…の土地) ---
    ("property-after-neg", "売主は山形県鶴岡市馬場町9番5号の土地を譲渡する。\n", []),
    ("property-after-pos", "買主は山形県鶴岡市馬場町9番5号に居住する。\n", [("ADDRESS", "山形県鶴岡市馬場町9番5号")]),
    # --- ADDRESS: a table of shops (店舗, 営業時間 columns) ---
    ("shop-table-neg", "| 店名 | 住所 | 定休日 |\n|---|---|---|\n| 天文館店 | 鹿児島県鹿児島市東千石町3-21 | 水曜 |\n", []),
    ("shop-table-pos-members", "| 氏名 | 住所 |\n|---|---|\n| 有馬 隆 | 鹿児島県鹿児島市東千石町3-21 |\n",
     [("ADDRESS", "鹿児島県鹿児島市東千石町3-21")]),
    # --- ADDRESS: a building and room closing a quoted value ---
    ("quoted-building", "お届け先を「島根県松江市殿町2-7 グリーン殿町 204」に変更\n",
     [("ADDRESS", "島根県松江市殿町2-7 グリーン殿町 204")]),
    ("quoted-building-neg-count", "お届け先を「島根県松江市殿町2-7 グリーン殿町 204件」に変更\n",
     [("ADDRESS", "島根県松江市殿町2-7")]),
    # --- ADDRESS: a romanised address after an office/shop word in English prose ---
    ("roman-office-neg", "Our head office is at 4-6-2 Marunouchi, Chiyoda-ku, Tokyo.\n", []),
    ("roman-home-pos", "Ship to: 4-6-2 Shimoishii, Kita-ku, Okayama-shi\n", [("ADDRESS", "4-6-2 Shimoishii, Kita-ku, Okayama-shi")]),
    # --- BIRTH_DATE: a roster with one name（date） entry: the other bracketed dates at a line's head ---
    ("roster-propagate", "参加者名簿\n1 岩瀬 真琴（H5.7.21）\n2 ソフィア・リー（1990/3/8）\n3 梓（S58.11.2）\n",
     [("BIRTH_DATE", "H5.7.21"), ("BIRTH_DATE", "1990/3/8"), ("BIRTH_DATE", "S58.11.2")]),
    ("roster-neg-no-anchor", "沿革\n1 創業（1990/3/8）\n2 移転（1998/6/1）\n", []),
    ("roster-neg-event", "参加者名簿\n1 岩瀬 真琴（H5.7.21）\n2 入社日（1990/3/8）\n", [("BIRTH_DATE", "H5.7.21")]),
    # --- BIRTH_DATE: a compact date after a birth label ---
    ("compact-dob", '{"name":"x","birthDate":"19910324","tel":"x"}\n', [("BIRTH_DATE", "19910324")]),
    ("compact-neg-unlabelled", '{"orderDate":"19910324"}\n', []),
    # --- BIRTH_DATE: airline record (SSR DOCS gender field after the date; CHD/INF) ---
    ("pnr-docs", " 5 SSR DOCS JL HK1 P/JPN/TZ1234567/JPN/07AUG79/F/15JAN31/OKUDA/MIHO\n", [("BIRTH_DATE", "07AUG79"), ("PASSPORT", "TZ1234567")]),  # PASSPORT: latin5's DOCS context
    ("pnr-chd", " 1.OKUDA/RIO MSTR(CHD/19OCT18)\n", [("BIRTH_DATE", "19OCT18")]),
    ("pnr-neg-flight", " 3 JL 041 Y 07AUG HNDLHR HK1\n", []),
    # --- BIRTH_DATE: a list of birthdays under a heading: month and day ---
    ("birthday-list", "今月の誕生日\n・長谷部 蓮（総務）4/9\n・Lucas（開発）4月23日\n",
     [("BIRTH_DATE", "4/9"), ("BIRTH_DATE", "4月23日")]),
    ("birthday-list-neg-party", "誕生日会のご案内\n・日時：4/9\n・会場 3階ラウンジ\n", []),
    ("birthday-list-neg-label", "4月生まれの皆さんへ\n・提出期限：4/30\n", []),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_detect_address5(row_id: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text) if f.type.value not in _IGNORED]
    assert sorted(found) == sorted(expected), (row_id, found)
