"""Round 10, the lead's rows (docs/scan-detector.md, "Round 10 — the lead's changes"): tables printed by data tools
(box-drawn, space-aligned, R ``str()``), foreign telephone numbers, placeholders of zeros, a 個人番号 known from its
document or its column, a birth date after a name the person recognizer found, XML element keys, era-coded compact
dates, English names of insurance columns, and ゆうちょ 記号/番号. Text written for this file (not in any corpus; all
fictional).

Each row: (id, text, expected); `expected` lists every finding that is not PERSON, no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.ids.mynumber import calc_check_digit
from hogo.scan.analyzer import default_analyzer
from hogo.scan.document import Document, aligned_cells, r_vector_cells


def _mn(base: str) -> str:
    """A valid 個人番号 from 11 digits."""
    return base + calc_check_digit(base)


def _bad(base: str) -> str:
    """The same 11 digits with a wrong check digit."""
    return base + str((int(calc_check_digit(base)) + 1) % 10)


MN = [_mn(b) for b in ("30418826551", "71290533184", "55820147736", "20931185420")]
BAD = _bad("61820044719")

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- box-drawn tables (Polars, DuckDB): │ and ┆ are column bars ---
    ("box-table",
     "┌──────┬────────────┬──────────┐\n│ id   ┆ dob        ┆ note     │\n╞══════╪════════════╪══════════╡\n"
     "│ 7    ┆ 1961-03-14 ┆ なし     │\n│ 8    ┆ 1979-11-02 ┆ なし     │\n└──────┴────────────┴──────────┘\n",
     [("BIRTH_DATE", "1961-03-14"), ("BIRTH_DATE", "1979-11-02")]),
    ("box-table-other-date-neg",
     "┌──────┬────────────┐\n│ id   ┆ shipped_on │\n╞══════╪════════════╡\n│ 7    ┆ 1961-03-14 │\n"
     "│ 8    ┆ 1979-11-02 │\n└──────┴────────────┘\n", []),
    # --- space-aligned printouts (pandas df.head(), R head()): the header names each cell's column ---
    ("pandas-head",
     "    member_id   birth_date      zip\n0      M-4410   1966/05/21  7300011\n1      M-4411   1988/12/03  7320052\n",
     [("BIRTH_DATE", "1966/05/21"), ("POSTAL_CODE", "7300011"), ("BIRTH_DATE", "1988/12/03"),
      ("POSTAL_CODE", "7320052")]),
    ("pandas-head-neg",
     "    order_id   ship_date      qty\n0      O-4410   1966/05/21  7300011\n1      O-4411   1988/12/03  7320052\n",
     []),
    ("r-str-vectors",
     "'data.frame':\t40 obs. of  3 variables:\n $ ban     : int  1 2 3\n"
     " $ seinen_gappi: chr  \"S33.04.18\" \"H02.10.09\" ...\n $ yubinbango: chr  \"780-0870\" \"781-8010\" ...\n",
     [("BIRTH_DATE", "S33.04.18"), ("BIRTH_DATE", "H02.10.09"), ("POSTAL_CODE", "780-0870"),
      ("POSTAL_CODE", "781-8010")]),
    ("r-str-vectors-neg",
     " $ kaiin_bi  : chr  \"S33.04.18\" \"H02.10.09\" ...\n $ kingaku : chr  \"780-0870\" \"781-8010\" ...\n", []),
    # --- foreign numbers: valid in their country's numbering plan, with or without a context word ---
    ("foreign-valid", "帰国後の連絡は父の番号 +33 6 71 28 40 95 か、弟の +82-10-3318-4472 まで。\n",
     [("PHONE", "+33 6 71 28 40 95"), ("PHONE", "+82-10-3318-4472")]),
    ("foreign-long-group", "mobile (Germany): +49 176 3318207\n", [("PHONE", "+49 176 3318207")]),
    ("foreign-invalid-neg", "試算値 +12 345 678 を加算\n", []),
    # --- placeholders of zeros ---
    ("zero-phone-neg", "代表 045-000-0000 は記入例、FAX 03-0000-0000\n", []),
    ("zero-codes-neg", "被保険者番号,基礎年金番号,口座番号\n0000000000,0000-000000,0000000\n", []),
    ("phone-ending-in-zeros", "本社代表 052-318-0000\n", [("PHONE", "052-318-0000")]),
    # --- 個人番号: named once in the document, or a column that passes the check digit ---
    ("my-number-dependant",
     f"マイナンバー回収表\n本人 {MN[0]}\n扶養 配偶者（H2.3.4生）　{MN[1]}\n",
     [("MY_NUMBER", MN[0]), ("MY_NUMBER", MN[1]), ("BIRTH_DATE", "H2.3.4")]),
    ("my-number-column",
     f"C01,C02,C03\n1,{MN[0]},a\n2,{MN[1]},b\n3,{MN[2]},c\n4,{BAD},d\n",
     [("MY_NUMBER", MN[0]), ("MY_NUMBER", MN[1]), ("MY_NUMBER", MN[2])]),
    ("my-number-column-neg", f"C01,C02,C03\n1,{MN[0]},a\n2,{BAD},b\n3,{_bad('10293847561')},c\n", []),
    ("my-number-negative-word-neg", f"マイナンバー {MN[0]}\n（回収済み、原本は金庫に保管しています）\n社員番号 {MN[3]}\n",
     [("MY_NUMBER", MN[0])]),
    # --- a birth date right after a name the person recognizer found ---
    ("date-after-name", "参加者：Grace OKAFOR　1993年6月30日　大阪市在住\n", [("BIRTH_DATE", "1993年6月30日")]),
    ("date-after-name-bracket", "長女（栗栖 みのり、H21.8.17）も同行\n", [("BIRTH_DATE", "H21.8.17")]),
    ("date-after-name-sex-field", "1  檜山 ツル    F  1932-02-11  骨折\n2  宍倉 一馬    M  1958-09-30  なし\n",
     [("BIRTH_DATE", "1932-02-11"), ("BIRTH_DATE", "1958-09-30")]),
    ("date-after-name-event-neg", "入社：檜山 ツル　1992年4月1日\n", []),
    ("date-after-name-other-column-neg", "氏名,入会日\n檜山 ツル,1992/04/01\n宍倉 一馬,1998/10/01\n", []),
    # --- XML element names are keys; era-coded compact birth dates under a birth key ---
    ("xml-birth-key", "<被保険者>\n  <元号>5</元号>\n  <生年月日>480317</生年月日>\n</被保険者>\n",
     [("BIRTH_DATE", "480317")]),
    ("xml-other-key-neg", "<届出>\n  <提出日>480317</提出日>\n</届出>\n", []),
    ("era-coded-compact", "\"birth_date\": \"4071122\", \"dob2\": \"S471122\"\n",
     [("BIRTH_DATE", "4071122"), ("BIRTH_DATE", "S471122")]),
    ("era-coded-year-zero-neg", "\"birth_date\": \"S000101\"\n", []),
    # --- insurance columns named in English or romaji (not the insurer's number) ---
    ("insurance-english-columns",
     "PatientID  InsurerNo  InsSymbol  InsNumber\n---------- ---------- ---------- ----------\n"
     "P001       06130012   港北あ     220418\nP002       39130014   NULL       00081127\n",
     [("HEALTH_INSURANCE", "港北あ"), ("HEALTH_INSURANCE", "220418"), ("HEALTH_INSURANCE", "00081127")]),
    ("insurance-care-column", "INSERT INTO client (id, CareInsNo) VALUES (1, '0000418822');\n",
     [("HEALTH_INSURANCE", "0000418822")]),
    ("insurance-spaced-header", "社員,健康保険証 記号,健康保険証 番号\nE1,3210,77\n", [("HEALTH_INSURANCE", "3210"), ("HEALTH_INSURANCE", "77")]),
    ("insurance-bracket", "介護保険証の番号（0003318204）を控えました\n", [("HEALTH_INSURANCE", "0003318204")]),
    ("insurer-only-neg", "PatientID  InsurerNo  Memo\nP001       06130012   なし\nP002       39130014   なし\n", []),
    # --- seven-digit postal codes as values of a postal key in any syntax; romaji YUBIN columns ---
    ("postal-key-seven", "member_id = 41\nzip = 9391120\n<yubin_no>9300033</yubin_no>\n",
     [("POSTAL_CODE", "9391120"), ("POSTAL_CODE", "9300033")]),
    ("postal-romaji-column", "SHIMEI,YUBIN,JUSHO_CD\n1,8600801,11\n2,8620950,12\n", [("POSTAL_CODE", "8600801"), ("POSTAL_CODE", "8620950")]),
    ("postal-key-seven-neg", "archive_bytes = 9391120\norder_no = 9300033\n", []),
    # --- a driver's licence number as the card prints it, or labelled 番号, under a passage naming the licence ---
    ("licence-dai-go", "拾得物：運転免許証（控え）\n氏名 戸来 清志　住所 青森県三戸郡新郷村戸来1-2\n番号 第 620417339105 号　交付 令和5年\n",
     [("DRIVER_LICENSE", "620417339105"), ("ADDRESS", "青森県三戸郡新郷村戸来1-2")]),
    ("licence-dai-go-no-licence-neg", "資格登録証\n登録番号 第 620417339105 号\n", []),
    ("licence-then-my-number-card",
     f"本人確認書類：運転免許証（確認済）\n追加書類：個人番号カード（表面・裏面の写しを受領、原本は窓口で返却済み）\n番号 {MN[2]}\n",
     [("MY_NUMBER", MN[2])]),
    # --- an address abroad in the Latin alphabet: parts ending in a country, or a US state and ZIP ---
    ("foreign-address-country", "Home address: 8 chemin des Vignes, 69005 Lyon, France\n",
     [("ADDRESS", "8 chemin des Vignes, 69005 Lyon, France")]),
    ("foreign-address-us", "Mailing: 77 Kapiolani Blvd, Honolulu, HI 96814\n", [("ADDRESS", "77 Kapiolani Blvd, Honolulu, HI 96814")]),
    ("foreign-address-flat", "Flat 3, 21 Grange Road, Dublin 6, D06 F2X4, Ireland\n",
     [("ADDRESS", "Flat 3, 21 Grange Road, Dublin 6, D06 F2X4, Ireland")]),
    ("foreign-address-office-neg", "Our office: 12 Harbour St, Sydney 2000, Australia\n", []),
    ("foreign-countries-prose-neg", "We shipped 2000 units to France, India and Australia.\n", []),
    # --- a sample marker lowers what it introduces (before it, or on its line), not a record above it ---
    ("sample-before-neg", "【記入例】\n氏名：見本 花子\n生年月日：昭和50年1月1日\n", []),
    ("sample-below-record", "生年月日：昭和47年3月9日\n\n※記入例の番号を書いた申請が1件あり、差し戻し済。\n",
     [("BIRTH_DATE", "昭和47年3月9日")]),
    # --- ゆうちょ: 記号 and 番号 two spans, joined or labelled ---
    ("yucho-joined-row", "返金先,ゆうちょ-13340-20418871,要確認\n", [("BANK_ACCOUNT", "13340"), ("BANK_ACCOUNT", "20418871")]),
    ("yucho-shape-no-word", "振込 15260-38820441 へ\n", [("BANK_ACCOUNT", "15260"), ("BANK_ACCOUNT", "38820441")]),
    ("yucho-shape-neg", "品番 25260-38820441 / 13340-20418870\n", []),
]


@pytest.mark.parametrize("row", ROWS, ids=[row[0] for row in ROWS])
def test_lead_round10(row: tuple) -> None:
    row_id, text, expected = row
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text) if f.type.value != "PERSON"]
    assert sorted(found) == sorted(expected), (row_id, found)


def test_aligned_cells_follow_their_header() -> None:
    text = "   id      氏名     tel\n0  A1  里見 薫  090-1111-2222\n1  A2  田所 進  080-3333-4444\n"
    cells = [(text[s:e], h) for s, e, h in aligned_cells(text)]
    # the row label (0, 1) left of the first header cell is no cell; a one-space gap stays inside a cell
    assert cells[:3] == [("A1", "id"), ("里見 薫", "氏名"), ("090-1111-2222", "tel")]
    assert len(cells) == 6
    # one row under a header of three cells is no table; prose with double spaces is none either
    assert aligned_cells("id  name  tel\nA1  里見  090\n") == []
    assert aligned_cells("これは文です。  次の文です。  三つ目です。\n本文  本文  本文\n本文  本文  本文\n") == []
    # a row that splits differently is skipped, the table goes on
    text = "id    name      tel      memo\nA1    里見 薫    0901    x\nA2    田所  進  0803  y\nA3    堀 遥    0804    z\n"
    assert [text[s:e] for s, e, h in aligned_cells(text) if h == "name"] == ["里見 薫", "堀 遥"]


def test_r_vector_cells_and_box_bars() -> None:
    text = ' $ shimei: chr  "里見 薫" "田所 進" ...\n $ n     : int  1 2\n'
    assert [(text[s:e], h) for s, e, h in r_vector_cells(text)] == [("里見 薫", "shimei"), ("田所 進", "shimei")]
    doc = Document("│ a ┆ birth │\n│ 1 ┆ 1990-01-02 │\n│ 2 ┆ 1991-03-04 │\n")
    assert doc.text.startswith("| a | birth |")  # normalised one character for one: offsets unchanged
    assert doc.header_of(doc.text.index("1990")) == "birth"


def test_xml_element_is_a_key() -> None:
    doc = Document("<rec>\n  <zip>7300011</zip>\n</rec>\n")
    assert doc.key_of(doc.text.index("7300011")) == "zip"
    assert doc.key_of(doc.text.index("zip")) is None
