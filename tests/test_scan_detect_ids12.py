"""Detector round 12, identifiers in machine-made files (docs/scan-detector.md, "Round 12 — identifiers in
machine-made files"): the 被保険者証 記号・番号 named by a key (YAML, psql's expanded display, a nested JSON map), by a
label cell of a key/value CSV row, by FHIR's Coverage, by a romaji header (KENPO_KIGO), by a bilingual label with its
reading (記号（きごう）Symbol), the 基礎年金番号 named after it, 口座番号 as a kintone field and ゆうちょ's labels in their
old forms (記號・番號). Positive and negative rows per mechanism, on text
written for this file (not from any corpus; all names and numbers fictional).

Each row: (id, text, expected) where expected lists (type, exact substring) for every finding of the checked types.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

_CHECKED = {"HEALTH_INSURANCE", "PENSION_NUMBER", "BANK_ACCOUNT"}

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- a key names the value (YAML, key=value, psql \x) ---
    ("yaml-keys-pos", "patient_07:\n  name: 森 遥\n  insurance_symbol: \"千み8\"\n  insurance_number: \"2251\"\n",
     [("HEALTH_INSURANCE", "千み8"), ("HEALTH_INSURANCE", "2251")]),
    ("yaml-placeholder-neg", "template:\n  name: 見本 花子\n  insurance_symbol: \"0000\"\n  insurance_number: \"000\"\n", []),
    ("psql-expanded-pos", "-[ RECORD 1 ]-----+-----------\ncase_id           | C-0912\nkaigo_hihoken_no  | 0002215873\n",
     [("HEALTH_INSURANCE", "0002215873")]),
    ("insurer-key-neg", "insurer_no: 06271140\ninsurer_name: 共済組合\n", []),
    ("nested-map-pos", '{"id":"A-12","insurance":{"map":{"kigo":"7721003","bango":"14","hokensha":"06271140"}}}\n',
     [("HEALTH_INSURANCE", "7721003"), ("HEALTH_INSURANCE", "14")]),
    ("map-without-insurance-neg", '{"id":"A-12","meta":{"map":{"kigo":"7721003","bango":"14"}}}\n', []),
    # --- a key/value CSV row: the label cell, then the value ---
    ("kv-csv-pos", "K-118,氏名,柴崎 航\nK-118,健康保険 記号,4410\nK-118,健康保険 番号,207\n",
     [("HEALTH_INSURANCE", "4410"), ("HEALTH_INSURANCE", "207")]),
    ("kv-csv-header-neg", "ID,健康保険 記号,健康保険 番号,備考\n", []),
    # --- FHIR Coverage ---
    ("fhir-coverage-pos",
     '{"resourceType": "Coverage", "identifier": [{"system": "http://jpfhir.jp/fhir/core/IdSystem/insured-person-component-identifier",'
     ' "value": "06271140:港南:3318:00"}], "subscriberId": "3318"}\n',
     [("HEALTH_INSURANCE", "港南"), ("HEALTH_INSURANCE", "3318"), ("HEALTH_INSURANCE", "3318")]),
    ("subscriber-without-coverage-neg", '{"resourceType": "Newsletter", "subscriberId": "88120"}\n', []),
    # --- a romaji header and a symbol joined by a middle dot ---
    ("romaji-header-pos", "SHIMEI,KENPO_KIGO,KENPO_BANGO\n矢吹 聡,岐・大垣,30187\n",
     [("HEALTH_INSURANCE", "岐・大垣"), ("HEALTH_INSURANCE", "30187")]),
    ("romaji-other-header-neg", "SHIMEI,KAIIN_NO,TEN_NO\n矢吹 聡,30187,12\n", []),
    # --- a bilingual label with its reading; a symbol in two groups ---
    ("glossed-label-pos", "保険証のかわりに資格確認書をおくります。\n　記号（きごう）Symbol：浜北21\n　番号（ばんごう）Number：0044718\n",
     [("HEALTH_INSURANCE", "浜北21"), ("HEALTH_INSURANCE", "0044718")]),
    ("two-group-symbol-pos", "保険：社保 記号 2207 1180 番号 45\n", [("HEALTH_INSURANCE", "2207 1180"), ("HEALTH_INSURANCE", "45")]),
    ("two-groups-no-label-neg", "保険のご案内 受付 2207 1180 番号札 45\n", []),
    # --- 口座番号 as a kintone field's value; ゆうちょ's labels in their old forms ---
    ("kintone-account-pos", '{"口座番号":{"type":"SINGLE_LINE_TEXT","value":"3318702"},"名義":{"type":"SINGLE_LINE_TEXT","value":"ミナセ コウ"}}\n',
     [("BANK_ACCOUNT", "3318702")]),
    ("kintone-other-field-neg", '{"会員番号":{"type":"SINGLE_LINE_TEXT","value":"3318702"}}\n', []),
    ("old-kanji-yucho-pos", "郵便局 口座 記號 12280 番號 40917731 へ御送金被下度候\n",
     [("BANK_ACCOUNT", "12280"), ("BANK_ACCOUNT", "40917731")]),
    ("post-office-no-labels-neg", "郵便局 本局 窓口 12280 受付 40917731\n", []),
    # --- 基礎年金番号 named right after the number ---
    ("pension-after-pos", "・前職で取得した番号 6102 337104 を年金手帳で確認済み。\n", [("PENSION_NUMBER", "6102 337104")]),
    ("pension-hiragana-pos", "番号は「ねんきん定期便」にある 6102-337104。\n", [("PENSION_NUMBER", "6102-337104")]),
    ("four-six-no-pension-neg", "・受付番号 6102-337104 を控えてください。\n", []),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_detect_ids12(row_id: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text) if f.type.value in _CHECKED]
    assert sorted(found) == sorted(expected), (row_id, found)
