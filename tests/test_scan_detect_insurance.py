"""被保険者証の記号・番号 in shapes found after blind batch 5's second scoring (the batch is development data from
then on): a form whose TITLE names the card (the pair itself has no insurance word near it), and a JSON object
under an insurance key with English member names. Text written for this file; all data fictional."""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

ROWS: list[tuple[str, str, list[str]]] = [
    # the title makes the whole form about the card (資格確認書: the card's name since the 2024 change)
    ("title-pos", "後期高齢者医療 資格確認書 交付申請\n申請者：架空 一郎\n住所は変更なし\n連絡先は窓口\n担当：市民課\n"
                  "記号 北あ15　番号 220031\n", ["北あ15", "220031"]),
    ("title-pos-kenpo", "健康保険 被扶養者異動届\n被扶養者：架空 次郎\n届出理由：就職\n\n記号 8102 番号 44\n", ["8102", "44"]),
    ("title-neg-membership", "会員証 再発行申請\n会員：架空 一郎\n\n\n記号 A1 番号 123456\n", []),
    ("title-neg-yucho", "ゆうちょ銀行の口座（記号 12345 番号 6789012）\n健康保険の手続きは別途\n", []),
    # JSON with English member names under an insurance key
    ("json-pos", '{"name": "架空 花子", "insurance": {"symbol": "41250093", "number": "17"}}', ["41250093", "17"]),
    ("json-pos-key", '{"health_insurance": {"provider": "協会けんぽ", "kigo": "7030", "bango": 512}}', ["7030", "512"]),
    ("json-neg-other-object", '{"name": "架空 花子", "membership": {"symbol": "ABC", "number": "17"}}', []),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_health_insurance_shapes(row_id: str, text: str, expected: list[str]) -> None:
    found = [text[f.start:f.end] for f in default_analyzer().analyze(text) if f.type.value == "HEALTH_INSURANCE"]
    assert found == expected
